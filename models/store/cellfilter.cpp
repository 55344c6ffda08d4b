#include "cellfilter.h"

using namespace Qt::StringLiterals;

namespace {

// The text filter that holds values of this field, or nullptr.
TextFilter CallFilter::*textMember(CallField field)
{
    switch (field) {
    case CallField::Snumber:
        return &CallFilter::snumber;
    case CallField::Cnumber:
        return &CallFilter::cnumber;
    case CallField::Dnumber:
        return &CallFilter::dnumber;
    case CallField::Sname:
        return &CallFilter::callername;
    case CallField::Stype:
        return &CallFilter::stype;
    case CallField::Ctype:
        return &CallFilter::ctype;
    case CallField::Dtype:
        return &CallFilter::dtype;
    case CallField::Callid:
        return &CallFilter::callid;
    case CallField::Phone:
        return &CallFilter::phone;
    case CallField::Status:
        return &CallFilter::status;
    case CallField::Direction:
        return &CallFilter::direction;
    case CallField::Accountcode:
        return &CallFilter::account;
    default:
        return nullptr;
    }
}

bool keepOnly(CallField field)
{
    static const QList<CallField> fields = {CallField::Scustomer, CallField::Dcustomer, CallField::Peer,
                                            CallField::Invoice, CallField::Talktime};
    return fields.contains(field);
}

} // namespace

namespace CellFilter {

bool supports(CallField field, Mode mode)
{
    return textMember(field) || (mode == Mode::Keep && keepOnly(field));
}

std::optional<CallFilter> narrowed(const CallFilter &filter, CallField field, const QVariant &value, Mode mode)
{
    if (!supports(field, mode))
        return std::nullopt;
    CallFilter result = filter;
    if (TextFilter CallFilter::*member = textMember(field)) {
        TextFilter &text = result.*member;
        const QString cell = value.toString();
        if (mode == Mode::Exclude && text.negate && text.match == MatchMode::Exact) {
            if (!text.values.contains(cell))
                text.values.append(cell);
        } else {
            text.values = {cell};
        }
        text.match = MatchMode::Exact;
        text.negate = mode == Mode::Exclude;
        return result;
    }
    const qint64 number = value.toLongLong();
    if (number == 0 && field != CallField::Talktime)
        return std::nullopt;  // 0 means "any" for these parameters
    switch (field) {
    case CallField::Scustomer:
    case CallField::Dcustomer:
        result.customer = CustomerScope::Id;
        result.customerId = number;
        result.recurse = false;
        break;
    case CallField::Peer:
        result.peer = number;
        break;
    case CallField::Invoice:
        result.invoice = number;
        break;
    case CallField::Talktime:
        result.talktimeMinimum = number;
        result.talktimeMaximum = number;
        break;
    default:
        return std::nullopt;
    }
    return result;
}

CallFilter legsOf(const CallFilter &filter, const QString &callid)
{
    CallFilter legs;
    legs.start = filter.start;
    legs.end = filter.end;
    legs.sort = filter.sort;
    legs.descending = filter.descending;
    legs.archive = true;
    legs.customer = CustomerScope::System;
    legs.callid.values = {callid};
    legs.callid.match = MatchMode::Exact;
    return legs;
}

} // namespace CellFilter
