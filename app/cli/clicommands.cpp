#include "clicommands.h"

#include "core/timeutil.h"
#include "demo/demobuilder.h"
#include "formats/calllistwriter.h"
#include "store/callstore.h"
#include "store/database.h"
#include "store/secretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

enum class Parsed { Ok, Help, Invalid };

// Parses a command's options; prints help or the error itself.
Parsed parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList{u"cdrdesk-cli "_s + command} + arguments)) {
        err() << parser.errorText() << '\n' << tr("See 'cdrdesk-cli %1 --help'.").arg(command) << Qt::endl;
        return Parsed::Invalid;
    }
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return Parsed::Help;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err() << tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()) << Qt::endl;
        return Parsed::Invalid;
    }
    return Parsed::Ok;
}

int fail(const QString &message, int code = 1)
{
    err() << message << Qt::endl;
    return code;
}

const QCommandLineOption dbOption(u"db"_s,
                                  QCoreApplication::translate("cli", "The store: a SQLite file, or postgresql://user@host:port/dbname "
                                                                     "(password from CDRDESK_DB_PASSWORD or the keychain)."),
                                  u"DB"_s);

// Opens the store named by --db; a server's password comes from the environment or keychain.
Result<std::unique_ptr<Database>> openStore(const QCommandLineParser &parser, Database::OpenMode mode)
{
    if (!parser.isSet(dbOption))
        return Error{tr("--db is required.")};
    Result<DatabaseSpec> spec = DatabaseSpec::parse(parser.value(dbOption));
    if (!spec)
        return Error{spec.error()};
    if (spec->isServer() && spec->password.isEmpty()) {
        spec->password = qEnvironmentVariable("CDRDESK_DB_PASSWORD");
        if (spec->password.isEmpty()) {
            // No keychain service is normal on a server; then the server may not need a password.
            QString ignored;
            SecretStore secrets;
            spec->password = secrets.readBlocking(SecretStore::databaseKey(spec->toUrl()), &ignored);
        }
    }
    return Database::open(*spec, mode);
}

Result<std::optional<qint64>> timeOption(const QCommandLineParser &parser, const QString &name, const QTimeZone &zone)
{
    if (!parser.isSet(name))
        return std::optional<qint64>();
    QString problem;
    const auto value = TimeUtil::parseTimestamp(parser.value(name), zone, &problem);
    if (!value)
        return Error{u"--"_s + name + u": "_s + problem};
    return std::optional<qint64>(*value);
}

Result<qint64> integerOption(const QCommandLineParser &parser, const QString &name, qint64 fallback, qint64 minimum)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < minimum)
        return Error{tr("--%1: \"%2\" is not a whole number of at least %3.").arg(name, parser.value(name)).arg(minimum)};
    return value;
}

Result<QTimeZone> zoneOption(const QCommandLineParser &parser)
{
    if (!parser.isSet(u"timezone"_s))
        return QTimeZone::utc();
    const QString name = parser.value(u"timezone"_s);
    if (name.compare(u"UTC", Qt::CaseInsensitive) == 0)
        return QTimeZone::utc();
    QTimeZone zone(name.toUtf8());
    if (!zone.isValid())
        return Error{tr("--timezone: \"%1\" is not a known time zone (use an IANA name such as Europe/London, or UTC).").arg(name)};
    return zone;
}

} // namespace

