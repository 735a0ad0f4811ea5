#include "SourceHeader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTextDocumentFragment>
#include <QToolButton>

namespace gloss {

namespace {

bool isWebUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https")
           && !url.host().isEmpty();
}

QString shortAddress(const QUrl &url)
{
    QString s = url.toDisplayString(QUrl::RemoveScheme | QUrl::RemoveUserInfo
                                    | QUrl::StripTrailingSlash | QUrl::RemoveFragment);
    if (s.startsWith(QStringLiteral("//")))
        s.remove(0, 2);
    if (s.startsWith(QStringLiteral("www.")))
        s.remove(0, 4);
    constexpr qsizetype kMax = 70;
    if (s.size() > kMax)
        s = s.left(kMax - 1) + QChar(0x2026);
    return s;
}

} // namespace

SourceHeader::SourceHeader(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_reload(new QToolButton(this))
{
    setObjectName(QStringLiteral("sourceHeader"));
    m_label->setObjectName(QStringLiteral("sourceLine"));
    m_label->setTextFormat(Qt::RichText);
    m_label->setOpenExternalLinks(true);
    m_label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_reload->setObjectName(QStringLiteral("sourceReload"));
    m_reload->setText(tr("Reload"));
    m_reload->setToolTip(tr("Download the page again (the text shown is the copy saved when it "
                            "was first opened)"));
    m_reload->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 4, 12, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_reload);
    connect(m_reload, &QToolButton::clicked, this, &SourceHeader::reloadRequested);
    clear();
}

void SourceHeader::clear()
{
    m_label->clear();
    m_url.clear();
    m_web = false;
    m_reload->hide();
    hide();
}

void SourceHeader::setDocument(const Document &document)
{
    const QUrl source(document.source());
    m_web = isWebUrl(source);
    m_url = isWebUrl(QUrl(document.metaUrl)) ? QUrl(document.metaUrl)
                                             : (m_web ? source : QUrl());
    QStringList parts;
    if (!document.metaSite.isEmpty())
        parts << QStringLiteral("<b>%1</b>").arg(document.metaSite.toHtmlEscaped());
    if (!document.metaAuthor.isEmpty())
        parts << tr("by %1").arg(document.metaAuthor.toHtmlEscaped());
    if (document.metaDate.isValid()) {
        const QDateTime local = document.metaDate.toLocalTime();
        const bool dateOnly = document.metaDate.time() == QTime(0, 0);
        parts << (dateOnly ? QLocale().toString(document.metaDate.date(), QLocale::LongFormat)
                           : QLocale().toString(local, QLocale::ShortFormat))
                     .toHtmlEscaped();
    }
    if (m_url.isValid()) {
        parts << QStringLiteral("<a href=\"%1\">%2</a>")
                     .arg(QString::fromUtf8(m_url.toEncoded()).toHtmlEscaped(),
                          shortAddress(m_url).toHtmlEscaped());
    }
    m_label->setText(parts.join(QStringLiteral(" \u00B7 ")));
    m_label->setToolTip(m_url.toDisplayString());
    m_reload->setVisible(m_web);
    setVisible(!parts.isEmpty());
}

QString SourceHeader::text() const
{
    return QTextDocumentFragment::fromHtml(m_label->text()).toPlainText();
}

} // namespace gloss
