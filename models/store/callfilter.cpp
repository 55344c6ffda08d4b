#include "callfilter.h"

#include "dialpattern.h"
#include "numbers/numberanalyzer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonValue>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

const QStringList &voipmsStatuses()
{
    static const QStringList names = {u"answered"_s, u"noanswer"_s, u"busy"_s, u"failed"_s};
    return names;
}

const QStringList &customerWords()
{
    static const QStringList words = {u"all"_s, u"own"_s, u"_id"_s, u"external"_s,
                                      u"postpaid"_s, u"prepaid"_s, u"system"_s};
    return words;
}

bool onlyDigits(QStringView text, QStringView alsoAllowed = {})
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (!(c >= u'0' && c <= u'9') && !alsoAllowed.contains(c))
            return false;
    }
    return true;
}

QString timeText(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm"_s);
}

// Reads whole numbers and 0/1 flags of a parameter map, remembering the first problem.
class ParameterReader
{
public:
    explicit ParameterReader(const QMap<QString, QString> &map) : m_map(map) {}

    bool has(const QString &key) const { return m_map.contains(key); }
    QString text(const QString &key) const { return m_map.value(key); }

    void integer(const QString &key, qint64 &target)
    {
        if (!has(key))
            return;
        bool ok = false;
        const qint64 value = text(key).trimmed().toLongLong(&ok);
        if (ok)
            target = value;
        else
            problem(key, QCoreApplication::translate("CallFilter", "\"%1\" is not a whole number.").arg(text(key)));
    }
    void flag(const QString &key, bool &target)
    {
        if (!has(key))
            return;
        const QString value = text(key).trimmed();
        if (value == u"0" || value == u"1")
            target = value == u"1";
        else
            problem(key, QCoreApplication::translate("CallFilter", "\"%1\" is neither 0 nor 1.").arg(text(key)));
    }
    void time(const QString &key, std::optional<qint64> &target)
    {
        if (!has(key))
            return;
        qint64 value = 0;
        integer(key, value);
        target = value;
    }
    void problem(const QString &key, const QString &message)
    {
        if (m_error.isEmpty())
            m_error = key + u": "_s + message;
    }
    const QString &error() const { return m_error; }

private:
    const QMap<QString, QString> &m_map;
    QString m_error;
};

} // namespace

const QList<CallFilter::TextParameter> &CallFilter::textParameters()
{
    static const QList<TextParameter> parameters = {
        {u"callername_number", u"callername_match", &CallFilter::callername, false},
        {u"callid", u"", &CallFilter::callid, false},
        {u"direction", u"", &CallFilter::direction, false},
        {u"phone", u"", &CallFilter::phone, false},
        {u"status", u"", &CallFilter::status, false},
        {u"stype", u"", &CallFilter::stype, false},
        {u"snumber", u"smatch", &CallFilter::snumber, true},
        {u"ctype", u"", &CallFilter::ctype, false},
        {u"cnumber", u"cmatch", &CallFilter::cnumber, true},
        {u"dtype", u"", &CallFilter::dtype, false},
        {u"dnumber", u"dmatch", &CallFilter::dnumber, true},
        {u"account", u"", &CallFilter::account, false},
        {u"areacode", u"", &CallFilter::areacode, false},
        {u"sipfrom", u"sipfrom_match", &CallFilter::sipfrom, false},
        {u"sipto", u"sipto_match", &CallFilter::sipto, false},
        {u"ip", u"", &CallFilter::ip, false},
        {u"scountry", u"", &CallFilter::scountry, false},
        {u"ccountry", u"", &CallFilter::ccountry, false},
        {u"dcountry", u"", &CallFilter::dcountry, false},
        {u"cregion", u"", &CallFilter::cregion, false},
        {u"snumbertype", u"", &CallFilter::snumbertype, false},
        {u"cnumbertype", u"", &CallFilter::cnumbertype, false},
        {u"dnumbertype", u"", &CallFilter::dnumbertype, false},
    };
    return parameters;
}

