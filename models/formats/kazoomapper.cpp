#include "kazoomapper.h"

#include "core/timeutil.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

const QStringList mappedKeys{
    u"id"_s, u"call_id"_s, u"caller_id_number"_s, u"caller_id_name"_s, u"callee_id_number"_s,
    u"billing_seconds"_s, u"duration_seconds"_s, u"ringing_seconds"_s, u"timestamp"_s,
    u"hangup_cause"_s, u"call_direction"_s, u"direction"_s,
};

// Gregorian seconds are ~6.3e10 for our era, Unix seconds ~1.7e9: the size tells them apart.
constexpr qint64 GregorianThreshold = 50000000000;

} // namespace

KazooMapper::KazooMapper(const QString &source, Timestamp timestamp, const QTimeZone &zone)
    : m_source(source)
    , m_timestamp(timestamp)
    , m_zone(zone)
{
}

bool KazooMapper::mapTimes(const QJsonObject &object, CallRecord &record, FieldProblem &problem) const
{
    const auto seconds = [&object, &problem](const QString &key) {
        return ImportFields::integer(ImportFields::jsonText(object.value(key)), key, problem, 0);
    };
    const auto duration = seconds(u"duration_seconds"_s);
    const auto billing = duration ? seconds(u"billing_seconds"_s) : std::nullopt;
    const auto ringing = billing ? seconds(u"ringing_seconds"_s) : std::nullopt;
    if (!ringing)
        return false;
    QString key = u"timestamp"_s;
    if (!object.contains(key))
        key = u"pvt_created"_s;  // a stored document without timestamp: when it was created
    const QString text = ImportFields::jsonText(object.value(key));
    auto instant = ImportFields::time(text, key, m_zone, problem);
    if (!instant)
        return false;
    if (*instant > GregorianThreshold)
        instant = TimeUtil::unixFromGregorian(*instant);
    record.totaltime = *duration;
    record.talktime = *billing;
    record.ringtime = *ringing;
    record.start = m_timestamp == Timestamp::IsStart ? *instant : *instant - *duration;
    record.end = record.start + *duration;
    if (*billing > 0)
        record.answer = record.end - *billing;
    return true;
}

bool KazooMapper::map(const QJsonObject &object, CallRecord &record, FieldProblem &problem)
{
    record = CallRecord();
    record.source = m_source;
    if (!mapTimes(object, record, problem))
        return false;
    const auto text = [&object](const QString &key) { return ImportFields::jsonText(object.value(key)); };
    record.callid = text(u"call_id"_s);
    record.uniqueid = record.callid;
    record.snumber = text(u"caller_id_number"_s);
    record.sname = text(u"caller_id_name"_s);
    record.cnumber = text(u"callee_id_number"_s);
    record.dnumber = record.cnumber;
    record.hangupCause = text(u"hangup_cause"_s);
    record.status = ImportFields::statusFromHangupCause(record.hangupCause, record.talktime);
    const QString direction = object.contains(u"call_direction"_s) ? text(u"call_direction"_s) : text(u"direction"_s);
    record.direction = direction == u"inbound" ? u"in"_s : direction == u"outbound" ? u"out"_s : QString();

    QJsonObject extra;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!mappedKeys.contains(it.key()))
            extra.insert(it.key(), it.value());
    }
    record.extra = QString::fromUtf8(QJsonDocument(extra).toJson(QJsonDocument::Compact));
    record.recordKey = text(u"id"_s);
    if (record.recordKey.isEmpty())
        record.recordKey = record.callid;
    if (record.recordKey.isEmpty()) {
        const QByteArray whole = QJsonDocument(object).toJson(QJsonDocument::Compact);
        record.recordKey = ImportFields::digest({whole});
    }
    return true;
}
