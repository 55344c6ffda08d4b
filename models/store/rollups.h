#pragma once

#include <QString>
#include <QStringList>

class SqlDialect;

// Roll-ups of the calls for the dashboard, kept by triggers on `calls` and `call_charges`, so
// every write path (import, sync, created calls, re-rating, deletes, and any added later)
// maintains them inside its own transaction. Each table holds sums per time granule and group,
// for all calls and, beside them, for the archived ones (so "hide archived" is a subtraction):
// - rollup_halfhours:    half hour (start - start % 1800) × status: calls, talk time;
// - rollup_destinations: UTC day × called country, region, currency: calls, talk time, cost;
// - rollup_customers:    UTC day × scustomer, currency: calls, cost (the revenue);
// - rollup_reseller:     UTC day × scustomer, charge currency: reseller charges, their cost.
// A group whose calls are all gone keeps a row of zeros; readers skip rows without calls.
namespace Rollups {

constexpr qint64 HalfHour = 1800;
constexpr qint64 Day = 86400;

// The tables and triggers, then the sums of the calls already stored (schema migration).
QStringList creationStatements(const SqlDialect &dialect);

// The SQLite trigger that adds each inserted call to the roll-ups. A writer of many calls may set
// it aside inside its own transaction and add its new calls with addCallsBetween() instead
// (CallWriter does): one statement per roll-up for thousands of calls, and an INSERT without a
// trigger needs no statement journal. It leaves out the reseller charges, which the trigger
// would sum for the new call: the program writes a call's charges after the call (rating,
// created calls), and their own trigger adds them.
QString callInsertTrigger();

// Statements that add the calls whose id lies between the two bound values (inclusive) to the
// call roll-ups, as the insert trigger would have added each of them.
QStringList addCallsBetween(const SqlDialect &dialect);

} // namespace Rollups
