#include "transferjob.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

qint64 TransferSummary::importedCalls() const
{
    qint64 sum = 0;
    for (const ImportedFile &file : imported)
        sum += file.stats.imported;
    return sum;
}

qint64 TransferSummary::skippedCalls() const
{
    qint64 sum = 0;
    for (const ImportedFile &file : imported)
        sum += file.stats.skipped;
    return sum;
}

qint64 TransferSummary::rejectedCalls() const
{
    qint64 sum = 0;
    for (const ImportedFile &file : imported)
        sum += file.stats.rejected;
    return sum;
}

QString TransferSummary::text() const
{
    QString counts;
    if (kind == Kind::Export) {
        if (ok())
            return QCoreApplication::translate("TransferJob", "Wrote %L1 calls to %2.").arg(exported).arg(exportPath);
        return error;
    }
    if (!imported.isEmpty() || ok()) {
        counts = QCoreApplication::translate("TransferJob", "Imported %L1 new calls from %n file(s); %L2 were stored already, %L3 rejected.", nullptr, int(imported.size()))
                     .arg(importedCalls())
                     .arg(skippedCalls())
                     .arg(rejectedCalls());
        QStringList rejects;
        for (const ImportedFile &file : imported) {
            if (!file.stats.rejectsPath.isEmpty())
                rejects.append(file.stats.rejectsPath);
        }
        if (!rejects.isEmpty())
            counts = QCoreApplication::translate("TransferJob", "%1 The rejected rows are in %2.").arg(counts, rejects.join(u", "_s));
    }
    if (ok())
        return counts;
    return counts.isEmpty() ? error : QCoreApplication::translate("TransferJob", "%1 %2").arg(error, counts);
}

TransferJob::TransferJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<TransferSummary>::finished, this, &TransferJob::finish);
}

TransferJob::~TransferJob()
{
    m_cancelled = true;
    m_watcher.waitForFinished();
}

void TransferJob::importFiles(const DatabaseSpec &spec, const QStringList &files, const ImportOptions &options)
{
    m_cancelled = false;
    m_watcher.setFuture(QtConcurrent::run([this, spec, files, options] { return runImport(spec, files, options); }));
}

void TransferJob::exportCalls(const DatabaseSpec &spec, const QString &path, const CallFilter &filter,
                              const ExportOptions &options)
{
    m_cancelled = false;
    m_watcher.setFuture(QtConcurrent::run([this, spec, path, filter, options] {
        return runExport(spec, path, filter, options);
    }));
}

bool TransferJob::report(qint64 done, qint64 total)
{
    QMetaObject::invokeMethod(this, [this, done, total] { Q_EMIT progress(done, total); }, Qt::QueuedConnection);
    return !m_cancelled.load();
}

TransferSummary TransferJob::runImport(const DatabaseSpec &spec, const QStringList &files, ImportOptions options)
{
    TransferSummary summary;
    summary.kind = TransferSummary::Kind::Import;
    // The connection lives and dies in this worker thread.
    auto database = Database::open(spec);
    if (!database) {
        summary.error = database.error();
        return summary;
    }
    // Progress is bytes of all the files together, so the bar moves once across the lot.
    qint64 total = 0;
    for (const QString &file : files)
        total += QFileInfo(file).size();
    qint64 before = 0;
    options.progress = [this, &before, total](qint64 done, qint64) { return report(before + done, total); };
    report(0, total);
    for (const QString &file : files) {
        if (m_cancelled) {
            summary.error = QCoreApplication::translate("TransferJob", "Import cancelled before %1; nothing of it was stored.").arg(QFileInfo(file).fileName());
            summary.cancelled = true;
            return summary;
        }
        CallImporter importer(**database);
        const Result<ImportStats> stats = importer.importFile(file, options);
        if (!stats) {
            summary.error = stats.error();
            summary.cancelled = m_cancelled.load();
            return summary;
        }
        summary.imported.append({file, *stats});
        before += QFileInfo(file).size();
    }
    return summary;
}

TransferSummary TransferJob::runExport(const DatabaseSpec &spec, const QString &path, const CallFilter &filter,
                                       ExportOptions options)
{
    TransferSummary summary;
    summary.kind = TransferSummary::Kind::Export;
    auto database = Database::open(spec);
    if (!database) {
        summary.error = database.error();
        return summary;
    }
    options.progress = [this](qint64 done, qint64 total) { return report(done, total); };
    if (m_cancelled) {
        summary.error = QCoreApplication::translate("TransferJob", "Export cancelled; no file was written.");
        summary.cancelled = true;
        return summary;
    }
    const Result<qint64> written = CallExporter(**database).exportTo(path, filter, options);
    if (!written) {
        summary.error = written.error();
        summary.cancelled = m_cancelled.load();
        return summary;
    }
    summary.exportPath = path;
    summary.exported = *written;
    return summary;
}

void TransferJob::finish()
{
    Q_EMIT finished(m_watcher.result());
}
