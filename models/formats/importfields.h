#pragma once

#include "core/callrecord.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

// What is wrong with one field of an input row: the field's name in the input and a
// translated description. The importer prefixes file and line.
struct FieldProblem
{
    QString field;
    QString message;
};

// Helpers every importer shares: decoding, numbers, times, statuses and record keys.
namespace ImportFields {

// UTF-8 when the bytes are valid UTF-8; otherwise each byte is read as Latin-1, so no byte is
// lost or replaced (the original bytes are `toLatin1()` of the result). `*latin1` tells which.
[[nodiscard]] QString decode(const QByteArray &bytes, bool *latin1 = nullptr);

// A whole number of at least 0 (durations, ids); an empty text is `fallback` when given.
[[nodiscard]] std::optional<qint64> integer(const QString &text, const QString &field, FieldProblem &problem,
                                            std::optional<qint64> fallback = std::nullopt);
// A time: Unix seconds or ISO 8601; without an offset it is local time in `zone`.
[[nodiscard]] std::optional<qint64> time(const QString &text, const QString &field, const QTimeZone &zone,
                                         FieldProblem &problem);
// As time(), but an empty text is "no time" (an unanswered call).
[[nodiscard]] bool optionalTime(const QString &text, const QString &field, const QTimeZone &zone,
                                std::optional<qint64> &out, FieldProblem &problem);
[[nodiscard]] std::optional<Money> money(const QString &text, const QString &field, FieldProblem &problem);

// `"Bob's Desk" <01908276650>` -> name Bob's Desk, number 01908276650; text without <…> is a
// name unless it is all digits (then it is the number).
struct CallerId
{
    QString name;
    QString number;
};
[[nodiscard]] CallerId callerId(const QString &clid);

// Asterisk dispositions (and the PBX API's): ANSWERED -> answer, NO ANSWER/NOANSWER ->
// noanswer, BUSY -> busy, FAILED -> error, CONGESTION -> congestion, CANCEL -> cancel, else "".
[[nodiscard]] QString statusFromDisposition(const QString &disposition);
// FreeSWITCH/Kazoo hangup causes, with the talk time telling answered normal clearings.
[[nodiscard]] QString statusFromHangupCause(const QString &cause, qint64 talktime);

// A short, stable digest of the row's fields (not of its quoting or line ending).
[[nodiscard]] QString digest(const QList<QByteArray> &fields);

// Converts a time-zone option: an IANA name, "UTC", or a UTC offset in hours ("-7", "+5:30").
[[nodiscard]] std::optional<QTimeZone> zoneFromText(const QString &text);

// Text form of a JSON value for `extra` and for string fields that may come as numbers.
[[nodiscard]] QString jsonText(const QJsonValue &value);

} // namespace ImportFields
