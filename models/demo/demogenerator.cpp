#include "demogenerator.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Day = 86400;

// Relative traffic per hour of the day (UTC; the customers' office hours overlap there).
constexpr int hourWeight[24] = {2, 1, 1, 1, 1, 2, 4, 9, 20, 32, 36, 35, 28, 30, 34, 33, 30, 24, 14, 10, 8, 6, 4, 3};

struct Outcome
{
    const char16_t *status;
    const char16_t *hangupCause;   // FreeSWITCH cause names, as Kazoo reports them
    const char16_t *disposition;   // Asterisk
    int weight;
};

constexpr Outcome outcomes[] = {
    {u"answer", u"NORMAL_CLEARING", u"ANSWERED", 600},
    {u"noanswer", u"NO_ANSWER", u"NO ANSWER", 170},
    {u"busy", u"USER_BUSY", u"BUSY", 80},
    {u"cancel", u"ORIGINATOR_CANCEL", u"NO ANSWER", 75},
    {u"congestion", u"NORMAL_CIRCUIT_CONGESTION", u"CONGESTION", 30},
    {u"chanunavail", u"DESTINATION_OUT_OF_ORDER", u"FAILED", 25},
    {u"error", u"INVALID_NUMBER_FORMAT", u"FAILED", 20},
};

QString hex(quint64 value, int width)
{
    return QString::number(value, 16).rightJustified(width, u'0').right(width);
}

QString jsonEscaped(const QString &text)
{
    QString out = text;
    out.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    return out;
}

int longestPrefix(const QString &digits)
{
    const QList<DemoPlan::Rate> &deck = DemoPlan::retailDeck();
    int best = -1;
    for (int i = 0; i < deck.size(); ++i) {
        if (digits.startsWith(deck[i].prefix) && (best < 0 || deck[i].prefix.size() > deck[best].prefix.size()))
            best = i;
    }
    return best;
}

} // namespace

DemoGenerator::DemoGenerator(const DemoOptions &options)
    : m_options(options)
    , m_engine(options.seed)
{
    if (m_options.until == 0)
        m_options.until = (QDateTime::currentSecsSinceEpoch() / Day + 1) * Day;
    m_options.days = qMax(1, m_options.days);
    m_firstDay = (m_options.until / Day - m_options.days) * Day;

    // Destinations and callers recur, as in real traffic: a pool drawn with a heavy head.
    const qint64 poolSize = qBound<qint64>(qint64(500), m_options.calls / 8, qint64(100000));
    QList<int> rangeWeights;
    int sum = 0;
    for (const DemoPlan::NumberRange &range : DemoPlan::numberRanges())
        rangeWeights.append(sum += range.weight);
    m_pool.reserve(poolSize);
    for (qint64 i = 0; i < poolSize; ++i) {
        const int r = int(std::upper_bound(rangeWeights.begin(), rangeWeights.end(), below(sum)) - rangeWeights.begin());
        const DemoPlan::NumberRange &range = DemoPlan::numberRanges()[r];
        ExternalNumber number;
        number.digits = range.countryCode + range.prefix + randomDigits(range.randomDigits, true);
        number.rate = longestPrefix(number.digits);
        m_pool.append(number);
    }

    sum = 0;
    for (const DemoPlan::Customer &customer : DemoPlan::customers()) {
        if (customer.role != u"client")
            continue;
        Client c{&customer, {}, {}};
        const int didCount = 2 + int(below(6));
        for (int i = 0; i < didCount; ++i)
            c.dids.append(randomNumber(customer.country));
        const int userCount = 3 + customer.weight / 6;
        for (int i = 0; i < userCount; ++i)
            c.users.append(pick(DemoPlan::firstNames()) + u' ' + pick(DemoPlan::lastNames()));
        m_clients.append(c);
        m_clientWeights.append(sum += customer.weight);
    }

    // Weekdays carry more than weekends, and traffic grows by half over the span.
    double total = 0;
    for (int d = 0; d < m_options.days; ++d) {
        const int weekday = QDateTime::fromSecsSinceEpoch(m_firstDay + d * Day, QTimeZone::utc()).date().dayOfWeek();
        const double share = (weekday == 6 ? 0.45 : weekday == 7 ? 0.3 : 1.0)
                             * (1.0 + 0.5 * d / m_options.days) * (0.9 + 0.2 * uniform());
        m_dayShare.append(share);
        total += share;
    }
    for (double &share : m_dayShare)
        share /= total;
    m_day = -1;
}

