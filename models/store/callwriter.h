#pragma once

#include "core/callrecord.h"
#include "core/result.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>

#include <memory>

class Database;
class NumberAnalyzer;
struct sqlite3_stmt;

// Writes calls in one transaction: begin(), write() each record, commit() — or rollback(),
// which leaves the store as it was. A record whose (source, record_key) is already stored
// replaces it, so writing the same records again changes nothing. Beside the record's fields it
// writes `sname_fold`, the caller name case-folded by Qt, which the filters compare with.
class CallWriter
{
public:
    explicit CallWriter(Database &database);
    ~CallWriter();

    Result<void> begin();
    Result<void> write(CallRecord record);
    Result<void> commit();
    void rollback();
    // begin(), write() each of `records`, commit(): all of them or (rolled back) none.
    Result<void> writeAll(const QList<CallRecord> &records);

    qint64 written() const { return m_written; }

private:
    Result<void> writeSqlite(const CallRecord &record);
    void finishStatement();

    Database &m_database;
    sqlite3_stmt *m_sqliteUpsert = nullptr;  // SQLite: bound directly, several times faster
    QStringEncoder m_encoder{QStringEncoder::Utf8};
    QByteArray m_utf8;
    QByteArray m_foldedName;
    QList<std::pair<qsizetype, qsizetype>> m_offsets;
    std::unique_ptr<NumberAnalyzer> m_numbers;
    QSqlQuery m_upsert;
    bool m_open = false;
    qint64 m_written = 0;
};
