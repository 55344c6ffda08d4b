#include "clicommands.h"

#include "clisupport.h"

#include "core/timeutil.h"
#include "demo/demobuilder.h"
#include "formats/calllistwriter.h"
#include "numbers/numberanalyzer.h"
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

using namespace CliSupport;

namespace CliCommands {

int list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Lists calls in the order asked for, as CSV, JSON or a table.\n"
                                        "Times accept Unix seconds or ISO 8601; without an offset they are read in --timezone."));
    addFilterOptions(parser);
    parser.addOptions({
        {u"columns"_s, QCoreApplication::translate("cli", "Comma-separated store column names to print."), u"a,b,c"_s},
        {u"format"_s, QCoreApplication::translate("cli", "csv (default), json or table."), u"FORMAT"_s},
        {u"timezone"_s, QCoreApplication::translate("cli", "Zone for printed times and for times given without an offset (default UTC)."), u"ZONE"_s},
    });
    if (const auto exit = parse(parser, u"list"_s, arguments))
        return *exit;

    const Result<QTimeZone> zone = zoneOption(parser);
    if (!zone)
        return fail(zone.error(), 2);
    const Result<CallFilter> filter = filterFromOptions(parser, *zone);
    if (!filter)
        return fail(filter.error(), 2);

    const auto format = CallListWriter::formatFromName(parser.isSet(u"format"_s) ? parser.value(u"format"_s) : u"csv"_s);
    if (!format)
        return fail(QCoreApplication::translate("cli", "--format: \"%1\" is not one of csv, json, table.").arg(parser.value(u"format"_s)), 2);
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
        return fail(QCoreApplication::translate("cli", "Cannot write to standard output."));
    CallListWriter writer(out, *format, columns, *zone);
    CallStore store(**database);
    const Result<qint64> listed = store.forEach(*filter, [&writer](const CallRecord &record) {
        writer.write(record);
        return true;
    });
    writer.finish();
    out.flush();
    return listed ? 0 : fail(listed.error());
}

int count(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Prints how many calls match the filter options (the same options as list)."));
    addFilterOptions(parser);
    parser.addOption({u"timezone"_s, QCoreApplication::translate("cli", "Zone for times given without an offset (default UTC)."), u"ZONE"_s});
    if (const auto exit = parse(parser, u"count"_s, arguments))
        return *exit;
    const Result<CallFilter> filter = filterFromOptions(parser);
    if (!filter)
        return fail(filter.error(), 2);
    auto database = openStore(parser, Database::OpenMode::MustExist);
    if (!database)
        return fail(database.error());
    const Result<qint64> counted = CallStore(**database).count(*filter);
    if (!counted)
        return fail(counted.error());
    QTextStream(stdout) << *counted << Qt::endl;
    return 0;
}