QString CallFilter::negationKey(QStringView key)
{
    return key.toString() + u"_not"_s;
}

QString CallFilter::matchName(MatchMode mode)
{
    switch (mode) {
    case MatchMode::Start:
        return u"start"_s;
    case MatchMode::End:
        return u"end"_s;
    case MatchMode::Exact:
        return u"exact"_s;
    case MatchMode::Contains:
        break;
    }
    return u"contains"_s;
}

std::optional<MatchMode> CallFilter::matchFromName(QStringView name)
{
    for (MatchMode mode : {MatchMode::Contains, MatchMode::Start, MatchMode::End, MatchMode::Exact}) {
        if (name == matchName(mode))
            return mode;
    }
    return std::nullopt;
}

QString CallFilter::customerName() const
{
    if (customer == CustomerScope::Id)
        return QString::number(customerId);
    return customerWords().at(int(customer));
}

QStringList CallFilter::statusesVocabulary(QStringView voipmsStatus)
{
    if (voipmsStatus == u"answered")
        return {u"answer"_s};
    if (voipmsStatus == u"noanswer")
        return {u"noanswer"_s, u"cancel"_s};
    if (voipmsStatus == u"busy")
        return {u"busy"_s};
    if (voipmsStatus == u"failed")
        return {u"error"_s, u"congestion"_s, u"chanunavail"_s};
    return {};
}

QStringList CallFilter::splitValues(QStringView text)
{
    QStringList values;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u',') {
            current += text[i];
        } else if (i + 1 < text.size() && text[i + 1] == u',') {
            current += u',';
            ++i;
        } else {
            values.append(current.trimmed());
            current.clear();
        }
    }
    values.append(current.trimmed());
    values.removeAll(QString());
    return values;
}

QString CallFilter::joinValues(const QStringList &values)
{
    QStringList escaped;
    for (const QString &value : values)
        escaped.append(QString(value).replace(u","_s, u",,"_s));
    return escaped.join(u',');
}

CallField CallFilter::sortField() const
{
    return CallFields::fromSortKey(sort).value_or(CallField::Start);
}

