#pragma once

#include "connection.h"

#include <QHash>
#include <QObject>

#include <functional>

class SecretStore;

// The passwords and tokens of provider connections: the system keychain (SecretStore), and,
// where no keychain service runs or it refused the secret, a copy in memory for this session
// only. Nothing is ever written in plain text anywhere. Keyed by Connection::secretKey().
class ProviderSecrets : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(const QString &secret, const QString &error)>;
    // `problem` is empty when the keychain holds the secret; otherwise it says why the secret
    // is kept for this session only.
    using StoreCallback = std::function<void(const QString &problem)>;

    explicit ProviderSecrets(QObject *parent = nullptr);

    // The session's copy first, then the keychain. The error never holds the secret.
    void read(const Connection &connection, ReadCallback done);
    // Keeps the secret for the session and writes it to the keychain.
    void store(const Connection &connection, const QString &secret, StoreCallback done);
    // Keeps the secret for this session only (asked for because the keychain had none).
    void remember(const Connection &connection, const QString &secret);
    // Forgets the session's copy and removes the keychain entry.
    void forget(const Connection &connection);
    [[nodiscard]] bool hasSessionCopy(const Connection &connection) const;
    // Whether a keychain service answers: `problem` is empty when it does, else says why not.
    void checkKeychain(std::function<void(const QString &problem)> done);

private:
    SecretStore *m_keychain;
    QHash<QString, QString> m_session;
};
