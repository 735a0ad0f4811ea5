#include "NotesPanel.h"

#include "NoteStyle.h"
#include "PanelDelegate.h"
#include "export/NoteOrder.h"

#include <QApplication>
#include <QCoreApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QTextLayout>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace gloss {

namespace {

QString passageOf(const Annotation &a, const Document &doc)
{
    if (a.isArticleNote())
        return QString();
    if (a.isPlaced() && a.span.end <= doc.text().size())
        return doc.text().mid(a.span.start, a.span.length());
    return a.quote.exact;
}

QString shortened(QString s, int max)
{
    s = s.simplified();
    return s.size() > max ? s.left(max - 1).trimmed() + u'…' : s;
}

QIcon dot(const QColor &color)
{
    // a few colours for thousands of rows: drawn once each
    static QHash<QRgb, QIcon> made;
    if (const auto it = made.constFind(color.rgba()); it != made.cend())
        return *it;
    if (made.size() > 256)
        made.clear();
    QPixmap pm(14, 14);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(2, 2, 10, 10));
    p.end();
    const QIcon icon(pm);
    made.insert(color.rgba(), icon);
    return icon;
}

/**
 * The Notes tab's rows, all of one height (QTreeView::uniformRowHeights): a note shows its
 * passage on the first line and its text on the next two, elided (the whole text is in the
 * tooltip and on its card). Rows of wrapped text as tall as their text made the tree measure
 * every row above the one it shows after each change: with 5,000 notes, adding one took 12 ms
 * in the tree alone. A section's title sits at the bottom of its row, the space above
 * separating it from the section before.
 */
class NotesDelegate : public QStyledItemDelegate
{
public:
    static constexpr int kLines = 3;

    explicit NotesDelegate(QTreeView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return QSize(option.rect.width(), kLines * m_view->fontMetrics().lineSpacing() + 2 * kPadV);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        const QString count = index.data(PanelDelegate::CountRole).toString();
        const QIcon icon = opt.icon;
        opt.text.clear();
        opt.icon = QIcon();
        opt.features &= ~QStyleOptionViewItem::HasDecoration;
        const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // background

        const QFontMetrics &fm = opt.fontMetrics;
        const bool isNote = !index.data(NotesPanel::IdRole).isNull();
        QRect r = opt.rect.adjusted(kPadH, kPadV, -kPadH, -kPadV);
        if (!isNote) // a section: its title on the last line
            r.setTop(r.bottom() + 1 - fm.height());
        const bool selected = opt.state & QStyle::State_Selected;
        painter->save();
        painter->setFont(opt.font);
        if (!icon.isNull()) {
            icon.paint(painter, QRect(r.left(), r.top() + (fm.height() - kIcon) / 2, kIcon, kIcon));
            r.setLeft(r.left() + kIcon + kPadH);
        }
        int firstLineRight = r.right();
        if (!count.isEmpty()) {
            const QString shown = fm.elidedText(count, Qt::ElideRight, r.width() / 2);
            const int cw = fm.horizontalAdvance(shown);
            painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText
                                                       : QPalette::PlaceholderText));
            painter->drawText(QPoint(r.right() + 1 - cw, r.top() + fm.ascent()), shown);
            firstLineRight -= cw + kPadH;
        }
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        // each paragraph but the last on one line (the passage); the last wraps into the rest.
        // Drawn on the font's baselines: centred in its line, a line with a glyph from a
        // taller fallback font (curly quotes) moved up out of the row.
        const QStringList paragraphs = text.split(u'\n');
        int line = 0;
        for (qsizetype p = 0; p < paragraphs.size() && line < kLines; ++p) {
            const bool last = p == paragraphs.size() - 1;
            QTextLayout layout(paragraphs.at(p), opt.font);
            layout.beginLayout();
            for (;;) {
                if (line >= kLines)
                    break;
                const int right = line == 0 ? firstLineRight : r.right();
                const int width = right + 1 - r.left();
                QTextLine l = layout.createLine();
                if (!l.isValid())
                    break;
                l.setLineWidth(width);
                const QString rest = paragraphs.at(p).mid(l.textStart());
                const bool more = l.textStart() + l.textLength() < paragraphs.at(p).size();
                const int y = r.top() + line * fm.lineSpacing();
                ++line;
                if (more && (!last || line == kLines)) {
                    painter->drawText(QPoint(r.left(), y + fm.ascent()),
                                      fm.elidedText(rest.simplified(), Qt::ElideRight, width));
                    break;
                }
                painter->drawText(QPoint(r.left(), y + fm.ascent()), rest.left(l.textLength()));
                if (!more)
                    break;
            }
            layout.endLayout();
        }
        painter->restore();
    }

