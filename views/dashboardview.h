#pragma once

#include "core/displaysettings.h"
#include "store/callfilter.h"

#include <QWidget>

class ChartPanel;
class DashboardModel;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QProgressBar;
class TrafficGrid;

// The dashboard over the grid's filter: calls per hour/day stacked by status, ASR and ACD,
// concurrent calls, top destinations by minutes and by cost, revenue and cost per customer,
// and the weekday × hour traffic grid. It draws what DashboardModel computes (each chart as its
// part arrives, with a progress bar meanwhile) and asks, through narrowRequested(), for the
// grid to be narrowed to what was clicked.
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int TopCount = 10;

    explicit DashboardView(QWidget *parent = nullptr);

    // The model is not owned; nullptr shows nothing.
    void setModel(DashboardModel *model);
    DashboardModel *model() const { return m_model; }
    QList<ChartPanel *> panels() const;
    // How amounts show with their currency in the summary and the tooltips.
    void setMoneyDisplay(const DisplaySettings &display);

Q_SIGNALS:
    // Show these calls in the grid; `description` says what was clicked, for the status bar.
    void narrowRequested(const CallFilter &filter, const QString &description);

private:
    void redraw();
    void showProgress(int done, int total);
    void drawCalls();
    void drawRates();
    void drawConcurrency();
    void drawDestinations();
    void drawCustomers();
    QString bucketLabel(int index) const;
    void narrowToBucket(int index);
    ChartPanel *addPanel(const QString &objectName, const QString &title, QWidget *content, int row, int column, int span = 1);
    // A sum to the cent, written as the settings say.
    [[nodiscard]] QString money(const Money &amount, const QString &currency) const;
    QChartView *newChartView(const QString &objectName);

    DashboardModel *m_model = nullptr;
    DisplaySettings m_money;  // how amounts are written
    QComboBox *m_step;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QChartView *m_calls;
    QChartView *m_rates;
    QChartView *m_concurrency;
    QChartView *m_byMinutes;
    QChartView *m_byCost;
    QChartView *m_customers;
    TrafficGrid *m_traffic;
    QList<ChartPanel *> m_panels;
};
