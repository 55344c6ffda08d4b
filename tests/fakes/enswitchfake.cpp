#include "enswitchfake.h"

#include "core/money.h"
#include "demo/demoplan.h"
#include "fakecalls.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// The envelope of every answer; `key` names the parameter a 400 is about.
FakeResponse envelope(int code, const QString &key, const QString &message, const QByteArray &data = {})
{
    const QJsonObject response{{u"code"_s, QString::number(code)}, {u"key"_s, key}, {u"message"_s, message}};
    QByteArray body = R"({"responses":[)" + FakeCalls::compact(response) + "]";
    if (!data.isNull())
        body += R"(,"data":[)" + data + ']';
    body += '}';
    // Envelope codes 200/201/204 travel in an HTTP 200 (a 204 could carry no envelope); the
    // failures are also the HTTP status.
    return FakeResponse::raw(code < 300 ? 200 : code, "application/json", body);
}

FakeResponse invalid(const QString &key, const QString &message)
{
    return envelope(400, key, message);
}

std::optional<qint64> integer(const QHash<QString, QString> &parameters, const QString &name, qint64 fallback)
{
    if (!parameters.contains(name))
        return fallback;
    bool ok = false;
    const qint64 value = parameters.value(name).trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

const DemoPlan::Customer *customer(qint64 id)
{
    for (const DemoPlan::Customer &c : DemoPlan::customers()) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

bool isUnder(qint64 id, qint64 ancestor)
{
    for (const DemoPlan::Customer *c = customer(id); c; c = customer(c->parentId)) {
        if (c->id == ancestor)
            return true;
    }
    return false;
}

QJsonObject rowObject(const CallRecord &call)
{
    return {
        {u"uniqueid"_s, call.uniqueid}, {u"callid"_s, call.callid}, {u"machine"_s, call.machine},
        {u"start"_s, call.start}, {u"end"_s, call.end}, {u"scustomer"_s, call.scustomer},
        {u"dcustomer"_s, call.dcustomer}, {u"stype"_s, call.stype}, {u"snumber"_s, call.snumber},
        {u"sname"_s, call.sname}, {u"spresent"_s, call.spresent}, {u"ctype"_s, call.ctype},
        {u"cnumber"_s, call.cnumber}, {u"dtype"_s, call.dtype}, {u"dnumber"_s, call.dnumber},
        {u"phone"_s, call.phone}, {u"peer"_s, call.peer}, {u"status"_s, call.status},
        {u"direction"_s, call.direction}, {u"media"_s, call.media.isEmpty() ? u"voice"_s : call.media},
        {u"channel"_s, call.channel}, {u"cost"_s, call.cost.toString(2)}, {u"currency"_s, call.currency},
        {u"invoice"_s, call.invoice}, {u"taxes"_s, call.taxes}, {u"time"_s, call.time},
        {u"messages"_s, call.messages}, {u"ingroup_time"_s, call.ingroupTime},
        {u"outgroup_time"_s, call.outgroupTime}, {u"talktime"_s, call.talktime},
        {u"totaltime"_s, call.totaltime}, {u"note"_s, call.note}, {u"recording"_s, call.recording},
    };
}

bool matches(const QString &value, const QString &wanted, const QString &mode, Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    if (wanted.isEmpty())
        return true;
    if (mode == u"exact")
        return value.compare(wanted, cs) == 0;
    if (mode == u"start")
        return value.startsWith(wanted, cs);
    if (mode == u"end")
        return value.endsWith(wanted, cs);
    return value.contains(wanted, cs);
}

const QStringList &sortFields()
{
    static const QStringList fields = {
        u"callid"_s, u"cnumber"_s, u"cost"_s, u"ctype"_s, u"dcustomer"_s, u"direction"_s, u"dnumber"_s,
        u"dtype"_s, u"end"_s, u"name"_s, u"peer"_s, u"scustomer"_s, u"snumber"_s, u"start"_s,
        u"status"_s, u"stype"_s, u"talktime"_s, u"totaltime"_s, u"uniqueid"_s};
    return fields;
}

// Compares two rows on an Enswitch sort field: text by code point, numbers and money by value.
int compareField(const QJsonObject &a, const QJsonObject &b, const QString &field)
{
    const QString key = field == u"name" ? u"sname"_s : field;
    const QJsonValue x = a.value(key), y = b.value(key);
    if (key == u"cost") {
        const Money mx = Money::parse(x.toString()).value_or(Money()), my = Money::parse(y.toString()).value_or(Money());
        return mx < my ? -1 : my < mx ? 1 : 0;
    }
    if (x.isDouble()) {
        const qint64 ix = x.toInteger(), iy = y.toInteger();
        return ix < iy ? -1 : ix > iy ? 1 : 0;
    }
    return x.toString().compare(y.toString());
}

} // namespace

EnswitchFake::EnswitchFake(const FakeOptions &options)
    : m_options(options)
{
    m_rows.reserve(options.calls);
    FakeCalls::generate(options, [this](const CallRecord &call, qint64) {
        m_rows.append({call.start, call.scustomer, call.dcustomer, call.archived, FakeCalls::compact(rowObject(call))});
    });
}

FakeResponse EnswitchFake::handle(const QHttpServerRequest &request)
{
    const Parameters parameters = FakeCalls::parameters(request);
    QString function = request.url().path();
    if (!function.startsWith(u"/api/json/"_s))
        return FakeResponse::raw(404, "text/plain", "Not Found\n");
    function = function.mid(10);
    while (function.endsWith(u'/'))
        function.chop(1);
    if (function != u"cdrs/list" && function != u"cdrs/create")
        return envelope(404, u"function"_s, u"Unknown function %1."_s.arg(function));
    if (parameters.value(u"auth_username"_s) != m_options.user
        || parameters.value(u"auth_password"_s) != m_options.password || !parameters.contains(u"auth_username"_s))
        return envelope(401, QString(), u"The authentication details provided are invalid."_s);
    if (function == u"cdrs/create") {
        if (!m_options.roles.contains(u"system"_s))
            return envelope(402, QString(), u"Your role does not allow this."_s);
        return create(parameters);
    }
    if (!m_options.roles.contains(u"cdrs"_s) && !m_options.roles.contains(u"callshop"_s))
        return envelope(402, QString(), u"Your role does not allow this."_s);
    if (m_options.ratePlanDenies)
        return envelope(403, QString(), u"Your rate plan does not allow this."_s);
    return list(parameters);
}

FakeResponse EnswitchFake::list(const Parameters &p) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QHash<QString, qint64> ints;
    static const QList<QPair<QString, qint64>> intDefaults = {
        {u"start"_s, 0}, {u"end"_s, -1}, {u"archive"_s, 0}, {u"invoice"_s, 0}, {u"limit"_s, 0},
        {u"offset"_s, 0}, {u"peer"_s, 0}, {u"recurse"_s, 0}, {u"talktime_maximum"_s, -1},
        {u"talktime_minimum"_s, 0}, {u"descending"_s, 0}};
    for (const auto &[name, fallback] : intDefaults) {
        const auto value = integer(p, name, fallback);
        if (!value)
            return invalid(name, u"\"%1\" is not an integer."_s.arg(p.value(name)));
        ints.insert(name, *value);
    }
    if (!p.contains(u"end"_s))
        ints[u"end"_s] = now.toSecsSinceEpoch();
    for (const QString &name : {u"limit"_s, u"offset"_s}) {
        if (ints.value(name) < 0)
            return invalid(name, u"Must not be negative."_s);
    }
    static const QStringList modes = {u"contains"_s, u"end"_s, u"exact"_s, u"start"_s};
    for (const QString &name : {u"callername_match"_s, u"smatch"_s, u"cmatch"_s, u"dmatch"_s}) {
        if (p.contains(name) && !modes.contains(p.value(name)))
            return invalid(name, u"Must be contains, end, exact or start."_s);
    }
    const QString direction = p.value(u"direction"_s);
    if (!direction.isEmpty() && direction != u"in" && direction != u"out" && direction != u"internal")
        return invalid(u"direction"_s, u"Must be in, internal or out."_s);
    const QString sort = p.value(u"sort"_s, u"start"_s);
    if (!sortFields().contains(sort))
        return invalid(u"sort"_s, u"Unknown sort field \"%1\"."_s.arg(sort));

    // Which customers' calls: see spec 001, "The customer field may have the following values".
    const qint64 owner = m_options.ownerCustomer;
    const QString customerValue = p.value(u"customer"_s);
    QSet<qint64> customers;
    bool ok = false;
    const qint64 customerId = customerValue.toLongLong(&ok);
    if (!p.contains(u"customer"_s)) {
        customers.insert(owner);
    } else if (ok) {
        if (!customer(customerId) || !isUnder(customerId, owner))
            return invalid(u"customer"_s, u"No customer %1 under yours."_s.arg(customerId));
        for (const DemoPlan::Customer &c : DemoPlan::customers()) {
            if (c.id == customerId || (ints.value(u"recurse"_s) == 1 && isUnder(c.id, customerId)))
                customers.insert(c.id);
        }
    } else if (customerValue == u"all" || customerValue == u"external" || customerValue == u"postpaid"
               || customerValue == u"prepaid" || customerValue == u"system") {
        for (const DemoPlan::Customer &c : DemoPlan::customers()) {
            const bool under = customerValue == u"system" || (c.id != owner && isUnder(c.id, owner));
            if (under && (customerValue == u"all" || customerValue == u"system" || c.billing == customerValue))
                customers.insert(c.id);
        }
    } else {
        return invalid(u"customer"_s, u"Must be a customer ID, all, external, postpaid, prepaid or system."_s);
    }
    const QString costCustomer = p.value(u"cost_customer"_s);
    qint64 costCustomerId = owner;
    if (!costCustomer.isEmpty() && costCustomer != u"scustomer" && costCustomer != u"card") {
        costCustomerId = costCustomer.toLongLong(&ok);
        if (!ok || !customer(costCustomerId))
            return invalid(u"cost_customer"_s, u"Must be scustomer, card or a customer ID."_s);
    }

    const qint64 start = ints.value(u"start"_s), end = ints.value(u"end"_s);
    const auto first = std::lower_bound(m_rows.begin(), m_rows.end(), start,
                                        [](const Row &row, qint64 t) { return row.start < t; });
    QList<QJsonObject> selected;
    for (auto it = first; it != m_rows.end() && it->start < end; ++it) {
        if (it->archived && ints.value(u"archive"_s) != 1)
            continue;
        if (!customers.contains(it->scustomer) && !customers.contains(it->dcustomer))
            continue;
        const QJsonObject row = QJsonDocument::fromJson(it->json).object();
        const auto text = [&row](const QString &key) { return row.value(key).toString(); };
        const auto exact = [&p, &text](const QString &key) {
            return p.value(key).isEmpty() || text(key) == p.value(key);
        };
        const qint64 talktime = row.value(u"talktime"_s).toInteger();
        const qint64 maximum = ints.value(u"talktime_maximum"_s);
        if (!exact(u"callid"_s) || !exact(u"phone"_s) || !exact(u"status"_s) || !exact(u"stype"_s)
            || !exact(u"ctype"_s) || !exact(u"dtype"_s) || !exact(u"direction"_s)
            || (ints.value(u"peer"_s) && row.value(u"peer"_s).toInteger() != ints.value(u"peer"_s))
            || (ints.value(u"invoice"_s) && row.value(u"invoice"_s).toInteger() != ints.value(u"invoice"_s))
            || talktime < ints.value(u"talktime_minimum"_s) || (maximum != -1 && talktime > maximum)
            || !matches(text(u"snumber"_s), p.value(u"snumber"_s), p.value(u"smatch"_s))
            || !matches(text(u"cnumber"_s), p.value(u"cnumber"_s), p.value(u"cmatch"_s))
            || !matches(text(u"dnumber"_s), p.value(u"dnumber"_s), p.value(u"dmatch"_s))
            || !matches(text(u"sname"_s), p.value(u"callername_number"_s), p.value(u"callername_match"_s),
                        Qt::CaseInsensitive))
            continue;
        selected.append(row);
    }
    const bool descending = ints.value(u"descending"_s) == 1;
    // Ties keep start order (stable), reversed with the rest when descending.
    std::stable_sort(selected.begin(), selected.end(), [&sort](const QJsonObject &a, const QJsonObject &b) {
        return compareField(a, b, sort) < 0;
    });
    if (descending)
        std::reverse(selected.begin(), selected.end());
    const qint64 offset = qMin<qint64>(ints.value(u"offset"_s), selected.size());
    const qint64 limit = ints.value(u"limit"_s) == 0 ? selected.size() - offset
                                                       : qMin<qint64>(ints.value(u"limit"_s), selected.size() - offset);
    QByteArray data = "";
    for (qint64 i = offset; i < offset + limit; ++i) {
        QJsonObject row = selected[i];
        // Costs are the cost to `cost_customer`: the caller's customer and the resellers above
        // it see the call's cost; anyone else (and calling cards, which the fake has none of) 0.
        const qint64 payer = row.value(u"scustomer"_s).toInteger();
        const bool sees = costCustomer == u"scustomer" || (costCustomer != u"card" && isUnder(payer, costCustomerId));
        if (!sees)
            row.insert(u"cost"_s, u"0.00"_s);
        if (i > offset)
            data += ',';
        data += FakeCalls::compact(row);
    }
    return envelope(200, QString(), u"OK"_s, data);
}

