#include "dashboarddata.h"

#include <algorithm>

using namespace Qt::StringLiterals;

QStringList DashboardData::statuses() const
{
    // Enswitch's vocabulary in the order an operator reads it: success first, then failures.
    static const QStringList known = {u"answer"_s, u"noanswer"_s, u"busy"_s, u"cancel"_s,
                                      u"chanunavail"_s, u"congestion"_s, u"error"_s};
    QStringList seen;
    for (const TimeBucket &bucket : timeline) {
        for (auto it = bucket.callsByStatus.cbegin(); it != bucket.callsByStatus.cend(); ++it) {
            if (!seen.contains(it.key()))
                seen.append(it.key());
        }
    }
    std::sort(seen.begin(), seen.end(), [](const QString &a, const QString &b) {
        const qsizetype ia = known.indexOf(a) < 0 ? known.size() : known.indexOf(a);
        const qsizetype ib = known.indexOf(b) < 0 ? known.size() : known.indexOf(b);
        return ia != ib ? ia < ib : a < b;
    });
    return seen;
}

QList<DestinationTotal> DashboardData::topByMinutes(int count) const
{
    return destinations.mid(0, count);
}

QList<DestinationTotal> DashboardData::topByCost(int count) const
{
    QList<DestinationTotal> sorted = destinations;
    std::stable_sort(sorted.begin(), sorted.end(), [](const DestinationTotal &a, const DestinationTotal &b) {
        return a.cost.units() > b.cost.units();
    });
    return sorted.mid(0, count);
}

int DashboardData::bucketAt(qint64 time) const
{
    const auto it = std::upper_bound(timeline.cbegin(), timeline.cend(), time,
                                     [](qint64 t, const TimeBucket &bucket) { return t < bucket.start; });
    if (it == timeline.cbegin())
        return -1;
    const int index = int(it - timeline.cbegin()) - 1;
    return time < timeline[index].end ? index : -1;
}
