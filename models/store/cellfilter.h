#pragma once

#include "callfilter.h"
#include "core/callfield.h"

#include <QVariant>

#include <optional>

// "Filter by this value" and "Exclude this value" on a cell of the call grid: the filter
// narrowed to (or away from) the cell's value. Numbers and names match exactly; excluding
// a second value of the same field excludes both.
namespace CellFilter {

enum class Mode { Keep, Exclude };

// Whether the field's value can narrow a filter that way (customers, peer, invoice and talk
// time can be kept but not excluded; times and money not at all).
[[nodiscard]] bool supports(CallField field, Mode mode);

// `filter` narrowed by the cell; nullopt when supports() is false or the value is 0 where
// spec 001 reads 0 as "any" (peer, invoice, customer). `value` is the store's
// raw value (CallTableModel::RawValueRole).
[[nodiscard]] std::optional<CallFilter> narrowed(const CallFilter &filter, CallField field,
                                                 const QVariant &value, Mode mode);

// Every leg of the call with this callid: only the callid condition, archived legs included,
// the rest of `filter` (order, time range) kept.
[[nodiscard]] CallFilter legsOf(const CallFilter &filter, const QString &callid);

} // namespace CellFilter
