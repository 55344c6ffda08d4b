#include "enswitchclient.h"

#include "formats/columnmapper.h"
#include "providerreply.h"
#include "store/callfilter.h"

#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

using Parameters = QList<std::pair<QString, QString>>;

void addText(Parameters &parameters, const QString &name, const QString &value)
{
    if (!value.isEmpty())
        parameters.append({name, value});
}

void addNumber(Parameters &parameters, const QString &name, qint64 value, qint64 fallback = 0)
{
    if (value != fallback)
        parameters.append({name, QString::number(value)});
}

ProviderError::Kind kindOfCode(int code)
{
    switch (code) {
    case 400:
        return ProviderError::Kind::InvalidInput;
    case 401:
        return ProviderError::Kind::Auth;
    case 402:
        return ProviderError::Kind::Role;
    case 403:
        return ProviderError::Kind::RatePlan;
    case 500:
        return ProviderError::Kind::Server;
    default:
        return ProviderError::Kind::Provider;
    }
}

} // namespace

EnswitchCdrQuery EnswitchCdrQuery::fromFilter(const CallFilter &filter, QStringList *unmapped)
{
    EnswitchCdrQuery query;
    QStringList missed;
    // One value, not negated (and, for numbers, not a dial pattern) is what a parameter holds.
    const auto text = [&missed](const TextFilter &f, const QString &key, QString &value, QString *match = nullptr) {
        if (!f.isActive())
            return;
        const bool numbers = match && key != u"callername_number";
        if (f.values.size() != 1 || f.negate || (numbers && f.values.first().startsWith(u'_')))
            return missed.append(key);
        value = f.values.first();
        if (match && f.match != MatchMode::Contains)
            *match = CallFilter::matchName(f.match);
    };
    query.start = filter.start;
    query.end = filter.end;
    query.archive = filter.archive;
    switch (filter.customer) {
    case CustomerScope::Own:
        break;  // unset: the authenticated user's customer
    case CustomerScope::Id:
        query.customer = QString::number(filter.customerId);
        query.recurse = filter.recurse;
        break;
    default:
        query.customer = filter.customerName();  // all external postpaid prepaid system
    }
    text(filter.callername, u"callername_number"_s, query.callernameNumber, &query.callernameMatch);
    text(filter.callid, u"callid"_s, query.callid);
    text(filter.direction, u"direction"_s, query.direction);
    text(filter.phone, u"phone"_s, query.phone);
    text(filter.status, u"status"_s, query.status);
    text(filter.stype, u"stype"_s, query.stype);
    text(filter.snumber, u"snumber"_s, query.snumber, &query.smatch);
    text(filter.ctype, u"ctype"_s, query.ctype);
    text(filter.cnumber, u"cnumber"_s, query.cnumber, &query.cmatch);
    text(filter.dtype, u"dtype"_s, query.dtype);
    text(filter.dnumber, u"dnumber"_s, query.dnumber, &query.dmatch);
    if (!filter.statuses.isEmpty()) {
        // voip.ms's answered/busy are one Enswitch status each; the others are several.
        const QStringList vocabulary = filter.statuses.size() == 1 ? CallFilter::statusesVocabulary(filter.statuses.first())
                                                                   : QStringList();
        if (vocabulary.size() == 1 && (query.status.isEmpty() || query.status == vocabulary.first()) && !missed.contains(u"status"))
            query.status = vocabulary.first();
        else
            missed.append(u"statuses"_s);
    }
    query.invoice = filter.invoice;
    query.peer = filter.peer;
    query.talktimeMinimum = filter.talktimeMinimum;
    query.talktimeMaximum = filter.talktimeMaximum;
    query.sort = filter.sort == u"start" ? QString() : filter.sort;
    query.descending = filter.descending;
    query.limit = filter.limit;
    query.offset = filter.offset;
    if (!filter.callbilling.isEmpty())
        missed.append(u"callbilling"_s);
    if (!filter.calltype.isEmpty())
        missed.append(u"calltype"_s);
    for (const auto &[key, active] : {std::pair{u"account"_s, filter.account.isActive()},
                                      std::pair{u"areacode"_s, filter.areacode.isActive()},
                                      std::pair{u"sipfrom"_s, filter.sipfrom.isActive()},
                                      std::pair{u"sipto"_s, filter.sipto.isActive()},
                                      std::pair{u"ip"_s, filter.ip.isActive()},
                                      std::pair{u"scountry"_s, filter.scountry.isActive()},
                                      std::pair{u"ccountry"_s, filter.ccountry.isActive()},
                                      std::pair{u"dcountry"_s, filter.dcountry.isActive()},
                                      std::pair{u"cregion"_s, filter.cregion.isActive()},
                                      std::pair{u"snumbertype"_s, filter.snumbertype.isActive()},
                                      std::pair{u"cnumbertype"_s, filter.cnumbertype.isActive()},
                                      std::pair{u"dnumbertype"_s, filter.dnumbertype.isActive()},
                                      std::pair{u"search"_s, !filter.search.isEmpty()}}) {
        if (active)
            missed.append(key);
    }
    if (unmapped)
        *unmapped = missed;
    return query;
}

