// bench_sync: a connection's sync from a local cdrdesk-fake-provider into a new SQLite store —
// calls per second and the peak RSS, for several call counts (memory must not grow with the
// count), next to the bare transfer of the same pages (the network and fake's floor) and to the
// sqlite3 CLI storing the same calls in a store of the same schema (the store's floor).
#include "providers/connectionstore.h"
#include "providers/providerhttp.h"
#include "providers/syncjob.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

qint64 procStatusKb(const char *key)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key) + 1).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

// CPU seconds (user + system) a process has used so far: "self" or a pid. On a shared,
// loaded machine wall time says little; CPU time says what the work costs.
double cpuSeconds(const QString &pid)
{
    QFile stat(u"/proc/"_s + pid + u"/stat"_s);
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return double(fields[11].toLongLong() + fields[12].toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

// Forgets the peak so far (Linux: writing 5 to clear_refs resets VmHWM).
void resetPeak()
{
    QFile refs(u"/proc/self/clear_refs"_s);
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
}

struct Fake
{
    QProcess process;
    QUrl url;
    bool start(const QString &program, const QString &kind, qint64 calls)
    {
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(program, {u"--kind"_s, kind, u"--port"_s, u"0"_s, u"--quiet"_s, u"--calls"_s, QString::number(calls),
                                u"--days"_s, u"365"_s});
        if (!process.waitForStarted(10000))
            return false;
        while (!process.canReadLine()) {
            if (!process.waitForReadyRead(600000))
                return false;
        }
        const QByteArray line = process.readLine().trimmed();
        url = QUrl(QString::fromUtf8(line.mid(line.indexOf("http"))));
        return url.port() > 0;
    }
    ~Fake()
    {
        process.kill();
        process.waitForFinished(5000);
    }
};

Connection connectionFor(const QString &kind, const QUrl &url, int pageSize)
{
    Connection c;
    c.name = u"bench"_s;
    c.kind = *ProviderKinds::fromName(kind);
    c.url = url;
    c.user = u"operator"_s;
    // Kazoo's account id; on voip.ms an account would filter the calls to one sub-account.
    c.account = c.kind == ProviderKind::Voipms ? QString() : u"4b8c6fe7e2b1f1d4a4dcfd5bcc0c5e3a"_s;
    c.customer = c.kind == ProviderKind::Enswitch ? u"system"_s : QString();
    c.pageSize = pageSize;
    return c;
}

// Fetches every page of the PBX's /rest/call/read without parsing more than the page's last
// acctid or storing anything: the floor the sync cannot go below.
double transferSeconds(const QUrl &url, int pageSize, qint64 *rows)
{
    HttpSettings settings;
    ProviderHttp http(settings);
    QElapsedTimer timer;
    timer.start();
    qint64 minId = 0;
    *rows = 0;
    for (;;) {
        HttpRequest request;
        request.verb = "POST";
        request.url = url.resolved(QUrl(u"/rest/call/read"_s));
        request.headers = {{"Authorization", "Basic " + QByteArray("operator:secret").toBase64()},
                           {"Content-Type", "application/json"}};
        request.body = QJsonDocument(QJsonObject{{u"type"_s, u"cdr"_s},
                                                 {u"scope"_s, QJsonObject{{u"minID"_s, minId}, {u"maxRows"_s, pageSize}}}})
                           .toJson(QJsonDocument::Compact);
        QEventLoop loop;
        QByteArray body;
        http.send(request, [&](const HttpReply &reply, const ProviderError &) {
            body = reply.body;
            loop.quit();
        });
        loop.exec();
        const qsizetype at = body.lastIndexOf("\"acctid\":");
        const qint64 count = body.count("\"acctid\":");
        *rows += count;
        if (count < pageSize || at < 0)
            break;
        minId = body.mid(at + 9, 20).split(',').first().trimmed().toLongLong() + 1;
    }
    return timer.elapsed() / 1000.0;
}

double childrenCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

QByteArray run(const QString &program, const QStringList &arguments, const QByteArray &script = {})
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program, arguments);
    if (!process.waitForStarted())
        return {};
    process.write(script);
    process.closeWriteChannel();
    process.waitForFinished(-1);
    return process.exitCode() == 0 ? process.readAllStandardOutput() : QByteArray();
}

