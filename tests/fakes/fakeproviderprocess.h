#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

// A cdrdesk-fake-provider run by a test: started on a free loopback port, stopped when this
// object goes. Tests talk to it over real HTTP, as the clients do to real providers.
class FakeProviderProcess
{
public:
    FakeProviderProcess() = default;
    ~FakeProviderProcess();
    FakeProviderProcess(const FakeProviderProcess &) = delete;
    FakeProviderProcess &operator=(const FakeProviderProcess &) = delete;

    // Starts `--kind kind --port 0 --quiet` plus `arguments` and waits until it listens.
    // False with error() set when it cannot start.
    bool start(const QString &kind, const QStringList &arguments = {});
    void stop();

    quint16 port() const { return m_port; }
    QUrl url() const;              // http://127.0.0.1:PORT
    QString error() const { return m_error; }
    static QString program();      // the built cdrdesk-fake-provider

private:
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};
