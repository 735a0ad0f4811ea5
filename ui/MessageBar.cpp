#include "MessageBar.h"

#include "Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace gloss {

MessageBar::MessageBar(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setAutoFillBackground(true);
    setAccessibleName(tr("Messages"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 6, 6);
    m_text->setObjectName(QStringLiteral("messageBarText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setObjectName(QStringLiteral("messageBarClose"));
    m_close->setIcon(icons::icon(QStringLiteral("window-close")));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss"));
    connect(m_close, &QToolButton::clicked, this, &MessageBar::dismiss);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void MessageBar::setMessage(const QString &topic, const QString &text)
{
    if (text.isEmpty())
        m_messages.remove(topic);
    else
        m_messages.insert(topic, text);
    refresh();
}

QString MessageBar::text() const
{
    return m_text->text();
}

void MessageBar::dismiss()
{
    m_messages.clear();
    refresh();
    Q_EMIT dismissed();
}

void MessageBar::refresh()
{
    // the article's state first, then the notes', then any other
    QStringList parts;
    for (const QString &first : {QStringLiteral("article"), QStringLiteral("notes")}) {
        if (m_messages.contains(first))
            parts.append(m_messages.value(first));
    }
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        if (it.key() != u"article" && it.key() != u"notes")
            parts.append(it.value());
    }
    m_text->setText(parts.join(u'\n'));
    setAccessibleDescription(m_text->text());
    setVisible(!parts.isEmpty());
}

void MessageBar::setReadingTheme(const ReadingTheme &theme)
{
    if (!theme.isValid())
        return;
    QPalette p = palette();
    const QColor warn = theme.isDark() ? QColor(0x5c, 0x3b, 0x12) : QColor(0xff, 0xf1, 0xd6);
    p.setColor(QPalette::Window, colors::mix(theme.background(), warn, 0.9));
    p.setColor(QPalette::WindowText, theme.text());
    setPalette(p);
}

} // namespace gloss