double DemoGenerator::normal()
{
    // Box-Muller: std::normal_distribution differs between standard libraries.
    const double u1 = 1.0 - uniform();
    const double u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
}

QString DemoGenerator::randomDigits(int count, bool firstNonZeroOrOne)
{
    QString digits;
    digits.reserve(count);
    for (int i = 0; i < count; ++i)
        digits.append(QChar(char16_t(u'0' + ((i == 0 && firstNonZeroOrOne) ? 2 + below(8) : below(10)))));
    return digits;
}

QString DemoGenerator::randomNumber(const QString &country)
{
    static const QHash<QString, QString> codes = {{u"US"_s, u"1212"_s}, {u"CA"_s, u"1416"_s},
                                                  {u"GB"_s, u"4420"_s}, {u"DE"_s, u"4930"_s},
                                                  {u"FR"_s, u"331"_s},  {u"ES"_s, u"3491"_s}};
    const QString prefix = codes.value(country, u"1212"_s);
    const int national = prefix.startsWith(u'1') ? 7 : prefix.startsWith(u"3491") ? 7 : 8;
    return prefix + randomDigits(national, true);
}

const DemoGenerator::ExternalNumber &DemoGenerator::externalNumber()
{
    const double u = uniform();
    return m_pool[qint64(double(m_pool.size()) * u * u * u)];
}

const DemoGenerator::Client &DemoGenerator::client()
{
    const int r = int(std::upper_bound(m_clientWeights.begin(), m_clientWeights.end(),
                                       below(m_clientWeights.last())) - m_clientWeights.begin());
    return m_clients[r];
}

qint64 DemoGenerator::talkTime()
{
    // Log-normal: median about 70 s, a long tail, capped at four hours.
    return qBound(qint64(1), qint64(std::exp(std::log(70.0) + 1.25 * normal())), qint64(4 * 3600));
}

bool DemoGenerator::next(CallRecord &record)
{
    while (m_dayRowsTaken >= m_dayRows.size()) {
        if (m_generated >= m_options.calls || m_day + 1 >= m_options.days)
            return false;
        ++m_day;
        planDay();
    }
    record = std::move(m_dayRows[m_dayRowsTaken++]);
    ++m_generated;
    return true;
}

void DemoGenerator::planDay()
{
    m_dayRows.clear();
    m_dayRowsTaken = 0;
    double before = 0;
    for (int d = 0; d < m_day; ++d)
        before += m_dayShare[d];
    m_planned = m_day + 1 == m_options.days
                    ? m_options.calls
                    : qMin(m_options.calls, qint64(std::llround((before + m_dayShare[m_day]) * double(m_options.calls))));
    const qint64 quota = m_planned - m_generated;
    if (quota <= 0)
        return;
    int hourTotal = 0;
    for (int w : hourWeight)
        hourTotal += w;
    const qint64 dayStart = m_firstDay + m_day * Day;
    while (m_dayRows.size() < quota) {
        qint64 h = below(hourTotal);
        int hour = 0;
        while (h >= hourWeight[hour])
            h -= hourWeight[hour++];
        makeCall(dayStart + hour * 3600 + below(3600));
    }
    m_dayRows.resize(quota);  // a second leg past the quota is dropped
    std::stable_sort(m_dayRows.begin(), m_dayRows.end(),
                     [](const CallRecord &a, const CallRecord &b) { return a.start < b.start; });
}

