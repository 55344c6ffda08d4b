#pragma once

#include "providerclient.h"

#include <QJsonObject>

#include <optional>

class QIODevice;
struct CallFilter;

// A page request of Kazoo's /cdrs list. Times are Unix seconds here; the client sends them
// as Gregorian seconds.
struct KazooCdrQuery
{
    std::optional<qint64> createdFrom;
    std::optional<qint64> createdTo;
    QString startKey;   // next_start_key of the previous page; empty: the first page
    int pageSize = 0;   // 0: the server's default

    // Kazoo's list filters by creation time only (a CDR is created when the call ends): the
    // filter's start/end become created_from/created_to; every other active condition, the
    // order and paging are named in `unmapped` for the caller to apply locally.
    [[nodiscard]] static KazooCdrQuery fromFilter(const CallFilter &filter, QStringList *unmapped = nullptr);
};

struct KazooPage
{
    QList<CallRecord> calls;
    QString nextStartKey;  // empty on the last page
};

// The 2600Hz Kazoo crossbar CDR API (`<url>/v2/accounts/<account>/cdrs`, X-Auth-Token = the
// connection's secret): the list paged by next_start_key, one CDR's detail, and the CSV
// download through the Accept header. HTTP statuses carry the errors (envelope
// {"status":"error","error":code,"message":…}).
class KazooClient : public ProviderClient
{
    Q_OBJECT

public:
    using PageDone = std::function<void(const KazooPage &page, const ProviderError &error)>;
    // The detail's `data` object whole (custom_channel_vars, SDP…) and the call it maps to.
    using DetailDone = std::function<void(const QJsonObject &data, const CallRecord &call, const ProviderError &error)>;
    using Done = std::function<void(const ProviderError &error)>;

    using ProviderClient::ProviderClient;

    void listCdrs(const KazooCdrQuery &query, PageDone done);
    void cdr(const QString &id, DetailDone done);
    // The same list as CSV (Accept: application/octet-stream), streamed into `sink`.
    void downloadCsv(const KazooCdrQuery &query, QIODevice *sink, Done done);

private:
    [[nodiscard]] HttpRequest request(const QString &path, const KazooCdrQuery &query) const;
    [[nodiscard]] static ProviderError failure(const HttpReply &reply);
};
