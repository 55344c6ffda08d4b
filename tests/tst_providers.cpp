// The provider clients and sync against cdrdesk-fake-provider, a real HTTP server on loopback
// speaking each spec's API (tests/fakes): every operation, paging, resume after failures at
// every page boundary, typed errors, faults, bounded memory and credentials kept out of text.
#include "testsupport.h"
#include "fakeproviderprocess.h"

#include "core/timeutil.h"
#include "providers/connectionstore.h"
#include "providers/enswitchclient.h"
#include "providers/kazooclient.h"
#include "providers/pbxclient.h"
#include "providers/syncjob.h"
#include "providers/voipmsclient.h"
#include "store/callstore.h"
#include "store/database.h"

#include <QBuffer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

const QString User = u"operator"_s;
const QString Secret = u"secret"_s;
const QString KazooAccount = u"4b8c6fe7e2b1f1d4a4dcfd5bcc0c5e3a"_s;
constexpr qint64 Until = 1790000000;  // the fake's calls end before this
constexpr qint64 From = Until - 40 * 86400;

// cdrdesk-fake-provider on a free loopback port for the life of the object.
using Fake = FakeProviderProcess;

ProviderAccess access(ProviderKind kind, const QUrl &url, const QString &secret = Secret)
{
    Connection c;
    c.name = u"test"_s;
    c.kind = kind;
    c.url = url;
    c.user = User;
    c.account = kind == ProviderKind::Kazoo ? KazooAccount : QString();
    c.customer = kind == ProviderKind::Enswitch ? u"all"_s : QString();
    c.pageSize = 100;
    return {c, secret};
}

HttpSettings quick(int retries = 0)
{
    HttpSettings settings;
    settings.timeoutMs = 10000;
    settings.retries = retries;
    settings.backoffMs = 20;
    return settings;
}

SyncOptions window(const HttpSettings &http = quick(), std::optional<qint64> start = From, std::optional<qint64> end = Until)
{
    SyncOptions options;
    options.http = http;
    options.start = start;
    options.end = end;
    return options;
}

// Runs the event loop until `finished` turns true (at most 60 s).
template<typename Flag>
void waitFor(const Flag &finished)
{
    (void)QTest::qWaitFor(finished, 60000);
}

// The calls voip.ms's getCDR lists over the whole test period in one request: what a sync
// day by day must store.
qint64 voipmsCalls(const QUrl &url)
{
    VoipmsClient client(access(ProviderKind::Voipms, url), quick());
    VoipmsCdrQuery query;
    query.dateFrom = QDateTime::fromSecsSinceEpoch(From, QTimeZone::utc()).date();
    query.dateTo = QDateTime::fromSecsSinceEpoch(Until - 1, QTimeZone::utc()).date();
    std::optional<qint64> count;
    client.getCDR(query, [&](const QList<CallRecord> &calls, const ProviderError &) { count = calls.size(); });
    (void)QTest::qWaitFor([&] { return count.has_value(); }, 30000);
    return count.value_or(-1);
}

qint64 peakRssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

} // namespace

class TestProviders : public QObject
{
    Q_OBJECT

private:
    // A SQLite store in m_dir with one connection of `kind` to `url`.
    std::unique_ptr<Database> storeWith(ProviderKind kind, const QUrl &url, int pageSize, QString customer = {});
    SyncResult sync(const QString &secret = Secret, const HttpSettings &http = quick(),
                    std::optional<qint64> start = From, std::optional<qint64> end = Until);
    qint64 storedCalls();

    QTemporaryDir m_dir;
    DatabaseSpec m_spec;

private slots:
    void enswitchListsWithEveryParameter();
    void enswitchCreateResults();
    void enswitchErrors();
    void voipmsEveryMethod();
    void voipmsErrors();
    void kazooListDetailAndCsv();
    void pbxReadsByAcctid();
    void syncPullsEveryCallOnce_data();
    void syncPullsEveryCallOnce();
    void syncResumesAfterFailureAtEveryPage_data();
    void syncResumesAfterFailureAtEveryPage();
    void retriesRecoverFromTransientFaults();
    void timeoutIsReported();
    void brokenResponsesAreClearErrors_data();
    void brokenResponsesAreClearErrors();
    void hugeResponseIsAbandonedInBoundedMemory();
    void cancelKeepsCommittedPages();
    void syncCommitsPagesThatArriveTogether();
    void plainHttpAndTlsAreNotSilentlyAllowed();
    void credentialsStayOutOfTextAndStore();
    void cliConnectionsAndSync();
};

std::unique_ptr<Database> TestProviders::storeWith(ProviderKind kind, const QUrl &url, int pageSize, QString customer)
{
    static int n = 0;
    m_spec = DatabaseSpec::sqlite(m_dir.filePath(u"store%1.db"_s.arg(++n)));
    auto opened = Database::open(m_spec, Database::OpenMode::CreateIfMissing);
    if (!opened)
        qFatal("%s", qPrintable(opened.error()));
    Connection c = access(kind, url).connection;
    c.pageSize = pageSize;
    if (!customer.isNull())
        c.customer = customer;
    if (auto added = ConnectionStore(**opened).add(c); !added)
        qFatal("%s", qPrintable(added.error()));
    return std::move(*opened);
}

