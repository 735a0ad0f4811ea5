#include "Gazetteer.h"

#include <QFile>
#include <QStringTokenizer>

namespace gloss::entities {

namespace {

const QString kPrefix = QStringLiteral(":/org.gloss/gazetteers/");

quint32 classOf(QStringView section)
{
    using G = Gazetteer;
    static const struct { const char16_t *name; quint32 cls; } table[] = {
        {u"honorific", G::Honorific}, {u"title", G::Title},         {u"role", G::Role},
        {u"orgnoun", G::OrgNoun},     {u"orgsuffix", G::OrgSuffix}, {u"locsuffix", G::LocSuffix},
        {u"gpesuffix", G::GpeSuffix}, {u"eventword", G::EventWord}, {u"workcue", G::WorkCue},
        {u"speechverb", G::SpeechVerb}, {u"placeprep", G::PlacePrep}, {u"stop", G::Stop},
        {u"givenname", G::GivenName}, {u"demonym", G::Demonym},     {u"calendar", G::Calendar},
        {u"eventfollower", G::EventFollower},
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
    static const Gazetteer gazetteer; // thread-safe initialisation (C++11 magic statics)
    return gazetteer;
}

Gazetteer::Gazetteer()
{
    // Hand-written lists first: their canonical names win over generated ones.
    const QList<QStringView> names[] = {readLines(QStringLiteral("places.txt")),
                                        readLines(QStringLiteral("organisations.txt")),
                                        readLines(QStringLiteral("events.txt")),
                                        readLines(QStringLiteral("iso-places.txt"))};
    qsizetype lines = 0;
    for (const QList<QStringView> &list : names)
        lines += list.size();
    m_names.reserve(lines + lines / 4); // (a line names one or a few: the table grows seldom)
    for (const QList<QStringView> &list : names)
        loadNames(list);
    loadWords(QStringLiteral("words.txt"));
    for (const QStringView name : readLines(QStringLiteral("given-names.txt"))) {
        m_words[name] |= GivenName;
        addStarts(name);
    }
}

QList<QStringView> Gazetteer::readLines(const QString &resource)
{
    QFile f(kPrefix + resource);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    // one decoding of the file, kept, then views of its lines: a short article's analysis
    // waits for the gazetteer, and a string for every line and name was 60% of loading it
    // (QTextStream::readLine(), before that, a quarter)
    m_texts.append(QString::fromUtf8(f.readAll()));
    QList<QStringView> lines;
    for (const QStringView line : QStringTokenizer(m_texts.last(), u'\n')) {
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
            m_starts.set(bit(h)); // key.left(i)
            if (i + 1 < key.size())
                m_starts.set(bit(startHash(h, c))); // key.left(i + 1)
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
            if (name.isEmpty() || m_names.contains(name))
                continue;
            m_names.insert(name, Entry{group, type, weak || ambiguousWord});
            addStarts(name);
            used = true;
        }
        if (used)
            m_canonical.append(first.startsWith(u'~') ? first.mid(1) : first);
    }
}

void Gazetteer::loadWords(const QString &resource)
{
    quint32 cls = 0;
    for (const QStringView line : readLines(resource)) {
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
            m_followers.insert(word, entityTypeFromName(line.mid(space + 1)));
            continue;
        }
        m_words[line] |= cls;
        addStarts(line);
    }
}

const Gazetteer::Entry *Gazetteer::findExact(QStringView name) const
{
    const auto it = m_names.constFind(name);
    return it == m_names.cend() ? nullptr : &it.value();
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
    const auto it = m_words.constFind(word);
    return it == m_words.cend() ? 0u : it.value();
}

EntityType Gazetteer::followerType(QStringView word) const
{
    return m_followers.value(word, EntityType::Other);
}

} // namespace gloss::entities
