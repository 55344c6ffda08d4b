#pragma once

#include "core/callfield.h"

#include <QList>
#include <QString>

class QTimeZone;

// Calls as tab-separated text for the clipboard: a header of column titles, then one line per
// call, each cell as the grid shows it, but amounts plain (no currency display: a spreadsheet
// reads them as numbers; the Currency column has the code). Tabs and line breaks inside a
// value become spaces, so a spreadsheet pastes one call per row.
namespace TsvText {

[[nodiscard]] QString fromRecords(const QList<const CallRecord *> &records, const QList<CallField> &columns,
                                  const QTimeZone &zone);

} // namespace TsvText
