// cdrdesk-cli import and export: argument parsing and wiring only; the work is in
// models/formats (CallImporter, CallExporter).
#include "clicommands.h"

#include "clisupport.h"

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

Result<ImportOptions> importOptions(const QCommandLineParser &parser)
{
    ImportOptions options;
    if (parser.isSet(u"format"_s)) {
        options.format = ImportFormats::fromName(parser.value(u"format"_s));
        if (!options.format)
            return Error{QCoreApplication::translate("cli", "--format: \"%1\" is not one of %2.")
                             .arg(parser.value(u"format"_s), ImportFormats::names().join(u", "_s))};
    }
    const Result<QTimeZone> zone = CliSupport::zoneOption(parser);
    if (!zone)
        return Error{zone.error()};
    options.zone = *zone;
    options.templatePath = parser.value(u"template"_s);
    options.skipInvalid = parser.isSet(u"skip-invalid"_s);
    return options;
}

Result<ExportOptions> exportOptions(const QCommandLineParser &parser)
{
    ExportOptions options;
    if (parser.isSet(u"format"_s)) {
        const auto format = ExportOptions::formatFromName(parser.value(u"format"_s));
        if (!format)
            return Error{QCoreApplication::translate("cli", "--format: \"%1\" is not one of csv, jsonl, xlsx.").arg(parser.value(u"format"_s))};
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
    const Result<QTimeZone> zone = CliSupport::zoneOption(parser);
    if (!zone)
        return Error{zone.error()};
    options.zone = *zone;
    options.bom = parser.isSet(u"bom"_s);
    options.crlf = parser.isSet(u"crlf"_s);
    options.excelSafe = parser.isSet(u"excel-safe"_s);
    return options;
}

} // namespace

using namespace CliSupport;

namespace CliCommands {

int importFiles(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Imports CDR files into a store, each in one transaction; importing a file again adds nothing.\n"
                                        "The format is detected unless --format names it."));
    parser.addOptions({
        {u"format"_s, QCoreApplication::translate("cli", "One of %1.").arg(ImportFormats::names().join(u", "_s)), u"FORMAT"_s},
        {u"timezone"_s, QCoreApplication::translate("cli", "How to read local times in the files: an IANA name or a UTC offset such as -7 (default UTC)."), u"ZONE"_s},
        {u"template"_s, QCoreApplication::translate("cli", "FreeSWITCH: the mod_cdr_csv template file the CSV was written with (default: \"example\")."), u"FILE"_s},
        {u"skip-invalid"_s, QCoreApplication::translate("cli", "Write invalid rows with their reasons to FILE.rejects.csv and import the rest.")},
    });
    parser.addPositionalArgument(u"FILE"_s, QCoreApplication::translate("cli", "The files to import."), u"FILE..."_s);
    if (const auto exit = parse(parser, u"import"_s, arguments, AnyNumber))
        return *exit;
    if (parser.positionalArguments().isEmpty())
        return fail(QCoreApplication::translate("cli", "Name at least one file to import."), 2);
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
        out << QCoreApplication::translate("cli", "%1 (%2): %3 imported, %4 skipped, %5 rejected")
                   .arg(file, ImportFormats::name(stats->format))
                   .arg(stats->imported).arg(stats->skipped).arg(stats->rejected);
        if (!stats->rejectsPath.isEmpty())
            out << QCoreApplication::translate("cli", " (see %1)").arg(stats->rejectsPath);
        out << Qt::endl;
    }
    return 0;
}

int exportCalls(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Exports the calls a filter selects, in its order, as CSV, JSON Lines or XLSX.\n"
                                        "The file appears only when complete."));
    addFilterOptions(parser);
    parser.addOptions({
        {u"out"_s, QCoreApplication::translate("cli", "The file to write."), u"FILE"_s},
        {u"format"_s, QCoreApplication::translate("cli", "csv (default), jsonl or xlsx (default from the file's extension)."), u"FORMAT"_s},
        {u"columns"_s, QCoreApplication::translate("cli", "Comma-separated store column names (default all)."), u"a,b,c"_s},
        {u"timezone"_s, QCoreApplication::translate("cli", "Zone of the written times and of --start/--end without an offset (default UTC)."), u"ZONE"_s},
        {u"bom"_s, QCoreApplication::translate("cli", "CSV: begin with a UTF-8 byte order mark (for Excel).")},
        {u"crlf"_s, QCoreApplication::translate("cli", "CSV: end lines with CRLF (RFC 4180).")},
        {u"excel-safe"_s, QCoreApplication::translate("cli", "CSV: prefix cells starting with = + - @ with ' so spreadsheets do not run them; plain numbers such as +4420… stay as they are.")},
    });
    if (const auto exit = parse(parser, u"export"_s, arguments))
        return *exit;
    if (!parser.isSet(u"out"_s))
        return fail(QCoreApplication::translate("cli", "--out is required."), 2);
    const Result<ExportOptions> options = exportOptions(parser);
    if (!options)
        return fail(options.error(), 2);
    const Result<CallFilter> filter = filterFromOptions(parser, options->zone);
    if (!filter)
        return fail(filter.error(), 2);
    auto database = openStore(parser, Database::OpenMode::MustExist);
    if (!database)
        return fail(database.error(), 1);
    const Result<qint64> written = CallExporter(**database).exportTo(parser.value(u"out"_s), *filter, *options);
    if (!written)
        return fail(written.error(), 1);
    QTextStream(stdout) << QCoreApplication::translate("cli", "Wrote %1 calls to %2.").arg(*written).arg(parser.value(u"out"_s)) << Qt::endl;
    return 0;
}

} // namespace CliCommands
