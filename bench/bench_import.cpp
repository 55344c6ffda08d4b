// The files-in-and-out benchmark: importing a large Asterisk Master.csv into the indexed SQLite
// store, and exporting every call of it to CSV, each beside the sqlite3 CLI doing the same with
// the same files (`.import` into a table, then the same number of indexes; `-csv` of the same
// rows in the same order), as ratios; and the peak RSS of each of our runs at two file sizes,
// to show memory does not grow with the file. See bench/README.md.
//
// Each measured run is a child process (this program with --phase), so its VmHWM is its own.

#include "formats/callexporter.h"
#include "formats/callimporter.h"
#include "store/callfilter.h"
#include "store/database.h"
#include "store/databasespec.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTextStream>

#include <cstdio>
#include <sys/resource.h>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void say(const QString &line)
{
    out() << line << Qt::endl;
}

qint64 peakRssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// A deterministic stream of Asterisk cdr_csv rows (18 columns, as cdr_csv writes them with
// loguniqueid and loguserfield): ~240 bytes a row, the mix of a small office PBX's traffic.
class MasterCsvGenerator
{
public:
    QByteArray row(qint64 n)
    {
        static const char *const dispositions[] = {"ANSWERED", "ANSWERED", "ANSWERED", "NO ANSWER", "BUSY",
                                                   "FAILED", "ANSWERED", "CONGESTION"};
        const qint64 start = m_epoch + n * 3;  // one call every 3 s: 10M calls ≈ a year
        const char *disposition = dispositions[next() % 8];
        const bool answered = disposition[0] == 'A';
        const int ring = int(next() % 30);
        const int billsec = answered ? int(next() % 900) : 0;
        const qint64 answer = start + ring;
        const qint64 end = answer + billsec;
        const quint64 ext = 1000 + next() % 200;
        const quint64 dst = 2000000000ULL + next() % 7999999999ULL;
        char buffer[512];
        const int size = std::snprintf(
            buffer, sizeof buffer,
            "\"%s\",\"%llu\",\"%llu\",\"from-internal\",\"\"\"Extension %llu\"\" <%llu>\",\"SIP/%llu-%08llx\","
            "\"SIP/trunk-%08llx\",\"Dial\",\"SIP/trunk/%llu,60,tT\",\"%s\",\"%s\",\"%s\",%lld,%d,\"%s\","
            "\"DOCUMENTATION\",\"%lld.%lld\",\"\"\n",
            n % 5 == 0 ? "sales" : "", ext, dst, ext, ext, ext, (unsigned long long)(n & 0xffffffff),
            (unsigned long long)((n * 7) & 0xffffffff), dst, time(start).constData(),
            answered ? time(answer).constData() : "", time(end).constData(), (long long)(end - start), billsec,
            disposition, (long long)start, (long long)(n % 1000));
        return QByteArray(buffer, size);
    }

private:
    quint64 next()
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return m_state >> 33;
    }
    QByteArray time(qint64 seconds) const
    {
        return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm:ss"_s).toLatin1();
    }

    quint64 m_state = 42;
    const qint64 m_epoch = 1730419200;  // 2024-11-01T00:00:00Z
};