// The sqlite3 CLI storing the synced calls again, into an empty store of the same schema (its
// indexes, unique key and roll-up triggers): one INSERT … SELECT, row by row (the WHERE keeps
// SQLite from copying the table wholesale). No fetching, parsing or mapping: what the schema
// costs any writer. Wall and CPU seconds, or -1.
std::pair<double, double> sqlite3Store(const QString &program, const QString &store, const QString &db)
{
    const QByteArray schema = run(program, {store, u".schema"_s});
    if (schema.isEmpty())
        return {-1, -1};
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = childrenCpuSeconds();
    const QByteArray script = schema + "PRAGMA journal_mode = WAL;\nPRAGMA cache_size = -16384;\nATTACH '"
                              + store.toUtf8() + "' AS o;\nBEGIN;\nINSERT INTO calls SELECT * FROM o.calls WHERE id > 0;\n"
                              "SELECT 'done';\nCOMMIT;\n";
    if (!run(program, {db}, script).contains("done"))
        return {-1, -1};
    return {timer.nsecsElapsed() / 1e9, childrenCpuSeconds() - cpuBefore};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Sync from a local fake provider into SQLite: calls/s and peak RSS."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"kind"_s, u"enswitch, voipms, kazoo or pbx (default pbx)."_s, u"KIND"_s, u"pbx"_s},
        {u"calls"_s, u"Comma-separated call counts (default 100000,1000000)."_s, u"N,…"_s, u"100000,1000000"_s},
        {u"page-size"_s, u"Calls per request (default 5000)."_s, u"N"_s, u"5000"_s},
        {u"fake"_s, u"The cdrdesk-fake-provider program."_s, u"PATH"_s, QStringLiteral(CDRDESK_FAKE_PROVIDER)},
        {u"sqlite3"_s, u"The CLI to compare with (default sqlite3)."_s, u"PROGRAM"_s, u"sqlite3"_s},
        {u"no-sqlite3"_s, u"Skip the comparison."_s},
    });
    parser.process(app);
    const QString kind = parser.value(u"kind"_s);
    const int pageSize = parser.value(u"page-size"_s).toInt();
    if (!ProviderKinds::fromName(kind) || pageSize <= 0) {
        out << "bad --kind or --page-size\n";
        return 2;
    }
    out << "bench_sync: " << kind << " fake → SQLite, " << pageSize << " calls per page\n" << Qt::flush;
    out << "calls | fake start s | sync s | calls/s | sync CPU s | fake CPU s | calls per CPU s | transfer s | sync/transfer"
           " | sqlite3 s | sqlite3 CPU s | sync/sqlite3 | peak RSS MB\n";
    for (const QString &count : parser.value(u"calls"_s).split(u',')) {
        const qint64 calls = count.toLongLong();
        QElapsedTimer timer;
        timer.start();
        Fake fake;
        if (!fake.start(parser.value(u"fake"_s), kind, calls)) {
            out << "cannot start " << parser.value(u"fake"_s) << '\n';
            return 1;
        }
        const double fakeStart = timer.elapsed() / 1000.0;
        QTemporaryDir dir;
        const DatabaseSpec spec = DatabaseSpec::sqlite(dir.filePath(u"sync.db"_s));
        {
            auto database = Database::open(spec, Database::OpenMode::CreateIfMissing);
            if (!database || !ConnectionStore(**database).add(connectionFor(kind, fake.url, pageSize))) {
                out << "cannot prepare the store\n";
                return 1;
            }
        }
        resetPeak();
        SyncOptions options;
        // The fake's calls: 365 days up to its --until (1790000000). voip.ms is read a day a
        // request, so the window is no longer than that.
        options.end = 1790000000;
        options.start = *options.end - 366 * 86400;
        SyncJob job(spec, u"bench"_s, u"secret"_s, options);
        SyncResult result;
        QEventLoop loop;
        QObject::connect(&job, &SyncJob::finished, &loop, [&](const SyncResult &r) {
            result = r;
            loop.quit();
        });
        const double selfBefore = cpuSeconds(u"self"_s);
        const QString fakePid = QString::number(fake.process.processId());
        const double fakeBefore = cpuSeconds(fakePid);
        timer.restart();
        job.start();
        if (result.pages == 0 && result.message.isEmpty())
            loop.exec();
        const double seconds = timer.elapsed() / 1000.0;
        const double selfCpu = cpuSeconds(u"self"_s) - selfBefore;
        const double fakeCpu = cpuSeconds(fakePid) - fakeBefore;
        const qint64 peakKb = procStatusKb("VmHWM");
        if (result.status != SyncResult::Status::Ok) {
            out << "sync failed: " << result.message << '\n';
            return 1;
        }
        qint64 rows = 0;
        const double transfer = kind == u"pbx" ? transferSeconds(fake.url, pageSize, &rows) : 0.0;
        const auto [peer, peerCpu] = parser.isSet(u"no-sqlite3"_s) ? std::pair{-1.0, -1.0}
                                     : sqlite3Store(parser.value(u"sqlite3"_s), spec.path, dir.filePath(u"sqlite3.db"_s));
        out << calls << " | " << QString::number(fakeStart, 'f', 1) << " | " << QString::number(seconds, 'f', 2) << " | "
            << qRound64(result.calls / seconds) << " | " << QString::number(selfCpu, 'f', 2) << " | "
            << QString::number(fakeCpu, 'f', 2) << " | " << qRound64(result.calls / selfCpu) << " | "
            << (transfer > 0 ? QString::number(transfer, 'f', 2) : u"—"_s) << " | "
            << (transfer > 0 ? QString::number(seconds / transfer, 'f', 2) : u"—"_s) << " | "
            << (peer > 0 ? QString::number(peer, 'f', 2) + u" | "_s + QString::number(peerCpu, 'f', 2) + u" | "_s
                               + QString::number(seconds / peer, 'f', 2)
                         : u"— | — | —"_s)
            << " | " << QString::number(peakKb / 1024.0, 'f', 1) << '\n'
            << Qt::flush;
        if (result.calls != calls)
            out << "  (synced " << result.calls << " of " << calls << ")\n";
    }
    return 0;
}
