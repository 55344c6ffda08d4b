#pragma once

#include "providererror.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <functional>
#include <memory>

class QIODevice;
class QNetworkAccessManager;
class QNetworkReply;

// How a connection talks HTTP. The defaults suit a provider across the Internet.
struct HttpSettings
{
    int timeoutMs = 30000;                    // no byte for this long: the attempt times out
    int retries = 3;                          // further attempts after a time-out, a dropped connection or a 5xx
    int backoffMs = 1000;                     // before the first retry; doubled for each next one
    qint64 maxResponseBytes = 64ll << 20;     // a larger response is abandoned (bounded memory)
    bool allowHttp = false;                   // plain HTTP to a host that is not loopback
};

struct HttpRequest
{
    QByteArray verb = QByteArrayLiteral("GET");
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString what;               // the operation, for messages ("cdrs/list")
    QIODevice *sink = nullptr;  // set: the body streams into it (no size limit), not into the reply
};

struct HttpReply
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    QString shownUrl;  // the URL with credentials redacted: safe to show and log
    QString what;
};

// Sends provider requests over one QNetworkAccessManager, asynchronously: transfer time-outs,
// retries with exponential back-off on time-outs, dropped connections and 5xx answers, a bound
// on the response size, TLS errors reported (never ignored), plain HTTP refused for hosts that
// are not loopback unless allowed, and cancel. Any HTTP status is a reply (the provider's body
// says more than the status); only a failure to get one is an error.
class ProviderHttp : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const HttpReply &reply, const ProviderError &error)>;

    explicit ProviderHttp(const HttpSettings &settings, QObject *parent = nullptr);
    ~ProviderHttp() override;

    void send(const HttpRequest &request, Done done);
    // Abandons every request in flight or waiting to retry; each reports Cancelled.
    void cancel();
    [[nodiscard]] bool busy() const { return !m_pending.isEmpty(); }
    [[nodiscard]] const HttpSettings &settings() const { return m_settings; }

    // The URL as it may be shown or logged: passwords and tokens replaced.
    [[nodiscard]] static QString redacted(const QUrl &url);
    [[nodiscard]] static bool isLoopback(const QUrl &url);
    // Refused when the URL is not http(s), or is plain HTTP to a non-loopback host without `allowHttp`.
    [[nodiscard]] static ProviderError checkUrl(const QUrl &url, bool allowHttp);

private:
    struct Pending;
    void attempt(const std::shared_ptr<Pending> &pending);
    void finish(const std::shared_ptr<Pending> &pending, QNetworkReply *reply);
    void deliver(const std::shared_ptr<Pending> &pending, const HttpReply &reply, const ProviderError &error);

    HttpSettings m_settings;
    QNetworkAccessManager *m_network;
    QList<std::shared_ptr<Pending>> m_pending;
};
