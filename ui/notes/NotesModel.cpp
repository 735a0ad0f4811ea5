#include "NotesModel.h"

#include "NoteStyle.h"
#include "PanelDelegate.h"
#include "annotations/AnnotationStore.h"
#include "export/NoteOrder.h"

#include <QCoreApplication>
#include <QFont>

#include <algorithm>

namespace gloss {

static_assert(int(NotesModel::CountRole) == int(PanelDelegate::CountRole),
              "the tab's delegate draws CountRole as PanelDelegate's count");

namespace {

// a section row's internal id; a note's is its section + 1
constexpr quintptr kSectionRow = 0;

QString shortened(QString s, int max)
{
    s = s.simplified();
    return s.size() > max ? s.left(max - 1).trimmed() + u'…' : s;
}

} // namespace

NotesModel::NotesModel(AnnotationStore *store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("notesModel"));
    connect(store, &AnnotationStore::annotationsReset, this, &NotesModel::onReset);
    connect(store, &AnnotationStore::annotationAdded, this, &NotesModel::onAdded);
    connect(store, &AnnotationStore::annotationChanged, this, &NotesModel::onChanged);
    connect(store, &AnnotationStore::annotationRemoved, this, &NotesModel::onRemoved);
    onReset();
}

NotesModel::Section NotesModel::sectionFor(const Annotation &note)
{
    return note.isArticleNote() ? ArticleSection
           : note.isOrphan()    ? OrphanSection
                                : PlacedSection;
}

QString NotesModel::passageOf(const Annotation &note, const Document &document)
{
    if (note.isArticleNote())
        return QString();
    if (note.isPlaced() && note.span.end <= document.text().size())
        return document.text().mid(note.span.start, note.span.length());
    return note.quote.exact;
}

QString NotesModel::sectionTitle(Section section)
{
    switch (section) {
    case ArticleSection:
        return QCoreApplication::translate("gloss::NotesPanel", "On the article");
    case PlacedSection:
        return QCoreApplication::translate("gloss::NotesPanel", "In the text");
    case OrphanSection:
        break;
    }
    return QCoreApplication::translate("gloss::NotesPanel", "Orphans");
}

bool NotesModel::isInLane(const QUuid &id) const
{
    const auto it = m_sectionOf.constFind(id);
    return it != m_sectionOf.cend() && *it != OrphanSection;
}

QModelIndex NotesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < kSections ? createIndex(row, 0, kSectionRow) : QModelIndex();
    if (parent.internalId() != kSectionRow || parent.row() >= kSections)
        return {};
    if (row >= m_ids[parent.row()].size())
        return {};
    return createIndex(row, 0, quintptr(parent.row()) + 1);
}

QModelIndex NotesModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kSectionRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kSectionRow);
}

int NotesModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return kSections;
    if (parent.column() != 0 || parent.internalId() != kSectionRow)
        return 0;
    return int(m_ids[parent.row()].size());
}

int NotesModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QModelIndex NotesModel::sectionIndex(Section section) const
{
    return createIndex(int(section), 0, kSectionRow);
}

QModelIndex NotesModel::indexOf(const QUuid &id) const
{
    const auto it = m_sectionOf.constFind(id);
    if (it == m_sectionOf.cend())
        return {};
    const qsizetype row = m_ids[*it].indexOf(id);
    return row < 0 ? QModelIndex() : createIndex(int(row), 0, quintptr(*it) + 1);
}

const Annotation *NotesModel::note(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == kSectionRow)
        return nullptr;
    const QList<QUuid> &ids = m_ids[index.internalId() - 1];
    return index.row() < ids.size() ? m_store->annotation(ids.at(index.row())) : nullptr;
}

Qt::ItemFlags NotesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kSectionRow)
        return Qt::ItemIsEnabled; // a title: not selectable
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> NotesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(IdRole, "noteId");
    names.insert(SectionRole, "section");
    names.insert(PassageRole, "passage");
    names.insert(ColorRole, "noteColor");
    names.insert(TagsRole, "tags");
    names.insert(TextRole, "noteText");
    names.insert(CountRole, "count");
    return names;
}

QVariant NotesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kSectionRow)
        return sectionData(Section(index.row()), role);
    const Annotation *a = note(index);
    return a ? noteData(*a, role) : QVariant();
}

QVariant NotesModel::sectionData(Section section, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return sectionTitle(section);
    case Qt::FontRole: {
        QFont bold; // only its weight: the rest is the view's
        bold.setBold(true);
        return bold;
    }
    case Qt::ToolTipRole:
        if (section == OrphanSection)
            return QCoreApplication::translate("gloss::NotesPanel",
                                               "Notes whose passage is no longer in the text: "
                                               "they keep the words they were on.");
        return {};
    case SectionRole:
        return int(section);
    case CountRole:
        return QString::number(m_ids[section].size());
    default:
        return {};
    }
}