namespace CliCommands {

int list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists calls in the order asked for, as CSV, JSON or a table.\n"
                                        "Times accept Unix seconds or ISO 8601; without an offset they are read in --timezone."));
    parser.addOption(dbOption);
    parser.addOptions({
        {u"start"_s, tr("Calls starting at or after T."), u"T"_s},
        {u"end"_s, tr("Calls starting before T."), u"T"_s},
        {u"sort"_s, tr("Sort field: %1 (default start).").arg(CallFields::sortKeys().join(u", ")), u"FIELD"_s},
        {u"descending"_s, tr("1 to sort descending (default 0)."), u"0|1"_s},
        {u"archive"_s, tr("1 to include archived calls (default 0)."), u"0|1"_s},
        {u"limit"_s, tr("At most N calls (0 = all, the default)."), u"N"_s},
        {u"offset"_s, tr("Skip the first N calls."), u"N"_s},
        {u"columns"_s, tr("Comma-separated store column names to print."), u"a,b,c"_s},
        {u"format"_s, tr("csv (default), json or table."), u"FORMAT"_s},
        {u"timezone"_s, tr("Zone for printed times and for times given without an offset (default UTC)."), u"ZONE"_s},
    });
    const Parsed parsed = parse(parser, u"list"_s, arguments);
    if (parsed != Parsed::Ok)
        return parsed == Parsed::Help ? 0 : 2;

    const Result<QTimeZone> zone = zoneOption(parser);
    if (!zone)
        return fail(zone.error(), 2);
    CallFilter filter;
    const auto start = timeOption(parser, u"start"_s, *zone);
    const auto end = timeOption(parser, u"end"_s, *zone);
    const auto limit = integerOption(parser, u"limit"_s, 0, 0);
    const auto offset = integerOption(parser, u"offset"_s, 0, 0);
    for (const QString &problem : {start.error(), end.error(), limit.error(), offset.error()}) {
        if (!problem.isEmpty())
            return fail(problem, 2);
    }
    filter.start = *start;
    filter.end = *end;
    filter.limit = *limit;
    filter.offset = *offset;
    if (parser.isSet(u"sort"_s))
        filter.sort = parser.value(u"sort"_s);
    for (const QString &flag : {u"descending"_s, u"archive"_s}) {
        if (parser.isSet(flag) && parser.value(flag) != u"0" && parser.value(flag) != u"1")
            return fail(tr("--%1: must be 0 or 1.").arg(flag), 2);
    }
    filter.descending = parser.value(u"descending"_s) == u"1";
    filter.archive = parser.value(u"archive"_s) == u"1";
    if (auto valid = filter.validate(); !valid)
        return fail(valid.error(), 2);

    const auto format = CallListWriter::formatFromName(parser.isSet(u"format"_s) ? parser.value(u"format"_s) : u"csv"_s);
    if (!format)
        return fail(tr("--format: \"%1\" is not one of csv, json, table.").arg(parser.value(u"format"_s)), 2);
    const QString defaultColumns = *format == CallListWriter::Format::Table
                                       ? u"id,start,snumber,sname,cnumber,direction,status,talktime,cost,currency"_s
                                       : QString();
    QList<CallField> columns = CallFields::all();
    if (parser.isSet(u"columns"_s) || !defaultColumns.isEmpty()) {
        const auto chosen = CallListWriter::columnsFromList(parser.isSet(u"columns"_s) ? parser.value(u"columns"_s) : defaultColumns);
        if (!chosen)
            return fail(chosen.error(), 2);
        columns = *chosen;
    }

    auto database = openStore(parser, Database::OpenMode::MustExist);
    if (!database)
        return fail(database.error());
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return fail(tr("Cannot write to standard output."));
    CallListWriter writer(out, *format, columns, *zone);
    CallStore store(**database);
    const Result<qint64> listed = store.forEach(filter, [&writer](const CallRecord &record) {
        writer.write(record);
        return true;
    });
    writer.finish();
    out.flush();
    return listed ? 0 : fail(listed.error());
}