SyncResult TestProviders::sync(const QString &secret, const HttpSettings &http, std::optional<qint64> start,
                               std::optional<qint64> end)
{
    SyncJob job(m_spec, u"test"_s, secret, window(http, start, end));
    std::optional<SyncResult> result;
    connect(&job, &SyncJob::finished, this, [&result](const SyncResult &r) { result = r; });
    job.start();
    waitFor([&] { return result.has_value(); });
    return result.value_or(SyncResult{SyncResult::Status::Failed, u"no answer"_s});
}

qint64 TestProviders::storedCalls()
{
    auto database = Database::open(m_spec);
    CallFilter all;
    all.archive = true;
    return *CallStore(**database).count(all);
}

void TestProviders::enswitchListsWithEveryParameter()
{
    Fake fake;
    QVERIFY(fake.start(u"enswitch"_s, {u"--calls"_s, u"400"_s}));
    EnswitchClient client(access(ProviderKind::Enswitch, fake.url()), quick());
    const auto list = [&client](const EnswitchCdrQuery &query) {
        std::optional<QList<CallRecord>> calls;
        ProviderError failure;
        client.listCdrs(query, [&](const QList<CallRecord> &got, const ProviderError &error) {
            calls = got;
            failure = error;
        });
        (void)QTest::qWaitFor([&] { return bool(calls.has_value()); }, 30000);
        if (!failure.ok())
            qWarning() << failure.message;
        return *calls;
    };
    EnswitchCdrQuery all;
    all.start = From;
    all.end = Until;
    all.customer = u"system"_s;
    const QList<CallRecord> every = list(all);
    QCOMPARE(every.size(), 400);
    for (const CallRecord &call : every) {
        QCOMPARE(call.source, u"enswitch:test"_s);
        QVERIFY(!call.recordKey.isEmpty());
        QVERIFY(call.start >= From && call.start < Until);
    }
    // limit/offset page the same order; sort and descending reverse it.
    EnswitchCdrQuery page = all;
    page.limit = 50;
    page.offset = 100;
    const QList<CallRecord> window = list(page);
    QCOMPARE(window.size(), 50);
    QCOMPARE(window.first().recordKey, every.at(100).recordKey);
    EnswitchCdrQuery reversed = all;
    reversed.sort = u"start"_s;
    reversed.descending = true;
    reversed.limit = 1;
    QCOMPARE(list(reversed).first().start, every.last().start);
    // Number matches, direction, status and talk time bounds narrow the set as they say.
    const QString prefix = every.first().cnumber.left(3);
    EnswitchCdrQuery narrowed = all;
    narrowed.cnumber = prefix;
    narrowed.cmatch = u"start"_s;
    narrowed.direction = u"out"_s;
    narrowed.status = u"answer"_s;
    narrowed.talktimeMinimum = 10;
    narrowed.talktimeMaximum = 600;
    const QList<CallRecord> some = list(narrowed);
    const auto expected = std::count_if(every.begin(), every.end(), [&](const CallRecord &c) {
        return c.cnumber.startsWith(prefix) && c.direction == u"out" && c.status == u"answer" && c.talktime >= 10
               && c.talktime <= 600;
    });
    QCOMPARE(some.size(), expected);
    // Every parameter of spec 001 is sent under its own name when not at its default.
    EnswitchCdrQuery full;
    full.start = 1;
    full.end = 2;
    full.archive = true;
    full.callernameMatch = u"exact"_s;
    full.callernameNumber = u"Bob"_s;
    full.callid = u"c"_s;
    full.costCustomer = u"scustomer"_s;
    full.customer = u"5"_s;
    full.direction = u"in"_s;
    full.invoice = 3;
    full.limit = 4;
    full.offset = 5;
    full.peer = 6;
    full.phone = u"p"_s;
    full.recurse = true;
    full.status = u"busy"_s;
    full.talktimeMaximum = 7;
    full.talktimeMinimum = 8;
    full.stype = full.ctype = full.dtype = u"t"_s;
    full.smatch = full.cmatch = full.dmatch = u"end"_s;
    full.snumber = full.cnumber = full.dnumber = u"9"_s;
    full.sort = u"cost"_s;
    full.descending = true;
    QStringList names;
    for (const auto &[name, value] : full.parameters())
        names.append(name);
    QCOMPARE(names.size(), 29);
    QVERIFY(EnswitchCdrQuery().parameters().isEmpty());
}

