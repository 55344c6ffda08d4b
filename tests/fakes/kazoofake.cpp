#include "kazoofake.h"

#include "core/timeutil.h"
#include "fakecalls.h"

#include <QDateTime>
#include <QTimeZone>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString uuid(const QString &seed)
{
    const QString h = FakeCalls::hexDigest(seed, 32);
    return h.left(8) + u'-' + h.mid(8, 4) + u'-' + h.mid(12, 4) + u'-' + h.mid(16, 4) + u'-' + h.mid(20);
}

QString sdp(const QString &host, qint64 session)
{
    return u"v=0\r\no=FreeSWITCH %1 %2 IN IP4 %3\r\ns=FreeSWITCH\r\nc=IN IP4 %3\r\nt=0 0\r\n"
           "m=audio 24580 RTP/AVP 0 8 101\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:8 PCMA/8000\r\n"
           "a=rtpmap:101 telephone-event/8000\r\na=ptime:20\r\n"_s.arg(session).arg(session + 1).arg(host);
}

QJsonObject document(const CallRecord &call, const QString &account)
{
    const qint64 end = call.start + call.totaltime;
    const QString callId = uuid(call.uniqueid);
    const QString month = QDateTime::fromSecsSinceEpoch(end, Qt::UTC).toString(u"yyyyMM"_s);
    const QString realm = u"c%1.sip.example.net"_s.arg(call.direction == u"in" ? call.dcustomer : call.scustomer);
    const QString owner = FakeCalls::hexDigest(u"owner"_s + call.phone, 32);
    const QString device = FakeCalls::hexDigest(u"device"_s + call.phone, 32);
    const QString server = u"fs%1.sip.example.net"_s.arg(call.start % 3 + 1);
    QJsonObject vars{
        {u"endpoint_id"_s, device}, {u"tenant_id"_s, account}, {u"access_group"_s, u"default"_s},
        {u"username"_s, call.phone.isEmpty() ? QString() : QString(u"user_"_s + call.phone.section(u'@', 0, 0))},
        {u"realm"_s, realm}, {u"account_id"_s, account},
        {u"inception"_s, call.direction == u"in" ? u"%1@%2"_s.arg(call.cnumber, realm) : u"onnet"_s},
        {u"authorizing_id"_s, device}, {u"authorizing_type"_s, u"device"_s}, {u"owner_id"_s, owner},
    };
    return {
        {u"id"_s, QString(month + u'-' + callId)},
        {u"call_id"_s, callId},
        {u"other_leg_call_id"_s, call.callid != call.uniqueid ? uuid(call.callid) : QString()},
        {u"timestamp"_s, TimeUtil::gregorianFromUnix(end)},
        {u"call_direction"_s, call.direction == u"in" ? u"inbound"_s : u"outbound"_s},
        {u"hangup_cause"_s, call.hangupCause.isEmpty() ? u"NORMAL_CLEARING"_s : call.hangupCause},
        {u"to_uri"_s, u"%1@%2"_s.arg(call.cnumber, realm)},
        {u"from_uri"_s, u"%1@%2"_s.arg(call.snumber, realm)},
        {u"duration_seconds"_s, call.totaltime},
        {u"billing_seconds"_s, call.talktime},
        {u"ringing_seconds"_s, call.ringtime},
        {u"remote_sdp"_s, sdp(u"198.51.100.%1"_s.arg(call.start % 200 + 1), call.start)},
        {u"local_sdp"_s, sdp(u"203.0.113.10"_s, call.start + 7)},
        {u"caller_id_name"_s, call.sname},
        {u"caller_id_number"_s, call.snumber},
        {u"callee_id_name"_s, QString()},
        {u"callee_id_number"_s, call.cnumber},
        {u"custom_channel_vars"_s, vars},
        {u"cid_type"_s, call.direction == u"in" ? u"external"_s : u"internal"_s},
        {u"user_agent"_s, call.direction == u"in" ? u"Carrier SBC 4.2"_s : u"Yealink SIP-T46S 66.86.0.15"_s},
        {u"digits_dialed"_s, call.direction == u"out" ? call.cnumber : u"none"_s},
        {u"handling_server_name"_s, server},
        {u"media_server"_s, server},
        {u"request"_s, u"%1@%2"_s.arg(call.cnumber, realm)},
        {u"app_name"_s, u"ecallmgr"_s},
        {u"app_version"_s, u"4.3.0"_s},
        {u"event_name"_s, u"CHANNEL_DESTROY"_s},
        {u"event_category"_s, u"call_event"_s},
        {u"server_id"_s, u"api@%1"_s.arg(server)},
    };
}