private:
    static constexpr int kPadV = 5;
    static constexpr int kPadH = 6;
    static constexpr int kIcon = 16;
    QTreeView *m_view;
};

} // namespace

NotesPanel::NotesPanel(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("notesPanel"));
    m_filter->setObjectName(QStringLiteral("notesFilter"));
    m_filter->setPlaceholderText(tr("Search notes and #tags"));
    m_filter->setAccessibleName(tr("Search notes"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &NotesPanel::applyFilter);

    m_tree->setObjectName(QStringLiteral("notesTree"));
    m_tree->setAccessibleName(tr("Notes"));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setRootIsDecorated(false);
    m_tree->setIndentation(8);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setItemDelegate(new NotesDelegate(m_tree));
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->installEventFilter(this);
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const QUuid id = item->data(0, IdRole).toUuid();
        if (!id.isNull())
            Q_EMIT noteActivated(id);
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QUuid id = item->data(0, IdRole).toUuid();
        if (!id.isNull())
            Q_EMIT noteActivated(id);
    });
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &NotesPanel::selectionChanged);

    m_empty->setObjectName(QStringLiteral("notesEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_empty->setContentsMargins(12, 16, 12, 12);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_filter);
    layout->addWidget(m_empty);
    layout->addWidget(m_tree, 1);
    rebuild();
}

void NotesPanel::setNotes(const QList<Annotation> &notes, const Document &document)
{
    const QList<QUuid> selected = selectedIds();
    m_notes = notes;
    m_document = document;
    std::sort(m_notes.begin(), m_notes.end(), NoteExport::NoteOrder::Before());

    rebuild();
    for (QTreeWidgetItem *section : {m_articleSection, m_placedSection, m_orphanSection}) {
        for (int i = 0; i < section->childCount(); ++i) {
            QTreeWidgetItem *item = section->child(i);
            if (selected.contains(item->data(0, IdRole).toUuid()))
                item->setSelected(true);
        }
    }
}

void NotesPanel::setReadingTheme(const ReadingTheme &theme)
{
    m_theme = theme;
    rebuild();
}

void NotesPanel::rebuild()
{
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    m_items.clear();
    m_hidden.clear();
    const auto section = [this](const QString &title, const QString &name) {
        auto *item = new QTreeWidgetItem(m_tree, {title});
        item->setFlags(Qt::ItemIsEnabled);
        QFont f = m_tree->font();
        f.setBold(true);
        item->setFont(0, f);
        item->setData(0, Qt::AccessibleTextRole, title);
        item->setData(0, Qt::UserRole + 2, name);
        return item;
    };
    m_articleSection = section(tr("On the article"), QStringLiteral("article"));
    m_placedSection = section(tr("In the text"), QStringLiteral("text"));
    m_orphanSection = section(tr("Orphans"), QStringLiteral("orphans"));
    m_orphanSection->setToolTip(0, tr("Notes whose passage is no longer in the text: they keep "
                                      "the words they were on."));
    for (const Annotation &a : std::as_const(m_notes)) {
        QTreeWidgetItem *parent = a.isArticleNote() ? m_articleSection
                                  : a.isOrphan()    ? m_orphanSection
                                                    : m_placedSection;
        auto *item = new QTreeWidgetItem(parent);
        fillItem(item, a);
        m_items.insert(a.id, item);
    }
    m_tree->expandAll();
    applyFilter();
}

void NotesPanel::fillItem(QTreeWidgetItem *item, const Annotation &a) const
{
    const QString passage = passageOf(a, m_document);
    QString text = a.text.trimmed().isEmpty() ? tr("(empty note)") : shortened(a.text, 160);
    if (!passage.isEmpty())
        text = tr("“%1”").arg(shortened(passage, 70)) + u'\n' + text;
    else if (a.isArticleNote()) // the first line says what it is on, as every row's does
        text = QCoreApplication::translate("gloss::NoteCard", "On the whole article") + u'\n'
               + text;
    item->setText(0, text);
    item->setData(0, IdRole, a.id);
    item->setToolTip(0, a.text);
    QStringList tags;
    for (const QString &t : a.tags)
        tags.append(u'#' + t);
    item->setData(0, PanelDelegate::CountRole, tags.isEmpty() ? QVariant() : tags.join(u' '));
    const QString spoken =
        (passage.isEmpty() ? tr("Note on the article") : tr("Note on “%1”").arg(passage)) +
        QStringLiteral(": ") + a.text;
    item->setData(0, Qt::AccessibleTextRole, spoken);
    item->setIcon(
        0, dot(m_theme.isValid() ? noteStyle::accent(a.color, m_theme) : noteStyle::base(a.color)));
}

QTreeWidgetItem *NotesPanel::sectionOf(const Annotation &note) const
{
    return note.isArticleNote() ? m_articleSection
           : note.isOrphan()    ? m_orphanSection
                                : m_placedSection;
}

bool NotesPanel::addNote(const Annotation &note, const Document &document)
{
    if (document.sha256() != m_document.sha256() || m_items.contains(note.id))
        return false;
    const auto at = std::upper_bound(m_notes.begin(), m_notes.end(), note,
                                     NoteExport::NoteOrder::Before());
    const qsizetype index = at - m_notes.begin();
    m_notes.insert(index, note);
    QTreeWidgetItem *section = sectionOf(note);
    // its row in its section: the notes before it, less those of the sections before
    qsizetype row = index;
    for (QTreeWidgetItem *before : {m_articleSection, m_placedSection}) {
        if (before == section)
            break;
        row -= before->childCount();
    }
    auto *item = new QTreeWidgetItem;
    fillItem(item, note);
    section->insertChild(int(row), item);
    m_items.insert(note.id, item);
    filterItem(item, note);
    updateSections();
    return true;
}

bool NotesPanel::removeNote(const QUuid &id)
{
    QTreeWidgetItem *item = m_items.take(id);
    if (!item)
        return false;
    m_hidden.remove(item);
    m_notes.removeIf([&](const Annotation &a) { return a.id == id; });
    delete item;
    updateSections();
    return true;
}

bool NotesPanel::updateNote(const Annotation &note, const Document &document)
{
    if (document.sha256() != m_document.sha256())
        return false;
    QTreeWidgetItem *item = m_items.value(note.id);
    const auto old = std::find_if(m_notes.begin(), m_notes.end(),
                                  [&](const Annotation &a) { return a.id == note.id; });
    if (!item || old == m_notes.end())
        return false;
    // only when the note keeps its place in the list
    if (old->isArticleNote() != note.isArticleNote() || old->isOrphan() != note.isOrphan() ||
        (note.isPlaced() && old->span != note.span))
        return false;
    *old = note;
    fillItem(item, note);
    filterItem(item, note);
    updateSections();
    return true;
}

bool NotesPanel::matches(const Annotation &note, const QString &passage, const QString &filter)
{
    const QStringList words = filter.split(u' ', Qt::SkipEmptyParts);
    for (const QString &w : words) {
        if (w.startsWith(u'#')) {
            const QString tag = w.mid(1);
            if (tag.isEmpty())
                continue;
            const bool hit =
                std::any_of(note.tags.cbegin(), note.tags.cend(), [&](const QString &t) {
                    return t.startsWith(tag, Qt::CaseInsensitive);
                });
            if (!hit)
                return false;
            continue;
        }
        const bool hit = note.text.contains(w, Qt::CaseInsensitive) ||
                         passage.contains(w, Qt::CaseInsensitive) ||
                         std::any_of(note.tags.cbegin(), note.tags.cend(), [&](const QString &t) {
                             return t.contains(w, Qt::CaseInsensitive);
                         });
        if (!hit)
            return false;
    }
    return true;
}

void NotesPanel::filterItem(QTreeWidgetItem *item, const Annotation &note)
{
    const bool hit = matches(note, passageOf(note, m_document), m_filter->text().trimmed());
    setItemHidden(item, !hit);
}

void NotesPanel::setItemHidden(QTreeWidgetItem *item, bool hidden)
{
    if (m_hidden.contains(item) == hidden)
        return;
    if (hidden) {
        m_hidden.insert(item);
        item->setSelected(false);
    } else {
        m_hidden.remove(item);
    }
    item->setHidden(hidden);
}

void NotesPanel::applyFilter()
{
    QHash<QUuid, const Annotation *> byId;
    for (const Annotation &a : std::as_const(m_notes))
        byId.insert(a.id, &a);
    for (QTreeWidgetItem *section : {m_articleSection, m_placedSection, m_orphanSection}) {
        for (int i = 0; i < section->childCount(); ++i) {
            QTreeWidgetItem *item = section->child(i);
            if (const Annotation *a = byId.value(item->data(0, IdRole).toUuid()))
                filterItem(item, *a);
            else
                setItemHidden(item, true);
        }
    }
    updateSections();
}

void NotesPanel::updateSections()
{
    const QString filter = m_filter->text().trimmed();
    int shown = 0;
    // counted from the hidden rows (few, or none with no search): not by asking thousands
    for (QTreeWidgetItem *section : {m_articleSection, m_placedSection, m_orphanSection}) {
        int visible = section->childCount();
        for (const QTreeWidgetItem *item : std::as_const(m_hidden))
            visible -= item->parent() == section;
        if (section->isHidden() != (visible == 0))
            section->setHidden(visible == 0);
        const QString count = QString::number(visible);
        if (section->data(0, PanelDelegate::CountRole).toString() != count)
            section->setData(0, PanelDelegate::CountRole, count);
        shown += visible;
    }
    if (m_notes.isEmpty()) {
        m_empty->setText(tr("No notes yet. Select a passage and press %1, or right-click a "
                            "quote or a claim.")
                             .arg(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M)
                                      .toString(QKeySequence::NativeText)));
    } else if (shown == 0) {
        m_empty->setText(tr("No note matches “%1”.").arg(filter));
    }
    m_empty->setVisible(shown == 0);
    m_tree->setVisible(shown > 0);
}

