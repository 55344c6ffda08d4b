#pragma once

#include "connection.h"
#include "core/callrecord.h"
#include "providerhttp.h"

#include <QJsonArray>
#include <QObject>

class ObjectMapper;

// What the four clients share: the connection with its secret, one ProviderHttp (its
// settings, with the connection's allowance for plain HTTP), URLs under the base URL, cancel.
// Every operation is asynchronous and answers exactly once through its callback.
class ProviderClient : public QObject
{
    Q_OBJECT

public:
    ProviderClient(const ProviderAccess &access, const HttpSettings &settings, QObject *parent = nullptr);

    [[nodiscard]] const Connection &connection() const { return m_access.connection; }
    // Abandons every request in flight; their callbacks get a Cancelled error.
    void cancel() { m_http->cancel(); }

protected:
    // The base URL with `path` appended (one slash between), unless the base already ends in it.
    [[nodiscard]] QUrl endpoint(const QString &path) const;
    // Maps a page of provider records to calls of this connection's source; the first bad
    // record makes a Malformed error naming the request, the record and the field.
    [[nodiscard]] ProviderError mapRecords(const HttpReply &reply, const QJsonArray &rows, ObjectMapper &mapper,
                                           QList<CallRecord> &records) const;

    ProviderAccess m_access;
    ProviderHttp *m_http;
};
