#pragma once

#include <QTimeZone>

#include <optional>

// The UTC offset of a time zone at a moment, remembered for the whole interval between the
// zone's transitions around it: formatting millions of times in one zone asks the zone
// database once per interval (twice a year for a zone with daylight saving) instead of once per
// time. The offsets are the zone's own, so the results equal QDateTime's.
class ZoneOffsets
{
public:
    explicit ZoneOffsets(const QTimeZone &zone);

    // Whether times are written in UTC with "Z" (the zone is UTC or not valid), as
    // TimeUtil::formatIso does.
    [[nodiscard]] bool isUtc() const { return m_utc; }
    [[nodiscard]] const QTimeZone &zone() const { return m_zone; }
    // Seconds east of UTC at `utcSeconds`.
    [[nodiscard]] int offsetAt(qint64 utcSeconds);

private:
    QTimeZone m_zone;
    bool m_utc = true;
    qint64 m_from = 1;   // the cached offset holds for utcSeconds in [m_from, m_until)
    qint64 m_until = 0;  // (empty at first)
    int m_offset = 0;
};