void TestProviders::enswitchCreateResults()
{
    Fake fake;
    QVERIFY(fake.start(u"enswitch"_s, {u"--calls"_s, u"10"_s}));
    EnswitchClient client(access(ProviderKind::Enswitch, fake.url()), quick());
    CallRecord call;
    call.uniqueid = u"ext-1"_s;
    call.machine = u"pbx1"_s;
    call.start = Until - 3600;
    call.end = call.start + 95;
    call.talktime = 80;
    call.totaltime = 95;
    call.scustomer = 1;
    call.snumber = u"442071234567"_s;
    call.cnumber = u"14165550123"_s;
    call.cost = *Money::parse(u"0.1234"_s);
    call.status = u"answer"_s;
    const auto create = [&client](const CallRecord &record, const EnswitchCreateOptions &options) {
        std::optional<std::pair<int, ProviderError>> result;
        client.createCdr(record, options, [&](int code, const ProviderError &error) { result = {code, error}; });
        (void)QTest::qWaitFor([&] { return bool(result.has_value()); }, 30000);
        return *result;
    };
    EnswitchCreateOptions validate;
    validate.validation = true;
    auto [code, error] = create(call, validate);
    QVERIFY2(error.ok(), qPrintable(error.message));
    QCOMPARE(code, 201);
    std::tie(code, error) = create(call, {});
    QVERIFY2(error.ok(), qPrintable(error.message));
    QCOMPARE(code, 204);
    // The stored call is listed with the fields sent.
    std::optional<QList<CallRecord>> listed;
    EnswitchCdrQuery query;
    query.callid = u"ext-1"_s;
    query.customer = u"system"_s;
    query.start = call.start - 10;
    query.end = call.start + 10;
    client.listCdrs(query, [&](const QList<CallRecord> &calls, const ProviderError &) { listed = calls; });
    QTRY_VERIFY_WITH_TIMEOUT(listed.has_value(), 30000);
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().cost, call.cost);
    QCOMPARE(listed->first().talktime, 80);
    // 400 carries the parameter's key and the provider's message.
    CallRecord bad = call;
    bad.status = u"ringing"_s;
    std::tie(code, error) = create(bad, {});
    QCOMPARE(error.kind, ProviderError::Kind::InvalidInput);
    QCOMPARE(error.code, 400);
    QCOMPARE(error.key, u"status"_s);
    QVERIFY(error.message.contains(u"status"_s));
    QVERIFY(!error.providerMessage.isEmpty());
    bad = call;
    bad.machine.clear();
    std::tie(code, error) = create(bad, {});
    QCOMPARE(error.key, u"machine"_s);
    const auto params = EnswitchClient::createParameters(call, validate);
    QVERIFY(params.contains(std::pair(u"validation"_s, u"1"_s)));
    QVERIFY(params.contains(std::pair(u"cost"_s, u"0.1234"_s)));
}

void TestProviders::enswitchErrors()
{
    struct Case
    {
        QStringList fakeArguments;
        QString secret;
        ProviderError::Kind kind;
        int code;
    };
    const QList<Case> cases = {
        {{}, u"wrong"_s, ProviderError::Kind::Auth, 401},
        {{u"--roles"_s, u"system"_s}, Secret, ProviderError::Kind::Role, 402},  // list needs cdrs or callshop
        {{u"--roles"_s, u"cdrs"_s}, Secret, ProviderError::Kind::Role, 402},  // create needs system
        {{u"--rate-plan-denies"_s}, Secret, ProviderError::Kind::RatePlan, 403},
    };
    for (int i = 0; i < cases.size(); ++i) {
        const Case &c = cases.at(i);
        Fake fake;
        QVERIFY(fake.start(u"enswitch"_s, c.fakeArguments));
        EnswitchClient client(access(ProviderKind::Enswitch, fake.url(), c.secret), quick());
        std::optional<ProviderError> error;
        if (i == 2) {
            CallRecord call;
            call.uniqueid = u"x"_s;
            call.machine = u"m"_s;
            call.start = Until;
            call.scustomer = 1;
            client.createCdr(call, {}, [&](int, const ProviderError &e) { error = e; });
        } else {
            client.listCdrs({}, [&](const QList<CallRecord> &, const ProviderError &e) { error = e; });
        }
        QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 30000);
        QCOMPARE(error->kind, c.kind);
        QCOMPARE(error->code, c.code);
        QVERIFY(!error->message.contains(c.secret));
        QVERIFY(error->message.contains(u"REDACTED"_s));
    }
}

