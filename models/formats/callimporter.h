#pragma once

#include "core/progress.h"
#include "core/result.h"
#include "importformat.h"

#include <QTimeZone>

#include <optional>

class Database;

struct ImportOptions
{
    std::optional<ImportFormat> format;  // unset: detected from the file
    QTimeZone zone = QTimeZone::utc();   // how local times in the file are read
    QString templatePath;                // FreeSWITCH: a template file instead of "example"
    bool skipInvalid = false;            // reject bad rows into <file>.rejects.csv and go on
    ProgressCallback progress;           // bytes read of the file's size; false cancels
};

struct ImportStats
{
    ImportFormat format = ImportFormat::AsteriskCsv;
    qint64 read = 0;      // rows (records) read
    qint64 imported = 0;  // new calls in the store
    qint64 skipped = 0;   // rows already stored (or repeated in the file): nothing added
    qint64 rejected = 0;  // invalid rows written to the rejects file
    QString rejectsPath;  // set when rows were rejected
};

// Imports one file into the store in one transaction: every row, or (strict, the default) none
// when a row is invalid — the error then reads "file:line: field: what is wrong". Rows are
// upserted by (source, record_key), so importing a file again adds nothing. CSV is streamed in
// constant memory; a JSON file is one document (an API response page) and is read whole.
class CallImporter
{
public:
    explicit CallImporter(Database &database);

    [[nodiscard]] Result<ImportStats> importFile(const QString &path, const ImportOptions &options);
    // After a failure: whether the input was at fault (a bad row, an unknown format) rather
    // than the file system or the store.
    [[nodiscard]] bool failedOnInput() const { return m_failedOnInput; }

private:
    Database &m_database;
    bool m_failedOnInput = false;
};
