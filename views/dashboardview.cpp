#include "dashboardview.h"

#include "chartpanel.h"
#include "dashboard/dashboardmodel.h"
#include "dashboard/dashboardquery.h"
#include "trafficgrid.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QProgressBar>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace {

// Charts draw amounts as doubles; the exact Money is what tooltips and the grid show.
double major(const Money &money)
{
    return double(money.units()) / 1e8;
}

QString statusTitle(const QString &status)
{
    static const QHash<QString, const char *> titles = {
        {u"answer"_s, QT_TRANSLATE_NOOP("DashboardView", "Answered")},
        {u"noanswer"_s, QT_TRANSLATE_NOOP("DashboardView", "No answer")},
        {u"busy"_s, QT_TRANSLATE_NOOP("DashboardView", "Busy")},
        {u"cancel"_s, QT_TRANSLATE_NOOP("DashboardView", "Cancelled")},
        {u"chanunavail"_s, QT_TRANSLATE_NOOP("DashboardView", "Channel unavailable")},
        {u"congestion"_s, QT_TRANSLATE_NOOP("DashboardView", "Congestion")},
        {u"error"_s, QT_TRANSLATE_NOOP("DashboardView", "Error")},
    };
    const char *title = titles.value(status);
    return title ? QCoreApplication::translate("DashboardView", title) : status;
}

QColor statusColor(const QString &status)
{
    static const QHash<QString, QColor> colors = {
        {u"answer"_s, QColor(0x2e, 0x9d, 0x4f)},   {u"noanswer"_s, QColor(0xe0, 0xa1, 0x1b)},
        {u"busy"_s, QColor(0xd9, 0x6c, 0x1f)},     {u"cancel"_s, QColor(0x8a, 0x8f, 0x98)},
        {u"chanunavail"_s, QColor(0x9b, 0x59, 0xb6)}, {u"congestion"_s, QColor(0xc0, 0x39, 0x2b)},
        {u"error"_s, QColor(0x7b, 0x24, 0x1c)},
    };
    return colors.value(status, QColor(0x34, 0x6d, 0xb3));
}

QString destinationLabel(const DestinationTotal &d)
{
    QString label = d.region.isEmpty() ? d.country : d.country + u" · "_s + d.region;
    if (label.isEmpty())
        label = QCoreApplication::translate("DashboardView", "Unknown");
    return label;
}

// Replaces whatever the chart shows with `series` on a category axis and a value axis.
void showSeries(QChart *chart, QAbstractSeries *series, const QStringList &categories, bool horizontal)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis(chart);
    categoryAxis->append(categories);
    categoryAxis->setLabelsVisible(categories.size() <= 62);
    categoryAxis->setTruncateLabels(false);  // destination and customer names in full
    if (!horizontal)
        categoryAxis->setLabelsAngle(categories.size() > 14 ? -90 : 0);
    auto *valueAxis = new QValueAxis(chart);
    valueAxis->setLabelFormat(u"%.0f"_s);
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    if (categories.isEmpty())
        valueAxis->setRange(0, 1);  // nothing to scale to yet
    else
        valueAxis->applyNiceNumbers();
}

} // namespace

