// The grid's CallFilter sent to the providers (EnswitchCdrQuery / VoipmsCdrQuery /
// KazooCdrQuery ::fromFilter) against the fakes on loopback: for each filter, the calls the
// provider lists are exactly the calls the local store selects with the same filter after a
// full sync — so the mapping and the fakes' filtering agree with the store's semantics. What a
// provider cannot express is named as unmapped, never silently dropped.
#include "fakeproviderprocess.h"
#include "testsupport.h"

#include "billing/customerstore.h"
#include "demo/demoplan.h"
#include "providers/connectionstore.h"
#include "providers/enswitchclient.h"
#include "providers/kazooclient.h"
#include "providers/syncjob.h"
#include "providers/voipmsclient.h"
#include "store/callstore.h"
#include "store/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString User = u"operator"_s;
const QString Secret = u"secret"_s;
constexpr qint64 Until = 1790000000;
constexpr qint64 From = Until - 6 * 86400;

HttpSettings quick()
{
    HttpSettings settings;
    settings.timeoutMs = 20000;
    settings.retries = 0;
    return settings;
}

ProviderAccess access(ProviderKind kind, const QUrl &url)
{
    Connection c;
    c.name = u"f"_s;
    c.kind = kind;
    c.url = url;
    c.user = User;
    c.customer = kind == ProviderKind::Enswitch ? u"all"_s : QString();
    c.pageSize = 500;
    return {c, Secret};
}

TextFilter values(const QStringList &v, MatchMode match = MatchMode::Contains, bool negate = false)
{
    TextFilter f;
    f.values = v;
    f.match = match;
    f.negate = negate;
    return f;
}

} // namespace

class TestProviderFilters : public QObject
{
    Q_OBJECT

private:
    // Syncs the fake's calls into a new SQLite store; false with a message on failure.
    bool syncAll(ProviderKind kind, const QUrl &url);
    QStringList local(CallFilter filter);
    QStringList enswitch(const CallFilter &filter);
    QStringList voipms(const CallFilter &filter, const QString &timezone);

    QTemporaryDir m_dir;
    DatabaseSpec m_spec;
    std::unique_ptr<Database> m_database;
    FakeProviderProcess m_enswitch;
    FakeProviderProcess m_voipms;
    QList<CallRecord> m_calls;  // every synced call

private Q_SLOTS:
    void initTestCase();
    void enswitchListsWhatTheStoreSelects_data();
    void enswitchListsWhatTheStoreSelects();
    void enswitchNamesWhatItCannotSend();
    void voipmsListsWhatTheStoreSelects_data();
    void voipmsListsWhatTheStoreSelects();
    void kazooSendsTheTimeRangeOnly();
};

bool TestProviderFilters::syncAll(ProviderKind kind, const QUrl &url)
{
    static int n = 0;
    m_spec = DatabaseSpec::sqlite(m_dir.filePath(u"store%1.db"_s.arg(++n)));
    auto opened = Database::open(m_spec, Database::OpenMode::CreateIfMissing);
    if (!opened)
        return false;
    m_database = std::move(*opened);
    if (!ConnectionStore(*m_database).add(access(kind, url).connection))
        return false;
    // The customer tree the fakes serve (the demo plan's), so `recurse` means the same here.
    for (const DemoPlan::Customer &demo : DemoPlan::customers()) {
        Customer customer;
        customer.id = demo.id;
        customer.parentId = demo.parentId;
        customer.name = demo.name;
        customer.role = demo.role;
        customer.billing = demo.billing;
        if (Result<qint64> added = CustomerStore(*m_database).add(customer); !added) {
            qWarning() << added.error();
            return false;
        }
    }
    SyncOptions options;
    options.http = quick();
    options.start = From - 86400;
    options.end = Until + 86400;
    SyncJob job(m_spec, u"f"_s, Secret, options);
    std::optional<SyncResult> result;
    connect(&job, &SyncJob::finished, this, [&result](const SyncResult &r) { result = r; });
    job.start();
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 120000) || result->status != SyncResult::Status::Ok) {
        qWarning() << (result ? result->message : u"no answer"_s);
        return false;
    }
    m_calls.clear();
    CallFilter all;
    all.archive = true;
    (void)CallStore(*m_database).forEach(all, [this](const CallRecord &call) {
        m_calls.append(call);
        return true;
    });
    return !m_calls.isEmpty();
}

