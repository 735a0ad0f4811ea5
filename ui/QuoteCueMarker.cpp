#include "QuoteCueMarker.h"

#include "ArticleView.h"

#include <QEvent>
#include <QMouseEvent>
#include <QTextCursor>

namespace gloss {

QuoteCueMarker::QuoteCueMarker(ArticleView *view)
    : QObject(view)
    , m_view(view)
{
    view->viewport()->installEventFilter(this);
    view->installEventFilter(this);
    connect(view, &QTextEdit::cursorPositionChanged, this, &QuoteCueMarker::update);
}

void QuoteCueMarker::reset()
{
    m_hovered = -1;
    m_marked = -1;
}

void QuoteCueMarker::refresh()
{
    const int quote = m_marked;
    m_marked = -1;
    if (quote >= 0)
        update();
}

QList<QTextEdit::ExtraSelection> QuoteCueMarker::selectionsFor(int quote) const
{
    const Article &article = m_view->article();
    if (quote < 0 || quote >= article.quotes.size())
        return {};
    const Quote &q = article.quotes.at(quote);
    const ReadingTheme &theme = m_view->readingTheme();
    const int slot = q.speaker >= 0 ? m_view->articleIndex().speakerSlot(q.speaker) : -1;
    const QColor ink = slot >= 0 ? theme.speakerColor(slot) : theme.neutralQuote();
    // a light wash of the speaker's colour: the words stay readable (about 15% of the ink on
    // the page keeps body text well above 4.5:1 on light and dark themes alike)
    const QColor wash = colors::mix(theme.background(), ink, 0.16);
    QTextCharFormat format;
    format.setBackground(wash);
    format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
    format.setUnderlineColor(ink);
    format.setProperty(QTextFormat::UserProperty, quote);
    const qsizetype length = article.document.text().size();
    QList<QTextEdit::ExtraSelection> out;
    for (const Span &span : {q.cueSpan, q.speakerMention}) {
        if (span.isEmpty() || span.start < 0 || span.end > length)
            continue;
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(m_view->document());
        s.cursor.setPosition(int(span.start));
        s.cursor.setPosition(int(span.end), QTextCursor::KeepAnchor);
        s.format = format;
        out.append(s);
    }
    return out;
}

bool QuoteCueMarker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport()) {
        switch (event->type()) {
        case QEvent::MouseMove: {
            const auto *move = static_cast<QMouseEvent *>(event);
            const int pos = m_view->positionAt(move->position().toPoint());
            setHovered(pos >= 0 ? m_view->articleIndex().quoteAt(pos) : -1);
            break;
        }
        case QEvent::Leave:
            setHovered(-1);
            break;
        default:
            break;
        }
    } else if (watched == m_view
               && (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)) {
        update();
    }
    return QObject::eventFilter(watched, event);
}

void QuoteCueMarker::setHovered(int quote)
{
    if (quote == m_hovered)
        return;
    m_hovered = quote;
    update();
}

void QuoteCueMarker::update()
{
    int quote = m_hovered;
    if (quote < 0 && m_view->hasFocus() && m_view->cursorWidth() > 0)
        quote = m_view->articleIndex().quoteAt(m_view->textCursor().position());
    if (quote == m_marked)
        return;
    m_marked = quote;
    m_view->setSelectionLayer(QString::fromLatin1(kLayer), selectionsFor(quote));
}

} // namespace gloss
