#include "CardPool.h"

#include "NoteCard.h"

#include <QWidget>

namespace gloss {

CardPool::CardPool(QWidget *host, QObject *parent)
    : QObject(parent)
    , m_host(host)
{
}

CardPool::~CardPool() = default; // (the cards are the host's children)

NoteCard *CardPool::obtain(const Annotation &note)
{
    NoteCard *c = m_cards.value(note.id);
    if (c)
        return c;
    if (!m_spare.isEmpty()) { // a card scrolled away, connected already
        c = m_spare.takeLast();
        m_cards.insert(note.id, c);
        return c;
    }
    c = new NoteCard(m_host);
    c->setReadingTheme(m_theme);
    m_cards.insert(note.id, c);
    Q_EMIT cardMade(c);
    return c;
}

void CardPool::release(const QUuid &id)
{
    NoteCard *c = m_cards.take(id);
    if (!c)
        return;
    c->commitText();
    c->hide();
    if (m_spare.size() < kSpareCards)
        m_spare.append(c); // made again for the next note scrolled to
    else
        c->deleteLater();
}

void CardPool::drop(const QUuid &id)
{
    if (NoteCard *c = m_cards.take(id)) {
        c->hide();
        c->deleteLater();
    }
}

void CardPool::clear()
{
    for (NoteCard *c : std::as_const(m_cards))
        c->deleteLater();
    m_cards.clear();
    dropSpares();
    m_heights.clear();
}

void CardPool::dropSpares()
{
    for (NoteCard *c : std::as_const(m_spare))
        c->deleteLater();
    m_spare.clear();
}

void CardPool::setReadingTheme(const ReadingTheme &theme)
{
    m_theme = theme;
    dropSpares(); // (made again in the new colours when needed)
    for (NoteCard *c : std::as_const(m_cards))
        c->setReadingTheme(theme);
}

int CardPool::measuredHeight(const Annotation &note, bool collapsed, int width)
{
    auto it = m_heights.find(note.id);
    if (it != m_heights.end() && it->width == width && it->collapsed == collapsed &&
        it->text == note.text)
        return it->height;
    if (!m_measure) {
        m_measure = new NoteCard(m_host);
        m_measure->setObjectName(QStringLiteral("noteMeasure"));
        m_measure->hide();
    }
    m_measure->setCollapsed(collapsed);
    m_measure->setNote(note, QString());
    const int h = m_measure->heightForWidth(width);
    m_heights.insert(note.id, {note.text, collapsed, width, h});
    return h;
}

} // namespace gloss
