#pragma once

#include "billing/charge.h"
#include "billing/chargeplan.h"
#include "billing/customertree.h"
#include "billing/deckset.h"
#include "core/callrecord.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QTableWidget;

// "Explain this charge" (issue 6, part 2): for one call, first every deck that applies — each
// customer from the caller up the tree with the charge its deck gives (ChargePlan, as a rating
// run charges them) — then, for the deck picked there or in the list of all decks, the matched
// prefix and rate row, each run of billed increments, the fees and every rule and rounding step
// the Rater applied, so an operator can answer "why did this call cost that". The call is rated
// on its own, as the first of a rating run (so all of a deck's included seconds are free).
class ExplainPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ExplainPanel(QWidget *parent = nullptr);
    ~ExplainPanel() override;

    void setDecks(std::shared_ptr<const DeckSet> decks);
    // The customer tree the charges up the tree follow; without one only the chosen deck is shown.
    void setCustomers(std::shared_ptr<const CustomerTree> customers);
    // nullptr clears the panel. The panel keeps its own copy of the call.
    void setCall(const CallRecord *call);
    // Picks the deck by name; false when the set has none of that name.
    bool selectDeck(const QString &name);

    // The charge shown, when a call and a deck are set and the rating succeeded.
    [[nodiscard]] const std::optional<Charge> &charge() const { return m_charge; }
    // Every customer's charge on the call under its own deck, the caller first.
    [[nodiscard]] const QList<PayerCharge> &payerCharges() const { return m_payerCharges; }

private:
    void explain();
    void explainPayers();
    void explainDeck();
    void showCharge(const RateDeck &deck);
    void showPayerDeck(int row);

    std::shared_ptr<const DeckSet> m_decks;
    std::shared_ptr<const CustomerTree> m_customers;
    std::optional<CallRecord> m_call;
    std::optional<Charge> m_charge;
    QList<PayerCharge> m_payerCharges;
    QLabel *m_payersLabel;
    QTableWidget *m_payers;
    QComboBox *m_deck;
    QLabel *m_summary;
    QLabel *m_rowLabel;
    QTableWidget *m_runs;
    QLabel *m_totals;
    QListWidget *m_steps;
};
