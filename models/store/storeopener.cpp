#include "storeopener.h"

#include "database.h"
#include "demo/demobuilder.h"

#include <QCoreApplication>
#include <QFile>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

StoreOpener::StoreOpener(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result<DatabaseSpec>>::finished, this, &StoreOpener::finish);
}

StoreOpener::~StoreOpener()
{
    m_cancelled = true;
    m_watcher.waitForFinished();
}

void StoreOpener::open(const DatabaseSpec &spec, bool create)
{
    m_cancelled = false;
    m_watcher.setFuture(QtConcurrent::run([spec, create]() -> Result<DatabaseSpec> {
        // The connection lives and dies in this worker thread.
        auto database = Database::open(spec, create ? Database::OpenMode::CreateIfMissing
                                                    : Database::OpenMode::MustExist);
        if (!database)
            return Error{database.error()};
        return spec;
    }));
}

void StoreOpener::createDemo(const QString &path, const DemoOptions &options)
{
    m_cancelled = false;
    m_watcher.setFuture(QtConcurrent::run([this, path, options]() -> Result<DatabaseSpec> {
        if (QFile::exists(path))
            return Error{QCoreApplication::translate("StoreOpener", "%1 exists already; demo data goes into a new file.").arg(path)};
        const DatabaseSpec spec = DatabaseSpec::sqlite(path);
        Result<qint64> written = Error{QString()};
        {
            auto database = Database::open(spec, Database::OpenMode::CreateIfMissing);
            if (!database)
                return Error{database.error()};
            written = DemoBuilder::build(**database, options, [this](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(this, [this, done, total] { Q_EMIT progress(done, total); }, Qt::QueuedConnection);
                return !m_cancelled.load();
            });
        }
        if (!written) {
            for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
                QFile::remove(path + suffix);
            return Error{written.error()};
        }
        return spec;
    }));
}

void StoreOpener::finish()
{
    const Result<DatabaseSpec> result = m_watcher.result();
    if (result)
        Q_EMIT opened(*result);
    else
        Q_EMIT failed(result.error());
}