FakeResponse EnswitchFake::create(const Parameters &p)
{
    for (const QString &name : {u"uniqueid"_s, u"machine"_s, u"start"_s, u"scustomer"_s}) {
        if (p.value(name).isEmpty())
            return invalid(name, u"Required parameter missing."_s);
    }
    QHash<QString, qint64> ints;
    static const QStringList intNames = {
        u"start"_s, u"scustomer"_s, u"spresent"_s, u"dcustomer"_s, u"end"_s, u"ingroup_time"_s, u"invoice"_s,
        u"messages"_s, u"outgroup_time"_s, u"peer"_s, u"talktime"_s, u"time"_s, u"totaltime"_s,
        u"update_balance"_s, u"update_invoices"_s, u"validation"_s};
    for (const QString &name : intNames) {
        const auto value = integer(p, name, 0);
        if (!value)
            return invalid(name, u"\"%1\" is not an integer."_s.arg(p.value(name)));
        ints.insert(name, *value);
    }
    const qint64 start = ints.value(u"start"_s);
    const qint64 end = p.contains(u"end"_s) ? ints.value(u"end"_s) : start;
    if (end < start)
        return invalid(u"end"_s, u"End is before start."_s);
    if (!customer(ints.value(u"scustomer"_s)))
        return invalid(u"scustomer"_s, u"No such customer."_s);
    const qint64 dcustomer = p.contains(u"dcustomer"_s) ? ints.value(u"dcustomer"_s) : ints.value(u"scustomer"_s);
    if (dcustomer != 0 && !customer(dcustomer))
        return invalid(u"dcustomer"_s, u"No such customer."_s);
    for (const QString &name : {u"update_balance"_s, u"update_invoices"_s, u"validation"_s}) {
        if (p.contains(name) && ints.value(name) != 0 && ints.value(name) != 1)
            return invalid(name, u"Must be 0 or 1."_s);
    }
    for (const QString &name : {u"talktime"_s, u"totaltime"_s, u"time"_s, u"messages"_s}) {
        if (ints.value(name) < 0)
            return invalid(name, u"Must not be negative."_s);
    }
    const QString media = p.value(u"media"_s, u"voice"_s);
    if (media != u"voice" && media != u"fax" && media != u"message")
        return invalid(u"media"_s, u"Must be fax, message or voice."_s);
    static const QStringList statuses = {u"answer"_s, u"busy"_s, u"cancel"_s, u"chanunavail"_s,
                                         u"congestion"_s, u"error"_s, u"noanswer"_s};
    const QString status = p.value(u"status"_s, u"answer"_s);
    if (!statuses.contains(status))
        return invalid(u"status"_s, u"Unknown call status \"%1\"."_s.arg(status));
    const auto cost = Money::parse(p.value(u"cost"_s, u"0.00"_s));
    if (!cost)
        return invalid(u"cost"_s, u"\"%1\" is not a decimal amount."_s.arg(p.value(u"cost"_s)));
    const QString currency = p.value(u"currency"_s, u"USD"_s);
    if (currency.size() != 3)
        return invalid(u"currency"_s, u"Unknown currency \"%1\"."_s.arg(currency));
    if (ints.value(u"validation"_s) == 1)
        return envelope(201, QString(), u"Input passed validation."_s);

    CallRecord call;
    call.uniqueid = p.value(u"uniqueid"_s);
    call.machine = p.value(u"machine"_s);
    call.callid = p.value(u"callid"_s, call.uniqueid);
    call.start = start;
    call.end = end;
    call.scustomer = ints.value(u"scustomer"_s);
    call.dcustomer = dcustomer;
    call.stype = p.value(u"stype"_s);
    call.snumber = p.value(u"snumber"_s);
    call.spresent = ints.value(u"spresent"_s);
    call.sname = p.value(u"sname"_s);
    call.ctype = p.value(u"ctype"_s);
    call.cnumber = p.value(u"cnumber"_s);
    call.dtype = p.value(u"dtype"_s);
    call.dnumber = p.value(u"dnumber"_s);
    call.channel = p.value(u"channel"_s);
    call.cost = *cost;
    call.currency = currency;
    call.ingroupTime = ints.value(u"ingroup_time"_s);
    call.outgroupTime = ints.value(u"outgroup_time"_s);
    call.invoice = ints.value(u"invoice"_s);
    call.media = media;
    call.messages = ints.value(u"messages"_s);
    call.note = p.value(u"note"_s);
    call.peer = ints.value(u"peer"_s);
    call.recording = p.value(u"recording"_s);
    call.status = status;
    call.talktime = p.contains(u"talktime"_s) ? ints.value(u"talktime"_s) : end - start;
    call.taxes = p.value(u"taxes"_s);
    call.time = ints.value(u"time"_s);
    call.totaltime = p.contains(u"totaltime"_s) ? ints.value(u"totaltime"_s) : end - start;
    insert({call.start, call.scustomer, call.dcustomer, false, FakeCalls::compact(rowObject(call))});
    return envelope(204, QString(), u"Success."_s);
}

void EnswitchFake::insert(Row row)
{
    const auto at = std::upper_bound(m_rows.begin(), m_rows.end(), row.start,
                                     [](qint64 t, const Row &r) { return t < r.start; });
    m_rows.insert(at, std::move(row));
}

FakeHugeShape EnswitchFake::hugeShape() const
{
    const QByteArray row = m_rows.isEmpty() ? QByteArray("{}") : m_rows.first().json;
    return {R"({"responses":[{"code":"200","key":"","message":"OK"}],"data":[)", row, "]}"};
}
