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
