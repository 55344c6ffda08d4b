#pragma once

#include "store/callfilter.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class CustomerScopeBox;
class QAbstractItemModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;
class SavedViewsBox;
class TextFilterEdit;
class VoipmsListsBox;
struct VoipmsLists;

// Every filter of the call grid, grouped: time (the range itself is the date-range bar's;
// archived calls here), parties, outcome, customers, billing and SIP details; plus the active
// filter's one-line summary, Apply and Clear all, and the saved views. It edits the filter's
// conditions only: time range, order and quick search belong to others. Each field says what
// is wrong with it right under it; the panel asks to apply only a valid filter, a short pause
// after the last edit or at once on Enter / Apply.
class FilterPanel : public QWidget
{
    Q_OBJECT

public:
    // How long editing must pause before applyRequested() is emitted.
    static constexpr int DebounceMs = 500;

    explicit FilterPanel(QWidget *parent = nullptr);

    // The conditions as edited; start, end, sort and search are left at their defaults.
    [[nodiscard]] CallFilter filter() const;
    // Shows the conditions of `filter` (its time range, order and search are ignored).
    void setFilter(const CallFilter &filter);
    // The problems of the current input, "parameter: message" each; empty when valid.
    [[nodiscard]] QStringList problems() const { return m_problems; }

    void setSummary(const QString &summary);
    void setTimeRangeText(const QString &text);
    void setCustomerModel(QAbstractItemModel *model);
    [[nodiscard]] SavedViewsBox *savedViews() const { return m_savedViews; }
    [[nodiscard]] TextFilterEdit *textFilter(const QString &key) const { return m_textFilters.value(key); }
    // Where the voip.ms lists come from, and the lists: the accounts offered while typing an
    // account, the call types (calls to a DID) in the call type choices, voip.ms's descriptions
    // on the charged choices. Empty lists take the panel back to its own choices.
    [[nodiscard]] VoipmsListsBox *voipmsLists() const { return m_voipmsLists; }
    void setVoipmsLists(const VoipmsLists &lists);

    // Checks the input, shows the problems beside their fields, and emits applyRequested()
    // when there are none.
    void apply();

Q_SIGNALS:
    void applyRequested();
    void clearRequested();

private:
    void buildTextFilters();
    QWidget *timeGroup();
    QWidget *partiesGroup();
    QWidget *outcomeGroup();
    QWidget *customerGroup();
    QWidget *billingGroup();
    QWidget *sipGroup();
    QWidget *group(const QString &objectName, const QString &title, const QStringList &keys,
                   const QList<std::pair<QString, QWidget *>> &extra = {});
    QLineEdit *numberEdit(const QString &key, const QString &label);
    void onEdited();
    bool validate();

    QLabel *m_summary;
    QLabel *m_timeRange;
    QCheckBox *m_archive;
    QHash<QString, TextFilterEdit *> m_textFilters;
    QHash<QString, QString> m_labels;
    QSet<QString> m_placed;
    QLineEdit *m_peer;
    QLineEdit *m_invoice;
    QHash<QString, QLabel *> m_numberErrors;
    QHash<QString, QCheckBox *> m_statuses;
    QSpinBox *m_talkMin;
    QSpinBox *m_talkMax;
    QLabel *m_talkError;
    CustomerScopeBox *m_customers;
    QComboBox *m_callbilling;
    QComboBox *m_calltype;
    QLabel *m_calltypeError;
    VoipmsListsBox *m_voipmsLists;
    SavedViewsBox *m_savedViews;
    QTimer *m_debounce;
    QStringList m_problems;
    bool m_loading = false;
};
