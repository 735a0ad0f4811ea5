// LibrarySearchModel and SnippetDelegate: results of each kind with their snippets, the
// matching words marked and drawn highlighted, a query FTS5 cannot read, paging.
#include "LibraryUiTest.h"

#include "LibraryDatabase.h"
#include "library/LibrarySearchModel.h"
#include "library/SnippetDelegate.h"

#include <QImage>
#include <QListView>
#include <QPainter>

using namespace gloss;
using namespace gloss::library;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(gloss::library::SearchKind)

class tst_LibrarySearchModel : public QObject
{
    Q_OBJECT

    test::LibrarySandbox *m_box = nullptr;

    /** The words the model marks in row @p row, lower case. */
    static QStringList marked(const LibrarySearchModel &model, int row)
    {
        const QModelIndex index = model.index(row, 0);
        const QString text = index.data().toString();
        QStringList out;
        const auto ranges = index.data(LibrarySearchModel::HighlightsRole)
                                .value<QList<QPair<int, int>>>();
        for (const auto &r : ranges)
            out << text.mid(r.first, r.second - r.first).toLower();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_box = new test::LibrarySandbox;
        m_box->addInventedWithNotes();
    }
    void cleanupTestCase() { delete m_box; }

    void kinds_data()
    {
        QTest::addColumn<SearchKind>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("word");    // every marked word starts so
        QTest::addColumn<QString>("context"); // in the first row's line of context
        QTest::addRow("articles: a word") << SearchKind::Articles << u"harbour"_s << QString()
                                          << 3 << u"harbour"_s << QString();
        QTest::addRow("articles: a prefix") << SearchKind::Articles << u"dredg*"_s << QString()
                                            << 1 << u"dredg"_s << u"Harbour dredging"_s;
        QTest::addRow("quotes: a word") << SearchKind::Quotes << u"schools"_s << QString() << 1
                                        << u"schools"_s << u"Brenna Brightwell"_s;
        QTest::addRow("quotes: a phrase") << SearchKind::Quotes << u"\"do not add up\""_s
                                          << QString() << 1 << QString()
                                          << u"Alder Abernath"_s;
        QTest::addRow("quotes: everything a person said")
            << SearchKind::Quotes << QString() << u"Abernath"_s << 2 << QString()
            << u"Alder Abernath"_s;
        QTest::addRow("quotes: a person's, one word")
            << SearchKind::Quotes << u"harbour"_s << u"Brightwell"_s << 1 << u"harbour"_s
            << u"Market square plans"_s;
        QTest::addRow("notes: a word") << SearchKind::Notes << u"depth"_s << QString() << 1
                                       << u"depth"_s << u"#factcheck"_s;
        QTest::addRow("notes: a tag") << SearchKind::Notes << u"#budget"_s << QString() << 1
                                      << QString() << u"Market square plans"_s;
        QTest::addRow("nothing found") << SearchKind::Quotes << u"zeppelin"_s << QString() << 0
                                       << QString() << QString();
    }
    void kinds()
    {
        QFETCH(SearchKind, kind);
        QFETCH(QString, text);
        QFETCH(QString, speaker);
        QFETCH(int, rows);
        QFETCH(QString, word);
        QFETCH(QString, context);
        test::OpenLibrary library(m_box->paths());
        LibrarySearchModel model;
        model.setQuery(&library.search, test::searchQuery(text, kind, speaker));
        QVERIFY2(model.error().isEmpty(), qPrintable(model.error()));
        QCOMPARE(model.rowCount(), rows);
        QVERIFY(!model.canFetchMore({}));
        for (int r = 0; r < rows; ++r) {
            QCOMPARE(model.hit(r).kind, kind);
            QVERIFY(!model.index(r, 0).data().toString().isEmpty());
            const QStringList words = marked(model, r);
            if (!word.isEmpty()) {
                QVERIFY2(!words.isEmpty(), qPrintable(model.index(r, 0).data().toString()));
                for (const QString &w : words)
                    QVERIFY2(w.startsWith(word), qPrintable(w));
            }
        }
        if (rows > 0 && !context.isEmpty()) {
            const QString line = model.index(0, 0).data(LibrarySearchModel::ContextRole)
                                     .toString();
            QVERIFY2(line.contains(context), qPrintable(line));
        }
        if (!speaker.isEmpty()) {
            for (int r = 0; r < rows; ++r)
                QVERIFY(model.hit(r).speaker.contains(speaker));
        }
    }

