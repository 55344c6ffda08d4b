#pragma once

#include "callexporter.h"

// Writes calls to an XLSX workbook with libxlsxwriter (streamed, constant memory): text fields
// as text (so 0190… and +44… keep their zeros and plus signs), durations, counts and money as
// numbers, times as ISO 8601 text in the export's zone, a frozen header row and an
// auto-filter. The workbook is written to a temporary file beside the target and renamed over
// it only when complete.
class XlsxCallWriter
{
public:
    [[nodiscard]] static Result<qint64> write(Database &database, const QString &path, const CallFilter &filter,
                                              const ExportOptions &options, qint64 total);
};
