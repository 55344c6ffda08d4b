// The dashboard benchmark: how long each part of the dashboard takes on a large SQLite store
// (DashboardQuery, as the dashboard's worker runs it, in its order) for a week, a month and all
// of the data, with the roll-ups or (--raw) from the calls only, next to the same SQL over the
// calls run by the sqlite3 CLI on the same file; and how long opening (migrating) took. See
// bench/README.md.

#include "dashboard/dashboardquery.h"
#include "store/callfilter.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values[values.size() / 2];
}

// The statement a part runs, as plain SQL for the CLI (the bounds inlined).
QString partSql(DashboardQuery::Part part, const CallFilter &filter)
{
    QString where = u" WHERE \"archived\" = 0"_s;
    if (filter.start)
        where += u" AND \"start\" >= %1"_s.arg(*filter.start);
    if (filter.end)
        where += u" AND \"start\" < %1"_s.arg(*filter.end);
    switch (part) {
    case DashboardQuery::Timeline:
        return u"SELECT \"start\" - \"start\" % 1800, \"status\", COUNT(*), SUM(\"talktime\") FROM \"calls\""_s + where
               + u" GROUP BY 1, 2"_s;
    case DashboardQuery::Concurrency:
        return u"SELECT COUNT(*) FROM (SELECT \"start\", \"end\" FROM \"calls\""_s + where + u" ORDER BY \"start\")"_s;
    case DashboardQuery::Destinations:
        return u"SELECT \"cnumber_country\", \"cnumber_region\", \"currency\", COUNT(*), SUM(\"talktime\"), SUM(\"cost\") FROM \"calls\""_s
               + where + u" GROUP BY 1, 2, 3"_s;
    case DashboardQuery::Customers:
        return u"SELECT \"scustomer\", \"currency\", COUNT(*), SUM(\"cost\") FROM \"calls\""_s + where + u" GROUP BY 1, 2"_s;
    }
    return {};
}

// Milliseconds the sqlite3 CLI reports for `sql` (the median of `repeat` runs), or -1.
double sqlite3Ms(const QString &program, const QString &path, const QString &sql, int repeat)
{
    QString script = u".timer on\n.output /dev/null\n"_s;
    for (int i = 0; i < repeat; ++i)
        script += sql + u";\n"_s;
    QProcess process;
    process.start(program, {u"-readonly"_s, path});
    if (!process.waitForStarted())
        return -1;
    process.write(script.toUtf8());
    process.closeWriteChannel();
    process.waitForFinished(-1);
    const QString output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    QList<double> times;
    static const QRegularExpression timer(u"Run Time: real ([0-9.]+)"_s);
    for (auto it = timer.globalMatch(output); it.hasNext();)
        times.append(it.next().captured(1).toDouble() * 1000);
    return median(times);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(u"db"_s, u"The SQLite store (default: bench/data/calls-10m.db)."_s, u"PATH"_s,
                                      QStringLiteral(CDRDESK_SOURCE_DIR "/bench/data/calls-10m.db"));
    const QCommandLineOption repeatOption(u"repeat"_s, u"Repetitions; medians are reported."_s, u"R"_s, u"3"_s);
    const QCommandLineOption sqliteOption(u"sqlite3"_s, u"The CLI to compare with."_s, u"PROGRAM"_s, u"sqlite3"_s);
    const QCommandLineOption rawOption(u"raw"_s, u"Read the calls only, not the roll-ups (as before schema version 9)."_s);
    parser.addOptions({dbOption, repeatOption, sqliteOption, rawOption});
    parser.process(app);
    const QString path = parser.value(dbOption);
    const int repeat = qMax(1, parser.value(repeatOption).toInt());
    if (!QFileInfo::exists(path)) {
        out() << "No store at " << path << " (bench_grid generates it)." << Qt::endl;
        return 1;
    }
    // Opening migrates an older store forward: the roll-ups are built from the calls then.
    QElapsedTimer openTimer;
    openTimer.start();
    auto opened = Database::open(DatabaseSpec::sqlite(path));
    if (!opened) {
        out() << opened.error() << Qt::endl;
        return 1;
    }
    out() << "opened (with any migration) in " << QString::number(double(openTimer.elapsed()) / 1000, 'f', 1) << " s" << Qt::endl;
    const bool raw = parser.isSet(rawOption);
    Database &db = **opened;
    qint64 last = 0;
    {
        QSqlQuery query(db.connection());
        query.exec(u"SELECT MAX(\"start\") FROM \"calls\""_s);
        query.next();
        last = query.value(0).toLongLong() + 1;
    }
    struct Range
    {
        QString name;
        CallFilter filter;
    };
    QList<Range> ranges;
    for (const auto &[name, days] : {std::pair{u"last 7 days"_s, 7}, std::pair{u"last 30 days"_s, 30}}) {
        CallFilter filter;
        filter.start = last - days * 86400;
        filter.end = last;
        ranges.append({name, filter});
    }
    ranges.append({u"all calls"_s, CallFilter()});

    const QList<std::pair<DashboardQuery::Part, QString>> parts = {
        {DashboardQuery::Timeline, u"timeline (status × half hour)"_s},
        {DashboardQuery::Destinations, u"destinations"_s},
        {DashboardQuery::Customers, u"customers"_s},
        {DashboardQuery::Concurrency, u"concurrency sweep"_s},
    };
    out() << "store: " << path << ", median of " << repeat
          << " runs, wall ms (and CPU ms of this process); sqlite3 CLI wall ms of the same part over the calls; ratio = ours / sqlite3; "
          << (raw ? "calls only (--raw)" : "roll-ups where they answer") << Qt::endl;
    for (const Range &range : ranges) {
        out() << "\n" << range.name << ":" << Qt::endl;
        double total = 0;
        for (const auto &[part, name] : parts) {
            QList<double> times;
            QList<double> cpuTimes;
            for (int i = 0; i < repeat; ++i) {
                DashboardQuery query(db, QTimeZone::utc());
                query.setUseRollups(!raw);
                DashboardData data;
                if (part == DashboardQuery::Concurrency)
                    (void)query.compute(DashboardQuery::Timeline, range.filter, data);
                QElapsedTimer timer;
                timer.start();
                const std::clock_t cpu = std::clock();
                const Result<void> ok = query.compute(part, range.filter, data);
                times.append(double(timer.nsecsElapsed()) / 1e6);
                cpuTimes.append(double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC);
                if (!ok) {
                    out() << "  " << name << " failed: " << ok.error() << Qt::endl;
                    return 1;
                }
            }
            const double ours = median(times);
            const double cli = sqlite3Ms(parser.value(sqliteOption), path, partSql(part, range.filter), repeat);
            total += ours;
            out() << "  " << name.leftJustified(32) << QString::number(ours, 'f', 0).rightJustified(8) << " (cpu "
                  << QString::number(median(cpuTimes), 'f', 0).rightJustified(6) << ")  sqlite3 "
                  << QString::number(cli, 'f', 0).rightJustified(8) << "  ratio "
                  << (cli > 0 ? QString::number(ours / cli, 'f', 2) : u"-"_s) << Qt::endl;
            if (part == DashboardQuery::Customers)  // what the roll-ups answer: the dashboard appears
                out() << "  " << u"first three parts"_s.leftJustified(32) << QString::number(total, 'f', 0).rightJustified(8) << Qt::endl;
        }
        out() << "  " << u"whole dashboard"_s.leftJustified(32) << QString::number(total, 'f', 0).rightJustified(8) << Qt::endl;
    }
    return 0;
}
