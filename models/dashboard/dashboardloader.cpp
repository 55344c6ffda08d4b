#include "dashboardloader.h"

#include "dashboardquery.h"

#include "store/database.h"

DashboardLoader::DashboardLoader(const DatabaseSpec &spec)
    : m_spec(spec)
{
}

DashboardLoader::~DashboardLoader() = default;

void DashboardLoader::supersede(quint64 generation)
{
    m_latest = generation;
    if (Database *database = m_running.load())
        database->interrupt();
}

void DashboardLoader::load(quint64 generation, const CallFilter &filter, const QTimeZone &zone, int step)
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
    DashboardQuery query(*m_database, zone);
    if (step == 1 || step == 2)
        query.setStep(step == 1 ? TimeStep::Hour : TimeStep::Day);
    DashboardData data;
    int done = 0;
    // The sweep over every call comes last: the roll-ups answer the other parts at once.
    for (DashboardQuery::Part part : {DashboardQuery::Timeline, DashboardQuery::Destinations,
                                      DashboardQuery::Customers, DashboardQuery::Concurrency}) {
        const Result<void> ok = query.compute(part, filter, data);
        if (stale(generation))
            return;
        if (!ok) {
            Q_EMIT failed(generation, ok.error());
            return;
        }
        Q_EMIT partReady(generation, data, ++done, DashboardQuery::PartCount);
    }
}
