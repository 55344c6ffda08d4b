#include "callfilter.h"

#include <QCoreApplication>

CallField CallFilter::sortField() const
{
    return CallFields::fromSortKey(sort).value_or(CallField::Start);
}

Result<void> CallFilter::validate() const
{
    auto tr = [](const char *text) { return QCoreApplication::translate("CallFilter", text); };
    if (!CallFields::fromSortKey(sort))
        return Error{tr("sort: \"%1\" is not a sort field; use one of %2.")
                         .arg(sort, CallFields::sortKeys().join(u", "))};
    if (start && end && *end < *start)
        return Error{tr("end: the end of the range is before its start.")};
    if (limit < 0)
        return Error{tr("limit: must be 0 (all) or more.")};
    if (offset < 0)
        return Error{tr("offset: must be 0 or more.")};
    return {};
}
