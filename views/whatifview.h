#pragma once

#include "billing/deckset.h"
#include "billing/whatif.h"
#include "store/callfilter.h"
#include "store/databasespec.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class StoreJob;

// What-if re-rating (issue 6, part 2): the grid's filter rated under the customer tree as it
// is and with one stored deck replaced by a candidate deck, side by side — revenue, cost and
// margin per destination and per customer, and the change. Computed by WhatIf in a worker with
// progress and Stop; nothing is written.
class WhatIfView : public QDialog
{
    Q_OBJECT

public:
    WhatIfView(std::shared_ptr<const DeckSet> decks, const DatabaseSpec &spec, const CallFilter &filter,
               QWidget *parent = nullptr);
    ~WhatIfView() override;

    [[nodiscard]] StoreJob *job() const { return m_job; }
    [[nodiscard]] QString statusText() const;
    // Picks the decks by name; false when one is not in the set.
    bool selectDecks(const QString &candidate, const QString &replaced);

public Q_SLOTS:
    void start();
    void reject() override;

private:
    void onFinished();

    std::shared_ptr<const DeckSet> m_decks;
    DatabaseSpec m_spec;
    CallFilter m_filter;
    StoreJob *m_job;
    QComboBox *m_candidate;
    QComboBox *m_replaced;
    QPushButton *m_start;
    QPushButton *m_stop;
    QProgressBar *m_progress;
    QTableWidget *m_byDestination;
    QTableWidget *m_byCustomer;
    QLabel *m_status;
};
