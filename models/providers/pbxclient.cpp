#include "pbxclient.h"

#include "core/timeutil.h"
#include "formats/pbxmapper.h"
#include "providerreply.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

void PbxClient::read(const PbxReadQuery &query, PageDone done)
{
    QJsonObject scope;
    if (query.minId)
        scope.insert(u"minID"_s, *query.minId);
    if (query.maxRows > 0)
        scope.insert(u"maxRows"_s, query.maxRows);
    if (query.minDate)
        scope.insert(u"minDate"_s, TimeUtil::epochMsFromUnix(*query.minDate));
    if (query.maxDate)
        scope.insert(u"maxDate"_s, TimeUtil::epochMsFromUnix(*query.maxDate));
    HttpRequest request;
    request.verb = "POST";
    request.url = endpoint(u"rest/call/read"_s);
    request.what = u"call/read"_s;
    request.body = QJsonDocument(QJsonObject{{u"type"_s, u"cdr"_s}, {u"scope"_s, scope}}).toJson(QJsonDocument::Compact);
    const QByteArray credentials = (m_access.connection.user + u':' + m_access.secret).toUtf8().toBase64();
    request.headers = {{"Authorization", "Basic " + credentials},
                       {"Content-Type", "application/json"},
                       {"Accept", "application/json"}};
    m_http->send(request, [this, asked = query.maxRows, done = std::move(done)](const HttpReply &reply, const ProviderError &failed) {
        if (!failed.ok())
            return done({}, failed);
        QJsonDocument document;
        const ProviderError parsed = ProviderReply::parseJson(reply, document);
        const QJsonObject root = document.object();
        const QString message = root.value(u"message"_s).toString(root.value(u"error"_s).toString());
        if (reply.status / 100 != 2)
            return done({}, ProviderReply::fromStatus(reply, message));
        if (!parsed.ok())
            return done({}, parsed);
        const QString result = root.value(u"result"_s).toString();
        if (result != u"success")
            return done({}, ProviderReply::make(ProviderError::Kind::Provider, reply, reply.status, result, message));
        if (!root.value(u"values"_s).isArray())
            return done({}, ProviderReply::unexpected(reply, u"\"values\" is not an array"_s));
        const QJsonArray values = root.value(u"values"_s).toArray();
        PbxPage page;
        page.maxRows = root.value(u"maxRows"_s).toInt(asked > 0 ? asked : 500);
        for (const QJsonValue &value : values)
            page.maxId = qMax(page.maxId, static_cast<qint64>(value.toObject().value(u"acctid"_s).toDouble(-1)));
        PbxMapper mapper(QTimeZone::utc());
        if (ProviderError error = mapRecords(reply, values, mapper, page.calls); !error.ok())
            return done({}, error);
        done(page, {});
    });
}
