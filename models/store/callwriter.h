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
//
// On SQLite the roll-ups' insert trigger is set aside for the transaction (Rollups::
// callInsertTrigger): new calls are inserted without it and added to the roll-ups a range of ids
// at a time, before any replaced call, every RollupBatch calls and at commit; the trigger is
// created again just before the commit (a rollback brings it back by itself). Replacing a call
// is an UPDATE, which the roll-ups' update trigger follows as before.
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
    Result<void> beginSqlite();
    Result<void> writeSqlite(const CallRecord &record);
    void bindSqlite(sqlite3_stmt *statement, const CallRecord &record);
    Result<void> addNewCallsToRollups();
    void finishStatement();

    Database &m_database;
    // SQLite: bound directly, several times faster. A new call is inserted (ON CONFLICT DO
    // NOTHING); a stored one is replaced by the update.
    sqlite3_stmt *m_sqliteInsert = nullptr;
    sqlite3_stmt *m_sqliteUpdate = nullptr;
    QString m_insertTrigger;  // the set-aside trigger's CREATE statement; empty: none
    QList<QSqlQuery> m_addToRollups;
    qint64 m_firstNew = 0;  // the ids of the calls inserted since the roll-ups were last added to
    qint64 m_lastNew = -1;
    QStringEncoder m_encoder{QStringEncoder::Utf8};
    QByteArray m_utf8;
    QByteArray m_foldedName;
    QList<std::pair<qsizetype, qsizetype>> m_offsets;
    std::unique_ptr<NumberAnalyzer> m_numbers;
    QSqlQuery m_upsert;
    bool m_open = false;
    qint64 m_written = 0;
};