void TestProviders::voipmsEveryMethod()
{
    Fake fake;
    QVERIFY(fake.start(u"voipms"_s, {u"--calls"_s, u"300"_s}));
    VoipmsClient client(access(ProviderKind::Voipms, fake.url()), quick());
    std::optional<QList<VoipmsValue>> billing, types, accounts;
    client.getCallBilling([&](const QList<VoipmsValue> &v, const ProviderError &) { billing = v; });
    client.getCallTypes({}, [&](const QList<VoipmsValue> &v, const ProviderError &) { types = v; });
    client.getCallAccounts({}, [&](const QList<VoipmsValue> &v, const ProviderError &) { accounts = v; });
    QTRY_VERIFY_WITH_TIMEOUT(billing && types && accounts, 30000);
    QCOMPARE(billing->size(), 3);
    QCOMPARE(billing->at(1).value, u"free"_s);
    QVERIFY(types->size() >= 3);
    QVERIFY(accounts->size() >= 2);
    QCOMPARE(accounts->first().value, u"all"_s);

    const auto cdrs = [&client](const VoipmsCdrQuery &query, bool reseller) {
        std::optional<QList<CallRecord>> calls;
        ProviderError failure;
        const auto done = [&](const QList<CallRecord> &got, const ProviderError &error) {
            calls = got;
            failure = error;
        };
        if (reseller)
            client.getResellerCDR(query, done);
        else
            client.getCDR(query, done);
        (void)QTest::qWaitFor([&] { return bool(calls.has_value()); }, 30000);
        if (!failure.ok())
            qWarning() << failure.message;
        return *calls;
    };
    VoipmsCdrQuery query;
    query.dateFrom = QDateTime::fromSecsSinceEpoch(From, QTimeZone::utc()).date();
    query.dateTo = QDateTime::fromSecsSinceEpoch(Until, QTimeZone::utc()).date();
    const QList<CallRecord> all = cdrs(query, false);
    QVERIFY(all.size() > 0);
    QVERIFY(all.size() <= 300);
    // Disposition flags, billing and a shifted time zone.
    VoipmsCdrQuery answeredOnly = query;
    answeredOnly.noanswer = answeredOnly.busy = answeredOnly.failed = false;
    const QList<CallRecord> answered = cdrs(answeredOnly, false);
    QVERIFY(answered.size() < all.size());
    for (const CallRecord &call : answered)
        QCOMPARE(call.status, u"answer"_s);
    VoipmsCdrQuery billed = query;
    billed.callbilling = u"billed"_s;
    for (const CallRecord &call : cdrs(billed, false))
        QVERIFY(call.cost > Money());
    VoipmsCdrQuery shifted = query;
    shifted.timezone = u"-5"_s;
    const QList<CallRecord> inZone = cdrs(shifted, false);
    QHash<QString, qint64> startOf;
    for (const CallRecord &call : all)
        startOf.insert(call.recordKey, call.start);
    for (const CallRecord &call : inZone) {
        if (startOf.contains(call.recordKey))
            QCOMPARE(call.start, startOf.value(call.recordKey));  // the same UTC instant
    }
    // Reseller CDRs of one client.
    VoipmsCdrQuery reseller = query;
    reseller.client = u"561105"_s;
    std::optional<ProviderError> resellerError;
    client.getResellerCDR(reseller, [&](const QList<CallRecord> &, const ProviderError &e) { resellerError = e; });
    QTRY_VERIFY_WITH_TIMEOUT(resellerError.has_value(), 30000);
    QVERIFY(resellerError->ok() || resellerError->key == u"invalid_client");

    std::optional<QList<VoipmsRate>> rates;
    client.getRates(u"92364"_s, u"Canada"_s, [&](const QList<VoipmsRate> &r, const ProviderError &e) {
        QVERIFY2(e.ok(), qPrintable(e.message));
        rates = r;
    });
    QTRY_VERIFY_WITH_TIMEOUT(rates.has_value(), 30000);
    QVERIFY(!rates->isEmpty());
    QVERIFY(rates->first().prefix.startsWith(u'1'));
    QVERIFY(rates->first().clientRate > Money());
    std::optional<VoipmsTerminationRates> termination;
    client.getTerminationRates(u"2"_s, u"Canada"_s, [&](const VoipmsTerminationRates &r, const ProviderError &e) {
        QVERIFY2(e.ok(), qPrintable(e.message));
        termination = r;
    });
    QTRY_VERIFY_WITH_TIMEOUT(termination.has_value(), 30000);
    QCOMPARE(termination->route.value, u"2"_s);
    QCOMPARE(termination->route.description, u"Premium"_s);
    QVERIFY(!termination->rates.isEmpty());
}

void TestProviders::voipmsErrors()
{
    Fake fake;
    QVERIFY(fake.start(u"voipms"_s));
    std::optional<ProviderError> auth, missing, route;
    VoipmsClient wrong(access(ProviderKind::Voipms, fake.url(), u"not-the-password"_s), quick());
    wrong.getCallBilling([&](const QList<VoipmsValue> &, const ProviderError &e) { auth = e; });
    VoipmsClient client(access(ProviderKind::Voipms, fake.url()), quick());
    client.getRates(QString(), u"Canada"_s, [&](const QList<VoipmsRate> &, const ProviderError &e) { missing = e; });
    client.getTerminationRates(u"99"_s, u"Canada"_s, [&](const VoipmsTerminationRates &, const ProviderError &e) { route = e; });
    QTRY_VERIFY_WITH_TIMEOUT(auth && missing && route, 30000);
    QCOMPARE(auth->kind, ProviderError::Kind::Auth);
    QCOMPARE(auth->key, u"invalid_credentials"_s);
    QVERIFY(!auth->message.contains(u"not-the-password"_s));
    QCOMPARE(missing->kind, ProviderError::Kind::InvalidInput);
    QCOMPARE(missing->key, u"missing_package"_s);
    QCOMPARE(route->key, u"invalid_route"_s);
}

void TestProviders::kazooListDetailAndCsv()
{
    Fake fake;
    QVERIFY(fake.start(u"kazoo"_s, {u"--calls"_s, u"230"_s}));
    KazooClient client(access(ProviderKind::Kazoo, fake.url()), quick());
    KazooCdrQuery query;
    query.createdFrom = From;
    query.createdTo = Until;
    query.pageSize = 40;
    QSet<QString> ids;
    int pages = 0;
    QString firstId;
    for (;;) {
        std::optional<KazooPage> page;
        client.listCdrs(query, [&](const KazooPage &p, const ProviderError &e) {
            QVERIFY2(e.ok(), qPrintable(e.message));
            page = p;
        });
        QTRY_VERIFY_WITH_TIMEOUT(page.has_value(), 30000);
        ++pages;
        for (const CallRecord &call : page->calls) {
            QCOMPARE(call.source, u"kazoo:test"_s);
            ids.insert(call.recordKey);
            if (firstId.isEmpty())
                firstId = call.recordKey;
        }
        if (page->nextStartKey.isEmpty())
            break;
        query.startKey = page->nextStartKey;
    }
    QCOMPARE(ids.size(), 230);
    QCOMPARE(pages, 6);

    std::optional<QJsonObject> detail;
    CallRecord detailed;
    client.cdr(firstId, [&](const QJsonObject &data, const CallRecord &call, const ProviderError &e) {
        QVERIFY2(e.ok(), qPrintable(e.message));
        detail = data;
        detailed = call;
    });
    QTRY_VERIFY_WITH_TIMEOUT(detail.has_value(), 30000);
    QCOMPARE(detailed.recordKey, firstId);
    QVERIFY(detail->value(u"custom_channel_vars"_s).isObject());
    QVERIFY(detail->contains(u"remote_sdp"_s) || detail->contains(u"local_sdp"_s));

    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    KazooCdrQuery whole;
    whole.createdFrom = From;
    whole.createdTo = Until;
    std::optional<ProviderError> downloaded;
    client.downloadCsv(whole, &csv, [&](const ProviderError &e) { downloaded = e; });
    QTRY_VERIFY_WITH_TIMEOUT(downloaded.has_value(), 30000);
    QVERIFY2(downloaded->ok(), qPrintable(downloaded->message));
    const QList<QByteArray> lines = csv.data().trimmed().split('\n');
    QVERIFY(lines.first().contains("call_id") || lines.first().contains("id"));
    QCOMPARE(lines.size(), 231);

    KazooClient wrong(access(ProviderKind::Kazoo, fake.url(), u"bad-token"_s), quick());
    std::optional<ProviderError> auth;
    wrong.listCdrs(query, [&](const KazooPage &, const ProviderError &e) { auth = e; });
    QTRY_VERIFY_WITH_TIMEOUT(auth.has_value(), 30000);
    QCOMPARE(auth->kind, ProviderError::Kind::Auth);
    QCOMPARE(auth->code, 401);
    QVERIFY(!auth->message.contains(u"bad-token"_s));
}

