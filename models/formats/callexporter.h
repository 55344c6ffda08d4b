#pragma once

#include "core/callfield.h"
#include "core/progress.h"
#include "core/result.h"
#include "store/callfilter.h"

#include <QTimeZone>

class Database;
class QIODevice;

struct ExportOptions
{
    enum class Format { Csv, JsonLines, Xlsx };

    Format format = Format::Csv;
    QList<CallField> columns = CallFields::all();
    QTimeZone zone = QTimeZone::utc();  // times are ISO 8601 in this zone
    bool bom = false;                   // CSV: a UTF-8 byte order mark first (Excel)
    bool crlf = false;                  // CSV: CRLF line ends (RFC 4180) instead of LF
    bool excelSafe = false;             // CSV: neutralise cells a spreadsheet would run as formulas
    ProgressCallback progress;          // rows written of the total; false cancels

    [[nodiscard]] static std::optional<Format> formatFromName(QStringView name);
};

// Writes the calls a filter selects, in its order, to a file: CSV (RFC 4180, UTF-8, a header
// of store column names, money as decimal strings), JSON Lines (one object per call) or XLSX.
// Written through QSaveFile: on error or cancel no file (nor half a file) is left.
class CallExporter
{
public:
    explicit CallExporter(Database &database);

    // How many calls were written.
    [[nodiscard]] Result<qint64> exportTo(const QString &path, const CallFilter &filter, const ExportOptions &options);

    // Excel-safe form of a cell: one starting with = + - @ (or a tab or CR) gets a leading
    // apostrophe, unless it is a plain number (+442071234567, -0.50), which no spreadsheet
    // runs as a formula and which stays as it is, readable.
    [[nodiscard]] static QString excelSafe(const QString &cell);

private:
    // CSV: on SQLite straight from the statement's bytes (SqliteStatement), elsewhere from
    // the records; both through CsvTextWriter, so the text is the same.
    [[nodiscard]] Result<qint64> writeCsv(QIODevice &out, const CallFilter &filter, const ExportOptions &options,
                                          qint64 total);
    [[nodiscard]] Result<qint64> writeJsonLines(QIODevice &out, const CallFilter &filter,
                                                const ExportOptions &options, qint64 total);

    Database &m_database;
};
