#include "ratetable.h"

#include "core/timeutil.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RateTable", text);
}

QString period(const RateRow &row)
{
    const QString from = row.effectiveFrom > 0 ? TimeUtil::formatIso(row.effectiveFrom).left(10) : tr("always");
    const QString to = row.effectiveTo ? TimeUtil::formatIso(*row.effectiveTo).left(10) : tr("open");
    return tr("%1 – %2").arg(from, to);
}

} // namespace

namespace RateTable {

QStringList headers()
{
    return {tr("Deck"), tr("Currency"), tr("Prefix"), tr("Destination"), tr("Rate/min"), tr("Then/min"),
            tr("Increments"), tr("Connection fee"), tr("Effective")};
}

void fillRow(QTableWidget *table, int row, const DeckSet &decks, const DeckRow &found)
{
    const RateDeck &deck = decks.decks().at(found.deck);
    QStringList cells = {deck.name(), deck.currency()};
    if (found.row) {
        const RateRow &r = *found.row;
        cells << r.prefix << r.destination << r.rate.toString(4)
              << (r.subsequentRate ? r.subsequentRate->toString(4) : QString())
              << tr("%1/%2").arg(r.initialIncrement).arg(r.subsequentIncrement) << r.connectionFee.toString(4)
              << period(r);
    } else {
        cells << tr("no prefix matches");
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
