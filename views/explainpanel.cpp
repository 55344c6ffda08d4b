#include "explainpanel.h"

#include "billing/rater.h"
#include "core/timeutil.h"
#include "viewstate.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString kindName(const QString &kind)
{
    if (kind == u"initial")
        return ExplainPanel::tr("first block");
    if (kind == u"minimum")
        return ExplainPanel::tr("minimum-duration top-up");
    return ExplainPanel::tr("subsequent blocks");
}

QString roleName(const QString &role)
{
    if (role == u"system")
        return ExplainPanel::tr("system");
    if (role == u"reseller")
        return ExplainPanel::tr("reseller");
    return ExplainPanel::tr("client");
}

} // namespace

ExplainPanel::ExplainPanel(QWidget *parent)
    : QWidget(parent)
    , m_payersLabel(new QLabel(this))
    , m_payers(new QTableWidget(0, 5, this))
    , m_deck(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_rowLabel(new QLabel(this))
    , m_runs(new QTableWidget(0, 7, this))
    , m_totals(new QLabel(this))
    , m_steps(new QListWidget(this))
{
    setObjectName(u"explainPanel"_s);
    setAccessibleName(tr("Explain this charge"));
    m_deck->setObjectName(u"explainDeckCombo"_s);
    m_deck->setAccessibleName(tr("Deck to rate the call under"));
    for (QLabel *label : {m_summary, m_rowLabel, m_totals}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_summary->setObjectName(u"explainSummaryLabel"_s);
    m_rowLabel->setObjectName(u"explainRowLabel"_s);
    m_totals->setObjectName(u"explainTotalsLabel"_s);
    m_runs->setObjectName(u"incrementTable"_s);
    m_runs->setAccessibleName(tr("Increments billed"));
    m_runs->setHorizontalHeaderLabels({tr("From second"), tr("Blocks"), tr("Block length"), tr("Billed seconds"),
                                       tr("Free seconds"), tr("Rate/min"), tr("Kind")});
    m_runs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_runs->verticalHeader()->hide();
    m_runs->horizontalHeader()->setStretchLastSection(true);
    m_payersLabel->setObjectName(u"explainPayersLabel"_s);
    m_payersLabel->setWordWrap(true);
    m_payers->setObjectName(u"explainPayersTable"_s);
    m_payers->setAccessibleName(tr("Charges under every deck that applies"));
    m_payers->setHorizontalHeaderLabels({tr("Customer"), tr("Role"), tr("Deck"), tr("Prefix"), tr("Cost")});
    m_payers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_payers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_payers->setSelectionMode(QAbstractItemView::SingleSelection);
    m_payers->verticalHeader()->hide();
    m_payers->horizontalHeader()->setStretchLastSection(true);
    m_steps->setObjectName(u"explainSteps"_s);
    m_steps->setAccessibleName(tr("Every rule and rounding step applied"));
    m_steps->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Deck:"), m_deck);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_payersLabel);
    layout->addWidget(m_payers, 1);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_rowLabel);
    layout->addWidget(new QLabel(tr("Increments billed:"), this));
    layout->addWidget(m_runs, 1);
    layout->addWidget(m_totals);
    layout->addWidget(new QLabel(tr("Steps:"), this));
    layout->addWidget(m_steps, 2);

    ViewState::restoreHeader(m_runs->horizontalHeader(), u"explain/runs"_s);
    ViewState::restoreHeader(m_payers->horizontalHeader(), u"explain/payers"_s);
    connect(m_deck, &QComboBox::currentIndexChanged, this, [this] {
        if (m_deck->currentIndex() >= 0)
            ViewState::saveValue(u"explain/deck"_s, m_deck->currentText());
        explainDeck();
    });
    connect(m_payers, &QTableWidget::currentCellChanged, this, [this](int row) { showPayerDeck(row); });
    explain();
}

ExplainPanel::~ExplainPanel()
{
    ViewState::saveHeader(m_runs->horizontalHeader(), u"explain/runs"_s);
    ViewState::saveHeader(m_payers->horizontalHeader(), u"explain/payers"_s);
}

void ExplainPanel::setDecks(std::shared_ptr<const DeckSet> decks)
{
    m_decks = std::move(decks);
    const QString wanted = m_deck->count() ? m_deck->currentText() : ViewState::value(u"explain/deck"_s);
    {
        const QSignalBlocker blocker(m_deck);
        m_deck->clear();
        if (m_decks) {
            for (const RateDeck &deck : m_decks->decks())
                m_deck->addItem(deck.name());
        }
        m_deck->setCurrentIndex(qMax(0, m_deck->findText(wanted)));
    }
    explain();
}

bool ExplainPanel::selectDeck(const QString &name)
{
    const int index = m_deck->findText(name);
    if (index < 0)
        return false;
    m_deck->setCurrentIndex(index);
    return true;
}

void ExplainPanel::setCustomers(std::shared_ptr<const CustomerTree> customers)
{
    m_customers = std::move(customers);
    explain();
}

void ExplainPanel::setCall(const CallRecord *call)
{
    m_call = call ? std::optional<CallRecord>(*call) : std::nullopt;
    explain();
}

void ExplainPanel::explain()
{
    explainPayers();
    explainDeck();
}

// Every deck that applies: the charges a rating run under the customer tree would store.
void ExplainPanel::explainPayers()
{
    m_payerCharges.clear();
    const QSignalBlocker blocker(m_payers);
    m_payers->setRowCount(0);
    if (!m_decks || m_decks->isEmpty() || !m_call) {
        m_payersLabel->clear();
        return;
    }
    if (!m_customers || m_customers->customers().isEmpty()) {
        m_payersLabel->setText(tr("There is no customer tree: pick a deck to rate the call under."));
        return;
    }
    Result<QList<PayerCharge>> charges = ChargePlan::fromDecks(*m_customers, *m_decks, true)->rate(*m_call);
    if (!charges) {
        m_payersLabel->setText(charges.error());
        return;
    }
    m_payerCharges = std::move(*charges);
    const Customer *caller = m_customers->find(m_call->scustomer);
    m_payersLabel->setText(m_payerCharges.isEmpty()
                               ? tr("No deck of customer %1 or of those above it prices this call: pick a deck to rate it under.")
                                     .arg(caller ? caller->name : QString::number(m_call->scustomer))
                               : tr("Every deck that applies (select one for its steps):"));
    m_payers->setRowCount(int(m_payerCharges.size()));
    for (int i = 0; i < m_payerCharges.size(); ++i) {
        const PayerCharge &p = m_payerCharges[i];
        const Customer *customer = m_customers->find(p.customer);
        const int deck = [&] {
            for (int d = 0; d < m_decks->decks().size(); ++d) {
                if (m_decks->decks()[d].id() == p.deckId)
                    return d;
            }
            return -1;
        }();
        const QStringList cells = {customer ? customer->name : QString::number(p.customer), roleName(p.role),
                                   deck >= 0 ? m_decks->decks()[deck].name() : QString::number(p.deckId),
                                   p.charge.row ? p.charge.row->prefix : tr("none"),
                                   p.charge.cost.toString(4) + u' ' + p.charge.currency};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column == 4)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_payers->setItem(i, column, item);
        }
    }
}

