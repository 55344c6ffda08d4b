#include "asteriskcsvmapper.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

enum Column {
    Accountcode, Src, Dst, Dcontext, Clid, Channel, Dstchannel, Lastapp, Lastdata, Start, Answer, End,
    Duration, Billsec, Disposition, Amaflags, Uniqueid, Userfield, Peeraccount, Linkedid, Sequence,
    ColumnCount
};

const char16_t *const columnNames[ColumnCount] = {
    u"accountcode", u"src", u"dst", u"dcontext", u"clid", u"channel", u"dstchannel", u"lastapp", u"lastdata",
    u"start", u"answer", u"end", u"duration", u"billsec", u"disposition", u"amaflags", u"uniqueid",
    u"userfield", u"peeraccount", u"linkedid", u"sequence",
};

QString columnName(int column)
{
    return QString::fromUtf16(columnNames[column]);
}

} // namespace

AsteriskCsvMapper::AsteriskCsvMapper(const QTimeZone &zone)
    : m_zone(zone)
{
}

bool AsteriskCsvMapper::map(const QList<QByteArray> &fields, CallRecord &record, FieldProblem &problem)
{
    const qsizetype n = fields.size();
    if (n < 16 || n > ColumnCount || n == 19 || n == 20) {
        problem = {u"columns"_s, QCoreApplication::translate("AsteriskCsvMapper",
                                                             "%1 columns; cdr_csv writes 16, 17, 18 or 21").arg(n)};
        return false;
    }
    QString text[ColumnCount];
    QJsonArray latin1Fields;
    for (qsizetype i = 0; i < n; ++i) {
        bool latin1 = false;
        text[i] = ImportFields::decode(fields[i], &latin1);
        if (latin1)
            latin1Fields.append(columnName(int(i)));
    }
    record = CallRecord();
    record.source = u"import:asterisk-csv"_s;
    const auto start = ImportFields::time(text[Start], columnName(Start), m_zone, problem);
    const auto end = start ? ImportFields::time(text[End], columnName(End), m_zone, problem) : std::nullopt;
    if (!end || !ImportFields::optionalTime(text[Answer], columnName(Answer), m_zone, record.answer, problem))
        return false;
    const auto duration = ImportFields::integer(text[Duration], columnName(Duration), problem);
    const auto billsec = duration ? ImportFields::integer(text[Billsec], columnName(Billsec), problem) : std::nullopt;
    if (!billsec)
        return false;
    record.start = *start;
    record.end = *end;
    record.totaltime = *duration;
    record.talktime = *billsec;
    record.ringtime = record.answer ? qMax<qint64>(0, *record.answer - record.start) : record.totaltime;

    record.accountcode = text[Accountcode];
    record.snumber = text[Src];
    record.cnumber = text[Dst];
    record.dnumber = text[Dst];
    record.dcontext = text[Dcontext];
    record.clid = text[Clid];
    record.sname = ImportFields::callerId(text[Clid]).name;
    record.channel = text[Channel];
    record.dstchannel = text[Dstchannel];
    record.lastapp = text[Lastapp];
    record.lastdata = text[Lastdata];
    record.disposition = text[Disposition];
    record.status = ImportFields::statusFromDisposition(text[Disposition]);
    record.amaflags = text[Amaflags];
    record.uniqueid = text[Uniqueid];
    record.userfield = text[Userfield];
    record.callid = n > Linkedid && !text[Linkedid].isEmpty() ? text[Linkedid] : record.uniqueid;
    record.recordKey = n > Sequence ? record.uniqueid + u'#' + text[Sequence]
                                    : record.uniqueid + u'#' + ImportFields::digest(fields);

    QJsonObject extra;
    if (n > Peeraccount) {
        extra.insert(u"peeraccount"_s, text[Peeraccount]);
        extra.insert(u"linkedid"_s, text[Linkedid]);
        extra.insert(u"sequence"_s, text[Sequence]);
    }
    if (!latin1Fields.isEmpty())
        extra.insert(u"latin1_fields"_s, latin1Fields);
    if (!extra.isEmpty())
        record.extra = QString::fromUtf8(QJsonDocument(extra).toJson(QJsonDocument::Compact));
    return true;
}
