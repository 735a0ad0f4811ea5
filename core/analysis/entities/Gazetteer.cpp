#include "Gazetteer.h"

#include "analysis/ModelImage_p.h"

#include <QStringTokenizer>

namespace gloss::entities {

namespace {

quint32 classOf(QStringView section)
{
    using G = Gazetteer;
    static const struct { const char16_t *name; quint32 cls; } table[] = {
        {u"honorific", G::Honorific}, {u"title", G::Title},         {u"role", G::Role},
        {u"orgnoun", G::OrgNoun},     {u"orgsuffix", G::OrgSuffix}, {u"locsuffix", G::LocSuffix},
        {u"gpesuffix", G::GpeSuffix}, {u"eventword", G::EventWord}, {u"workcue", G::WorkCue},
        {u"speechverb", G::SpeechVerb}, {u"placeprep", G::PlacePrep}, {u"stop", G::Stop},
        {u"givenname", G::GivenName}, {u"demonym", G::Demonym},     {u"calendar", G::Calendar},
        {u"eventfollower", G::EventFollower}, {u"lawword", G::LawWord},
    };
    for (const auto &t : table) {
        if (section == QStringView(t.name))
            return t.cls;
    }
    return 0;
}

bool isAllCaps(QStringView s)
{
    int letters = 0;
    for (QChar c : s) {
        if (c.isLower())
            return false;
        letters += c.isLetter() ? 1 : 0;
    }
    return letters >= 2;
}

} // namespace

const Gazetteer &Gazetteer::instance()
{
    // (thread-safe initialisation: C++11 magic statics)
    static const Gazetteer gazetteer = image::compiledOr<Gazetteer>(
        QStringLiteral(":/org.gloss/gazetteers/gazetteer.image"),
        "the compiled gazetteer is missing or unreadable: no name is known",
        [] { return Gazetteer(); });
    return gazetteer;
}

Gazetteer::Gazetteer(const Lists &lists)
{
    // (the lists' text lives while they are read: the tables keep copies of the names)
    const QString places = QString::fromUtf8(lists.places);
    const QString organisations = QString::fromUtf8(lists.organisations);
    const QString events = QString::fromUtf8(lists.events);
    const QString isoPlaces = QString::fromUtf8(lists.isoPlaces);
    // Hand-written lists first: their canonical names win over generated ones.
    const QList<QStringView> names[] = {readLines(places), readLines(organisations),
                                        readLines(events), readLines(isoPlaces)};
    qsizetype lines = 0;
    for (const QList<QStringView> &list : names)
        lines += list.size();
    m_names.reserve(lines + lines / 4); // (a line names one or a few: the table grows seldom)
    for (const QList<QStringView> &list : names)
        loadNames(list);
    const QString words = QString::fromUtf8(lists.words);
    loadWords(readLines(words));
    const QString givenNames = QString::fromUtf8(lists.givenNames);
    for (const QStringView name : readLines(givenNames)) {
        m_words[name] |= GivenName;
        addStarts(name);
    }
    // the canonical names, views of the lists until now, kept side by side in one string
    for (const QStringView name : std::as_const(m_canonical))
        m_canonicalText += name;
    qsizetype at = 0;
    for (QStringView &name : m_canonical) {
        name = QStringView(m_canonicalText).sliced(at, name.size());
        at += name.size();
    }
}

QList<QStringView> Gazetteer::readLines(const QString &text)
{
    QList<QStringView> lines;
    for (const QStringView line : QStringTokenizer(text, u'\n')) {
        const QStringView trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(u'#'))
            lines.append(trimmed);
    }
    return lines;
}

void Gazetteer::addStarts(QStringView key)
{
    // every proper prefix that ends before or after a character that is no letter or digit,
    // its hash run along the key (startBit() of the prefix)
    const auto bit = [](quint32 h) { return (h ^ (h >> 15)) & kStartBits; };
    quint32 h = key.isEmpty() ? 0u : startHash(0, key.at(0));
    for (qsizetype i = 1; i < key.size(); ++i) {
        const QChar c = key.at(i);
        if (!c.isLetterOrNumber()) {
            setStart(bit(h)); // key.left(i)
            if (i + 1 < key.size())
                setStart(bit(startHash(h, c))); // key.left(i + 1)
        }
        h = startHash(h, c);
    }
}

void Gazetteer::loadNames(const QList<QStringView> &lines)
{
    for (QStringView rest : lines) {
        bool weak = false;
        if (rest.startsWith(u'~')) {
            weak = true;
            rest = rest.mid(1);
        }
        const qsizetype space = rest.indexOf(u' ');
        if (space <= 0)
            continue;
        const EntityType type = entityTypeFromName(rest.left(space));
        const int group = static_cast<int>(m_canonical.size());
        QStringView first; // the first name, the group's canonical one
        bool any = false;
        bool used = false;
        for (QStringView name : QStringTokenizer(rest.mid(space + 1), u'|', Qt::SkipEmptyParts)) {
            name = name.trimmed();
            if (!any)
                first = name;
            any = true;
            const bool ambiguousWord = name.startsWith(u'~');
            if (ambiguousWord)
                name = name.mid(1);
            if (name.isEmpty() || !m_names.insert(name, quint32(m_entries.size())))
                continue;
            m_entries.append(Entry{group, type, weak || ambiguousWord});
            addStarts(name);
            used = true;
        }
        if (used)
            m_canonical.append(first.startsWith(u'~') ? first.mid(1) : first);
    }
}

