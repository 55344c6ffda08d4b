#pragma once

#include "core/callfield.h"
#include "core/result.h"

#include <QString>

#include <optional>

// Which calls to show and in what order, named after Enswitch's cdrs/list parameters (spec 001).
// The filters issue widens it to every parameter; the store turns it into bound SQL.
struct CallFilter
{
    std::optional<qint64> start;  // calls whose start is >= start …
    std::optional<qint64> end;    // … and < end; unset = unbounded
    bool archive = false;         // spec 001: 1 to include archived calls, 0 not to
    QString sort = QStringLiteral("start");
    bool descending = false;
    qint64 limit = 0;             // 0 = all
    qint64 offset = 0;

    // The field behind `sort`; start when the key is not one of the 19 (validate() says so).
    CallField sortField() const;
    Result<void> validate() const;

    friend bool operator==(const CallFilter &, const CallFilter &) = default;
};
