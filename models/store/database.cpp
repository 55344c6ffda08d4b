#include "database.h"

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
    if (auto ok = Schema::migrate(db, database->m_dialect); !ok)
        return Error{ok.error()};
    const Result<int> version = Schema::version(db, database->m_dialect);
    if (!version)
        return Error{version.error()};
    database->m_schemaVersion = *version;
    if (spec.kind == DatabaseSpec::Kind::SQLite) {
        const QVariant handle = db.driver()->handle();
        if (handle.isValid())
            database->m_sqliteHandle = *static_cast<sqlite3 *const *>(handle.constData());
    }
    return database;
}

Result<void> Database::begin(const QString &doing)
{
    if (!m_db.transaction())
        return sqlError(doing, m_db.lastError());
    return {};
}

Result<void> Database::commit(const QString &doing)
{
    if (!m_db.commit()) {
        const QSqlError error = m_db.lastError();
        m_db.rollback();
        return sqlError(doing, error);
    }
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
}
