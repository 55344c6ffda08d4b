#pragma once

#include "core/callfield.h"
#include "store/databasespec.h"

#include <QMainWindow>

class BillingController;
class CallDetailPane;
class CallTableModel;
class DashboardModel;
class DashboardView;
class DateRangeBar;
class FilterController;
class QLabel;
class QMenu;
class QProgressDialog;
class QTabWidget;
class QTableView;
class SecretStore;
class StoreOpener;
class TransferJob;
struct TransferSummary;

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

    // Opens the import dialog with these files (File › Import Calls…, or files dropped).
    void importFiles(const QStringList &files = {});
    // Opens the export dialog for what the grid shows (File › Export Calls…).
    void exportCalls();

    CallTableModel *callModel() const { return m_model; }
    DashboardModel *dashboardModel() const { return m_dashboardModel; }

    // The views in the central tabs (the call grid, the dashboard, …); others add theirs here.
    // View › Next/Previous View (Ctrl+PgDown/PgUp) cycle through them.
    void addView(QWidget *view, const QString &title);
    // Shows the view, dock or dialog named `name` (a tab's, dock's or action's objectName, or
    // any widget's: its dock and tabs are shown): for --screenshot-view. False when nothing
    // has that name.
    bool showView(const QString &name);
    // Whether what showView() opened has finished loading (the dashboard computes first; the
    // invoice review needs an invoice open).
    [[nodiscard]] bool isViewReady(const QString &name) const;
    // The selected calls as tab-separated text with a header (Edit › Copy); false when some are
    // not loaded yet or there are too many (Export is the tool then).
    bool copySelectedRows();
    static constexpr int MaxCopiedRows = 100000;
    // Opens Edit › Settings; applies what was accepted.
    void openSettings();
    TransferJob *transferJob() const { return m_transfer; }
    BillingController *billing() const { return m_billing; }
    FilterController *filterController() const { return m_filters; }
    static QString demoDatabasePath();

Q_SIGNALS:
    void databaseOpened(const QString &displayName);
    void databaseFailed(const QString &message);
    // An import or export ended; `message` is what the status bar shows.
    void transferFinished(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

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
    void applySort(int section, Qt::SortOrder order);
    void showHeaderMenu(const QPoint &position);
    void resetColumns();
    void applyDisplaySettings();
    void syncDashboard();
    void createEditActions();
    void updateDetail();
    void updateStatus();
    void saveViewState();
    void restoreViewState();
    [[nodiscard]] QProgressDialog *progressDialog(const QString &label, int maximum, const QString &objectName);
    [[nodiscard]] bool canStartTransfer();
    void showTransferProgress(const QString &label);
    void onTransferFinished(const TransferSummary &summary);
    [[nodiscard]] QList<CallField> visibleColumns() const;

    CallTableModel *m_model = nullptr;
    QTableView *m_view;
    QTabWidget *m_tabs;
    DashboardView *m_dashboard;
    DashboardModel *m_dashboardModel = nullptr;
    DateRangeBar *m_dateBar;
    FilterController *m_filters;
    CallDetailPane *m_detail;
    QLabel *m_statusLabel;
    QLabel *m_databaseLabel;
    QMenu *m_recentMenu = nullptr;
    StoreOpener *m_opener;
    SecretStore *m_secrets;
    QProgressDialog *m_progress = nullptr;
    TransferJob *m_transfer;
    BillingController *m_billing = nullptr;
    QProgressDialog *m_transferProgress = nullptr;
    DatabaseSpec m_pendingSpec;
    bool m_rememberPassword = false;
};
