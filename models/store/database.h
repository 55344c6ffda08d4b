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

    // What queries read calls from: our `calls` table, or for an attached table (spec().attach)
    // a derived table with the same columns. An attached database is read-only: the session
    // refuses writes and isReadOnly() tells writers not to start.
    const QString &callsTable() const { return m_callsTable; }
    bool isReadOnly() const { return m_spec.isAttached(); }
    // The country whose national formats the numbers of calls are read in when stored
    // ("GB": 02079460000 is +442079460000), kept in the store so that every writer — GUI, CLI,
    // importers, sync — reads numbers alike. "ZZ" (the default) reads international forms only.
    // Calls already stored keep what they were given.
    const QString &defaultCountry() const { return m_defaultCountry; }
    Result<void> setDefaultCountry(const QString &country);

    // The columns of the attached table (empty for a store of ours).
    const QStringList &attachedColumns() const { return m_attachedColumns; }

    // What a transaction's statements are like, for SQLite's statement journals (the pages a
    // statement changes inside a transaction, kept so that it alone can be undone). Small: many
    // statements of a few dozen pages each — a call at a time, as syncs, imports and rating write;
    // their journals stay in memory. A call's write touches some 40 pages (the table, the unique
    // key, eleven sort indexes, the roll-ups), more than the 64 KiB SQLite keeps in memory, so
    // on a temporary file each page was written out once per call (a third of a sync's CPU).
    // Large, the default: a statement may change many pages (an UPDATE of every filtered call),
    // and its journal goes to a temporary file rather than into memory. Small also makes SQLite
    // sort in memory only (its sorter writes no runs to files while temp_store = MEMORY): no
    // large ORDER BY or index build in such a transaction (CallImporter switches back first).
    enum class Statements { Large, Small };

    // Runs `work` in one transaction: committed when it succeeds, rolled back otherwise.
    template<typename Work>
    Result<void> inTransaction(const QString &doing, Work &&work, Statements statements = Statements::Large);

    // Stops the statement running on this connection, from any thread (SQLite; servers
    // finish theirs). The statement fails with an "interrupted" error.
    void interrupt();

    Result<void> begin(const QString &doing, Statements statements = Statements::Large);
    Result<void> commit(const QString &doing);
    void rollback();

private:
    Database(const DatabaseSpec &spec, const QString &connectionName);
    Result<void> attach();
    Result<void> readDefaultCountry();
    void setTempStore(const QString &where);
    void endTransaction();

    DatabaseSpec m_spec;
    SqlDialect m_dialect;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_schemaVersion = 0;
    QString m_callsTable;
    QString m_defaultCountry = QStringLiteral("ZZ");
    QStringList m_attachedColumns;
    void *m_sqliteHandle = nullptr;
    bool m_journalsInMemory = false;
};

template<typename Work>
Result<void> Database::inTransaction(const QString &doing, Work &&work, Statements statements)
{
    if (auto ok = begin(doing, statements); !ok)
        return ok;
    Result<void> result = work();
    if (!result) {
        rollback();
        return result;
    }
    return commit(doing);
}