QList<std::pair<QString, QString>> EnswitchCdrQuery::parameters() const
{
    Parameters p;
    if (start)
        p.append({u"start"_s, QString::number(*start)});
    if (end)
        p.append({u"end"_s, QString::number(*end)});
    addNumber(p, u"archive"_s, archive ? 1 : 0);
    addText(p, u"callername_match"_s, callernameMatch);
    addText(p, u"callername_number"_s, callernameNumber);
    addText(p, u"callid"_s, callid);
    addText(p, u"cost_customer"_s, costCustomer);
    addText(p, u"customer"_s, customer);
    addText(p, u"direction"_s, direction);
    addNumber(p, u"invoice"_s, invoice);
    addNumber(p, u"limit"_s, limit);
    addNumber(p, u"offset"_s, offset);
    addNumber(p, u"peer"_s, peer);
    addText(p, u"phone"_s, phone);
    addNumber(p, u"recurse"_s, recurse ? 1 : 0);
    addText(p, u"status"_s, status);
    addNumber(p, u"talktime_maximum"_s, talktimeMaximum, -1);
    addNumber(p, u"talktime_minimum"_s, talktimeMinimum);
    addText(p, u"stype"_s, stype);
    addText(p, u"smatch"_s, smatch);
    addText(p, u"snumber"_s, snumber);
    addText(p, u"ctype"_s, ctype);
    addText(p, u"cmatch"_s, cmatch);
    addText(p, u"cnumber"_s, cnumber);
    addText(p, u"dtype"_s, dtype);
    addText(p, u"dmatch"_s, dmatch);
    addText(p, u"dnumber"_s, dnumber);
    addText(p, u"sort"_s, sort);
    addNumber(p, u"descending"_s, descending ? 1 : 0);
    return p;
}

QList<std::pair<QString, QString>> EnswitchClient::createParameters(const CallRecord &call,
                                                                    const EnswitchCreateOptions &options)
{
    Parameters p = {{u"uniqueid"_s, call.uniqueid},
                    {u"machine"_s, call.machine},
                    {u"start"_s, QString::number(call.start)},
                    {u"scustomer"_s, QString::number(call.scustomer)}};
    addText(p, u"stype"_s, call.stype);
    addText(p, u"snumber"_s, call.snumber);
    addNumber(p, u"spresent"_s, call.spresent);
    addText(p, u"sname"_s, call.sname);
    addText(p, u"ctype"_s, call.ctype);
    addText(p, u"cnumber"_s, call.cnumber);
    addNumber(p, u"dcustomer"_s, call.dcustomer);
    addText(p, u"dtype"_s, call.dtype);
    addText(p, u"dnumber"_s, call.dnumber);
    addText(p, u"callid"_s, call.callid);
    addText(p, u"channel"_s, call.channel);
    if (call.cost != Money())
        p.append({u"cost"_s, call.cost.toString()});
    addText(p, u"currency"_s, call.currency);
    if (call.end != 0)
        p.append({u"end"_s, QString::number(call.end)});
    addNumber(p, u"ingroup_time"_s, call.ingroupTime);
    addNumber(p, u"invoice"_s, call.invoice);
    addText(p, u"media"_s, call.media);
    addNumber(p, u"messages"_s, call.messages);
    addText(p, u"note"_s, call.note);
    addNumber(p, u"outgroup_time"_s, call.outgroupTime);
    addNumber(p, u"peer"_s, call.peer);
    addText(p, u"recording"_s, call.recording);
    addText(p, u"status"_s, call.status);
    // Explicit, so an unanswered call is not given the default end - start.
    p.append({u"talktime"_s, QString::number(call.talktime)});
    addText(p, u"taxes"_s, call.taxes);
    addNumber(p, u"time"_s, call.time);
    p.append({u"totaltime"_s, QString::number(call.totaltime)});
    addNumber(p, u"update_balance"_s, options.updateBalance ? 1 : 0, 1);
    addNumber(p, u"update_invoices"_s, options.updateInvoices ? 1 : 0, 1);
    addNumber(p, u"validation"_s, options.validation ? 1 : 0);
    return p;
}

