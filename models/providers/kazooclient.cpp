#include "kazooclient.h"

#include "store/callfilter.h"

#include "core/timeutil.h"
#include "formats/importfields.h"
#include "formats/kazoomapper.h"
#include "providerreply.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

KazooCdrQuery KazooCdrQuery::fromFilter(const CallFilter &filter, QStringList *unmapped)
{
    KazooCdrQuery query;
    query.createdFrom = filter.start;
    query.createdTo = filter.end;
    if (unmapped) {
        // Everything but the time range, by parameter name (toParameters() names the active ones).
        QStringList keys = filter.toParameters().keys();
        keys.removeIf([](const QString &key) { return key == u"start" || key == u"end" || key == u"archive"; });
        *unmapped = keys;
    }
    return query;
}

HttpRequest KazooClient::request(const QString &path, const KazooCdrQuery &query) const
{
    QUrl url = endpoint(u"v2"_s);
    url.setPath(url.path() + u"/accounts/"_s + QString::fromLatin1(QUrl::toPercentEncoding(m_access.connection.account))
                + u"/cdrs"_s + path);
    QUrlQuery parameters;
    if (query.createdFrom)
        parameters.addQueryItem(u"created_from"_s, QString::number(TimeUtil::gregorianFromUnix(*query.createdFrom)));
    if (query.createdTo)
        parameters.addQueryItem(u"created_to"_s, QString::number(TimeUtil::gregorianFromUnix(*query.createdTo)));
    if (query.pageSize > 0)
        parameters.addQueryItem(u"page_size"_s, QString::number(query.pageSize));
    if (!query.startKey.isEmpty())
        parameters.addQueryItem(u"start_key"_s, query.startKey);
    if (!parameters.isEmpty()) {
        QString encoded = parameters.toString(QUrl::FullyEncoded);
        url.setQuery(encoded.replace(u'+', u"%2B"_s), QUrl::StrictMode);
    }
    HttpRequest request;
    request.url = url;
    request.what = path.isEmpty() ? u"cdrs"_s : u"cdrs/{id}"_s;
    request.headers = {{"X-Auth-Token", m_access.secret.toUtf8()}, {"Accept", "application/json"}};
    return request;
}

ProviderError KazooClient::failure(const HttpReply &reply)
{
    QJsonDocument document;
    if (ProviderReply::parseJson(reply, document).ok()) {
        const QJsonObject root = document.object();
        QString message = root.value(u"message"_s).toString();
        const QJsonValue data = root.value(u"data"_s);
        if (data.isObject() && !data.toObject().isEmpty())
            message += (message.isEmpty() ? QString() : u": "_s)
                       + QString::fromUtf8(QJsonDocument(data.toObject()).toJson(QJsonDocument::Compact));
        return ProviderReply::fromStatus(reply, message);
    }
    return ProviderReply::fromStatus(reply);
}

void KazooClient::listCdrs(const KazooCdrQuery &query, PageDone done)
{
    m_http->send(request({}, query), [this, done = std::move(done)](const HttpReply &reply, const ProviderError &failed) {
        if (!failed.ok())
            return done({}, failed);
        if (reply.status / 100 != 2)
            return done({}, failure(reply));
        QJsonDocument document;
        if (ProviderError error = ProviderReply::parseJson(reply, document); !error.ok())
            return done({}, error);
        const QJsonObject root = document.object();
        if (!root.value(u"data"_s).isArray())
            return done({}, ProviderReply::unexpected(reply, u"\"data\" is not an array"_s));
        KazooPage page;
        KazooMapper mapper(m_access.connection.source(), KazooMapper::Timestamp::IsEnd, QTimeZone::utc());
        if (ProviderError error = mapRecords(reply, root.value(u"data"_s).toArray(), mapper, page.calls); !error.ok())
            return done({}, error);
        const QJsonValue next = root.value(u"next_start_key"_s);
        page.nextStartKey = next.isNull() || next.isUndefined() ? QString() : ImportFields::jsonText(next);
        done(page, {});
    });
}

void KazooClient::cdr(const QString &id, DetailDone done)
{
    const QString path = u'/' + QString::fromLatin1(QUrl::toPercentEncoding(id));
    m_http->send(request(path, {}), [this, done = std::move(done)](const HttpReply &reply, const ProviderError &failed) {
        if (!failed.ok())
            return done({}, {}, failed);
        if (reply.status / 100 != 2)
            return done({}, {}, failure(reply));
        QJsonDocument document;
        if (ProviderError error = ProviderReply::parseJson(reply, document); !error.ok())
            return done({}, {}, error);
        const QJsonValue data = document.object().value(u"data"_s);
        if (!data.isObject())
            return done({}, {}, ProviderReply::unexpected(reply, u"\"data\" is not an object"_s));
        KazooMapper mapper(m_access.connection.source(), KazooMapper::Timestamp::IsEnd, QTimeZone::utc());
        QList<CallRecord> calls;
        if (ProviderError error = mapRecords(reply, QJsonArray{data}, mapper, calls); !error.ok())
            return done({}, {}, error);
        done(data.toObject(), calls.first(), {});
    });
}

void KazooClient::downloadCsv(const KazooCdrQuery &query, QIODevice *sink, Done done)
{
    HttpRequest csv = request({}, query);
    csv.headers = {{"X-Auth-Token", m_access.secret.toUtf8()}, {"Accept", "application/octet-stream"}};
    csv.what = u"cdrs (CSV)"_s;
    csv.sink = sink;
    m_http->send(csv, [done = std::move(done)](const HttpReply &reply, const ProviderError &failed) {
        if (!failed.ok())
            return done(failed);
        if (reply.status / 100 != 2)
            return done(failure(reply));
        done({});
    });
}
