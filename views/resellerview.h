#pragma once

#include "billing/marginreport.h"
#include "store/databasespec.h"

#include <QWidget>

class DateRangeBar;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class StoreJob;

// The reseller view (issue 6, part 7): the customer tree — system, resellers, clients — with
// calls, minutes, revenue, cost and margin for a period, from MarginReport (computed in a
// worker). "Show Calls" (or a double-click) asks for the grid to show a customer's calls,
// its sub-customers' included, as getResellerCDR does.
class ResellerView : public QWidget
{
    Q_OBJECT

public:
    explicit ResellerView(QWidget *parent = nullptr);
    ~ResellerView() override;

    // Recomputes for this store (and whenever the period changes).
    void setDatabase(const DatabaseSpec &spec);
    [[nodiscard]] StoreJob *job() const { return m_job; }
    [[nodiscard]] DateRangeBar *rangeBar() const { return m_range; }
    [[nodiscard]] const QList<MarginRow> &rows() const { return m_rows; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // The person asked for the calls of this customer and its sub-customers.
    void showCallsRequested(qint64 customerId, const QString &name);

private:
    void onFinished();
    void requestCalls(QTreeWidgetItem *item);

    DatabaseSpec m_spec;
    StoreJob *m_job;
    bool m_pending = false;
    QList<MarginRow> m_rows;
    DateRangeBar *m_range;
    QTreeWidget *m_tree;
    QLabel *m_status;
    QProgressBar *m_busy;
    QPushButton *m_showCalls;
};
