#pragma once

#include "connectionstore.h"
#include "core/result.h"
#include "providerhttp.h"
#include "store/databasespec.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>

class CallWriter;
struct CallRecord;
class Database;
class NumberAnalyzer;
class SyncPager;

struct SyncOptions
{
    std::optional<qint64> start;  // the window [start, end); unset: incremental (see SyncPager)
    std::optional<qint64> end;
    HttpSettings http;
};

struct SyncResult
{
    enum class Status { Ok, Failed, Cancelled };
    Status status = Status::Ok;
    QString message;         // translated; never holds a credential
    qint64 calls = 0;        // calls received and committed by this run
    qint64 pages = 0;
    ProviderError error;     // why it failed, typed
};

// Pulls a connection's calls into the store page by page. Each page's calls are upserted
// (source "<provider>:<connection>") and the cursor after the page is saved in the same
// transaction, so a sync stopped anywhere — failure, cancel, crash — resumes at the first page
// not committed: nothing lost, nothing twice. The job opens its own store connection in
// start(), so it may run on a worker thread (move it there first) or on the caller's.
//
// The provider's client runs on a thread of the job's own: requests, parsing, mapping and the
// numbers' analysis of the next page go on there while this thread stores the page before it.
//
// Group commit: a page is committed as soon as it is stored unless the next page has already
// arrived, in which case it goes into the same transaction, for at most GroupMilliseconds. A
// provider slower than the store (the usual case) sees a commit per page, and the store is never
// held while the job waits for the network; a fast one (a local PBX) gets far fewer commits, each
// of which writes the sort indexes' touched pages once for the whole group (a 1M-call sync from
// a local fake 60 → 43 s). A failure or cancel commits the pages stored before it.
class SyncJob : public QObject
{
    Q_OBJECT

public:
    SyncJob(const DatabaseSpec &store, const QString &connectionName, const QString &secret,
            const SyncOptions &options, QObject *parent = nullptr);
    ~SyncJob() override;

    [[nodiscard]] const QString &connectionName() const { return m_connectionName; }

public slots:
    void start();
    // From any thread: the page in flight is abandoned, committed pages stay.
    void cancel();

signals:
    // calls and pages committed so far; the window's seconds covered of its total (0 if unknown).
    void progress(qint64 calls, qint64 pages, qint64 covered, qint64 total);
    void finished(const SyncResult &result);

private:
    void fetch(const SyncCursor &cursor);
    void received(const QList<CallRecord> &calls, const SyncCursor &next, bool last, const ProviderError &error);
    // Runs `work` on the client's thread; `wait`: returns once it has run.
    void onPagerThread(std::function<void()> work, bool wait = false);
    void stopPager();
    // Writes a page and the cursor after it into the open group's transaction (beginning one).
    [[nodiscard]] Result<void> store(const QList<CallRecord> &calls, const SyncCursor &next);
    // Commits the group, if any, and reports progress; `last`: the window is covered.
    [[nodiscard]] Result<void> commitGroup(bool last = false);
    void finish(SyncResult::Status status, const QString &message, const ProviderError &error = {});

    DatabaseSpec m_spec;
    QString m_connectionName;
    QString m_secret;
    SyncOptions m_options;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CallWriter> m_writer;
    // Used on m_pagerThread only, from start() until stopPager().
    std::unique_ptr<SyncPager> m_pager;
    std::unique_ptr<NumberAnalyzer> m_numbers;
    QThread m_pagerThread;
    QObject *m_pagerContext = nullptr;  // lives on m_pagerThread
    Connection m_connection;
    SyncCursor m_cursor;
    SyncResult m_result;
    qint64 m_lastStart = 0;
    // Pages stored in the open transaction, not committed yet.
    qint64 m_groupCalls = 0;
    qint64 m_groupPages = 0;
    QElapsedTimer m_groupAge;
    std::atomic_int m_pagesWaiting = 0;  // received on the client's thread, not yet here
    std::atomic_bool m_cancelled = false;
    bool m_done = false;
};

Q_DECLARE_METATYPE(SyncResult)
