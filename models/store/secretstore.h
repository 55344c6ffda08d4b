#pragma once

#include <QObject>
#include <QString>

#include <functional>

// Passwords and tokens in the system keychain (QtKeychain), never in settings files. Each
// call is asynchronous; the callback gets the secret, or an error text that never holds it.
// When no keychain service runs, the error says so and callers ask the person instead: there
// is no plain-text fallback.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(const QString &secret, const QString &error)>;
    using DoneCallback = std::function<void(const QString &error)>;

    explicit SecretStore(QObject *parent = nullptr);

    void read(const QString &key, ReadCallback done);
    void write(const QString &key, const QString &secret, DoneCallback done);
    void remove(const QString &key, DoneCallback done);
    // Whether a keychain service answers: `done` gets an empty text when it does (an entry
    // that is not there counts as an answer), else why not.
    void probe(DoneCallback done);

    // Reads and waits (for the CLI, which has no other work to do meanwhile).
    QString readBlocking(const QString &key, QString *error);

    // The keychain entry name of a database's password.
    static QString databaseKey(const QString &databaseUrl);
};
