#include "resellerview.h"

#include "daterangebar.h"
#include "store/storejob.h"
#include "viewstate.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

enum Column { Name, Role, Calls, Minutes, Revenue, Cost, Margin, OwnMargin, Uncosted, ColumnCount };

constexpr int CustomerRole = Qt::UserRole;

QString minutes(qint64 seconds)
{
    // Minutes with two decimals: seconds / 60 rounded half-up to 0.01, in integers.
    const qint64 hundredths = (seconds * 100 + 30) / 60;
    return QLocale().toString(hundredths / 100) + QLocale().decimalPoint()
         + QString::number(hundredths % 100).rightJustified(2, u'0');
}

} // namespace

ResellerView::ResellerView(QWidget *parent)
    : QWidget(parent)
    , m_job(new StoreJob(this))
    , m_range(new DateRangeBar(this))
    , m_tree(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_showCalls(new QPushButton(tr("Show &Calls"), this))
{
    setObjectName(u"resellerView"_s);
    setAccessibleName(tr("Resellers and clients"));
    m_range->setObjectName(u"resellerRangeBar"_s);
    m_tree->setObjectName(u"resellerTree"_s);
    m_tree->setAccessibleName(tr("Customer tree with calls, minutes, revenue, cost and margin"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Customer"), tr("Role"), tr("Calls"), tr("Minutes"), tr("Revenue"), tr("Cost"),
                             tr("Margin"), tr("Own margin"), tr("Uncosted calls")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_status->setObjectName(u"resellerStatusLabel"_s);
    m_status->setWordWrap(true);
    m_busy->setObjectName(u"resellerProgress"_s);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->hide();
    m_showCalls->setObjectName(u"showCustomerCallsButton"_s);
    m_showCalls->setEnabled(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_range, 1);
    bar->addWidget(m_busy);
    bar->addWidget(m_showCalls);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_status);

    m_range->restoreState(ViewState::value(u"resellers/range"_s));
    ViewState::restoreHeader(m_tree->header(), u"resellers/tree"_s);
    connect(m_range, &DateRangeBar::rangeChanged, this, [this] {
        ViewState::saveValue(u"resellers/range"_s, m_range->stateString());
        refresh();
    });
    connect(m_job, &StoreJob::finished, this, &ResellerView::onFinished);
    connect(m_tree, &QTreeWidget::itemActivated, this, &ResellerView::requestCalls);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_showCalls->setEnabled(item != nullptr);
    });
    connect(m_showCalls, &QPushButton::clicked, this, [this] { requestCalls(m_tree->currentItem()); });
}

ResellerView::~ResellerView()
{
    ViewState::saveHeader(m_tree->header(), u"resellers/tree"_s);
}

void ResellerView::setDatabase(const DatabaseSpec &spec)
{
    m_spec = spec;
    refresh();
}

void ResellerView::refresh()
{
    if (m_spec.displayName().isEmpty())
        return;
    if (m_job->isBusy()) {
        // The period changed while computing: compute again once this run ends.
        m_pending = true;
        m_job->cancel();
        return;
    }
    m_pending = false;
    m_busy->show();
    m_status->setText(tr("Adding up the calls…"));
    const qint64 start = m_range->start().value_or(std::numeric_limits<qint64>::min());
    const qint64 end = m_range->end().value_or(std::numeric_limits<qint64>::max());
    m_job->start(m_spec, [start, end](Database &database, const ProgressCallback &) -> Result<std::any> {
        Result<QList<MarginRow>> rows = MarginReport(database).compute(start, end);
        if (!rows)
            return Error{rows.error()};
        return std::any(*rows);
    });
}

void ResellerView::onFinished()
{
    if (m_pending) {
        refresh();
        return;
    }
    m_busy->hide();
    const auto *rows = m_job->value<QList<MarginRow>>();
    if (!rows) {
        m_status->setText(m_job->error());
        return;
    }
    m_rows = *rows;
    const qint64 selected = m_tree->currentItem() ? m_tree->currentItem()->data(Name, CustomerRole).toLongLong() : 0;
    m_tree->clear();
    QHash<qint64, QTreeWidgetItem *> items;
    for (const MarginRow &row : m_rows) {
        QTreeWidgetItem *parent = items.value(row.parentId);
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(Name, row.name);
        item->setData(Name, CustomerRole, row.customerId);
        item->setText(Role, row.role);
        item->setText(Calls, QLocale().toString(row.calls));
        item->setText(Minutes, minutes(row.seconds));
        item->setText(Revenue, row.revenue.toString(2) + u' ' + row.currency);
        item->setText(Cost, row.cost.toString(2) + u' ' + row.currency);
        item->setText(Margin, row.margin.toString(2) + u' ' + row.currency);
        item->setText(OwnMargin, row.ownMargin.toString(2) + u' ' + row.currency);
        item->setText(Uncosted, row.uncosted ? QLocale().toString(row.uncosted) : QString());
        for (int column = Calls; column < ColumnCount; ++column)
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        if (row.margin.isNegative())
            item->setForeground(Margin, Qt::red);
        items.insert(row.customerId, item);
        if (row.customerId == selected)
            m_tree->setCurrentItem(item);
    }
    m_tree->expandAll();
    m_status->setText(tr("%n customer(s). Double-click one, or Show Calls, to see its calls in the grid.", nullptr,
                         int(m_rows.size())));
}

void ResellerView::requestCalls(QTreeWidgetItem *item)
{
    if (!item)
        return;
    Q_EMIT showCallsRequested(item->data(Name, CustomerRole).toLongLong(), item->text(Name));
}
