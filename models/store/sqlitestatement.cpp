#include "sqlitestatement.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <sqlite3.h>

namespace {
sqlite3 *handleOf(Database &database)
{
    if (database.dialect().kind() != DatabaseSpec::Kind::SQLite)
        return nullptr;
    const QVariant handle = database.connection().driver()->handle();
    return handle.isValid() ? *static_cast<sqlite3 *const *>(handle.constData()) : nullptr;
}
} // namespace

bool SqliteStatement::isAvailable(Database &database)
{
    return handleOf(database) != nullptr;
}

SqliteStatement::SqliteStatement(Database &database)
    : m_db(handleOf(database))
{
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

Error SqliteStatement::failure() const
{
    const QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                                : QCoreApplication::translate("SqliteStatement", "the store is not SQLite");
    return Error{QCoreApplication::translate("Store", "%1 failed: %2").arg(m_doing, detail)};
}

Result<void> SqliteStatement::prepare(const SqlFragment &fragment, const QString &doing)
{
    m_doing = doing;
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    if (!m_db)
        return failure();
    const QByteArray sql = fragment.sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &m_statement, nullptr) != SQLITE_OK)
        return failure();
    int position = 1;
    for (const QVariant &value : fragment.values) {
        int status = SQLITE_OK;
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::Long:
        case QMetaType::Short:
        case QMetaType::Bool:
            status = sqlite3_bind_int64(m_statement, position, value.toLongLong());
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            status = sqlite3_bind_double(m_statement, position, value.toDouble());
            break;
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            status = sqlite3_bind_blob64(m_statement, position, bytes.constData(), sqlite3_uint64(bytes.size()),
                                         SQLITE_TRANSIENT);
            break;
        }
        default:
            // As Qt's driver binds them: an empty QVariant and a null QString are NULL.
            if (!value.isValid() || value.isNull() || value.toString().isNull()) {
                status = sqlite3_bind_null(m_statement, position);
            } else {
                const QByteArray text = value.toString().toUtf8();
                status = sqlite3_bind_text64(m_statement, position, text.constData(), sqlite3_uint64(text.size()),
                                             SQLITE_TRANSIENT, SQLITE_UTF8);
            }
        }
        if (status != SQLITE_OK)
            return failure();
        ++position;
    }
    return {};
}

Result<bool> SqliteStatement::next()
{
    const int status = sqlite3_step(m_statement);
    if (status == SQLITE_ROW)
        return true;
    if (status == SQLITE_DONE)
        return false;
    return failure();
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArrayView SqliteStatement::text(int column) const
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return bytes ? QByteArrayView(bytes, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}
