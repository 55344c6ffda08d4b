#pragma once

#include "core/callrecord.h"
#include "providers/voipmsclient.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
struct VoipmsLists;

// Providers › voip.ms Reseller CDRs: the calls of one reseller client (getResellerCDR) over a
// voip.ms connection — client, period, dispositions, call type, call billing and account (their
// choices loaded from voip.ms for the client on demand) — fetched with progress and cancel,
// shown in a table, and imported into the store on request. It only asks and shows; the
// controller talks to voip.ms and the store.
class VoipmsResellerView : public QDialog
{
    Q_OBJECT

public:
    explicit VoipmsResellerView(QWidget *parent = nullptr);

    void setConnections(const QStringList &names);
    // The query as entered (without the time zone, which is the connection's), or the problem.
    [[nodiscard]] VoipmsCdrQuery query() const;
    [[nodiscard]] QString problem() const;

    void setProgress(qint64 daysDone, qint64 days);
    void showCalls(const QList<CallRecord> &calls);
    void showLists(const VoipmsLists &lists);
    void showMessage(const QString &message);
    // The fetch or import ended with `message`.
    void showError(const QString &message);
    void showImported(const QString &message);
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] const QList<CallRecord> &calls() const { return m_calls; }

public Q_SLOTS:
    void fetch();

Q_SIGNALS:
    void fetchRequested(const QString &connection, const VoipmsCdrQuery &query);
    void cancelRequested();
    void listsRequested(const QString &connection, const QString &client);
    void importRequested(const QList<CallRecord> &calls);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void setBusy(bool busy);
    [[nodiscard]] static QString valueOf(const QComboBox *box);
    static void setChoices(QComboBox *box, const QList<VoipmsValue> &values);

    QComboBox *m_connection;
    QLineEdit *m_client;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QCheckBox *m_answered;
    QCheckBox *m_noanswer;
    QCheckBox *m_busy;
    QCheckBox *m_failed;
    QComboBox *m_calltype;
    QComboBox *m_callbilling;
    QComboBox *m_account;
    QPushButton *m_lists;
    QPushButton *m_fetch;
    QPushButton *m_cancel;
    QPushButton *m_import;
    QProgressBar *m_progress;
    QTableWidget *m_table;
    QLabel *m_status;
    QList<CallRecord> m_calls;
};
