#pragma once

#include "core/result.h"
#include "databasespec.h"
#include "sqldialect.h"

#include <QSqlDatabase>

#include <memory>

// One open connection to a store, owned by one thread. Opening applies the session settings
// and migrates the schema forward; closing removes the Qt connection. Workers open their own.
class Database
{
public:
    enum class OpenMode { MustExist, CreateIfMissing };

    static Result<std::unique_ptr<Database>> open(const DatabaseSpec &spec,
                                                  OpenMode mode = OpenMode::MustExist);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase &connection() { return m_db; }
    const SqlDialect &dialect() const { return m_dialect; }
    const DatabaseSpec &spec() const { return m_spec; }
    int schemaVersion() const { return m_schemaVersion; }

    // Runs `work` in one transaction: committed when it succeeds, rolled back otherwise.
    template<typename Work>
    Result<void> inTransaction(const QString &doing, Work &&work);

    // Stops the statement running on this connection, from any thread (SQLite; servers
    // finish theirs). The statement fails with an "interrupted" error.
    void interrupt();

    Result<void> begin(const QString &doing);
    Result<void> commit(const QString &doing);
    void rollback();

private:
    Database(const DatabaseSpec &spec, const QString &connectionName);

    DatabaseSpec m_spec;
    SqlDialect m_dialect;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_schemaVersion = 0;
    void *m_sqliteHandle = nullptr;
};

template<typename Work>
Result<void> Database::inTransaction(const QString &doing, Work &&work)
{
    if (auto ok = begin(doing); !ok)
        return ok;
    Result<void> result = work();
    if (!result) {
        rollback();
        return result;
    }
    return commit(doing);
}
