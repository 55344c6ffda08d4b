#pragma once

#include "dashboarddata.h"

#include "store/callfilter.h"
#include "store/databasespec.h"

#include <QObject>
#include <QTimeZone>

#include <atomic>
#include <memory>
#include <optional>

class Database;

// Computes dashboards in its own thread with its own connection (as SummaryLoader does for the
// grid), one part after the other, and reports each part as it is ready. A newer generation
// interrupts the query running for an older one.
class DashboardLoader : public QObject
{
    Q_OBJECT

public:
    explicit DashboardLoader(const DatabaseSpec &spec);
    ~DashboardLoader() override;

    // Thread-safe: the newest generation wins.
    void supersede(quint64 generation);

public Q_SLOTS:
    // `step` 0 = chosen by the range, 1 = hours, 2 = days.
    void load(quint64 generation, const CallFilter &filter, const QTimeZone &zone, int step);

Q_SIGNALS:
    // `data` holds the parts computed so far; `done` of `total` parts.
    void partReady(quint64 generation, const DashboardData &data, int done, int total);
    void failed(quint64 generation, const QString &message);

private:
    bool stale(quint64 generation) const { return generation != m_latest; }

    DatabaseSpec m_spec;
    std::unique_ptr<Database> m_database;
    std::atomic<Database *> m_running{nullptr};
    std::atomic<quint64> m_latest{0};
};
