#include "callwriter.h"

#include "core/callfield.h"
#include "database.h"
#include "numbers/numberanalyzer.h"
#include "rollups.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {
// New calls added to the roll-ups at a time: few statements, and the sort of their groups stays
// small (a writer's transaction sorts in memory, see Database::Statements).
constexpr qint64 RollupBatch = 10000;

// Every field but the local id, which the store assigns.
const QList<CallField> &writtenFields()
{
    static const QList<CallField> fields = [] {
        QList<CallField> list = CallFields::all();
        list.removeAll(CallField::Id);
        return list;
    }();
    return fields;
}

QStringList writtenColumns()
{
    QStringList columns;
    for (CallField field : writtenFields())
        columns.append(CallFields::column(field));
    columns.append(u"sname_fold"_s);  // last: the caller name case-folded (Schema version 4)
    return columns;
}
} // namespace

CallWriter::CallWriter(Database &database)
    : m_database(database)
    , m_numbers(std::make_unique<NumberAnalyzer>(database.defaultCountry()))
    , m_upsert(database.connection())
{
}

CallWriter::~CallWriter()
{
    if (m_open)
        rollback();
}

Result<void> CallWriter::begin()
{
    if (auto ok = m_database.begin(QCoreApplication::translate("CallWriter", "Starting to write calls"), Database::Statements::Small); !ok)
        return ok;
    m_open = true;
    m_written = 0;
    if (m_database.dialect().kind() == DatabaseSpec::Kind::SQLite) {
        if (auto ok = beginSqlite(); !ok) {
            rollback();
            return ok;
        }
        return {};
    }
    const QString sql = m_database.dialect().upsert(u"calls"_s, writtenColumns(), {u"source"_s, u"record_key"_s});
    if (!m_upsert.prepare(sql)) {
        const Error error = sqlError(QCoreApplication::translate("CallWriter", "Preparing to write calls"), m_upsert.lastError());
        rollback();
        return error;
    }
    return {};
}

