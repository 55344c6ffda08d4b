#include "voipmsclient.h"

#include "store/callfilter.h"

#include "formats/importfields.h"
#include "formats/voipmsmapper.h"
#include "providerreply.h"

#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

ProviderError::Kind kindOfStatus(const QString &status)
{
    if (status == u"invalid_credentials" || status == u"missing_credentials")
        return ProviderError::Kind::Auth;
    if (status == u"api_not_enabled" || status == u"ip_not_enabled" || status == u"not_allowed")
        return ProviderError::Kind::Role;
    if (status.startsWith(u"missing_") || status.startsWith(u"invalid_"))
        return ProviderError::Kind::InvalidInput;
    return ProviderError::Kind::Provider;
}

bool isEmptyAnswer(const QString &status)
{
    return status == u"no_cdr" || status == u"no_rates" || status == u"no_accounts";
}

QString text(const QJsonObject &object, const QString &key)
{
    return ImportFields::jsonText(object.value(key));
}

Money money(const QJsonObject &object, const QString &key)
{
    return Money::parse(text(object, key).trimmed()).value_or(Money());
}

QString flag(bool on)
{
    return on ? u"1"_s : u"0"_s;
}

} // namespace

VoipmsCdrQuery VoipmsCdrQuery::fromFilter(const CallFilter &filter, const QString &timezone, QStringList *unmapped)
{
    VoipmsCdrQuery query;
    QStringList missed;
    query.timezone = timezone.isEmpty() ? u"0"_s : timezone;
    const QTimeZone zone = VoipmsClient::zoneOfOffset(query.timezone).value_or(QTimeZone::utc());
    const auto day = [&zone](qint64 t) { return QDateTime::fromSecsSinceEpoch(t, zone); };
    if (filter.start) {
        query.dateFrom = day(*filter.start).date();
        if (day(*filter.start).time() != QTime(0, 0))
            missed.append(u"start"_s);
    }
    if (filter.end) {
        query.dateTo = day(*filter.end - 1).date();
        if (day(*filter.end).time() != QTime(0, 0))
            missed.append(u"end"_s);
    }
    // Dispositions: the voip.ms names, or Enswitch statuses that make up whole voip.ms groups.
    static const QStringList groups = {u"answered"_s, u"noanswer"_s, u"busy"_s, u"failed"_s};
    QStringList wanted = filter.statuses;
    if (filter.status.isActive()) {
        QStringList covered;
        QStringList fromStatus;
        for (const QString &group : groups) {
            const QStringList vocabulary = CallFilter::statusesVocabulary(group);
            if (std::all_of(vocabulary.begin(), vocabulary.end(), [&](const QString &v) { return filter.status.values.contains(v); })) {
                covered += vocabulary;
                fromStatus.append(group);
            }
        }
        covered.sort();
        QStringList values = filter.status.values;
        values.sort();
        if (filter.status.negate || covered != values) {
            missed.append(u"status"_s);
        } else if (wanted.isEmpty()) {
            wanted = fromStatus;
        } else {
            wanted.erase(std::remove_if(wanted.begin(), wanted.end(), [&](const QString &g) { return !fromStatus.contains(g); }),
                         wanted.end());
            if (wanted.isEmpty())
                wanted = {u"none"_s};  // nothing satisfies both: no flag set
        }
    }
    if (!wanted.isEmpty()) {
        query.answered = wanted.contains(u"answered");
        query.noanswer = wanted.contains(u"noanswer");
        query.busy = wanted.contains(u"busy");
        query.failed = wanted.contains(u"failed");
    }
    query.calltype = filter.calltype;
    if (filter.direction.isActive()) {
        const QString direction = filter.direction.values.size() == 1 && !filter.direction.negate ? filter.direction.values.first()
                                                                                                     : QString();
        const QString type = direction == u"in" ? u"incoming"_s : direction == u"out" ? u"outgoing"_s : QString();
        if (!type.isEmpty() && (query.calltype.isEmpty() || query.calltype == type))
            query.calltype = type;
        else
            missed.append(u"direction"_s);
    }
    query.callbilling = filter.callbilling;
    if (filter.account.isActive()) {
        if (filter.account.values.size() == 1 && !filter.account.negate)
            query.account = filter.account.values.first();
        else
            missed.append(u"account"_s);
    }
    if (filter.customer == CustomerScope::Id || filter.customer == CustomerScope::External
        || filter.customer == CustomerScope::Postpaid || filter.customer == CustomerScope::Prepaid)
        missed.append(u"customer"_s);
    for (const CallFilter::TextParameter &parameter : CallFilter::textParameters()) {
        const QString key = QString::fromUtf16(parameter.key);
        if ((filter.*parameter.member).isActive() && key != u"status" && key != u"direction" && key != u"account")
            missed.append(key);
    }
    const std::pair<const char16_t *, bool> others[] = {
        {u"peer", filter.peer != 0}, {u"invoice", filter.invoice != 0}, {u"talktime_minimum", filter.talktimeMinimum > 0},
        {u"talktime_maximum", filter.talktimeMaximum >= 0}, {u"sort", filter.sort != u"start"},
        {u"descending", filter.descending}, {u"limit", filter.limit != 0}, {u"offset", filter.offset != 0},
        {u"search", !filter.search.isEmpty()}};
    for (const auto &[key, active] : others) {
        if (active)
            missed.append(QString::fromUtf16(key));
    }
    if (unmapped)
        *unmapped = missed;
    return query;
}

