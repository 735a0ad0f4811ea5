#pragma once

#include "ReadingTheme.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QToolButton;

namespace gloss {

/**
 * @brief The dismissable bar above the text for what the reader must not miss: a damaged notes
 * file, an article analysed only in part. It stays until dismissed (unlike the status bar).
 *
 * Each message belongs to a topic ("notes", "article"): setMessage() replaces the topic's
 * text and leaves the other topics' shown; the bar shows while any topic has a message.
 * Dismissing it clears them all.
 */
class MessageBar : public QWidget
{
    Q_OBJECT

public:
    explicit MessageBar(QWidget *parent = nullptr);

    /** Shows @p text as the message of @p topic; an empty text removes the topic's message. */
    void setMessage(const QString &topic, const QString &text);
    QString message(const QString &topic) const { return m_messages.value(topic); }
    /** All the messages shown, one paragraph each. */
    QString text() const;
    /** Removes every message and hides the bar (the close button). */
    void dismiss();
    /** A warm background that stands out from the page in @p theme. */
    void setReadingTheme(const ReadingTheme &theme);

Q_SIGNALS:
    void dismissed();

private:
    void refresh();

    QMap<QString, QString> m_messages;
    QLabel *m_text = nullptr;
    QToolButton *m_close = nullptr;
};

} // namespace gloss
