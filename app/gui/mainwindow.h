#pragma once

#include "store/databasespec.h"

#include <QMainWindow>

class CallDetailPane;
class CallTableModel;
class DateRangeBar;
class QLabel;
class QMenu;
class QProgressDialog;
class QTableView;
class SecretStore;
class StoreOpener;

// The workstation's window: the call grid over the open store, the date-range bar, the detail
// pane and the status bar totals. It wires widgets to models; the work happens in the models.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the last store, or on first run creates the demo store in the data directory.
    void openInitialDatabase();
    // Opens a store in the background; the grid switches to it when it is ready.
    void openDatabase(const DatabaseSpec &spec, bool create = false);

    CallTableModel *callModel() const { return m_model; }
    static QString demoDatabasePath();

Q_SIGNALS:
    void databaseOpened(const QString &displayName);
    void databaseFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createDemoDatabase(const QString &path);
    void showDatabase(const DatabaseSpec &spec);
    void onOpenFailed(const QString &message);
    void newDatabase();
    void openDatabaseFile();
    void connectToServer();
    void rememberRecent(const DatabaseSpec &spec);
    void rebuildRecentMenu();
    void applyDateRange();
    void onHeaderClicked(int section);
    void showHeaderMenu(const QPoint &position);
    void resetColumns();
    void updateDetail();
    void updateStatus();
    void saveViewState();
    void restoreViewState();

    CallTableModel *m_model = nullptr;
    QTableView *m_view;
    DateRangeBar *m_dateBar;
    CallDetailPane *m_detail;
    QLabel *m_statusLabel;
    QLabel *m_databaseLabel;
    QMenu *m_recentMenu = nullptr;
    StoreOpener *m_opener;
    SecretStore *m_secrets;
    QProgressDialog *m_progress = nullptr;
    DatabaseSpec m_pendingSpec;
    bool m_rememberPassword = false;
};