void TestProviders::pbxReadsByAcctid()
{
    Fake fake;
    QVERIFY(fake.start(u"pbx"_s, {u"--calls"_s, u"120"_s}));
    PbxClient client(access(ProviderKind::Pbx, fake.url()), quick());
    PbxReadQuery query;
    query.maxRows = 50;
    QSet<QString> keys;
    qint64 lastMax = -1;
    for (int page = 0; page < 10; ++page) {
        std::optional<PbxPage> result;
        client.read(query, [&](const PbxPage &p, const ProviderError &e) {
            QVERIFY2(e.ok(), qPrintable(e.message));
            result = p;
        });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        for (const CallRecord &call : result->calls) {
            QCOMPARE(call.source, u"pbx:test"_s);
            QVERIFY(call.recordKey.toLongLong() > lastMax);
            keys.insert(call.recordKey);
        }
        if (result->calls.size() < 50)
            break;
        lastMax = result->maxId;
        query.minId = result->maxId + 1;
    }
    QCOMPARE(keys.size(), 120);
    // A date scope narrows the rows.
    PbxReadQuery dated;
    dated.minDate = Until - 86400;
    dated.maxDate = Until;
    dated.maxRows = 500;
    std::optional<PbxPage> recent;
    client.read(dated, [&](const PbxPage &p, const ProviderError &) { recent = p; });
    QTRY_VERIFY_WITH_TIMEOUT(recent.has_value(), 30000);
    QVERIFY(recent->calls.size() < 120);
    for (const CallRecord &call : recent->calls)
        QVERIFY(call.start >= Until - 86400 - 1);

    PbxClient wrong(access(ProviderKind::Pbx, fake.url(), u"nope"_s), quick());
    std::optional<ProviderError> auth;
    wrong.read({}, [&](const PbxPage &, const ProviderError &e) { auth = e; });
    QTRY_VERIFY_WITH_TIMEOUT(auth.has_value(), 30000);
    QCOMPARE(auth->kind, ProviderError::Kind::Auth);
    QCOMPARE(auth->code, 401);
}

void TestProviders::syncPullsEveryCallOnce_data()
{
    QTest::addColumn<ProviderKind>("kind");
    QTest::addColumn<int>("calls");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("enswitch") << ProviderKind::Enswitch << 1234 << 100;
    QTest::newRow("voipms") << ProviderKind::Voipms << 700 << 0;
    QTest::newRow("kazoo") << ProviderKind::Kazoo << 1234 << 100;
    QTest::newRow("pbx") << ProviderKind::Pbx << 1234 << 100;
}

void TestProviders::syncPullsEveryCallOnce()
{
    QFETCH(ProviderKind, kind);
    QFETCH(int, calls);
    QFETCH(int, pageSize);
    Fake fake;
    QVERIFY(fake.start(ProviderKinds::name(kind), {u"--calls"_s, QString::number(calls)}));
    storeWith(kind, fake.url(), qMax(pageSize, 1), kind == ProviderKind::Enswitch ? u"system"_s : QString());
    if (kind == ProviderKind::Voipms) {
        calls = int(voipmsCalls(fake.url()));  // the account's own calls, not its clients'
        QVERIFY(calls > 100);
    }
    const SyncResult first = sync();
    QVERIFY2(first.status == SyncResult::Status::Ok, qPrintable(first.message));
    QCOMPARE(storedCalls(), calls);
    QCOMPARE(first.calls, calls);
    if (pageSize > 0)
        QCOMPARE(first.pages, calls / pageSize + 1);
    // Again: the same set, nothing added.
    const SyncResult again = sync();
    QVERIFY2(again.status == SyncResult::Status::Ok, qPrintable(again.message));
    QCOMPARE(storedCalls(), calls);
    auto database = Database::open(m_spec);
    for (const CallRecord &call : TestSupport::allCalls(**database))
        QCOMPARE(call.source, ProviderKinds::name(kind) + u":test"_s);
    const SyncCursor cursor = *ConnectionStore(**database).cursor(1);
    QVERIFY(!cursor.underWay());
    QCOMPARE(cursor.syncedTo, std::optional<qint64>(Until));
}