int demo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Creates a store filled with a realistic, deterministic demo dataset: a customer\n"
                                        "tree with retail, wholesale and carrier decks, N calls over the days before --until,\n"
                                        "rated under the customers' decks."));
    parser.addOptions({
        {u"calls"_s, QCoreApplication::translate("cli", "How many call legs (default 100000)."), u"N"_s},
        {u"seed"_s, QCoreApplication::translate("cli", "Random seed (default 1): the same seed and --until give the same calls."), u"S"_s},
        {u"days"_s, QCoreApplication::translate("cli", "Days the calls span (default 365)."), u"D"_s},
        {u"until"_s, QCoreApplication::translate("cli", "The span ends at T (default: the next UTC midnight)."), u"T"_s},
        {u"quiet"_s, QCoreApplication::translate("cli", "Print no progress.")},
        {u"no-rate"_s, QCoreApplication::translate("cli", "Do not rate the calls under the customers' decks (no charges, no margins; faster on millions).")},
    });
    if (const auto exit = parse(parser, u"demo"_s, arguments))
        return *exit;

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
    options.rate = !parser.isSet(u"no-rate"_s);

    const Result<DatabaseSpec> spec = DatabaseSpec::parse(parser.value(u"db"_s));
    const bool newFile = spec && spec->kind == DatabaseSpec::Kind::SQLite && !QFile::exists(spec->path);
    auto database = openStore(parser, Database::OpenMode::CreateIfMissing);
    if (!database)
        return fail(database.error());

    const bool quiet = parser.isSet(u"quiet"_s);
    QTextStream err(stderr);
    QElapsedTimer timer;
    timer.start();
    int lastPercent = -1;
    const Result<qint64> written = DemoBuilder::build(**database, options, [&](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 0;
        if (!quiet && percent / 10 != lastPercent / 10) {
            err << QCoreApplication::translate("cli", "%1% (%2 calls, %3 s)").arg(percent).arg(done).arg(timer.elapsed() / 1000.0, 0, 'f', 1) << Qt::endl;
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
    QTextStream(stdout) << QCoreApplication::translate("cli", "Wrote %1 demo calls to %2 in %3 s.")
                               .arg(*written)
                               .arg(spec->displayName())
                               .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                        << Qt::endl;
    return 0;
}

int info(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Shows a store's schema version and what it holds."));
    parser.addOption({u"format"_s, QCoreApplication::translate("cli", "text (default) or json."), u"FORMAT"_s});
    if (const auto exit = parse(parser, u"info"_s, arguments))
        return *exit;
    const QString format = parser.value(u"format"_s);
    if (!format.isEmpty() && format != u"text" && format != u"json")
        return fail(QCoreApplication::translate("cli", "--format: \"%1\" is not one of text, json.").arg(format), 2);

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
    out << QCoreApplication::translate("cli", "Database:        %1\n").arg((*database)->spec().displayName())
        << QCoreApplication::translate("cli", "Schema version:  %1\n").arg(info->schemaVersion)
        << QCoreApplication::translate("cli", "Calls:           %1 (%2 archived)\n").arg(info->calls).arg(info->archived)
        << QCoreApplication::translate("cli", "Customers:       %1\n").arg(info->customers)
        << QCoreApplication::translate("cli", "Rate decks:      %1\n").arg(info->rateDecks)
        << QCoreApplication::translate("cli", "First call:      %1\n").arg(time(info->firstStart))
        << QCoreApplication::translate("cli", "Last call:       %1\n").arg(time(info->lastStart));
    for (auto it = info->callsBySource.cbegin(); it != info->callsBySource.cend(); ++it)
        out << QCoreApplication::translate("cli", "  source %1: %2 calls\n").arg(it.key()).arg(it.value());
    return 0;
}

int country(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Shows the store's default country, or sets it to COUNTRY (an ISO 3166 code such as GB or US; ZZ "
           "for none): national numbers of calls stored from then on are read as that country's "
           "(02079460000 in GB is +442079460000). Calls already stored are not changed."));
    parser.addPositionalArgument(u"country"_s, QCoreApplication::translate("cli", "The new default country."), u"[COUNTRY]"_s);
    if (const auto exit = parse(parser, u"country"_s, arguments, AnyNumber))
        return *exit;
    const QStringList given = parser.positionalArguments();
    if (given.size() > 1)
        return fail(QCoreApplication::translate("cli", "country expects at most one argument; see 'cdrdesk-cli country --help'."), 2);
    const QString code = given.isEmpty() ? QString() : given.first().trimmed().toUpper();
    if (!given.isEmpty() && !NumberAnalyzer::isKnownRegion(code))
        return fail(QCoreApplication::translate("cli", "COUNTRY: \"%1\" is not a country code libphonenumber knows (GB, US, DE …; ZZ for none).")
                        .arg(given.first()), 2);
    auto database = openStore(parser, Database::OpenMode::MustExist);
    if (!database)
        return fail(database.error());
    if (!code.isEmpty()) {
        if (auto ok = (*database)->setDefaultCountry(code); !ok)
            return fail(ok.error());
    }
    QTextStream(stdout) << (*database)->defaultCountry() << Qt::endl;
    return 0;
}

} // namespace CliCommands