    void badQueryIsAMessage_data()
    {
        QTest::addColumn<SearchKind>("kind");
        QTest::addColumn<QString>("text");
        QTest::addRow("an open phrase") << SearchKind::Articles << u"\"harbour"_s;
        QTest::addRow("a lone operator") << SearchKind::Quotes << u"harbour AND"_s;
        QTest::addRow("an unknown column") << SearchKind::Notes << u"nosuch:word"_s;
    }
    void badQueryIsAMessage()
    {
        QFETCH(SearchKind, kind);
        QFETCH(QString, text);
        test::OpenLibrary library(m_box->paths());
        LibrarySearchModel model;
        model.setQuery(&library.search, test::searchQuery(text, kind));
        QVERIFY(!model.error().isEmpty());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void highlightsAreDrawn_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("highlighted");
        QTest::addRow("a matching word") << u"schools"_s << true;
        QTest::addRow("a person's quotes, no words") << QString() << false;
    }
    void highlightsAreDrawn()
    {
        QFETCH(QString, text);
        QFETCH(bool, highlighted);
        test::OpenLibrary library(m_box->paths());
        LibrarySearchModel model;
        model.setQuery(&library.search,
                       test::searchQuery(text, SearchKind::Quotes, u"Brightwell"_s));
        QVERIFY(model.rowCount() > 0);
        QListView view;
        view.setModel(&model);
        SnippetDelegate delegate;
        const QColor marker(255, 0, 255);
        delegate.setHighlight(marker, Qt::black);
        view.setItemDelegate(&delegate);
        view.resize(600, 400);
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.state &= ~QStyle::State_Selected;
        const QSize size = delegate.sizeHint(option, model.index(0, 0));
        QVERIFY(size.height() >= 3 * option.fontMetrics.lineSpacing());
        option.rect = QRect(QPoint(0, 0), QSize(600, size.height()));
        QImage image(option.rect.size(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        delegate.paint(&painter, option, model.index(0, 0));
        painter.end();
        int markerPixels = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                markerPixels += QColor(image.pixel(x, y)) == marker;
        QCOMPARE(markerPixels > 0, highlighted);
    }

    void paging()
    {
        test::LibrarySandbox box;
        const int articles = LibrarySearchModel::kPage * 2 + 17;
        const QString folder = box.path(u"gen"_s);
        test::LibrarySandbox::generate(folder, articles, 300);
        QCOMPARE(LibraryImporter::run(box.paths(), {folder}).added, articles);
        test::OpenLibrary library(box.paths());
        LibrarySearchModel model;
        QSignalSpy changed(&model, &LibrarySearchModel::resultsChanged);
        model.setQuery(&library.search,
                       test::searchQuery(u"title:generated"_s, SearchKind::Articles));
        QCOMPARE(model.rowCount(), LibrarySearchModel::kPage);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * LibrarySearchModel::kPage);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), articles);
        model.fetchMore({}); // nothing more
        QCOMPARE(model.rowCount(), articles);
        QVERIFY(!model.canFetchMore({}));
        QSet<qint64> ids;
        for (int r = 0; r < model.rowCount(); ++r)
            ids.insert(model.hit(r).articleId);
        QCOMPARE(ids.size(), articles); // every article once
        QVERIFY(changed.size() >= 3);
    }
};

QTEST_MAIN(tst_LibrarySearchModel)
#include "tst_librarysearchmodel.moc"
