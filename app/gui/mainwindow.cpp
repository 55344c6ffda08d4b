#include "mainwindow.h"

#include "billingcontroller.h"
#include "connectionscontroller.h"
#include "appearance.h"
#include "calldetailpane.h"
#include "connectdialog.h"
#include "core/displaysettings.h"
#include "core/timeutil.h"
#include "dashboard/dashboardmodel.h"
#include "dashboardview.h"
#include "daterangebar.h"
#include "exportdialog.h"
#include "filtercontroller.h"
#include "formats/transferjob.h"
#include "importdialog.h"
#include "invoicesview.h"
#include "itemmodels/calltablemodel.h"
#include "itemmodels/tsvtext.h"
#include "settingsdialog.h"
#include "store/secretstore.h"
#include "store/storeopener.h"
#include "windowgeometry.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeyEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxRecent = 8;
constexpr qint64 DemoCalls = 200000;

// Shown when a store is opened for the first time; the rest is one right-click away.
const QList<CallField> defaultColumns = {
    CallField::Start, CallField::Direction, CallField::Status, CallField::Snumber, CallField::Sname,
    CallField::Cnumber, CallField::Dnumber, CallField::Talktime, CallField::Totaltime, CallField::Cost,
    CallField::Currency, CallField::Scustomer, CallField::Dcustomer, CallField::CnumberCountry,
    CallField::Source, CallField::Uniqueid,
};

// Ctrl+C in the grid copies whole rows (Edit › Copy Rows), not the one cell QTableView copies.
class CopyRowsKey : public QObject
{
public:
    CopyRowsKey(QObject *parent, std::function<void()> copy)
        : QObject(parent)
        , m_copy(std::move(copy))
    {
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride)
            return false;
        if (!static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy))
            return false;
        if (event->type() == QEvent::KeyPress)
            m_copy();
        event->accept();
        return true;
    }

private:
    std::function<void()> m_copy;
};

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_view(new QTableView(this))
    , m_tabs(new QTabWidget(this))
    , m_dashboard(new DashboardView(this))
    , m_dateBar(new DateRangeBar(this))
    , m_detail(new CallDetailPane(this))
    , m_statusLabel(new QLabel(this))
    , m_databaseLabel(new QLabel(this))
    , m_opener(new StoreOpener(this))
    , m_secrets(new SecretStore(this))
    , m_transfer(new TransferJob(this))
{
    setObjectName(u"MainWindow"_s);
    setWindowTitle(tr("CDR Desk"));
    resize(1280, 800);

    m_view->setObjectName(u"callTable"_s);
    m_view->setAccessibleName(tr("Calls"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setSortIndicatorShown(true);
    header->setSectionsClickable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setObjectName(u"callHeader"_s);
    connect(header, &QHeaderView::sectionClicked, this, &MainWindow::onHeaderClicked);
    connect(header, &QWidget::customContextMenuRequested, this, &MainWindow::showHeaderMenu);
    m_filters = new FilterController(this, m_view, m_dateBar);
    connect(m_filters, &FilterController::message, statusBar(), &QStatusBar::showMessage);
    connect(m_filters, &FilterController::sortRequested, this, &MainWindow::applySort);
    m_tabs->setObjectName(u"viewTabs"_s);
    m_tabs->setAccessibleName(tr("Views"));
    m_tabs->setDocumentMode(true);
    addView(m_filters->gridArea(), tr("Calls"));
    addView(m_dashboard, tr("Dashboard"));
    setCentralWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::syncDashboard);
    connect(m_dashboard, &DashboardView::narrowRequested, this, [this](const CallFilter &filter, const QString &description) {
        if (!m_model)
            return;
        m_filters->narrowTo(filter, description);
        m_tabs->setCurrentWidget(m_filters->gridArea());
    });

    auto *rangeBar = addToolBar(tr("Date range"));
    rangeBar->setObjectName(u"dateRangeToolBar"_s);
    rangeBar->addWidget(m_dateBar);
    m_dateBar->setAccessibleName(tr("Date range"));
    connect(m_dateBar, &DateRangeBar::rangeChanged, this, &MainWindow::applyDateRange);

    auto *dock = new QDockWidget(tr("Call details"), this);
    dock->setObjectName(u"detailDock"_s);
    dock->setWidget(m_detail);
    m_detail->setAccessibleName(tr("Call details"));
    addDockWidget(Qt::RightDockWidgetArea, dock);
    resizeDocks({dock}, {380}, Qt::Horizontal);

    m_statusLabel->setObjectName(u"totalsLabel"_s);
    m_databaseLabel->setObjectName(u"databaseLabel"_s);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_databaseLabel);

    connect(m_opener, &StoreOpener::opened, this, &MainWindow::showDatabase);
    connect(m_opener, &StoreOpener::failed, this, &MainWindow::onOpenFailed);
    connect(m_opener, &StoreOpener::progress, this, [this](qint64 done, qint64 total) {
        if (m_progress) {
            m_progress->setMaximum(int(total));
            m_progress->setValue(int(done));
        }
    });

    m_transfer->setObjectName(u"transferJob"_s);
    connect(m_transfer, &TransferJob::finished, this, &MainWindow::onTransferFinished);
    connect(m_transfer, &TransferJob::progress, this, [this](qint64 done, qint64 total) {
        if (m_transferProgress && total > 0)
            m_transferProgress->setValue(int(qMin<qint64>(1000, done * 1000 / total)));
    });
    setAcceptDrops(true);

    createActions();
    createEditActions();
    applyDisplaySettings();
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    m_dateBar->restoreState(settings.value(u"grid/dateRange"_s).toString());
    dock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    updateStatus();
}