DashboardView::DashboardView(QWidget *parent)
    : QWidget(parent)
    , m_step(new QComboBox(this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_calls(newChartView(u"callsChartView"_s))
    , m_rates(newChartView(u"ratesChartView"_s))
    , m_concurrency(newChartView(u"concurrencyChartView"_s))
    , m_byMinutes(newChartView(u"minutesChartView"_s))
    , m_byCost(newChartView(u"costChartView"_s))
    , m_customers(newChartView(u"customersChartView"_s))
    , m_traffic(new TrafficGrid(this))
{
    setObjectName(u"dashboard"_s);
    setAccessibleName(tr("Dashboard"));
    m_step->setObjectName(u"dashboardStep"_s);
    m_step->setAccessibleName(tr("Time step"));
    m_step->addItem(tr("Automatic"), int(DashboardModel::Step::Auto));
    m_step->addItem(tr("By hour"), int(DashboardModel::Step::Hour));
    m_step->addItem(tr("By day"), int(DashboardModel::Step::Day));
    connect(m_step, &QComboBox::currentIndexChanged, this, [this] {
        if (m_model)
            m_model->setStep(DashboardModel::Step(m_step->currentData().toInt()));
    });
    m_progress->setObjectName(u"dashboardProgress"_s);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_summary->setObjectName(u"dashboardSummary"_s);
    m_traffic->setObjectName(u"trafficGrid"_s);
    connect(m_traffic, &TrafficGrid::cellClicked, this, [this](int day, int hour) {
        if (!m_model || !(m_model->data().done & DashboardQuery::Timeline))
            return;
        Q_EMIT narrowRequested(m_model->narrowedToWeekdayHour(day, hour),
                               tr("Showing the last %1 %2:00 in the range (the filter has no weekday or hour of day)")
                                   .arg(QLocale().dayName(day + 1))
                                   .arg(hour, 2, 10, QLatin1Char('0')));
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Step:"), this));
    bar->addWidget(m_step);
    bar->addSpacing(12);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_progress);

    auto *charts = new QWidget;
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    addPanel(u"callsChart"_s, tr("Calls by status"), m_calls, 0, 0, 2);
    addPanel(u"ratesChart"_s, tr("ASR and ACD"), m_rates, 1, 0);
    addPanel(u"concurrencyChart"_s, tr("Concurrent calls (peak)"), m_concurrency, 1, 1);
    addPanel(u"minutesChart"_s, tr("Top destinations by minutes"), m_byMinutes, 2, 0);
    addPanel(u"costChart"_s, tr("Top destinations by cost"), m_byCost, 2, 1);
    addPanel(u"customersChart"_s, tr("Revenue and cost per customer"), m_customers, 3, 0);
    addPanel(u"trafficChart"_s, tr("Traffic by weekday and hour"), m_traffic, 3, 1);
    for (ChartPanel *panel : std::as_const(m_panels)) {
        const int row = panel->property("row").toInt();
        grid->addWidget(panel, row, panel->property("column").toInt(), 1, panel->property("span").toInt());
        grid->setRowMinimumHeight(row, 300);
    }
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"dashboardScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(charts);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);
    redraw();
}

QChartView *DashboardView::newChartView(const QString &objectName)
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    auto *view = new QChartView(chart, this);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    return view;
}

ChartPanel *DashboardView::addPanel(const QString &objectName, const QString &title, QWidget *content, int row, int column, int span)
{
    auto *panel = new ChartPanel(title, content);
    panel->setObjectName(objectName);
    panel->setProperty("row", row);
    panel->setProperty("column", column);
    panel->setProperty("span", span);
    m_panels.append(panel);
    return panel;
}

void DashboardView::setMoneyDisplay(const DisplaySettings &display)
{
    m_money = display;
    redraw();
}

QList<ChartPanel *> DashboardView::panels() const
{
    return m_panels;
}

void DashboardView::setModel(DashboardModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &DashboardModel::changed, this, &DashboardView::showProgress);
        connect(m_model, &DashboardModel::failed, this, [this](const QString &message) {
            m_progress->hide();
            m_summary->setText(message);
        });
        m_step->setCurrentIndex(m_step->findData(int(m_model->step())));
    }
    redraw();
}

void DashboardView::showProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->setFormat(tr("%1 of %2 parts").arg(done).arg(total));
    m_progress->setVisible(done < total);
    redraw();
}

void DashboardView::redraw()
{
    const bool has = m_model && m_model->data().done;
    if (!m_model) {
        m_summary->setText(tr("No database open"));
        m_progress->hide();
    } else if (!has) {
        m_summary->setText(tr("Adding up calls…"));
    }
    drawCalls();
    drawRates();
    drawConcurrency();
    drawDestinations();
    drawCustomers();
    m_traffic->setCounts(m_model ? m_model->data().weekdayHour : std::array<qint64, 7 * 24>{});
    if (!has)
        return;
    const DashboardData &data = m_model->data();
    qint64 calls = 0;
    qint64 answered = 0;
    for (const TimeBucket &bucket : data.timeline) {
        calls += bucket.calls;
        answered += bucket.answered;
    }
    QString text = tr("%L1 calls, %L2 answered").arg(calls).arg(answered);
    if (data.done & DashboardQuery::Concurrency)
        text += tr(" · at most %L1 at once").arg(data.peakConcurrent);
    if (data.done & DashboardQuery::Customers) {
        QMap<QString, qint64> revenue;  // per currency
        for (const CustomerTotal &c : data.customers)
            revenue[c.currency] += c.revenue.units();
        QStringList amounts;
        for (auto it = revenue.cbegin(); it != revenue.cend(); ++it)
            amounts.append(money(Money::fromUnits(it.value()), it.key()));
        if (!amounts.isEmpty())
            text += tr(" · revenue %1").arg(amounts.join(u", "_s));
    }
    m_summary->setText(text);
}