QVariant NotesModel::noteData(const Annotation &a, int role) const
{
    switch (role) {
    case Qt::DisplayRole: {
        // the passage on the first line (or what the note is on), the note on the next ones
        const QString passage = passageOf(a, m_store->document());
        const QString text = a.text.trimmed().isEmpty()
                                 ? QCoreApplication::translate("gloss::NotesPanel", "(empty note)")
                                 : shortened(a.text, 160);
        if (!passage.isEmpty())
            return QString(QCoreApplication::translate("gloss::NotesPanel", "“%1”")
                               .arg(shortened(passage, 70))
                           + u'\n' + text);
        if (!a.isArticleNote())
            return text;
        // the first line says what it is on, as every row's does
        return QString(QCoreApplication::translate("gloss::NoteCard", "On the whole article")
                       + u'\n' + text);
    }
    case Qt::ToolTipRole:
    case TextRole:
        return a.text;
    case Qt::AccessibleTextRole: {
        const QString passage = passageOf(a, m_store->document());
        const QString on =
            passage.isEmpty()
                ? QCoreApplication::translate("gloss::NotesPanel", "Note on the article")
                : QCoreApplication::translate("gloss::NotesPanel", "Note on “%1”").arg(passage);
        return QString(on + QStringLiteral(": ") + a.text);
    }
    case Qt::DecorationRole:
        return noteStyle::base(a.color);
    case IdRole:
        return a.id;
    case SectionRole:
        return int(sectionFor(a));
    case PassageRole:
        return passageOf(a, m_store->document());
    case ColorRole:
        return a.color;
    case TagsRole:
        return a.tags;
    case CountRole: {
        QStringList tags;
        for (const QString &t : a.tags)
            tags.append(u'#' + t);
        return tags.isEmpty() ? QVariant() : QVariant(tags.join(u' '));
    }
    default:
        return {};
    }
}

int NotesModel::rowFor(const Annotation &note, const QList<QUuid> &ids) const
{
    const auto at = std::upper_bound(ids.cbegin(), ids.cend(), note,
                                     [this](const Annotation &n, const QUuid &id) {
                                         const Annotation *other = m_store->annotation(id);
                                         return !other
                                                || NoteExport::NoteOrder::readsBefore(n, *other);
                                     });
    return int(at - ids.cbegin());
}

void NotesModel::countChanged(Section section)
{
    const QModelIndex s = sectionIndex(section);
    Q_EMIT dataChanged(s, s, {CountRole});
}

void NotesModel::onReset()
{
    beginResetModel();
    for (QList<QUuid> &ids : m_ids)
        ids.clear();
    m_sectionOf.clear();
    if (m_store->isOpen()) {
        QList<const Annotation *> notes;
        notes.reserve(m_store->annotations().size());
        for (const Annotation &a : m_store->annotations())
            notes.append(&a);
        std::sort(notes.begin(), notes.end(), NoteExport::NoteOrder::Before());
        m_sectionOf.reserve(notes.size());
        for (const Annotation *a : std::as_const(notes)) {
            const Section s = sectionFor(*a);
            m_ids[s].append(a->id);
            m_sectionOf.insert(a->id, s);
        }
    }
    endResetModel();
}

void NotesModel::onAdded(const QUuid &id)
{
    const Annotation *a = m_store->annotation(id);
    if (!a) // (gone again before the signal came)
        return;
    if (m_sectionOf.contains(id)) {
        onChanged(id);
        return;
    }
    const Section s = sectionFor(*a);
    const int row = rowFor(*a, m_ids[s]);
    beginInsertRows(sectionIndex(s), row, row);
    m_ids[s].insert(row, id);
    m_sectionOf.insert(id, s);
    endInsertRows();
    countChanged(s);
}

void NotesModel::onChanged(const QUuid &id)
{
    const Annotation *a = m_store->annotation(id);
    if (!a) {
        onRemoved(id);
        return;
    }
    const auto known = m_sectionOf.constFind(id);
    if (known == m_sectionOf.cend()) {
        onAdded(id);
        return;
    }
    const Section from = *known;
    const int fromRow = int(m_ids[from].indexOf(id));
    const Section to = sectionFor(*a);
    // its place among the others (its own, if the edit keeps it there)
    QList<QUuid> others = m_ids[to];
    if (to == from)
        others.removeAt(fromRow);
    const int toRow = rowFor(*a, others);
    if (to != from || toRow != fromRow) {
        // the destination is counted before the row leaves (moveRows' convention)
        const int destination = to == from && toRow > fromRow ? toRow + 1 : toRow;
        if (beginMoveRows(sectionIndex(from), fromRow, fromRow, sectionIndex(to), destination)) {
            m_ids[from].removeAt(fromRow);
            m_ids[to].insert(toRow, id);
            m_sectionOf.insert(id, to);
            endMoveRows();
        } else { // (not a move Qt takes: never, as its place changed) out, then in
            beginRemoveRows(sectionIndex(from), fromRow, fromRow);
            m_ids[from].removeAt(fromRow);
            endRemoveRows();
            beginInsertRows(sectionIndex(to), toRow, toRow);
            m_ids[to].insert(toRow, id);
            m_sectionOf.insert(id, to);
            endInsertRows();
        }
        if (to != from) {
            countChanged(from);
            countChanged(to);
        }
    }
    const QModelIndex row = createIndex(toRow, 0, quintptr(to) + 1);
    Q_EMIT dataChanged(row, row);
}

void NotesModel::onRemoved(const QUuid &id)
{
    const auto known = m_sectionOf.constFind(id);
    if (known == m_sectionOf.cend())
        return;
    const Section s = *known;
    const int row = int(m_ids[s].indexOf(id));
    beginRemoveRows(sectionIndex(s), row, row);
    m_ids[s].removeAt(row);
    m_sectionOf.remove(id);
    endRemoveRows();
    countChanged(s);
}

} // namespace gloss
