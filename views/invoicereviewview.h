#pragma once

#include "core/displaysettings.h"

#include <optional>

#include "billing/invoicereview.h"

#include <QWidget>

class QLabel;
class QTableWidget;

// The invoice review (issue 6, part 6): the calls of an invoice with the billed cost beside
// the cost re-rated now, differing calls flagged, and the sums per destination, so an operator
// sees at a glance whether the invoice is right. Shows an InvoiceReview computed elsewhere.
class InvoiceReviewView : public QWidget
{
    Q_OBJECT

public:
    explicit InvoiceReviewView(QWidget *parent = nullptr);
    ~InvoiceReviewView() override;

    void setReview(const InvoiceReview &review);
    // How the summary's amounts show with their currency (the tables show plain amounts).
    void setMoneyDisplay(const DisplaySettings &display);

private:
    DisplaySettings m_money;  // how amounts are written
    std::optional<InvoiceReview> m_review;
    QLabel *m_summary;
    QTableWidget *m_calls;
    QTableWidget *m_destinations;
};
