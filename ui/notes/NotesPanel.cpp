#include "NotesPanel.h"

#include "NoteStyle.h"
#include "NotesFilter.h"
#include "PanelDelegate.h"

#include <QApplication>
#include <QCoreApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QTextLayout>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace gloss {

namespace {

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

} // namespace

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

    /** The notes' dots are drawn in @p theme's accents (the model gives their colours). */
    void setReadingTheme(const ReadingTheme &theme) { m_theme = theme; }

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
        const bool isNote = !index.data(NotesModel::IdRole).isNull();
        const QIcon icon = !isNote           ? QIcon()
                           : m_theme.isValid()
                               ? dot(noteStyle::accent(
                                     index.data(NotesModel::ColorRole).toString(), m_theme))
                               : dot(index.data(Qt::DecorationRole).value<QColor>());
        opt.text.clear();
        opt.icon = QIcon();
        opt.features &= ~QStyleOptionViewItem::HasDecoration;
        const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // background

        const QFontMetrics &fm = opt.fontMetrics;
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
    ReadingTheme m_theme;
};

NotesPanel::NotesPanel(NotesModel *notes, QWidget *parent)
    : QWidget(parent)
    , m_notes(notes)
    , m_shown(new NotesFilter(notes, this))
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("notesPanel"));
    m_filter->setObjectName(QStringLiteral("notesFilter"));
    m_filter->setPlaceholderText(tr("Search notes and #tags"));
    m_filter->setAccessibleName(tr("Search notes"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, m_shown, &NotesFilter::setFilterText);

    m_tree->setObjectName(QStringLiteral("notesTree"));
    m_tree->setAccessibleName(tr("Notes"));
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setIndentation(8);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_delegate = new NotesDelegate(m_tree);
    m_tree->setItemDelegate(m_delegate);
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->installEventFilter(this);
    m_tree->setModel(m_shown);
    connect(m_tree, &QTreeView::clicked, this, &NotesPanel::activate);
    connect(m_tree, &QTreeView::activated, this, &NotesPanel::activate);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &NotesPanel::selectionChanged);
    // every section open, also when it comes back with the search or the notes
    connect(m_shown, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &under, int first, int last) {
                if (!under.isValid())
                    expandSections(first, last);
                updateEmpty();
            });
    connect(m_shown, &QAbstractItemModel::rowsRemoved, this, &NotesPanel::updateEmpty);
    connect(m_shown, &QAbstractItemModel::modelReset, this, [this] {
        expandSections(0, m_shown->rowCount() - 1);
        updateEmpty();
    });
    connect(m_shown, &QAbstractItemModel::layoutChanged, this, [this] {
        expandSections(0, m_shown->rowCount() - 1);
        updateEmpty();
    });

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
    expandSections(0, m_shown->rowCount() - 1);
    updateEmpty();
}

void NotesPanel::setReadingTheme(const ReadingTheme &theme)
{
    m_delegate->setReadingTheme(theme);
    m_tree->viewport()->update();
}

void NotesPanel::activate(const QModelIndex &index)
{
    const QUuid id = index.data(IdRole).toUuid();
    if (!id.isNull())
        Q_EMIT noteActivated(id);
}

void NotesPanel::expandSections(int first, int last)
{
    for (int row = first; row <= last; ++row)
        m_tree->expand(m_shown->index(row, 0));
}

void NotesPanel::updateEmpty()
{
    int shown = 0;
    for (int s = 0; s < m_shown->rowCount(); ++s)
        shown += m_shown->rowCount(m_shown->index(s, 0));
    if (m_notes->noteCount() == 0) {
        m_empty->setText(tr("No notes yet. Select a passage and press %1, or right-click a "
                            "quote or a claim.")
                             .arg(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M)
                                      .toString(QKeySequence::NativeText)));
    } else if (shown == 0) {
        m_empty->setText(tr("No note matches “%1”.").arg(m_shown->filterText()));
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

QList<QUuid> NotesPanel::shownIds(bool selected, int onlySection) const
{
    const QItemSelectionModel *selection = m_tree->selectionModel();
    QList<QUuid> out;
    for (int s = 0; s < m_shown->rowCount(); ++s) {
        const QModelIndex section = m_shown->index(s, 0);
        if (onlySection >= 0 && section.data(NotesModel::SectionRole).toInt() != onlySection)
            continue;
        const int rows = m_shown->rowCount(section);
        for (int r = 0; r < rows; ++r) {
            const QModelIndex row = m_shown->index(r, 0, section);
            if (!selected || selection->isSelected(row))
                out.append(row.data(IdRole).toUuid());
        }
    }
    return out;
}

QList<QUuid> NotesPanel::selectedIds() const
{
    if (!m_tree->selectionModel()->hasSelection())
        return {};
    return shownIds(true);
}

QList<QUuid> NotesPanel::visibleIds() const
{
    return shownIds(false);
}

QList<QUuid> NotesPanel::orphanIds() const
{
    return shownIds(false, NotesModel::OrphanSection);
}

bool NotesPanel::selectNote(const QUuid &id)
{
    const QModelIndex row = m_shown->mapFromSource(m_notes->indexOf(id));
    if (!row.isValid())
        return false;
    m_tree->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect);
    // a hidden tab is not laid out for it (thousands of rows): scrolled when shown
    m_scrollPending = !m_tree->isVisible();
    if (!m_scrollPending)
        m_tree->scrollTo(row);
    return true;
}

bool NotesPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree && event->type() == QEvent::Show && m_scrollPending) {
        m_scrollPending = false;
        if (const QModelIndex current = m_tree->currentIndex(); current.isValid())
            m_tree->scrollTo(current);
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
