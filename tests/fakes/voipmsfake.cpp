#include "voipmsfake.h"

#include "core/money.h"
#include "demo/demoplan.h"
#include "fakecalls.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 ClientBase = 561100;   // a demo customer's voip.ms client ID is this + its ID
const QString Package = u"92364"_s;     // the one rate package

FakeResponse status(const QString &value, QJsonObject object = {})
{
    object.insert(u"status"_s, value);
    return FakeResponse::json(200, QJsonDocument(object));
}

QString accountOf(qint64 customerId)
{
    for (const DemoPlan::Customer &c : DemoPlan::customers()) {
        if (c.id == customerId) {
            QString name = c.name.section(u' ', 0, 0).toLower();
            name.remove(QRegularExpression(u"[^a-z0-9]"_s));
            return u"100000_"_s + name;
        }
    }
    return u"100000_VoIP"_s;
}

QString disposition(const QString &status)
{
    if (status == u"answer")
        return u"ANSWERED"_s;
    if (status == u"noanswer" || status == u"cancel")
        return u"NO ANSWER"_s;
    if (status == u"busy")
        return u"BUSY"_s;
    return u"FAILED"_s;
}

QString hms(qint64 seconds)
{
    return u"%1:%2:%3"_s.arg(seconds / 3600, 2, 10, QChar(u'0')).arg(seconds / 60 % 60, 2, 10, QChar(u'0')).arg(seconds % 60, 2, 10, QChar(u'0'));
}

QJsonObject pair(const QString &value, const QString &description)
{
    return {{u"value"_s, value}, {u"description"_s, description}};
}

std::optional<QDate> date(const QString &text)
{
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDate d = QDate::fromString(text, Qt::ISODate);
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

bool isClient(qint64 client)
{
    for (const DemoPlan::Customer &c : DemoPlan::customers()) {
        if (c.role == u"client" && ClientBase + c.id == client)
            return true;
    }
    return false;
}

} // namespace

VoipmsFake::VoipmsFake(const FakeOptions &options)
    : m_options(options)
{
    QSet<QString> dids;
    FakeCalls::generate(options, [this, &dids](const CallRecord &call, qint64 index) {
        if (call.direction == u"internal")
            return;  // voip.ms only sees calls to and from the public network
        const bool in = call.direction == u"in";
        const qint64 customer = in ? call.dcustomer : call.scustomer;
        const qint64 rate = call.talktime > 0 ? call.cost.units() * 60 / call.talktime : 0;
        m_rows.append({call.start, call.talktime, call.cost.units(), rate, ClientBase + customer, call.direction,
                       disposition(call.status), accountOf(customer),
                       call.sname.isEmpty() ? call.snumber : u"\"%1\" <%2>"_s.arg(call.sname, call.snumber),
                       call.cnumber, QString::number(128000000 + index)});
        if (in)
            dids.insert(call.cnumber);
    });
    m_dids = dids.values();
    m_dids.sort();
    m_dids = m_dids.mid(0, 20);
}

FakeResponse VoipmsFake::handle(const QHttpServerRequest &request)
{
    if (request.url().path() != u"/api/v1/rest.php")
        return FakeResponse::raw(404, "text/plain", "Not Found\n");
    const Parameters p = FakeCalls::parameters(request);
    if (p.value(u"api_username"_s).isEmpty() || p.value(u"api_password"_s).isEmpty())
        return status(u"missing_credentials"_s);
    if (p.value(u"api_username"_s) != m_options.user || p.value(u"api_password"_s) != m_options.password)
        return status(u"invalid_credentials"_s);
    const QString method = p.value(u"method"_s);
    if (method.isEmpty())
        return status(u"missing_method"_s);
    if (p.contains(u"client"_s) && !p.value(u"client"_s).isEmpty() && !isClient(p.value(u"client"_s).toLongLong()))
        return status(u"invalid_client"_s);
    if (method == u"getCallAccounts")
        return accounts(p);
    if (method == u"getCallBilling") {
        return status(u"success"_s, {{u"call_billing"_s, QJsonArray{pair(u"all"_s, u"All Calls"_s),
                                                                      pair(u"free"_s, u"Free Calls"_s),
                                                                      pair(u"billed"_s, u"Billed Calls"_s)}}});
    }
    if (method == u"getCallTypes")
        return callTypes(p);
    if (method == u"getCDR")
        return cdr(p, false);
    if (method == u"getResellerCDR")
        return cdr(p, true);
    if (method == u"getRates")
        return rates(p);
    if (method == u"getTerminationRates")
        return terminationRates(p);
    return status(u"invalid_method"_s);
}