std::optional<QTimeZone> VoipmsClient::zoneOfOffset(const QString &hours)
{
    bool ok = false;
    const double value = hours.trimmed().isEmpty() ? 0.0 : hours.trimmed().toDouble(&ok);
    if ((!ok && !hours.trimmed().isEmpty()) || value < -12 || value > 13)
        return std::nullopt;
    return QTimeZone(static_cast<int>(qRound(value * 3600)));
}

void VoipmsClient::call(const QString &method, const Parameters &parameters,
                        std::function<void(const HttpReply &, const QJsonObject &, const ProviderError &)> done)
{
    const QString path = m_access.connection.url.path();
    QUrl url = path.isEmpty() || path == u"/" ? endpoint(u"api/v1/rest.php"_s)
                                              : m_access.connection.url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    QUrlQuery query;
    query.addQueryItem(u"api_username"_s, m_access.connection.user);
    query.addQueryItem(u"api_password"_s, m_access.secret);
    query.addQueryItem(u"method"_s, method);
    for (const auto &[name, value] : parameters)
        query.addQueryItem(name, value);
    QString encoded = query.toString(QUrl::FullyEncoded);
    encoded.replace(u'+', u"%2B"_s);
    url.setQuery(encoded, QUrl::StrictMode);
    HttpRequest request;
    request.url = url;
    request.what = method;
    request.headers = {{"Accept", "application/json"}};
    m_http->send(request, [done = std::move(done)](const HttpReply &reply, const ProviderError &failed) {
        if (!failed.ok())
            return done(reply, {}, failed);
        QJsonDocument document;
        if (ProviderError error = ProviderReply::parseJson(reply, document); !error.ok())
            return done(reply, {}, reply.status / 100 == 2 ? error : ProviderReply::fromStatus(reply));
        const QJsonObject root = document.object();
        const QString status = root.value(u"status"_s).toString();
        if (reply.status / 100 != 2 && status.isEmpty())
            return done(reply, {}, ProviderReply::fromStatus(reply));
        if (status == u"success" || isEmptyAnswer(status))
            return done(reply, root, {});
        if (status.isEmpty())
            return done(reply, {}, ProviderReply::unexpected(reply, u"no \"status\""_s));
        done(reply, {}, ProviderReply::make(kindOfStatus(status), reply, reply.status, status, root.value(u"message"_s).toString()));
    });
}

void VoipmsClient::values(const QString &method, const Parameters &parameters, const QString &key, ValuesDone done)
{
    call(method, parameters, [key, done = std::move(done)](const HttpReply &reply, const QJsonObject &root, const ProviderError &failed) {
        if (!failed.ok())
            return done({}, failed);
        const QJsonValue list = root.value(key);
        if (!list.isArray() && !list.isUndefined())
            return done({}, ProviderReply::unexpected(reply, u"\"%1\" is not an array"_s.arg(key)));
        QList<VoipmsValue> values;
        for (const QJsonValue &item : list.toArray())
            values.append({text(item.toObject(), u"value"_s), text(item.toObject(), u"description"_s)});
        done(values, {});
    });
}

void VoipmsClient::getCallAccounts(const QString &client, ValuesDone done)
{
    Parameters parameters;
    if (!client.isEmpty())
        parameters.append({u"client"_s, client});
    values(u"getCallAccounts"_s, parameters, u"accounts"_s, std::move(done));
}

void VoipmsClient::getCallBilling(ValuesDone done)
{
    values(u"getCallBilling"_s, {}, u"call_billing"_s, std::move(done));
}

