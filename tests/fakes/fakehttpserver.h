#pragma once

#include "fakeoptions.h"
#include "fakeprovider.h"

#include <QAbstractHttpServer>

#include <memory>

class QTcpSocket;

// The HTTP side of a fake provider: counts requests, applies the fault switches of its options
// (delay, drop, 5xx, HTML pages, wrong content type, huge and truncated bodies) and writes the
// provider's answers itself, so a fault can be anything a broken network or proxy does.
class FakeHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    FakeHttpServer(const FakeOptions &options, std::unique_ptr<FakeProvider> provider, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    enum class Fault { None, Drop, Fail, Html, WrongType, Huge, Truncate };
    Fault faultFor(qint64 number) const;
    FakeResponse answer(Fault fault, const QHttpServerRequest &request);
    void send(QTcpSocket *socket, Fault fault, const FakeResponse &response);
    void streamHuge(QTcpSocket *socket);

    FakeOptions m_options;
    std::unique_ptr<FakeProvider> m_provider;
    qint64 m_requests = 0;
    int m_failures = 0;
};
