#pragma once

#include "core/result.h"

#include <QStringList>

class QSqlDatabase;
class SqlDialect;

// The store's tables, their versions and the forward migrations between them. Version 1 holds
// the calls; version 2 adds customers and rate decks; version 3 the decks' rating rules and the
// calls' rated costs; version 4 the case-folded caller names; version 5 the grid's saved views;
// version 6 provider connections and their sync cursors; version 7 invoices, their lines and
// named tax rates; version 8 the type and region of the calling number and everything about the
// destination number; version 9 the dashboard's roll-ups (Rollups). A database newer than the
// program is refused untouched.
namespace Schema {

constexpr int CurrentVersion = 9;

// 0 for an empty database (no tables of ours).
Result<int> version(QSqlDatabase &db, const SqlDialect &dialect);

// Brings the database to `target` (default: current) inside a transaction per step.
Result<void> migrate(QSqlDatabase &db, const SqlDialect &dialect, int target = CurrentVersion);

// The secondary indexes of the calls table: bulk loads drop them and build them after the load.
QStringList callIndexNames();
// The index of `calls` whose first column is `column` ("start" → idx_calls_start); empty if none.
QString callIndexLeadingWith(const QString &column);
Result<void> dropCallIndexes(QSqlDatabase &db, const SqlDialect &dialect);
Result<void> createCallIndexes(QSqlDatabase &db, const SqlDialect &dialect);

} // namespace Schema