Result<void> CallFilter::validate() const
{
    auto fail = [](const QString &key, const QString &message) { return Error{key + u": "_s + message}; };
    if (start && end && *end < *start)
        return fail(u"end"_s, QCoreApplication::translate("CallFilter", "the end of the range is before its start."));
    if (customer == CustomerScope::Id && customerId <= 0)
        return fail(u"customer"_s, QCoreApplication::translate("CallFilter", "a customer ID is a whole number above 0."));
    if (invoice < 0)
        return fail(u"invoice"_s, QCoreApplication::translate("CallFilter", "must be 0 (any) or an invoice ID."));
    if (peer < 0)
        return fail(u"peer"_s, QCoreApplication::translate("CallFilter", "must be 0 (any) or a peer ID."));
    if (talktimeMinimum < 0)
        return fail(u"talktime_minimum"_s, QCoreApplication::translate("CallFilter", "must be 0 or more seconds."));
    if (talktimeMaximum < -1)
        return fail(u"talktime_maximum"_s, QCoreApplication::translate("CallFilter", "must be -1 (no limit) or 0 or more seconds."));
    if (talktimeMaximum >= 0 && talktimeMaximum < talktimeMinimum)
        return fail(u"talktime_maximum"_s, QCoreApplication::translate("CallFilter", "is below talktime_minimum."));
    for (const TextParameter &parameter : textParameters()) {
        const QString key = QString::fromUtf16(parameter.key);
        for (const QString &value : (this->*parameter.member).values) {
            if (parameter.numbers && DialPattern::isPattern(value)) {
                if (auto pattern = DialPattern::parse(value); !pattern)
                    return fail(key, pattern.error());
            }
        }
    }
    for (const QString &value : direction.values) {
        if (value != u"in" && value != u"out" && value != u"internal")
            return fail(u"direction"_s, QCoreApplication::translate("CallFilter", "\"%1\" is not a direction; use in, out or internal.").arg(value));
    }
    for (const QString &value : areacode.values) {
        if (!onlyDigits(value))
            return fail(u"areacode"_s, QCoreApplication::translate("CallFilter", "\"%1\" is not digits: give the country and area code, as 1212 or 4420.").arg(value));
    }
    for (const auto &[key, member] : {std::pair{u"scountry", &CallFilter::scountry}, {u"ccountry", &CallFilter::ccountry},
                                      {u"dcountry", &CallFilter::dcountry}}) {
        for (const QString &value : (this->*member).values) {
            if (!NumberAnalyzer::isKnownRegion(value) || value == u"ZZ")
                return fail(QString::fromUtf16(key), QCoreApplication::translate("CallFilter", "\"%1\" is not a country code (an ISO 3166 code in capitals, as GB or US).").arg(value));
        }
    }
    for (const auto &[key, member] : {std::pair{u"snumbertype", &CallFilter::snumbertype},
                                      {u"cnumbertype", &CallFilter::cnumbertype}, {u"dnumbertype", &CallFilter::dnumbertype}}) {
        for (const QString &value : (this->*member).values) {
            if (!NumberAnalyzer::kinds().contains(value))
                return fail(QString::fromUtf16(key), QCoreApplication::translate("CallFilter", "\"%1\" is not one of %2.").arg(value, NumberAnalyzer::kinds().join(u", ")));
        }
    }
    for (const QString &value : ip.values) {
        // IPv4 in its usual dotted form only: "10.0.0" would also be found inside 10.0.0.1.
        const QHostAddress address(value);
        if (address.isNull() || (address.protocol() == QAbstractSocket::IPv4Protocol && address.toString() != value))
            return fail(u"ip"_s, QCoreApplication::translate("CallFilter", "\"%1\" is not an IP address (as 192.0.2.10 or 2001:db8::1).").arg(value));
    }
    for (const QString &value : statuses) {
        if (!voipmsStatuses().contains(value))
            return fail(u"statuses"_s, QCoreApplication::translate("CallFilter", "\"%1\" is not one of %2.").arg(value, voipmsStatuses().join(u", ")));
    }
    if (!callbilling.isEmpty() && callbilling != u"free" && callbilling != u"billed")
        return fail(u"callbilling"_s, QCoreApplication::translate("CallFilter", "\"%1\" is neither free nor billed.").arg(callbilling));
    if (!calltype.isEmpty() && calltype != u"incoming" && calltype != u"outgoing" && !onlyDigits(calltype, u"+*#"))
        return fail(u"calltype"_s, QCoreApplication::translate("CallFilter", "\"%1\" is neither incoming, outgoing nor a DID number.").arg(calltype));
    if (!CallFields::fromSortKey(sort))
        return fail(u"sort"_s, QCoreApplication::translate("CallFilter", "\"%1\" is not a sort field; use one of %2.")
                                   .arg(sort, CallFields::sortKeys().join(u", ")));
    if (limit < 0)
        return fail(u"limit"_s, QCoreApplication::translate("CallFilter", "must be 0 (all) or more."));
    if (offset < 0)
        return fail(u"offset"_s, QCoreApplication::translate("CallFilter", "must be 0 or more."));
    return {};
}

bool CallFilter::isUnfiltered() const
{
    CallFilter plain;
    plain.sort = sort;
    plain.descending = descending;
    plain.limit = limit;
    plain.offset = offset;
    return *this == plain;
}

