#pragma once

#include <QString>
#include <QStringView>
#include <QTimeZone>
#include <QtGlobal>

#include <optional>

// Conversions at the edges of the program. Inside, every instant is UTC Unix seconds.
namespace TimeUtil {

// Kazoo (Erlang) timestamps count seconds from 0000-01-01T00:00:00Z in the proleptic Gregorian
// calendar: Unix = Gregorian - offset (719528 days).
constexpr qint64 GregorianUnixOffset = 62167219200;

[[nodiscard]] constexpr qint64 unixFromGregorian(qint64 gregorianSeconds)
{
    return gregorianSeconds - GregorianUnixOffset;
}

[[nodiscard]] constexpr qint64 gregorianFromUnix(qint64 unixSeconds)
{
    return unixSeconds + GregorianUnixOffset;
}

// Epoch milliseconds (the PBX API) to Unix seconds, rounding toward the past, so that
// -1 ms is -1 s (1969-12-31T23:59:59.999Z lies in that second), not 0.
[[nodiscard]] qint64 unixFromEpochMs(qint64 epochMs);

[[nodiscard]] constexpr qint64 epochMsFromUnix(qint64 unixSeconds)
{
    return unixSeconds * 1000;
}

// Accepts, with surrounding whitespace ignored:
//  - Unix seconds as plain digits, optionally negative: "1709294400", "-86400";
//  - ISO 8601 "2024-03-01T12:00:00Z", with an offset "+02:00", "+0200" or "-07", with
//    fractional seconds ("12:00:00.750Z", the fraction is dropped), with ' ' instead of 'T',
//    without seconds ("2024-03-01T12:00"), or a date alone ("2024-03-01", midnight).
// Text without 'Z' or an offset is local time in `zone`. Daylight-saving changes are resolved
// as QDateTime (Qt 6.4) resolves them: a local time repeated when the clocks go back is taken
// in standard time, i.e. its second occurrence (01:30 in London on 2024-10-27 is 01:30Z); a local
// time skipped when the clocks go forward gives no valid QDateTime and is reported as an error
// (01:30 in London on 2024-03-31). A date alone is the first moment of that day in `zone`.
// On error returns nullopt and sets *error to a translated message naming what is wrong.
[[nodiscard]] std::optional<qint64> parseTimestamp(QStringView text,
                                                   const QTimeZone &zone = QTimeZone::utc(),
                                                   QString *error = nullptr);

// ISO 8601 in the zone: "2024-03-01T12:00:00Z" for UTC, "2024-03-01T14:00:00+02:00" otherwise
// (a zone at offset zero other than UTC itself prints "+00:00"). An invalid zone means UTC.
[[nodiscard]] QString formatIso(qint64 unixSeconds, const QTimeZone &zone = QTimeZone::utc());

// A duration as H:MM:SS ("0:00:07", "1:02:03", "27:00:00"); negative gets a leading '-'.
[[nodiscard]] QString formatDuration(qint64 seconds);

// "HH:MM:SS", "H:MM:SS" or "MM:SS" (voip.ms durations) to seconds. The leading field may have
// any number of digits; the others exactly two, below 60. nullopt if malformed.
[[nodiscard]] std::optional<qint64> parseDuration(QStringView text);

} // namespace TimeUtil
