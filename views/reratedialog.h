#pragma once

#include "billing/deckset.h"
#include "store/callfilter.h"
#include "store/databasespec.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class StoreJob;

// Re-rates the calls of the grid's current filter under a chosen deck (issue 6, part 2) in a
// worker with progress and cancel: CallRating stores each call's rated cost, prefix and deck
// in one transaction, so a cancelled or failed run changes nothing. "Dry run" rates without
// writing, to see the total first.
class RerateDialog : public QDialog
{
    Q_OBJECT

public:
    RerateDialog(std::shared_ptr<const DeckSet> decks, const DatabaseSpec &spec, const CallFilter &filter,
                 QWidget *parent = nullptr);
    ~RerateDialog() override;

    [[nodiscard]] StoreJob *job() const { return m_job; }
    [[nodiscard]] QString statusText() const;

public Q_SLOTS:
    void start();
    void reject() override;

Q_SIGNALS:
    // Calls were rated and stored (not after a dry run, a failure or a cancel).
    void callsRated();

private:
    void onFinished();
    void setRunning(bool running);

    std::shared_ptr<const DeckSet> m_decks;
    DatabaseSpec m_spec;
    CallFilter m_filter;
    StoreJob *m_job;
    QComboBox *m_deck;
    QCheckBox *m_dryRun;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QDialogButtonBox *m_buttons;
};

// A sentence naming what a filter selects ("calls from … to …"), for the billing dialogs.
[[nodiscard]] QString describeFilter(const CallFilter &filter);
