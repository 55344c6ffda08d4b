#include "storejob.h"

#include "database.h"

#include <QtConcurrent/QtConcurrentRun>

StoreJob::StoreJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        m_outcome = m_watcher.result();
        Q_EMIT finished();
    });
}

StoreJob::~StoreJob()
{
    cancel();
    m_watcher.waitForFinished();
}

void StoreJob::cancel()
{
    m_cancelled = true;
    const QMutexLocker lock(&m_runningLock);
    if (m_running)
        m_running->interrupt();
}

bool StoreJob::start(const DatabaseSpec &spec, Work work)
{
    if (isBusy())
        return false;
    m_cancelled = false;
    m_watcher.setFuture(QtConcurrent::run([this, spec, work = std::move(work)] { return run(spec, work); }));
    return true;
}

StoreJob::Outcome StoreJob::run(const DatabaseSpec &spec, const Work &work)
{
    Outcome outcome;
    // The connection lives and dies in this worker thread.
    auto database = Database::open(spec);
    if (!database) {
        outcome.error = database.error();
        return outcome;
    }
    const ProgressCallback progress = [this](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(this, [this, done, total] { Q_EMIT this->progress(done, total); }, Qt::QueuedConnection);
        return !m_cancelled.load();
    };
    {
        const QMutexLocker lock(&m_runningLock);
        m_running = database->get();
    }
    Result<std::any> result = work(**database, progress);
    {
        const QMutexLocker lock(&m_runningLock);
        m_running = nullptr;
    }
    outcome.cancelled = m_cancelled.load();
    if (result)
        outcome.value = std::move(*result);
    else
        outcome.error = result.error();
    return outcome;
}
