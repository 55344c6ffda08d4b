#include "callwriter.h"

#include "core/callfield.h"
#include "database.h"
#include "numbers/numberanalyzer.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {
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
    const QString sql = m_database.dialect().upsert(u"calls"_s, writtenColumns(),
                                                    {u"source"_s, u"record_key"_s});
    if (m_database.dialect().kind() == DatabaseSpec::Kind::SQLite) {
        // Qt's binding goes through QVariant and named placeholders for every value; for bulk
        // writes the driver's own handle is used with the same SQL.
        const QVariant handle = m_database.connection().driver()->handle();
        sqlite3 *db = handle.isValid() ? *static_cast<sqlite3 *const *>(handle.constData()) : nullptr;
        if (db && sqlite3_prepare_v3(db, sql.toUtf8().constData(), -1, SQLITE_PREPARE_PERSISTENT,
                                     &m_sqliteUpsert, nullptr) == SQLITE_OK)
            return {};
        const QString message = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QCoreApplication::translate("CallWriter", "no SQLite handle");
        rollback();
        return Error{QCoreApplication::translate("CallWriter", "Preparing to write calls failed: %1").arg(message)};
    }
    if (!m_upsert.prepare(sql)) {
        const Error error = sqlError(QCoreApplication::translate("CallWriter", "Preparing to write calls"), m_upsert.lastError());
        rollback();
        return error;
    }
    return {};
}

Result<void> CallWriter::write(CallRecord record)
{
    if (record.source.isEmpty() || record.recordKey.isEmpty())
        return Error{QCoreApplication::translate("CallWriter", "Call %1 has no source or record key and cannot be stored.").arg(record.uniqueid)};
    m_numbers->fill(record);
    if (m_sqliteUpsert)
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
    const QList<CallField> &fields = writtenFields();
    m_utf8.resize(0);
    m_offsets.resize(0);
    for (CallField field : fields) {
        if (const QString *text = CallFields::textOf(record, field)) {
            const qsizetype at = m_utf8.size();
            m_utf8.resize(at + m_encoder.requiredSpace(text->size()));
            char *end = m_encoder.appendToBuffer(m_utf8.data() + at, *text);
            m_utf8.resize(end - m_utf8.constData());
            m_offsets.append({at, m_utf8.size() - at});
        }
    }
    int position = 1;
    qsizetype textIndex = 0;
    for (CallField field : fields) {
        if (CallFields::textOf(record, field)) {
            const auto [at, size] = m_offsets[textIndex++];
            sqlite3_bind_text(m_sqliteUpsert, position, m_utf8.constData() + at, int(size), SQLITE_STATIC);
        } else {
            bool isNull = false;
            const qint64 value = CallFields::integerOf(record, field, &isNull);
            if (isNull)
                sqlite3_bind_null(m_sqliteUpsert, position);
            else
                sqlite3_bind_int64(m_sqliteUpsert, position, value);
        }
        ++position;
    }
    m_foldedName = record.sname.toCaseFolded().toUtf8();
    sqlite3_bind_text(m_sqliteUpsert, position, m_foldedName.constData(), int(m_foldedName.size()), SQLITE_STATIC);
    const int status = sqlite3_step(m_sqliteUpsert);
    sqlite3_reset(m_sqliteUpsert);
    if (status != SQLITE_DONE)
        return Error{QCoreApplication::translate("CallWriter", "Writing call %1 (%2) failed: %3")
                         .arg(record.recordKey, record.source,
                              QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_sqliteUpsert))))};
    ++m_written;
    return {};
}

Result<void> CallWriter::commit()
{
    m_open = false;
    finishStatement();
    return m_database.commit(QCoreApplication::translate("CallWriter", "Saving %1 calls").arg(m_written));
}

void CallWriter::finishStatement()
{
    m_upsert.finish();
    if (m_sqliteUpsert) {
        sqlite3_finalize(m_sqliteUpsert);
        m_sqliteUpsert = nullptr;
    }
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
