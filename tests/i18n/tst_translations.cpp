// The .ts files of translations/: complete (nothing unfinished, vanished or obsolete), plural
// forms for every language, placeholders, mnemonics and markup kept; and up to date with the
// sources (lupdate, run into a temporary copy, finds nothing new and nothing gone).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString type; ///< "unfinished", "vanished", "obsolete" or empty
    bool numerus = false;
    QStringList translations; ///< one, or one per plural form
    qint64 line = 0;

    QString key() const { return context + u'|' + source + u'|' + comment; }
    QString where() const
    {
        return u"[%1] \"%2\"%3 (line %4)"_s
            .arg(context, source.left(60), comment.isEmpty() ? QString() : u" ("_s + comment + u')')
            .arg(line);
    }
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = u"cannot open %1: %2"_s.arg(path, file.errorString());
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"message") {
            ts.messages.append(m);
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            ts.language = xml.attributes().value(u"language").toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            m = Message();
            m.context = context;
            m.line = xml.lineNumber();
            m.numerus = xml.attributes().value(u"numerus") == u"yes";
        } else if (name == u"source") {
            m.source = xml.readElementText();
        } else if (name == u"comment") {
            m.comment = xml.readElementText();
        } else if (name == u"translation") {
            m.type = xml.attributes().value(u"type").toString();
            if (!m.numerus)
                m.translations = {xml.readElementText()};
        } else if (name == u"numerusform") {
            m.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        ts.error = u"%1: %2 at line %3"_s.arg(path, xml.errorString()).arg(xml.lineNumber());
    return ts;
}

/** Plural forms Qt expects for a language (Qt's plural rules). */
int pluralForms(const QString &language)
{
    const QString code = language.section(u'_', 0, 0);
    if (code == u"ko" || code == u"ja" || code == u"zh")
        return 1;
    return 2; // de, fr, es, en
}

QSet<QString> placeholders(const QString &s)
{
    static const QRegularExpression re(u"%(?:L?[1-9][0-9]?|n)"_s);
    QSet<QString> set;
    for (auto it = re.globalMatch(s); it.hasNext();)
        set.insert(it.next().captured().remove(u'L'));
    return set;
}

QStringList tags(const QString &s)
{
    static const QRegularExpression re(u"</?[a-zA-Z][a-zA-Z0-9]*"_s);
    QStringList list;
    for (auto it = re.globalMatch(s); it.hasNext();)
        list.append(it.next().captured());
    std::sort(list.begin(), list.end());
    return list;
}

/** A menu mnemonic: "&File", "파일(&F)"; "&&" is a literal ampersand. */
bool hasMnemonic(const QString &s)
{
    static const QRegularExpression re(u"(?<!&)&(?!&)[^\\s;]"_s);
    // "&quot;" and friends never appear: the .ts reader has decoded them
    return re.match(s).hasMatch();
}

QStringList tsFiles()
{
    const QDir dir(QStringLiteral(GLOSS_TS_DIR));
    QStringList files;
    const QStringList names = dir.entryList({u"gloss_*.ts"_s}, QDir::Files, QDir::Name);
    for (const QString &n : names)
        files.append(dir.filePath(n));
    return files;
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyLanguageHasAFile();
    void complete_data();
    void complete();
    void upToDateWithSources();
};

void tst_Translations::everyLanguageHasAFile()
{
    QStringList codes;
    for (const QString &f : tsFiles())
        codes.append(QFileInfo(f).completeBaseName().mid(6));
    // en: the plural forms of the source language only
    QCOMPARE(codes, (QStringList{u"de"_s, u"en"_s, u"es"_s, u"fr"_s, u"ko"_s}));
}

void tst_Translations::complete_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &f : tsFiles())
        QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
}

void tst_Translations::complete()
{
    QFETCH(QString, path);
    const TsFile ts = readTs(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY(!ts.messages.isEmpty());
    const int forms = pluralForms(ts.language);
    QStringList problems;
    int numerus = 0;
    for (const Message &m : ts.messages) {
        if (!m.type.isEmpty()) {
            problems << m.type + u": "_s + m.where();
            continue;
        }
        if (m.numerus) {
            ++numerus;
            if (m.translations.size() != forms)
                problems << u"%1 plural forms, %2 expected: %3"_s.arg(m.translations.size())
                                .arg(forms)
                                .arg(m.where());
        }
        for (const QString &t : m.translations) {
            if (t.trimmed().isEmpty()) {
                problems << u"empty translation: "_s + m.where();
                continue;
            }
            if (placeholders(t) != placeholders(m.source))
                problems << u"placeholders differ in \"%1\": "_s.arg(t) + m.where();
            if (tags(t) != tags(m.source))
                problems << u"markup differs in \"%1\": "_s.arg(t) + m.where();
            if (hasMnemonic(m.source) != hasMnemonic(t))
                problems << u"mnemonic (&) missing or extra in \"%1\": "_s.arg(t) + m.where();
            if (m.source.endsWith(u'…') != t.endsWith(u'…'))
                problems << u"ellipsis (…) differs in \"%1\": "_s.arg(t) + m.where();
        }
    }
    QVERIFY2(numerus > 0, "no plural (%n) messages: were they lost?");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_Translations::upToDateWithSources()
{
    // the project lupdate uses for `update_translations` (the build's own source lists)
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString json = tmp.filePath(u"project.json"_s);
    QProcess cmake;
    cmake.start(QStringLiteral(GLOSS_CMAKE),
                {u"-DIN_FILE="_s + QStringLiteral(GLOSS_LUPDATE_PROJECT), u"-DOUT_FILE="_s + json,
                 u"-P"_s, QStringLiteral(GLOSS_LUPDATE_GENERATOR)});
    QVERIFY(cmake.waitForFinished(60000));
    QVERIFY2(cmake.exitCode() == 0, cmake.readAllStandardError().constData());

    QStringList copies;
    for (const QString &f : tsFiles()) {
        const QString copy = tmp.filePath(QFileInfo(f).fileName());
        QVERIFY(QFile::copy(f, copy));
        copies.append(copy);
    }
    QProcess lupdate;
    lupdate.start(QStringLiteral(GLOSS_LUPDATE),
                  QStringList{u"-project"_s, json, u"-locations"_s, u"none"_s, u"-no-obsolete"_s,
                              u"-silent"_s, u"-ts"_s} +
                      copies);
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    for (const QString &f : tsFiles()) {
        const TsFile before = readTs(f);
        TsFile after = readTs(tmp.filePath(QFileInfo(f).fileName()));
        QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
        if (QFileInfo(f).fileName() == u"gloss_en.ts") // plural forms only (lconvert -pluralonly)
            after.messages.removeIf([](const Message &m) { return !m.numerus; });
        QSet<QString> was, is;
        for (const Message &m : before.messages)
            was.insert(m.key());
        QStringList added;
        for (const Message &m : after.messages) {
            is.insert(m.key());
            if (!was.contains(m.key()))
                added << m.where();
        }
        QStringList gone;
        for (const Message &m : before.messages) {
            if (!is.contains(m.key()))
                gone << m.where();
        }
        QVERIFY2(added.isEmpty(), qPrintable(u"%1: strings in the sources but not in the file (run "
                                             "scripts/translations and translate them):\n"_s.arg(
                                                 QFileInfo(f).fileName()) +
                                             added.join(u'\n')));
        QVERIFY2(
            gone.isEmpty(),
            qPrintable(u"%1: strings no longer in the sources (run scripts/translations):\n"_s.arg(
                           QFileInfo(f).fileName()) +
                       gone.join(u'\n')));
    }
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