const QStringList &summaryFields()
{
    static const QStringList fields = {
        u"id"_s, u"call_id"_s, u"other_leg_call_id"_s, u"timestamp"_s, u"call_direction"_s, u"hangup_cause"_s,
        u"to_uri"_s, u"from_uri"_s, u"duration_seconds"_s, u"billing_seconds"_s, u"ringing_seconds"_s,
        u"caller_id_name"_s, u"caller_id_number"_s, u"callee_id_name"_s, u"callee_id_number"_s, u"digits_dialed"_s};
    return fields;
}

const QStringList &csvFields()
{
    static const QStringList fields = {
        u"id"_s, u"call_id"_s, u"caller_id_number"_s, u"caller_id_name"_s, u"callee_id_number"_s,
        u"callee_id_name"_s, u"duration_seconds"_s, u"billing_seconds"_s, u"ringing_seconds"_s, u"timestamp"_s,
        u"hangup_cause"_s, u"other_leg_call_id"_s, u"call_direction"_s, u"to_uri"_s, u"from_uri"_s,
        u"digits_dialed"_s, u"datetime"_s, u"unix_timestamp"_s};
    return fields;
}

QByteArray csvField(const QString &text)
{
    QByteArray field = text.toUtf8();
    if (field.contains(',') || field.contains('"') || field.contains('\n') || field.contains('\r'))
        field = '"' + field.replace("\"", "\"\"") + '"';
    return field;
}

// One CSV line; `timestamp` there is the call's start (the CDR time minus its duration).
QByteArray csvLine(const QJsonObject &object)
{
    const qint64 start = TimeUtil::unixFromGregorian(object.value(u"timestamp"_s).toInteger())
                         - object.value(u"duration_seconds"_s).toInteger();
    QByteArray line;
    for (const QString &field : csvFields()) {
        QString value;
        if (field == u"timestamp")
            value = QString::number(TimeUtil::gregorianFromUnix(start));
        else if (field == u"datetime")
            value = QDateTime::fromSecsSinceEpoch(start, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss"_s);
        else if (field == u"unix_timestamp")
            value = QString::number(start);
        else if (object.value(field).isDouble())
            value = QString::number(object.value(field).toInteger());
        else
            value = object.value(field).toString();
        if (!line.isEmpty())
            line += ',';
        line += csvField(value);
    }
    return line + "\r\n";
}

QByteArray csvHeader()
{
    return csvFields().join(u',').toUtf8() + "\r\n";
}

FakeResponse csv(const QByteArray &body)
{
    FakeResponse response = FakeResponse::raw(200, "application/octet-stream", body);
    response.headers.append(qMakePair(QByteArray("Content-Disposition"), QByteArray("attachment; filename=\"cdrs.csv\"")));
    return response;
}

QByteArray summary(const QByteArray &detail)
{
    const QJsonObject object = QJsonDocument::fromJson(detail).object();
    QJsonObject out;
    for (const QString &field : summaryFields())
        out.insert(field, object.value(field));
    return FakeCalls::compact(out);
}

} // namespace

KazooFake::KazooFake(const FakeOptions &options)
    : m_options(options)
{
    m_rows.reserve(options.calls);
    FakeCalls::generate(options, [this](const CallRecord &call, qint64) {
        const QJsonObject object = document(call, m_options.account);
        m_rows.append({object.value(u"timestamp"_s).toInteger(), object.value(u"id"_s).toString(), FakeCalls::compact(object)});
    });
    std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        return a.timestamp != b.timestamp ? a.timestamp > b.timestamp : a.id > b.id;
    });
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_index.insert(m_rows[i].id, i);
}

FakeResponse KazooFake::error(int code, const QString &message, const QJsonObject &data) const
{
    QJsonObject object{{u"auth_token"_s, QString()}, {u"data"_s, data.isEmpty() ? QJsonObject{{u"message"_s, message}} : data},
                       {u"error"_s, QString::number(code)}, {u"message"_s, message}, {u"status"_s, u"error"_s},
                       {u"request_id"_s, FakeCalls::hexDigest(message, 32)}};
    return FakeResponse::json(code, QJsonDocument(object));
}

FakeResponse KazooFake::success(const QByteArray &data, const QByteArray &extra) const
{
    QByteArray body = R"({"auth_token":")" + m_options.password.toUtf8() + R"(","data":)" + data + extra
                      + R"(,"request_id":")" + FakeCalls::hexDigest(QString::fromUtf8(data.left(64)), 32).toUtf8()
                      + R"(","revision":"undefined","status":"success"})";
    return FakeResponse::raw(200, "application/json", body);
}

