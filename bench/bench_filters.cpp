// bench_filters: filtered counts and first pages on the large demo store (the one bench_grid
// uses), through CallStore, next to the very same SQL text and bound values run by the sqlite3
// CLI on the same file, as a ratio. See bench/README.md.
#include "core/timeutil.h"
#include "demo/demobuilder.h"
#include "store/callstore.h"
#include "store/database.h"
#include "store/sqlerror.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

void say(const QString &line)
{
    QTextStream(stdout) << line << Qt::endl;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return NAN;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

QString ms(double value)
{
    return std::isnan(value) ? u"–"_s : QString::number(value, 'f', value < 10 ? 2 : 0);
}

// The sqlite3 CLI running a statement `repeat` times with the values bound as CallStore binds
// them (`.parameter set`, numbered placeholders): the "Run Time: real" of each, in ms.
QList<double> sqlite3Times(const QString &program, const QString &path, const SqlFragment &query, int repeat)
{
    QString sql = query.sql;
    QString script = u"PRAGMA cache_size = -16384;\n.output /dev/null\n"_s;
    int n = 0;
    for (qsizetype at = sql.indexOf(u'?'); at >= 0; at = sql.indexOf(u'?', at + 1)) {
        const QString numbered = u"?"_s + QString::number(++n);
        sql.replace(at, 1, numbered);
        const QVariant &value = query.values[n - 1];
        const QString literal = value.typeId() == QMetaType::QString
                                    ? u"\"'"_s + value.toString().replace(u"'"_s, u"''"_s).replace(u"\""_s, u"\\\""_s) + u"'\""_s
                                    : value.toString();
        script += u".parameter set "_s + numbered + u' ' + literal + u'\n';
    }
    script += u".timer on\nSELECT COUNT(*) FROM sqlite_schema;\n"_s;
    for (int i = 0; i < repeat; ++i)
        script += sql + u";\n"_s;
    QProcess process;
    process.start(program, {u"-batch"_s, path});
    if (!process.waitForStarted())
        return {};
    process.write(script.toUtf8());
    process.closeWriteChannel();
    process.waitForFinished(60 * 60 * 1000);
    const QString errors = QString::fromUtf8(process.readAllStandardError()).trimmed();
    if (!errors.isEmpty())
        say(u"  sqlite3: "_s + errors.left(300));
    QList<double> times;
    static const QRegularExpression runTime(u"Run Time: real ([0-9.]+)"_s);
    for (auto it = runTime.globalMatch(QString::fromUtf8(process.readAllStandardOutput())); it.hasNext();)
        times.append(it.next().captured(1).toDouble() * 1000);
    if (!times.isEmpty())
        times.removeFirst();  // the warm-up
    return times;
}

struct Case
{
    QString name;
    QMap<QString, QString> parameters;  // CallFilter parameters; sort start descending as the grid
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Filtered count and first page of 100 rows on a large SQLite store, each next "
                                     "to the same SQL in the sqlite3 CLI."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"db"_s, u"The SQLite store (default bench/data/calls-10m.db in the source tree)."_s, u"PATH"_s,
         QStringLiteral(CDRDESK_SOURCE_DIR) + u"/bench/data/calls-10m.db"_s},
        {u"calls"_s, u"Calls to generate when --db does not exist (default 10000000)."_s, u"N"_s, u"10000000"_s},
        {u"repeat"_s, u"Repetitions of each measurement (default 5); medians are reported."_s, u"R"_s, u"5"_s},
        {u"sqlite3"_s, u"The sqlite3 CLI to compare with (default sqlite3)."_s, u"PROGRAM"_s, u"sqlite3"_s},
        {u"no-sqlite3"_s, u"Skip the sqlite3 comparison."_s},
    });
    parser.process(app);
    const QString path = parser.value(u"db"_s);
    const int repeat = qMax(1, parser.value(u"repeat"_s).toInt());
    const DatabaseSpec spec = DatabaseSpec::sqlite(path);

    QElapsedTimer timer;
    timer.start();
    if (!QFileInfo::exists(path)) {
        say(u"%1 does not exist: generating %2 calls (seed 42, until 2026-11-01T00:00:00Z)…"_s.arg(path, parser.value(u"calls"_s)));
        QDir().mkpath(QFileInfo(path).absolutePath());
        auto database = Database::open(spec, Database::OpenMode::CreateIfMissing);
        if (!database)
            return say(database.error()), 1;
        DemoOptions options;
        options.calls = parser.value(u"calls"_s).toLongLong();
        options.seed = 42;
        options.until = QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
        if (auto built = DemoBuilder::build(**database, options, {}); !built)
            return say(built.error()), 1;
        say(u"built in %1 s"_s.arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    }
    timer.restart();
    auto opened = Database::open(spec);  // migrates an older store (schema 4 folds the caller names)
    if (!opened)
        return say(opened.error()), 1;
    say(u"opened %1 (schema %2) in %3 s"_s.arg(path).arg((*opened)->schemaVersion()).arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    Database &db = **opened;
    CallStore store(db);

    const QString weekAgo = QString::number(QDateTime(QDate(2026, 10, 25), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch());
    const QString until = QString::number(QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch());
    const QList<Case> cases = {
        {u"cnumber starts 4420 (index range)"_s, {{u"cnumber"_s, u"4420"_s}, {u"cmatch"_s, u"start"_s}}},
        {u"cnumber _4420XXXXXXXX (pattern)"_s, {{u"cnumber"_s, u"_4420XXXXXXXX"_s}}},
        {u"snumber contains 96612"_s, {{u"snumber"_s, u"96612"_s}}},
        {u"caller name contains martínez"_s, {{u"callername_number"_s, u"MARTÍNEZ"_s}}},
        {u"customer 2 and below"_s, {{u"customer"_s, u"2"_s}, {u"recurse"_s, u"1"_s}}},
        {u"status answer, last 7 days"_s, {{u"status"_s, u"answer"_s}, {u"start"_s, weekAgo}, {u"end"_s, until}}},
        {u"quick search 2039784960"_s, {{u"search"_s, u"2039784960"_s}}},
    };
    const bool withSqlite3 = !parser.isSet(u"no-sqlite3"_s);
    say(u"\n| filter | rows | count ms | sqlite3 | ratio | first 100 ms | sqlite3 | ratio |"_s);
    say(u"|---|---:|---:|---:|---:|---:|---:|---:|"_s);
    for (const Case &c : cases) {
        QMap<QString, QString> parameters = c.parameters;
        parameters.insert(u"descending"_s, u"1"_s);
        const Result<CallFilter> filter = CallFilter::fromParameters(parameters);
        if (!filter)
            return say(filter.error()), 1;
        QList<double> counts, pages;
        qint64 rows = 0;
        PageRequest first;
        first.limit = 100;
        for (int i = 0; i < repeat; ++i) {
            timer.restart();
            const Result<qint64> counted = store.count(*filter);
            counts.append(timer.nsecsElapsed() / 1e6);
            timer.restart();
            const auto page = store.page(*filter, first);
            pages.append(timer.nsecsElapsed() / 1e6);
            if (!counted || !page)
                return say(counted ? page.error() : counted.error()), 1;
            rows = *counted;
        }
        const double count = median(counts), page = median(pages);
        double cliCount = NAN, cliPage = NAN;
        if (withSqlite3) {
            cliCount = median(sqlite3Times(parser.value(u"sqlite3"_s), path, store.countQuery(*filter), repeat));
            cliPage = median(sqlite3Times(parser.value(u"sqlite3"_s), path, store.pageQuery(*filter, first), repeat));
        }
        say(u"| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |"_s.arg(c.name).arg(rows).arg(ms(count), ms(cliCount),
                ms(count / cliCount), ms(page), ms(cliPage), ms(page / cliPage)));
    }
    return 0;
}
