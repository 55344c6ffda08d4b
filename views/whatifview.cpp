#include "whatifview.h"

#include "reratedialog.h"
#include "store/storejob.h"
#include "viewstate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QStringList headers(const QString &first)
{
    return {first,
            WhatIfView::tr("Calls"),
            WhatIfView::tr("Revenue now"),
            WhatIfView::tr("Revenue after"),
            WhatIfView::tr("Cost now"),
            WhatIfView::tr("Cost after"),
            WhatIfView::tr("Margin now"),
            WhatIfView::tr("Margin after"),
            WhatIfView::tr("Margin change")};
}

QTableWidget *table(const QString &name, const QString &accessible, const QString &first, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers(first).size()), parent);
    t->setObjectName(name);
    t->setAccessibleName(accessible);
    t->setHorizontalHeaderLabels(headers(first));
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void fill(QTableWidget *t, const QList<WhatIfRow> &rows)
{
    t->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const WhatIfRow &r = rows[row];
        const QStringList cells = {r.key,
                                   QString::number(r.calls),
                                   r.revenueBefore.toString(2),
                                   r.revenueAfter.toString(2),
                                   r.costBefore.toString(2),
                                   r.costAfter.toString(2),
                                   r.marginBefore().toString(2),
                                   r.marginAfter().toString(2),
                                   r.marginChange().toString(2)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (column == 8 && r.marginChange().isNegative())
                item->setForeground(Qt::red);
            t->setItem(row, column, item);
        }
    }
}

} // namespace

WhatIfView::WhatIfView(std::shared_ptr<const DeckSet> decks, const DatabaseSpec &spec, const CallFilter &filter,
                       QWidget *parent)
    : QDialog(parent)
    , m_decks(std::move(decks))
    , m_spec(spec)
    , m_filter(filter)
    , m_job(new StoreJob(this))
    , m_candidate(new QComboBox(this))
    , m_replaced(new QComboBox(this))
    , m_start(new QPushButton(tr("&Compare"), this))
    , m_stop(new QPushButton(tr("&Stop"), this))
    , m_progress(new QProgressBar(this))
    , m_byDestination(table(u"whatIfDestinationTable"_s, tr("Differences per destination"), tr("Destination"), this))
    , m_byCustomer(table(u"whatIfCustomerTable"_s, tr("Differences per customer"), tr("Customer"), this))
    , m_status(new QLabel(this))
{
    setObjectName(u"whatIfView"_s);
    setWindowTitle(tr("What-if Re-rating"));
    setAccessibleName(tr("What-if re-rating"));
    m_candidate->setObjectName(u"whatIfCandidateCombo"_s);
    m_candidate->setAccessibleName(tr("Candidate deck"));
    m_replaced->setObjectName(u"whatIfReplacedCombo"_s);
    m_replaced->setAccessibleName(tr("Deck the candidate stands in for"));
    if (m_decks) {
        for (const RateDeck &deck : m_decks->decks()) {
            m_candidate->addItem(deck.name());
            m_replaced->addItem(deck.name());
        }
    }
    m_candidate->setCurrentIndex(qMax(0, m_candidate->findText(ViewState::value(u"whatIf/candidate"_s))));
    m_replaced->setCurrentIndex(qMax(0, m_replaced->findText(ViewState::value(u"whatIf/replaced"_s))));
    m_start->setObjectName(u"whatIfStartButton"_s);
    m_start->setDefault(true);
    m_stop->setObjectName(u"whatIfStopButton"_s);
    m_stop->setEnabled(false);
    m_progress->setObjectName(u"whatIfProgress"_s);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_status->setObjectName(u"whatIfStatusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("Calls:"), new QLabel(describeFilter(filter), this));
    form->addRow(tr("C&andidate deck:"), m_candidate);
    form->addRow(tr("In place of &deck:"), m_replaced);
    auto *run = new QHBoxLayout;
    run->addWidget(m_progress, 1);
    run->addWidget(m_start);
    run->addWidget(m_stop);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_byDestination, tr("Per &destination"));
    tabs->addTab(m_byCustomer, tr("Per c&ustomer"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(run);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_start, &QPushButton::clicked, this, &WhatIfView::start);
    connect(m_stop, &QPushButton::clicked, m_job, &StoreJob::cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &WhatIfView::reject);
    connect(m_job, &StoreJob::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? int(qMin<qint64>(1000, done * 1000 / total)) : 0);
    });
    connect(m_job, &StoreJob::finished, this, &WhatIfView::onFinished);
    resize(900, 560);
    ViewState::restoreGeometry(this, u"whatIf"_s);
    ViewState::restoreHeader(m_byDestination->horizontalHeader(), u"whatIf/destinations"_s);
    ViewState::restoreHeader(m_byCustomer->horizontalHeader(), u"whatIf/customers"_s);
    if (!m_decks || m_decks->isEmpty()) {
        m_start->setEnabled(false);
        m_status->setText(tr("This database has no rate decks to compare."));
    }
}

