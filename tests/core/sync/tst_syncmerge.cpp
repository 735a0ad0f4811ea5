// The merge of sync (core/sync/SyncMerge): devices simulated in memory, their sync files
// passed through SyncJson as they would be through a server. No network.
#include "annotations/AnnotationStore.h"
#include "sync/DeletionLog.h"
#include "sync/SyncJson.h"
#include "sync/SyncMerge.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace gloss;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kEpoch(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::UTC);

/** One machine: its notes file, its last synced state, its recorded deletions. */
struct Machine
{
    QString device;
    QList<Annotation> local;
    QList<SyncVersion> base;
    QHash<QUuid, QDateTime> deletions;
};

/** A server: the sync file of each device id. */
using Server = QMap<QString, QByteArray>;

QUuid noteId(const QString &name)
{
    return QUuid::createUuidV5(QUuid(), name);
}

int sync(Machine &m, Server &server)
{
    QList<QList<SyncVersion>> states{
        SyncMerge::localState(m.local, m.base, m.deletions, m.device)};
    for (const QByteArray &bytes : std::as_const(server)) {
        const SyncJson::Parsed p = SyncJson::fromBytes(bytes);
        if (!p.ok())
            qFatal("unreadable sync file: %s", qPrintable(p.error));
        states.append(p.state);
    }
    SyncMerge::Result r = SyncMerge::merge(states);
    m.base = r.versions;
    m.local = SyncMerge::liveNotes(r.versions);
    m.deletions.clear();
    server.insert(m.device, SyncJson::toBytes(r.versions, {QStringLiteral("urn:test"),
                                                           "hash", QStringLiteral("/a.txt"),
                                                           m.device}));
    return r.conflicts;
}

/** "text" of every note, sorted (what a reader sees), by id. */
QStringList notesOf(const Machine &m)
{
    QStringList out;
    for (const Annotation &a : m.local)
        out.append(a.id.toString() + u' ' + a.text + u' ' + a.tags.join(u',') + u' '
                   + a.modified.toString(Qt::ISODateWithMs));
    out.sort();
    return out;
}

QStringList textsOf(const Machine &m)
{
    QStringList out;
    for (const Annotation &a : m.local)
        out.append(a.text);
    return out;
}

bool anyContains(const QStringList &texts, const QString &needle)
{
    return std::any_of(texts.cbegin(), texts.cend(),
                       [&](const QString &t) { return t == needle || t.endsWith(u'\n' + needle); });
}

} // namespace

class TestSyncMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scenario_data();
    void scenario();
    void json_roundTrip();
    void merge_isOrderIndependent();
    void deletionLog_recordsAndReads();
    void store_recordsDeletions();
    void soak();
};

