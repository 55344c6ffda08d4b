#pragma once

#include "store/callfilter.h"
#include "store/callstore.h"
#include "store/databasespec.h"

#include <QObject>

#include <atomic>
#include <memory>

class Database;

// Works out what the grid needs to know about a whole filtered set, in its own thread: the
// row count first, then the positions of every AnchorEvery-th row (so a window at any depth is
// a short keyset walk), then the totals for the status bar. Work for a superseded generation
// stops between steps.
class SummaryLoader : public QObject
{
    Q_OBJECT

public:
    static constexpr int AnchorEvery = 1024;

    explicit SummaryLoader(const DatabaseSpec &spec);
    ~SummaryLoader() override;

    // Thread-safe: the newest generation wins; a query still running for an older one is
    // interrupted.
    void supersede(quint64 generation);

public Q_SLOTS:
    // `countAndTotals` false when only the order changed: the count and totals stay the same.
    void summarize(quint64 generation, const CallFilter &filter, bool countAndTotals);

Q_SIGNALS:
    void counted(quint64 generation, qint64 rows);
    void anchorsReady(quint64 generation, const QList<SortCursor> &anchors, int every);
    void totalsReady(quint64 generation, const CallTotals &totals);
    void failed(quint64 generation, const QString &message);

private:
    bool stale(quint64 generation) const { return generation != m_latest; }

    DatabaseSpec m_spec;
    std::unique_ptr<Database> m_database;
    std::atomic<Database *> m_running{nullptr};  // m_database once open, for interrupting
    std::atomic<quint64> m_latest{0};
};
