// LibraryPanel: the article list and its filters with counts, the three kinds of results,
// the person as speaker, a query that cannot be read, Enter on a row, and the export of a
// selection in each format.
#include "LibraryUiTest.h"

#include "library/LibraryArticleModel.h"
#include "library/LibraryNavigator.h"
#include "library/LibraryPanel.h"
#include "library/LibrarySearchModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>

using namespace gloss;
using namespace gloss::library;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(gloss::library::SearchKind)
Q_DECLARE_METATYPE(gloss::NoteExport::Format)
Q_DECLARE_METATYPE(gloss::LibraryTarget)

class tst_LibraryPanel : public QObject
{
    Q_OBJECT

    test::LibrarySandbox *m_box = nullptr;
    QStringList m_files;

    /** Selects the rows of the list shown whose title (or article title) is in @p titles. */
    static void select(LibraryPanel &panel, const QStringList &titles)
    {
        QAbstractItemView *view = panel.currentView();
        view->clearSelection();
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            if (titles.contains(panel.targetOf(r).title))
                view->selectionModel()->select(view->model()->index(r, 0),
                                               QItemSelectionModel::Select
                                                   | QItemSelectionModel::Rows);
        }
    }
    static QStringList titles(const QList<ArticleEntry> &entries)
    {
        QStringList out;
        for (const ArticleEntry &e : entries)
            out << e.title;
        out.sort();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_box = new test::LibrarySandbox;
        m_files = m_box->addInventedWithNotes();
    }
    void cleanupTestCase() { delete m_box; }

    void opensWithTheList()
    {
        LibraryPanel panel;
        QVERIFY(!panel.isLibraryOpen());
        panel.show(); // opened when first shown
        QVERIFY(panel.isLibraryOpen());
        QCOMPARE(panel.currentView()->model(), panel.articleModel());
        QCOMPARE(panel.countText(), u"Articles: 5"_s);
        QCOMPARE(panel.articleModel()->rowCount(), 5);
        QVERIFY(panel.message().isEmpty());
        // the people quoted, by name
        const auto people = panel.people();
        QVERIFY(people.size() >= 3);
        QStringList names;
        for (const auto &[name, id] : people)
            names << name;
        QStringList sorted = names;
        sorted.sort(Qt::CaseInsensitive);
        QCOMPARE(names, sorted);
        QVERIFY(names.join(u'|').contains(u"Abernath"_s));
        QVERIFY(names.join(u'|').contains(u"Brightwell"_s));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("site");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("person");
        QTest::addColumn<int>("count");
        QTest::addRow("a site") << u"Valley Herald"_s << QString() << QString()
                                << 2;
        QTest::addRow("a tag") << QString() << u"factcheck"_s << QString() << 1;
        QTest::addRow("a person") << QString() << QString() << u"Brightwell"_s
                                  << 2;
        QTest::addRow("a site and a person") << u"Coast News"_s << QString() << u"Corrigan"_s
                                             << 1;
    }
    void filters()
    {
        QFETCH(QString, site);
        QFETCH(QString, tag);
        QFETCH(QString, person);
        QFETCH(int, count);
        LibraryPanel panel;
        QVERIFY(panel.openLibrary());
        panel.setSite(site);
        panel.setTag(tag);
        if (!person.isEmpty()) {
            qint64 id = -1;
            for (const auto &[name, pid] : panel.people()) {
                if (name.contains(person))
                    id = pid;
            }
            QVERIFY(id >= 0);
            panel.setPerson(id);
        }
        QCOMPARE(panel.articleModel()->totalCount(), count);
        QVERIFY(panel.countText().endsWith(u": "_s + QString::number(count)));
        // reading the library again keeps the filters
        panel.reload();
        QCOMPARE(panel.articleModel()->totalCount(), count);
    }

    void kinds_data()
    {
        QTest::addColumn<SearchKind>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("person");
        QTest::addColumn<int>("count");
        QTest::addRow("articles") << SearchKind::Articles << u"harbour"_s << QString()
                                  << 3;
        QTest::addRow("quotes") << SearchKind::Quotes << u"harbour"_s << QString()
                                << 2;
        QTest::addRow("everything a person said") << SearchKind::Quotes << QString()
                                                  << u"Brightwell"_s << 3;
        QTest::addRow("notes") << SearchKind::Notes << u"paving"_s << QString()
                               << 1;
        QTest::addRow("all notes") << SearchKind::Notes << QString() << QString()
                                   << 2;
    }
    void kinds()
    {
        QFETCH(SearchKind, kind);
        QFETCH(QString, text);
        QFETCH(QString, person);
        QFETCH(int, count);
        LibraryPanel panel;
        QVERIFY(panel.openLibrary());
        for (const auto &[name, id] : panel.people()) {
            if (!person.isEmpty() && name.contains(person))
                panel.setPerson(id);
        }
        panel.setSearch(text, kind);
        QCOMPARE(panel.kind(), kind);
        QCOMPARE(panel.currentView()->model(), panel.searchModel());
        QVERIFY2(panel.message().isEmpty(), qPrintable(panel.message()));
        QCOMPARE(panel.searchModel()->rowCount(), count);
        QVERIFY(panel.countText().endsWith(u": "_s + QString::number(count)));
        // back to the list without a search
        panel.setSearch({}, SearchKind::Articles);
        QCOMPARE(panel.currentView()->model(), panel.articleModel());
    }

    void typingSearches()
    {
        LibraryPanel panel;
        panel.show();
        QTest::keyClicks(panel.searchField(), u"timetable"_s);
        QTRY_COMPARE(panel.currentView()->model(), panel.searchModel());
        QTRY_COMPARE(panel.searchModel()->rowCount(), 2);
    }

    void badQueryIsAPlainMessage()
    {
        LibraryPanel panel;
        panel.show();
        panel.setSearch(u"\"harbour"_s, SearchKind::Quotes);
        QVERIFY(!panel.message().isEmpty());
        QCOMPARE(panel.searchModel()->rowCount(), 0);
        QVERIFY(!QApplication::activeModalWidget());
        QVERIFY(panel.findChildren<QMessageBox *>().isEmpty());
        // a good query clears it
        panel.setSearch(u"harbour"_s, SearchKind::Quotes);
        QVERIFY(panel.message().isEmpty());
    }

    void enterOpensTheRow_data()
    {
        QTest::addColumn<SearchKind>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("words"); // the target's words (empty: the whole article)
        QTest::addColumn<bool>("note");
        QTest::addRow("an article of the list") << SearchKind::Articles << QString()
                                                << u"Harbour dredging begins"_s << QString()
                                                << false;
        QTest::addRow("a quote") << SearchKind::Quotes << u"schools"_s
                                 << u"New school timetable"_s
                                 << u"Our children deserve better schools"_s << false;
        QTest::addRow("a note") << SearchKind::Notes << u"depth"_s
                                << u"Harbour dredging begins"_s << u"too shallow"_s << true;
    }
    void enterOpensTheRow()
    {
        QFETCH(SearchKind, kind);
        QFETCH(QString, text);
        QFETCH(QString, title);
        QFETCH(QString, words);
        QFETCH(bool, note);
        LibraryPanel panel;
        panel.show();
        panel.setSearch(text, kind);
        QSignalSpy open(&panel, &LibraryPanel::openRequested);
        QAbstractItemView *view = panel.currentView();
        select(panel, {title});
        const QModelIndexList rows = view->selectionModel()->selectedRows();
        QVERIFY(!rows.isEmpty());
        view->setCurrentIndex(rows.first());
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        const auto target = open.first().first().value<LibraryTarget>();
        QCOMPARE(target.title, title);
        QVERIFY(!target.hash.isEmpty());
        QVERIFY(words.isEmpty() || target.text.contains(words));
        QCOMPARE(target.start >= 0, !words.isEmpty());
        QCOMPARE(!target.noteId.isEmpty(), note);
    }

    void exportSelection_data()
    {
        QTest::addColumn<NoteExport::Format>("format");
        QTest::addColumn<SearchKind>("kind");
        QTest::addColumn<QString>("text");
        QTest::addRow("markdown of two articles")
            << NoteExport::Format::Markdown << SearchKind::Articles << QString();
        QTest::addRow("html of two articles")
            << NoteExport::Format::Html << SearchKind::Articles << QString();
        QTest::addRow("csv of two articles")
            << NoteExport::Format::Csv << SearchKind::Articles << QString();
        QTest::addRow("w3c of two articles")
            << NoteExport::Format::W3c << SearchKind::Articles << QString();
        QTest::addRow("markdown of quote results")
            << NoteExport::Format::Markdown << SearchKind::Quotes << u"harbour OR river"_s;
    }
    void exportSelection()
    {
        QFETCH(NoteExport::Format, format);
        QFETCH(SearchKind, kind);
        QFETCH(QString, text);
        LibraryPanel panel;
        panel.show();
        panel.setSearch(text, kind);
        const QStringList chosen{u"Harbour dredging begins"_s, u"Market square plans"_s};
        select(panel, chosen);
        QCOMPARE(titles(panel.selectedArticles()), chosen);
        const QString file = m_box->path(u"export."_s + NoteExport::fileSuffix(format));
        QVERIFY2(panel.exportSelection(file, format), qPrintable(panel.message()));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const QString out = QString::fromUtf8(bytes);
        switch (format) {
        case NoteExport::Format::Markdown:
            QVERIFY(out.contains(u"Harbour dredging begins"_s));
            QVERIFY(out.contains(u"Market square plans"_s));
            QVERIFY(out.contains(u"Check the depth figures"_s));
            QVERIFY(out.contains(u"Who pays for the paving?"_s));
            QVERIFY(out.contains(u"\n---\n"_s));
            break;
        case NoteExport::Format::Html:
            QCOMPARE(out.count(u"<body"_s), 1);
            QCOMPARE(out.count(u"</html>"_s), 1);
            QVERIFY(out.contains(u"<hr>"_s));
            QVERIFY(out.contains(u"Check the depth figures"_s));
            QVERIFY(out.contains(u"Who pays for the paving?"_s));
            break;
        case NoteExport::Format::Csv: {
            const QStringList lines = out.split(u"\r\n"_s, Qt::SkipEmptyParts);
            QVERIFY(lines.size() >= 3); // one header row, a row per note at least
            const QString header = lines.first();
            QCOMPARE(out.count(header), 1);
            QVERIFY(out.contains(u"Check the depth figures"_s));
            QVERIFY(out.contains(u"Who pays for the paving?"_s));
            break;
        }
        case NoteExport::Format::W3c: {
            const QJsonDocument json = QJsonDocument::fromJson(bytes);
            QVERIFY(json.isArray());
            QCOMPARE(json.array().size(), 2);
            QVERIFY(out.contains(u"Check the depth figures"_s));
            break;
        }
        }
    }

    void exportNeedsASelection()
    {
        LibraryPanel panel;
        panel.show();
        const QString file = m_box->path(u"nothing.md"_s);
        QVERIFY(!panel.exportSelection(file, NoteExport::Format::Markdown));
        QVERIFY(!panel.message().isEmpty());
        QVERIFY(!QFile::exists(file));
    }
};

QTEST_MAIN(tst_LibraryPanel)
#include "tst_librarypanel.moc"