QString DashboardView::money(const Money &amount, const QString &currency) const
{
    return m_money.formatMoney(amount.rounded(2).value_or(amount), currency);
}

QString DashboardView::bucketLabel(int index) const
{
    const DashboardData &data = m_model->data();
    const QDateTime local = QDateTime::fromSecsSinceEpoch(data.timeline[index].start, m_model->timeZone());
    const QLocale locale;
    if (data.step == TimeStep::Day)
        return locale.toString(local.date(), u"ddd d MMM"_s);
    return locale.toString(local, u"d MMM HH:mm"_s);
}

void DashboardView::narrowToBucket(int index)
{
    if (!m_model || index < 0 || index >= m_model->data().timeline.size())
        return;
    Q_EMIT narrowRequested(m_model->narrowedToBucket(index), tr("Showing the calls of %1").arg(bucketLabel(index)));
}

void DashboardView::drawCalls()
{
    auto *series = new QStackedBarSeries;
    QStringList categories;
    if (m_model && (m_model->data().done & DashboardQuery::Timeline)) {
        const DashboardData &data = m_model->data();
        for (int i = 0; i < data.timeline.size(); ++i)
            categories.append(bucketLabel(i));
        for (const QString &status : data.statuses()) {
            auto *set = new QBarSet(statusTitle(status));
            set->setColor(statusColor(status));
            set->setBorderColor(statusColor(status));
            for (const TimeBucket &bucket : data.timeline)
                set->append(double(bucket.callsByStatus.value(status)));
            connect(set, &QBarSet::clicked, this, [this, status](int index) {
                if (index < 0 || index >= m_model->data().timeline.size())
                    return;
                Q_EMIT narrowRequested(m_model->narrowedToStatus(index, status),
                                       tr("Showing the calls of %1 with status %2").arg(bucketLabel(index), statusTitle(status)));
            });
            connect(set, &QBarSet::hovered, this, [this, set](bool on, int index) {
                if (on)
                    QToolTip::showText(QCursor::pos(), tr("%1, %2: %L3 calls").arg(bucketLabel(index), set->label()).arg(qint64(set->at(index))));
            });
            series->append(set);
        }
    }
    series->setBarWidth(0.9);
    showSeries(m_calls->chart(), series, categories, false);
}

