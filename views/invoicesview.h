#pragma once

#include "core/displaysettings.h"

#include "billing/customertree.h"
#include "billing/invoice.h"
#include "billing/invoicereview.h"
#include "store/databasespec.h"

#include <QWidget>

#include <functional>
#include <optional>

class Database;
class InvoiceReviewView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;
class StoreJob;

// Invoices (issue 6, part 5): the list, generating a draft for a customer and period, opening
// one (its lines), issuing, voiding, exporting as PDF or CSV, and its review (part 6). Every
// database step runs in a worker (InvoiceStore, InvoiceReview); the view then shows the list,
// the open invoice and its review as the worker found them.
class InvoicesView : public QWidget
{
    Q_OBJECT

public:
    explicit InvoicesView(QWidget *parent = nullptr);
    ~InvoicesView() override;

    void setDatabase(const DatabaseSpec &spec);
    // How amounts show with their currency (list, lines, status and review).
    void setMoneyDisplay(const DisplaySettings &display);
    [[nodiscard]] StoreJob *job() const { return m_job; }
    [[nodiscard]] const QList<Invoice> &invoices() const { return m_state.invoices; }
    [[nodiscard]] const std::optional<Invoice> &openInvoice() const { return m_state.open; }
    [[nodiscard]] QString statusText() const;

    // What the buttons do, for the menu and tests.
    void generate(qint64 customer, qint64 start, qint64 end);
    void openInvoiceById(qint64 id);
    void issueOpen();
    void voidOpen();
    // Write the open invoice; errors go to the status line. Return whether the file was written.
    bool exportPdf(const QString &path);
    bool exportCsv(const QString &path);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // An invoice was issued or voided (calls were bound or unbound).
    void invoicesChanged();

private:
    DisplaySettings m_money;  // how amounts are written
    struct State
    {
        CustomerTree customers;
        QList<Invoice> invoices;
        std::optional<Invoice> open;
        std::optional<InvoiceReview> review;
        QString message;
        bool callsRebound = false; // issued or voided
    };
    // Does one thing in the worker, setting the message (and openId to the invoice to show).
    using Step = std::function<Result<void>(Database &database, State &state, qint64 &openId)>;

    void run(qint64 openId, Step step);
    void onFinished();
    void showState();
    void exportAs(bool pdf);

    DatabaseSpec m_spec;
    StoreJob *m_job;
    State m_state;
    QComboBox *m_customer;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_generate;
    QTableWidget *m_list;
    QTabWidget *m_tabs;
    QTableWidget *m_lines;
    InvoiceReviewView *m_review;
    QPushButton *m_issue;
    QPushButton *m_void;
    QPushButton *m_pdf;
    QPushButton *m_csv;
    QLabel *m_status;
};
