#include "TestPaths.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

/** `gloss notes add|list|remove`, run as a user would, on a copy of the sample article. */
class tst_NotesCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void addListRemove();
    void refusals_data();
    void refusals();
    void dataDirFromEnvironmentAndGlobalOption();
    void editedArticle();

private:
    struct Run
    {
        int status;
        QByteArray out;
        QString err;
    };
    Run gloss(const QStringList &args, const QProcessEnvironment &env = {});
    QJsonArray list();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_article;
};

void tst_NotesCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_article = m_dir->filePath(QStringLiteral("sample.txt"));
    QVERIFY(QFile::copy(gloss::test::sourcePath(QStringLiteral("resources/data/sample-article.txt")),
                        m_article));
    QFile::setPermissions(m_article, QFile::ReadOwner | QFile::WriteOwner);
}

tst_NotesCli::Run tst_NotesCli::gloss(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    QProcessEnvironment e = env.isEmpty() ? QProcessEnvironment::systemEnvironment() : env;
    e.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg")));
    p.setProcessEnvironment(e);
    p.start(gloss::test::glossBinary(), args);
    if (!p.waitForFinished(60000))
        return Run{-1, {}, QStringLiteral("timeout")};
    return Run{p.exitCode(), p.readAllStandardOutput(),
               QString::fromUtf8(p.readAllStandardError())};
}

QJsonArray tst_NotesCli::list()
{
    const Run r = gloss({QStringLiteral("notes"), QStringLiteral("list"), m_article,
                         QStringLiteral("--data-dir"), m_dir->filePath(QStringLiteral("d"))});
    return QJsonDocument::fromJson(r.out).object().value(u"notes").toArray();
}

void tst_NotesCli::addListRemove()
{
    const QString data = m_dir->filePath(QStringLiteral("d"));
    const Run add = gloss({QStringLiteral("notes"), QStringLiteral("add"), m_article,
                           QStringLiteral("--quote"), QStringLiteral("Alys Pritchard"),
                           QStringLiteral("--text"), QStringLiteral("Council leader"),
                           QStringLiteral("--tag"), QStringLiteral("people"),
                           QStringLiteral("--tag"), QStringLiteral("#council"),
                           QStringLiteral("--color"), QStringLiteral("green"),
                           QStringLiteral("--data-dir"), data});
    QCOMPARE(add.status, 0);
    const QString id = QString::fromUtf8(add.out.trimmed());
    QVERIFY2(!QUuid::fromString(id).isNull(), add.out.constData());
    const Run second = gloss({QStringLiteral("notes"), QStringLiteral("add"), m_article,
                              QStringLiteral("--quote"), QStringLiteral("he said"),
                              QStringLiteral("--occurrence"), QStringLiteral("2"),
                              QStringLiteral("--text"), QStringLiteral("which he?"),
                              QStringLiteral("--data-dir"), data});
    QCOMPARE(second.status, 0);
    const Run article = gloss({QStringLiteral("notes"), QStringLiteral("add"), m_article,
                               QStringLiteral("--text"), QStringLiteral("About the story"),
                               QStringLiteral("--data-dir"), data});
    QCOMPARE(article.status, 0);

    const QJsonArray notes = list();
    QCOMPARE(notes.size(), 3);
    const QJsonObject whole = notes.at(0).toObject(); // the article's own note first
    QCOMPARE(whole.value(u"text").toString(), QStringLiteral("About the story"));
    QVERIFY(whole.value(u"start").isNull());
    const QJsonObject n = notes.at(1).toObject();
    for (const char *key : {"id", "state", "exact", "start", "end", "text", "tags", "color",
                            "created", "modified"})
        QVERIFY2(n.contains(QLatin1StringView(key)), key);
    QCOMPARE(n.value(u"id").toString(), id);
    QCOMPARE(n.value(u"state").toString(), QStringLiteral("anchored"));
    QCOMPARE(n.value(u"exact").toString(), QStringLiteral("Alys Pritchard"));
    QFile f(m_article);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    const qsizetype utf16 = text.indexOf(QStringLiteral("Alys Pritchard"));
    QCOMPARE(n.value(u"start").toInteger(), text.left(utf16).toUcs4().size());
    QCOMPARE(n.value(u"end").toInteger() - n.value(u"start").toInteger(), 14);
    QCOMPARE(n.value(u"tags").toArray(),
             (QJsonArray{QStringLiteral("people"), QStringLiteral("council")}));
    QCOMPARE(n.value(u"color").toString(), QStringLiteral("green"));
    QCOMPARE(notes.at(2).toObject().value(u"exact").toString(), QStringLiteral("he said"));

    const Run textList = gloss({QStringLiteral("notes"), QStringLiteral("list"), m_article,
                                QStringLiteral("--format"), QStringLiteral("text"),
                                QStringLiteral("--data-dir"), data});
    QCOMPARE(textList.status, 0);
    QVERIFY(textList.out.contains(id.toUtf8()));
    QVERIFY(textList.out.contains("#people"));

    const Run remove = gloss({QStringLiteral("notes"), QStringLiteral("remove"), m_article,
                              id.left(8), QStringLiteral("--data-dir"), data});
    QCOMPARE(remove.status, 0);
    QCOMPARE(list().size(), 2);
}

