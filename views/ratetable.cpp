#include "ratetable.h"

#include "core/timeutil.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace {

QString period(const RateRow &row)
{
    const QString from = row.effectiveFrom > 0 ? TimeUtil::formatIso(row.effectiveFrom).left(10) : QCoreApplication::translate("RateTable", "always");
    const QString to = row.effectiveTo ? TimeUtil::formatIso(*row.effectiveTo).left(10) : QCoreApplication::translate("RateTable", "open");
    return QCoreApplication::translate("RateTable", "%1 – %2").arg(from, to);
}

} // namespace

namespace RateTable {

QStringList headers()
{
    return {QCoreApplication::translate("RateTable", "Deck"), QCoreApplication::translate("RateTable", "Currency"), QCoreApplication::translate("RateTable", "Prefix"), QCoreApplication::translate("RateTable", "Destination"), QCoreApplication::translate("RateTable", "Rate/min"), QCoreApplication::translate("RateTable", "Then/min"),
            QCoreApplication::translate("RateTable", "Increments"), QCoreApplication::translate("RateTable", "Connection fee"), QCoreApplication::translate("RateTable", "Effective")};
}

void fillRow(QTableWidget *table, int row, const DeckSet &decks, const DeckRow &found)
{
    const RateDeck &deck = decks.decks().at(found.deck);
    QStringList cells = {deck.name(), deck.currency()};
    if (found.row) {
        const RateRow &r = *found.row;
        cells << r.prefix << r.destination << r.rate.toString(4)
              << (r.subsequentRate ? r.subsequentRate->toString(4) : QString())
              << QCoreApplication::translate("RateTable", "%1/%2").arg(r.initialIncrement).arg(r.subsequentIncrement) << r.connectionFee.toString(4)
              << period(r);
    } else {
        cells << QCoreApplication::translate("RateTable", "no prefix matches");
    }
    for (int column = 0; column < table->columnCount(); ++column) {
        auto *item = new QTableWidgetItem(cells.value(column));
        if (column >= 4 && column <= 7)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, column, item);
    }
}

QTableWidget *create(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers().size()), parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers());
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace RateTable