void TestProviders::syncResumesAfterFailureAtEveryPage_data()
{
    QTest::addColumn<ProviderKind>("kind");
    QTest::addColumn<QString>("fault");
    for (ProviderKind kind : {ProviderKind::Enswitch, ProviderKind::Kazoo, ProviderKind::Pbx, ProviderKind::Voipms}) {
        for (const QString &fault : {u"--fail-every"_s, u"--truncate-every"_s, u"--drop-every"_s})
            QTest::addRow("%s %s", qPrintable(ProviderKinds::name(kind)), qPrintable(fault)) << kind << fault;
    }
}

// With every request failing in turn at page k (k = 2, 3, 4 …), each sync commits the pages
// before the failure and the next resumes there: in the end every call is stored exactly once.
void TestProviders::syncResumesAfterFailureAtEveryPage()
{
    QFETCH(ProviderKind, kind);
    QFETCH(QString, fault);
    const int pageSize = 50;
    for (int every : {2, 3, 5}) {
        int calls = kind == ProviderKind::Voipms ? 300 : 450;
        if (kind == ProviderKind::Voipms) {
            Fake whole;
            QVERIFY(whole.start(u"voipms"_s, {u"--calls"_s, QString::number(calls)}));
            calls = int(voipmsCalls(whole.url()));
        }
        Fake fake;
        QVERIFY(fake.start(ProviderKinds::name(kind), {u"--calls"_s, u"%1"_s.arg(kind == ProviderKind::Voipms ? 300 : 450), fault, QString::number(every)}));
        storeWith(kind, fake.url(), pageSize, kind == ProviderKind::Enswitch ? u"system"_s : QString());
        int failures = 0;
        qint64 before = 0;
        for (int run = 0; run < 100; ++run) {
            const SyncResult result = sync();
            const qint64 now = storedCalls();
            QVERIFY(now >= before);  // nothing committed is lost
            before = now;
            if (result.status == SyncResult::Status::Ok)
                break;
            ++failures;
            QVERIFY(!result.message.isEmpty());
            QVERIFY(!result.message.contains(Secret));
            if (kind != ProviderKind::Voipms)
                QCOMPARE(now % pageSize, 0);  // whole pages only
        }
        // Qt resends a request once by itself when a kept-alive connection drops, so dropped
        // connections need not fail a sync; failing and truncated answers must.
        if (fault != u"--drop-every")
            QVERIFY(failures > 0);
        QCOMPARE(storedCalls(), calls);
    }
}

void TestProviders::retriesRecoverFromTransientFaults()
{
    for (const QString &fault : {u"--fail-every"_s, u"--drop-every"_s}) {
        Fake fake;
        QVERIFY(fake.start(u"pbx"_s, {u"--calls"_s, u"500"_s, fault, u"2"_s}));
        storeWith(ProviderKind::Pbx, fake.url(), 50);
        const SyncResult result = sync(Secret, quick(2));
        QVERIFY2(result.status == SyncResult::Status::Ok, qPrintable(result.message));
        QCOMPARE(storedCalls(), 500);
    }
}

void TestProviders::timeoutIsReported()
{
    Fake fake;
    QVERIFY(fake.start(u"enswitch"_s, {u"--calls"_s, u"10"_s, u"--delay-ms"_s, u"3000"_s}));
    HttpSettings settings = quick(1);
    settings.timeoutMs = 300;
    EnswitchClient client(access(ProviderKind::Enswitch, fake.url()), settings);
    QElapsedTimer timer;
    timer.start();
    std::optional<ProviderError> error;
    client.listCdrs({}, [&](const QList<CallRecord> &, const ProviderError &e) { error = e; });
    QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 30000);
    QCOMPARE(error->kind, ProviderError::Kind::Timeout);
    QVERIFY(error->message.contains(u"2 attempt"_s));
    QVERIFY(timer.elapsed() < 2500);  // two attempts of 0.3 s, not the server's 3 s
}

void TestProviders::brokenResponsesAreClearErrors_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("says");
    QTest::addColumn<ProviderError::Kind>("error");
    for (const QString &kind : {u"enswitch"_s, u"voipms"_s, u"kazoo"_s, u"pbx"_s}) {
        QTest::addRow("%s truncated", qPrintable(kind)) << kind << u"--truncate-every"_s << u"truncated"_s
                                                       << ProviderError::Kind::Malformed;
        // A proxy's 502 page: the gateway failed (after the retries), and the message says it was a page.
        QTest::addRow("%s html", qPrintable(kind)) << kind << u"--html-every"_s << u"web page"_s
                                                  << ProviderError::Kind::Server;
        QTest::addRow("%s wrong type", qPrintable(kind)) << kind << u"--wrong-type-every"_s << u"web page"_s
                                                        << ProviderError::Kind::Malformed;
    }
}

void TestProviders::brokenResponsesAreClearErrors()
{
    QFETCH(QString, kind);
    QFETCH(QString, fault);
    QFETCH(QString, says);
    QFETCH(ProviderError::Kind, error);
    Fake fake;
    QVERIFY(fake.start(kind, {u"--calls"_s, u"300"_s, fault, u"1"_s}));
    storeWith(*ProviderKinds::fromName(kind), fake.url(), 50, kind == u"enswitch" ? u"system"_s : QString());
    const SyncResult result = sync(Secret, quick(2));
    QCOMPARE(result.status, SyncResult::Status::Failed);
    QCOMPARE(result.error.kind, error);
    QVERIFY2(result.message.contains(says), qPrintable(result.message));
    QVERIFY(result.message.contains(fake.url().host()));
    QCOMPARE(storedCalls(), 0);  // nothing partial
}

