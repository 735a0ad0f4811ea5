#include "CueModel.h"

#include <QFile>
#include <QSet>

#include <cmath>

namespace gloss::quotes {

namespace {

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

/** Lower case, with a typographic apostrophe as a plain one (as the training tool writes). */
QString normalised(QStringView word)
{
    QString out = word.toString().toLower();
    out.replace(u'\u2019', u'\'');
    return out;
}

/** What stands right before @p start: "<start>", a punctuation mark, "pron", "cap" or "low". */
QString before(QStringView text, qsizetype start)
{
    qsizetype i = start;
    while (i > 0 && isBlank(text[i - 1]))
        --i;
    if (i == 0 || text[i - 1] == u'\n')
        return QStringLiteral("<start>");
    const QChar c = text[i - 1];
    if (!c.isLetterOrNumber() && !isApostrophe(c))
        return QString(c);
    qsizetype j = i;
    while (j > 0
           && (text[j - 1].isLetterOrNumber() || isApostrophe(text[j - 1])
               || text[j - 1] == u'-' || text[j - 1] == u'.'))
        --j;
    while (j < i && !text[j].isLetterOrNumber())
        ++j;
    const QStringView w = text.mid(j, i - j);
    static const WordSet pronouns{u"he", u"she", u"they", u"we", u"i", u"it", u"who", u"you"};
    if (pronouns.contains(w))
        return QStringLiteral("pron");
    return !w.isEmpty() && w.front().isUpper() ? QStringLiteral("cap") : QStringLiteral("low");
}

/** The word (lower case) or the punctuation mark right after @p end, or "<end>". */
QString after(QStringView text, qsizetype end)
{
    qsizetype i = end;
    while (i < text.size() && isBlank(text[i]))
        ++i;
    if (i >= text.size() || text[i] == u'\n')
        return QStringLiteral("<end>");
    if (!text[i].isLetterOrNumber())
        return QString(text[i]);
    qsizetype j = i + 1;
    while (j < text.size()) {
        if (text[j].isLetterOrNumber()) {
            ++j;
        } else if ((isApostrophe(text[j]) || text[j] == u'-' || text[j] == u'.')
                   && j + 1 < text.size() && text[j + 1].isLetterOrNumber()) {
            j += 2;
        } else {
            break;
        }
    }
    return normalised(text.mid(i, j - i));
}

/** The word (lower case) right before @p start, or "-". */
QString previousWord(QStringView text, qsizetype start)
{
    qsizetype i = start;
    while (i > 0 && isBlank(text[i - 1]))
        --i;
    qsizetype j = i;
    while (j > 0
           && (text[j - 1].isLetterOrNumber() || isApostrophe(text[j - 1])
               || text[j - 1] == u'-' || text[j - 1] == u'.'))
        --j;
    return j < i ? normalised(text.mid(j, i - j)) : QStringLiteral("-");
}

} // namespace

const CueModel &CueModel::learned()
{
    static const CueModel model = [] {
        QFile f(QStringLiteral(":/org.gloss/attribution/cue_model.txt"));
        return CueModel(f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray());
    }();
    return model;
}

CueModel::CueModel(const QByteArray &model)
{
    QStringList words;
    for (const QByteArray &line : model.split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype tab = line.lastIndexOf('\t');
        if (tab <= 0)
            continue;
        bool ok = false;
        const int value = line.mid(tab + 1).trimmed().toInt(&ok);
        if (!ok)
            continue;
        const QString key = QString::fromUtf8(line.left(tab));
        const qsizetype eq = key.indexOf(u'=');
        const QStringView kind = QStringView(key).left(std::max<qsizetype>(eq, 0));
        const QString rest = key.mid(eq + 1);
        if (key == u"@threshold") {
            m_threshold = value;
        } else if (key == u"bias") {
            m_bias = value;
        } else if (kind == u"w") {
            m_entries[rest].weight = value;
            words.append(rest);
        } else if (kind == u"p" || kind == u"n" || kind == u"pw") {
            m_context.insert(key, value);
        } else if (kind == u"w|p" || kind == u"w|n" || kind == u"w|pw") {
            const qsizetype bar = rest.indexOf(u'|');
            if (bar <= 0)
                continue;
            Entry &e = m_entries[rest.left(bar)];
            (kind == u"w|p" ? e.before : kind == u"w|n" ? e.next : e.previous)
                .insert(rest.mid(bar + 1), value);
        }
    }
    // a word with context weights but no entry of its own is not a model word
    const QSet<QString> known(words.cbegin(), words.cend());
    m_entries.removeIf([&known](QHash<QString, Entry>::iterator it) {
        return !known.contains(it.key());
    });
    m_words = WordSet(words);
}

int CueModel::probability(QStringView text, qsizetype start, qsizetype end) const
{
    const QStringView word = text.mid(start, end - start);
    if (!m_words.contains(word) && !word.contains(u'\u2019'))
        return -1;
    const auto it = m_entries.constFind(normalised(word));
    if (it == m_entries.cend())
        return -1;
    const Entry &e = it.value();
    const QString p = before(text, start);
    const QString n = after(text, end);
    const QString pw = previousWord(text, start);
    const int sum = m_bias + e.weight + e.before.value(p) + e.next.value(n)
                    + e.previous.value(pw) + m_context.value(QStringLiteral("p=") + p)
                    + m_context.value(QStringLiteral("n=") + n)
                    + m_context.value(QStringLiteral("pw=") + pw);
    return static_cast<int>(std::lround(1000.0 / (1.0 + std::exp(-sum / 1000.0))));
}

bool CueModel::isCue(QStringView text, qsizetype start, qsizetype end) const
{
    return probability(text, start, end) >= m_threshold;
}

} // namespace gloss::quotes