void EnswitchClient::call(const QString &function, const QList<std::pair<QString, QString>> &parameters,
                          std::function<void(const HttpReply &, const QJsonDocument &, int, const ProviderError &)> done)
{
    QUrl url = endpoint(u"api/json"_s);
    url.setPath(url.path() + u'/' + function + u'/');
    QUrlQuery query;
    query.addQueryItem(u"auth_username"_s, m_access.connection.user);
    query.addQueryItem(u"auth_password"_s, m_access.secret);
    for (const auto &[name, value] : parameters)
        query.addQueryItem(name, value);
    // QUrlQuery leaves '+' and ';' as they are; a value holding them must not become a
    // space or a parameter separator on the server.
    QString encoded = query.toString(QUrl::FullyEncoded);
    encoded.replace(u'+', u"%2B"_s).replace(u';', u"%3B"_s);
    url.setQuery(encoded, QUrl::StrictMode);
    HttpRequest request;
    request.url = url;
    request.what = function;
    request.headers = {{"Accept", "application/json"}};
    m_http->send(request, [done = std::move(done)](const HttpReply &reply, const ProviderError &failed) {
        if (!failed.ok())
            return done(reply, {}, 0, failed);
        // 201 and 204 may come as bare HTTP statuses, 204 without a body.
        if ((reply.status == 201 || reply.status == 204) && reply.body.trimmed().isEmpty())
            return done(reply, {}, reply.status, {});
        QJsonDocument document;
        if (ProviderError error = ProviderReply::parseJson(reply, document); !error.ok())
            return done(reply, {}, 0, reply.status / 100 == 2 ? error : ProviderReply::fromStatus(reply));
        const QJsonArray responses = document.object().value(u"responses"_s).toArray();
        if (responses.isEmpty() || !responses.first().isObject())
            return done(reply, {}, 0,
                        reply.status / 100 == 2 ? ProviderReply::unexpected(reply, u"no \"responses\" array"_s)
                                                : ProviderReply::fromStatus(reply));
        const QJsonObject response = responses.first().toObject();
        const QJsonValue codeValue = response.value(u"code"_s);
        const int code = codeValue.isString() ? codeValue.toString().toInt() : codeValue.toInt();
        if (code == 200 || code == 201 || code == 204)
            return done(reply, document, code, {});
        return done(reply, {}, code,
                    ProviderReply::make(kindOfCode(code), reply, code, response.value(u"key"_s).toString(),
                                        response.value(u"message"_s).toString()));
    });
}

void EnswitchClient::listCdrs(const EnswitchCdrQuery &query, ListDone done)
{
    call(u"cdrs/list"_s, query.parameters(),
         [this, done = std::move(done)](const HttpReply &reply, const QJsonDocument &document, int, const ProviderError &failed) {
             if (!failed.ok())
                 return done({}, failed);
             const QJsonValue data = document.object().value(u"data"_s);
             if (!data.isArray() && !data.isUndefined() && !data.isNull())
                 return done({}, ProviderReply::unexpected(reply, u"\"data\" is not an array"_s));
             ColumnMapper mapper(m_access.connection.source(), false, QTimeZone::utc());
             QList<CallRecord> calls;
             if (ProviderError error = mapRecords(reply, data.toArray(), mapper, calls); !error.ok())
                 return done({}, error);
             done(calls, {});
         });
}

void EnswitchClient::createCdr(const CallRecord &record, const EnswitchCreateOptions &options, CreateDone done)
{
    createCdr(createParameters(record, options), std::move(done));
}

void EnswitchClient::createCdr(const QList<std::pair<QString, QString>> &parameters, CreateDone done)
{
    call(u"cdrs/create"_s, parameters,
         [done = std::move(done)](const HttpReply &, const QJsonDocument &, int code, const ProviderError &failed) {
             done(failed.ok() ? code : 0, failed);
         });
}
