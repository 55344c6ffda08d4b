#include "columnmapper.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

ColumnMapper::ColumnMapper(const QString &source, bool keepIdentity, const QTimeZone &zone)
    : m_source(source)
    , m_keepIdentity(keepIdentity)
    , m_zone(zone)
{
}

bool ColumnMapper::setField(CallRecord &record, CallField field, const QJsonValue &value, FieldProblem &problem) const
{
    const QString name = CallFields::column(field);
    const QString text = ImportFields::jsonText(value);
    switch (CallFields::kind(field)) {
    case FieldKind::Text:
        CallFields::setValue(record, field, text);
        return true;
    case FieldKind::Json: {
        if (text.trimmed().isEmpty())
            return true;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (!document.isObject()) {
            problem = {name, QCoreApplication::translate("ColumnMapper", "is not a JSON object")};
            return false;
        }
        CallFields::setValue(record, field, text);
        return true;
    }
    case FieldKind::Money: {
        const auto money = ImportFields::money(text, name, problem);
        if (money)
            CallFields::setValue(record, field, money->units());
        return money.has_value();
    }
    case FieldKind::Timestamp: {
        std::optional<qint64> instant;
        if (!ImportFields::optionalTime(text, name, m_zone, instant, problem))
            return false;
        if (instant || field == CallField::Answer)
            CallFields::setValue(record, field, instant ? QVariant(*instant) : QVariant());
        return true;
    }
    case FieldKind::Bool:
        if (text == u"true" || text == u"false") {
            CallFields::setValue(record, field, qint64(text == u"true"));
            return true;
        }
        [[fallthrough]];
    case FieldKind::Integer:
    case FieldKind::Duration: {
        bool ok = false;
        const qint64 number = text.trimmed().isEmpty() ? 0 : text.trimmed().toLongLong(&ok);
        if (!ok && !text.trimmed().isEmpty()) {
            problem = {name, QCoreApplication::translate("ColumnMapper", "\"%1\" is not a whole number").arg(text)};
            return false;
        }
        CallFields::setValue(record, field, number);
        return true;
    }
    }
    return true;
}

bool ColumnMapper::map(const QJsonObject &object, CallRecord &record, FieldProblem &problem)
{
    record = CallRecord();
    QJsonObject unknown;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const auto field = CallFields::fromColumn(it.key());
        if (!field) {
            unknown.insert(it.key(), it.value());
            continue;
        }
        if (*field == CallField::Id)
            continue;
        if (!setField(record, *field, it.value(), problem))
            return false;
    }
    if (!unknown.isEmpty()) {
        QJsonObject extra = QJsonDocument::fromJson(record.extra.toUtf8()).object();
        for (auto it = unknown.begin(); it != unknown.end(); ++it)
            extra.insert(it.key(), it.value());
        record.extra = QString::fromUtf8(QJsonDocument(extra).toJson(QJsonDocument::Compact));
    }
    if (!m_keepIdentity || record.source.isEmpty())
        record.source = m_source;
    if (record.recordKey.isEmpty())
        record.recordKey = ImportFields::jsonText(object.value(u"id"_s));
    if (record.recordKey.isEmpty() || record.recordKey == u"0")
        record.recordKey = record.uniqueid;
    if (record.recordKey.isEmpty()) {
        problem = {u"uniqueid"_s, QCoreApplication::translate("ColumnMapper", "is missing, and so is a record key")};
        return false;
    }
    if (!m_keepIdentity && record.dnumber.isEmpty())
        record.dnumber = record.cnumber;
    if (!m_keepIdentity && record.end == 0 && record.start != 0)
        record.end = record.start + record.totaltime;
    return true;
}