void DashboardView::drawRates()
{
    QChart *chart = m_rates->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    auto *asr = new QLineSeries;
    asr->setName(tr("ASR (%)"));
    auto *acd = new QLineSeries;
    acd->setName(tr("ACD (minutes)"));
    double longest = 1;
    if (m_model && (m_model->data().done & DashboardQuery::Timeline)) {
        const QList<TimeBucket> &timeline = m_model->data().timeline;
        for (int i = 0; i < timeline.size(); ++i) {
            if (!timeline[i].calls)
                continue;
            asr->append(i, timeline[i].asr());
            acd->append(i, timeline[i].acd() / 60.0);
            longest = qMax(longest, timeline[i].acd() / 60.0);
        }
    }
    for (QLineSeries *series : {asr, acd}) {
        series->setPointsVisible(true);
        connect(series, &QLineSeries::clicked, this, [this](const QPointF &point) { narrowToBucket(qRound(point.x())); });
        chart->addSeries(series);
    }
    auto *x = new QValueAxis(chart);
    x->setLabelsVisible(false);
    x->setRange(-0.5, qMax<qsizetype>(1, m_model ? m_model->data().timeline.size() : 1) - 0.5);
    auto *percent = new QValueAxis(chart);
    percent->setRange(0, 100);
    percent->setLabelFormat(u"%.0f %%"_s);
    auto *minutes = new QValueAxis(chart);
    minutes->setRange(0, longest * 1.1);
    minutes->setLabelFormat(u"%.1f"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(percent, Qt::AlignLeft);
    chart->addAxis(minutes, Qt::AlignRight);
    asr->attachAxis(x);
    asr->attachAxis(percent);
    acd->attachAxis(x);
    acd->attachAxis(minutes);
}

void DashboardView::drawConcurrency()
{
    auto *series = new QBarSeries;
    QStringList categories;
    if (m_model && (m_model->data().done & DashboardQuery::Concurrency)) {
        const QList<TimeBucket> &timeline = m_model->data().timeline;
        auto *set = new QBarSet(tr("Most calls at once"));
        for (int i = 0; i < timeline.size(); ++i) {
            categories.append(bucketLabel(i));
            set->append(double(timeline[i].peakConcurrent));
        }
        connect(set, &QBarSet::clicked, this, &DashboardView::narrowToBucket);
        series->append(set);
    }
    series->setBarWidth(0.9);
    showSeries(m_concurrency->chart(), series, categories, false);
    m_concurrency->chart()->legend()->hide();
}

void DashboardView::drawDestinations()
{
    auto draw = [this](QChartView *view, const QList<DestinationTotal> &top, bool byCost) {
        auto *series = new QHorizontalBarSeries;
        QStringList categories;
        auto *set = new QBarSet(byCost ? tr("Cost") : tr("Minutes"));
        // Bottom to top, so the largest is on top.
        for (auto it = top.crbegin(); it != top.crend(); ++it) {
            QString label = destinationLabel(*it);
            if (byCost)
                label += u" ("_s + it->currency + u')';
            while (categories.contains(label))
                label += u' ';
            categories.append(label);
            set->append(byCost ? major(it->cost) : double(it->talkSeconds) / 60.0);
        }
        connect(set, &QBarSet::clicked, this, [this, top](int index) {
            if (index < 0 || index >= top.size())
                return;
            const DestinationTotal &d = top[top.size() - 1 - index];
            Q_EMIT narrowRequested(m_model->narrowedToDestination(d), tr("Showing the calls to %1").arg(destinationLabel(d)));
        });
        connect(set, &QBarSet::hovered, this, [this, top](bool on, int index) {
            if (!on || index < 0 || index >= top.size())
                return;
            const DestinationTotal &d = top[top.size() - 1 - index];
            QToolTip::showText(QCursor::pos(), tr("%1: %L2 calls, %L3 minutes, %4")
                                                   .arg(destinationLabel(d))
                                                   .arg(d.calls)
                                                   .arg(d.talkSeconds / 60)
                                                   .arg(money(d.cost, d.currency)));
        });
        series->append(set);
        showSeries(view->chart(), series, categories, true);
        view->chart()->legend()->hide();
    };
    const bool has = m_model && (m_model->data().done & DashboardQuery::Destinations);
    draw(m_byMinutes, has ? m_model->data().topByMinutes(TopCount) : QList<DestinationTotal>(), false);
    draw(m_byCost, has ? m_model->data().topByCost(TopCount) : QList<DestinationTotal>(), true);
}

void DashboardView::drawCustomers()
{
    auto *series = new QBarSeries;
    QStringList categories;
    if (m_model && (m_model->data().done & DashboardQuery::Customers)) {
        const QList<CustomerTotal> top = m_model->data().customers.mid(0, TopCount);
        auto *revenue = new QBarSet(tr("Revenue"));
        auto *cost = new QBarSet(tr("Cost"));
        for (const CustomerTotal &c : top) {
            QString label = (c.name.isEmpty() ? c.customer : c.name) + u" ("_s + c.currency + u')';
            while (categories.contains(label))
                label += u' ';
            categories.append(label);
            revenue->append(major(c.revenue));
            cost->append(major(c.cost));
        }
        for (QBarSet *set : {revenue, cost}) {
            connect(set, &QBarSet::clicked, this, [this, top](int index) {
                if (index < 0 || index >= top.size())
                    return;
                const CustomerTotal &c = top[index];
                Q_EMIT narrowRequested(m_model->narrowedToCustomer(c),
                                       tr("Showing the calls of customer %1").arg(c.name.isEmpty() ? c.customer : c.name));
            });
            connect(set, &QBarSet::hovered, this, [this, top](bool on, int index) {
                if (!on || index < 0 || index >= top.size())
                    return;
                const CustomerTotal &c = top[index];
                QToolTip::showText(QCursor::pos(), tr("%1: %L2 calls, revenue %3, cost %4")
                                                       .arg(c.name.isEmpty() ? c.customer : c.name)
                                                       .arg(c.calls)
                                                       .arg(money(c.revenue, c.currency),
                                                            money(c.cost, c.currency)));
            });
            series->append(set);
        }
    }
    showSeries(m_customers->chart(), series, categories, false);
}