Result<void> CallWriter::beginSqlite()
{
    const SqlDialect &d = m_database.dialect();
    const QString doing = QCoreApplication::translate("CallWriter", "Preparing to write calls");
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"_s);
    query.addBindValue(Rollups::callInsertTrigger());
    if (auto ok = execute(query, doing); !ok)
        return ok;
    m_insertTrigger = query.next() ? query.value(0).toString() : QString();
    query.finish();
    if (!m_insertTrigger.isEmpty()) {
        if (auto ok = execute(query, u"DROP TRIGGER "_s + d.quote(Rollups::callInsertTrigger()), doing); !ok)
            return ok;
        for (const QString &sql : Rollups::addCallsBetween(d)) {
            QSqlQuery &add = m_addToRollups.emplaceBack(m_database.connection());
            if (!add.prepare(sql))
                return sqlError(doing, add.lastError());
        }
    }
    // Numbered parameters: the insert and the update bind the same values.
    const QStringList columns = writtenColumns();
    QStringList values;
    QStringList updates;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        values.append(u'?' + QString::number(i + 1));
        if (columns[i] != u"source" && columns[i] != u"record_key")
            updates.append(d.quote(columns[i]) + u" = "_s + values.last());
    }
    const QString insert = u"INSERT INTO "_s + d.quote(u"calls") + u" ("_s + d.quotedList(columns) + u") VALUES ("_s
                           + values.join(u", "_s) + u") ON CONFLICT ("_s + d.quote(u"source") + u", "_s
                           + d.quote(u"record_key") + u") DO NOTHING"_s;
    const QString update = u"UPDATE "_s + d.quote(u"calls") + u" SET "_s + updates.join(u", "_s) + u" WHERE "_s
                           + d.quote(u"source") + u" = ?"_s + QString::number(columns.indexOf(u"source") + 1) + u" AND "_s
                           + d.quote(u"record_key") + u" = ?"_s + QString::number(columns.indexOf(u"record_key") + 1);
    // Qt's binding goes through QVariant and named placeholders for every value; for bulk
    // writes the driver's own handle is used with the same SQL.
    const QVariant handle = m_database.connection().driver()->handle();
    sqlite3 *db = handle.isValid() ? *static_cast<sqlite3 *const *>(handle.constData()) : nullptr;
    if (!db)
        return Error{QCoreApplication::translate("CallWriter", "Preparing to write calls failed: %1")
                         .arg(QCoreApplication::translate("CallWriter", "no SQLite handle"))};
    for (auto [sql, statement] : {std::pair{&insert, &m_sqliteInsert}, std::pair{&update, &m_sqliteUpdate}}) {
        if (sqlite3_prepare_v3(db, sql->toUtf8().constData(), -1, SQLITE_PREPARE_PERSISTENT, statement, nullptr) != SQLITE_OK)
            return Error{QCoreApplication::translate("CallWriter", "Preparing to write calls failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)))};
    }
    return {};
}

Result<void> CallWriter::write(CallRecord record)
{
    if (record.source.isEmpty() || record.recordKey.isEmpty())
        return Error{QCoreApplication::translate("CallWriter", "Call %1 has no source or record key and cannot be stored.").arg(record.uniqueid)};
    m_numbers->fill(record);
    if (m_sqliteInsert)
        return writeSqlite(record);
    int position = 0;
    for (CallField field : writtenFields())
        m_upsert.bindValue(position++, CallFields::value(record, field));
    m_upsert.bindValue(position, record.sname.isEmpty() ? u""_s : record.sname.toCaseFolded());  // null binds NULL
    if (!m_upsert.exec())
        return sqlError(QCoreApplication::translate("CallWriter", "Writing call %1 (%2)").arg(record.recordKey, record.source), m_upsert.lastError());
    ++m_written;
    return {};
}

Result<void> CallWriter::writeSqlite(const CallRecord &record)
{
    // All text of the row is encoded once into one reused buffer and bound in place.
    m_utf8.resize(0);
    m_offsets.resize(0);
    for (CallField field : writtenFields()) {
        if (const QString *text = CallFields::textOf(record, field)) {
            const qsizetype at = m_utf8.size();
            m_utf8.resize(at + m_encoder.requiredSpace(text->size()));
            char *end = m_encoder.appendToBuffer(m_utf8.data() + at, *text);
            m_utf8.resize(end - m_utf8.constData());
            m_offsets.append({at, m_utf8.size() - at});
        }
    }
    m_foldedName = record.sname.toCaseFolded().toUtf8();
    sqlite3 *db = sqlite3_db_handle(m_sqliteInsert);
    const auto step = [&](sqlite3_stmt *statement) -> Result<void> {
        bindSqlite(statement, record);
        const int status = sqlite3_step(statement);
        sqlite3_reset(statement);
        if (status == SQLITE_DONE)
            return {};
        return Error{QCoreApplication::translate("CallWriter", "Writing call %1 (%2) failed: %3")
                         .arg(record.recordKey, record.source, QString::fromUtf8(sqlite3_errmsg(db)))};
    };
    if (auto inserted = step(m_sqliteInsert); !inserted)
        return inserted;
    if (sqlite3_changes(db) > 0) {
        // A new call. The roll-ups take a range of ids, so a gap (never seen: SQLite gives the
        // next id) first adds the calls before it.
        const qint64 id = sqlite3_last_insert_rowid(db);
        if (m_lastNew >= m_firstNew && id != m_lastNew + 1) {
            if (auto added = addNewCallsToRollups(); !added)
                return added;
        }
        if (m_lastNew < m_firstNew)
            m_firstNew = id;
        m_lastNew = id;
        if (m_lastNew - m_firstNew + 1 >= RollupBatch) {
            if (auto added = addNewCallsToRollups(); !added)
                return added;
        }
    } else {
        // Stored already (perhaps by this transaction): the update trigger takes the call's old
        // sums out of the roll-ups, so they must hold them first.
        if (auto added = addNewCallsToRollups(); !added)
            return added;
        if (auto updated = step(m_sqliteUpdate); !updated)
            return updated;
    }
    ++m_written;
    return {};
}

void CallWriter::bindSqlite(sqlite3_stmt *statement, const CallRecord &record)
{
    int position = 1;
    qsizetype textIndex = 0;
    for (CallField field : writtenFields()) {
        if (CallFields::textOf(record, field)) {
            const auto [at, size] = m_offsets[textIndex++];
            sqlite3_bind_text(statement, position, m_utf8.constData() + at, int(size), SQLITE_STATIC);
        } else {
            bool isNull = false;
            const qint64 value = CallFields::integerOf(record, field, &isNull);
            if (isNull)
                sqlite3_bind_null(statement, position);
            else
                sqlite3_bind_int64(statement, position, value);
        }
        ++position;
    }
    sqlite3_bind_text(statement, position, m_foldedName.constData(), int(m_foldedName.size()), SQLITE_STATIC);
}

Result<void> CallWriter::addNewCallsToRollups()
{
    if (m_lastNew < m_firstNew)
        return {};
    for (QSqlQuery &add : m_addToRollups) {
        add.bindValue(0, m_firstNew);
        add.bindValue(1, m_lastNew);
        if (auto ok = execute(add, QCoreApplication::translate("CallWriter", "Adding the new calls to the dashboard's roll-ups")); !ok)
            return ok;
    }
    m_firstNew = 0;
    m_lastNew = -1;
    return {};
}

Result<void> CallWriter::commit()
{
    if (!m_insertTrigger.isEmpty()) {
        Result<void> restored = addNewCallsToRollups();
        if (restored) {
            QSqlQuery query(m_database.connection());
            restored = execute(query, m_insertTrigger, QCoreApplication::translate("CallWriter", "Adding the new calls to the dashboard's roll-ups"));
        }
        if (!restored) {
            rollback();
            return restored;
        }
    }
    m_open = false;
    finishStatement();
    return m_database.commit(QCoreApplication::translate("CallWriter", "Saving %1 calls").arg(m_written));
}

void CallWriter::finishStatement()
{
    m_upsert.finish();
    for (sqlite3_stmt **statement : {&m_sqliteInsert, &m_sqliteUpdate}) {
        sqlite3_finalize(*statement);  // a no-op for null
        *statement = nullptr;
    }
    m_addToRollups.clear();
    m_insertTrigger.clear();
    m_firstNew = 0;
    m_lastNew = -1;
}

void CallWriter::rollback()
{
    m_open = false;
    finishStatement();
    m_database.rollback();
}

Result<void> CallWriter::writeAll(const QList<CallRecord> &records)
{
    if (Result<void> begun = begin(); !begun)
        return begun;
    for (const CallRecord &record : records) {
        if (Result<void> written = write(record); !written) {
            rollback();
            return written;
        }
    }
    return commit();
}
