#include "invoicereviewview.h"

#include "core/timeutil.h"
#include "viewstate.h"

#include <QBrush>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const QBrush Flagged(QColor(255, 224, 178));

QTableWidget *table(const QString &name, const QString &accessible, const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setAccessibleName(accessible);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void fill(QTableWidget *t, int row, const QStringList &cells, int firstNumber, bool flagged)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells[column]);
        if (column >= firstNumber)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (flagged)
            item->setBackground(Flagged);
        t->setItem(row, column, item);
    }
}

QString difference(Money rerated, Money billed)
{
    return rerated.minus(billed).value_or(Money()).toString(2);
}

} // namespace

InvoiceReviewView::InvoiceReviewView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_calls(table(u"reviewCallTable"_s, tr("Calls of the invoice, billed and re-rated"),
                    {tr("Flag"), tr("Start (UTC)"), tr("Unique id"), tr("Number"), tr("Destination"), tr("Billed"),
                     tr("Re-rated"), tr("Difference")},
                    this))
    , m_destinations(table(u"reviewDestinationTable"_s, tr("Sums per destination"),
                           {tr("Destination"), tr("Calls"), tr("Differing"), tr("Billed"), tr("Re-rated"), tr("Difference")},
                           this))
{
    setObjectName(u"invoiceReviewView"_s);
    setAccessibleName(tr("Invoice review"));
    m_summary->setObjectName(u"reviewSummaryLabel"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_destinations);
    splitter->addWidget(m_calls);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    ViewState::restoreHeader(m_calls->horizontalHeader(), u"invoiceReview/calls"_s);
    ViewState::restoreHeader(m_destinations->horizontalHeader(), u"invoiceReview/destinations"_s);
}

InvoiceReviewView::~InvoiceReviewView()
{
    ViewState::saveHeader(m_calls->horizontalHeader(), u"invoiceReview/calls"_s);
    ViewState::saveHeader(m_destinations->horizontalHeader(), u"invoiceReview/destinations"_s);
}

void InvoiceReviewView::setMoneyDisplay(const DisplaySettings &display)
{
    m_money = display;
    if (m_review)
        setReview(*m_review);
}

void InvoiceReviewView::setReview(const InvoiceReview &review)
{
    m_review = review;
    const auto money = [this, &review](const Money &amount) {
        return m_money.formatMoney(amount, review.invoice.currency);
    };
    m_summary->setText(review.differing == 0
        ? tr("Invoice %1 (%2): all %n call(s) re-rate to what was billed, %3.", nullptr, int(review.calls.size()))
              .arg(review.invoice.id).arg(review.invoice.customerName, money(review.billed))
        : tr("Invoice %1 (%2): <b>%n call(s) differ</b>; billed %3, re-rated %4, difference %5.", nullptr,
             int(review.differing))
              .arg(review.invoice.id)
              .arg(review.invoice.customerName.toHtmlEscaped(), money(review.billed), money(review.rerated),
                   money(review.difference)));
    m_calls->setRowCount(int(review.calls.size()));
    for (int row = 0; row < review.calls.size(); ++row) {
        const ReviewCall &call = review.calls[row];
        fill(m_calls, row,
             {call.differs ? tr("differs") : QString(), TimeUtil::formatIso(call.start), call.uniqueid, call.number,
              call.destination, call.billed.toString(2), call.rerated.toString(2), difference(call.rerated, call.billed)},
             5, call.differs);
    }
    m_destinations->setRowCount(int(review.destinations.size()));
    for (int row = 0; row < review.destinations.size(); ++row) {
        const ReviewDestination &d = review.destinations[row];
        fill(m_destinations, row,
             {d.destination, QString::number(d.calls), QString::number(d.differing), d.billed.toString(2),
              d.rerated.toString(2), d.difference.toString(2)},
             1, d.differing > 0);
    }
}