WhatIfView::~WhatIfView()
{
    ViewState::saveGeometry(this, u"whatIf"_s);
    ViewState::saveHeader(m_byDestination->horizontalHeader(), u"whatIf/destinations"_s);
    ViewState::saveHeader(m_byCustomer->horizontalHeader(), u"whatIf/customers"_s);
}

QString WhatIfView::statusText() const
{
    return m_status->text();
}

bool WhatIfView::selectDecks(const QString &candidate, const QString &replaced)
{
    const int c = m_candidate->findText(candidate);
    const int r = m_replaced->findText(replaced);
    if (c < 0 || r < 0)
        return false;
    m_candidate->setCurrentIndex(c);
    m_replaced->setCurrentIndex(r);
    return true;
}

void WhatIfView::start()
{
    if (m_job->isBusy() || m_candidate->currentIndex() < 0 || m_replaced->currentIndex() < 0)
        return;
    ViewState::saveValue(u"whatIf/candidate"_s, m_candidate->currentText());
    ViewState::saveValue(u"whatIf/replaced"_s, m_replaced->currentText());
    const RateDeck &candidate = m_decks->decks().at(m_candidate->currentIndex());
    const qint64 replaced = m_decks->decks().at(m_replaced->currentIndex()).id();
    m_start->setEnabled(false);
    m_stop->setEnabled(true);
    m_progress->setValue(0);
    m_status->setText(tr("Rating the calls twice…"));
    m_job->start(m_spec, [candidate, replaced, filter = m_filter](Database &database,
                                                                  const ProgressCallback &progress) -> Result<std::any> {
        Result<WhatIfReport> report = WhatIf(database).compute(filter, candidate, replaced, progress);
        if (!report)
            return Error{report.error()};
        return std::any(*report);
    });
}

void WhatIfView::onFinished()
{
    m_start->setEnabled(true);
    m_stop->setEnabled(false);
    const auto *report = m_job->value<WhatIfReport>();
    if (!report) {
        m_progress->setValue(0);
        m_status->setText(m_job->wasCancelled() ? tr("Stopped.") : m_job->error());
        return;
    }
    m_progress->setValue(1000);
    fill(m_byDestination, report->byDestination);
    fill(m_byCustomer, report->byCustomer);
    const WhatIfRow &t = report->total;
    m_status->setText(tr("%L1 calls. Revenue %2 → %3, cost %4 → %5, margin %6 → %7 (change %8). Nothing was written.")
                          .arg(t.calls)
                          .arg(t.revenueBefore.toString(2), t.revenueAfter.toString(2), t.costBefore.toString(2),
                               t.costAfter.toString(2), t.marginBefore().toString(2), t.marginAfter().toString(2),
                               t.marginChange().toString(2)));
}

void WhatIfView::reject()
{
    if (m_job->isBusy()) {
        m_job->cancel();
        m_job->wait();
    }
    QDialog::reject();
}
