#include "secretstore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>

using namespace Qt::StringLiterals;

namespace {
const QString Service = u"CDR Desk"_s;

QString errorText(const QKeychain::Job &job)
{
    if (job.error() == QKeychain::NoError)
        return {};
    if (job.error() == QKeychain::NoBackendAvailable)
        return SecretStore::tr("No system keychain is available here: %1").arg(job.errorString());
    if (job.error() == QKeychain::EntryNotFound)
        return SecretStore::tr("The keychain holds no secret for %1.").arg(job.key());
    return SecretStore::tr("The system keychain failed for %1: %2").arg(job.key(), job.errorString());
}
} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

QString SecretStore::databaseKey(const QString &databaseUrl)
{
    return u"database:"_s + databaseUrl;
}

void SecretStore::read(const QString &key, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(Service, this);
    job->setKey(key);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        done(job->error() == QKeychain::NoError ? job->textData() : QString(), errorText(*job));
    });
    job->start();
}

void SecretStore::write(const QString &key, const QString &secret, DoneCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(Service, this);
    job->setKey(key);
    job->setInsecureFallback(false);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] { done(errorText(*job)); });
    job->start();
}

void SecretStore::remove(const QString &key, DoneCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(Service, this);
    job->setKey(key);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] { done(errorText(*job)); });
    job->start();
}

void SecretStore::probe(DoneCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(Service, this);
    job->setKey(u"probe"_s);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        done(job->error() == QKeychain::EntryNotFound ? QString() : errorText(*job));
    });
    job->start();
}

QString SecretStore::readBlocking(const QString &key, QString *error)
{
    QEventLoop loop;
    QString result;
    read(key, [&](const QString &secret, const QString &failure) {
        result = secret;
        if (error)
            *error = failure;
        loop.quit();
    });
    loop.exec();
    return result;
}
