#pragma once

#include "providerclient.h"

#include <optional>

// The scope of a /rest/call/read request. Dates are Unix seconds here; the client sends
// epoch milliseconds.
struct PbxReadQuery
{
    std::optional<qint64> minId;    // lowest acctid to return
    int maxRows = 0;                // 0: the server's default (500)
    std::optional<qint64> minDate;
    std::optional<qint64> maxDate;
};

struct PbxPage
{
    QList<CallRecord> calls;
    qint64 maxId = -1;     // the highest acctid in the page; -1 when empty
    int maxRows = 0;       // the page size the server applied
};

// The Asterisk-based PBX REST API (spec 004): POST `<url>/rest/call/read` with
// {"type":"cdr","scope":{…}}; rows ordered by acctid, paged by minID. Credentials go as HTTP
// Basic authentication of the connection's user and secret.
class PbxClient : public ProviderClient
{
    Q_OBJECT

public:
    using PageDone = std::function<void(const PbxPage &page, const ProviderError &error)>;

    using ProviderClient::ProviderClient;

    void read(const PbxReadQuery &query, PageDone done);
};