void ExplainPanel::showPayerDeck(int row)
{
    if (row < 0 || row >= m_payers->rowCount())
        return;
    selectDeck(m_payers->item(row, 2)->text());
}

void ExplainPanel::explainDeck()
{
    m_charge.reset();
    m_runs->setRowCount(0);
    m_steps->clear();
    m_rowLabel->clear();
    m_totals->clear();
    const int deckIndex = m_deck->currentIndex();
    if (!m_decks || m_decks->isEmpty()) {
        m_summary->setText(tr("This database has no rate decks to explain a charge with."));
        return;
    }
    if (!m_call) {
        m_summary->setText(tr("Select a call in the grid to see how it is charged."));
        return;
    }
    if (deckIndex < 0)
        return;
    const RateDeck &deck = m_decks->decks().at(deckIndex);
    Rater rater(deck, true);
    Result<Charge> charge = rater.rate(*m_call);
    if (!charge) {
        m_summary->setText(charge.error());
        return;
    }
    m_charge = std::move(*charge);
    showCharge(deck);
}

void ExplainPanel::showCharge(const RateDeck &deck)
{
    const Charge &charge = *m_charge;
    m_summary->setText(tr("Call %1 to %2 at %3 (%4 s talk, %5): <b>%6 %7</b> under deck \"%8\".")
                           .arg(m_call->uniqueid.toHtmlEscaped(), charge.number.isEmpty() ? tr("no number") : charge.number,
                                TimeUtil::formatIso(m_call->start))
                           .arg(m_call->talktime)
                           .arg(m_call->status.toHtmlEscaped(), charge.cost.toString(2), charge.currency.toHtmlEscaped(),
                                deck.name().toHtmlEscaped()));
    if (charge.row) {
        const RateRow &row = *charge.row;
        m_rowLabel->setText(tr("Matched prefix <b>%1</b> (%2): %3/min, then %4/min, increments %5/%6, "
                               "connection fee %7, minimum duration %8 s.")
                                .arg(row.prefix.isEmpty() ? tr("(any number)") : row.prefix, row.destination.toHtmlEscaped(),
                                     row.rate.toString(4), row.subsequentRate.value_or(row.rate).toString(4))
                                .arg(row.initialIncrement)
                                .arg(row.subsequentIncrement)
                                .arg(row.connectionFee.toString(4))
                                .arg(row.minimumDuration));
    } else {
        m_rowLabel->setText(tr("No prefix of this deck matches %1: the call is not rated.").arg(charge.number));
    }
    m_runs->setRowCount(int(charge.runs.size()));
    for (int i = 0; i < charge.runs.size(); ++i) {
        const ChargeRun &run = charge.runs[i];
        const QStringList cells = {QString::number(run.startOffset), QString::number(run.blocks),
                                   tr("%1 s").arg(run.blockSeconds), QString::number(run.blocks * run.blockSeconds),
                                   QString::number(run.freeSeconds),
                                   run.ratePerMinute.toString(4) + (run.offpeak ? tr(" (off-peak)") : QString()),
                                   kindName(run.kind)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column < 6)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_runs->setItem(i, column, item);
        }
    }
    m_totals->setText(tr("Billed %1 s of %2 s talk (%3 s after grace, %4 s included free) · usage %5 · fees %6 · "
                         "cost %7 %8")
                          .arg(charge.billedSeconds)
                          .arg(charge.talktime)
                          .arg(charge.durationAfterGrace)
                          .arg(charge.includedUsed)
                          .arg(charge.usage.toString(2), charge.fees.toString(4), charge.cost.toString(4), charge.currency));
    m_steps->addItems(charge.steps);
}