void NotesPanel::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

QString NotesPanel::filterText() const
{
    return m_filter->text();
}

QList<QUuid> NotesPanel::idsOf(const QList<QTreeWidgetItem *> &items) const
{
    QList<QUuid> out;
    for (QTreeWidgetItem *item : items) {
        const QUuid id = item->data(0, IdRole).toUuid();
        if (!id.isNull())
            out.append(id);
    }
    return out;
}

QList<QUuid> NotesPanel::selectedIds() const
{
    QList<QTreeWidgetItem *> items;
    for (QTreeWidgetItem *section : {m_articleSection, m_placedSection, m_orphanSection}) {
        for (int i = 0; i < section->childCount(); ++i) {
            if (section->child(i)->isSelected() && !section->child(i)->isHidden())
                items.append(section->child(i));
        }
    }
    return idsOf(items);
}

QList<QUuid> NotesPanel::visibleIds() const
{
    QList<QTreeWidgetItem *> items;
    for (QTreeWidgetItem *section : {m_articleSection, m_placedSection, m_orphanSection}) {
        for (int i = 0; i < section->childCount(); ++i) {
            if (!section->child(i)->isHidden())
                items.append(section->child(i));
        }
    }
    return idsOf(items);
}

QList<QUuid> NotesPanel::orphanIds() const
{
    QList<QTreeWidgetItem *> items;
    for (int i = 0; i < m_orphanSection->childCount(); ++i) {
        if (!m_orphanSection->child(i)->isHidden())
            items.append(m_orphanSection->child(i));
    }
    return idsOf(items);
}

bool NotesPanel::selectNote(const QUuid &id)
{
    QTreeWidgetItem *item = m_items.value(id);
    if (!item || item->isHidden())
        return false;
    m_tree->clearSelection();
    m_tree->setCurrentItem(item);
    item->setSelected(true);
    // a hidden tab is not laid out for it (thousands of wrapped rows): scrolled when shown
    m_scrollPending = !m_tree->isVisible();
    if (!m_scrollPending)
        m_tree->scrollToItem(item);
    return true;
}

bool NotesPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree && event->type() == QEvent::Show && m_scrollPending) {
        m_scrollPending = false;
        if (QTreeWidgetItem *item = m_tree->currentItem())
            m_tree->scrollToItem(item);
    }
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_filter && key->key() == Qt::Key_Down && m_tree->isVisible()) {
            m_tree->setFocus(Qt::TabFocusReason);
            return true;
        }
        if (watched == m_tree && key->matches(QKeySequence::Delete)) {
            const QList<QUuid> ids = selectedIds();
            if (!ids.isEmpty())
                Q_EMIT deleteRequested(ids);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace gloss
