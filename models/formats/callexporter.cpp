#include "callexporter.h"

#include "csvtextwriter.h"
#include "store/callstore.h"
#include "store/sqlitestatement.h"
#include "xlsxcallwriter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

QJsonObject jsonObject(const CallRecord &record, const ExportOptions &options)
{
    QJsonObject object;
    for (CallField field : options.columns) {
        const QString name = CallFields::column(field);
        switch (CallFields::kind(field)) {
        case FieldKind::Text:
            object.insert(name, *CallFields::textOf(record, field));
            break;
        case FieldKind::Json: {
            const QString &text = *CallFields::textOf(record, field);
            object.insert(name, text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object());
            break;
        }
        case FieldKind::Timestamp: {
            const QString text = CallFields::text(record, field, options.zone);
            object.insert(name, text.isEmpty() ? QJsonValue() : QJsonValue(text));
            break;
        }
        case FieldKind::Money:
            object.insert(name, CallFields::text(record, field, options.zone));
            break;
        default:
            object.insert(name, CallFields::integerOf(record, field));
        }
    }
    return object;
}

} // namespace

std::optional<ExportOptions::Format> ExportOptions::formatFromName(QStringView name)
{
    if (name == u"csv")
        return Format::Csv;
    if (name == u"jsonl")
        return Format::JsonLines;
    if (name == u"xlsx")
        return Format::Xlsx;
    return std::nullopt;
}

CallExporter::CallExporter(Database &database)
    : m_database(database)
{
}

QString CallExporter::excelSafe(const QString &cell)
{
    return CsvTextWriter::runsAsFormula(cell.toUtf8()) ? u'\'' + cell : cell;
}

namespace {

// One call's cells. `Cells` gives a field's text (UTF-8), integer and nullness: a record read
// on any backend, or the current row of the SQLite statement (nothing converted per cell).
template<typename Cells>
void writeCells(CsvTextWriter &csv, const Cells &cells, const QList<CallField> &columns)
{
    for (CallField field : columns) {
        switch (CallFields::kind(field)) {
        case FieldKind::Text:
        case FieldKind::Json:
            csv.text(cells.text(field));
            break;
        case FieldKind::Timestamp:
            if (cells.isNull(field))
                csv.empty();
            else
                csv.timestamp(cells.integer(field));
            break;
        case FieldKind::Money:
            csv.money(cells.integer(field));
            break;
        default:
            csv.integer(cells.integer(field));
        }
    }
}

struct RecordCells
{
    const CallRecord &record;
    QByteArray text(CallField field) const { return CallFields::textOf(record, field)->toUtf8(); }
    qint64 integer(CallField field) const { return CallFields::integerOf(record, field); }
    bool isNull(CallField field) const
    {
        bool null = false;
        (void)CallFields::integerOf(record, field, &null);
        return null;
    }
};

// The statement selects every column in CallField order.
struct RowCells
{
    const SqliteStatement &row;
    QByteArrayView text(CallField field) const { return row.text(int(field)); }
    qint64 integer(CallField field) const { return row.integer(int(field)); }
    bool isNull(CallField field) const { return row.isNull(int(field)); }
};

} // namespace

Result<qint64> CallExporter::writeCsv(QIODevice &out, const CallFilter &filter, const ExportOptions &options,
                                      qint64 total)
{
    CsvTextWriter csv(out, options.zone, options.crlf, options.excelSafe);
    if (options.bom)
        csv.raw("\xEF\xBB\xBF");
    QStringList header;
    for (CallField field : options.columns)
        header.append(CallFields::column(field));
    csv.raw(header.join(u',').toUtf8());
    csv.endRow();
    qint64 written = 0;
    const auto counted = [&] {
        ++written;
        return !(options.progress && written % 1000 == 0 && !options.progress(written, total));
    };
    const QString cancelled = QCoreApplication::translate("CallExporter", "Export cancelled; no file was written.");
    if (SqliteStatement::isAvailable(m_database)) {
        // One statement over the whole set in the filter's order (LIMIT -1: no limit).
        PageRequest request;
        request.skip = filter.offset;
        request.limit = filter.limit > 0 ? int(qMin<qint64>(filter.limit, std::numeric_limits<int>::max())) : -1;
        SqliteStatement rows(m_database);
        if (auto prepared = rows.prepare(CallStore(m_database).pageQuery(filter, request),
                                         QCoreApplication::translate("CallStore", "Reading calls"));
            !prepared)
            return Error{prepared.error()};
        for (;;) {
            const Result<bool> row = rows.next();
            if (!row)
                return Error{row.error()};
            if (!*row)
                return written;
            writeCells(csv, RowCells{rows}, options.columns);
            csv.endRow();
            if (!counted())
                return Error{cancelled};
        }
    }
    bool stopped = false;
    const Result<qint64> visited = CallStore(m_database).forEach(filter, [&](const CallRecord &record) {
        writeCells(csv, RecordCells{record}, options.columns);
        csv.endRow();
        stopped = !counted();
        return !stopped;
    });
    if (!visited)
        return Error{visited.error()};
    if (stopped)
        return Error{cancelled};
    return written;
}

Result<qint64> CallExporter::writeJsonLines(QIODevice &out, const CallFilter &filter, const ExportOptions &options,
                                            qint64 total)
{
    qint64 written = 0;
    bool cancelled = false;
    const Result<qint64> visited = CallStore(m_database).forEach(filter, [&](const CallRecord &record) {
        out.write(QJsonDocument(jsonObject(record, options)).toJson(QJsonDocument::Compact));
        out.write("\n");
        ++written;
        if (options.progress && written % 1000 == 0 && !options.progress(written, total))
            cancelled = true;
        return !cancelled;
    });
    if (!visited)
        return Error{visited.error()};
    if (cancelled)
        return Error{QCoreApplication::translate("CallExporter", "Export cancelled; no file was written.")};
    return written;
}

Result<qint64> CallExporter::exportTo(const QString &path, const CallFilter &filter, const ExportOptions &options)
{
    qint64 total = 0;
    if (options.progress) {
        const Result<qint64> counted = CallStore(m_database).count(filter);
        total = counted ? *counted : 0;
    }
    if (options.format == ExportOptions::Format::Xlsx)
        return XlsxCallWriter::write(m_database, path, filter, options, total);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QCoreApplication::translate("CallExporter", "%1: cannot write: %2").arg(path, file.errorString())};
    const Result<qint64> written = options.format == ExportOptions::Format::Csv ? writeCsv(file, filter, options, total)
                                                                                : writeJsonLines(file, filter, options, total);
    if (!written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return Error{QCoreApplication::translate("CallExporter", "%1: cannot write: %2").arg(path, file.errorString())};
    if (options.progress)
        options.progress(*written, total);
    return written;
}