QStringList TestProviderFilters::local(CallFilter filter)
{
    QStringList ids;
    const Result<qint64> visited = CallStore(*m_database).forEach(filter, [&ids](const CallRecord &call) {
        ids.append(call.uniqueid);
        return true;
    });
    if (!visited)
        qWarning() << visited.error();
    return ids;
}

QStringList TestProviderFilters::enswitch(const CallFilter &filter)
{
    EnswitchClient client(access(ProviderKind::Enswitch, m_enswitch.url()), quick());
    std::optional<QStringList> ids;
    client.listCdrs(EnswitchCdrQuery::fromFilter(filter), [&ids](const QList<CallRecord> &calls, const ProviderError &error) {
        if (!error.ok())
            qWarning() << error.message;
        QStringList list;
        for (const CallRecord &call : calls)
            list.append(call.uniqueid);
        ids = list;
    });
    (void)QTest::qWaitFor([&] { return ids.has_value(); }, 60000);
    return ids.value_or(QStringList{u"no answer"_s});
}

QStringList TestProviderFilters::voipms(const CallFilter &filter, const QString &timezone)
{
    VoipmsClient client(access(ProviderKind::Voipms, m_voipms.url()), quick());
    std::optional<QStringList> ids;
    client.getCDR(VoipmsCdrQuery::fromFilter(filter, timezone), [&ids](const QList<CallRecord> &calls, const ProviderError &error) {
        if (!error.ok())
            qWarning() << error.message;
        QStringList list;
        for (const CallRecord &call : calls)
            list.append(call.uniqueid);
        ids = list;
    });
    (void)QTest::qWaitFor([&] { return ids.has_value(); }, 60000);
    return ids.value_or(QStringList{u"no answer"_s});
}

void TestProviderFilters::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QStringList arguments = {u"--calls"_s, u"600"_s, u"--until"_s, QString::number(Until), u"--days"_s, u"5"_s};
    QVERIFY2(m_enswitch.start(u"enswitch"_s, arguments), qPrintable(m_enswitch.error()));
    QVERIFY2(m_voipms.start(u"voipms"_s, arguments), qPrintable(m_voipms.error()));
}

