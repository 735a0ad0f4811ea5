#include "CueModel.h"

#include <QFile>

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
    static const QStringList pronouns{QStringLiteral("he"), QStringLiteral("she"),
                                      QStringLiteral("they"), QStringLiteral("we"),
                                      QStringLiteral("i"), QStringLiteral("it"),
                                      QStringLiteral("who"), QStringLiteral("you")};
    if (pronouns.contains(normalised(w)))
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
        if (key == u"@threshold")
            m_threshold = value;
        else if (!key.startsWith(u'@'))
            m_weights.insert(key, value);
    }
}

int CueModel::probability(QStringView text, qsizetype start, qsizetype end) const
{
    const QString w = normalised(text.mid(start, end - start));
    const QString wordFeature = QStringLiteral("w=") + w;
    const auto it = m_weights.constFind(wordFeature);
    if (it == m_weights.cend())
        return -1;
    const QString p = before(text, start);
    const QString n = after(text, end);
    int sum = it.value() + weight(QStringLiteral("w|p=") + w + u'|' + p)
                    + weight(QStringLiteral("w|n=") + w + u'|' + n)
                    + weight(QStringLiteral("p=") + p) + weight(QStringLiteral("n=") + n)
                    + weight(QStringLiteral("bias"));
    const QString pw = previousWord(text, start);
    sum += weight(QStringLiteral("w|pw=") + w + u'|' + pw) + weight(QStringLiteral("pw=") + pw);
    return static_cast<int>(std::lround(1000.0 / (1.0 + std::exp(-sum / 1000.0))));
}

bool CueModel::isCue(QStringView text, qsizetype start, qsizetype end) const
{
    return probability(text, start, end) >= m_threshold;
}

} // namespace gloss::quotes
