#pragma once

#include "store/databasespec.h"
#include "syncjob.h"

#include <QHash>
#include <QObject>

#include <functional>

class QTimer;

// Automatic sync: every minute it looks for connections whose `autoSyncMinutes` have passed
// since their last sync and starts a SyncJob for each (one at a time per connection), each on a
// thread of its own. The GUI owns it and shows the jobs it announces (their signals arrive
// queued; cancel() may be called from any thread). Secrets come from `secrets`, asynchronously (the
// keychain); a connection whose secret cannot be had is skipped and reported.
class SyncScheduler : public QObject
{
    Q_OBJECT

public:
    using SecretReply = std::function<void(const QString &secret, const QString &error)>;
    using SecretSource = std::function<void(const Connection &connection, SecretReply reply)>;

    SyncScheduler(const DatabaseSpec &store, SecretSource secrets, QObject *parent = nullptr);
    ~SyncScheduler() override;

    void setEnabled(bool enabled);
    [[nodiscard]] bool isEnabled() const;
    [[nodiscard]] bool isRunning(const QString &connectionName) const { return m_jobs.contains(connectionName); }
    // Checks now instead of at the next tick.
    void checkNow();
    // Starts a sync of `connection` now (Sync Now); false when one is under way already.
    bool syncNow(const Connection &connection, const QString &secret);
    // The job under way for the connection, or null.
    [[nodiscard]] SyncJob *job(const QString &connectionName) const { return m_jobs.value(connectionName); }
    // The HTTP settings of the jobs it starts.
    void setHttpSettings(const HttpSettings &settings) { m_http = settings; }
    // The store whose connections it syncs (a store opened in the GUI).
    void setStore(const DatabaseSpec &store) { m_store = store; }

signals:
    void syncStarted(const QString &connectionName, SyncJob *job);
    void syncFinished(const QString &connectionName, const SyncResult &result);
    void problem(const QString &message);

private:
    void startJob(const Connection &connection, const QString &secret);

    DatabaseSpec m_store;
    SecretSource m_secrets;
    HttpSettings m_http;
    QTimer *m_timer;
    QHash<QString, SyncJob *> m_jobs;
};
