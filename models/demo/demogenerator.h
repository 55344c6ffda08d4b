#pragma once

#include "core/callrecord.h"
#include "demoplan.h"

#include <QList>

#include <random>

struct DemoOptions
{
    qint64 calls = 100000;   // rows (call legs) to generate
    quint64 seed = 1;
    qint64 until = 0;        // the span ends here (Unix, exclusive); 0 = the next UTC midnight
    int days = 365;          // length of the span
    bool rate = true;        // the builder rates every call under the customers' decks
};

// Generates a realistic, deterministic stream of call legs: the same options give the same
// calls, byte for byte. Traffic follows office hours and weekdays, most calls are short with a
// long tail, outcomes come in real proportions, some calls have two legs sharing a callid,
// and rows come from several kinds of source, each with its own fields and `extra`.
class DemoGenerator
{
public:
    explicit DemoGenerator(const DemoOptions &options);

    // The next leg in start order; false when all have been generated.
    bool next(CallRecord &record);
    qint64 generated() const { return m_generated; }
    const DemoOptions &options() const { return m_options; }

private:
    struct ExternalNumber
    {
        QString digits;   // E.164 without '+'
        int rate = -1;    // index into the retail deck, -1 when none matches
    };
    struct Client
    {
        const DemoPlan::Customer *customer;
        QStringList dids;
        QStringList users;  // extension owners; extension = 201 + index
    };

    quint64 bits() { return m_engine(); }
    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; }
    qint64 below(qint64 n) { return qint64(uniform() * double(n)); }
    bool chance(double p) { return uniform() < p; }
    double normal();
    template<typename T>
    const T &pick(const QList<T> &list) { return list[below(list.size())]; }

    QString randomNumber(const QString &country);
    QString randomDigits(int count, bool firstNonZeroOrOne);
    const ExternalNumber &externalNumber();
    const Client &client();
    void planDay();
    void makeCall(qint64 start);
    void addLeg(CallRecord leg);
    void costLeg(CallRecord &leg, const ExternalNumber &destination) const;
    void decorate(CallRecord &leg);
    qint64 talkTime();

    DemoOptions m_options;
    std::mt19937_64 m_engine;
    QList<ExternalNumber> m_pool;
    QList<Client> m_clients;
    QList<int> m_clientWeights;  // cumulative
    QList<double> m_dayShare;    // per day, sums to 1
    QList<CallRecord> m_dayRows;
    qsizetype m_dayRowsTaken = 0;
    int m_day = 0;
    qint64 m_firstDay = 0;
    qint64 m_generated = 0;
    qint64 m_planned = 0;        // rows planned up to and including the current day
    qint64 m_sequence = 0;
};
