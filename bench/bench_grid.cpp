// The call grid benchmark: how long a user waits for the grid on a large SQLite store, measured
// through the real CallTableModel (its PageLoader and SummaryLoader threads) and through
// CallStore directly, next to the same SQL run by the sqlite3 CLI on the same file.
// See bench/README.md for what each figure means.

#include "core/callfield.h"
#include "demo/demobuilder.h"
#include "itemmodels/calltablemodel.h"
#include "itemmodels/pageloader.h"
#include "itemmodels/summaryloader.h"
#include "store/callfilter.h"
#include "store/callstore.h"
#include "store/database.h"
#include "store/databasespec.h"
#include "store/sqldialect.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <numeric>
#include <cerrno>
#include <cstring>
#include <cmath>
#include <functional>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include <malloc.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void say(const QString &line)
{
    out() << line << Qt::endl;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(QList<double> values)
{
    values.removeIf([](double v) { return std::isnan(v); });
    if (values.isEmpty())
        return NaN;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

QString ms(double value)
{
    if (std::isnan(value))
        return u"—"_s;
    if (value >= 1000)
        return QString::number(value, 'f', 0);
    if (value >= 10)
        return QString::number(value, 'f', 1);
    return QString::number(value, 'f', 2);
}

QString list(const QList<double> &values)
{
    QStringList parts;
    for (double v : values)
        parts.append(ms(v));
    return parts.join(u' ');
}

// Peak and current resident set size of this process, in KiB, from /proc/self/status.
qint64 procStatusKb(const QByteArray &key)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(key + ':')))
            return line.mid(key.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// --- the table of results ---------------------------------------------------------------------

struct Figure
{
    QString measurement;
    double ours = NaN;       // median, ms (MB for memory)
    double first = NaN;      // the first repetition (a new connection), ms
    double sqlite = NaN;     // the same work by the sqlite3 CLI, ms
    double goal = NaN;       // ms (MB for memory); NaN = no goal, informative only
    QString note;
};

QList<Figure> figures;

void addFigure(const Figure &figure)
{
    figures.append(figure);
}

QString pad(const QString &text, int width, bool right = false)
{
    if (text.size() >= width)
        return text;
    return right ? text.rightJustified(width) : text.leftJustified(width);
}

void printTable()
{
    int nameWidth = 11;
    for (const Figure &f : std::as_const(figures))
        nameWidth = qMax(nameWidth, int(f.measurement.size()));
    const QString header = pad(u"measurement"_s, nameWidth) + u" | "_s + pad(u"ours"_s, 8, true)
                           + u" | "_s + pad(u"first"_s, 8, true) + u" | "_s + pad(u"sqlite3"_s, 8, true)
                           + u" | "_s + pad(u"ratio"_s, 7, true) + u" | "_s + pad(u"goal"_s, 6, true)
                           + u" | result"_s;
    say(header);
    say(QString(header.size() + 2, u'-'));
    for (const Figure &f : std::as_const(figures)) {
        const double ratio = f.ours / f.sqlite;
        QString result = u"info"_s;
        if (!std::isnan(f.goal))
            result = std::isnan(f.ours) ? u"MISS (no figure)"_s : (f.ours <= f.goal ? u"PASS"_s : u"MISS"_s);
        say(pad(f.measurement, nameWidth) + u" | "_s + pad(ms(f.ours), 8, true) + u" | "_s
            + pad(ms(f.first), 8, true) + u" | "_s + pad(ms(f.sqlite), 8, true) + u" | "_s
            + pad(std::isnan(ratio) || std::isinf(ratio) ? u"—"_s : QString::number(ratio, 'f', 2), 7, true)
            + u" | "_s + pad(std::isnan(f.goal) ? u"—"_s : u"≤"_s + QString::number(f.goal), 6, true)
            + u" | "_s + result + (f.note.isEmpty() ? QString() : u"  "_s + f.note));
    }
}

// --- waiting for the model --------------------------------------------------------------------

QString modelError;

// Runs the event loop until `done()` holds (checked whenever the model signals anything) or
// `timeoutMs` passes. Returns whether `done()` held.
bool waitFor(CallTableModel &model, const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    bool ok = false;
    auto check = [&] {
        if (!ok && done()) {
            ok = true;
            loop.quit();
        }
    };
    QObject::connect(&model, &QAbstractItemModel::dataChanged, &loop, check);
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &loop, check);
    QObject::connect(&model, &QAbstractItemModel::rowsRemoved, &loop, check);
    QObject::connect(&model, &QAbstractItemModel::modelReset, &loop, check);
    QObject::connect(&model, &CallTableModel::firstRowsLoaded, &loop, check);
    QObject::connect(&model, &CallTableModel::countChanged, &loop, check);
    QObject::connect(&model, &CallTableModel::totalsChanged, &loop, check);
    QObject::connect(&model, &CallTableModel::errorOccurred, &loop, [&](const QString &message) {
        modelError = message;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return ok;
}

// True when `row` is loaded; asks the model for it otherwise (as a view painting it would).
bool loaded(const CallTableModel &model, qint64 row)
{
    return model.record(int(row)) != nullptr;
}

// --- the sort orders measured -------------------------------------------------------------------

struct SortCase
{
    QString key;      // spec 001 sort key
    bool descending;
    QString label;
    CallField field;
};

const QList<SortCase> sortCases = {
    {u"start"_s, true, u"start desc"_s, CallField::Start},
    {u"cnumber"_s, false, u"cnumber asc"_s, CallField::Cnumber},
};

CallFilter filterFor(const SortCase &sort)
{
    CallFilter filter;  // the grid's default: archived calls hidden
    filter.sort = sort.key;
    filter.descending = sort.descending;
    return filter;
}

// Rows measured at a depth: distinct blocks, never neighbours of each other (the model prefetches
// the blocks either side of a request), all inside the set.
QList<qint64> rowsAt(double depth, qint64 rows, int count)
{
    QList<qint64> result;
    const qint64 base = qint64(double(rows) * depth);
    const qint64 step = 5 * PageLoader::BlockSize;
    for (int i = 0; i < count; ++i) {
        qint64 row = depth <= 0.5 ? base + i * step : base - i * step;
        result.append(qBound<qint64>(0, row, rows - 1));
    }
    return result;
}

// --- the SQL the store runs (models/store/callstore.cpp) ------------------------------------------

// One statement with numbered placeholders (?1, ?2 …) and their values, so that the sqlite3 CLI
// runs the very text CallStore prepares, with the same values bound (`.parameter set`). Bound
// and literal values can give different plans: SQLite 3.40 sorts the whole table for
// "… ORDER BY start DESC, id DESC LIMIT 100" written with a literal limit.
struct Query
{
    QString sql;
    QVariantList values;  // values[i] is bound to ?(first + i)
    int first = 1;
};

const SqlDialect dialect(DatabaseSpec::Kind::SQLite);

QString columnsSql()
{
    QStringList columns;
    for (CallField field : CallFields::all())
        columns.append(CallFields::column(field));
    return dialect.quotedList(columns);
}

QString orderSql(const SortCase &sort, bool reversed)
{
    const QString direction = sort.descending != reversed ? u" DESC"_s : u" ASC"_s;
    return u" ORDER BY "_s + dialect.quote(CallFields::column(sort.field)) + direction + u", "_s
           + dialect.quote(u"id") + direction;
}

// CallStore::page: `from` is walked forwards and inclusively (as PageLoader does from an anchor);
// `reversed` walks from the far end (PageLoader's backwards path).
Query pageQuery(const SortCase &sort, const std::optional<SortCursor> &from, bool reversed, qint64 limit,
                qint64 offset, int first = 1)
{
    Query query;
    query.first = first;
    int n = first;
    query.sql = u"SELECT "_s + columnsSql() + u" FROM \"calls\" WHERE \"archived\" = 0"_s;
    if (from) {
        const bool ascending = sort.descending == reversed;
        query.sql += u" AND ("_s + dialect.quote(CallFields::column(sort.field)) + u", \"id\") "_s
                     + (ascending ? u">="_s : u"<="_s) + u" (?%1, ?%2)"_s.arg(n).arg(n + 1);
        n += 2;
        query.values << from->value << from->id;
    }
    query.sql += orderSql(sort, reversed) + u" LIMIT ?%1 OFFSET ?%2"_s.arg(n).arg(n + 1);
    query.values << limit << offset;
    return query;
}

Query anchorsQuery(const SortCase &sort, int every)
{
    return {u"SELECT k, id FROM (SELECT "_s + dialect.quote(CallFields::column(sort.field))
                + u" AS k, \"id\" AS id, ROW_NUMBER() OVER ("_s + orderSql(sort, false).mid(1)
                + u") AS rn FROM \"calls\" WHERE \"archived\" = 0) t WHERE (rn - 1) % ?1 = 0 ORDER BY rn"_s,
            {every}};
}

const Query countQuery{u"SELECT COUNT(*) FROM \"calls\" WHERE \"archived\" = 0"_s, {}};

// The request PageLoader::fetch makes for the block holding `row` once the anchors are known.
PageRequest anchoredRequest(qint64 row, const QList<SortCursor> &anchors, qint64 *skipOut = nullptr)
{
    const qint64 first = row / PageLoader::BlockSize * PageLoader::BlockSize;
    const qsizetype index = first / SummaryLoader::AnchorEvery;
    PageRequest request;
    request.limit = PageLoader::BlockSize;
    if (index < anchors.size()) {
        request.from = anchors[index];
        request.inclusive = true;
        request.skip = first - index * SummaryLoader::AnchorEvery;
    }
    if (skipOut)
        *skipOut = request.skip;
    return request;
}

// … and before they are known: OFFSET from the nearer end.
PageRequest offsetRequest(qint64 row, qint64 rows)
{
    const qint64 first = row / PageLoader::BlockSize * PageLoader::BlockSize;
    PageRequest request;
    request.limit = PageLoader::BlockSize;
    if (first > rows / 2) {
        request.backwards = true;
        request.limit = int(qMin<qint64>(PageLoader::BlockSize, rows - first));
        request.skip = qMax<qint64>(0, rows - first - PageLoader::BlockSize);
    } else {
        request.skip = first;
    }
    return request;
}

Query queryOf(const SortCase &sort, const PageRequest &request, int first = 1)
{
    return pageQuery(sort, request.from, request.backwards, request.limit, request.skip, first);
}

// --- the sqlite3 CLI ----------------------------------------------------------------------------

QString sqlite3Program = u"sqlite3"_s;
QString dbPath;
// The session settings of our connections (SqlDialect::sessionSetup), so both sides are alike.
const QString sqlitePreamble = u"PRAGMA cache_size = -65536;\nPRAGMA temp_store = MEMORY;\n.output /dev/null\n"_s;
// Read the schema before the timed statements.
const QString sqliteWarmUp = u".timer on\nSELECT COUNT(*) FROM sqlite_schema;\n"_s;

struct CliRun
{
    QList<double> runTimes;  // "Run Time: real X" of each statement, ms (the warm-up's removed)
    double wallMs = NaN;     // the whole process: start, open, statements, exit
    QString error;
    QString output;
};

CliRun runSqlite3(const QString &script, int timeoutMs = 60 * 60 * 1000)
{
    CliRun run;
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(sqlite3Program, {u"-batch"_s, dbPath});
    if (!process.waitForStarted()) {
        run.error = u"cannot start %1: %2"_s.arg(sqlite3Program, process.errorString());
        return run;
    }
    process.write(script.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.error = u"sqlite3 timed out"_s;
        return run;
    }
    run.wallMs = msSince(timer);
    run.output = QString::fromUtf8(process.readAllStandardOutput());
    static const QRegularExpression runTime(u"Run Time: real ([0-9.]+)"_s);
    for (auto it = runTime.globalMatch(run.output); it.hasNext();)
        run.runTimes.append(it.next().captured(1).toDouble() * 1000);
    if (script.contains(sqliteWarmUp) && !run.runTimes.isEmpty())
        run.runTimes.removeFirst();
    const QString errors = QString::fromUtf8(process.readAllStandardError()).trimmed();
    if (!errors.isEmpty()) {
        run.error = errors;
        say(u"  sqlite3: %1"_s.arg(errors.left(400)));
    }
    return run;
}

// `.parameter set` lines binding a query's values (text stays text, as QSQLITE binds it).
QString parameterLines(const Query &query)
{
    QString lines;
    for (qsizetype i = 0; i < query.values.size(); ++i) {
        const QVariant &value = query.values[i];
        QString literal;
        if (value.isNull())
            literal = u"NULL"_s;
        else if (value.typeId() == QMetaType::QString)
            literal = u"\"'"_s + value.toString().replace(u"'"_s, u"''"_s).replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s) + u"'\""_s;
        else
            literal = value.toString();
        lines += u".parameter set ?%1 %2\n"_s.arg(query.first + i).arg(literal);
    }
    return lines;
}

// `query` run `repeat` times in one sqlite3 session: the Run Time of each.
QList<double> cliTimes(const Query &query, int repeat)
{
    QString script = sqlitePreamble + parameterLines(query) + sqliteWarmUp;
    for (int i = 0; i < repeat; ++i)
        script += query.sql + u";\n"_s;
    const CliRun run = runSqlite3(script);
    return run.error.isEmpty() ? run.runTimes : QList<double>();
}

// The CLI's timer has a resolution of 1 ms. For fast queries every query is a copy in one
// compound statement (SELECT * FROM (q1) UNION ALL SELECT * FROM (q2) …) and the statement's
// time is divided by their number: the mean time of one.
double cliMean(const QList<Query> &queries)
{
    QString script = sqlitePreamble;
    QStringList parts;
    for (const Query &query : queries) {
        script += parameterLines(query);
        parts.append(u"SELECT * FROM ("_s + query.sql + u')');
    }
    script += sqliteWarmUp + parts.join(u" UNION ALL "_s) + u";\n"_s;
    const CliRun run = runSqlite3(script);
    if (!run.error.isEmpty() || run.runTimes.isEmpty())
        return NaN;
    return run.runTimes.last() / double(queries.size());
}

QString plansOf(const QList<std::pair<QString, Query>> &shapes)
{
    QString script = u".output stdout\n"_s;
    for (const auto &[name, query] : shapes) {
        script += u".parameter clear\n"_s + parameterLines(query) + u".print '-- "_s + name + u"'\n"_s
                  + u"EXPLAIN QUERY PLAN "_s + query.sql + u";\n"_s;
    }
    return runSqlite3(script).output;
}

// --- building the dataset -----------------------------------------------------------------------

int buildDataset(const DatabaseSpec &spec, qint64 calls)
{
    say(u"%1 does not exist: generating %2 calls (seed 42, until 2026-11-01T00:00:00Z)…"_s
            .arg(QDir::toNativeSeparators(spec.path))
            .arg(calls));
    auto database = Database::open(spec, Database::OpenMode::CreateIfMissing);
    if (!database) {
        say(u"error: %1"_s.arg(database.error()));
        return 1;
    }
    DemoOptions options;
    options.calls = calls;
    options.seed = 42;
    options.rate = false;  // the grid needs no charges; bench_rating rates this store itself
    options.until = QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    QElapsedTimer timer;
    timer.start();
    int lastStep = -1;
    const Result<qint64> written = DemoBuilder::build(**database, options, [&](qint64 done, qint64 total) {
        const int step = total > 0 ? int(done * 20 / total) : 0;
        if (step != lastStep) {
            say(u"  %1% (%2 calls, %3 s)"_s.arg(step * 5).arg(done).arg(timer.elapsed() / 1000.0, 0, 'f', 1));
            lastStep = step;
        }
        return true;
    });
    database->reset();
    if (!written) {
        say(u"error: %1"_s.arg(written.error()));
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(spec.path + suffix);
        return 1;
    }
    say(u"Built %1 calls in %2 s (%3 MB on disk)."_s.arg(*written)
            .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
            .arg(QFileInfo(spec.path).size() / 1e6, 0, 'f', 0));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // Kept to start again after building the dataset, so the peak RSS is the grid's alone.
    std::vector<std::string> originalArguments(argv, argv + argc);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_grid"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"The call grid benchmark: first screen, windows at 50% and 99% depth, "
                                     "peak RSS, each next to the sqlite3 CLI on the same file."_s);
    parser.addHelpOption();
#ifdef CDRDESK_SOURCE_DIR
    const QString defaultDb = QString::fromUtf8(CDRDESK_SOURCE_DIR) + u"/bench/data/calls-10m.db"_s;
#else
    const QString defaultDb = u"bench/data/calls-10m.db"_s;
#endif
    parser.addOptions({
        {u"db"_s, u"The SQLite store (default %1); generated when missing."_s.arg(defaultDb), u"PATH"_s, defaultDb},
        {u"calls"_s, u"Calls to generate when the store is missing (default 10000000)."_s, u"N"_s, u"10000000"_s},
        {u"repeat"_s, u"Repetitions of each measurement (default 5); the median is reported."_s, u"R"_s, u"5"_s},
        {u"sqlite3"_s, u"The sqlite3 CLI to compare with (default sqlite3)."_s, u"PROGRAM"_s, u"sqlite3"_s},
        {u"no-sqlite3"_s, u"Skip the sqlite3 comparison."_s},
    });
    parser.process(app);

    bool valid = false;
    const qint64 callsToBuild = parser.value(u"calls"_s).toLongLong(&valid);
    if (!valid || callsToBuild <= 0) {
        say(u"error: --calls must be a positive integer"_s);
        return 2;
    }
    const int repeat = parser.value(u"repeat"_s).toInt(&valid);
    if (!valid || repeat < 1 || repeat > 100) {
        say(u"error: --repeat must be 1…100"_s);
        return 2;
    }
    dbPath = QFileInfo(parser.value(u"db"_s)).absoluteFilePath();
    sqlite3Program = parser.value(u"sqlite3"_s);
    const bool withSqlite3 = !parser.isSet(u"no-sqlite3"_s);
    const DatabaseSpec spec = DatabaseSpec::sqlite(dbPath);

    if (!QFile::exists(dbPath)) {
        if (const int rc = buildDataset(spec, callsToBuild); rc != 0)
            return rc;
        // Start again in a fresh process: the build's memory must not count in the peak RSS.
        say(u"Restarting to measure in a fresh process…"_s);
        out().flush();
        std::vector<char *> args;
        for (std::string &a : originalArguments)
            args.push_back(a.data());
        args.push_back(nullptr);
        execv("/proc/self/exe", args.data());
        say(u"error: cannot restart (%1); run the benchmark again."_s.arg(QString::fromLocal8Bit(strerror(errno))));
        return 1;
    }

    // --- the dataset ---
    QElapsedTimer timer;
    qint64 rows = 0;
    double directCountMs = NaN;
    {
        auto direct = Database::open(spec);
        if (!direct) {
            say(u"error: %1"_s.arg(direct.error()));
            return 1;
        }
        CallStore store(**direct);
        const Result<StoreInfo> info = store.info();
        if (!info) {
            say(u"error: %1"_s.arg(info.error()));
            return 1;
        }
        timer.start();
        const Result<qint64> counted = store.count(CallFilter());
        directCountMs = msSince(timer);
        if (!counted) {
            say(u"error: %1"_s.arg(counted.error()));
            return 1;
        }
        rows = *counted;
        say(u"CDR Desk grid benchmark"_s);
        say(u"store:    %1 (%2 MB)"_s.arg(QDir::toNativeSeparators(dbPath)).arg(QFileInfo(dbPath).size() / 1e6, 0, 'f', 0));
        say(u"calls:    %1 in the store, %2 archived, %3 in the grid's default filter (archived hidden)"_s
                .arg(info->calls).arg(info->archived).arg(rows));
        if (info->calls != callsToBuild && parser.isSet(u"calls"_s))
            say(u"note:     the store holds %1 calls, not the %2 asked for: it was not rebuilt."_s.arg(info->calls).arg(callsToBuild));
    }
    if (rows < 2 * SummaryLoader::AnchorEvery * 4) {
        say(u"error: the grid's filter holds %1 calls; the benchmark needs a larger store."_s.arg(rows));
        return 1;
    }
    say(u"repeat:   %1 (medians reported; 'first' = the first repetition)"_s.arg(repeat));
    say(u"cache:    the file is in the OS page cache (warm); each model opens new connections, so"_s);
    say(u"          SQLite's own page cache starts empty (connection-cold)."_s);
    // The peak RSS of the model runs alone: forget what the count above used.
    malloc_trim(0);
    {
        QFile clearRefs(u"/proc/self/clear_refs"_s);
        const bool reset = clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
        say(u"peak RSS: %1"_s.arg(reset ? u"reset before the model runs (/proc/self/clear_refs)"_s
                                        : u"could not be reset: it includes the opening count"_s));
    }
    say(QString());

    const int need = int(qMin<qint64>(100, rows));
    bool countBug = false;  // setFilter() before the count arrives leaves the grid empty
    struct ModelFigures
    {
        QList<double> first, counted, preAnchor, destroy, ready;
        QHash<double, QList<double>> window;
        QHash<qint64, qint64> idOfRow;  // for the consistency check
    };
    QHash<QString, ModelFigures> modelFigures;

    // --- 1. through the model ---
    for (const SortCase &sort : sortCases) {
        ModelFigures &mf = modelFigures[sort.label];
        say(u"[model, %1] open → first %2 rows, repeated %3×"_s.arg(sort.label).arg(need).arg(repeat));
        const QList<qint64> preRows = rowsAt(0.5, rows, repeat + 1);
        for (int rep = 0; rep < repeat; ++rep) {
            modelError.clear();
            timer.restart();
            auto model = std::make_unique<CallTableModel>(spec);
            // The path a user sees: the model opens with its default order and the saved or
            // clicked order is applied at once.
            model->setFilter(filterFor(sort));
            if (countBug)
                model->refresh();
            bool firstSignalled = false;
            QObject::connect(model.get(), &CallTableModel::firstRowsLoaded, model.get(), [&] { firstSignalled = true; });
            bool stuck = false;
            const bool shown = waitFor(*model, [&] {
                if (firstSignalled && model->rowCount() == 0 && !model->isCounting()) {
                    stuck = true;
                    return true;
                }
                for (int r = 0; r < need; ++r) {
                    if (!loaded(*model, r))
                        return false;
                }
                return true;
            }, 60000);
            const double firstMs = msSince(timer);
            if (stuck) {
                say(u"  PROBLEM: setFilter() on a new model (sort change before the count arrived): the first block"_s);
                say(u"           arrived (firstRowsLoaded) but rowCount() stays 0 and no count is pending, so the"_s);
                say(u"           grid stays empty. Measuring with setFilter() + refresh() from here on."_s);
                countBug = true;
                --rep;
                continue;
            }
            if (!shown) {
                say(u"  rep %1: first rows not shown after 60 s %2"_s.arg(rep + 1).arg(modelError));
                mf.first.append(NaN);
                continue;
            }
            mf.first.append(firstMs);
            // The count (the scrollbar's length).
            const bool haveCount = waitFor(*model, [&] { return !model->isCounting() && model->rowCount() == rows; }, 1800000);
            mf.counted.append(haveCount ? msSince(timer) : NaN);
            // A jump to the middle right after the count, before the anchors are known: the
            // loader walks there by OFFSET.
            if (haveCount) {
                const qint64 row = preRows[rep] - PageLoader::BlockSize;  // before half: a forward OFFSET
                QElapsedTimer window;
                window.start();
                const bool ok = waitFor(*model, [&] { return loaded(*model, row); }, 1800000);
                mf.preAnchor.append(ok ? msSince(window) : NaN);
            }
            QElapsedTimer destroy;
            destroy.start();
            model.reset();
            mf.destroy.append(msSince(destroy));
        }
        say(u"  first rows (ms):          %1"_s.arg(list(mf.first)));
        say(u"  count known (ms):         %1"_s.arg(list(mf.counted)));
        say(u"  50% before anchors (ms):  %1"_s.arg(list(mf.preAnchor)));
        say(u"  model destruction (ms):   %1   (waits for the summary thread's running query)"_s.arg(list(mf.destroy)));

        // Steady state: count, anchors and totals computed. Totals come after the anchors from the
        // same thread, so once they are in, the page loader has the anchors.
        say(u"[model, %1] windows with anchors ready"_s.arg(sort.label));
        auto model = std::make_unique<CallTableModel>(spec);
        model->setFilter(filterFor(sort));
        model->refresh();  // a full restart: count, anchors, totals (see README)
        timer.restart();
        if (!waitFor(*model, [&] { return model->hasTotals(); }, 3600000)) {
            say(u"  summary not ready after 60 min %1"_s.arg(modelError));
            continue;
        }
        mf.ready.append(msSince(timer));
        say(u"  count + anchors + totals (ms): %1"_s.arg(ms(mf.ready.first())));
        for (double depth : {0.5, 0.99}) {
            for (qint64 row : rowsAt(depth, rows, repeat)) {
                QElapsedTimer window;
                window.start();
                const bool ok = waitFor(*model, [&] { return loaded(*model, row); }, 120000);
                mf.window[depth].append(ok ? msSince(window) : NaN);
                if (ok)
                    mf.idOfRow.insert(row, model->record(int(row))->id);
                // Let the prefetched neighbours arrive so the next window does not queue behind them.
                waitFor(*model, [&] {
                    return (row < PageLoader::BlockSize || loaded(*model, row - PageLoader::BlockSize))
                        && (row + PageLoader::BlockSize >= rows || loaded(*model, row + PageLoader::BlockSize));
                }, 120000);
            }
            say(u"  window at %1% (ms):  %2"_s.arg(depth * 100).arg(list(mf.window[depth])));
        }
    }
    const qint64 modelPeakKb = procStatusKb("VmHWM");
    say(u"peak RSS of the model runs: %1 MB (VmHWM)"_s.arg(modelPeakKb / 1024.0, 0, 'f', 1));
    say(QString());

    // --- 2. CallStore directly: the SQL cost alone ---
    constexpr int WindowSample = 50;  // windows per depth, the same ones sqlite3 runs
    struct StoreFigures
    {
        QList<double> firstPage, anchors;
        QHash<double, QList<double>> window, offset;
        QList<SortCursor> cursors;
    };
    QHash<QString, StoreFigures> storeFigures;
    {
        auto direct = Database::open(spec);
        if (!direct) {
            say(u"error: %1"_s.arg(direct.error()));
            return 1;
        }
        CallStore store(**direct);
        for (const SortCase &sort : sortCases) {
            StoreFigures &sf = storeFigures[sort.label];
            const ModelFigures &mf = modelFigures[sort.label];
            const CallFilter filter = filterFor(sort);
            say(u"[CallStore, %1]"_s.arg(sort.label));
            for (int rep = 0; rep < repeat; ++rep) {
                PageRequest request;
                request.limit = 100;
                timer.restart();
                const auto page = store.page(filter, request);
                sf.firstPage.append(page ? msSince(timer) : NaN);
            }
            say(u"  first 100 rows (ms):      %1"_s.arg(list(sf.firstPage)));
            for (int rep = 0; rep < qMin(repeat, 2); ++rep) {
                timer.restart();
                const auto anchors = store.anchors(filter, SummaryLoader::AnchorEvery);
                sf.anchors.append(anchors ? msSince(timer) : NaN);
                if (anchors)
                    sf.cursors = *anchors;
                else
                    say(u"  anchors failed: %1"_s.arg(anchors.error()));
            }
            say(u"  anchors, %1 of them (ms): %2"_s.arg(sf.cursors.size()).arg(list(sf.anchors)));
            int checked = 0, differ = 0;
            for (double depth : {0.5, 0.99}) {
                for (qint64 row : rowsAt(depth, rows, WindowSample)) {
                    const PageRequest request = anchoredRequest(row, sf.cursors);
                    timer.restart();
                    const auto page = store.page(filter, request);
                    sf.window[depth].append(page ? msSince(timer) : NaN);
                    if (page && mf.idOfRow.contains(row)) {
                        ++checked;
                        if (page->value(int(row % PageLoader::BlockSize)).id != mf.idOfRow.value(row))
                            ++differ;
                    }
                }
                say(u"  %1 windows at %2% by anchor (ms): median %3, mean %4, max %5"_s.arg(WindowSample).arg(depth * 100)
                        .arg(ms(median(sf.window[depth])))
                        .arg(ms(std::accumulate(sf.window[depth].cbegin(), sf.window[depth].cend(), 0.0) / sf.window[depth].size()))
                        .arg(ms(*std::max_element(sf.window[depth].cbegin(), sf.window[depth].cend()))));
                // The loader's path before the anchors are known: OFFSET from the nearer end.
                const QList<qint64> targets = rowsAt(depth, rows, 3);
                for (qint64 target : targets) {
                    const qint64 row = depth == 0.5 ? target - PageLoader::BlockSize : target;
                    timer.restart();
                    const auto page = store.page(filter, offsetRequest(row, rows));
                    sf.offset[depth].append(page ? msSince(timer) : NaN);
                    if (page && depth == 0.5) {
                        const auto byAnchor = store.page(filter, anchoredRequest(row, sf.cursors));
                        ++checked;
                        if (!byAnchor || byAnchor->value(0).id != page->value(0).id)
                            ++differ;
                    }
                }
                say(u"  window at %1% by OFFSET, no anchors (%2, ms): %3"_s.arg(depth * 100)
                        .arg(depth == 0.5 ? u"forward"_s : u"backwards from the end"_s)
                        .arg(list(sf.offset[depth])));
            }
            say(u"  check: %1 rows compared between the model, anchored and OFFSET pages: %2"_s.arg(checked)
                    .arg(differ == 0 ? u"all the same"_s : u"%1 DIFFER"_s.arg(differ)));
        }
    }
    say(QString());

    // --- 3. the sqlite3 CLI on the same file ---
    struct CliFigures
    {
        double firstPage = NaN, firstPageWall = NaN, count = NaN, anchors = NaN;
        QHash<double, double> window, offset, naive;
    };
    QHash<QString, CliFigures> cliFigures;
    if (withSqlite3) {
        QProcess versionProcess;
        versionProcess.start(sqlite3Program, {u"-version"_s});
        versionProcess.waitForFinished();
        say(u"[sqlite3 %1] CallStore's SQL text with the same values bound (.parameter set), output to /dev/null"_s
                .arg(QString::fromUtf8(versionProcess.readAllStandardOutput()).section(u' ', 0, 0)));
        QList<std::pair<QString, Query>> shapes = {{u"count"_s, countQuery}};
        for (const SortCase &sort : sortCases) {
            CliFigures &cf = cliFigures[sort.label];
            const StoreFigures &sf = storeFigures[sort.label];
            const Query first100 = pageQuery(sort, {}, false, 100, 0);
            QList<Query> copies;
            for (int i = 0; i < WindowSample; ++i)
                copies.append(pageQuery(sort, {}, false, 100, 0, 1 + 2 * i));
            cf.firstPage = cliMean(copies);
            // The whole process for one first page: start, open, read the schema, query, exit.
            QList<double> walls;
            for (int rep = 0; rep < repeat; ++rep)
                walls.append(runSqlite3(sqlitePreamble + parameterLines(first100) + first100.sql + u";\n"_s).wallMs);
            cf.firstPageWall = median(walls);
            if (sort.label == sortCases.first().label)
                cf.count = median(cliTimes(countQuery, qMin(repeat, 3)));
            cf.anchors = median(cliTimes(anchorsQuery(sort, SummaryLoader::AnchorEvery), 1));
            say(u"  %1: first 100 %2 ms (whole process %3 ms), anchors %4 ms%5"_s.arg(sort.label, ms(cf.firstPage),
                    ms(cf.firstPageWall), ms(cf.anchors),
                    std::isnan(cf.count) ? QString() : u", count %1 ms"_s.arg(ms(cf.count))));
            shapes.append({u"first page, %1"_s.arg(sort.label), first100});
            shapes.append({u"anchors, %1"_s.arg(sort.label), anchorsQuery(sort, SummaryLoader::AnchorEvery)});
            for (double depth : {0.5, 0.99}) {
                QList<Query> windows;
                int param = 1;
                for (qint64 row : rowsAt(depth, rows, WindowSample)) {
                    windows.append(queryOf(sort, anchoredRequest(row, sf.cursors), param));
                    param += int(windows.last().values.size());
                }
                cf.window[depth] = cliMean(windows);
                const qint64 row = rowsAt(depth, rows, 1).first();
                const qint64 loaderRow = depth == 0.5 ? row - PageLoader::BlockSize : row;
                cf.offset[depth] = median(cliTimes(queryOf(sort, offsetRequest(loaderRow, rows)), 1));
                const qint64 first = row / PageLoader::BlockSize * PageLoader::BlockSize;
                cf.naive[depth] = depth == 0.5 ? cf.offset[depth]
                                               : median(cliTimes(pageQuery(sort, {}, false, PageLoader::BlockSize, first), 1));
                say(u"  %1: window at %2%: by anchor %3 ms (mean of %4), loader's OFFSET path %5 ms, naive LIMIT 128 OFFSET %6: %7 ms"_s
                        .arg(sort.label).arg(depth * 100).arg(ms(cf.window[depth])).arg(WindowSample)
                        .arg(ms(cf.offset[depth])).arg(first).arg(ms(cf.naive[depth])));
                if (depth == 0.99) {
                    shapes.append({u"window by anchor, %1"_s.arg(sort.label), windows.first()});
                    shapes.append({u"window by OFFSET from the end, %1"_s.arg(sort.label), queryOf(sort, offsetRequest(loaderRow, rows))});
                }
            }
        }
        Query literalLimit = pageQuery(sortCases[0], {}, false, 100, 0);
        literalLimit.sql.replace(u"LIMIT ?1 OFFSET ?2"_s, u"LIMIT 100 OFFSET 0"_s);
        literalLimit.values.clear();
        shapes.append({u"first page, start desc, LIMIT written as a literal (not what CallStore runs)"_s, literalLimit});
        say(QString());
        say(u"Query plans (EXPLAIN QUERY PLAN, same bound values):"_s);
        out() << plansOf(shapes);
        say(QString());
    }

    // --- the table ---
    const qint64 peakKb = procStatusKb("VmHWM");
    for (const SortCase &sort : sortCases) {
        const ModelFigures &mf = modelFigures[sort.label];
        const StoreFigures &sf = storeFigures[sort.label];
        const CliFigures &cf = cliFigures[sort.label];
        const QString tail = countBug ? u"; setFilter+refresh, see PROBLEM"_s : QString();
        addFigure({u"open → first %1 rows, %2 (model)"_s.arg(need).arg(sort.label), median(mf.first),
                   mf.first.value(0, NaN), cf.firstPageWall, 300,
                   u"sqlite3 = whole process, one query"_s + tail});
        addFigure({u"first %1 rows, %2 (CallStore::page)"_s.arg(need).arg(sort.label),
                   median(sf.firstPage), sf.firstPage.value(0, NaN), cf.firstPage, NaN, {}});
        if (sort.label == sortCases.first().label) {
            addFigure({u"open → row count known (model)"_s, median(mf.counted), mf.counted.value(0, NaN), cf.count,
                       NaN, u"CallStore::count alone %1 ms"_s.arg(ms(directCountMs))});
        }
        addFigure({u"anchors, %1 (CallStore::anchors)"_s.arg(sort.label), median(sf.anchors),
                   sf.anchors.value(0, NaN), cf.anchors, NaN,
                   u"model: count+anchors+totals %1 ms"_s.arg(ms(mf.ready.value(0, NaN)))});
        for (double depth : {0.5, 0.99}) {
            const QString where = u"%1%, %2"_s.arg(depth * 100).arg(sort.label);
            const QList<double> &w = sf.window[depth];
            const double mean = w.isEmpty() ? NaN : std::accumulate(w.cbegin(), w.cend(), 0.0) / w.size();
            addFigure({u"window at %1 (model, anchors ready)"_s.arg(where), median(mf.window.value(depth)),
                       mf.window.value(depth).value(0, NaN), cf.window.value(depth, NaN), 30, {}});
            addFigure({u"window at %1 (CallStore::page by anchor)"_s.arg(where), mean, w.value(0, NaN),
                       cf.window.value(depth, NaN), 30, u"mean of %1 windows, as sqlite3"_s.arg(WindowSample)});
            addFigure({u"window at %1 (CallStore::page by OFFSET, no anchors)"_s.arg(where),
                       median(sf.offset.value(depth)), sf.offset.value(depth).value(0, NaN),
                       cf.offset.value(depth, NaN), 30,
                       depth == 0.5 ? u"forward OFFSET = naive"_s : u"backwards from the end"_s});
            if (depth == 0.99)
                addFigure({u"window at %1, model vs sqlite3 naive OFFSET"_s.arg(where), median(mf.window.value(depth)),
                           NaN, cf.naive.value(depth, NaN), NaN, u"ours = model with anchors"_s});
        }
        addFigure({u"window at 50%, %1 (model, right after the count)"_s.arg(sort.label),
                   median(mf.preAnchor), mf.preAnchor.value(0, NaN), cf.offset.value(0.5, NaN), 30,
                   u"no anchors yet: OFFSET, racing the anchors query"_s});
    }
    addFigure({u"peak RSS of the model runs (VmHWM, MB)"_s, modelPeakKb / 1024.0, NaN, NaN, 200, {}});
    addFigure({u"peak RSS of the whole benchmark (VmHWM, MB)"_s, peakKb / 1024.0, NaN, NaN, 200,
               u"+ a direct CallStore connection"_s});
    say(u"Results: ours = median ms (MB for RSS) unless noted; first = first repetition; ratio = ours / sqlite3"_s);
    printTable();
    return 0;
}
