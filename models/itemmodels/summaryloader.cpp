#include "summaryloader.h"

#include "store/database.h"

SummaryLoader::SummaryLoader(const DatabaseSpec &spec)
    : m_spec(spec)
{
}

SummaryLoader::~SummaryLoader() = default;

void SummaryLoader::supersede(quint64 generation)
{
    m_latest = generation;
    if (Database *database = m_running.load())
        database->interrupt();
}

void SummaryLoader::summarize(quint64 generation, const CallFilter &filter, bool countAndTotals)
{
    if (stale(generation))
        return;
    if (!m_database) {
        auto opened = Database::open(m_spec);
        if (!opened) {
            Q_EMIT failed(generation, opened.error());
            return;
        }
        m_database = std::move(opened.value());
        m_running = m_database.get();
    }
    CallStore store(*m_database);
    qint64 rows = -1;
    if (countAndTotals) {
        const Result<qint64> count = store.count(filter);
        if (!count) {
            Q_EMIT failed(generation, count.error());
            return;
        }
        rows = *count;
        Q_EMIT counted(generation, rows);
    }
    if (stale(generation))
        return;
    if (rows < 0 || rows > 4 * AnchorEvery) {
        const Result<QList<SortCursor>> anchors = store.anchors(filter, AnchorEvery);
        if (!anchors) {
            Q_EMIT failed(generation, anchors.error());
            return;
        }
        Q_EMIT anchorsReady(generation, *anchors, AnchorEvery);
    }
    if (!countAndTotals || stale(generation))
        return;
    const Result<CallTotals> totals = store.totals(filter);
    if (!totals) {
        Q_EMIT failed(generation, totals.error());
        return;
    }
    Q_EMIT totalsReady(generation, *totals);
}
