#include "zoneoffsets.h"

#include <limits>

ZoneOffsets::ZoneOffsets(const QTimeZone &zone)
    : m_zone(zone)
    , m_utc(!zone.isValid() || zone == QTimeZone::utc())
{
}

int ZoneOffsets::offsetAt(qint64 utcSeconds)
{
    if (m_utc)
        return 0;
    if (utcSeconds >= m_from && utcSeconds < m_until)
        return m_offset;
    const QTimeZone utc = QTimeZone::utc();
    const QDateTime at = QDateTime::fromSecsSinceEpoch(utcSeconds, utc);
    m_offset = m_zone.offsetFromUtc(at);
    // The last transition at or before the moment, and the first after it.
    const QTimeZone::OffsetData before = m_zone.previousTransition(QDateTime::fromSecsSinceEpoch(utcSeconds + 1, utc));
    const QTimeZone::OffsetData after = m_zone.nextTransition(at);
    m_from = before.atUtc.isValid() ? before.atUtc.toSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    m_until = after.atUtc.isValid() ? after.atUtc.toSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    if (m_from > utcSeconds || m_until <= utcSeconds) {
        m_from = utcSeconds;  // a backend that does not list its transitions: this second only
        m_until = utcSeconds + 1;
    }
    return m_offset;
}
