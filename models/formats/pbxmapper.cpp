#include "pbxmapper.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

PbxMapper::PbxMapper(const QTimeZone &zone)
    : m_zone(zone)
{
}

bool PbxMapper::map(const QJsonObject &object, CallRecord &record, FieldProblem &problem)
{
    const auto text = [&object](const QString &key) { return ImportFields::jsonText(object.value(key)); };
    record = CallRecord();
    record.source = u"import:pbx-json"_s;
    record.recordKey = text(u"acctid"_s);
    if (record.recordKey.isEmpty()) {
        problem = {u"acctid"_s, QCoreApplication::translate("PbxMapper", "is missing")};
        return false;
    }
    const auto start = ImportFields::time(text(u"calldate"_s), u"calldate"_s, m_zone, problem);
    const auto duration = start ? ImportFields::integer(text(u"duration"_s), u"duration"_s, problem, 0) : std::nullopt;
    const auto billsec = duration ? ImportFields::integer(text(u"billsec"_s), u"billsec"_s, problem, 0) : std::nullopt;
    if (!billsec)
        return false;
    record.start = *start;
    record.totaltime = *duration;
    record.talktime = *billsec;
    record.end = record.start + record.totaltime;
    if (record.talktime > 0)
        record.answer = record.end - record.talktime;
    record.ringtime = record.totaltime - record.talktime;
    record.clid = text(u"clid"_s);
    record.sname = ImportFields::callerId(record.clid).name;
    record.snumber = text(u"src"_s);
    record.cnumber = text(u"dst"_s);
    record.dnumber = record.cnumber;
    record.dcontext = text(u"dcontext"_s);
    record.channel = text(u"channel"_s);
    record.dstchannel = text(u"dstchannel"_s);
    record.lastapp = text(u"lastapp"_s);
    record.lastdata = text(u"lastdata"_s);
    record.disposition = text(u"disposition"_s);
    record.status = ImportFields::statusFromDisposition(record.disposition);
    record.amaflags = text(u"amaflags"_s);
    record.accountcode = text(u"accountcode"_s);
    record.uniqueid = text(u"uniqueid"_s);
    record.callid = object.contains(u"linkedid"_s) ? text(u"linkedid"_s) : record.uniqueid;
    record.userfield = text(u"userfield"_s);
    QJsonObject extra;
    extra.insert(u"acctid"_s, object.value(u"acctid"_s));
    extra.insert(u"properties"_s, object.value(u"properties"_s).toObject());
    record.extra = QString::fromUtf8(QJsonDocument(extra).toJson(QJsonDocument::Compact));
    return true;
}
