// The outline both document exports render: its sections and the groups of claims and quotes.
#include "export/ExportOutline.h"

#include <QTest>

using namespace gloss;
using namespace gloss::NoteExport;
using namespace Qt::StringLiterals;

namespace {

using Part = Outline::Part;

using Claims = QList<std::pair<int, ClaimKind>>; // (source, kind)
using Quotes = QList<std::pair<int, QuoteKind>>; // (speaker, kind)

const QString kText = u"One two three four five six seven eight nine ten."_s;
/** After kText, the words of the claims and quotes: " claim 1; … claim 20; quote 1; …". */
QString withClaimsAndQuotes()
{
    QString text = kText;
    for (const QString &what : {u"claim"_s, u"quote"_s}) {
        for (int i = 1; i <= 20; ++i)
            text += u" %1 %2;"_s.arg(what).arg(i);
    }
    return text;
}

/** Entities A, B, C; claims as (source, kind) items; quotes as (speaker, kind) items. */
Article articleWith(const Claims &claims, const Quotes &quotes)
{
    Article a;
    a.document = Document(withClaimsAndQuotes(), u"t.txt"_s);
    for (const QString &name : {u"A"_s, u"B"_s, u"C"_s})
        a.entities.append(Entity{QString(), name, EntityType::Person, {}, {}});
    for (const auto &[source, kind] : claims) {
        Claim c;
        const QString words = u"claim %1"_s.arg(a.claims.size() + 1);
        c.span.start = a.document.text().indexOf(words + u';');
        c.span.end = c.span.start + words.size();
        c.source = source;
        c.kind = kind;
        a.claims.append(c);
    }
    for (const auto &[speaker, kind] : quotes) {
        Quote q;
        const QString words = u"quote %1"_s.arg(a.quotes.size() + 1);
        q.span.start = a.document.text().indexOf(words + u';');
        q.span.end = q.span.start + words.size();
        q.speaker = speaker;
        q.kind = kind;
        a.quotes.append(q);
    }
    return a;
}

/** "heading: item (kind), item; heading: …" */
QString describe(const QList<Outline::Group> &groups)
{
    QStringList out;
    for (const Outline::Group &g : groups) {
        QStringList items;
        for (const Outline::Item &i : g.items)
            items.append(i.kind.isEmpty() ? i.text : i.text + u" ("_s + i.kind + u')');
        out.append(g.heading + u": "_s + items.join(u", "_s));
    }
    return out.join(u"; "_s);
}

const Outline::Section *sectionOf(const Outline &o, Part part)
{
    for (const Outline::Section &s : o.sections) {
        if (s.part == part)
            return &s;
    }
    return nullptr;
}

} // namespace

class tst_ExportOutline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sections_data();
    void sections();
    void claimsBySource_data();
    void claimsBySource();
    void quotesBySpeaker_data();
    void quotesBySpeaker();
    void facts();
};

void tst_ExportOutline::sections_data()
{
    QTest::addColumn<bool>("articleNote");
    QTest::addColumn<bool>("orphan");
    QTest::addColumn<bool>("claims");
    QTest::addColumn<bool>("quotes");
    QTest::addColumn<QList<Part>>("parts");
    QTest::newRow("no notes, nothing included")
        << false << false << false << false << QList<Part>{Part::Passages};
    QTest::newRow("a note on the article comes first")
        << true << false << false << false << QList<Part>{Part::ArticleNotes, Part::Passages};
    QTest::newRow("orphans after the passages")
        << false << true << false << false << QList<Part>{Part::Passages, Part::Orphans};
    QTest::newRow("everything")
        << true << true << true << true
        << QList<Part>{Part::ArticleNotes, Part::Passages, Part::Orphans, Part::Claims,
                       Part::Quotes};
    QTest::newRow("quotes without claims")
        << false << false << false << true << QList<Part>{Part::Passages, Part::Quotes};
}

