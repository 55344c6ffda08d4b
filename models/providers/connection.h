#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// The provider systems of spec/, with their stable names (CLI --kind, `source` prefix).
enum class ProviderKind { Enswitch, Voipms, Kazoo, Pbx };

namespace ProviderKinds {
[[nodiscard]] QString name(ProviderKind kind);
[[nodiscard]] std::optional<ProviderKind> fromName(const QString &name);
[[nodiscard]] QStringList names();
} // namespace ProviderKinds

// One configured provider account, as the store keeps it (table `connections`). The password
// or token is not here: it lives in the keychain under secretKey().
struct Connection
{
    qint64 id = 0;
    QString name;
    ProviderKind kind = ProviderKind::Enswitch;
    QUrl url;                  // the API's base URL (see each client for what it appends)
    QString user;              // Enswitch auth_username, voip.ms api_username, PBX user
    QString account;           // Kazoo account_id; voip.ms `account` filter
    QString customer;          // Enswitch `customer` (own/ID/all/…); voip.ms reseller client
    QString timezone;          // voip.ms: the UTC offset in hours its times are asked in
    bool allowHttp = false;    // plain HTTP to a host that is not loopback
    int pageSize = 1000;       // records per request when syncing
    int autoSyncMinutes = 0;   // 0: only on demand

    // The calls' `source`: "<provider>:<connection>".
    [[nodiscard]] QString source() const { return ProviderKinds::name(kind) + QLatin1Char(':') + name; }
    // The keychain entry of this connection's secret: provider, user and URL, so two stores
    // that name the same account share it and nothing else does.
    [[nodiscard]] QString secretKey() const;

    friend bool operator==(const Connection &, const Connection &) = default;
};

// A connection with its secret, as the clients need it. Never stored or logged.
struct ProviderAccess
{
    Connection connection;
    QString secret;
};
