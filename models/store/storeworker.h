#pragma once

#include "core/result.h"
#include "database.h"
#include "databasespec.h"

#include <QObject>
#include <QThreadPool>

#include <utility>

// Runs short pieces of store work (list the saved views, save one, load the customers) off the
// GUI thread, one after another in the order asked, each on its own connection opened in the
// worker. The answer comes back on the worker's thread through `done`; answers for a database
// that has since been replaced, or after the worker is gone, are dropped.
class StoreWorker : public QObject
{
    Q_OBJECT

public:
    explicit StoreWorker(QObject *parent = nullptr);
    ~StoreWorker() override;

    void setDatabase(const DatabaseSpec &spec);
    [[nodiscard]] const DatabaseSpec &databaseSpec() const { return m_spec; }
    [[nodiscard]] bool hasDatabase() const { return m_hasDatabase; }
    [[nodiscard]] bool isBusy() const { return m_running > 0; }

    // `work` is Result<T>(Database &), run in the worker; `done` is void(const Result<T> &).
    template<typename T, typename Work, typename Done>
    void run(Work work, Done done);

Q_SIGNALS:
    // Every job asked for so far has answered.
    void idle();

private:
    void finished();

    QThreadPool m_pool;
    DatabaseSpec m_spec;
    bool m_hasDatabase = false;
    quint64 m_generation = 0;
    int m_running = 0;
};

template<typename T, typename Work, typename Done>
void StoreWorker::run(Work work, Done done)
{
    ++m_running;
    m_pool.start([this, spec = m_spec, generation = m_generation, work = std::move(work), done = std::move(done)] {
        auto database = Database::open(spec);
        Result<T> result = database ? work(**database) : Result<T>(Error{database.error()});
        if (database)
            database->reset();  // the connection closes in the thread that opened it
        QMetaObject::invokeMethod(this, [this, generation, done, result] {
            if (generation == m_generation)
                done(result);
            finished();
        }, Qt::QueuedConnection);
    });
}