bool writeCsv(const QString &path, qint64 rows)
{
    if (QFileInfo(path).size() > 0) {
        say(u"using %1 (delete it to regenerate)"_s.arg(path));
        return true;
    }
    QElapsedTimer timer;
    timer.start();
    QFile file(path + u".part"_s);
    if (!file.open(QIODevice::WriteOnly)) {
        say(u"cannot write %1: %2"_s.arg(file.fileName(), file.errorString()));
        return false;
    }
    MasterCsvGenerator generator;
    QByteArray chunk;
    for (qint64 n = 0; n < rows; ++n) {
        chunk += generator.row(n);
        if (chunk.size() > (1 << 20) || n + 1 == rows) {
            if (file.write(chunk) != chunk.size()) {
                say(u"cannot write %1: %2"_s.arg(file.fileName(), file.errorString()));
                return false;
            }
            chunk.clear();
        }
    }
    file.close();
    QFile::remove(path);
    file.rename(path);
    say(u"generated %1: %2 rows, %3 MB in %4 s"_s.arg(path).arg(rows).arg(QFileInfo(path).size() / 1e6, 0, 'f', 0)
            .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    return true;
}

// --phase import|export: one measured run; prints "seconds rows peak-kB" on its last line.
int runPhase(const QString &phase, const QString &csv, const QString &dbPath)
{
    if (phase == u"import")
        QFile::remove(dbPath);
    auto database = Database::open(DatabaseSpec::sqlite(dbPath), phase == u"import" ? Database::OpenMode::CreateIfMissing : Database::OpenMode::MustExist);
    if (!database) {
        say(database.error());
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    qint64 rows = 0;
    if (phase == u"import") {
        ImportOptions options;
        options.format = ImportFormat::AsteriskCsv;
        auto stats = CallImporter(**database).importFile(csv, options);
        if (!stats) {
            say(stats.error());
            return 1;
        }
        rows = stats->imported;
    } else {
        CallFilter all;
        all.archive = true;
        auto written = CallExporter(**database).exportTo(csv, all, ExportOptions());
        if (!written) {
            say(written.error());
            return 1;
        }
        rows = *written;
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    say(u"%1 %2 %3"_s.arg(seconds, 0, 'f', 3).arg(rows).arg(peakRssKb()));
    return 0;
}

// The 1-minute load average (other builds share the machine): printed beside each figure.
QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll().split(' ').value(0)) : u"?"_s;
}

// CPU seconds (user + system) of the children waited for so far: the cost of a run whatever
// else shares the machine, where wall time under load measures the other builds too.
double childrenCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct Run
{
    double seconds = -1;
    qint64 rows = 0;
    qint64 peakKb = 0;
    double cpu = -1;
};

std::optional<Run> child(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const double cpuBefore = childrenCpuSeconds();
    process.start(QCoreApplication::applicationFilePath(), arguments);
    if (!process.waitForFinished(-1) || process.exitCode() != 0) {
        say(u"run failed: %1"_s.arg(QString::fromUtf8(process.readAllStandardOutput()).trimmed()));
        return std::nullopt;
    }
    const QStringList last = QString::fromUtf8(process.readAllStandardOutput()).trimmed().split(u'\n').last()
                                 .split(u' ');
    return Run{last.value(0).toDouble(), last.value(1).toLongLong(), last.value(2).toLongLong(),
               childrenCpuSeconds() - cpuBefore};
}

struct Timing
{
    double seconds = -1;
    double cpu = -1;
};

// Runs an sqlite3 script (on stdin) against `db`, stdout to `output` (or discarded).
Timing sqlite3(const QString &program, const QStringList &arguments, const QByteArray &script,
               const QString &output = QString())
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setStandardOutputFile(output.isEmpty() ? QProcess::nullDevice() : output);
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = childrenCpuSeconds();
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        say(u"cannot run %1"_s.arg(program));
        return {};
    }
    process.write(script);
    process.closeWriteChannel();
    process.waitForFinished(-1);
    if (process.exitCode() != 0) {
        say(u"%1 failed"_s.arg(program));
        return {};
    }
    return {timer.nsecsElapsed() / 1e9, childrenCpuSeconds() - cpuBefore};
}

// The sqlite3 side of the import: the file into an 18-column table, then as many indexes as our
// store keeps on calls (its eleven sort indexes and the unique key), over the matching columns.
Timing sqlite3Import(const QString &program, const QString &csv, const QString &db)
{
    QFile::remove(db);
    const QByteArray script = "CREATE TABLE cdr(accountcode TEXT, src TEXT, dst TEXT, dcontext TEXT, clid TEXT, "
                              "channel TEXT, dstchannel TEXT, lastapp TEXT, lastdata TEXT, start TEXT, answer TEXT, "
                              "end TEXT, duration INTEGER, billsec INTEGER, disposition TEXT, amaflags TEXT, "
                              "uniqueid TEXT, userfield TEXT);\n"
                              ".import --csv " + csv.toUtf8() + " cdr\n"
                              "CREATE INDEX i1 ON cdr(start);\nCREATE INDEX i2 ON cdr(end);\n"
                              "CREATE INDEX i3 ON cdr(accountcode, start);\nCREATE INDEX i4 ON cdr(dcontext, start);\n"
                              "CREATE INDEX i5 ON cdr(src);\nCREATE INDEX i6 ON cdr(dst);\n"
                              "CREATE INDEX i7 ON cdr(clid);\nCREATE INDEX i8 ON cdr(channel);\n"
                              "CREATE INDEX i9 ON cdr(uniqueid);\nCREATE INDEX i10 ON cdr(billsec);\n"
                              "CREATE INDEX i11 ON cdr(duration);\nCREATE UNIQUE INDEX u1 ON cdr(uniqueid, start, src);\n";
    return sqlite3(program, {db}, script);
}