QString CallFilter::summary() const
{
    QStringList parts;
    if (start && end)
        parts.append(QCoreApplication::translate("CallFilter", "%1 – %2").arg(timeText(*start), timeText(*end)));
    else if (start)
        parts.append(QCoreApplication::translate("CallFilter", "from %1").arg(timeText(*start)));
    else if (end)
        parts.append(QCoreApplication::translate("CallFilter", "before %1").arg(timeText(*end)));
    if (!search.isEmpty())
        parts.append(QCoreApplication::translate("CallFilter", "search “%1”").arg(search));
    for (const TextParameter &parameter : textParameters()) {
        const TextFilter &text = this->*parameter.member;
        if (!text.isActive())
            continue;
        QString key = QString::fromUtf16(parameter.key);
        if (*parameter.matchKey && text.match != MatchMode::Contains)
            key += u' ' + matchName(text.match);
        const QString part = key + u' ' + text.values.join(u", "_s);
        parts.append(text.negate ? QCoreApplication::translate("CallFilter", "not %1").arg(part) : part);
    }
    switch (customer) {
    case CustomerScope::All:
        break;
    case CustomerScope::Id:
        parts.append(recurse ? QCoreApplication::translate("CallFilter", "customer %1 and below").arg(customerId) : QCoreApplication::translate("CallFilter", "customer %1").arg(customerId));
        break;
    default:
        parts.append(QCoreApplication::translate("CallFilter", "customer %1").arg(customerName()));
    }
    if (talktimeMinimum > 0)
        parts.append(QCoreApplication::translate("CallFilter", "talk time ≥ %1 s").arg(talktimeMinimum));
    if (talktimeMaximum >= 0)
        parts.append(QCoreApplication::translate("CallFilter", "talk time ≤ %1 s").arg(talktimeMaximum));
    if (invoice > 0)
        parts.append(QCoreApplication::translate("CallFilter", "invoice %1").arg(invoice));
    if (peer > 0)
        parts.append(QCoreApplication::translate("CallFilter", "peer %1").arg(peer));
    if (!statuses.isEmpty())
        parts.append(QCoreApplication::translate("CallFilter", "statuses %1").arg(statuses.join(u", ")));
    if (!callbilling.isEmpty())
        parts.append(callbilling == u"free" ? QCoreApplication::translate("CallFilter", "free calls") : QCoreApplication::translate("CallFilter", "billed calls"));
    if (!calltype.isEmpty())
        parts.append(QCoreApplication::translate("CallFilter", "call type %1").arg(calltype));
    if (archive)
        parts.append(QCoreApplication::translate("CallFilter", "archived included"));
    return parts.join(u" · "_s);
}

QMap<QString, QString> CallFilter::toParameters() const
{
    const CallFilter defaults;
    QMap<QString, QString> map;
    auto number = [&map](const QString &key, qint64 value, qint64 fallback) {
        if (value != fallback)
            map.insert(key, QString::number(value));
    };
    if (start)
        map.insert(u"start"_s, QString::number(*start));
    if (end)
        map.insert(u"end"_s, QString::number(*end));
    number(u"archive"_s, archive, 0);
    if (customer != CustomerScope::All)
        map.insert(u"customer"_s, customerName());
    number(u"recurse"_s, recurse, 0);
    number(u"invoice"_s, invoice, 0);
    number(u"peer"_s, peer, 0);
    number(u"talktime_minimum"_s, talktimeMinimum, 0);
    number(u"talktime_maximum"_s, talktimeMaximum, -1);
    if (sort != defaults.sort)
        map.insert(u"sort"_s, sort);
    number(u"descending"_s, descending, 0);
    number(u"limit"_s, limit, 0);
    number(u"offset"_s, offset, 0);
    for (const TextParameter &parameter : textParameters()) {
        const TextFilter &text = this->*parameter.member;
        const QString key = QString::fromUtf16(parameter.key);
        if (text.isActive())
            map.insert(key, joinValues(text.values));
        if (*parameter.matchKey && text.match != MatchMode::Contains)
            map.insert(QString::fromUtf16(parameter.matchKey), matchName(text.match));
        number(negationKey(key), text.negate, 0);
    }
    if (!statuses.isEmpty())
        map.insert(u"statuses"_s, joinValues(statuses));
    if (!callbilling.isEmpty())
        map.insert(u"callbilling"_s, callbilling);
    if (!calltype.isEmpty())
        map.insert(u"calltype"_s, calltype);
    if (!search.isEmpty())
        map.insert(u"search"_s, search);
    return map;
}

