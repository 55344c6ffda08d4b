#pragma once

#include "callexporter.h"
#include "callimporter.h"
#include "store/callfilter.h"
#include "store/databasespec.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <atomic>

// What an import or export job did: the files imported before it stopped (each committed
// whole), or the calls exported; and why it stopped early, if it did.
struct TransferSummary
{
    enum class Kind { Import, Export };

    struct ImportedFile
    {
        QString path;
        ImportStats stats;
    };

    Kind kind = Kind::Import;
    QList<ImportedFile> imported;  // Import: the files committed, in order
    QString exportPath;            // Export: the file written (only when it was)
    qint64 exported = 0;           // Export: calls written
    QString error;                 // empty when every file was done
    bool cancelled = false;        // stopped because cancel() was asked for

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
    [[nodiscard]] qint64 importedCalls() const;
    [[nodiscard]] qint64 skippedCalls() const;
    [[nodiscard]] qint64 rejectedCalls() const;
    // One translated sentence with the counts, for a status bar (the error follows when set).
    [[nodiscard]] QString text() const;
};

// Runs one import (a list of files) or one export at a time off the GUI thread, with its own
// connection to the store (connections belong to one thread). Progress and the end arrive by
// queued signals; cancel() makes the running file roll back, or the export leave no file.
class TransferJob : public QObject
{
    Q_OBJECT

public:
    explicit TransferJob(QObject *parent = nullptr);
    ~TransferJob() override;

    [[nodiscard]] bool isBusy() const { return m_watcher.isRunning(); }

    // Imports the files in order, each in its own transaction, stopping at the first failure.
    // `options.progress` is replaced by the job's own.
    void importFiles(const DatabaseSpec &spec, const QStringList &files, const ImportOptions &options);
    // Writes the calls `filter` selects to `path`. `options.progress` is replaced as above.
    void exportCalls(const DatabaseSpec &spec, const QString &path, const CallFilter &filter,
                     const ExportOptions &options);
    // Safe to call at any time, from the GUI thread.
    void cancel() { m_cancelled = true; }

Q_SIGNALS:
    // Bytes of all files (import) or calls (export) done of the total; total 0 when unknown.
    void progress(qint64 done, qint64 total);
    void finished(const TransferSummary &summary);

private:
    [[nodiscard]] TransferSummary runImport(const DatabaseSpec &spec, const QStringList &files,
                                            ImportOptions options);
    [[nodiscard]] TransferSummary runExport(const DatabaseSpec &spec, const QString &path, const CallFilter &filter,
                                            ExportOptions options);
    // Called in the worker: forwards progress to the GUI thread; false once cancelled.
    bool report(qint64 done, qint64 total);
    void finish();

    QFutureWatcher<TransferSummary> m_watcher;
    std::atomic<bool> m_cancelled{false};
};