FakeResponse VoipmsFake::accounts(const Parameters &p) const
{
    QJsonArray list{pair(u"all"_s, u"All Accounts"_s)};
    for (const DemoPlan::Customer &c : DemoPlan::customers()) {
        if (c.role != u"client" || (!p.value(u"client"_s).isEmpty() && ClientBase + c.id != p.value(u"client"_s).toLongLong()))
            continue;
        list.append(pair(accountOf(c.id), accountOf(c.id)));
    }
    return status(u"success"_s, {{u"accounts"_s, list}});
}

FakeResponse VoipmsFake::callTypes(const Parameters &) const
{
    QJsonArray list{pair(u"all"_s, u"All Calls"_s), pair(u"outgoing"_s, u"Outgoing Calls"_s),
                    pair(u"incoming"_s, u"Incoming Calls"_s)};
    for (const QString &did : m_dids)
        list.append(pair(did, u"Calls to %1"_s.arg(did)));
    return status(u"success"_s, {{u"call_types"_s, list}});
}

FakeResponse VoipmsFake::cdr(const Parameters &p, bool reseller) const
{
    if (!p.contains(u"date_from"_s))
        return status(u"missing_date_from"_s);
    if (!p.contains(u"date_to"_s))
        return status(u"missing_date_to"_s);
    const auto from = date(p.value(u"date_from"_s));
    if (!from)
        return status(u"invalid_date_from"_s);
    const auto to = date(p.value(u"date_to"_s));
    if (!to)
        return status(u"invalid_date_to"_s);
    if (*to < *from)
        return status(u"invalid_date_range"_s);
    if (reseller && p.value(u"client"_s).isEmpty())
        return status(u"missing_client"_s);
    if (!p.contains(u"timezone"_s))
        return status(u"missing_timezone"_s);
    bool ok = false;
    const double zone = p.value(u"timezone"_s).toDouble(&ok);
    if (!ok || zone < -12 || zone > 13)
        return status(u"invalid_timezone"_s);
    const int offset = int(zone * 3600);
    for (const QString &flag : {u"answered"_s, u"noanswer"_s, u"busy"_s, u"failed"_s}) {
        if (p.contains(flag) && p.value(flag) != u"1" && p.value(flag) != u"0")
            return status(u"invalid_%1"_s.arg(flag));
    }
    const QString callbilling = p.value(u"callbilling"_s, u"all"_s);
    if (callbilling != u"all" && callbilling != u"free" && callbilling != u"billed")
        return status(u"invalid_callbilling"_s);
    const QString calltype = p.value(u"calltype"_s, u"all"_s);
    if (calltype != u"all" && calltype != u"outgoing" && calltype != u"incoming" && !m_dids.contains(calltype))
        return status(u"invalid_calltype"_s);
    const QString account = p.value(u"account"_s, u"all"_s);

    // No disposition flag at all means every disposition; otherwise those flagged 1.
    const bool anyFlag = p.contains(u"answered"_s) || p.contains(u"noanswer"_s) || p.contains(u"busy"_s)
                         || p.contains(u"failed"_s);
    const auto wanted = [&](const QString &disposition) {
        if (!anyFlag)
            return true;
        const QString flag = disposition == u"ANSWERED" ? u"answered"_s : disposition == u"NO ANSWER" ? u"noanswer"_s
                           : disposition == u"BUSY" ? u"busy"_s : u"failed"_s;
        return p.value(flag) == u"1";
    };
    const qint64 first = QDateTime(*from, QTime(0, 0), Qt::UTC).toSecsSinceEpoch() - offset;
    const qint64 last = QDateTime(to->addDays(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch() - offset;
    const qint64 client = p.value(u"client"_s).toLongLong();
    QByteArray rows;
    for (const Row &row : m_rows) {
        if (row.start < first || row.start >= last || !wanted(row.disposition))
            continue;
        if ((client && row.client != client) || (account != u"all" && row.account != account)
            || (callbilling == u"free" && row.totalUnits != 0) || (callbilling == u"billed" && row.totalUnits == 0)
            || (calltype == u"outgoing" && row.direction != u"out") || (calltype == u"incoming" && row.direction != u"in")
            || (m_dids.contains(calltype) && (row.direction != u"in" || row.destination != calltype)))
            continue;
        if (!rows.isEmpty())
            rows += ',';
        rows += rowJson(row, offset, reseller);
    }
    if (rows.isEmpty())
        return status(u"no_cdr"_s);
    return FakeResponse::raw(200, "application/json", R"({"status":"success","cdr":[)" + rows + "]}");
}

QByteArray VoipmsFake::rowJson(const Row &row, int offset, bool reseller) const
{
    QJsonObject object{
        {u"date"_s, QDateTime::fromSecsSinceEpoch(row.start + offset, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss"_s)},
        {u"callerid"_s, row.callerid},
        {u"destination"_s, row.destination},
        {u"description"_s, row.direction == u"in" ? u"Inbound DID"_s : u"Outbound - Customer"_s},
        {u"account"_s, row.account},
        {u"disposition"_s, row.disposition},
        {u"duration"_s, hms(row.seconds)},
        {u"seconds"_s, QString::number(row.seconds)},
        {u"total"_s, reseller ? Money::fromUnits(row.totalUnits).toString(3) : Money::fromUnits(row.totalUnits).toFixed(8)},
        {u"uniqueid"_s, row.uniqueid},
    };
    if (!reseller)
        object.insert(u"rate"_s, Money::fromUnits(row.rateUnits).toFixed(8));
    return FakeCalls::compact(object);
}

FakeResponse VoipmsFake::rates(const Parameters &p) const
{
    if (p.value(u"package"_s).isEmpty())
        return status(u"missing_package"_s);
    if (p.value(u"package"_s) != Package)
        return status(u"invalid_package"_s);
    const QString query = p.value(u"query"_s).trimmed();
    if (query.isEmpty())
        return status(u"missing_query"_s);
    QJsonArray list;
    for (const DemoPlan::Rate &rate : DemoPlan::retailDeck()) {
        if (!rate.destination.contains(query, Qt::CaseInsensitive) && !rate.prefix.startsWith(query))
            continue;
        list.append(QJsonObject{
            {u"destination"_s, rate.destination}, {u"prefix"_s, rate.prefix},
            {u"client_increment"_s, QString::number(rate.subsequentIncrement)},
            {u"client_rate"_s, Money::fromUnits(rate.ratePerMinute).toString(3)},
            {u"real_increment"_s, u"6"_s},
            {u"real_rate"_s, Money::fromUnits(rate.ratePerMinute * 35 / 100).toString(4)}});
    }
    if (list.isEmpty())
        return status(u"no_rates"_s);
    return status(u"success"_s, {{u"rates"_s, list}});
}

FakeResponse VoipmsFake::terminationRates(const Parameters &p) const
{
    static const QHash<QString, QPair<QString, int>> routes = {{u"1"_s, {u"Value"_s, 30}}, {u"2"_s, {u"Premium"_s, 45}}};
    if (p.value(u"route"_s).isEmpty())
        return status(u"missing_route"_s);
    if (!routes.contains(p.value(u"route"_s)))
        return status(u"invalid_route"_s);
    const QString query = p.value(u"query"_s).trimmed();
    if (query.isEmpty())
        return status(u"missing_query"_s);
    const auto [name, percent] = routes.value(p.value(u"route"_s));
    QJsonArray list;
    for (const DemoPlan::Rate &rate : DemoPlan::retailDeck()) {
        if (!rate.destination.contains(query, Qt::CaseInsensitive) && !rate.prefix.startsWith(query))
            continue;
        list.append(QJsonObject{{u"destination"_s, rate.destination}, {u"prefix"_s, rate.prefix},
                                {u"increment"_s, u"6"_s},
                                {u"rate"_s, Money::fromUnits(rate.ratePerMinute * percent / 100).toString(3)}});
    }
    if (list.isEmpty())
        return status(u"no_rates"_s);
    return status(u"success"_s, {{u"route"_s, pair(p.value(u"route"_s), name)}, {u"rates"_s, list}});
}

FakeHugeShape VoipmsFake::hugeShape() const
{
    const QByteArray row = m_rows.isEmpty() ? QByteArray("{}") : rowJson(m_rows.first(), 0, false);
    return {R"({"status":"success","cdr":[)", row, "]}"};
}
