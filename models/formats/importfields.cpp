#include "importfields.h"

#include "core/timeutil.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ImportFields {

QString decode(const QByteArray &bytes, bool *latin1)
{
    // Most CDR text is ASCII, which reads the same in UTF-8 and Latin-1: no decoder needed.
    if (std::all_of(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        if (latin1)
            *latin1 = false;
        // Empty is "" as the decoder gives it, never a null QString (which binds as NULL).
        return bytes.isEmpty() ? u""_s : QString::fromLatin1(bytes);
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    const bool invalid = decoder.hasError();
    if (latin1)
        *latin1 = invalid;
    return invalid ? QString::fromLatin1(bytes) : text;
}

std::optional<qint64> integer(const QString &text, const QString &field, FieldProblem &problem,
                              std::optional<qint64> fallback)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() && fallback)
        return fallback;
    bool ok = false;
    const qint64 value = trimmed.toLongLong(&ok);
    if (!ok || value < 0) {
        problem = {field, QCoreApplication::translate("ImportFields", "\"%1\" is not a whole number of at least 0").arg(text)};
        return std::nullopt;
    }
    return value;
}

std::optional<qint64> time(const QString &text, const QString &field, const QTimeZone &zone, FieldProblem &problem)
{
    QString why;
    const auto value = TimeUtil::parseTimestamp(text, zone, &why);
    if (!value)
        problem = {field, QCoreApplication::translate("ImportFields", "\"%1\" is not a time: %2").arg(text, why)};
    return value;
}

bool optionalTime(const QString &text, const QString &field, const QTimeZone &zone, std::optional<qint64> &out,
                  FieldProblem &problem)
{
    out.reset();
    if (text.trimmed().isEmpty())
        return true;
    out = time(text, field, zone, problem);
    return out.has_value();
}

std::optional<Money> money(const QString &text, const QString &field, FieldProblem &problem)
{
    if (text.trimmed().isEmpty())
        return Money();
    QString why;
    const auto value = Money::parse(text, &why);
    if (!value)
        problem = {field, QCoreApplication::translate("ImportFields", "\"%1\" is not an amount of money: %2").arg(text, why)};
    return value;
}

CallerId callerId(const QString &clid)
{
    const qsizetype open = clid.lastIndexOf(u'<');
    const qsizetype close = clid.lastIndexOf(u'>');
    CallerId id;
    if (open >= 0 && close > open) {
        id.number = clid.mid(open + 1, close - open - 1).trimmed();
        id.name = clid.left(open).trimmed();
    } else {
        id.name = clid.trimmed();
    }
    if (id.name.size() >= 2 && id.name.startsWith(u'"') && id.name.endsWith(u'"'))
        id.name = id.name.mid(1, id.name.size() - 2);
    static const QRegularExpression digits(u"^\\+?[0-9*#]+$"_s);
    if (id.number.isEmpty() && digits.match(id.name).hasMatch())
        std::swap(id.name, id.number);
    return id;
}

QString statusFromDisposition(const QString &disposition)
{
    const QString d = disposition.trimmed().toUpper();
    if (d == u"ANSWERED")
        return u"answer"_s;
    if (d == u"NO ANSWER" || d == u"NOANSWER")
        return u"noanswer"_s;
    if (d == u"BUSY")
        return u"busy"_s;
    if (d == u"FAILED")
        return u"error"_s;
    if (d == u"CONGESTION")
        return u"congestion"_s;
    if (d == u"CANCEL")
        return u"cancel"_s;
    return QString();
}

QString statusFromHangupCause(const QString &cause, qint64 talktime)
{
    const QString c = cause.trimmed().toUpper();
    if (talktime > 0)
        return u"answer"_s;
    if (c == u"USER_BUSY")
        return u"busy"_s;
    if (c == u"NO_ANSWER" || c == u"NO_USER_RESPONSE" || c == u"NORMAL_CLEARING" || c == u"CALL_REJECTED")
        return u"noanswer"_s;
    if (c == u"ORIGINATOR_CANCEL" || c == u"LOSE_RACE")
        return u"cancel"_s;
    if (c == u"NORMAL_CIRCUIT_CONGESTION" || c == u"SWITCH_CONGESTION")
        return u"congestion"_s;
    if (c == u"UNALLOCATED_NUMBER" || c == u"NO_ROUTE_DESTINATION" || c == u"CHANNEL_UNACCEPTABLE"
        || c == u"SUBSCRIBER_ABSENT" || c == u"DESTINATION_OUT_OF_ORDER")
        return u"chanunavail"_s;
    return c.isEmpty() ? QString() : u"error"_s;
}

QString digest(const QList<QByteArray> &fields)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QByteArray &field : fields) {
        hash.addData(field);
        hash.addData(QByteArrayView("\x1f", 1));
    }
    return QString::fromLatin1(hash.result().toHex().left(16));
}

std::optional<QTimeZone> zoneFromText(const QString &text)
{
    const QString t = text.trimmed();
    if (t.compare(u"UTC", Qt::CaseInsensitive) == 0 || t == u"Z")
        return QTimeZone::utc();
    static const QRegularExpression offset(u"^([+-]?)(\\d{1,2})(?::?(\\d{2}))?$"_s);
    if (const auto m = offset.match(t); m.hasMatch()) {
        const int hours = m.captured(2).toInt();
        const int minutes = m.captured(3).toInt();
        if (hours > 14 || minutes > 59)
            return std::nullopt;
        const int seconds = (hours * 3600 + minutes * 60) * (m.captured(1) == u"-" ? -1 : 1);
        return seconds == 0 ? QTimeZone::utc() : QTimeZone(seconds);
    }
    QTimeZone zone(t.toUtf8());
    if (!zone.isValid())
        return std::nullopt;
    return zone;
}

QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    default:
        return QString();
    }
}

} // namespace ImportFields