void tst_NotesCli::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("quote found several times")
        << QStringList{QStringLiteral("--quote"), QStringLiteral("said"), QStringLiteral("--text"),
                       QStringLiteral("x")}
        << 2 << QStringLiteral("occurs 14 times");
    QTest::newRow("occurrence out of range")
        << QStringList{QStringLiteral("--quote"), QStringLiteral("said"),
                       QStringLiteral("--occurrence"), QStringLiteral("15"),
                       QStringLiteral("--text"), QStringLiteral("x")}
        << 2 << QStringLiteral("between 1 and 14");
    QTest::newRow("quote not in the article")
        << QStringList{QStringLiteral("--quote"), QStringLiteral("not in there"),
                       QStringLiteral("--text"), QStringLiteral("x")}
        << 2 << QStringLiteral("not in");
    QTest::newRow("no text") << QStringList{QStringLiteral("--quote"), QStringLiteral("Portmere")}
                             << 2 << QStringLiteral("--text");
    QTest::newRow("bad colour")
        << QStringList{QStringLiteral("--quote"), QStringLiteral("Cardiff University"),
                       QStringLiteral("--text"), QStringLiteral("x"), QStringLiteral("--color"),
                       QStringLiteral("mauve-ish")}
        << 2 << QStringLiteral("unknown colour");
}

void tst_NotesCli::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(int, status);
    QFETCH(QString, message);
    const Run r = gloss(QStringList{QStringLiteral("notes"), QStringLiteral("add"), m_article,
                                    QStringLiteral("--data-dir"),
                                    m_dir->filePath(QStringLiteral("d"))}
                        + args);
    QCOMPARE(r.status, status);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(list().size(), 0);
}

void tst_NotesCli::dataDirFromEnvironmentAndGlobalOption()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GLOSS_DATA_DIR"), m_dir->filePath(QStringLiteral("env")));
    const Run add = gloss({QStringLiteral("notes"), QStringLiteral("add"), m_article,
                           QStringLiteral("--text"), QStringLiteral("via env")},
                          env);
    QCOMPARE(add.status, 0);
    QVERIFY(QFileInfo(m_dir->filePath(QStringLiteral("env/notes/index.json"))).isFile());
    // the global option before the sub-command
    const Run listed = gloss({QStringLiteral("--data-dir"), m_dir->filePath(QStringLiteral("env")),
                              QStringLiteral("notes"), QStringLiteral("list"), m_article});
    QCOMPARE(listed.status, 0);
    QVERIFY(listed.out.contains("via env"));
}

void tst_NotesCli::editedArticle()
{
    const QString data = m_dir->filePath(QStringLiteral("d"));
    QCOMPARE(gloss({QStringLiteral("notes"), QStringLiteral("add"), m_article,
                    QStringLiteral("--quote"), QStringLiteral("Rhodri Evans, 58"),
                    QStringLiteral("--text"), QStringLiteral("fisherman"),
                    QStringLiteral("--data-dir"), data})
                 .status,
             0);
    QCOMPARE(gloss({QStringLiteral("notes"), QStringLiteral("add"), m_article,
                    QStringLiteral("--quote"), QStringLiteral("wetland"),
                    QStringLiteral("--occurrence"), QStringLiteral("1"), QStringLiteral("--text"), QStringLiteral("gone soon"),
                    QStringLiteral("--data-dir"), data})
                 .status,
             0);
    QFile f(m_article);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(f.readAll());
    f.close();
    // a paragraph on top, and the paragraph with "wetland" removed
    const qsizetype w = text.indexOf(QStringLiteral("wetland"));
    const qsizetype ps = text.lastIndexOf(QStringLiteral("\n\n"), w);
    const qsizetype pe = text.indexOf(QStringLiteral("\n\n"), w);
    text.remove(ps, pe - ps);
    text.prepend(QStringLiteral("Correction: an earlier version misstated the vote.\n\n"));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text.toUtf8());
    f.close();
    const QJsonArray notes = list();
    QCOMPARE(notes.size(), 2);
    QCOMPARE(notes.at(0).toObject().value(u"state").toString(), QStringLiteral("moved"));
    QCOMPARE(notes.at(0).toObject().value(u"exact").toString(),
             QStringLiteral("Rhodri Evans, 58"));
    QCOMPARE(notes.at(1).toObject().value(u"state").toString(), QStringLiteral("orphan"));
    QCOMPARE(notes.at(1).toObject().value(u"exact").toString(), QStringLiteral("wetland"));
    QVERIFY(notes.at(1).toObject().value(u"start").isNull());
}

QTEST_GUILESS_MAIN(tst_NotesCli)
#include "tst_notescli.moc"
