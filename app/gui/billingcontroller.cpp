#include "billingcontroller.h"

#include "createcalldialog.h"
#include "billing/customerstore.h"
#include "explainpanel.h"
#include "invoicesview.h"
#include "itemmodels/calltablemodel.h"
#include "mainwindow.h"
#include "ratelookupview.h"
#include "reratedialog.h"
#include "resellerview.h"
#include "store/storejob.h"
#include "whatifview.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace {

// What the loader hands over: the decks and the customer tree the explain panel charges along.
struct LoadedDecks
{
    std::shared_ptr<const DeckSet> decks;
    std::shared_ptr<const CustomerTree> customers;
};

} // namespace

BillingController::BillingController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_menu(new QMenu(tr("&Billing"), window))
    , m_loader(new StoreJob(this))
    , m_lookup(new RateLookupView(window))
    , m_explain(new ExplainPanel(window))
    , m_invoices(new InvoicesView(window))
    , m_resellers(new ResellerView(window))
{
    setObjectName(u"billingController"_s);
    m_menu->setObjectName(u"billingMenu"_s);
    m_loader->setObjectName(u"deckLoader"_s);
    m_lookupDock = addDock(m_lookup, tr("Rate lookup"), u"rateLookupDock"_s);
    m_explainDock = addDock(m_explain, tr("Explain this charge"), u"explainDock"_s);
    m_invoicesDock = addDock(m_invoices, tr("Invoices"), u"invoicesDock"_s);
    m_resellersDock = addDock(m_resellers, tr("Resellers and clients"), u"resellersDock"_s);
    // Drill down: the grid shows the chosen customer's calls, its clients' too.
    connect(m_resellers, &ResellerView::showCallsRequested, this, [this](qint64 customerId) {
        CallTableModel *model = m_window->callModel();
        if (!model)
            return;
        CallFilter filter = model->filter();
        filter.customer = CustomerScope::Id;
        filter.customerId = customerId;
        filter.recurse = true;
        model->setFilter(filter);
    });

    QAction *lookup = m_menu->addAction(tr("Rate &Lookup"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), this,
                                        &BillingController::showLookup);
    lookup->setObjectName(u"rateLookupAction"_s);
    QAction *explain = m_menu->addAction(tr("&Explain This Charge"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X),
                                         this, &BillingController::explainCurrentCall);
    explain->setObjectName(u"explainAction"_s);
    m_menu->addSeparator();
    QAction *rerate = m_menu->addAction(tr("&Re-rate Calls…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this,
                                        &BillingController::rerateCalls);
    rerate->setObjectName(u"rerateAction"_s);
    QAction *whatIf = m_menu->addAction(tr("&What-if Re-rating…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W),
                                        this, &BillingController::whatIf);
    whatIf->setObjectName(u"whatIfAction"_s);
    m_menu->addSeparator();
    QAction *create = m_menu->addAction(tr("&Create Call…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this,
                                        &BillingController::createCall);
    create->setObjectName(u"createCallAction"_s);
    QAction *invoices = m_menu->addAction(tr("&Invoices"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), this,
                                          &BillingController::showInvoices);
    invoices->setObjectName(u"invoicesAction"_s);
    QAction *resellers = m_menu->addAction(tr("Re&sellers and Clients"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
                                           this, &BillingController::showResellers);
    resellers->setObjectName(u"resellersAction"_s);
    m_menu->addSeparator();
    m_menu->addAction(tr("Reload Rate &Decks"), this, &BillingController::reloadDecks)->setObjectName(u"reloadDecksAction"_s);

    connect(m_loader, &StoreJob::finished, this, &BillingController::onDecksLoaded);
    connect(window, &MainWindow::databaseOpened, this, &BillingController::onDatabaseOpened);
}

void BillingController::onDatabaseOpened()
{
    reloadDecks();
    const DatabaseSpec &spec = m_window->callModel()->databaseSpec();
    m_invoices->setDatabase(spec);
    m_resellers->setDatabase(spec);
    CallTableModel *model = m_window->callModel();
    connect(m_invoices, &InvoicesView::invoicesChanged, model, &CallTableModel::refresh, Qt::UniqueConnection);
}

void BillingController::raise(QDockWidget *dock)
{
    dock->show();
    dock->raise();
}

BillingController::~BillingController() = default;

QDockWidget *BillingController::addDock(QWidget *view, const QString &title, const QString &objectName)
{
    auto *dock = new QDockWidget(title, m_window);
    dock->setObjectName(objectName);
    dock->setWidget(view);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
    return dock;
}

void BillingController::reloadDecks()
{
    CallTableModel *model = m_window->callModel();
    if (!model)
        return;
    if (m_loader->isBusy()) {
        // A store opened while the last one's decks were loading: load again once that ends.
        m_loader->cancel();
        m_loader->wait();
    }
    m_window->statusBar()->showMessage(tr("Loading the rate decks…"), 5000);
    m_loader->start(model->databaseSpec(), [](Database &database, const ProgressCallback &progress) -> Result<std::any> {
        Result<DeckSet> decks = DeckSet::load(database, progress);
        if (!decks)
            return Error{decks.error()};
        Result<CustomerTree> customers = CustomerStore(database).tree();
        if (!customers)
            return Error{customers.error()};
        return std::any(LoadedDecks{std::make_shared<const DeckSet>(std::move(*decks)),
                                    std::make_shared<const CustomerTree>(std::move(*customers))});
    });
}

void BillingController::onDecksLoaded()
{
    const auto *loaded = m_loader->value<LoadedDecks>();
    if (!loaded) {
        if (!m_loader->wasCancelled())
            m_window->statusBar()->showMessage(tr("The rate decks could not be loaded: %1").arg(m_loader->error()), 30000);
        return;
    }
    m_decks = loaded->decks;
    m_lookup->setDecks(m_decks);
    m_explain->setCustomers(loaded->customers);
    m_explain->setDecks(m_decks);
    m_window->statusBar()->showMessage(tr("%n rate deck(s) loaded.", nullptr, int(m_decks->decks().size())), 5000);
    Q_EMIT decksLoaded();
}

void BillingController::setCurrentCall(const CallRecord *call)
{
    m_explain->setCall(call);
}

void BillingController::showLookup()
{
    raise(m_lookupDock);
    m_lookup->findChild<QWidget *>(u"lookupNumberEdit"_s)->setFocus();
}

void BillingController::explainCurrentCall()
{
    raise(m_explainDock);
}

void BillingController::showInvoices()
{
    raise(m_invoicesDock);
}

void BillingController::showResellers()
{
    raise(m_resellersDock);
}

void BillingController::createCall()
{
    CallTableModel *model = m_window->callModel();
    if (!model) {
        m_window->statusBar()->showMessage(tr("Open a database first."), 5000);
        return;
    }
    auto *dialog = new CreateCallDialog(model->databaseSpec(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateCallDialog::callCreated, model, &CallTableModel::refresh);
    connect(dialog, &CreateCallDialog::callCreated, m_invoices, &InvoicesView::refresh);
    Q_EMIT createCallOpened(dialog);
    dialog->open();
}

void BillingController::whatIf()
{
    CallTableModel *model = m_window->callModel();
    if (!model || !m_decks) {
        m_window->statusBar()->showMessage(model ? tr("The rate decks are still loading.") : tr("Open a database first."), 5000);
        return;
    }
    auto *dialog = new WhatIfView(m_decks, model->databaseSpec(), model->filter(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void BillingController::rerateCalls()
{
    CallTableModel *model = m_window->callModel();
    if (!model || !m_decks) {
        m_window->statusBar()->showMessage(model ? tr("The rate decks are still loading.") : tr("Open a database first."), 5000);
        return;
    }
    auto *dialog = new RerateDialog(m_decks, model->databaseSpec(), model->filter(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RerateDialog::callsRated, model, &CallTableModel::refresh);
    connect(dialog, &RerateDialog::callsRated, m_resellers, &ResellerView::refresh);
    dialog->open();
}