FakeResponse KazooFake::handle(const QHttpServerRequest &request)
{
    static const QRegularExpression route(u"^/v[12]/accounts/([^/]+)/cdrs(?:/([^/]+))?/?$"_s);
    const QRegularExpressionMatch match = route.match(request.url().path());
    if (!match.hasMatch())
        return error(404, u"bad identifier"_s);
    const QHash<QString, QString> p = FakeCalls::parameters(request);
    QString token = QString::fromUtf8(request.value("X-Auth-Token"));
    if (token.isEmpty())
        token = p.value(u"auth_token"_s);
    if (token != m_options.password || match.captured(1) != m_options.account)
        return error(401, u"invalid_credentials"_s, {{u"message"_s, u"invalid credentials"_s}});
    if (request.method() != QHttpServerRequest::Method::Get)
        return error(405, u"method_not_allowed"_s);
    const QByteArray accept = request.value("Accept");
    Format format = Format::Json;
    if (accept.contains("application/octet-stream") || accept.contains("text/csv"))
        format = Format::Csv;
    else if (!accept.isEmpty() && !accept.contains("application/json") && !accept.contains("*/*"))
        return error(415, u"unsupported_media_type"_s, {{u"message"_s, u"cannot provide %1"_s.arg(QString::fromUtf8(accept))}});
    if (match.hasCaptured(2) && !match.captured(2).isEmpty())
        return detail(match.captured(2), format);
    return list(p, format);
}

FakeResponse KazooFake::list(const QHash<QString, QString> &p, Format format) const
{
    const auto integer = [&p](const QString &name, qint64 fallback, bool *ok) {
        *ok = true;
        return p.contains(name) ? p.value(name).toLongLong(ok) : fallback;
    };
    bool okFrom = false, okTo = false, okSize = false;
    const qint64 from = integer(u"created_from"_s, 0, &okFrom);
    const qint64 to = integer(u"created_to"_s, TimeUtil::gregorianFromUnix(QDateTime::currentSecsSinceEpoch()), &okTo);
    const qint64 pageSize = integer(u"page_size"_s, 50, &okSize);
    const auto invalid = [this](const QString &field, const QString &message) {
        return error(400, u"invalid request"_s, {{field, QJsonObject{{u"type"_s, QJsonObject{{u"message"_s, message}}}}}});
    };
    if (!okFrom)
        return invalid(u"created_from"_s, u"Value is not an integer in Gregorian seconds"_s);
    if (!okTo)
        return invalid(u"created_to"_s, u"Value is not an integer in Gregorian seconds"_s);
    if (to < from)
        return invalid(u"created_from"_s, u"created_to is prior to created_from"_s);
    if (!okSize || pageSize < 1)
        return invalid(u"page_size"_s, u"Value must be a positive integer"_s);

    // Rows are newest first; the page starts at start_key (an id from next_start_key) or at created_to.
    auto it = std::lower_bound(m_rows.begin(), m_rows.end(), to, [](const Row &row, qint64 t) { return row.timestamp > t; });
    if (p.contains(u"start_key"_s)) {
        const auto found = m_index.constFind(p.value(u"start_key"_s));
        if (found == m_index.constEnd())
            return invalid(u"start_key"_s, u"Unknown start key"_s);
        it = m_rows.begin() + *found;
        while (it != m_rows.end() && it->timestamp > to)
            ++it;
    }
    if (format == Format::Csv) {
        QByteArray body = csvHeader();
        for (; it != m_rows.end() && it->timestamp >= from && it->timestamp <= to; ++it)
            body += csvLine(QJsonDocument::fromJson(it->detail).object());
        return csv(body);
    }
    const QString startKey = it != m_rows.end() ? it->id : QString();
    QByteArray data = "[";
    qint64 count = 0;
    for (; it != m_rows.end() && it->timestamp >= from && it->timestamp <= to && count < pageSize; ++it, ++count) {
        if (count > 0)
            data += ',';
        data += summary(it->detail);
    }
    data += ']';
    QByteArray extra = R"(,"page_size":)" + QByteArray::number(count);
    if (p.contains(u"start_key"_s))
        extra += R"(,"start_key":")" + startKey.toUtf8() + '"';
    if (it != m_rows.end() && it->timestamp >= from && it->timestamp <= to)
        extra += R"(,"next_start_key":")" + it->id.toUtf8() + '"';
    return success(data, extra);
}

FakeResponse KazooFake::detail(const QString &id, Format format) const
{
    const auto found = m_index.constFind(id);
    if (found == m_index.constEnd())
        return error(404, u"bad identifier"_s, {{u"message"_s, u"bad identifier"_s}, {u"cause"_s, id}});
    const QByteArray &detail = m_rows[*found].detail;
    if (format == Format::Csv)
        return csv(csvHeader() + csvLine(QJsonDocument::fromJson(detail).object()));
    return success(detail);
}

FakeHugeShape KazooFake::hugeShape() const
{
    const QByteArray row = m_rows.isEmpty() ? QByteArray("{}") : summary(m_rows.first().detail);
    return {R"({"auth_token":"","data":[)", row, R"(],"page_size":50,"status":"success"})"};
}
