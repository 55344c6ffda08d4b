#include "invoicesview.h"

#include "core/companydetails.h"
#include "billing/customerstore.h"
#include "billing/invoicedocument.h"
#include "billing/invoicestore.h"
#include "core/timeutil.h"
#include "invoicereviewview.h"
#include "store/storejob.h"
#include "viewstate.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QTableWidget *table(const QString &name, const QString &accessible, const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setAccessibleName(accessible);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells, int firstNumber)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells[column]);
        if (column >= firstNumber)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        t->setItem(row, column, item);
    }
}

QString day(qint64 at)
{
    return TimeUtil::formatIso(at).left(10);
}

qint64 utcMidnight(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

} // namespace

InvoicesView::InvoicesView(QWidget *parent)
    : QWidget(parent)
    , m_job(new StoreJob(this))
    , m_customer(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_generate(new QPushButton(tr("&Generate Draft"), this))
    , m_list(table(u"invoiceTable"_s, tr("Invoices"),
                   {tr("Id"), tr("Customer"), tr("From"), tr("Until"), tr("Status"), tr("Calls"), tr("Subtotal"),
                    tr("Taxes"), tr("Total"), tr("Currency")},
                   this))
    , m_tabs(new QTabWidget(this))
    , m_lines(table(u"invoiceLineTable"_s, tr("Lines of the open invoice"),
                    {tr("Kind"), tr("Description"), tr("Prefixes"), tr("Calls"), tr("Minutes"), tr("Rate"), tr("Amount")},
                    this))
    , m_review(new InvoiceReviewView(this))
    , m_issue(new QPushButton(tr("&Issue"), this))
    , m_void(new QPushButton(tr("&Void"), this))
    , m_pdf(new QPushButton(tr("Export &PDF…"), this))
    , m_csv(new QPushButton(tr("Export &CSV…"), this))
    , m_status(new QLabel(this))
{
    setObjectName(u"invoicesView"_s);
    setAccessibleName(tr("Invoices"));
    m_customer->setObjectName(u"invoiceCustomerCombo"_s);
    m_customer->setAccessibleName(tr("Customer to invoice"));
    // The last whole month by default.
    const QDate first = QDate::currentDate().addMonths(-1);
    m_from->setObjectName(u"invoiceFromEdit"_s);
    m_from->setAccessibleName(tr("Period from (UTC)"));
    m_from->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_from->setCalendarPopup(true);
    m_from->setDate(QDate(first.year(), first.month(), 1));
    m_to->setObjectName(u"invoiceToEdit"_s);
    m_to->setAccessibleName(tr("Period until, exclusive (UTC)"));
    m_to->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_to->setCalendarPopup(true);
    m_to->setDate(m_from->date().addMonths(1));
    m_generate->setObjectName(u"generateInvoiceButton"_s);
    m_tabs->setObjectName(u"invoiceTabs"_s);
    m_tabs->addTab(m_lines, tr("&Lines"));
    m_tabs->addTab(m_review, tr("&Review"));
    m_issue->setObjectName(u"issueInvoiceButton"_s);
    m_void->setObjectName(u"voidInvoiceButton"_s);
    m_pdf->setObjectName(u"exportInvoicePdfButton"_s);
    m_csv->setObjectName(u"exportInvoiceCsvButton"_s);
    m_status->setObjectName(u"invoiceStatusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *generateRow = new QHBoxLayout;
    generateRow->addWidget(new QLabel(tr("Customer:"), this));
    generateRow->addWidget(m_customer, 1);
    generateRow->addWidget(new QLabel(tr("from"), this));
    generateRow->addWidget(m_from);
    generateRow->addWidget(new QLabel(tr("until"), this));
    generateRow->addWidget(m_to);
    generateRow->addWidget(m_generate);
    auto *actions = new QHBoxLayout;
    for (QPushButton *button : {m_issue, m_void, m_pdf, m_csv})
        actions->addWidget(button);
    actions->addStretch(1);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(actions);
    bottomLayout->addWidget(m_tabs, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(bottom);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(generateRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    ViewState::restoreHeader(m_list->horizontalHeader(), u"invoices/list"_s);
    ViewState::restoreHeader(m_lines->horizontalHeader(), u"invoices/lines"_s);
    connect(m_job, &StoreJob::finished, this, &InvoicesView::onFinished);
    connect(m_generate, &QPushButton::clicked, this, [this] {
        generate(m_customer->currentData().toLongLong(), utcMidnight(m_from->date()), utcMidnight(m_to->date()));
    });
    connect(m_list, &QTableWidget::itemSelectionChanged, this, [this] {
        const QList<QTableWidgetItem *> selected = m_list->selectedItems();
        if (selected.isEmpty())
            return;
        const qint64 id = m_list->item(selected.first()->row(), 0)->text().toLongLong();
        if (!m_state.open || m_state.open->id != id)
            openInvoiceById(id);
    });
    connect(m_issue, &QPushButton::clicked, this, &InvoicesView::issueOpen);
    connect(m_void, &QPushButton::clicked, this, &InvoicesView::voidOpen);
    connect(m_pdf, &QPushButton::clicked, this, [this] { exportAs(true); });
    connect(m_csv, &QPushButton::clicked, this, [this] { exportAs(false); });
    showState();
}

InvoicesView::~InvoicesView()
{
    m_job->wait();
    ViewState::saveHeader(m_list->horizontalHeader(), u"invoices/list"_s);
    ViewState::saveHeader(m_lines->horizontalHeader(), u"invoices/lines"_s);
}

QString InvoicesView::statusText() const
{
    return m_status->text();
}

void InvoicesView::setDatabase(const DatabaseSpec &spec)
{
    m_spec = spec;
    m_state = {};
    refresh();
}

void InvoicesView::setMoneyDisplay(const DisplaySettings &display)
{
    m_money = display;
    m_review->setMoneyDisplay(display);
    showState();
}

void InvoicesView::refresh()
{
    run(m_state.open ? m_state.open->id : 0, [](Database &, State &, qint64 &) -> Result<void> { return {}; });
}

void InvoicesView::generate(qint64 customer, qint64 start, qint64 end)
{
    run(0, [customer, start, end, money = m_money](Database &database, State &state, qint64 &openId) -> Result<void> {
        Result<Invoice> invoice = InvoiceStore(database).generate(customer, start, end);
        if (!invoice)
            return Error{invoice.error()};
        openId = invoice->id;
        state.message = tr("Draft invoice %1 generated: %2.").arg(invoice->id).arg(money.formatMoney(invoice->total, invoice->currency));
        return {};
    });
}

void InvoicesView::openInvoiceById(qint64 id)
{
    run(id, [](Database &, State &, qint64 &) -> Result<void> { return {}; });
}

void InvoicesView::issueOpen()
{
    if (!m_state.open)
        return;
    run(m_state.open->id, [](Database &database, State &state, qint64 &openId) -> Result<void> {
        Result<Invoice> invoice = InvoiceStore(database).issue(openId);
        if (!invoice)
            return Error{invoice.error()};
        state.message = tr("Invoice %1 issued: its calls are bound to it and locked from re-rating.").arg(openId);
        state.callsRebound = true;
        return {};
    });
}

void InvoicesView::voidOpen()
{
    if (!m_state.open)
        return;
    run(m_state.open->id, [](Database &database, State &state, qint64 &openId) -> Result<void> {
        Result<Invoice> invoice = InvoiceStore(database).voidInvoice(openId);
        if (!invoice)
            return Error{invoice.error()};
        state.message = tr("Invoice %1 voided: its calls are free again.").arg(openId);
        state.callsRebound = true;
        return {};
    });
}

void InvoicesView::run(qint64 openId, Step step)
{
    if (m_spec.displayName().isEmpty() || m_job->isBusy())
        return;
    m_status->setText(tr("Working…"));
    setEnabled(false);
    m_job->start(m_spec, [openId, step](Database &database, const ProgressCallback &) -> Result<std::any> {
        State state;
        qint64 id = openId;
        if (Result<void> done = step(database, state, id); !done)
            return Error{done.error()};
        Result<CustomerTree> customers = CustomerStore(database).tree();
        if (!customers)
            return Error{customers.error()};
        state.customers = *customers;
        InvoiceStore store(database);
        Result<QList<Invoice>> invoices = store.list();
        if (!invoices)
            return Error{invoices.error()};
        state.invoices = *invoices;
        if (id) {
            Result<Invoice> open = store.load(id);
            if (!open)
                return Error{open.error()};
            state.open = *open;
            Result<InvoiceReview> review = InvoiceReview::compute(database, id);
            if (!review)
                return Error{review.error()};
            state.review = *review;
        }
        return std::any(state);
    });
}

void InvoicesView::onFinished()
{
    setEnabled(true);
    const auto *state = m_job->value<State>();
    if (!state) {
        m_status->setText(m_job->error());
        return;
    }
    m_state = *state;
    showState();
    if (m_state.callsRebound)
        Q_EMIT invoicesChanged();
}

void InvoicesView::showState()
{
    const qint64 customer = m_customer->currentData().toLongLong();
    {
        const QSignalBlocker blocker(m_customer);
        m_customer->clear();
        for (const Customer &c : m_state.customers.customers()) {
            if (c.role != u"system")
                m_customer->addItem(tr("%1 (%2, #%3)").arg(c.name, c.role).arg(c.id), c.id);
        }
        m_customer->setCurrentIndex(qMax(0, m_customer->findData(customer)));
    }
    {
        const QSignalBlocker blocker(m_list);
        m_list->setRowCount(int(m_state.invoices.size()));
        for (int row = 0; row < m_state.invoices.size(); ++row) {
            const Invoice &i = m_state.invoices[row];
            setRow(m_list, row,
                   {QString::number(i.id), i.customerName, day(i.periodStart), day(i.periodEnd), i.status,
                    QString::number(i.calls()), m_money.formatMoney(i.subtotal, i.currency),
                    m_money.formatMoney(i.taxTotal, i.currency), m_money.formatMoney(i.total, i.currency),
                    i.currency},
                   5);
            if (m_state.open && m_state.open->id == i.id)
                m_list->selectRow(row);
        }
    }
    const Invoice *open = m_state.open ? &*m_state.open : nullptr;
    m_lines->setRowCount(open ? int(open->lines.size()) : 0);
    for (int row = 0; open && row < open->lines.size(); ++row) {
        const InvoiceLine &line = open->lines[row];
        setRow(m_lines, row,
               {line.kind, line.description, line.prefix, line.isTax() ? QString() : QString::number(line.quantity),
                line.isTax() ? QString() : QString::number(line.seconds / 60.0, 'f', 2),
                line.isTax() ? tr("%1 %").arg(line.rate.toString(2)) : QString(),
                m_money.formatMoney(line.amount, open->currency)},
               3);
    }
    if (m_state.review)
        m_review->setReview(*m_state.review);
    m_issue->setEnabled(open && open->status == u"draft");
    m_void->setEnabled(open && open->status != u"void");
    m_pdf->setEnabled(open);
    m_csv->setEnabled(open);
    m_generate->setEnabled(m_customer->count() > 0);
    if (!m_state.message.isEmpty())
        m_status->setText(m_state.message);
    else if (open)
        m_status->setText(tr("Invoice %1 for %2, %3 – %4: %5, total %6.")
                              .arg(open->id)
                              .arg(open->customerName, day(open->periodStart), day(open->periodEnd), open->status,
                                   m_money.formatMoney(open->total, open->currency)));
    else
        m_status->setText(tr("%n invoice(s).", nullptr, int(m_state.invoices.size())));
}

bool InvoicesView::exportPdf(const QString &path)
{
    if (!m_state.open)
        return false;
    QSettings settings;
    const Result<void> written = InvoiceDocument::writePdf(*m_state.open, CompanyDetails::load(settings), path);
    m_status->setText(written ? tr("Wrote %1.").arg(path) : written.error());
    return bool(written);
}

bool InvoicesView::exportCsv(const QString &path)
{
    if (!m_state.open)
        return false;
    const Result<void> written = InvoiceDocument::writeCsv(*m_state.open, path);
    m_status->setText(written ? tr("Wrote %1.").arg(path) : written.error());
    return bool(written);
}

void InvoicesView::exportAs(bool pdf)
{
    if (!m_state.open)
        return;
    const QString suggested = ViewState::value(u"invoices/exportDir"_s) + u"/invoice-%1.%2"_s.arg(m_state.open->id).arg(pdf ? u"pdf"_s : u"csv"_s);
    const QString path = QFileDialog::getSaveFileName(this, pdf ? tr("Export Invoice as PDF") : tr("Export Invoice as CSV"),
                                                      suggested, pdf ? tr("PDF files (*.pdf)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    ViewState::saveValue(u"invoices/exportDir"_s, QFileInfo(path).absolutePath());
    if (pdf)
        exportPdf(path);
    else
        exportCsv(path);
}