void TestProviders::hugeResponseIsAbandonedInBoundedMemory()
{
    Fake fake;
    QVERIFY(fake.start(u"kazoo"_s, {u"--calls"_s, u"300"_s, u"--huge-every"_s, u"2"_s, u"--huge-mb"_s, u"100"_s}));
    storeWith(ProviderKind::Kazoo, fake.url(), 100);
    HttpSettings settings = quick();
    settings.maxResponseBytes = 8 << 20;
    const qint64 peakBefore = peakRssKb();
    const SyncResult result = sync(Secret, settings);
    QCOMPARE(result.status, SyncResult::Status::Failed);
    QCOMPARE(result.error.kind, ProviderError::Kind::TooLarge);
    QVERIFY(result.message.contains(u"8 MiB"_s));
    QCOMPARE(storedCalls(), 100);  // the page before it, whole
    const qint64 grown = peakRssKb() - peakBefore;
    QVERIFY2(grown < 48 * 1024, qPrintable(u"peak RSS grew by %1 KiB"_s.arg(grown)));
}

void TestProviders::cancelKeepsCommittedPages()
{
    Fake fake;
    QVERIFY(fake.start(u"enswitch"_s, {u"--calls"_s, u"600"_s, u"--delay-ms"_s, u"100"_s}));
    storeWith(ProviderKind::Enswitch, fake.url(), 50, u"system"_s);
    SyncJob job(m_spec, u"test"_s, Secret, window());
    std::optional<SyncResult> result;
    connect(&job, &SyncJob::finished, this, [&result](const SyncResult &r) { result = r; });
    connect(&job, &SyncJob::progress, &job, [&job](qint64 calls) {
        if (calls >= 100)
            job.cancel();
    });
    job.start();
    waitFor([&] { return result.has_value(); });
    QCOMPARE(result->status, SyncResult::Status::Cancelled);
    const qint64 kept = storedCalls();
    QVERIFY(kept >= 100 && kept < 600);
    QCOMPARE(kept % 50, 0);
    const SyncResult resumed = sync();
    QVERIFY2(resumed.status == SyncResult::Status::Ok, qPrintable(resumed.message));
    QCOMPARE(resumed.calls, 600 - kept);
    QCOMPARE(storedCalls(), 600);
}

// A page that arrives while the store is still busy with the one before goes into the same
// commit; a provider slower than the store gets a commit per page.
void TestProviders::syncCommitsPagesThatArriveTogether()
{
    Fake fake;
    QVERIFY(fake.start(u"pbx"_s, {u"--calls"_s, u"300"_s, u"--delay-ms"_s, u"200"_s}));
    storeWith(ProviderKind::Pbx, fake.url(), 50);
    SyncJob job(m_spec, u"test"_s, Secret, window());
    std::optional<SyncResult> result;
    QList<qint64> committedPages;
    connect(&job, &SyncJob::finished, this, [&result](const SyncResult &r) { result = r; });
    connect(&job, &SyncJob::progress, this, [&](qint64, qint64 pages) { committedPages.append(pages); });
    job.start();  // the first page is on its way
    {
        // Another writer holds the store for a second: storing the first page waits for it,
        // and the second page arrives meanwhile.
        TestSupport::WriteLockHolder other(m_spec, std::chrono::seconds(1));
        QVERIFY(other.held());
        waitFor([&] { return result.has_value(); });
    }
    QVERIFY2(result && result->status == SyncResult::Status::Ok, qPrintable(result ? result->message : u"no answer"_s));
    QCOMPARE(storedCalls(), 300);
    QCOMPARE(result->pages, 7);
    QVERIFY2(committedPages.size() >= 2 && committedPages.first() >= 2, qPrintable(QString::number(committedPages.value(0))));
    for (qsizetype i = 1; i < committedPages.size(); ++i)
        QCOMPARE(committedPages[i], committedPages[i - 1] + 1);
    QCOMPARE(committedPages.last(), 7);
}

void TestProviders::plainHttpAndTlsAreNotSilentlyAllowed()
{
    // Plain HTTP to a host that is not loopback is refused before anything is sent.
    ProviderError refused = ProviderHttp::checkUrl(QUrl(u"http://pbx.example.com/rest"_s), false);
    QCOMPARE(refused.kind, ProviderError::Kind::Refused);
    QVERIFY(ProviderHttp::checkUrl(QUrl(u"http://pbx.example.com/rest"_s), true).ok());
    QVERIFY(ProviderHttp::checkUrl(QUrl(u"http://127.0.0.1:8080/"_s), false).ok());
    QVERIFY(ProviderHttp::checkUrl(QUrl(u"http://[::1]:8080/"_s), false).ok());
    QCOMPARE(ProviderHttp::checkUrl(QUrl(u"ftp://127.0.0.1/"_s), true).kind, ProviderError::Kind::Refused);
    PbxClient client(access(ProviderKind::Pbx, QUrl(u"http://pbx.example.com"_s)), quick());
    std::optional<ProviderError> error;
    client.read({}, [&](const PbxPage &, const ProviderError &e) { error = e; });
    QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 5000);
    QCOMPARE(error->kind, ProviderError::Kind::Refused);
    QVERIFY(error->message.contains(u"pbx.example.com"_s));
    // TLS to a server that does not speak it fails with the handshake's reason, not silently.
    Fake fake;
    QVERIFY(fake.start(u"pbx"_s));
    QUrl https = fake.url();
    https.setScheme(u"https"_s);
    PbxClient secure(access(ProviderKind::Pbx, https), quick());
    error.reset();
    secure.read({}, [&](const PbxPage &, const ProviderError &e) { error = e; });
    QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 30000);
    QVERIFY2(error->kind == ProviderError::Kind::Tls || error->kind == ProviderError::Kind::Network,
             qPrintable(error->message));
    QVERIFY(!error->message.isEmpty());
}

