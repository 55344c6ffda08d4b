#include "database.h"

#include "asteriskcdrtable.h"
#include "schema.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

Database::Database(const DatabaseSpec &spec, const QString &connectionName)
    : m_spec(spec)
    , m_dialect(spec.kind)
    , m_connectionName(connectionName)
    , m_db(QSqlDatabase::addDatabase(m_dialect.driverName(), connectionName))
    , m_callsTable(m_dialect.quote(u"calls"))
{
}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseSpec &spec, OpenMode mode)
{
    if (!QSqlDatabase::isDriverAvailable(SqlDialect(spec.kind).driverName()))
        return Error{QCoreApplication::translate("Database", "The Qt SQL driver %1 is not installed.").arg(SqlDialect(spec.kind).driverName())};

    if (spec.kind == DatabaseSpec::Kind::SQLite) {
        const QFileInfo file(spec.path);
        if (mode == OpenMode::MustExist && !file.exists())
            return Error{QCoreApplication::translate("Database", "The database file %1 does not exist.").arg(QDir::toNativeSeparators(spec.path))};
        if (!file.absoluteDir().exists() && !QDir().mkpath(file.absolutePath()))
            return Error{QCoreApplication::translate("Database", "Cannot create the folder %1.").arg(QDir::toNativeSeparators(file.absolutePath()))};
    }

    std::unique_ptr<Database> database(
        new Database(spec, u"cdrdesk-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces)));
    QSqlDatabase &db = database->m_db;
    if (spec.kind == DatabaseSpec::Kind::SQLite) {
        db.setDatabaseName(spec.path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    } else {
        db.setHostName(spec.host);
        db.setPort(spec.port);
        db.setDatabaseName(spec.database);
        db.setUserName(spec.user);
        db.setPassword(spec.password);
        db.setConnectOptions(spec.kind == DatabaseSpec::Kind::PostgreSQL ? u"connect_timeout=10"_s
                                                                         : u"MYSQL_OPT_CONNECT_TIMEOUT=10"_s);
    }
    // SUM of integers is NUMERIC/DECIMAL on the servers: read as exact text, never as a double
    // (which loses digits past 2^53 and prints round sums such as 1.2e+10).
    db.setNumericalPrecisionPolicy(QSql::HighPrecision);
    if (!db.open())
        return sqlError(QCoreApplication::translate("Database", "Opening %1").arg(spec.displayName()), db.lastError());

    QSqlQuery query(db);
    for (const QString &sql : database->m_dialect.sessionSetup()) {
        if (auto ok = execute(query, sql, QCoreApplication::translate("Database", "Setting up the connection to %1").arg(spec.displayName())); !ok)
            return Error{ok.error()};
    }
    if (spec.isAttached()) {
        if (auto ok = database->attach(); !ok)
            return Error{ok.error()};
        return database;
    }
    if (auto ok = Schema::migrate(db, database->m_dialect); !ok)
        return Error{ok.error()};
    const Result<int> version = Schema::version(db, database->m_dialect);
    if (!version)
        return Error{version.error()};
    database->m_schemaVersion = *version;
    if (auto ok = database->readDefaultCountry(); !ok)
        return Error{ok.error()};
    if (spec.kind == DatabaseSpec::Kind::SQLite) {
        const QVariant handle = db.driver()->handle();
        if (handle.isValid())
            database->m_sqliteHandle = *static_cast<sqlite3 *const *>(handle.constData());
    }
    return database;
}

Result<void> Database::attach()
{
    // No schema is created or migrated; the server itself refuses writes from this session.
    QSqlQuery query(m_db);
    if (auto ok = execute(query, m_dialect.readOnlySession(), QCoreApplication::translate("Database", "Making the connection read-only")); !ok)
        return ok;
    const Result<AsteriskCdrTable> table = AsteriskCdrTable::detect(m_db, m_dialect, m_spec.attachTable);
    if (!table)
        return Error{table.error()};
    m_callsTable = table->relation();
    m_attachedColumns = table->columns();
    m_schemaVersion = 0;
    return {};
}

namespace {
const QString CountryKey = u"default_country"_s;
}

Result<void> Database::readDefaultCountry()
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT "_s + m_dialect.quote(u"value") + u" FROM "_s + m_dialect.quote(u"cdrdesk_meta") + u" WHERE "_s
                  + m_dialect.quote(u"key") + u" = ?"_s);
    query.addBindValue(CountryKey);
    if (auto ok = execute(query, QCoreApplication::translate("Database", "Reading the default country")); !ok)
        return ok;
    if (query.next() && !query.value(0).toString().isEmpty())
        m_defaultCountry = query.value(0).toString();
    return {};
}

Result<void> Database::setDefaultCountry(const QString &country)
{
    const QString doing = QCoreApplication::translate("Database", "Setting the default country");
    return inTransaction(doing, [&]() -> Result<void> {
        QSqlQuery query(m_db);
        query.prepare(m_dialect.upsert(u"cdrdesk_meta"_s, {u"key"_s, u"value"_s}, {u"key"_s}));
        query.addBindValue(CountryKey);
        query.addBindValue(country);
        if (auto ok = execute(query, doing); !ok)
            return ok;
        m_defaultCountry = country;
        return {};
    });
}

Result<void> Database::begin(const QString &doing, Statements statements)
{
    // Every write goes through a transaction: an attached table is never written.
    if (isReadOnly())
        return Error{QCoreApplication::translate("Database", "%1: %2 is attached read-only; nothing is written to it.").arg(doing, m_spec.displayName())};
    // SQLite decides where statement journals go when the write transaction starts, from
    // temp_store, which cannot change inside a transaction once a temporary table exists.
    if (statements == Statements::Small && m_sqliteHandle) {
        setTempStore(u"MEMORY"_s);
        m_journalsInMemory = true;
    }
    // On SQLite the write lock is taken at once, waiting for another writer as long as the
    // busy time-out allows. A deferred BEGIN would take it at the first write, and a
    // transaction that has read by then gets "database is locked" at once instead of waiting
    // (SQLite cannot let it wait: the other writer's commit would make what it read stale).
    QSqlQuery query(m_db);
    if (m_sqliteHandle ? !query.exec(u"BEGIN IMMEDIATE"_s) : !m_db.transaction()) {
        const QSqlError error = m_sqliteHandle ? query.lastError() : m_db.lastError();
        endTransaction();
        return sqlError(doing, error);
    }
    return {};
}

Result<void> Database::commit(const QString &doing)
{
    if (!m_db.commit()) {
        const QSqlError error = m_db.lastError();
        rollback();
        return sqlError(doing, error);
    }
    endTransaction();
    return {};
}

void Database::interrupt()
{
    if (m_sqliteHandle)
        sqlite3_interrupt(static_cast<sqlite3 *>(m_sqliteHandle));
}

void Database::rollback()
{
    m_db.rollback();
    endTransaction();
}

void Database::endTransaction()
{
    if (m_journalsInMemory) {
        setTempStore(u"DEFAULT"_s);
        m_journalsInMemory = false;
    }
}

void Database::setTempStore(const QString &where)
{
    // Only speed depends on it: a failure (none is expected outside a transaction) is ignored.
    QSqlQuery pragma(m_db);
    (void)pragma.exec(u"PRAGMA temp_store = "_s + where);
}
