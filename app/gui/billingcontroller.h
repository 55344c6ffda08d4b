#pragma once

#include "billing/deckset.h"

#include <QObject>

#include <memory>

class ExplainPanel;
class InvoicesView;
class ResellerView;
class MainWindow;
class CreateCallDialog;
class QDockWidget;
class QMenu;
class RateLookupView;
class StoreJob;
struct CallRecord;

// Wires the billing views into the main window: the Billing menu, the rate lookup and
// "explain this charge" docks, and the dialogs started from the menu. It loads the open
// store's decks in a worker whenever a store opens (or the decks are reloaded) and hands the
// views the same read-only DeckSet. The main window only creates it and tells it the
// selected call; everything else is here and in the views.
class BillingController : public QObject
{
    Q_OBJECT

public:
    explicit BillingController(MainWindow *window);
    ~BillingController() override;

    [[nodiscard]] QMenu *menu() const { return m_menu; }
    [[nodiscard]] std::shared_ptr<const DeckSet> decks() const { return m_decks; }
    [[nodiscard]] StoreJob *deckLoader() const { return m_loader; }
    [[nodiscard]] RateLookupView *lookupView() const { return m_lookup; }
    [[nodiscard]] ExplainPanel *explainPanel() const { return m_explain; }
    [[nodiscard]] InvoicesView *invoicesView() const { return m_invoices; }
    [[nodiscard]] ResellerView *resellerView() const { return m_resellers; }

    void setCurrentCall(const CallRecord *call);

public Q_SLOTS:
    void reloadDecks();
    void showLookup();
    void explainCurrentCall();
    void rerateCalls();
    void whatIf();
    void createCall();
    void showInvoices();
    void showResellers();

Q_SIGNALS:
    void decksLoaded();
    // A Create Call dialog was opened (the providers add "Create on Enswitch" to it).
    void createCallOpened(CreateCallDialog *dialog);

private:
    QDockWidget *addDock(QWidget *view, const QString &title, const QString &objectName);
    void onDecksLoaded();
    void onDatabaseOpened();
    static void raise(QDockWidget *dock);

    MainWindow *m_window;
    QMenu *m_menu;
    StoreJob *m_loader;
    std::shared_ptr<const DeckSet> m_decks;
    RateLookupView *m_lookup;
    ExplainPanel *m_explain;
    InvoicesView *m_invoices;
    ResellerView *m_resellers;
    QDockWidget *m_lookupDock;
    QDockWidget *m_explainDock;
    QDockWidget *m_invoicesDock;
    QDockWidget *m_resellersDock;
};
