#include "voipmslists.h"

#include <memory>

using namespace Qt::StringLiterals;

VoipmsListCache::VoipmsListCache(QObject *parent)
    : QObject(parent)
{
}

QString VoipmsListCache::keyOf(const Connection &connection, const QString &client)
{
    return connection.name + u'\x1f' + connection.secretKey() + u'\x1f' + client;
}

std::optional<VoipmsLists> VoipmsListCache::cached(const Connection &connection, const QString &client) const
{
    const auto found = m_cache.constFind(keyOf(connection, client));
    if (found == m_cache.cend())
        return std::nullopt;
    return *found;
}

void VoipmsListCache::lists(const ProviderAccess &access, const HttpSettings &http, const QString &client, bool refresh,
                            Done done)
{
    const QString key = keyOf(access.connection, client);
    if (!refresh) {
        if (const auto found = m_cache.constFind(key); found != m_cache.cend())
            return done(*found, {});
    }
    struct Pending
    {
        VoipmsLists lists;
        ProviderError error;
        int answers = 0;
    };
    auto pending = std::make_shared<Pending>();
    auto *client_ = new VoipmsClient(access, http, this);
    const auto answered = [this, pending, client_, key, done](QList<VoipmsValue> VoipmsLists::*list) {
        return [this, pending, client_, key, done, list](const QList<VoipmsValue> &values, const ProviderError &error) {
            if (!error.ok() && pending->error.ok())
                pending->error = error;
            pending->lists.*list = values;
            if (++pending->answers < 3)
                return;
            client_->deleteLater();
            if (!pending->error.ok())
                return done({}, pending->error);
            m_cache.insert(key, pending->lists);
            done(pending->lists, {});
        };
    };
    client_->getCallAccounts(client, answered(&VoipmsLists::accounts));
    client_->getCallTypes(client, answered(&VoipmsLists::callTypes));
    client_->getCallBilling(answered(&VoipmsLists::callBilling));
}
