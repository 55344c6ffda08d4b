#pragma once

#include "voipmsclient.h"

#include <QHash>
#include <QObject>

#include <optional>

// What a voip.ms connection offers for its account, call type and call billing filters:
// getCallAccounts, getCallTypes and getCallBilling (spec 002), value and description each.
struct VoipmsLists
{
    QList<VoipmsValue> accounts;
    QList<VoipmsValue> callTypes;
    QList<VoipmsValue> callBilling;
};

// The lists of voip.ms connections, fetched asynchronously (the three requests at once) and kept
// for the session per connection (its name, user and URL) and reseller client; refresh asks
// voip.ms again. A failure is answered, never kept, so the next request asks again.
class VoipmsListCache : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const VoipmsLists &lists, const ProviderError &error)>;

    explicit VoipmsListCache(QObject *parent = nullptr);

    // The lists of `access`'s connection, of one reseller client when `client` is set (voip.ms
    // lists the client's accounts and DIDs then). `done` answers exactly once: from the cache
    // at once unless `refresh`, else when all three answers are in (on failure with the first
    // error and empty lists).
    void lists(const ProviderAccess &access, const HttpSettings &http, const QString &client, bool refresh, Done done);
    [[nodiscard]] std::optional<VoipmsLists> cached(const Connection &connection, const QString &client = {}) const;

private:
    [[nodiscard]] static QString keyOf(const Connection &connection, const QString &client);

    QHash<QString, VoipmsLists> m_cache;
};