MainWindow::~MainWindow() = default;

QString MainWindow::demoDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/demo.db"_s;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(u"fileMenu"_s);
    file->addAction(tr("&New Database…"), QKeySequence::New, this, &MainWindow::newDatabase);
    file->addAction(tr("&Open Database…"), QKeySequence::Open, this, &MainWindow::openDatabaseFile);
    file->addAction(tr("&Connect to Server…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this,
                    &MainWindow::connectToServer);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addAction(tr("Open the &Demo Database"), this, [this] {
        if (QFile::exists(demoDatabasePath()))
            openDatabase(DatabaseSpec::sqlite(demoDatabasePath()));
        else
            createDemoDatabase(demoDatabasePath());
    });
    file->addSeparator();
    file->addAction(tr("&Import Calls…"), QKeySequence(Qt::CTRL | Qt::Key_I), this, [this] { importFiles(); })
        ->setObjectName(u"importAction"_s);
    file->addAction(tr("&Export Calls…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, &MainWindow::exportCalls)
        ->setObjectName(u"exportAction"_s);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close)->setObjectName(u"quitAction"_s);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"viewMenu"_s);
    QAction *refresh = view->addAction(tr("&Refresh"), QKeySequence::Refresh, this, [this] {
        if (m_model)
            m_model->refresh();
        if (m_dashboardModel && m_tabs->currentWidget() == m_dashboard)
            m_dashboardModel->refresh();
    });
    QAction *nextView = view->addAction(tr("&Next View"), QKeySequence::NextChild, this, [this] {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count());
    });
    refresh->setObjectName(u"refreshAction"_s);
    nextView->setObjectName(u"nextViewAction"_s);
    QAction *previousView = view->addAction(tr("&Previous View"), QKeySequence::PreviousChild, this, [this] {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count());
    });
    previousView->setObjectName(u"previousViewAction"_s);
    view->addAction(tr("&Calls"), QKeySequence(Qt::CTRL | Qt::Key_1), this, [this] { m_tabs->setCurrentWidget(m_filters->gridArea()); });
    view->addAction(tr("&Dashboard"), QKeySequence(Qt::CTRL | Qt::Key_2), this, [this] { m_tabs->setCurrentWidget(m_dashboard); });
    view->addAction(tr("Reset &Columns"), this, &MainWindow::resetColumns);
    view->addSeparator();
    m_filters->addActions(view);

    m_billing = new BillingController(this);
    menuBar()->addMenu(m_billing->menu());
    menuBar()->addMenu((new ConnectionsController(this))->menu());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"helpMenu"_s);
    help->addAction(tr("&About CDR Desk"), this, [this] {
        QMessageBox::about(this, tr("About CDR Desk"),
                           tr("<b>CDR Desk %1</b><p>A call detail record viewer and billing workstation.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::openInitialDatabase()
{
    const QString last = QSettings().value(u"database/last"_s).toString();
    if (!last.isEmpty()) {
        const Result<DatabaseSpec> spec = DatabaseSpec::parse(last);
        if (spec && !spec->isServer()) {
            openDatabase(*spec);
            return;
        }
        if (spec) {
            // A server store needs its password: from the keychain, else the person is asked.
            m_secrets->read(SecretStore::databaseKey(spec->toUrl()), [this, server = *spec](const QString &secret, const QString &) {
                if (secret.isEmpty()) {
                    m_databaseLabel->setText(tr("Not connected"));
                    connectToServer();
                    return;
                }
                DatabaseSpec withPassword = server;
                withPassword.password = secret;
                openDatabase(withPassword);
            });
            return;
        }
    }
    if (QFile::exists(demoDatabasePath()))
        openDatabase(DatabaseSpec::sqlite(demoDatabasePath()));
    else
        createDemoDatabase(demoDatabasePath());
}

void MainWindow::createDemoDatabase(const QString &path)
{
    if (m_opener->isBusy())
        return;
    m_progress = progressDialog(tr("Creating the demo database with %L1 calls…").arg(DemoCalls), int(DemoCalls),
                                u"demoProgress"_s);
    connect(m_progress, &QProgressDialog::canceled, m_opener, &StoreOpener::cancel);
    DemoOptions options;
    options.calls = DemoCalls;
    m_databaseLabel->setText(tr("Creating the demo database…"));
    m_opener->createDemo(path, options);
}

void MainWindow::openDatabase(const DatabaseSpec &spec, bool create)
{
    if (m_opener->isBusy())
        return;
    m_pendingSpec = spec;
    m_databaseLabel->setText(tr("Opening %1…").arg(spec.displayName()));
    m_opener->open(spec, create);
}

void MainWindow::showDatabase(const DatabaseSpec &spec)
{
    delete m_progress;
    m_progress = nullptr;
    if (m_model)
        saveViewState();
    delete m_model;
    m_model = new CallTableModel(spec, this);
    m_dashboard->setModel(nullptr);
    delete m_dashboardModel;
    m_dashboardModel = new DashboardModel(spec, this);
    m_dashboard->setModel(m_dashboardModel);
    CallFilter filter;
    filter.sort = u"start"_s;
    filter.descending = true;
    filter.start = m_dateBar->start();
    filter.end = m_dateBar->end();
    const QString savedSort = QSettings().value(u"grid/sort"_s).toString();
    if (CallFields::fromSortKey(savedSort)) {
        filter.sort = savedSort;
        filter.descending = QSettings().value(u"grid/descending"_s, true).toBool();
    }
    m_model->setFilter(m_filters->restoredFilter(spec, filter));
    m_view->setModel(m_model);
    restoreViewState();
    applyDisplaySettings();
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::syncDashboard);
    syncDashboard();
    m_filters->setModel(m_model);

    connect(m_model, &CallTableModel::countChanged, this, &MainWindow::updateStatus);
    connect(m_model, &CallTableModel::totalsChanged, this, &MainWindow::updateStatus);
    connect(m_model, &CallTableModel::errorOccurred, this, [this](const QString &message) {
        statusBar()->showMessage(message, 15000);
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const int row = m_view->currentIndex().row();
        if (row >= from.row() && row <= to.row())
            updateDetail();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::updateDetail);

    setWindowTitle(tr("CDR Desk — %1").arg(spec.displayName()));
    m_databaseLabel->setText(spec.displayName());
    rememberRecent(spec);
    if (m_rememberPassword && spec.isServer() && !spec.password.isEmpty()) {
        m_secrets->write(SecretStore::databaseKey(spec.toUrl()), spec.password, [this](const QString &error) {
            if (!error.isEmpty())
                statusBar()->showMessage(tr("The password was not remembered: %1").arg(error), 15000);
        });
    }
    m_rememberPassword = false;
    updateDetail();
    updateStatus();
    Q_EMIT databaseOpened(spec.displayName());
}

void MainWindow::onOpenFailed(const QString &message)
{
    delete m_progress;
    m_progress = nullptr;
    m_databaseLabel->setText(m_model ? m_model->databaseSpec().displayName() : tr("No database"));
    if (QApplication::platformName() != u"offscreen")
        QMessageBox::warning(this, tr("Cannot open the database"), message);
    statusBar()->showMessage(message, 30000);
    Q_EMIT databaseFailed(message);
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Database"), QString(),
                                                      tr("SQLite databases (*.db *.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFile::exists(path)) {
        QMessageBox::warning(this, tr("New Database"),
                             tr("%1 exists already. Use File › Open Database to open it.").arg(path));
        return;
    }
    openDatabase(DatabaseSpec::sqlite(path), true);
}

void MainWindow::openDatabaseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), QString(),
                                                      tr("SQLite databases (*.db *.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(DatabaseSpec::sqlite(path));
}

void MainWindow::connectToServer()
{
    ConnectDialog dialog(this);
    WindowGeometry::remember(&dialog);
    const Result<DatabaseSpec> last = DatabaseSpec::parse(QSettings().value(u"database/lastServer"_s).toString());
    if (last && last->isServer())
        dialog.setSpec(*last);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const DatabaseSpec spec = dialog.spec();
    QSettings().setValue(u"database/lastServer"_s, spec.toUrl());
    if (!spec.password.isEmpty()) {
        m_rememberPassword = dialog.rememberPassword();
        openDatabase(spec);
        return;
    }
    m_secrets->read(SecretStore::databaseKey(spec.toUrl()), [this, spec](const QString &secret, const QString &) {
        DatabaseSpec withPassword = spec;
        withPassword.password = secret;
        openDatabase(withPassword);
    });
}

void MainWindow::rememberRecent(const DatabaseSpec &spec)
{
    QSettings settings;
    QStringList recent = settings.value(u"database/recent"_s).toStringList();
    recent.removeAll(spec.toUrl());
    recent.prepend(spec.toUrl());
    while (recent.size() > MaxRecent)
        recent.removeLast();
    settings.setValue(u"database/recent"_s, recent);
    settings.setValue(u"database/last"_s, spec.toUrl());
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(u"database/recent"_s).toStringList();
    for (const QString &url : recent) {
        m_recentMenu->addAction(url, this, [this, url] {
            const Result<DatabaseSpec> spec = DatabaseSpec::parse(url);
            if (!spec)
                return;
            if (!spec->isServer()) {
                openDatabase(*spec);
                return;
            }
            m_secrets->read(SecretStore::databaseKey(url), [this, server = *spec](const QString &secret, const QString &) {
                if (secret.isEmpty()) {
                    QSettings().setValue(u"database/lastServer"_s, server.toUrl());
                    connectToServer();
                    return;
                }
                DatabaseSpec withPassword = server;
                withPassword.password = secret;
                openDatabase(withPassword);
            });
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::applyDateRange()
{
    QSettings().setValue(u"grid/dateRange"_s, m_dateBar->stateString());
    if (!m_model)
        return;
    CallFilter filter = m_model->filter();
    filter.start = m_dateBar->start();
    filter.end = m_dateBar->end();
    m_model->setFilter(filter);
}

void MainWindow::onHeaderClicked(int section)
{
    QHeaderView *header = m_view->horizontalHeader();
    if (!m_model || !CallFields::isSortable(CallField(section))) {
        if (m_model)
            header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        statusBar()->showMessage(tr("Calls cannot be sorted by %1.").arg(CallFields::title(CallField(section))), 5000);
        return;
    }
    // A new column sorts times and amounts newest/largest first, text A to Z; the same column flips.
    Qt::SortOrder order;
    if (section == m_model->sortColumn())
        order = m_model->sortOrder() == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    else
        order = CallFields::kind(CallField(section)) == FieldKind::Text ? Qt::AscendingOrder : Qt::DescendingOrder;
    applySort(section, order);
}

void MainWindow::applySort(int section, Qt::SortOrder order)
{
    QHeaderView *header = m_view->horizontalHeader();
    if (!m_model)
        return;
    m_model->sort(section, order);
    header->setSortIndicator(section, order);
    QSettings settings;
    settings.setValue(u"grid/sort"_s, CallFields::sortKey(CallField(section)));
    settings.setValue(u"grid/descending"_s, order == Qt::DescendingOrder);
}

void MainWindow::showHeaderMenu(const QPoint &position)
{
    QHeaderView *header = m_view->horizontalHeader();
    QMenu menu(this);
    menu.setObjectName(u"columnMenu"_s);
    for (CallField field : CallFields::all()) {
        QAction *action = menu.addAction(CallFields::title(field));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(int(field)));
        connect(action, &QAction::toggled, this, [this, header, field](bool shown) {
            header->setSectionHidden(int(field), !shown);
            saveViewState();
        });
    }
    menu.addSeparator();
    menu.addAction(tr("Reset Columns"), this, &MainWindow::resetColumns);
    menu.exec(header->mapToGlobal(position));
}

void MainWindow::resetColumns()
{
    // The default columns first, in their order, then the rest hidden in field order.
    QHeaderView *header = m_view->horizontalHeader();
    QList<CallField> order = defaultColumns;
    for (CallField field : CallFields::all()) {
        if (!order.contains(field))
            order.append(field);
    }
    const QFontMetrics metrics = m_view->fontMetrics();
    for (int visual = 0; visual < order.size(); ++visual) {
        const int section = int(order[visual]);
        header->moveSection(header->visualIndex(section), visual);
        header->setSectionHidden(section, !defaultColumns.contains(order[visual]));
        const FieldKind kind = CallFields::kind(order[visual]);
        static const QList<CallField> shortText = {CallField::Direction, CallField::Status, CallField::Currency,
                                                   CallField::CnumberCountry, CallField::Scustomer, CallField::Dcustomer};
        const QString sample = kind == FieldKind::Timestamp ? u"2026-12-31 23:59:59"_s
                             : kind == FieldKind::Duration || kind == FieldKind::Money ? u"00:00:00.00"_s
                             : shortText.contains(order[visual]) ? u"chanunavail"_s
                                                                 : u"+44 20 7946 0000"_s;
        const int title = metrics.horizontalAdvance(CallFields::title(order[visual]));
        header->resizeSection(section, qMax(metrics.horizontalAdvance(sample), title) + 24);
    }
    saveViewState();
}

void MainWindow::updateDetail()
{
    const int row = m_view->currentIndex().row();
    m_detail->setTimeZone(m_model ? m_model->displayTimeZone() : QTimeZone::systemTimeZone());
    m_detail->setRecord(m_model && row >= 0 ? m_model->record(row) : nullptr);
    m_billing->setCurrentCall(m_model && row >= 0 ? m_model->record(row) : nullptr);
}

void MainWindow::updateStatus()
{
    if (!m_model) {
        m_statusLabel->setText(tr("No database open"));
        return;
    }
    if (m_model->isCounting()) {
        m_statusLabel->setText(tr("Counting calls…"));
        return;
    }
    const QLocale locale;
    QString text = tr("%L1 calls").arg(m_model->rowCount());
    if (m_model->hasTotals()) {
        const CallTotals &totals = m_model->totals();
        QStringList costs;
        for (auto it = totals.costByCurrency.cbegin(); it != totals.costByCurrency.cend(); ++it)
            costs.append(tr("%1 %2").arg(it.value().toFixed(2), it.key()));
        const double asr = totals.calls ? 100.0 * double(totals.answered) / double(totals.calls) : 0.0;
        const qint64 acd = totals.answered ? totals.talkSeconds / totals.answered : 0;
        text = tr("%L1 calls · %L2 minutes · cost %3 · ASR %L4% · ACD %5")
                   .arg(totals.calls)
                   .arg(totals.talkSeconds / 60)
                   .arg(costs.isEmpty() ? u"0.00"_s : costs.join(u", "_s))
                   .arg(asr, 0, 'f', 1)
                   .arg(TimeUtil::formatDuration(acd));
    } else {
        text += tr(" · adding up…");
    }
    m_statusLabel->setText(text);
}

void MainWindow::saveViewState()
{
    QSettings settings;
    settings.setValue(u"grid/header"_s, m_view->horizontalHeader()->saveState());
}

void MainWindow::restoreViewState()
{
    QHeaderView *header = m_view->horizontalHeader();
    const QByteArray state = QSettings().value(u"grid/header"_s).toByteArray();
    if (state.isEmpty() || !header->restoreState(state) || header->count() != CallFields::Count)
        resetColumns();
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
}

void MainWindow::importFiles(const QStringList &files)
{
    if (!canStartTransfer())
        return;
    auto *dialog = new ImportDialog(this);
    WindowGeometry::remember(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFiles(files);
    dialog->setTimeZoneText(QSettings().value(u"transfer/importZone"_s, u"UTC"_s).toString());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Result<ImportOptions> options = dialog->options();
        if (!options || !m_model || m_transfer->isBusy())
            return;
        QSettings().setValue(u"transfer/importZone"_s, dialog->timeZoneText());
        showTransferProgress(tr("Importing %n file(s)…", nullptr, int(dialog->files().size())));
        m_transfer->importFiles(m_model->databaseSpec(), dialog->files(), *options);
    });
    dialog->open();
}

void MainWindow::exportCalls()
{
    if (!canStartTransfer())
        return;
    auto *dialog = new ExportDialog(this);
    WindowGeometry::remember(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QSettings settings;
    dialog->setPath(settings.value(u"transfer/exportPath"_s).toString());
    dialog->setTimeZoneText(settings.value(u"transfer/exportZone"_s, u"UTC"_s).toString());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Result<ExportOptions> options = dialog->options();
        if (!options || !m_model || m_transfer->isBusy())
            return;
        QSettings settings;
        settings.setValue(u"transfer/exportPath"_s, dialog->path());
        settings.setValue(u"transfer/exportZone"_s, dialog->timeZoneText());
        if (dialog->visibleColumnsOnly())
            options->columns = visibleColumns();
        showTransferProgress(tr("Exporting %L1 calls…").arg(m_model->rowCount()));
        m_transfer->exportCalls(m_model->databaseSpec(), dialog->path(), m_model->filter(), *options);
    });
    dialog->open();
}

QList<CallField> MainWindow::visibleColumns() const
{
    return m_filters->visibleColumns();
}

QProgressDialog *MainWindow::progressDialog(const QString &label, int maximum, const QString &objectName)
{
    auto *dialog = new QProgressDialog(label, tr("Cancel"), 0, maximum, this);
    dialog->setObjectName(objectName);
    dialog->setWindowTitle(tr("CDR Desk"));
    dialog->setMinimumDuration(300);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    return dialog;
}

bool MainWindow::canStartTransfer()
{
    if (m_model && !m_transfer->isBusy())
        return true;
    statusBar()->showMessage(m_model ? tr("An import or export is running.") : tr("Open a database first."), 5000);
    return false;
}

void MainWindow::showTransferProgress(const QString &label)
{
    m_transferProgress = progressDialog(label, 1000, u"transferProgress"_s);
    connect(m_transferProgress, &QProgressDialog::canceled, m_transfer, &TransferJob::cancel);
}

void MainWindow::onTransferFinished(const TransferSummary &summary)
{
    delete m_transferProgress;
    m_transferProgress = nullptr;
    // Files before a failed one were committed, so the grid shows them whatever happened.
    if (summary.kind == TransferSummary::Kind::Import && !summary.imported.isEmpty() && m_model)
        m_model->refresh();
    const QString message = summary.text();
    statusBar()->showMessage(message, summary.ok() ? 15000 : 30000);
    if (!summary.ok() && !summary.cancelled && QApplication::platformName() != u"offscreen")
        QMessageBox::warning(this, summary.kind == TransferSummary::Kind::Import ? tr("Import Calls") : tr("Export Calls"),
                             message);
    Q_EMIT transferFinished(message);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.cbegin(), urls.cend(), [](const QUrl &url) { return url.isLocalFile(); }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files.append(url.toLocalFile());
    }
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    importFiles(files);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    if (m_model)
        saveViewState();
    event->accept();
}

void MainWindow::addView(QWidget *view, const QString &title)
{
    m_tabs->addTab(view, title);
}

bool MainWindow::showView(const QString &name)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->objectName() == name) {
            m_tabs->setCurrentIndex(i);
            return true;
        }
    }
    if (auto *dock = findChild<QDockWidget *>(name)) {
        dock->show();
        dock->raise();
        return true;
    }
    if (auto *action = findChild<QAction *>(name)) {
        action->trigger();
        return true;
    }
    QWidget *widget = findChild<QWidget *>(name);
    for (QWidget *w = widget; w && w != this; w = w->parentWidget()) {
        // A tab page's parent is the tab widget's stack.
        if (auto *tabs = qobject_cast<QTabWidget *>(w->parentWidget() ? w->parentWidget()->parentWidget() : nullptr))
            tabs->setCurrentWidget(w);
        if (auto *dock = qobject_cast<QDockWidget *>(w)) {
            dock->show();
            dock->raise();
        }
    }
    return widget != nullptr;
}