int demo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Creates a store filled with a realistic, deterministic demo dataset: a customer\n"
                                        "tree, a retail rate deck and N calls over the days before --until."));
    parser.addOption(dbOption);
    parser.addOptions({
        {u"calls"_s, tr("How many call legs (default 100000)."), u"N"_s},
        {u"seed"_s, tr("Random seed (default 1): the same seed and --until give the same calls."), u"S"_s},
        {u"days"_s, tr("Days the calls span (default 365)."), u"D"_s},
        {u"until"_s, tr("The span ends at T (default: the next UTC midnight)."), u"T"_s},
        {u"quiet"_s, tr("Print no progress.")},
    });
    const Parsed parsed = parse(parser, u"demo"_s, arguments);
    if (parsed != Parsed::Ok)
        return parsed == Parsed::Help ? 0 : 2;

    DemoOptions options;
    const auto calls = integerOption(parser, u"calls"_s, options.calls, 0);
    const auto seed = integerOption(parser, u"seed"_s, 1, 0);
    const auto days = integerOption(parser, u"days"_s, options.days, 1);
    const auto until = timeOption(parser, u"until"_s, QTimeZone::utc());
    for (const QString &problem : {calls.error(), seed.error(), days.error(), until.error()}) {
        if (!problem.isEmpty())
            return fail(problem, 2);
    }
    options.calls = *calls;
    options.seed = quint64(*seed);
    options.days = int(qMin<qint64>(*days, 36500));
    options.until = until->value_or(0);

    const Result<DatabaseSpec> spec = DatabaseSpec::parse(parser.value(dbOption));
    const bool newFile = spec && spec->kind == DatabaseSpec::Kind::SQLite && !QFile::exists(spec->path);
    auto database = openStore(parser, Database::OpenMode::CreateIfMissing);
    if (!database)
        return fail(database.error());

    const bool quiet = parser.isSet(u"quiet"_s);
    QElapsedTimer timer;
    timer.start();
    int lastPercent = -1;
    const Result<qint64> written = DemoBuilder::build(**database, options, [&](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 0;
        if (!quiet && percent / 10 != lastPercent / 10) {
            err() << tr("%1% (%2 calls, %3 s)").arg(percent).arg(done).arg(timer.elapsed() / 1000.0, 0, 'f', 1) << Qt::endl;
            lastPercent = percent;
        }
        return true;
    });
    database->reset();
    if (!written) {
        if (newFile) {
            for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
                QFile::remove(spec->path + suffix);
        }
        return fail(written.error());
    }
    QTextStream(stdout) << tr("Wrote %1 demo calls to %2 in %3 s.")
                               .arg(*written)
                               .arg(spec->displayName())
                               .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                        << Qt::endl;
    return 0;
}

int info(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Shows a store's schema version and what it holds."));
    parser.addOption(dbOption);
    parser.addOption({u"format"_s, tr("text (default) or json."), u"FORMAT"_s});
    const Parsed parsed = parse(parser, u"info"_s, arguments);
    if (parsed != Parsed::Ok)
        return parsed == Parsed::Help ? 0 : 2;
    const QString format = parser.value(u"format"_s);
    if (!format.isEmpty() && format != u"text" && format != u"json")
        return fail(tr("--format: \"%1\" is not one of text, json.").arg(format), 2);

    auto database = openStore(parser, Database::OpenMode::MustExist);
    if (!database)
        return fail(database.error());
    CallStore store(**database);
    const Result<StoreInfo> info = store.info();
    if (!info)
        return fail(info.error());

    auto time = [](const std::optional<qint64> &t) { return t ? TimeUtil::formatIso(*t) : QString(); };
    QTextStream out(stdout);
    if (format == u"json") {
        QJsonObject sources;
        for (auto it = info->callsBySource.cbegin(); it != info->callsBySource.cend(); ++it)
            sources.insert(it.key(), it.value());
        const QJsonObject object{{u"database"_s, (*database)->spec().displayName()},
                                 {u"schema_version"_s, info->schemaVersion},
                                 {u"calls"_s, info->calls},
                                 {u"archived"_s, info->archived},
                                 {u"customers"_s, info->customers},
                                 {u"rate_decks"_s, info->rateDecks},
                                 {u"first_start"_s, time(info->firstStart)},
                                 {u"last_start"_s, time(info->lastStart)},
                                 {u"calls_by_source"_s, sources}};
        out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        return 0;
    }
    out << tr("Database:        %1\n").arg((*database)->spec().displayName())
        << tr("Schema version:  %1\n").arg(info->schemaVersion)
        << tr("Calls:           %1 (%2 archived)\n").arg(info->calls).arg(info->archived)
        << tr("Customers:       %1\n").arg(info->customers)
        << tr("Rate decks:      %1\n").arg(info->rateDecks)
        << tr("First call:      %1\n").arg(time(info->firstStart))
        << tr("Last call:       %1\n").arg(time(info->lastStart));
    for (auto it = info->callsBySource.cbegin(); it != info->callsBySource.cend(); ++it)
        out << tr("  source %1: %2 calls\n").arg(it.key()).arg(it.value());
    return 0;
}

} // namespace CliCommands
