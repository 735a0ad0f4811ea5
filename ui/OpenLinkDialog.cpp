#include "OpenLinkDialog.h"

#include "ArticleFetcher.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace gloss {

OpenLinkDialog::OpenLinkDialog(QWidget *parent)
    : QDialog(parent)
    , m_edit(new QLineEdit(this))
    , m_reload(new QCheckBox(tr("Download again, even if the page was opened before"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("openLinkDialog"));
    setWindowTitle(tr("Open Link"));
    m_edit->setObjectName(QStringLiteral("urlEdit"));
    m_edit->setPlaceholderText(QStringLiteral("https://"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(420);
    m_reload->setObjectName(QStringLiteral("reloadCheck"));
    auto *note = new QLabel(tr("The article's text is kept, so your notes stay where you put "
                               "them even if the page changes later."),
                            this);
    note->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Address:"), m_edit);
    form->addRow(m_reload);
    form->addRow(note);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, &OpenLinkDialog::validate);

    const QString clip = QGuiApplication::clipboard()->text().trimmed();
    if (!clip.contains(u' ') && !clip.contains(u'\n')
        && (clip.startsWith(u"http://") || clip.startsWith(u"https://")))
        m_edit->setText(clip);
    m_edit->selectAll();
    validate();
}

QUrl OpenLinkDialog::url() const
{
    return ArticleFetcher::urlFromUserInput(m_edit->text());
}

void OpenLinkDialog::setUrl(const QString &text)
{
    m_edit->setText(text);
}

bool OpenLinkDialog::reload() const
{
    return m_reload->isChecked();
}

void OpenLinkDialog::setReload(bool reload)
{
    m_reload->setChecked(reload);
}

void OpenLinkDialog::validate()
{
    const QUrl u = url();
    const bool ok = !m_edit->text().trimmed().isEmpty() && u.isValid()
                    && (u.scheme() == u"http" || u.scheme() == u"https") && !u.host().isEmpty();
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(ok);
}

} // namespace gloss