QString ratio(double ours, double theirs)
{
    return ours > 0 && theirs > 0 ? QString::number(ours / theirs, 'f', 2) : u"—"_s;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Import/export benchmark: Asterisk CSV into the SQLite store and out to CSV."_s);
    parser.addHelpOption();
    parser.addOption({u"rows"_s, u"Rows of the large file (default 10000000)."_s, u"N"_s, u"10000000"_s});
    parser.addOption({u"small"_s, u"Rows of the small file, for the RSS comparison (default 1000000)."_s, u"N"_s,
                      u"1000000"_s});
    parser.addOption({u"dir"_s, u"Where the files go (default: bench/data in the source tree)."_s, u"DIR"_s,
                      QStringLiteral(CDRDESK_SOURCE_DIR "/bench/data")});
    parser.addOption({u"sqlite3"_s, u"The CLI to compare with (default sqlite3)."_s, u"PROGRAM"_s, u"sqlite3"_s});
    parser.addOption({u"no-sqlite3"_s, u"Skip the comparison."_s});
    parser.addOption({u"phase"_s, u"Internal: one measured run (import|export)."_s, u"PHASE"_s});
    parser.addOption({u"csv"_s, u"Internal: the CSV of a phase."_s, u"FILE"_s});
    parser.addOption({u"db"_s, u"Internal: the store of a phase."_s, u"FILE"_s});
    parser.process(app);
    if (parser.isSet(u"phase"_s))
        return runPhase(parser.value(u"phase"_s), parser.value(u"csv"_s), parser.value(u"db"_s));

    const QDir dir(parser.value(u"dir"_s));
    QDir().mkpath(dir.path());
    const qint64 large = parser.value(u"rows"_s).toLongLong();
    const qint64 small = parser.value(u"small"_s).toLongLong();
    const QString program = parser.value(u"sqlite3"_s);
    const bool compare = !parser.isSet(u"no-sqlite3"_s);

    struct Size
    {
        qint64 rows;
        QString csv, store, exported;
    };
    QList<Size> sizes;
    for (qint64 rows : {small, large}) {
        const QString tag = u"%1"_s.arg(rows);
        sizes.append({rows, dir.filePath(u"Master-%1.csv"_s.arg(tag)), dir.filePath(u"import-%1.db"_s.arg(tag)),
                      dir.filePath(u"export-%1.csv"_s.arg(tag))});
    }
    for (const Size &size : sizes) {
        if (!writeCsv(size.csv, size.rows))
            return 1;
    }

    say(u"| rows | step | ours s | ours CPU s | rows/s | peak RSS MB | sqlite3 s | sqlite3 CPU s | ratio | CPU ratio | load before ours / sqlite3 |"_s);
    say(u"|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"_s);
    for (const Size &size : sizes) {
        QString loads[4] = {loadAverage(), u"—"_s, u"—"_s, u"—"_s};
        const auto imported = child({u"--phase"_s, u"import"_s, u"--csv"_s, size.csv, u"--db"_s, size.store});
        if (!imported)
            return 1;
        Timing theirsImport, theirsExport;
        if (compare) {
            const QString theirDb = dir.filePath(u"sqlite3-%1.db"_s.arg(size.rows));
            loads[1] = loadAverage();
            theirsImport = sqlite3Import(program, size.csv, theirDb);
            QFile::remove(theirDb);
        }
        loads[2] = loadAverage();
        const auto exported = child({u"--phase"_s, u"export"_s, u"--csv"_s, size.exported, u"--db"_s, size.store});
        if (!exported)
            return 1;
        if (compare) {
            loads[3] = loadAverage();
            // The same rows in the same order, every column, from the same store.
            theirsExport = sqlite3(program, {u"-csv"_s, u"-header"_s, size.store},
                                   "SELECT * FROM calls ORDER BY start, id;", size.exported + u".sqlite3"_s);
            QFile::remove(size.exported + u".sqlite3"_s);
        }
        QFile::remove(size.exported);
        const auto line = [&](const QString &step, const Run &run, const Timing &theirs, const QString &load) {
            const auto figure = [](double value) { return value > 0 ? QString::number(value, 'f', 1) : u"—"_s; };
            say(u"| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 | %11 |"_s.arg(size.rows).arg(step)
                    .arg(figure(run.seconds), figure(run.cpu))
                    .arg(run.seconds > 0 ? run.rows / run.seconds : 0, 0, 'f', 0)
                    .arg(run.peakKb / 1024.0, 0, 'f', 1)
                    .arg(figure(theirs.seconds), figure(theirs.cpu))
                    .arg(ratio(run.seconds, theirs.seconds), ratio(run.cpu, theirs.cpu), load));
        };
        line(u"import Master.csv → indexed store"_s, *imported, theirsImport, loads[0] + u" / "_s + loads[1]);
        line(u"export store → CSV"_s, *exported, theirsExport, loads[2] + u" / "_s + loads[3]);
    }
    return 0;
}