void VoipmsClient::getCallTypes(const QString &client, ValuesDone done)
{
    Parameters parameters;
    if (!client.isEmpty())
        parameters.append({u"client"_s, client});
    values(u"getCallTypes"_s, parameters, u"call_types"_s, std::move(done));
}

void VoipmsClient::cdrs(const QString &method, const VoipmsCdrQuery &query, CdrDone done)
{
    const auto zone = zoneOfOffset(query.timezone);
    Parameters parameters = {{u"date_from"_s, query.dateFrom.toString(Qt::ISODate)},
                             {u"date_to"_s, query.dateTo.toString(Qt::ISODate)}};
    if (method == u"getResellerCDR")
        parameters.append({u"client"_s, query.client});
    parameters += Parameters{{u"answered"_s, flag(query.answered)},
                             {u"noanswer"_s, flag(query.noanswer)},
                             {u"busy"_s, flag(query.busy)},
                             {u"failed"_s, flag(query.failed)},
                             {u"timezone"_s, query.timezone}};
    if (!query.calltype.isEmpty())
        parameters.append({u"calltype"_s, query.calltype});
    if (!query.callbilling.isEmpty())
        parameters.append({u"callbilling"_s, query.callbilling});
    if (!query.account.isEmpty())
        parameters.append({u"account"_s, query.account});
    call(method, parameters,
         [this, zone, done = std::move(done)](const HttpReply &reply, const QJsonObject &root, const ProviderError &failed) {
             if (!failed.ok())
                 return done({}, failed);
             const QJsonValue rows = root.value(u"cdr"_s);
             if (!rows.isArray() && !rows.isUndefined())
                 return done({}, ProviderReply::unexpected(reply, u"\"cdr\" is not an array"_s));
             VoipmsMapper mapper(zone.value_or(QTimeZone::utc()));
             QList<CallRecord> calls;
             if (ProviderError error = mapRecords(reply, rows.toArray(), mapper, calls); !error.ok())
                 return done({}, error);
             done(calls, {});
         });
}

void VoipmsClient::getCDR(const VoipmsCdrQuery &query, CdrDone done)
{
    cdrs(u"getCDR"_s, query, std::move(done));
}

void VoipmsClient::getResellerCDR(const VoipmsCdrQuery &query, CdrDone done)
{
    cdrs(u"getResellerCDR"_s, query, std::move(done));
}

void VoipmsClient::getRates(const QString &package, const QString &query, RatesDone done)
{
    call(u"getRates"_s, {{u"package"_s, package}, {u"query"_s, query}},
         [done = std::move(done)](const HttpReply &reply, const QJsonObject &root, const ProviderError &failed) {
             if (!failed.ok())
                 return done({}, failed);
             if (!root.value(u"rates"_s).isArray() && !root.value(u"rates"_s).isUndefined())
                 return done({}, ProviderReply::unexpected(reply, u"\"rates\" is not an array"_s));
             QList<VoipmsRate> rates;
             for (const QJsonValue &item : root.value(u"rates"_s).toArray()) {
                 const QJsonObject o = item.toObject();
                 rates.append({text(o, u"destination"_s), text(o, u"prefix"_s),
                               text(o, u"client_increment"_s).toLongLong(), money(o, u"client_rate"_s),
                               text(o, u"real_increment"_s).toLongLong(), money(o, u"real_rate"_s)});
             }
             done(rates, {});
         });
}

void VoipmsClient::getTerminationRates(const QString &route, const QString &query, TerminationDone done)
{
    call(u"getTerminationRates"_s, {{u"route"_s, route}, {u"query"_s, query}},
         [done = std::move(done)](const HttpReply &reply, const QJsonObject &root, const ProviderError &failed) {
             if (!failed.ok())
                 return done({}, failed);
             if (!root.value(u"rates"_s).isArray() && !root.value(u"rates"_s).isUndefined())
                 return done({}, ProviderReply::unexpected(reply, u"\"rates\" is not an array"_s));
             VoipmsTerminationRates result;
             const QJsonObject route = root.value(u"route"_s).toObject();
             result.route = {text(route, u"value"_s).trimmed(), text(route, u"description"_s).trimmed()};
             for (const QJsonValue &item : root.value(u"rates"_s).toArray()) {
                 const QJsonObject o = item.toObject();
                 result.rates.append({text(o, u"destination"_s), text(o, u"prefix"_s),
                                      text(o, u"increment"_s).toLongLong(), money(o, u"rate"_s)});
             }
             done(result, {});
         });
}
