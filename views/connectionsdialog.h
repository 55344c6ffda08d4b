#pragma once

#include "providers/connectionstore.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

// A connection as the manager lists it: its settings and how its last sync ended.
struct ConnectionRow
{
    Connection connection;
    SyncOutcome last;
};

// Provider › Connections…: the store's provider connections with their URL (credentials
// redacted), last sync time, status and error; Add, Edit, Remove, Test, Sync Now and Cancel
// Sync for the selected one, and a progress bar for the selected connection's sync under way.
// It only shows and asks: the controller does the work and tells it what happened.
class ConnectionsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, UrlColumn, AutoColumn, LastSyncColumn, StatusColumn, MessageColumn, ColumnCount };

    explicit ConnectionsDialog(QWidget *parent = nullptr);

    void setRows(const QList<ConnectionRow> &rows);
    [[nodiscard]] QString currentName() const;
    void selectConnection(const QString &name);
    // A sync of `name` is under way: calls so far, seconds covered of `total` (0: unknown).
    void setSyncProgress(const QString &name, qint64 calls, qint64 covered, qint64 total);
    // The sync of `name` ended (its outcome comes with the next setRows()).
    void setSyncEnded(const QString &name);
    [[nodiscard]] bool isSyncing(const QString &name) const { return m_progress.contains(name); }
    // The line under the table: what the last action did.
    void setMessage(const QString &message);
    [[nodiscard]] QString message() const;
    // Above the table: where secrets are kept (e.g. that no keychain service runs).
    void setKeychainNotice(const QString &notice);

Q_SIGNALS:
    void addRequested();
    void editRequested(const QString &name);
    void removeRequested(const QString &name);
    void testRequested(const QString &name);
    void syncRequested(const QString &name);
    void cancelSyncRequested(const QString &name);

private:
    struct Progress
    {
        qint64 calls = 0;
        qint64 covered = 0;
        qint64 total = 0;
    };
    void updateButtons();
    void showProgress();
    void confirmRemove();

    QTableWidget *m_table;
    QLabel *m_notice;
    QLabel *m_message;
    QProgressBar *m_bar;
    QLabel *m_progressText;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_test;
    QPushButton *m_sync;
    QPushButton *m_cancel;
    QHash<QString, Progress> m_progress;
};
