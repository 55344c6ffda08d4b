#pragma once

#include "core/callrecord.h"
#include "store/databasespec.h"

#include <chrono>
#include <memory>
#include <thread>

#include <QList>
#include <QProcessEnvironment>
#include <QString>

class Database;
class QSqlDatabase;
class QTemporaryDir;

// What the store tests share: the backends to run against, fresh empty stores on each, and
// records with many ties and awkward text for ordering tests.
namespace TestSupport {

// "sqlite", plus "postgresql" when CDRDESK_TEST_PG names a server and "mariadb" when
// CDRDESK_TEST_MYSQL does (scripts/test.sh starts both). With CDRDESK_REQUIRE_SERVERS=1 a
// missing server is a failure, not a skip.
QStringList backends();
// The server backends ("postgresql", "mariadb"), whether or not they are available.
QStringList serverBackends();

// The test database of a server backend with its password (from CDRDESK_TEST_PG /
// CDRDESK_TEST_MYSQL and their _PASSWORD), and the same database as its SELECT-only user
// (_RO_USER, _RO_PASSWORD). Empty spec and *error set when the environment names none.
DatabaseSpec serverSpec(const QString &backend, QString *error);
DatabaseSpec readOnlySpec(const QString &backend, QString *error);

// A store with none of our tables: a new SQLite file in `dir`, or the server's test database
// emptied of every table. Empty spec and *error set when it cannot be made.
DatabaseSpec emptyStore(const QString &backend, const QTemporaryDir &dir, QString *error);

// emptyStore() opened (and so migrated); nullptr with a warning when it cannot be.
std::unique_ptr<Database> openEmptyStore(const QString &backend, const QTemporaryDir &dir);

// Another connection to the SQLite store `spec` holding its write lock (BEGIN IMMEDIATE) for
// `duration`, on a thread of its own: constructed once the lock is held (or could not be:
// held() says which); the destructor waits for the thread.
class WriteLockHolder
{
public:
    WriteLockHolder(const DatabaseSpec &spec, std::chrono::milliseconds duration);
    ~WriteLockHolder();

    [[nodiscard]] bool held() const { return m_held; }

private:
    std::thread m_thread;
    bool m_held = false;
};

// cdrdesk-cli run as a user runs it, and what it said.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
CliRun runCli(const QStringList &arguments,
              const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

// A SQLite demo store at `path` with `calls` legs over the `days` before 1790000000
// (2026-09-21), the same for the same seed. Empty spec and *error set on failure. Rated under
// the customers' decks (call_charges filled) only when `rated`.
DatabaseSpec demoStore(const QString &path, qint64 calls, quint64 seed, int days, QString *error, bool rated = false);

// A plain Qt connection named `name` to the store, bypassing Database (which would migrate).
QSqlDatabase rawConnection(const DatabaseSpec &spec, const QString &name);

// `count` records whose sortable fields take few distinct values (so ties are everywhere),
// with empty strings, case variants and non-ASCII text.
QList<CallRecord> tiedRecords(int count, const QString &source = QStringLiteral("test"));

// Every call of the store, archived ones included, in uniqueid order.
QList<CallRecord> allCalls(Database &database);

// Orders the records as the store must: by the field (text by code point, numbers by value)
// and then id, ascending or descending.
QList<qint64> expectedOrder(QList<CallRecord> records, const QString &sortKey, bool descending);

} // namespace TestSupport
