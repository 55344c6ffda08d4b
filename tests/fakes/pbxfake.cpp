#include "pbxfake.h"

#include "fakecalls.h"

#include <QDateTime>
#include <QTimeZone>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

FakeResponse failure(int status, const QString &message)
{
    return FakeResponse::json(status, QJsonDocument(QJsonObject{{u"result"_s, u"error"_s}, {u"message"_s, message}}));
}

QString asteriskDisposition(const QString &status)
{
    if (status == u"answer")
        return u"ANSWERED"_s;
    if (status == u"busy")
        return u"BUSY"_s;
    if (status == u"noanswer" || status == u"cancel")
        return u"NO ANSWER"_s;
    return u"FAILED"_s;
}

QJsonObject row(const CallRecord &call, qint64 acctid)
{
    const QString extension = call.phone.section(u'@', 0, 0);
    const QString company = u"c%1"_s.arg(call.direction == u"in" ? call.dcustomer : call.scustomer);
    const QString local = call.direction == u"in" || extension.isEmpty() ? u"trunk"_s : extension;
    const QString channel = call.channel.isEmpty() ? u"SIP/%1-%2"_s.arg(local, FakeCalls::hexDigest(call.uniqueid, 8))
                                                   : call.channel;
    const QString dstchannel = call.status != u"answer" ? QString()
                               : call.dstchannel.isEmpty() ? u"SIP/%1-%2"_s.arg(call.dnumber, FakeCalls::hexDigest(call.callid, 8))
                                                           : call.dstchannel;
    const QJsonObject properties{
        {u"target"_s, call.direction == u"out" ? QString() : company},
        {u"company"_s, company},
        {u"src_ext"_s, extension},
        {u"dial_short"_s, call.cnumber.right(qMin<qsizetype>(call.cnumber.size(), 4))},
        {u"dial_full"_s, call.cnumber},
        {u"trunk"_s, call.direction == u"internal" ? QString() : u"trunk"_s},
        {u"bill_to"_s, call.direction == u"out" ? company : QString()},
        {u"xfer"_s, QString()},
        {u"is_ivr"_s, call.dtype == u"ivr"},
        {u"is_park"_s, false},
        {u"is_pick"_s, false},
        {u"is_auth"_s, false},
        {u"auth"_s, QString()},
        {u"is_bounce"_s, false},
    };
    return {
        {u"acctid"_s, acctid},
        {u"calldate"_s, QString(QDateTime::fromSecsSinceEpoch(call.start, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss"_s) + u"+00"_s)},
        {u"clid"_s, call.sname.isEmpty() ? u"<%1>"_s.arg(call.snumber) : u"\"%1\" <%2>"_s.arg(call.sname, call.snumber)},
        {u"src"_s, call.snumber},
        {u"dst"_s, call.cnumber},
        {u"dcontext"_s, call.dcontext.isEmpty() ? (call.direction == u"in" ? u"from-trunk"_s : u"voip-external"_s) : call.dcontext},
        {u"channel"_s, channel},
        {u"dstchannel"_s, dstchannel},
        {u"lastapp"_s, call.lastapp.isEmpty() ? u"Dial"_s : call.lastapp},
        {u"lastdata"_s, call.lastdata.isEmpty() ? u"SIP/%1,60"_s.arg(call.dnumber) : call.lastdata},
        {u"duration"_s, call.totaltime},
        {u"billsec"_s, call.talktime},
        {u"disposition"_s, asteriskDisposition(call.status)},
        {u"amaflags"_s, 2},
        {u"accountcode"_s, company},
        {u"uniqueid"_s, QString(QString::number(call.start) + u'.' + QString::number(acctid % 100000))},
        {u"properties"_s, properties},
    };
}

} // namespace

PbxFake::PbxFake(const FakeOptions &options)
    : m_options(options)
{
    m_rows.reserve(options.calls);
    FakeCalls::generate(options, [this](const CallRecord &call, qint64 index) {
        const qint64 acctid = 44000 + index + index / 10;   // a gap every ten rows
        m_rows.append({acctid, call.start * 1000, FakeCalls::compact(row(call, acctid))});
    });
}

FakeResponse PbxFake::handle(const QHttpServerRequest &request)
{
    if (request.url().path() != u"/rest/call/read")
        return failure(404, u"Unknown command"_s);
    const QByteArray expected = "Basic " + (m_options.user + u':' + m_options.password).toUtf8().toBase64();
    if (request.value("Authorization") != expected)
        return failure(401, u"Authentication required"_s);
    if (request.method() != QHttpServerRequest::Method::Post)
        return failure(405, u"Use POST"_s);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return failure(400, u"Request body is not a JSON object: %1 at offset %2"_s.arg(parseError.errorString()).arg(parseError.offset));
    const QJsonObject body = document.object();
    if (body.value(u"type"_s).toString() != u"cdr")
        return failure(400, u"Unsupported type \"%1\""_s.arg(body.value(u"type"_s).toString()));
    const QJsonObject scope = body.value(u"scope"_s).toObject();
    const auto number = [&scope](const QString &name, qint64 fallback, bool *ok) {
        const QJsonValue value = scope.value(name);
        *ok = value.isUndefined() || value.isNull() || value.isDouble();
        return value.isDouble() ? value.toInteger() : fallback;
    };
    bool okId = false, okRows = false, okMin = false, okMax = false;
    const qint64 minId = number(u"minID"_s, 0, &okId);
    const qint64 maxRows = number(u"maxRows"_s, 500, &okRows);
    const qint64 minDate = number(u"minDate"_s, std::numeric_limits<qint64>::min(), &okMin);
    const qint64 maxDate = number(u"maxDate"_s, std::numeric_limits<qint64>::max(), &okMax);
    for (const auto &[ok, name] : {std::pair{okId, u"minID"_s}, {okRows, u"maxRows"_s}, {okMin, u"minDate"_s}, {okMax, u"maxDate"_s}}) {
        if (!ok)
            return failure(400, u"scope.%1 must be a number"_s.arg(name));
    }
    if (maxRows < 1)
        return failure(400, u"scope.maxRows must be positive"_s);

    auto it = std::lower_bound(m_rows.begin(), m_rows.end(), minId, [](const Row &r, qint64 id) { return r.acctid < id; });
    QByteArray values;
    qint64 count = 0;
    for (; it != m_rows.end() && count < maxRows; ++it) {
        if (it->startMs < minDate || it->startMs >= maxDate)
            continue;
        if (count++ > 0)
            values += ',';
        values += it->json;
    }
    const QByteArray requested = scope.value(u"minID"_s).isDouble() ? QByteArray::number(minId) : QByteArray("null");
    const QByteArray out = R"({"result":"success","minID":)" + requested + R"(,"maxRows":)" + QByteArray::number(maxRows)
                           + R"(,"values":[)" + values + R"(],"numRows":)" + QByteArray::number(count) + '}';
    return FakeResponse::raw(200, "application/json", out);
}

FakeHugeShape PbxFake::hugeShape() const
{
    const QByteArray row = m_rows.isEmpty() ? QByteArray("{}") : m_rows.first().json;
    return {R"({"result":"success","minID":null,"maxRows":500,"values":[)", row, R"(],"numRows":500})"};
}