void TestProviders::credentialsStayOutOfTextAndStore()
{
    const QUrl url(u"https://ens.example.com/api/json/cdrs/list/?auth_username=op&auth_password=hunter2&start=1"_s);
    const QString shown = ProviderHttp::redacted(url);
    QVERIFY(!shown.contains(u"hunter2"_s));
    QVERIFY(shown.contains(u"auth_username=op"_s));
    QVERIFY(!ProviderHttp::redacted(QUrl(u"https://x/rest.php?api_password=p%40ss&method=getCDR"_s)).contains(u"p@ss"_s));

    const QString password = u"Very$ecret-42"_s;
    Fake fake;
    QVERIFY(fake.start(u"voipms"_s, {u"--calls"_s, u"50"_s, u"--password"_s, password}));
    storeWith(ProviderKind::Voipms, fake.url(), 100);
    const SyncResult wrong = sync(u"Wrong$ecret-43"_s);
    QCOMPARE(wrong.error.kind, ProviderError::Kind::Auth);
    QVERIFY(!wrong.message.contains(u"Wrong$ecret-43"_s));
    const SyncResult right = sync(password);
    QVERIFY2(right.status == SyncResult::Status::Ok, qPrintable(right.message));
    // Neither secret is anywhere in the store file (connections, outcomes, calls).
    QFile file(m_spec.path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll() + [&] {
        QFile wal(m_spec.path + u"-wal"_s);
        return wal.open(QIODevice::ReadOnly) ? wal.readAll() : QByteArray();
    }();
    QVERIFY(!bytes.contains(password.toUtf8()));
    QVERIFY(!bytes.contains("Wrong$ecret-43"));
}

void TestProviders::cliConnectionsAndSync()
{
    Fake fake;
    QVERIFY(fake.start(u"kazoo"_s, {u"--calls"_s, u"321"_s}));
    const QString db = m_dir.filePath(u"cli.db"_s);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"CDRDESK_SECRET"_s, Secret);
    QCOMPARE(TestSupport::runCli({u"demo"_s, u"--db"_s, db, u"--calls"_s, u"0"_s}).exitCode, 0);
    const QStringList add = {u"connection"_s, u"add"_s, u"--db"_s, db, u"--name"_s, u"k1"_s, u"--kind"_s, u"kazoo"_s,
                             u"--url"_s, fake.url().toString(), u"--account"_s, KazooAccount, u"--page-size"_s, u"100"_s};
    TestSupport::CliRun run = TestSupport::runCli(add, environment);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(TestSupport::runCli(add, environment).exitCode, 1);  // the name is taken
    // Plain HTTP to another host needs --allow-http.
    run = TestSupport::runCli({u"connection"_s, u"add"_s, u"--db"_s, db, u"--name"_s, u"far"_s, u"--kind"_s, u"pbx"_s,
                               u"--url"_s, u"http://pbx.example.com"_s}, environment);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(u"plain HTTP"_s));
    run = TestSupport::runCli({u"connection"_s, u"test"_s, u"--db"_s, db, u"--name"_s, u"k1"_s}, environment);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = TestSupport::runCli({u"sync"_s, u"--db"_s, db, u"--connection"_s, u"k1"_s, u"--start"_s,
                               QString::number(From), u"--end"_s, QString::number(Until)}, environment);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.err.contains(u"321 calls"_s));
    run = TestSupport::runCli({u"connection"_s, u"list"_s, u"--db"_s, db}, environment);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"k1\tkazoo\t"_s));
    QVERIFY(run.out.contains(u"\tok\t"_s));
    QVERIFY(!run.out.contains(Secret));
    // A wrong secret: exit 1, a clear message without the secret.
    QProcessEnvironment wrong = environment;
    wrong.insert(u"CDRDESK_SECRET"_s, u"Wr0ngT0ken"_s);
    run = TestSupport::runCli({u"connection"_s, u"test"_s, u"--db"_s, db, u"--name"_s, u"k1"_s}, wrong);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(u"401"_s));
    QVERIFY(!run.err.contains(u"Wr0ngT0ken"_s));
    run = TestSupport::runCli({u"connection"_s, u"remove"_s, u"--db"_s, db, u"--name"_s, u"k1"_s}, environment);
    QCOMPARE(run.exitCode, 0);
    run = TestSupport::runCli({u"connection"_s, u"list"_s, u"--db"_s, db}, environment);
    QVERIFY(!run.out.contains(u"k1"_s));
    run = TestSupport::runCli({u"info"_s, u"--db"_s, db}, environment);
    QVERIFY(run.out.contains(u"321"_s));  // the calls stay
}

QTEST_GUILESS_MAIN(TestProviders)
#include "tst_providers.moc"