bool MainWindow::isViewReady(const QString &name) const
{
    if (name == m_dashboard->objectName())
        return m_dashboardModel && !m_dashboardModel->isLoading();
    if (name == u"invoiceReviewView")
        return m_billing->invoicesView()->openInvoice().has_value();
    return true;
}

void MainWindow::syncDashboard()
{
    // The dashboard follows the grid's filter, computed only while it is shown.
    if (m_model && m_dashboardModel && m_tabs->currentWidget() == m_dashboard)
        m_dashboardModel->setFilter(m_model->filter());
}

void MainWindow::createEditActions()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    menuBar()->insertMenu(menuBar()->actions().value(1), edit);
    QAction *copy = edit->addAction(tr("&Copy Rows"), QKeySequence::Copy, this, &MainWindow::copySelectedRows);
    copy->setObjectName(u"copyRowsAction"_s);
    copy->setToolTip(tr("Copy the selected calls as tab-separated text with a header"));
    m_view->addAction(copy);
    m_view->installEventFilter(new CopyRowsKey(this, [this] { copySelectedRows(); }));
    edit->addSeparator();
    QAction *settings = edit->addAction(tr("&Settings…"), QKeySequence::Preferences, this, &MainWindow::openSettings);
    settings->setObjectName(u"settingsAction"_s);
    if (settings->shortcut().isEmpty())
        settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));

    // The grid's context menu: copy, and the file actions that work on what it shows.
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_view->addAction(separator);
    for (QAction *action : menuBar()->actions().constFirst()->menu()->actions()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E) || action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I))
            m_view->addAction(action);
    }
}

