#pragma once

#include "core/progress.h"
#include "core/result.h"
#include "databasespec.h"

#include <QFutureWatcher>
#include <QMutex>
#include <QObject>

#include <any>
#include <atomic>
#include <functional>

class Database;

// Runs one piece of work against a store off the GUI thread, with its own connection
// (connections belong to one thread). Progress arrives by queued signal; cancel() makes the
// work's ProgressCallback return false (the work then rolls back and fails); finished() is
// emitted in the GUI thread with the outcome ready in value() or error(). cancel() and the
// destructor also interrupt the statement running, so a long query never holds up closing a
// window or quitting. One run at a time.
class StoreJob : public QObject
{
    Q_OBJECT

public:
    // The outcome is any value the caller knows the type of (read back with value<T>()).
    using Work = std::function<Result<std::any>(Database &database, const ProgressCallback &progress)>;

    explicit StoreJob(QObject *parent = nullptr);
    ~StoreJob() override;

    [[nodiscard]] bool isBusy() const { return m_watcher.isRunning(); }
    // Starts `work` in a worker; false (and nothing started) while a run is under way.
    bool start(const DatabaseSpec &spec, Work work);
    // Blocks until the run under way has finished (tests, closing windows).
    void wait() { m_watcher.waitForFinished(); }

    // Of the last finished run: the error (empty when it succeeded), whether it was cancelled.
    [[nodiscard]] const QString &error() const { return m_outcome.error; }
    [[nodiscard]] bool wasCancelled() const { return m_outcome.cancelled; }
    template<typename T>
    [[nodiscard]] const T *value() const
    {
        return std::any_cast<T>(&m_outcome.value);
    }

public Q_SLOTS:
    // Safe at any time, from the GUI thread.
    void cancel();

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished();

private:
    struct Outcome
    {
        std::any value;
        QString error;
        bool cancelled = false;
    };

    [[nodiscard]] Outcome run(const DatabaseSpec &spec, const Work &work);

    QFutureWatcher<Outcome> m_watcher;
    Outcome m_outcome;
    std::atomic<bool> m_cancelled{false};
    QMutex m_runningLock;
    Database *m_running = nullptr;  // the worker's connection while the work runs
};
