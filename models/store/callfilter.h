#pragma once

#include "core/callfield.h"
#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// How a text filter compares (spec 001's smatch/cmatch/dmatch/callername_match).
enum class MatchMode { Contains, Start, End, Exact };

// One text filter: any of `values` matches (none when `negate`). No values = no condition.
// Whether `match` applies depends on the parameter (CallFilter::textParameters()): the
// exact-only ones (callid, stype, status …) always compare whole values. In number filters
// (snumber, cnumber, dnumber) a value starting with `_` is an Asterisk dial pattern that must
// match the whole number (see DialPattern); `match` does not apply to it.
struct TextFilter
{
    QStringList values;
    MatchMode match = MatchMode::Contains;
    bool negate = false;

    bool isActive() const { return !values.isEmpty(); }
    friend bool operator==(const TextFilter &, const TextFilter &) = default;
};

// Whose calls (spec 001 `customer`). A call belongs to a customer when that customer is its
// scustomer or its dcustomer.
enum class CustomerScope {
    All,       // every customer under the operator's own (the default)
    Own,       // the operator's own customer (DatabaseSpec::ownCustomer; default the system root)
    Id,        // customerId, with its descendants when `recurse`
    External,  // customers billed externally / postpaid / prepaid under the operator's
    Postpaid,
    Prepaid,
    System,    // every call
};

// Which calls to show and in what order: every Enswitch cdrs/list parameter (spec 001), the
// voip.ms getCDR filters (spec 002), Kazoo's alternate fields (spec 003) and a quick search,
// with the semantics of DESIGN.md § Filters. A plain value: FilterSql turns it into bound SQL,
// toParameters()/fromParameters() into the parameter map saved views and the CLI use.
struct CallFilter
{
    // --- spec 001 (cdrs/list) ---
    std::optional<qint64> start;  // calls whose start is >= start …
    std::optional<qint64> end;    // … and < end; unset = unbounded
    bool archive = false;         // 1 to include archived calls, 0 not to
    TextFilter callername;        // callername_number + callername_match on sname, case-insensitive
    TextFilter callid;            // exact
    CustomerScope customer = CustomerScope::All;
    qint64 customerId = 0;        // with CustomerScope::Id
    bool recurse = false;         // with CustomerScope::Id: the customer's descendants too
    TextFilter direction;         // exact: in, out, internal
    qint64 invoice = 0;           // 0 = any
    qint64 peer = 0;              // 0 = any
    TextFilter phone;             // exact
    TextFilter status;            // exact, Enswitch vocabulary (answer busy cancel …)
    qint64 talktimeMinimum = 0;
    qint64 talktimeMaximum = -1;  // -1 = no limit
    TextFilter stype, snumber;    // snumber with smatch
    TextFilter ctype, cnumber;    // cnumber with cmatch
    TextFilter dtype, dnumber;    // dnumber with dmatch
    QString sort = QStringLiteral("start");
    bool descending = false;
    qint64 limit = 0;             // 0 = all
    qint64 offset = 0;

    // --- voip.ms (spec 002 getCDR) ---
    QStringList statuses;         // answered noanswer busy failed; empty = all (see statusesVocabulary)
    QString callbilling;          // "" (all), "free" (cost = 0) or "billed" (cost > 0)
    QString calltype;             // "" (all), "incoming", "outgoing", or a DID (the called number)
    TextFilter account;           // exact, the accountcode

    // --- Kazoo alternate fields (spec 003) ---
    TextFilter areacode;          // E.164 prefix digits (1212, 4420) of the calling or called number
    TextFilter sipfrom;           // from_uri in extra (with match)
    TextFilter sipto;             // to_uri in extra (with match)
    TextFilter ip;                // an IP address anywhere in extra (delimited, not a substring of another)

    // --- numbers understood (libphonenumber, computed when a call is stored) ---
    TextFilter scountry, ccountry, dcountry;           // ISO 3166 code of the number's country (GB)
    TextFilter snumbertype, cnumbertype, dnumbertype;  // NumberAnalyzer::kinds(): fixed mobile …
    TextFilter cregion;                                // the called number's region (the geocoder's, as London)

    // --- quick search ---
    QString search;               // any number (as written) or caller name (case-insensitive), contains

    // The field behind `sort`; start when the key is not one of the 19 (validate() says so).
    CallField sortField() const;
    // Checks every field; the error starts with the parameter's name ("smatch: …"), as spec
    // 001's 400 responses carry a key and a message.
    Result<void> validate() const;
    // True when no condition restricts the set (order, limit and offset aside).
    bool isUnfiltered() const;
    // One translated line for the GUI: "start ≥ 2026-11-01 00:00 · snumber starts 44 · …";
    // empty when unfiltered. Times in UTC.
    QString summary() const;

    // The parameters that differ from the defaults, by their spec names ("snumber", "smatch",
    // "snumber_not", "start" as Unix seconds …); list values joined by commas (a comma inside
    // a value doubled). fromParameters() reads them back and validates; unknown keys are errors.
    QMap<QString, QString> toParameters() const;
    static Result<CallFilter> fromParameters(const QMap<QString, QString> &parameters);
    QJsonObject toJson() const;
    static Result<CallFilter> fromJson(const QJsonObject &object);

    // Every text filter by parameter name, in the order of the spec documents, for builders,
    // the CLI and the GUI panel. `matchKey` is empty for exact-only filters.
    struct TextParameter
    {
        const char16_t *key;       // "snumber"
        const char16_t *matchKey;  // "smatch", or u"" when always exact
        TextFilter CallFilter::*member;
        bool numbers;              // accepts dial patterns
    };
    static const QList<TextParameter> &textParameters();
    // The suffix of a text filter's negation parameter: "snumber" + "_not".
    static QString negationKey(QStringView key);

    // "contains" "start" "end" "exact".
    static QString matchName(MatchMode mode);
    static std::optional<MatchMode> matchFromName(QStringView name);
    // "all" "own" "external" "postpaid" "prepaid" "system", or the ID.
    QString customerName() const;
    // The status values of a voip.ms status name (answered → answer; noanswer → noanswer,
    // cancel; busy → busy; failed → error, congestion, chanunavail); empty when unknown.
    static QStringList statusesVocabulary(QStringView voipmsStatus);
    // Splits "a,b,,c" into {"a", "b,c"} (a doubled comma is a comma), trimming each value and
    // dropping empty ones; joinValues() is its inverse.
    static QStringList splitValues(QStringView text);
    static QString joinValues(const QStringList &values);

    friend bool operator==(const CallFilter &, const CallFilter &) = default;
};
