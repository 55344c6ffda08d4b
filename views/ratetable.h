#pragma once

#include "billing/deckset.h"

#include <QStringList>

class QTableWidget;
class QWidget;

// The columns the billing views show for a rate row, so every table reads the same.
namespace RateTable {

// Deck, currency, prefix, destination, rate, subsequent rate, increments, fee, effective.
[[nodiscard]] QStringList headers();
// Fills row `row` of `table` (which has headers()' columns) with `found`; an unmatched deck
// shows "no prefix matches" in the prefix column.
void fillRow(QTableWidget *table, int row, const DeckSet &decks, const DeckRow &found);
// A table with headers()' columns, read-only, sortable off, named `objectName`.
[[nodiscard]] QTableWidget *create(const QString &objectName, const QString &accessibleName, QWidget *parent);

} // namespace RateTable
