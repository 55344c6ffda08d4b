#pragma once

#include "dashboarddata.h"

#include "store/callfilter.h"
#include "store/databasespec.h"

#include <QObject>
#include <QTimeZone>

class DashboardLoader;
class QThread;

// The dashboard of the grid's filter, for the GUI thread: it owns a DashboardLoader thread,
// restarts it when the filter, zone or step changes, and holds the parts as they arrive. The
// GUI thread never waits on the database.
class DashboardModel : public QObject
{
    Q_OBJECT

public:
    enum class Step { Auto, Hour, Day };

    explicit DashboardModel(const DatabaseSpec &spec, QObject *parent = nullptr);
    ~DashboardModel() override;

    const CallFilter &filter() const { return m_filter; }
    void setFilter(const CallFilter &filter);
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }
    void setStep(Step step);
    Step step() const { return m_step; }
    // Computes everything again (after the store changed).
    void refresh();

    const DashboardData &data() const { return m_data; }
    bool isLoading() const { return m_loading; }

    // The filter narrowed to what a chart shows, for the grid:
    // the calls of one timeline bucket (the timeline, rates and concurrency charts);
    [[nodiscard]] CallFilter narrowedToBucket(int index) const;
    // those of one status in one bucket (a segment of the calls chart);
    [[nodiscard]] CallFilter narrowedToStatus(int index, const QString &status) const;
    // those to one destination (country and region of the called number, every currency; an
    // unknown region or country cannot be asked for, so it narrows less or not at all);
    [[nodiscard]] CallFilter narrowedToDestination(const DestinationTotal &destination) const;
    // those of one customer: the filter's customer is the calls' scustomer or dcustomer (DESIGN
    // § Filters), so the grid also shows the calls the customer received (the chart counts
    // the calls it made);
    [[nodiscard]] CallFilter narrowedToCustomer(const CustomerTotal &customer) const;
    // one cell of the weekday × hour grid: the filter has no weekday or hour of day, so this is
    // the last such local hour inside the timeline (an empty range when there is none).
    [[nodiscard]] CallFilter narrowedToWeekdayHour(int day, int hour) const;

Q_SIGNALS:
    // Parts arrived (`done` of `total`); data() holds them.
    void changed(int done, int total);
    void failed(const QString &message);

private:
    void restart();

    DatabaseSpec m_spec;
    CallFilter m_filter;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    Step m_step = Step::Auto;
    QThread *m_thread;
    DashboardLoader *m_loader;
    DashboardData m_data;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_started = false;
};