void Gazetteer::loadWords(const QList<QStringView> &lines)
{
    quint32 cls = 0;
    for (const QStringView line : lines) {
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            cls = classOf(line.mid(1, line.size() - 2));
            continue;
        }
        if (cls == 0)
            continue;
        if (cls == EventFollower) {
            const qsizetype space = line.indexOf(u' ');
            if (space <= 0)
                continue;
            const QStringView word = line.left(space);
            m_words[word] |= cls;
            addStarts(word);
            m_followers[word] = quint32(entityTypeFromName(line.mid(space + 1)));
            continue;
        }
        m_words[line] |= cls;
        addStarts(line);
    }
}

const Gazetteer::Entry *Gazetteer::findExact(QStringView name) const
{
    const std::optional<quint32> i = m_names.value(name);
    return i && *i < quint32(m_entries.size()) ? &m_entries[*i] : nullptr;
}

const Gazetteer::Entry *Gazetteer::find(QStringView name) const
{
    if (const Entry *e = findExact(name))
        return e;
    if (name.size() > 4 && isAllCaps(name)) {
        // "PYONGYANG" → "Pyongyang" (datelines); acronyms are short and matched as written.
        QString titled = name.toString().toLower();
        bool start = true;
        for (QChar &c : titled) {
            if (start && c.isLetter())
                c = c.toUpper();
            start = !c.isLetter() && c != u'\'';
        }
        return findExact(titled);
    }
    return nullptr;
}

quint32 Gazetteer::classes(QStringView word) const
{
    return m_words.value(word).value_or(0u);
}

EntityType Gazetteer::followerType(QStringView word) const
{
    const std::optional<quint32> type = m_followers.value(word);
    return type ? EntityType(*type) : EntityType::Other;
}

namespace {

/** What a Gazetteer::image() starts with; then the start bits, the entries, the canonical
 *  names (image::appendWords()) and the three tables (NameTable::image()), in turn. */
struct ImageHeader
{
    char magic[4] = {'G', 'G', 'Z', '1'};
    quint32 byteOrder = image::kByteOrder;
    quint32 entries = 0;
    quint32 names = 0;     ///< the bytes of the names' table
    quint32 words = 0;     ///< of the words' table
    quint32 followers = 0; ///< of the followers' table
};
static_assert(sizeof(ImageHeader) == 24);

/** An entry in an image. */
struct EntryRecord
{
    qint32 group = 0;
    qint32 type = 0;
    qint32 weak = 0;
};
static_assert(sizeof(EntryRecord) == 12);

} // namespace

QByteArray Gazetteer::image() const
{
    const QByteArray names = m_names.image();
    const QByteArray words = m_words.image();
    const QByteArray followers = m_followers.image();
    ImageHeader header;
    header.entries = quint32(m_entries.size());
    header.names = quint32(names.size());
    header.words = quint32(words.size());
    header.followers = quint32(followers.size());
    QByteArray out;
    image::append(out, header);
    image::append(out, m_starts);
    for (const Entry &e : m_entries)
        image::append(out, EntryRecord{e.group, qint32(e.type), e.weak ? 1 : 0});
    image::appendWords(out, m_canonical);
    return out + names + words + followers;
}

std::optional<Gazetteer> Gazetteer::fromImage(QByteArrayView bytes)
{
    image::Reader in(bytes);
    ImageHeader header;
    Gazetteer g;
    if (!in.readHeader(header) || !in.read(g.m_starts))
        return std::nullopt;
    const std::optional<QByteArrayView> entries =
        in.take(qsizetype(header.entries) * qsizetype(sizeof(EntryRecord)));
    if (!entries)
        return std::nullopt;
    image::Reader entryIn(*entries);
    g.m_entries.resize(header.entries);
    for (Entry &e : g.m_entries) {
        EntryRecord r;
        entryIn.read(r); // (all there: taken above)
        e = Entry{r.group, EntityType(r.type), r.weak != 0};
    }
    std::optional<QList<QStringView>> canonical = in.words(g.m_canonicalText);
    const std::optional<QByteArrayView> names = in.take(header.names);
    const std::optional<QByteArrayView> words = in.take(header.words);
    const std::optional<QByteArrayView> followers = in.take(header.followers);
    if (!canonical || !names || !words || !followers || !in.rest().isEmpty())
        return std::nullopt;
    g.m_canonical = std::move(*canonical);
    for (const Entry &e : std::as_const(g.m_entries)) {
        if (e.group < 0 || e.group >= g.m_canonical.size())
            return std::nullopt; // canonical() of an entry's group is always there
    }
    std::optional<NameTable> n = NameTable::fromImage(*names);
    std::optional<NameTable> w = NameTable::fromImage(*words);
    std::optional<NameTable> f = NameTable::fromImage(*followers);
    if (!n || !w || !f)
        return std::nullopt;
    g.m_names = std::move(*n);
    g.m_words = std::move(*w);
    g.m_followers = std::move(*f);
    return g;
}

} // namespace gloss::entities
