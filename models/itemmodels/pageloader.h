#pragma once

#include "core/callrecord.h"
#include "store/callfilter.h"
#include "store/callstore.h"
#include "store/databasespec.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <deque>
#include <memory>

class Database;

// Fetches blocks of rows for the call grid in its own thread, over its own connection. The
// GUI thread queues requests (thread-safe); the newest requests are served first, and old
// ones beyond a small backlog are dropped and reported so the model can ask again if they are
// still wanted. Every block is fetched by keyset from the nearest known position: the end of
// the block before it, an anchor, or the far end of the result.
class PageLoader : public QObject
{
    Q_OBJECT

public:
    static constexpr int BlockSize = 128;

    explicit PageLoader(const DatabaseSpec &spec);
    ~PageLoader() override;

    // Thread-safe: called from the GUI thread.
    void reset(quint64 generation, const CallFilter &filter);
    void setRowCount(quint64 generation, qint64 rows);
    void setAnchors(quint64 generation, const QList<SortCursor> &anchors, int every);
    void request(quint64 generation, const QList<int> &blocks);
    // Stops the query under way (when the model goes away).
    void interrupt();

Q_SIGNALS:
    void blockLoaded(quint64 generation, int block, const QList<CallRecord> &rows);
    void blockDropped(quint64 generation, int block);
    void failed(quint64 generation, const QString &message);

private:
    void process();
    void schedule();
    Result<QList<CallRecord>> fetch(int block, const CallFilter &filter, qint64 rowCount,
                                    const std::optional<SortCursor> &anchor, qint64 anchorRow);

    DatabaseSpec m_spec;
    std::unique_ptr<Database> m_database;  // opened and used in the loader's thread only
    std::unique_ptr<CallStore> m_store;    // over m_database; remembers each filter's page plan
    std::atomic<Database *> m_running{nullptr};

    QMutex m_mutex;  // guards the members below
    quint64 m_generation = 0;
    CallFilter m_filter;
    qint64 m_rowCount = -1;
    QList<SortCursor> m_anchors;
    int m_anchorEvery = 0;
    std::deque<int> m_queue;
    bool m_scheduled = false;

    // Worker thread only: the cursor of the last row of each block fetched in this generation.
    quint64 m_endsGeneration = 0;
    QHash<int, SortCursor> m_blockEnds;
};