bool MainWindow::copySelectedRows()
{
    if (!m_model || !m_view->selectionModel())
        return false;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows.append(m_view->currentIndex());
    if (rows.size() > MaxCopiedRows) {
        statusBar()->showMessage(tr("%L1 calls are too many to copy; use File › Export Calls.").arg(rows.size()), 10000);
        return false;
    }
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<const CallRecord *> records;
    for (const QModelIndex &index : std::as_const(rows)) {
        const CallRecord *record = m_model->record(index.row());
        if (!record) {
            statusBar()->showMessage(tr("Some selected calls are still loading; copy again in a moment."), 8000);
            return false;
        }
        records.append(record);
    }
    if (records.isEmpty())
        return false;
    QGuiApplication::clipboard()->setText(TsvText::fromRecords(records, visibleColumns(), m_model->displayTimeZone()));
    statusBar()->showMessage(tr("Copied %n call(s).", nullptr, int(records.size())), 5000);
    return true;
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const DisplaySettings before = DisplaySettings::load();
    dialog->setDisplaySettings(before);
    dialog->setCompanyDetails(CompanyDetails::load());
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] {
        const DisplaySettings after = dialog->displaySettings();
        after.save();
        dialog->companyDetails().save();
        if (after.theme != before.theme)
            Appearance::applyTheme(after.theme);
        if (after.language != before.language) {
            Appearance::applyLanguage(after.language);
            statusBar()->showMessage(tr("The new language shows fully when CDR Desk starts again."), 10000);
        }
        applyDisplaySettings();
    });
    dialog->open();
}

void MainWindow::applyDisplaySettings()
{
    const DisplaySettings settings = DisplaySettings::load();
    const QTimeZone zone = settings.zone();
    m_dateBar->setTimeZone(zone);
    if (m_model) {
        m_model->setDisplayTimeZone(zone);
        m_model->setMoneyDisplay(settings);
    }
    if (m_dashboardModel)
        m_dashboardModel->setTimeZone(zone);
    m_dashboard->setMoneyDisplay(settings);
    if (m_billing)
        m_billing->invoicesView()->setMoneyDisplay(settings);
    updateDetail();
}
