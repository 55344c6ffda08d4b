#include "providersecrets.h"

#include "store/secretstore.h"

ProviderSecrets::ProviderSecrets(QObject *parent)
    : QObject(parent)
    , m_keychain(new SecretStore(this))
{
}

void ProviderSecrets::read(const Connection &connection, ReadCallback done)
{
    const QString key = connection.secretKey();
    if (const auto it = m_session.constFind(key); it != m_session.constEnd())
        return done(*it, {});
    m_keychain->read(key, std::move(done));
}

void ProviderSecrets::store(const Connection &connection, const QString &secret, StoreCallback done)
{
    m_session.insert(connection.secretKey(), secret);
    m_keychain->write(connection.secretKey(), secret, std::move(done));
}

void ProviderSecrets::remember(const Connection &connection, const QString &secret)
{
    m_session.insert(connection.secretKey(), secret);
}

void ProviderSecrets::forget(const Connection &connection)
{
    m_session.remove(connection.secretKey());
    m_keychain->remove(connection.secretKey(), [](const QString &) {});
}

bool ProviderSecrets::hasSessionCopy(const Connection &connection) const
{
    return m_session.contains(connection.secretKey());
}

void ProviderSecrets::checkKeychain(std::function<void(const QString &problem)> done)
{
    m_keychain->probe(std::move(done));
}
