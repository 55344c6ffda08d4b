#include "voipmsmapper.h"

#include "core/timeutil.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

VoipmsMapper::VoipmsMapper(const QTimeZone &zone)
    : m_zone(zone)
{
}

bool VoipmsMapper::map(const QJsonObject &object, CallRecord &record, FieldProblem &problem)
{
    const auto text = [&object](const QString &key) { return ImportFields::jsonText(object.value(key)); };
    record = CallRecord();
    record.source = u"import:voipms-json"_s;
    const auto start = ImportFields::time(text(u"date"_s), u"date"_s, m_zone, problem);
    if (!start)
        return false;
    const auto duration = TimeUtil::parseDuration(text(u"duration"_s));
    if (!duration) {
        problem = {u"duration"_s, QCoreApplication::translate("VoipmsMapper", "\"%1\" is not a duration HH:MM:SS")
                                      .arg(text(u"duration"_s))};
        return false;
    }
    const auto seconds = ImportFields::integer(text(u"seconds"_s), u"seconds"_s, problem, 0);
    const auto total = seconds ? ImportFields::money(text(u"total"_s), u"total"_s, problem) : std::nullopt;
    const auto rate = total ? ImportFields::money(text(u"rate"_s), u"rate"_s, problem) : std::nullopt;
    if (!rate)
        return false;
    record.start = *start;
    record.totaltime = *duration;
    record.end = *start + *duration;
    record.talktime = *seconds;
    if (*seconds > 0)
        record.answer = record.end - *seconds;
    record.ringtime = record.totaltime - record.talktime;
    record.cost = *total;
    record.clid = text(u"callerid"_s);
    const ImportFields::CallerId caller = ImportFields::callerId(record.clid);
    record.sname = caller.name;
    record.snumber = caller.number;
    record.cnumber = text(u"destination"_s);
    record.dnumber = record.cnumber;
    record.accountcode = text(u"account"_s);
    // The description says the direction ("Inbound - Local Caller", "Outbound - Customer"),
    // which getCDR's calltype incoming/outgoing selects on.
    const QString description = text(u"description"_s);
    if (description.startsWith(u"Inbound", Qt::CaseInsensitive))
        record.direction = u"in"_s;
    else if (description.startsWith(u"Outbound", Qt::CaseInsensitive))
        record.direction = u"out"_s;
    record.disposition = text(u"disposition"_s);
    record.status = ImportFields::statusFromDisposition(record.disposition);
    record.uniqueid = text(u"uniqueid"_s);
    record.callid = record.uniqueid;
    record.recordKey = record.uniqueid;
    if (record.recordKey.isEmpty()) {
        problem = {u"uniqueid"_s, QCoreApplication::translate("VoipmsMapper", "is missing")};
        return false;
    }
    QJsonObject extra;
    extra.insert(u"description"_s, text(u"description"_s));
    if (object.contains(u"rate"_s))
        extra.insert(u"rate"_s, text(u"rate"_s));
    for (auto it = object.begin(); it != object.end(); ++it) {
        static const QStringList known{u"date"_s, u"callerid"_s, u"destination"_s, u"description"_s, u"account"_s,
                                       u"disposition"_s, u"duration"_s, u"seconds"_s, u"rate"_s, u"total"_s,
                                       u"uniqueid"_s};
        if (!known.contains(it.key()))
            extra.insert(it.key(), it.value());
    }
    record.extra = QString::fromUtf8(QJsonDocument(extra).toJson(QJsonDocument::Compact));
    return true;
}
