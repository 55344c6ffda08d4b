#pragma once

#include "core/money.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <array>

// The length of the dashboard's time buckets: local hours or local days of the display zone.
enum class TimeStep { Hour, Day };

// One bucket of the timeline, [start, end) in UTC (a local hour or day, so 23 or 25 hours
// around a DST change).
struct TimeBucket
{
    qint64 start = 0;
    qint64 end = 0;
    QMap<QString, qint64> callsByStatus;
    qint64 calls = 0;
    qint64 answered = 0;        // status "answer"
    qint64 talkSeconds = 0;
    qint64 peakConcurrent = 0;  // the most calls in progress at any second of the bucket

    // Answer-seizure ratio in percent (answered ÷ attempts); 0 without attempts.
    [[nodiscard]] double asr() const { return calls ? 100.0 * double(answered) / double(calls) : 0.0; }
    // Average call duration in seconds (talk time ÷ answered calls); 0 without answers.
    [[nodiscard]] double acd() const { return answered ? double(talkSeconds) / double(answered) : 0.0; }
};

// Calls to one destination (country and region of the called number) in one currency.
struct DestinationTotal
{
    QString country;  // ISO 3166 code, empty when the number was not understood
    QString region;
    QString currency;
    qint64 calls = 0;
    qint64 talkSeconds = 0;
    Money cost;
};

// One customer's calls (as the calling customer, `scustomer`) in one currency: revenue is what
// the calls were charged (`cost`), cost is what the customer's reseller pays for the same
// calls (`call_charges` rows of role "reseller"), so revenue − cost is the margin.
struct CustomerTotal
{
    QString customer;  // the scustomer value
    QString name;      // from the customers table, empty when unknown
    QString currency;
    qint64 calls = 0;
    Money revenue;
    Money cost;
};

// Everything the dashboard draws, computed in SQL over one filter. Parts arrive one by one
// (see DashboardQuery::Part); `done` lists those present.
struct DashboardData
{
    TimeStep step = TimeStep::Day;
    QList<TimeBucket> timeline;
    // Calls started per local weekday (0 = Monday) and hour: weekdayHour[day * 24 + hour].
    std::array<qint64, 7 * 24> weekdayHour{};
    QList<DestinationTotal> destinations;  // every group, most minutes first
    QList<CustomerTotal> customers;        // every group, most revenue first
    qint64 peakConcurrent = 0;
    int done = 0;                          // bit set of DashboardQuery::Part

    // Every status seen in the timeline, in a fixed order (answer first).
    [[nodiscard]] QStringList statuses() const;
    [[nodiscard]] QList<DestinationTotal> topByMinutes(int count) const;
    [[nodiscard]] QList<DestinationTotal> topByCost(int count) const;
    // The bucket that contains `time`, or -1.
    [[nodiscard]] int bucketAt(qint64 time) const;
};