void DemoGenerator::makeCall(qint64 start)
{
    const Client &c = client();
    const qint64 customer = c.customer->id;
    const int user = int(below(c.users.size()));
    const QString extension = QString::number(201 + user);
    const double kind = uniform();

    CallRecord leg;
    leg.start = start;
    leg.scustomer = customer;
    leg.dcustomer = customer;
    leg.media = chance(0.004) ? u"fax"_s : u"voice"_s;
    leg.currency = u"USD"_s;
    leg.machine = chance(0.5) ? u"pbx1"_s : u"pbx2"_s;

    const Outcome *outcome = &outcomes[0];
    {
        int total = 0;
        for (const Outcome &o : outcomes)
            total += o.weight;
        qint64 r = below(total);
        for (const Outcome &o : outcomes) {
            if (r < o.weight) {
                outcome = &o;
                break;
            }
            r -= o.weight;
        }
    }
    leg.status = QString::fromUtf16(outcome->status);
    leg.hangupCause = QString::fromUtf16(outcome->hangupCause);
    leg.disposition = QString::fromUtf16(outcome->disposition);
    const bool answered = leg.status == u"answer";
    leg.ringtime = answered ? 2 + below(20) : leg.status == u"noanswer" ? 20 + below(40)
                                             : leg.status == u"cancel"  ? 3 + below(25)
                                                                        : below(4);
    leg.talktime = answered ? talkTime() : 0;
    leg.totaltime = leg.ringtime + leg.talktime;
    leg.end = start + leg.totaltime;
    if (answered)
        leg.answer = start + leg.ringtime;

    const ExternalNumber *remote = nullptr;
    if (kind < 0.55) {  // outbound
        remote = &externalNumber();
        leg.direction = u"out"_s;
        leg.stype = u"phone"_s;
        leg.snumber = pick(c.dids);
        leg.sname = c.users[user];
        leg.phone = extension + u'@' + QString::number(customer);
        leg.ctype = u"external"_s;
        leg.cnumber = remote->digits;
        leg.dtype = u"external"_s;
        leg.dnumber = remote->digits;
        leg.peer = 1 + below(4);
        leg.dcustomer = 0;
        costLeg(leg, *remote);
    } else if (kind < 0.9) {  // inbound to a DID
        remote = &externalNumber();
        leg.direction = u"in"_s;
        leg.stype = u"external"_s;
        leg.snumber = u'+' + remote->digits;
        if (chance(0.6))
            leg.sname = pick(DemoPlan::firstNames()) + u' ' + pick(DemoPlan::lastNames());
        leg.ctype = u"did"_s;
        leg.cnumber = pick(c.dids);
        static const QStringList targets = {u"phone"_s, u"phone"_s, u"phone"_s, u"queue"_s, u"ivr"_s, u"voicemail"_s};
        leg.dtype = pick(targets);
        leg.dnumber = leg.dtype == u"phone" ? extension : leg.dtype == u"queue" ? u"600"_s
                    : leg.dtype == u"ivr"   ? u"700"_s : u"*97"_s + extension;
        leg.scustomer = 0;
    } else {  // internal
        const int other = int(below(c.users.size()));
        leg.direction = u"internal"_s;
        leg.stype = u"phone"_s;
        leg.snumber = extension;
        leg.sname = c.users[user];
        leg.phone = extension + u'@' + QString::number(customer);
        leg.ctype = u"phone"_s;
        leg.cnumber = QString::number(201 + other);
        leg.dtype = u"phone"_s;
        leg.dnumber = leg.cnumber;
    }
    if (answered && chance(0.05))
        leg.recording = u"/var/spool/recordings/%1/%2.wav"_s.arg(customer).arg(start);
    if (chance(0.002))
        leg.note = u"Customer disputed this call"_s;

    ++m_sequence;
    leg.uniqueid = QString::number(start) + u'.' + QString::number(m_sequence);
    leg.callid = leg.uniqueid;
    const bool forwarded = leg.direction == u"in" && answered && leg.dtype == u"phone" && chance(0.2);
    if (!forwarded) {
        addLeg(leg);
        return;
    }
    // The callee forwarded the call to a mobile: a second, outbound leg shares the callid.
    CallRecord second = leg;
    const ExternalNumber &mobile = externalNumber();
    second.start = leg.start + leg.ringtime;
    second.ringtime = 1 + below(8);
    second.talktime = qMax<qint64>(0, leg.talktime - second.ringtime);
    second.totaltime = second.ringtime + second.talktime;
    second.answer = second.start + second.ringtime;
    second.end = second.start + second.totaltime;
    second.direction = u"out"_s;
    second.scustomer = customer;
    second.dcustomer = 0;
    second.stype = u"phone"_s;
    second.snumber = leg.snumber;
    second.ctype = u"external"_s;
    second.cnumber = mobile.digits;
    second.dtype = u"external"_s;
    second.dnumber = mobile.digits;
    second.peer = 1 + below(4);
    ++m_sequence;
    second.uniqueid = QString::number(second.start) + u'.' + QString::number(m_sequence);
    costLeg(second, mobile);
    addLeg(leg);
    addLeg(second);
}

void DemoGenerator::costLeg(CallRecord &leg, const ExternalNumber &destination) const
{
    if (leg.talktime <= 0 || destination.rate < 0)
        return;
    const DemoPlan::Rate &rate = DemoPlan::retailDeck()[destination.rate];
    qint64 billed = rate.initialIncrement;
    if (leg.talktime > rate.initialIncrement) {
        const qint64 rest = leg.talktime - rate.initialIncrement;
        billed += (rest + rate.subsequentIncrement - 1) / rate.subsequentIncrement * rate.subsequentIncrement;
    }
    const Money perMinute = Money::fromUnits(rate.ratePerMinute);
    const Money usage = perMinute.mulDiv(billed, 60).value_or(Money());
    leg.cost = usage.plus(Money::fromUnits(rate.connectionFee)).value_or(usage);
}

