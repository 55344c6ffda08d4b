#pragma once

#include "core/result.h"
#include "databasespec.h"
#include "demo/demogenerator.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>

// Opens a store off the GUI thread — connecting, checking and migrating the schema can take
// seconds on a server — and creates demo stores with progress and cancel. The GUI starts one
// job at a time and hears back through signals.
class StoreOpener : public QObject
{
    Q_OBJECT

public:
    explicit StoreOpener(QObject *parent = nullptr);
    ~StoreOpener() override;

    bool isBusy() const { return m_watcher.isRunning(); }

    // Checks that `spec` opens (creating a SQLite file when `create`); emits opened or failed.
    void open(const DatabaseSpec &spec, bool create = false);
    // Creates a SQLite demo store at `path` (which must not exist) and then opens it.
    void createDemo(const QString &path, const DemoOptions &options);
    void cancel() { m_cancelled = true; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void opened(const DatabaseSpec &spec);
    void failed(const QString &message);

private:
    void finish();

    QFutureWatcher<Result<DatabaseSpec>> m_watcher;
    std::atomic<bool> m_cancelled{false};
};