void tst_ExportOutline::sections()
{
    QFETCH(bool, articleNote);
    QFETCH(bool, orphan);
    QFETCH(bool, claims);
    QFETCH(bool, quotes);
    QFETCH(QList<Part>, parts);
    const Article article = articleWith({}, {});
    QList<Annotation> notes{Annotation::onSpan(article.document, Span{4, 7}, u"on two"_s)};
    if (articleNote)
        notes.append(Annotation::onArticle(u"on all"_s));
    if (orphan) {
        Annotation gone = Annotation::onSpan(article.document, Span{8, 13}, u"gone"_s);
        gone.state = AnchorState::Orphaned;
        notes.append(gone);
    }
    Options options;
    options.includeClaims = claims;
    options.includeQuotes = quotes;
    const Outline outline = Outline::of(article, notes, options);
    QList<Part> actual;
    for (const Outline::Section &s : outline.sections) {
        actual.append(s.part);
        QVERIFY(!s.heading.isEmpty());
    }
    QCOMPARE(actual, parts);
    QCOMPARE(outline.noteCount, int(notes.size()));
    QCOMPARE(outline.orphanCount, orphan ? 1 : 0);
    QCOMPARE(sectionOf(outline, Part::Passages)->notes.size(), 1);
    QCOMPARE(sectionOf(outline, Part::Passages)->notes.first().note->text, u"on two"_s);
    if (orphan) {
        QVERIFY(!sectionOf(outline, Part::Orphans)->intro.isEmpty());
        QCOMPARE(sectionOf(outline, Part::Orphans)->notes.first().passage, u"three"_s);
    }
    // the numbers run on across the sections, in reading order
    int number = 0;
    for (const Outline::Section &s : outline.sections) {
        for (const NoteEntry &e : s.notes)
            QCOMPARE(e.number, ++number);
    }
}

void tst_ExportOutline::claimsBySource_data()
{
    QTest::addColumn<Claims>("claims");
    QTest::addColumn<QString>("groups");
    QTest::newRow("none") << Claims() << QString();
    QTest::newRow("sources in order of their first claim, nobody's last")
        << Claims{{1, ClaimKind::Quote},
                                            {-1, ClaimKind::Factual},
                                            {0, ClaimKind::Reported},
                                            {1, ClaimKind::Hedged}}
        << u"B: claim 1 (Quoted), claim 4 (Hedged); A: claim 3 (Reported); "
           "Unattributed: claim 2 (Stated as fact)"_s;
    QTest::newRow("a source that is no entity is nobody")
        << Claims{{9, ClaimKind::Quote}}
        << u"Unattributed: claim 1 (Quoted)"_s;
}

void tst_ExportOutline::claimsBySource()
{
    QFETCH(Claims, claims);
    QFETCH(QString, groups);
    Options options;
    options.includeClaims = true;
    const Outline outline = Outline::of(articleWith(claims, {}), {}, options);
    const Outline::Section *section = sectionOf(outline, Part::Claims);
    QVERIFY(section);
    QCOMPARE(describe(section->groups), groups);
    QVERIFY(!section->empty.isEmpty());
}

void tst_ExportOutline::quotesBySpeaker_data()
{
    QTest::addColumn<Quotes>("quotes");
    QTest::addColumn<QString>("groups");
    QTest::newRow("none") << Quotes() << QString();
    QTest::newRow("speakers in order of their first quote")
        << Quotes{{2, QuoteKind::Direct},
                                            {0, QuoteKind::Direct},
                                            {2, QuoteKind::Direct}}
        << u"C: “quote 1”, “quote 3”; A: “quote 2”"_s;
    QTest::newRow("nobody's quotes last, in text order, scare quotes and titles said")
        << Quotes{{-1, QuoteKind::Scare},
                                            {1, QuoteKind::Direct},
                                            {-1, QuoteKind::Direct},
                                            {-1, QuoteKind::Title}}
        << u"B: “quote 2”; No speaker found: “quote 1” (scare), “quote 3”, “quote 4” (title)"_s;
}

void tst_ExportOutline::quotesBySpeaker()
{
    QFETCH(Quotes, quotes);
    QFETCH(QString, groups);
    Options options;
    options.includeQuotes = true;
    const Outline outline = Outline::of(articleWith({}, quotes), {}, options);
    const Outline::Section *section = sectionOf(outline, Part::Quotes);
    QVERIFY(section);
    QCOMPARE(describe(section->groups), groups);
}

void tst_ExportOutline::facts()
{
    Article article = articleWith({}, {});
    article.title = u"A title"_s;
    article.byline = u"By Someone"_s;
    article.document.metaUrl = u"https://example.org/a"_s;
    Options options;
    options.exportedAt = QDateTime(QDate(2026, 11, 28), QTime(6, 0), QTimeZone::UTC);
    const Outline outline = Outline::of(article, {}, options);
    QCOMPARE(outline.title, u"A title"_s);
    QCOMPARE(outline.byline, u"By Someone"_s);
    QCOMPARE(outline.source.url, u"https://example.org/a"_s);
    QCOMPARE(outline.sourceText, u"https://example.org/a"_s);
    QCOMPARE(outline.exported, u"2026-11-28 06:00 UTC"_s);
}

QTEST_GUILESS_MAIN(tst_ExportOutline)
#include "tst_exportoutline.moc"
