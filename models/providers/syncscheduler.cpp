#include "syncscheduler.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

SyncScheduler::SyncScheduler(const DatabaseSpec &store, SecretSource secrets, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(std::move(secrets))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &SyncScheduler::checkNow);
}

SyncScheduler::~SyncScheduler()
{
    // Jobs under way stop after the page they are storing (committed pages stay). A job that has
    // just finished may still be ending its thread, so every thread is waited for, not only those
    // of the jobs under way.
    for (SyncJob *job : std::as_const(m_jobs)) {
        if (job)
            job->cancel();
    }
    for (QThread *thread : findChildren<QThread *>(Qt::FindDirectChildrenOnly)) {
        thread->quit();
        thread->wait();
    }
}

void SyncScheduler::setEnabled(bool enabled)
{
    if (enabled)
        m_timer->start();
    else
        m_timer->stop();
}

bool SyncScheduler::isEnabled() const
{
    return m_timer->isActive();
}

void SyncScheduler::checkNow()
{
    Result<std::unique_ptr<Database>> database = Database::open(m_store);
    if (!database)
        return emit problem(database.error());
    ConnectionStore connections(**database);
    Result<QList<Connection>> all = connections.list();
    if (!all)
        return emit problem(all.error());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const Connection &connection : *all) {
        if (connection.autoSyncMinutes <= 0 || m_jobs.contains(connection.name))
            continue;
        Result<SyncOutcome> last = connections.outcome(connection.id);
        if (last && last->when && *last->when + connection.autoSyncMinutes * 60 > now)
            continue;
        m_jobs.insert(connection.name, nullptr);  // claimed while the secret is read
        m_secrets(connection, [this, connection](const QString &secret, const QString &error) {
            if (!error.isEmpty()) {
                m_jobs.remove(connection.name);
                return emit problem(QCoreApplication::translate("SyncScheduler", "Automatic sync of \"%1\" skipped: %2")
                                        .arg(connection.name, error));
            }
            startJob(connection, secret);
        });
    }
}

bool SyncScheduler::syncNow(const Connection &connection, const QString &secret)
{
    if (m_jobs.contains(connection.name))
        return false;
    startJob(connection, secret);
    return true;
}

void SyncScheduler::startJob(const Connection &connection, const QString &secret)
{
    SyncOptions options;
    options.http = m_http;
    // Each job on a thread of its own: storing a page of calls takes a good part of a second,
    // which the GUI should not wait for. The job ends with its thread.
    auto *thread = new QThread(this);
    thread->setObjectName(u"sync "_s + connection.name);
    auto *job = new SyncJob(m_store, connection.name, secret, options);
    job->moveToThread(thread);
    connect(thread, &QThread::finished, job, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_jobs.insert(connection.name, job);
    connect(job, &SyncJob::finished, this, [this, thread, name = connection.name](const SyncResult &result) {
        m_jobs.remove(name);
        thread->quit();
        emit syncFinished(name, result);
    });
    thread->start();
    emit syncStarted(connection.name, job);
    QMetaObject::invokeMethod(job, &SyncJob::start, Qt::QueuedConnection);
}
