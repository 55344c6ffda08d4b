#include "pageloader.h"

#include "store/database.h"

#include <QMutexLocker>

namespace {
constexpr size_t MaxBacklog = 24;
constexpr qsizetype MaxRememberedEnds = 8192;
} // namespace

PageLoader::PageLoader(const DatabaseSpec &spec)
    : m_spec(spec)
{
}

PageLoader::~PageLoader() = default;

void PageLoader::reset(quint64 generation, const CallFilter &filter)
{
    QMutexLocker lock(&m_mutex);
    m_generation = generation;
    m_filter = filter;
    m_rowCount = -1;
    m_anchors.clear();
    m_anchorEvery = 0;
    m_queue.clear();
}

void PageLoader::setRowCount(quint64 generation, qint64 rows)
{
    QMutexLocker lock(&m_mutex);
    if (generation == m_generation)
        m_rowCount = rows;
}

void PageLoader::setAnchors(quint64 generation, const QList<SortCursor> &anchors, int every)
{
    QMutexLocker lock(&m_mutex);
    if (generation != m_generation)
        return;
    m_anchors = anchors;
    m_anchorEvery = every;
}

void PageLoader::request(quint64 generation, const QList<int> &blocks)
{
    QList<int> dropped;
    {
        QMutexLocker lock(&m_mutex);
        if (generation != m_generation)
            return;
        // The newest request goes first, in the order given.
        for (auto it = blocks.crbegin(); it != blocks.crend(); ++it) {
            std::erase(m_queue, *it);
            m_queue.push_front(*it);
        }
        while (m_queue.size() > MaxBacklog) {
            dropped.append(m_queue.back());
            m_queue.pop_back();
        }
    }
    for (int block : std::as_const(dropped))
        Q_EMIT blockDropped(generation, block);
    schedule();
}

void PageLoader::interrupt()
{
    if (Database *database = m_running.load())
        database->interrupt();
}

void PageLoader::schedule()
{
    QMutexLocker lock(&m_mutex);
    if (m_scheduled)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &PageLoader::process, Qt::QueuedConnection);
}

void PageLoader::process()
{
    if (!m_database) {
        auto opened = Database::open(m_spec);
        if (!opened) {
            QMutexLocker lock(&m_mutex);
            m_scheduled = false;
            const quint64 generation = m_generation;
            m_queue.clear();
            lock.unlock();
            Q_EMIT failed(generation, opened.error());
            return;
        }
        m_database = std::move(opened.value());
        m_store = std::make_unique<CallStore>(*m_database);
        m_running = m_database.get();
    }
    for (;;) {
        QMutexLocker lock(&m_mutex);
        if (m_queue.empty()) {
            m_scheduled = false;
            return;
        }
        const int block = m_queue.front();
        m_queue.pop_front();
        const quint64 generation = m_generation;
        const CallFilter filter = m_filter;
        const qint64 rowCount = m_rowCount;
        std::optional<SortCursor> anchor;
        qint64 anchorRow = 0;
        if (m_anchorEvery > 0) {
            const qint64 index = qint64(block) * BlockSize / m_anchorEvery;
            if (index < m_anchors.size()) {
                anchor = m_anchors[index];
                anchorRow = index * m_anchorEvery;
            }
        }
        lock.unlock();

        if (m_endsGeneration != generation) {
            m_endsGeneration = generation;
            m_blockEnds.clear();
        }
        const Result<QList<CallRecord>> rows = fetch(block, filter, rowCount, anchor, anchorRow);
        if (!rows) {
            Q_EMIT failed(generation, rows.error());
            continue;
        }
        if (!rows->isEmpty()) {
            if (m_blockEnds.size() > MaxRememberedEnds)
                m_blockEnds.clear();
            m_blockEnds.insert(block, CallStore::cursorOf(rows->last(), filter.sortField()));
        }
        Q_EMIT blockLoaded(generation, block, *rows);
    }
}

Result<QList<CallRecord>> PageLoader::fetch(int block, const CallFilter &filter, qint64 rowCount,
                                            const std::optional<SortCursor> &anchor, qint64 anchorRow)
{
    const qint64 first = qint64(block) * BlockSize;
    PageRequest request;
    request.limit = BlockSize;
    const auto previous = m_blockEnds.constFind(block - 1);
    if (previous != m_blockEnds.constEnd()) {
        request.from = *previous;
    } else if (anchor) {
        request.from = anchor;
        request.inclusive = true;
        request.skip = first - anchorRow;
    } else if (rowCount > 0 && first > rowCount / 2) {
        // Nearer the end: walk the order backwards, so the last rows cost what the first do.
        request.backwards = true;
        request.limit = int(qMin<qint64>(BlockSize, rowCount - first));
        request.skip = qMax<qint64>(0, rowCount - first - BlockSize);
        if (request.limit <= 0)
            return QList<CallRecord>();
    } else {
        request.skip = first;
    }
    return m_store->page(filter, request);
}