void TestProviderFilters::enswitchListsWhatTheStoreSelects_data()
{
    QTest::addColumn<QString>("name");
    // Filled in the test from the synced calls (values that occur), by name.
    for (const char *name : {"time range", "direction in", "status busy", "callid", "phone", "peer", "talk time 30-120",
                             "snumber starts", "cnumber ends", "dnumber contains", "cnumber exact", "stype", "ctype",
                             "dtype", "caller name", "customer with recurse", "customer without recurse",
                             "sorted by talktime descending", "uniqueid order, limit and offset",
                             "voip.ms answered as status", "postpaid customers", "prepaid customers",
                             "everything at once"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestProviderFilters::enswitchListsWhatTheStoreSelects()
{
    QFETCH(QString, name);
    if (m_calls.isEmpty() || m_calls.first().source != u"enswitch:f")
        QVERIFY(syncAll(ProviderKind::Enswitch, m_enswitch.url()));
    // A call with every kind of value to filter on.
    const CallRecord *sample = nullptr;
    for (const CallRecord &call : m_calls) {
        if (!call.phone.isEmpty() && call.peer != 0 && !call.sname.isEmpty() && call.snumber.size() > 4
            && call.cnumber.size() > 4 && call.dnumber.size() > 4 && call.talktime > 0 && call.scustomer > 1) {
            sample = &call;
            break;
        }
    }
    QVERIFY2(sample, "the fake has no call with every field");
    CallFilter f;
    f.start = From;
    f.end = Until;
    bool ordered = false;  // compare the order, not only the set
    if (name == u"direction in") {
        f.direction = values({u"in"_s});
    } else if (name == u"status busy") {
        f.status = values({u"busy"_s});
    } else if (name == u"callid") {
        f.callid = values({sample->callid});
    } else if (name == u"phone") {
        f.phone = values({sample->phone});
    } else if (name == u"peer") {
        f.peer = sample->peer;
    } else if (name == u"talk time 30-120") {
        f.talktimeMinimum = 30;
        f.talktimeMaximum = 120;
    } else if (name == u"snumber starts") {
        f.snumber = values({sample->snumber.left(4)}, MatchMode::Start);
    } else if (name == u"cnumber ends") {
        f.cnumber = values({sample->cnumber.right(3)}, MatchMode::End);
    } else if (name == u"dnumber contains") {
        f.dnumber = values({sample->dnumber.mid(2, 3)});
    } else if (name == u"cnumber exact") {
        f.cnumber = values({sample->cnumber}, MatchMode::Exact);
    } else if (name == u"stype") {
        f.stype = values({sample->stype});
    } else if (name == u"ctype") {
        f.ctype = values({sample->ctype});
    } else if (name == u"dtype") {
        f.dtype = values({sample->dtype});
    } else if (name == u"caller name") {
        f.callername = values({sample->sname.mid(1, 3).toUpper()});
    } else if (name == u"customer with recurse" || name == u"customer without recurse") {
        f.customer = CustomerScope::Id;
        f.customerId = sample->scustomer;
        f.recurse = name == u"customer with recurse";
    } else if (name == u"sorted by talktime descending") {
        f.sort = u"talktime"_s;
        f.descending = true;
        f.talktimeMinimum = 1;
    } else if (name == u"uniqueid order, limit and offset") {
        f.sort = u"uniqueid"_s;
        f.limit = 25;
        f.offset = 40;
        ordered = true;
    } else if (name == u"postpaid customers") {
        f.customer = CustomerScope::Postpaid;
    } else if (name == u"prepaid customers") {
        f.customer = CustomerScope::Prepaid;
    } else if (name == u"voip.ms answered as status") {
        f.statuses = {u"answered"_s};
    } else if (name == u"everything at once") {
        f.direction = values({sample->direction});
        f.status = values({sample->status});
        f.snumber = values({sample->snumber.left(3)}, MatchMode::Start);
        f.talktimeMinimum = 1;
        f.customer = CustomerScope::Id;
        f.customerId = sample->scustomer;
        f.recurse = true;
        f.sort = u"cnumber"_s;
    }
    QStringList unmapped;
    (void)EnswitchCdrQuery::fromFilter(f, &unmapped);
    QVERIFY2(unmapped.isEmpty(), qPrintable(unmapped.join(u", ")));
    QStringList remote = enswitch(f);
    QStringList expected = local(f);
    QVERIFY2(!expected.isEmpty() || name == u"status busy", "the filter selects nothing: no evidence");
    if (name == u"sorted by talktime descending") {
        // Ties may differ in order; the talk times must run the same way.
        QHash<QString, qint64> talk;
        for (const CallRecord &call : m_calls)
            talk.insert(call.uniqueid, call.talktime);
        QList<qint64> remoteTalk, localTalk;
        for (const QString &id : remote)
            remoteTalk.append(talk.value(id));
        for (const QString &id : expected)
            localTalk.append(talk.value(id));
        QCOMPARE(remoteTalk, localTalk);
    }
    if (!ordered) {
        remote.sort();
        expected.sort();
    }
    QCOMPARE(remote, expected);
}

void TestProviderFilters::enswitchNamesWhatItCannotSend()
{
    CallFilter f;
    f.snumber = values({u"44"_s, u"33"_s}, MatchMode::Start);   // two values
    f.cnumber = values({u"_1NXXNXXXXXX"_s});                    // a dial pattern
    f.status = values({u"busy"_s}, MatchMode::Exact, true);      // a negation
    f.statuses = {u"noanswer"_s};                                // noanswer is two Enswitch statuses
    f.callbilling = u"free"_s;
    f.areacode = values({u"4420"_s});
    f.search = u"john"_s;
    f.callid = values({u"abc"_s});
    f.ccountry = values({u"GB"_s});                              // what libphonenumber found
    f.cregion = values({u"London"_s});
    f.dnumbertype = values({u"mobile"_s});
    QStringList unmapped;
    const EnswitchCdrQuery query = EnswitchCdrQuery::fromFilter(f, &unmapped);
    unmapped.sort();
    QCOMPARE(unmapped, (QStringList{u"areacode"_s, u"callbilling"_s, u"ccountry"_s, u"cnumber"_s, u"cregion"_s,
                                    u"dnumbertype"_s, u"search"_s, u"snumber"_s, u"status"_s, u"statuses"_s}));
    QVERIFY(query.snumber.isEmpty() && query.cnumber.isEmpty() && query.status.isEmpty());
    QCOMPARE(query.callid, u"abc"_s);
    QCOMPARE(query.customer, u"all"_s);
    f = CallFilter();
    f.customer = CustomerScope::Own;
    QVERIFY(EnswitchCdrQuery::fromFilter(f).customer.isEmpty());
    f.customer = CustomerScope::Postpaid;
    QCOMPARE(EnswitchCdrQuery::fromFilter(f).customer, u"postpaid"_s);
}

void TestProviderFilters::voipmsListsWhatTheStoreSelects_data()
{
    QTest::addColumn<QStringList>("statuses");
    QTest::addColumn<QString>("calltype");
    QTest::addColumn<QString>("callbilling");
    QTest::addColumn<bool>("account");
    QTest::newRow("every call") << QStringList() << QString() << QString() << false;
    QTest::newRow("answered") << QStringList{u"answered"_s} << QString() << QString() << false;
    QTest::newRow("busy and failed") << QStringList{u"busy"_s, u"failed"_s} << QString() << QString() << false;
    QTest::newRow("incoming") << QStringList() << u"incoming"_s << QString() << false;
    QTest::newRow("outgoing, billed") << QStringList() << u"outgoing"_s << u"billed"_s << false;
    QTest::newRow("free") << QStringList() << QString() << u"free"_s << false;
    QTest::newRow("one account, answered") << QStringList{u"answered"_s} << QString() << QString() << true;
}

void TestProviderFilters::voipmsListsWhatTheStoreSelects()
{
    QFETCH(QStringList, statuses);
    QFETCH(QString, calltype);
    QFETCH(QString, callbilling);
    QFETCH(bool, account);
    if (m_calls.isEmpty() || m_calls.first().source != u"voipms:f")
        QVERIFY(syncAll(ProviderKind::Voipms, m_voipms.url()));
    CallFilter f;
    // Whole days in UTC-5, as voip.ms asks.
    const QTimeZone zone(-5 * 3600);
    f.start = QDateTime(QDateTime::fromSecsSinceEpoch(From, zone).date(), QTime(0, 0), zone).toSecsSinceEpoch();
    f.end = f.start.value() + 3 * 86400;
    f.statuses = statuses;
    f.calltype = calltype;
    f.callbilling = callbilling;
    if (account)
        f.account = values({m_calls.first().accountcode});
    QStringList unmapped;
    const VoipmsCdrQuery query = VoipmsCdrQuery::fromFilter(f, u"-5"_s, &unmapped);
    QVERIFY2(unmapped.isEmpty(), qPrintable(unmapped.join(u", ")));
    QCOMPARE(query.dateTo, query.dateFrom.addDays(2));
    QStringList remote = voipms(f, u"-5"_s);
    QStringList expected = local(f);
    QVERIFY(!expected.isEmpty());
    remote.sort();
    expected.sort();
    QCOMPARE(remote, expected);

    // A start inside a day cannot be sent: named.
    f.start = f.start.value() + 3600;
    (void)VoipmsCdrQuery::fromFilter(f, u"-5"_s, &unmapped);
    QCOMPARE(unmapped, QStringList{u"start"_s});
}

void TestProviderFilters::kazooSendsTheTimeRangeOnly()
{
    CallFilter f;
    f.start = From;
    f.end = Until;
    QStringList unmapped;
    KazooCdrQuery query = KazooCdrQuery::fromFilter(f, &unmapped);
    QCOMPARE(query.createdFrom, std::optional<qint64>(From));
    QCOMPARE(query.createdTo, std::optional<qint64>(Until));
    QVERIFY(unmapped.isEmpty());
    f.snumber = values({u"44"_s});
    f.descending = true;
    query = KazooCdrQuery::fromFilter(f, &unmapped);
    unmapped.sort();
    QCOMPARE(unmapped, (QStringList{u"descending"_s, u"snumber"_s}));
}

QTEST_GUILESS_MAIN(TestProviderFilters)
#include "tst_providerfilters.moc"
