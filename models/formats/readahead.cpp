#include "readahead.h"

ReadAhead::ReadAhead(ImportReader reader, std::function<void(CallRecord &)> prepare,
                     std::function<qint64()> position)
    : m_reader(std::move(reader))
    , m_prepare(std::move(prepare))
    , m_position(std::move(position))
    , m_thread([this] { run(); })
{
}

ReadAhead::~ReadAhead()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void ReadAhead::run()
{
    for (bool finished = false; !finished;) {
        std::vector<Batch> spent;
        {
            const std::lock_guard lock(m_mutex);
            spent.swap(m_spent);
        }
        spent.clear();
        Batch batch;
        batch.items.reserve(BatchSize);
        while (batch.items.size() < size_t(BatchSize)) {
            ImportItem item = m_reader();
            if (item.kind == ImportItem::Kind::Record) {
                if (m_prepare)
                    m_prepare(item.record);
                item.raw = {};  // freed on this thread, as m_spent is
            }
            finished = item.kind == ImportItem::Kind::End || item.kind == ImportItem::Kind::Failed;
            batch.items.push_back(std::move(item));
            if (finished)
                break;
        }
        batch.position = m_position();
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stop || m_ready.size() < size_t(Depth); });
        if (m_stop)
            return;
        m_ready.push_back(std::move(batch));
        lock.unlock();
        m_changed.notify_all();
    }
}

const ImportItem &ReadAhead::next(qint64 &position)
{
    if (m_taken >= m_current.items.size()) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty(); });
        m_spent.push_back(std::move(m_current));
        m_current = std::move(m_ready.front());
        m_ready.pop_front();
        m_taken = 0;
        lock.unlock();
        m_changed.notify_all();
    }
    position = m_current.position;
    return m_current.items[m_taken++];
}