void TestSyncMerge::scenario_data()
{
    // steps: "<machine> add|edit <note> <text> @<minutes>", "<machine> del <note> @<minutes>",
    // "<machine> lose <note>" (gone from the notes file with no deletion recorded),
    // "sync <machine>". Machines A and B are devices "a" and "b" unless `ids` says otherwise;
    // after the steps each machine syncs twice, in turn, and both must hold the same notes.
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QStringList>("present"); // texts (or conflict copies of them) kept
    QTest::addColumn<QStringList>("absent");  // texts gone
    QTest::addColumn<int>("conflicts");

    const QStringList ab{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("edited on one device")
        << QStringList{"A add n1 one @0", "sync A", "sync B", "B edit n1 two @5", "sync B"}
        << ab << QStringList{"two"} << QStringList{"one"} << 0;
    QTest::newRow("different notes added on each")
        << QStringList{"A add n1 one @0", "B add n2 two @1"} << ab
        << QStringList{"one", "two"} << QStringList{} << 0;
    QTest::newRow("same note edited on both: later wins, loser kept as a copy")
        << QStringList{"A add n1 one @0", "sync A", "sync B", "A edit n1 alpha @10",
                       "B edit n1 beta @20", "sync A", "sync B"}
        << ab << QStringList{"alpha", "beta"} << QStringList{"one"} << 1;
    QTest::newRow("same note edited on both at the same time: device id decides")
        << QStringList{"A add n1 one @0", "sync A", "sync B", "A edit n1 alpha @10",
                       "B edit n1 beta @10", "sync B", "sync A"}
        << ab << QStringList{"alpha", "beta"} << QStringList{"one"} << 1;
    QTest::newRow("sequential edits make no conflict")
        << QStringList{"A add n1 one @0", "sync A", "sync B", "B edit n1 two @5", "sync B",
                       "sync A", "A edit n1 three @6", "sync A", "sync B"}
        << ab << QStringList{"three"} << QStringList{"one", "two"} << 0;
    QTest::newRow("deleted where it was seen: gone everywhere")
        << QStringList{"A add n1 one @0", "sync A", "sync B", "B del n1 @5", "sync B"} << ab
        << QStringList{} << QStringList{"one"} << 0;
    QTest::newRow("delete against a newer edit: the note comes back")
        << QStringList{"A add n1 one @0", "sync A", "sync B", "B del n1 @5",
                       "A edit n1 kept @9", "sync B", "sync A"}
        << ab << QStringList{"kept"} << QStringList{} << 0;
    QTest::newRow("delete against an older edit: deleted, the edit kept as a copy")
        << QStringList{"A add n1 one @0", "sync A", "sync B", "A edit n1 older @3",
                       "B del n1 @5", "sync B", "sync A"}
        << ab << QStringList{"older"} << QStringList{"one"} << 1;
    QTest::newRow("deleted on both")
        << QStringList{"A add n1 one @0", "sync A", "sync B", "A del n1 @3", "B del n1 @5"}
        << ab << QStringList{} << QStringList{"one"} << 0;
    QTest::newRow("clock an hour behind: a concurrent edit is kept as a copy")
        << QStringList{"A add n1 one @0", "sync A", "sync B", "A edit n1 real-later @30",
                       "B edit n1 skewed @-30", "sync A", "sync B"}
        << ab << QStringList{"real-later", "skewed"} << QStringList{"one"} << 1;
    QTest::newRow("clock an hour behind: a later edit that saw the other wins")
        << QStringList{"A add n1 one @60", "sync A", "sync B", "B edit n1 skewed @0",
                       "sync B", "sync A"}
        << ab << QStringList{"skewed"} << QStringList{"one"} << 0;
    QTest::newRow("clock an hour ahead: a deletion does not beat an unseen edit silently")
        << QStringList{"A add n1 one @0", "sync A", "sync B", "A edit n1 edited @10",
                       "B del n1 @70", "sync A", "sync B"}
        << ab << QStringList{"edited"} << QStringList{"one"} << 1;
    QTest::newRow("a note missing with no deletion recorded comes back")
        << QStringList{"A add n1 one @0", "A add n2 two @0", "sync A", "A lose n1", "sync A"}
        << ab << QStringList{"one", "two"} << QStringList{} << 0;
    QTest::newRow("offline edits on both, many notes")
        << QStringList{"A add n1 one @0", "A add n2 two @0", "sync A", "sync B",
                       "A edit n1 a1 @5", "A add n3 a3 @6", "B edit n2 b2 @7", "B del n1 @1",
                       "B add n4 b4 @8"}
        << ab << QStringList{"a1", "b2", "a3", "b4"} << QStringList{"one", "two"} << 0;
    QTest::newRow("one device id used on two machines")
        << QStringList{"A add n1 one @0", "sync A", "sync B", "A edit n1 alpha @10",
                       "B edit n1 beta @20", "A add n2 a2 @11", "B add n3 b3 @12", "sync A",
                       "sync B"}
        << QStringList{"laptop", "laptop"} << QStringList{"alpha", "beta", "a2", "b3"}
        << QStringList{"one"} << 1;
    QTest::newRow("conflict copies are not made twice")
        << QStringList{"A add n1 one @0", "sync A", "sync B", "A edit n1 alpha @10",
                       "B edit n1 beta @20", "sync A", "sync B", "sync A", "sync B", "sync A"}
        << ab << QStringList{"alpha", "beta"} << QStringList{} << 1;
}

void TestSyncMerge::scenario()
{
    QFETCH(QStringList, steps);
    QFETCH(QStringList, ids);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    QFETCH(int, conflicts);

    QMap<QString, Machine> machines;
    machines[QStringLiteral("A")].device = ids.at(0);
    machines[QStringLiteral("B")].device = ids.at(1);
    Server server;
    int made = 0;
    const auto find = [](Machine &m, const QString &note) -> Annotation * {
        for (Annotation &a : m.local) {
            if (a.id == noteId(note))
                return &a;
        }
        return nullptr;
    };
    for (const QString &step : std::as_const(steps)) {
        const QStringList w = step.split(u' ');
        if (w.at(0) == u"sync") {
            made += sync(machines[w.at(1)], server);
            continue;
        }
        Machine &m = machines[w.at(0)];
        const QString verb = w.at(1);
        const QDateTime at = kEpoch.addSecs(60 * w.last().mid(1).toInt());
        if (verb == u"add") {
            Annotation a = Annotation::onArticle(w.at(3));
            a.id = noteId(w.at(2));
            a.created = a.modified = at;
            m.local.append(a);
        } else if (verb == u"edit") {
            Annotation *a = find(m, w.at(2));
            QVERIFY2(a, qPrintable(step));
            a->text = w.at(3);
            a->modified = at;
        } else if (verb == u"del" || verb == u"lose") {
            QVERIFY2(find(m, w.at(2)), qPrintable(step));
            m.local.removeIf([&](const Annotation &a) { return a.id == noteId(w.at(2)); });
            if (verb == u"del")
                m.deletions.insert(noteId(w.at(2)), at);
        } else {
            QFAIL(qPrintable(u"bad step: "_s + step));
        }
    }
    for (int round = 0; round < 2; ++round) {
        made += sync(machines[QStringLiteral("A")], server);
        made += sync(machines[QStringLiteral("B")], server);
    }
    const Machine &a = machines.value(QStringLiteral("A"));
    const Machine &b = machines.value(QStringLiteral("B"));
    QCOMPARE(notesOf(a), notesOf(b));
    const QStringList texts = textsOf(a);
    for (const QString &t : std::as_const(present))
        QVERIFY2(anyContains(texts, t), qPrintable(t + u" lost; have: "_s + texts.join(u'|')));
    for (const QString &t : std::as_const(absent))
        QVERIFY2(!anyContains(texts, t), qPrintable(t + u" still there"_s));
    QCOMPARE(made, conflicts);
    int copies = 0;
    for (const Annotation &n : a.local) {
        if (n.tags.contains(QLatin1StringView(SyncMerge::kConflictTag))) {
            ++copies;
            QVERIFY(n.text.startsWith(u"\u26a0 conflict copy ("_s));
        }
    }
    QCOMPARE(copies, conflicts);
    // a further sync changes nothing
    const QStringList before = notesOf(a);
    QCOMPARE(sync(machines[QStringLiteral("A")], server), 0);
    QCOMPARE(notesOf(machines.value(QStringLiteral("A"))), before);
}

void TestSyncMerge::json_roundTrip()
{
    Annotation a = Annotation::onArticle(QStringLiteral("note \"with\" quotes\nand lines"));
    a.tags = {QStringLiteral("x"), QStringLiteral("y")};
    a.modified = a.created = kEpoch;
    a.quote = {QStringLiteral("exact"), QStringLiteral("pre"), QStringLiteral("suf")};
    a.position = {10, 15};
    const QList<SyncVersion> local = SyncMerge::localState({a}, {}, {}, QStringLiteral("u-d"));
    QCOMPARE(local.size(), 1);
    QList<SyncVersion> state = local;
    SyncVersion t;
    t.id = QUuid::createUuid();
    t.deleted = true;
    t.time = kEpoch.addSecs(5);
    t.device = QStringLiteral("u-e");
    t.key = SyncMerge::tombstoneKey(t.id, t.time, t.device);
    t.history = {QStringLiteral("k1")};
    state.append(t);
    const QByteArray bytes = SyncJson::toBytes(
        state, {QStringLiteral("urn:x"), "abc", QStringLiteral("/p.txt"), QStringLiteral("u-d")});
    const SyncJson::Parsed p = SyncJson::fromBytes(bytes);
    QVERIFY2(p.ok(), qPrintable(p.error));
    QCOMPARE(p.header.article, u"urn:x"_s);
    QCOMPARE(p.header.device, u"u-d"_s);
    QCOMPARE(p.state.size(), 2);
    QCOMPARE(p.state.at(0).key, state.at(0).key);
    QCOMPARE(p.state.at(0).annotation.text, a.text);
    QCOMPARE(p.state.at(0).annotation.quote, a.quote);
    QCOMPARE(p.state.at(0).annotation.position, a.position);
    QCOMPARE(p.state.at(0).time, a.modified);
    QCOMPARE(p.state.at(1), t);
    QVERIFY(!SyncJson::fromBytes("{\"type\":\"x\"}").ok());
    QVERIFY(!SyncJson::fromBytes("{broken").ok());
}

void TestSyncMerge::merge_isOrderIndependent()
{
    // three devices edit the same note concurrently: every order of merging gives the same
    QList<QList<SyncVersion>> states;
    const QUuid id = noteId(QStringLiteral("n"));
    for (int i = 0; i < 3; ++i) {
        Annotation a = Annotation::onArticle(QStringLiteral("text %1").arg(i));
        a.id = id;
        a.modified = kEpoch.addSecs(i == 1 ? 0 : 60 * i);
        states.append(SyncMerge::localState({a}, {}, {}, QStringLiteral("d%1").arg(i)));
    }
    const auto flat = [](const SyncMerge::Result &r) {
        QStringList out;
        for (const SyncVersion &v : r.versions)
            out.append(v.id.toString() + v.key + v.history.join(u','));
        out.sort();
        return out;
    };
    const SyncMerge::Result first = SyncMerge::merge(states);
    QCOMPARE(first.conflicts, 2);
    QCOMPARE(SyncMerge::liveNotes(first.versions).size(), 3);
    QList<int> order{0, 1, 2};
    while (std::next_permutation(order.begin(), order.end())) {
        const SyncMerge::Result r =
            SyncMerge::merge({states.at(order[0]), states.at(order[1]), states.at(order[2])});
        QCOMPARE(flat(r), flat(first));
        // and merged stepwise, as devices do
        const SyncMerge::Result two =
            SyncMerge::merge({states.at(order[0]), states.at(order[1])});
        QCOMPARE(flat(SyncMerge::merge({two.versions, states.at(order[2])})), flat(first));
    }
}

void TestSyncMerge::deletionLog_recordsAndReads()
{
    QTemporaryDir dir;
    const QUuid a = QUuid::createUuid(), b = QUuid::createUuid();
    QVERIFY(DeletionLog::read(dir.path(), "h").isEmpty());
    QVERIFY(DeletionLog::record(dir.path(), "h", {{a, kEpoch}}));
    QVERIFY(DeletionLog::record(dir.path(), "h", {{b, kEpoch.addSecs(1)}, {a, kEpoch.addSecs(9)}}));
    const QHash<QUuid, QDateTime> read = DeletionLog::read(dir.path(), "h");
    QCOMPARE(read.size(), 2);
    QCOMPARE(read.value(a), kEpoch.addSecs(9));
    QCOMPARE(read.value(b), kEpoch.addSecs(1));
    QVERIFY(DeletionLog::write(dir.path(), "h", {}));
    QVERIFY(!QFile::exists(DeletionLog::path(dir.path(), "h")));
}

void TestSyncMerge::store_recordsDeletions()
{
    // a note removed in the store is recorded (id and time) when the store saves; a removal
    // undone (the note added again) is not
    QTemporaryDir dir;
    const Document doc(QStringLiteral("Some words of an article."), QStringLiteral("/x.txt"));
    AnnotationStore store;
    store.setDataDir(dir.path());
    store.open(doc);
    const Annotation kept = Annotation::onArticle(QStringLiteral("kept"));
    const Annotation gone = Annotation::onArticle(QStringLiteral("gone"));
    store.add(kept);
    store.add(gone);
    QVERIFY(store.save());
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QVERIFY(store.remove(gone.id));
    QVERIFY(store.remove(kept.id));
    store.add(kept);
    QVERIFY(DeletionLog::read(dir.path(), doc.sha256()).isEmpty()); // not saved yet
    QVERIFY(store.save());
    const QHash<QUuid, QDateTime> log = DeletionLog::read(dir.path(), doc.sha256());
    QCOMPARE(log.keys(), QList<QUuid>{gone.id});
    QVERIFY(log.value(gone.id) >= before.addMSecs(-1));
}

void TestSyncMerge::soak()
{
    // two devices, 1,000 random edits each (add, edit, delete), a sync every 20 edits, then a
    // final sync: the same notes on both, and every edit's text is either still there (as a
    // note or a conflict copy) or was replaced or deleted by an edit that knew it
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("seed %u", seed);
    QRandomGenerator rng(seed);
    Machine m[2];
    m[0].device = QStringLiteral("u-a");
    m[1].device = QStringLiteral("u-b");
    Server server;
    int conflicts = 0;
    qint64 clock = 0;
    for (int step = 0; step < 1000; ++step) {
        for (int d = 0; d < 2; ++d) {
            Machine &x = m[d];
            const QDateTime at = kEpoch.addMSecs(++clock * 1000 + rng.bounded(3600 * 1000));
            const int op = x.local.isEmpty() ? 0 : int(rng.bounded(10));
            if (op < 3) {
                Annotation a = Annotation::onArticle(QStringLiteral("t%1-%2").arg(d).arg(step));
                a.created = a.modified = at;
                x.local.append(a);
            } else if (op < 9) {
                Annotation &a = x.local[rng.bounded(int(x.local.size()))];
                a.text = QStringLiteral("t%1-%2").arg(d).arg(step);
                a.modified = at;
            } else {
                const qsizetype i = rng.bounded(int(x.local.size()));
                x.deletions.insert(x.local.at(i).id, at);
                x.local.removeAt(i);
            }
            if ((step + 1) % 20 == 0)
                conflicts += sync(x, server);
        }
    }
    for (int round = 0; round < 2; ++round)
        for (Machine &x : m)
            conflicts += sync(x, server);
    QCOMPARE(notesOf(m[0]), notesOf(m[1]));
    qInfo("%lld notes, %d conflict copies", qlonglong(m[0].local.size()), conflicts);
    QVERIFY(conflicts > 0);
}

QTEST_GUILESS_MAIN(TestSyncMerge)
#include "tst_syncmerge.moc"