Result<CallFilter> CallFilter::fromParameters(const QMap<QString, QString> &parameters)
{
    CallFilter filter;
    ParameterReader read(parameters);
    QStringList known = {u"start"_s, u"end"_s, u"archive"_s, u"customer"_s, u"recurse"_s, u"invoice"_s,
                         u"peer"_s, u"talktime_minimum"_s, u"talktime_maximum"_s, u"sort"_s,
                         u"descending"_s, u"limit"_s, u"offset"_s, u"statuses"_s, u"callbilling"_s,
                         u"calltype"_s, u"search"_s};
    read.time(u"start"_s, filter.start);
    read.time(u"end"_s, filter.end);
    read.flag(u"archive"_s, filter.archive);
    if (read.has(u"customer"_s)) {
        const QString customer = read.text(u"customer"_s).trimmed();
        const qsizetype word = customerWords().indexOf(customer);
        if (word >= 0 && customer != u"_id") {
            filter.customer = CustomerScope(word);
        } else if (onlyDigits(customer)) {
            filter.customer = CustomerScope::Id;
            read.integer(u"customer"_s, filter.customerId);
        } else {
            read.problem(u"customer"_s, QCoreApplication::translate("CallFilter", "\"%1\" is neither a customer ID nor one of own, all, external, "
                                           "postpaid, prepaid, system.").arg(customer));
        }
    }
    read.flag(u"recurse"_s, filter.recurse);
    read.integer(u"invoice"_s, filter.invoice);
    read.integer(u"peer"_s, filter.peer);
    read.integer(u"talktime_minimum"_s, filter.talktimeMinimum);
    read.integer(u"talktime_maximum"_s, filter.talktimeMaximum);
    if (read.has(u"sort"_s))
        filter.sort = read.text(u"sort"_s).trimmed();
    read.flag(u"descending"_s, filter.descending);
    read.integer(u"limit"_s, filter.limit);
    read.integer(u"offset"_s, filter.offset);
    for (const TextParameter &parameter : textParameters()) {
        TextFilter &text = filter.*parameter.member;
        const QString key = QString::fromUtf16(parameter.key);
        known << key << negationKey(key);
        text.values = splitValues(read.text(key));
        read.flag(negationKey(key), text.negate);
        if (!*parameter.matchKey)
            continue;
        const QString matchKey = QString::fromUtf16(parameter.matchKey);
        known << matchKey;
        if (!read.has(matchKey))
            continue;
        if (const auto mode = matchFromName(read.text(matchKey).trimmed()))
            text.match = *mode;
        else
            read.problem(matchKey, QCoreApplication::translate("CallFilter", "\"%1\" is not a match mode; use contains, start, end or exact.")
                                       .arg(read.text(matchKey)));
    }
    filter.statuses = splitValues(read.text(u"statuses"_s));
    filter.callbilling = read.text(u"callbilling"_s).trimmed();
    if (filter.callbilling == u"all")
        filter.callbilling.clear();
    filter.calltype = read.text(u"calltype"_s).trimmed();
    if (filter.calltype == u"all")
        filter.calltype.clear();
    filter.search = read.text(u"search"_s).trimmed();
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it) {
        if (!known.contains(it.key()))
            read.problem(it.key(), QCoreApplication::translate("CallFilter", "not a filter parameter."));
    }
    if (!read.error().isEmpty())
        return Error{read.error()};
    if (auto valid = filter.validate(); !valid)
        return Error{valid.error()};
    return filter;
}

QJsonObject CallFilter::toJson() const
{
    QJsonObject object;
    const QMap<QString, QString> map = toParameters();
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

Result<CallFilter> CallFilter::fromJson(const QJsonObject &object)
{
    QMap<QString, QString> map;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it->isString())
            map.insert(it.key(), it->toString());
        else if (it->isDouble())
            map.insert(it.key(), QString::number(it->toInteger()));
        else if (it->isBool())
            map.insert(it.key(), it->toBool() ? u"1"_s : u"0"_s);
        else
            return Error{it.key() + u": "_s + QCoreApplication::translate("CallFilter", "expected a string or a number.")};
    }
    return fromParameters(map);
}
