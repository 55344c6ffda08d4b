// cdrdesk-cli import and export: argument parsing and wiring only; the work is in
// models/formats (CallImporter, CallExporter).
#include "clicommands.h"

#include "core/timeutil.h"
#include "formats/callexporter.h"
#include "formats/callimporter.h"
#include "formats/calllistwriter.h"
#include "formats/importfields.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

int fail(const QString &message, int code)
{
    QTextStream(stderr) << message << Qt::endl;
    return code;
}

// Parses the options; nullopt to go on, else the exit code (help printed, or bad usage).
std::optional<int> parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments)
{
    parser.addHelpOption();
    parser.addOption({u"db"_s, tr("The store: a SQLite file, or postgresql://user@host:port/dbname "
                                  "(password from CDRDESK_DB_PASSWORD)."), u"DB"_s});
    if (!parser.parse(QStringList{u"cdrdesk-cli "_s + command} + arguments))
        return fail(parser.errorText() + u'\n' + tr("See 'cdrdesk-cli %1 --help'.").arg(command), 2);
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (!parser.isSet(u"db"_s))
        return fail(tr("--db is required."), 2);
    return std::nullopt;
}

Result<std::unique_ptr<Database>> openStore(const QCommandLineParser &parser, Database::OpenMode mode)
{
    Result<DatabaseSpec> spec = DatabaseSpec::parse(parser.value(u"db"_s));
    if (!spec)
        return Error{spec.error()};
    if (spec->isServer() && spec->password.isEmpty())
        spec->password = qEnvironmentVariable("CDRDESK_DB_PASSWORD");
    return Database::open(*spec, mode);
}

Result<QTimeZone> zoneOption(const QCommandLineParser &parser)
{
    if (!parser.isSet(u"timezone"_s))
        return QTimeZone::utc();
    const auto zone = ImportFields::zoneFromText(parser.value(u"timezone"_s));
    if (!zone)
        return Error{tr("--timezone: \"%1\" is neither a time zone (Europe/London, UTC) nor a UTC offset (-7, +5:30).")
                         .arg(parser.value(u"timezone"_s))};
    return *zone;
}

Result<ImportOptions> importOptions(const QCommandLineParser &parser)
{
    ImportOptions options;
    if (parser.isSet(u"format"_s)) {
        options.format = ImportFormats::fromName(parser.value(u"format"_s));
        if (!options.format)
            return Error{tr("--format: \"%1\" is not one of %2.")
                             .arg(parser.value(u"format"_s), ImportFormats::names().join(u", "_s))};
    }
    const Result<QTimeZone> zone = zoneOption(parser);
    if (!zone)
        return Error{zone.error()};
    options.zone = *zone;
    options.templatePath = parser.value(u"template"_s);
    options.skipInvalid = parser.isSet(u"skip-invalid"_s);
    return options;
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

Result<qint64> countOption(const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(name))
        return 0;
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < 0)
        return Error{tr("--%1: \"%2\" is not a whole number of at least 0.").arg(name, parser.value(name))};
    return value;
}

Result<CallFilter> exportFilter(const QCommandLineParser &parser, const QTimeZone &zone)
{
    CallFilter filter;
    const auto start = timeOption(parser, u"start"_s, zone);
    const auto end = timeOption(parser, u"end"_s, zone);
    const auto limit = countOption(parser, u"limit"_s);
    const auto offset = countOption(parser, u"offset"_s);
    for (const QString &problem : {start.error(), end.error(), limit.error(), offset.error()}) {
        if (!problem.isEmpty())
            return Error{problem};
    }
    filter.start = *start;
    filter.end = *end;
    filter.limit = *limit;
    filter.offset = *offset;
    if (parser.isSet(u"sort"_s))
        filter.sort = parser.value(u"sort"_s);
    for (const QString &flag : {u"descending"_s, u"archive"_s}) {
        if (parser.isSet(flag) && parser.value(flag) != u"0" && parser.value(flag) != u"1")
            return Error{tr("--%1: must be 0 or 1.").arg(flag)};
    }
    filter.descending = parser.value(u"descending"_s) == u"1";
    filter.archive = parser.value(u"archive"_s) == u"1";
    if (auto valid = filter.validate(); !valid)
        return Error{valid.error()};
    return filter;
}

Result<ExportOptions> exportOptions(const QCommandLineParser &parser)
{
    ExportOptions options;
    if (parser.isSet(u"format"_s)) {
        const auto format = ExportOptions::formatFromName(parser.value(u"format"_s));
        if (!format)
            return Error{tr("--format: \"%1\" is not one of csv, jsonl, xlsx.").arg(parser.value(u"format"_s))};
        options.format = *format;
    } else if (parser.value(u"out"_s).endsWith(u".xlsx"_s, Qt::CaseInsensitive)) {
        options.format = ExportOptions::Format::Xlsx;
    } else if (parser.value(u"out"_s).endsWith(u".jsonl"_s, Qt::CaseInsensitive)) {
        options.format = ExportOptions::Format::JsonLines;
    }
    if (parser.isSet(u"columns"_s)) {
        const auto columns = CallListWriter::columnsFromList(parser.value(u"columns"_s));
        if (!columns)
            return Error{columns.error()};
        options.columns = *columns;
    }
    const Result<QTimeZone> zone = zoneOption(parser);
    if (!zone)
        return Error{zone.error()};
    options.zone = *zone;
    options.bom = parser.isSet(u"bom"_s);
    options.crlf = parser.isSet(u"crlf"_s);
    options.excelSafe = parser.isSet(u"excel-safe"_s);
    return options;
}

} // namespace

