#include "dashboardmodel.h"

#include "dashboardloader.h"
#include "dashboardquery.h"

#include <QThread>

using namespace Qt::StringLiterals;

DashboardModel::DashboardModel(const DatabaseSpec &spec, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
    , m_thread(new QThread(this))
    , m_loader(new DashboardLoader(spec))
{
    qRegisterMetaType<CallFilter>();
    qRegisterMetaType<DashboardData>();
    qRegisterMetaType<QTimeZone>();
    m_thread->setObjectName(u"Dashboard"_s);
    m_loader->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &DashboardLoader::partReady, this,
            [this](quint64 generation, const DashboardData &data, int done, int total) {
                if (generation != m_generation)
                    return;
                m_data = data;
                m_loading = done < total;
                Q_EMIT changed(done, total);
            });
    connect(m_loader, &DashboardLoader::failed, this, [this](quint64 generation, const QString &message) {
        if (generation != m_generation)
            return;
        m_loading = false;
        Q_EMIT failed(message);
    });
    m_thread->start();
}

DashboardModel::~DashboardModel()
{
    m_loader->supersede(++m_generation);
    m_thread->quit();
    m_thread->wait();
}

void DashboardModel::setFilter(const CallFilter &filter)
{
    CallFilter set = filter;
    // Order and window do not change a dashboard.
    set.sort = CallFilter().sort;
    set.descending = false;
    set.limit = 0;
    set.offset = 0;
    if (m_started && set == m_filter)
        return;
    m_filter = set;
    restart();
}

void DashboardModel::setTimeZone(const QTimeZone &zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    if (m_started)
        restart();
}

void DashboardModel::setStep(Step step)
{
    if (step == m_step)
        return;
    m_step = step;
    if (m_started)
        restart();
}

void DashboardModel::refresh()
{
    restart();
}

void DashboardModel::restart()
{
    m_started = true;
    m_loading = true;
    m_loader->supersede(++m_generation);
    QMetaObject::invokeMethod(m_loader, "load", Qt::QueuedConnection, Q_ARG(quint64, m_generation),
                              Q_ARG(CallFilter, m_filter), Q_ARG(QTimeZone, m_zone), Q_ARG(int, int(m_step)));
    Q_EMIT changed(0, DashboardQuery::PartCount);
}

CallFilter DashboardModel::narrowedToBucket(int index) const
{
    CallFilter narrowed = m_filter;
    if (index < 0 || index >= m_data.timeline.size())
        return narrowed;
    const TimeBucket &bucket = m_data.timeline[index];
    narrowed.start = qMax(bucket.start, m_filter.start.value_or(bucket.start));
    narrowed.end = qMin(bucket.end, m_filter.end.value_or(bucket.end));
    return narrowed;
}

CallFilter DashboardModel::narrowedToStatus(int index, const QString &status) const
{
    CallFilter narrowed = narrowedToBucket(index);
    narrowed.status = TextFilter{{status}, MatchMode::Exact, false};
    return narrowed;
}

CallFilter DashboardModel::narrowedToDestination(const DestinationTotal &destination) const
{
    CallFilter narrowed = m_filter;
    // An empty text filter means "any": a destination whose region (or country) is unknown
    // narrows to its country only (or not at all).
    if (!destination.country.isEmpty())
        narrowed.ccountry = TextFilter{{destination.country}, MatchMode::Exact, false};
    if (!destination.region.isEmpty())
        narrowed.cregion = TextFilter{{destination.region}, MatchMode::Exact, false};
    return narrowed;
}

CallFilter DashboardModel::narrowedToCustomer(const CustomerTotal &customer) const
{
    CallFilter narrowed = m_filter;
    narrowed.customer = CustomerScope::Id;
    narrowed.customerId = customer.customer.toLongLong();
    narrowed.recurse = false;
    return narrowed;
}

CallFilter DashboardModel::narrowedToWeekdayHour(int day, int hour) const
{
    CallFilter narrowed = m_filter;
    const QList<TimeBucket> &timeline = m_data.timeline;
    if (timeline.isEmpty())
        return narrowed;
    const qint64 first = qMax(timeline.first().start, m_filter.start.value_or(timeline.first().start));
    const qint64 last = qMin(timeline.last().end, m_filter.end.value_or(timeline.last().end));
    // Back from the last local hour of the range to the newest one on that weekday and hour.
    QDateTime local = QDateTime::fromSecsSinceEpoch(last - 1, m_zone);
    local = QDateTime(local.date(), QTime(local.time().hour(), 0), m_zone);
    for (int i = 0; i < 8 * 24 && local.toSecsSinceEpoch() + 3600 > first; ++i, local = local.addSecs(-3600)) {
        if (local.date().dayOfWeek() - 1 == day && local.time().hour() == hour) {
            narrowed.start = qMax(first, local.toSecsSinceEpoch());
            narrowed.end = qMin(last, local.addSecs(3600).toSecsSinceEpoch());
            return narrowed;
        }
    }
    narrowed.start = last;
    narrowed.end = last;
    return narrowed;
}