void DemoGenerator::decorate(CallRecord &leg)
{
    const double source = uniform();
    if (source < 0.70) {
        leg.source = u"local"_s;
        leg.recordKey = leg.uniqueid;
    } else if (source < 0.82) {
        // As Asterisk's cdr_csv would have written it and the importer stored it.
        leg.source = u"import:asterisk-csv"_s;
        leg.recordKey = leg.uniqueid + u";1"_s;
        const QString local = leg.direction == u"in" ? u"SIP/trunk"_s : QString(u"SIP/"_s + leg.phone.section(u'@', 0, 0));
        leg.channel = local + u'-' + hex(bits(), 8);
        leg.dstchannel = leg.direction == u"internal" ? QString(u"SIP/"_s + leg.cnumber + u'-' + hex(bits(), 8))
                                                      : QString(u"SIP/trunk-"_s + hex(bits(), 8));
        leg.dcontext = leg.direction == u"in" ? u"from-trunk"_s : u"from-internal"_s;
        leg.clid = leg.sname.isEmpty() ? leg.snumber : u"\"%1\" <%2>"_s.arg(leg.sname, leg.snumber);
        leg.lastapp = u"Dial"_s;
        leg.lastdata = leg.dstchannel.section(u'-', 0, 0) + u'/' + leg.dnumber + u",60,tT"_s;
        leg.accountcode = QString::number(leg.scustomer ? leg.scustomer : leg.dcustomer);
        leg.amaflags = u"DOCUMENTATION"_s;
        leg.userfield = chance(0.1) ? u"campaign-%1"_s.arg(below(20)) : QString();
    } else if (source < 0.92) {
        leg.source = u"kazoo:hosted"_s;
        const QString uuid = hex(bits(), 16) + hex(bits(), 16);
        leg.uniqueid = uuid;
        leg.recordKey = QDateTime::fromSecsSinceEpoch(leg.start, QTimeZone::utc()).toString(u"yyyyMM") + u'-' + uuid;
        leg.extra = uR"({"custom_channel_vars":{"account_id":"%1","authorizing_type":"device","owner_id":"%2"},"media_server":"fs%3.sip.example.net","request":"%4@sip.example.net","call_direction":"%5"})"_s
                        .arg(hex(leg.scustomer ? leg.scustomer : leg.dcustomer, 32), hex(bits(), 32))
                        .arg(1 + below(3))
                        .arg(jsonEscaped(leg.dnumber), leg.direction == u"in" ? u"inbound"_s : u"outbound"_s);
    } else {
        leg.source = u"voipms:main"_s;
        leg.uniqueid = QString::number(100000000 + m_generated + m_dayRows.size());
        leg.recordKey = leg.uniqueid;
        leg.extra = uR"({"account":"%1_%2","description":"%3","rate":"%4"})"_s
                        .arg(100000 + (leg.scustomer ? leg.scustomer : leg.dcustomer))
                        .arg(leg.phone.section(u'@', 0, 0),
                             leg.direction == u"in" ? u"Inbound DID"_s : u"Outbound"_s,
                             leg.cost.toString(8));
    }
}

void DemoGenerator::addLeg(CallRecord leg)
{
    const QString callid = leg.callid;
    decorate(leg);
    leg.callid = callid;  // legs of one call keep sharing it, whatever their source
    // Calls of past months are invoiced; old calls are often archived.
    const qint64 currentMonth = QDateTime::fromSecsSinceEpoch(m_options.until - 1, QTimeZone::utc()).date().month();
    const QDate date = QDateTime::fromSecsSinceEpoch(leg.start, QTimeZone::utc()).date();
    const qint64 billTo = leg.scustomer ? leg.scustomer : leg.dcustomer;
    if (billTo && leg.start < m_options.until - 31 * Day && date.month() != currentMonth)
        leg.invoice = billTo * 10000 + (date.year() % 100) * 100 + date.month();
    leg.archived = leg.start < m_options.until - 180 * Day && chance(0.35);
    leg.end = qMax(leg.end, leg.start);
    m_dayRows.append(std::move(leg));
}