namespace CliCommands {

int importFiles(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Imports CDR files into a store, each in one transaction; importing a file again adds nothing.\n"
                                        "The format is detected unless --format names it."));
    parser.addOptions({
        {u"format"_s, tr("One of %1.").arg(ImportFormats::names().join(u", "_s)), u"FORMAT"_s},
        {u"timezone"_s, tr("How to read local times in the files: an IANA name or a UTC offset such as -7 (default UTC)."), u"ZONE"_s},
        {u"template"_s, tr("FreeSWITCH: the mod_cdr_csv template file the CSV was written with (default: \"example\")."), u"FILE"_s},
        {u"skip-invalid"_s, tr("Write invalid rows with their reasons to FILE.rejects.csv and import the rest.")},
    });
    parser.addPositionalArgument(u"FILE"_s, tr("The files to import."), u"FILE..."_s);
    if (const auto exit = parse(parser, u"import"_s, arguments))
        return *exit;
    if (parser.positionalArguments().isEmpty())
        return fail(tr("Name at least one file to import."), 2);
    const Result<ImportOptions> options = importOptions(parser);
    if (!options)
        return fail(options.error(), 2);
    auto database = openStore(parser, Database::OpenMode::CreateIfMissing);
    if (!database)
        return fail(database.error(), 1);
    QTextStream out(stdout);
    for (const QString &file : parser.positionalArguments()) {
        CallImporter importer(**database);
        const Result<ImportStats> stats = importer.importFile(file, *options);
        if (!stats)
            return fail(stats.error(), importer.failedOnInput() ? 2 : 1);
        out << tr("%1 (%2): %3 imported, %4 skipped, %5 rejected")
                   .arg(file, ImportFormats::name(stats->format))
                   .arg(stats->imported).arg(stats->skipped).arg(stats->rejected);
        if (!stats->rejectsPath.isEmpty())
            out << tr(" (see %1)").arg(stats->rejectsPath);
        out << Qt::endl;
    }
    return 0;
}

int exportCalls(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Exports the calls a filter selects, in its order, as CSV, JSON Lines or XLSX.\n"
                                        "The file appears only when complete."));
    parser.addOptions({
        {u"out"_s, tr("The file to write."), u"FILE"_s},
        {u"start"_s, tr("Calls starting at or after T."), u"T"_s},
        {u"end"_s, tr("Calls starting before T."), u"T"_s},
        {u"sort"_s, tr("Sort field: %1 (default start).").arg(CallFields::sortKeys().join(u", ")), u"FIELD"_s},
        {u"descending"_s, tr("1 to sort descending (default 0)."), u"0|1"_s},
        {u"archive"_s, tr("1 to include archived calls (default 0)."), u"0|1"_s},
        {u"limit"_s, tr("At most N calls (0 = all, the default)."), u"N"_s},
        {u"offset"_s, tr("Skip the first N calls."), u"N"_s},
        {u"format"_s, tr("csv (default), jsonl or xlsx (default from the file's extension)."), u"FORMAT"_s},
        {u"columns"_s, tr("Comma-separated store column names (default all)."), u"a,b,c"_s},
        {u"timezone"_s, tr("Zone of the written times and of --start/--end without an offset (default UTC)."), u"ZONE"_s},
        {u"bom"_s, tr("CSV: begin with a UTF-8 byte order mark (for Excel).")},
        {u"crlf"_s, tr("CSV: end lines with CRLF (RFC 4180).")},
        {u"excel-safe"_s, tr("CSV: prefix cells starting with = + - @ with ' so spreadsheets do not run them; plain numbers such as +4420… stay as they are.")},
    });
    if (const auto exit = parse(parser, u"export"_s, arguments))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()), 2);
    if (!parser.isSet(u"out"_s))
        return fail(tr("--out is required."), 2);
    const Result<ExportOptions> options = exportOptions(parser);
    if (!options)
        return fail(options.error(), 2);
    const Result<CallFilter> filter = exportFilter(parser, options->zone);
    if (!filter)
        return fail(filter.error(), 2);
    auto database = openStore(parser, Database::OpenMode::MustExist);
    if (!database)
        return fail(database.error(), 1);
    const Result<qint64> written = CallExporter(**database).exportTo(parser.value(u"out"_s), *filter, *options);
    if (!written)
        return fail(written.error(), 1);
    QTextStream(stdout) << tr("Wrote %1 calls to %2.").arg(*written).arg(parser.value(u"out"_s)) << Qt::endl;
    return 0;
}

} // namespace CliCommands
