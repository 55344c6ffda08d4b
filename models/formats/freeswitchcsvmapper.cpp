#include "freeswitchcsvmapper.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// The variables that become fields; the rest go to extra.
const QStringList mappedVariables{
    u"caller_id_name"_s, u"caller_id_number"_s, u"destination_number"_s, u"context"_s, u"start_stamp"_s,
    u"answer_stamp"_s, u"end_stamp"_s, u"start_epoch"_s, u"answer_epoch"_s, u"end_epoch"_s, u"duration"_s,
    u"billsec"_s, u"hangup_cause"_s, u"uuid"_s, u"accountcode"_s, u"call_uuid"_s,
};

} // namespace

FreeswitchCsvMapper::FreeswitchCsvMapper(const QStringList &variables, const QTimeZone &zone)
    : m_variables(variables)
    , m_zone(zone)
{
}

QStringList FreeswitchCsvMapper::exampleTemplate()
{
    return {u"caller_id_name"_s, u"caller_id_number"_s, u"destination_number"_s, u"context"_s, u"start_stamp"_s,
            u"answer_stamp"_s, u"end_stamp"_s, u"duration"_s, u"billsec"_s, u"hangup_cause"_s, u"uuid"_s,
            u"bleg_uuid"_s, u"accountcode"_s, u"read_codec"_s, u"write_codec"_s};
}

Result<QStringList> FreeswitchCsvMapper::templateFromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("FreeswitchCsvMapper", "%1: cannot read the template: %2").arg(path, file.errorString())};
    QString text = QString::fromUtf8(file.read(1 << 20));
    // A cdr_csv.conf.xml: the first <template> element's text.
    static const QRegularExpression element(u"<template[^>]*>(.*?)</template>"_s,
                                            QRegularExpression::DotMatchesEverythingOption);
    if (const auto m = element.match(text); m.hasMatch())
        text = m.captured(1);
    static const QRegularExpression variable(u"\\$\\{([A-Za-z0-9_]+)\\}"_s);
    QStringList variables;
    for (auto it = variable.globalMatch(text); it.hasNext();)
        variables.append(it.next().captured(1));
    if (variables.isEmpty())
        return Error{QCoreApplication::translate("FreeswitchCsvMapper", "%1: the template names no ${variable}").arg(path)};
    return variables;
}

bool FreeswitchCsvMapper::mapTimes(const QHash<QString, QString> &values, CallRecord &record,
                                   FieldProblem &problem) const
{
    const auto pick = [&values](const QString &stamp, const QString &epoch) -> std::pair<QString, QString> {
        if (values.contains(epoch) && !values.value(epoch).isEmpty() && values.value(epoch) != u"0")
            return {epoch, values.value(epoch)};
        return {stamp, values.value(stamp)};
    };
    const auto [startName, startText] = pick(u"start_stamp"_s, u"start_epoch"_s);
    const auto [answerName, answerText] = pick(u"answer_stamp"_s, u"answer_epoch"_s);
    const auto [endName, endText] = pick(u"end_stamp"_s, u"end_epoch"_s);
    const auto start = ImportFields::time(startText, startName, m_zone, problem);
    const auto end = start ? ImportFields::time(endText, endName, m_zone, problem) : std::nullopt;
    if (!end)
        return false;
    const QString answer = answerText == u"0" ? QString() : answerText;
    if (!ImportFields::optionalTime(answer, answerName, m_zone, record.answer, problem))
        return false;
    record.start = *start;
    record.end = *end;
    const auto duration = ImportFields::integer(values.value(u"duration"_s), u"duration"_s, problem, record.end - record.start);
    const auto billsec = duration ? ImportFields::integer(values.value(u"billsec"_s), u"billsec"_s, problem,
                                                          record.answer ? record.end - *record.answer : 0)
                                  : std::nullopt;
    if (!billsec)
        return false;
    record.totaltime = *duration;
    record.talktime = *billsec;
    record.ringtime = record.answer ? qMax<qint64>(0, *record.answer - record.start) : record.totaltime;
    return true;
}

bool FreeswitchCsvMapper::map(const QList<QByteArray> &fields, CallRecord &record, FieldProblem &problem)
{
    if (fields.size() != m_variables.size()) {
        problem = {u"columns"_s, QCoreApplication::translate("FreeswitchCsvMapper", "%1 columns; the template has %2").arg(fields.size()).arg(m_variables.size())};
        return false;
    }
    QHash<QString, QString> values;
    QJsonObject extra;
    QJsonArray latin1Fields;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        bool latin1 = false;
        const QString text = ImportFields::decode(fields[i], &latin1);
        if (latin1)
            latin1Fields.append(m_variables[i]);
        values.insert(m_variables[i], text);
        if (!mappedVariables.contains(m_variables[i]))
            extra.insert(m_variables[i], text);
    }
    record = CallRecord();
    record.source = u"import:freeswitch-csv"_s;
    if (!mapTimes(values, record, problem))
        return false;
    record.sname = values.value(u"caller_id_name"_s);
    record.snumber = values.value(u"caller_id_number"_s);
    record.cnumber = values.value(u"destination_number"_s);
    record.dnumber = record.cnumber;
    record.dcontext = values.value(u"context"_s);
    record.hangupCause = values.value(u"hangup_cause"_s);
    record.status = ImportFields::statusFromHangupCause(record.hangupCause, record.talktime);
    record.accountcode = values.value(u"accountcode"_s);
    record.uniqueid = values.value(u"uuid"_s);
    record.callid = values.value(u"call_uuid"_s, record.uniqueid);
    // A leg's uuid is unique; without one in the template, the row's digest keys it.
    record.recordKey = record.uniqueid.isEmpty() ? ImportFields::digest(fields) : record.uniqueid;
    if (!latin1Fields.isEmpty())
        extra.insert(u"latin1_fields"_s, latin1Fields);
    if (!extra.isEmpty())
        record.extra = QString::fromUtf8(QJsonDocument(extra).toJson(QJsonDocument::Compact));
    return true;
}
