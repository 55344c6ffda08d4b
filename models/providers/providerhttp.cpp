#include "providerhttp.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

bool isSecretParameter(const QString &name)
{
    static const QStringList secrets = {u"auth_password"_s, u"api_password"_s, u"password"_s,
                                        u"auth_token"_s,    u"token"_s,        u"api_key"_s,
                                        u"secret"_s};
    return secrets.contains(name, Qt::CaseInsensitive);
}

ProviderError failure(ProviderError::Kind kind, const QString &message)
{
    ProviderError error;
    error.kind = kind;
    error.message = message;
    return error;
}

// QNetworkReply's errors below 100 are the transport's: no complete HTTP answer arrived.
bool isTransportError(QNetworkReply::NetworkError error)
{
    return error > QNetworkReply::NoError && error < QNetworkReply::ProxyConnectionRefusedError;
}

bool isRetryable(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:  // the transfer time-out (ours is marked cancelled)
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

} // namespace

struct ProviderHttp::Pending
{
    HttpRequest request;
    Done done;
    QString shownUrl;
    int attempt = 0;
    QNetworkReply *reply = nullptr;
    QStringList tlsErrors;
    bool tooLarge = false;
    bool cancelled = false;
};

ProviderHttp::ProviderHttp(const HttpSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setAutoDeleteReplies(false);
}

ProviderHttp::~ProviderHttp()
{
    for (const auto &pending : std::as_const(m_pending)) {
        pending->cancelled = true;
        if (pending->reply) {
            pending->reply->disconnect(this);
            pending->reply->abort();
            pending->reply->deleteLater();
        }
    }
}

QString ProviderHttp::redacted(const QUrl &url)
{
    QUrl copy = url;
    if (!copy.password().isEmpty())
        copy.setPassword(u"REDACTED"_s);
    QUrlQuery query(copy);
    QUrlQuery shown;
    shown.setQueryDelimiters(query.queryValueDelimiter(), query.queryPairDelimiter());
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded))
        shown.addQueryItem(name, isSecretParameter(name) ? u"REDACTED"_s : value);
    if (copy.hasQuery())
        copy.setQuery(shown);
    return copy.toDisplayString();
}

bool ProviderHttp::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0 || host.endsWith(u".localhost"_s, Qt::CaseInsensitive))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

ProviderError ProviderHttp::checkUrl(const QUrl &url, bool allowHttp)
{
    if (!url.isValid() || url.host().isEmpty())
        return failure(ProviderError::Kind::Refused, QCoreApplication::translate("ProviderHttp", "\"%1\" is not a valid URL.").arg(redacted(url)));
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https" && scheme != u"http")
        return failure(ProviderError::Kind::Refused,
                       QCoreApplication::translate("ProviderHttp", "%1: only https:// (or http:// where allowed) URLs are supported.").arg(redacted(url)));
    if (scheme == u"http" && !allowHttp && !isLoopback(url))
        return failure(ProviderError::Kind::Refused,
                       QCoreApplication::translate("ProviderHttp", "%1: plain HTTP would send the credentials unencrypted to %2; use https://, "
                          "or allow HTTP for this connection.")
                           .arg(redacted(url), url.host()));
    return {};
}

void ProviderHttp::send(const HttpRequest &request, Done done)
{
    auto pending = std::make_shared<Pending>();
    pending->request = request;
    pending->done = std::move(done);
    pending->shownUrl = redacted(request.url);
    m_pending.append(pending);
    if (const ProviderError refused = checkUrl(request.url, m_settings.allowHttp); !refused.ok()) {
        // Answer asynchronously, as every other outcome is.
        QTimer::singleShot(0, this, [this, pending, refused] { deliver(pending, {}, refused); });
        return;
    }
    attempt(pending);
}

void ProviderHttp::attempt(const std::shared_ptr<Pending> &pending)
{
    if (pending->cancelled)
        return;
    ++pending->attempt;
    pending->tlsErrors.clear();
    QNetworkRequest request(pending->request.url);
    request.setTransferTimeout(m_settings.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    for (const auto &[name, value] : std::as_const(pending->request.headers))
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network->sendCustomRequest(request, pending->request.verb, pending->request.body);
    pending->reply = reply;
    // TLS errors are collected and reported; the handshake then fails. Nothing is ignored.
    connect(reply, &QNetworkReply::sslErrors, this, [pending](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            pending->tlsErrors.append(error.errorString());
    });
    if (pending->request.sink) {
        connect(reply, &QNetworkReply::readyRead, this, [pending, reply] {
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() / 100 == 2)
                pending->request.sink->write(reply->readAll());
        });
    } else {
        connect(reply, &QNetworkReply::downloadProgress, this, [this, pending, reply](qint64 received, qint64 total) {
            if (received > m_settings.maxResponseBytes || total > m_settings.maxResponseBytes) {
                pending->tooLarge = true;
                reply->abort();
            }
        });
    }
    connect(reply, &QNetworkReply::finished, this, [this, pending, reply] { finish(pending, reply); });
}

void ProviderHttp::finish(const std::shared_ptr<Pending> &pending, QNetworkReply *reply)
{
    reply->deleteLater();
    pending->reply = nullptr;
    if (pending->cancelled)
        return;
    const QString &url = pending->shownUrl;
    const QNetworkReply::NetworkError code = reply->error();
    if (pending->tooLarge)
        return deliver(pending, {},
                       failure(ProviderError::Kind::TooLarge,
                               QCoreApplication::translate("ProviderHttp", "The response to %1 passed %2 MiB and was abandoned; ask for smaller pages.")
                                   .arg(url)
                                   .arg(m_settings.maxResponseBytes >> 20)));
    if (!pending->tlsErrors.isEmpty() || code == QNetworkReply::SslHandshakeFailedError) {
        const QString reasons = pending->tlsErrors.isEmpty() ? reply->errorString() : pending->tlsErrors.join(u"; "_s);
        return deliver(pending, {},
                       failure(ProviderError::Kind::Tls, QCoreApplication::translate("ProviderHttp", "The secure connection to %1 failed: %2").arg(url, reasons)));
    }
    HttpReply answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    answer.shownUrl = url;
    answer.what = pending->request.what;
    const bool timedOut = code == QNetworkReply::OperationCanceledError || code == QNetworkReply::TimeoutError;
    const bool retry = isTransportError(code) ? isRetryable(code) : answer.status >= 500;
    if (retry && pending->attempt <= m_settings.retries) {
        const int delay = m_settings.backoffMs << qMin(pending->attempt - 1, 10);
        QTimer::singleShot(delay, this, [this, pending] { attempt(pending); });
        return;
    }
    if (isTransportError(code)) {
        const QString attempts = QCoreApplication::translate("ProviderHttp", "%n attempt(s)", nullptr, pending->attempt);
        if (timedOut)
            return deliver(pending, {},
                           failure(ProviderError::Kind::Timeout,
                                   QCoreApplication::translate("ProviderHttp", "%1 did not answer within %2 s (%3).").arg(url).arg(m_settings.timeoutMs / 1000.0).arg(attempts)));
        return deliver(pending, {},
                       failure(ProviderError::Kind::Network,
                               QCoreApplication::translate("ProviderHttp", "%1 failed: %2 (%3).").arg(url, reply->errorString(), attempts)));
    }
    if (answer.status == 0)
        return deliver(pending, {}, failure(ProviderError::Kind::Network, QCoreApplication::translate("ProviderHttp", "%1 failed: %2").arg(url, reply->errorString())));
    if (pending->request.sink) {
        if (answer.status / 100 == 2)
            pending->request.sink->write(reply->readAll());
        else
            answer.body = reply->read(m_settings.maxResponseBytes);
    } else {
        answer.body = reply->readAll();
    }
    deliver(pending, answer, {});
}

void ProviderHttp::deliver(const std::shared_ptr<Pending> &pending, const HttpReply &reply, const ProviderError &error)
{
    if (!m_pending.removeOne(pending))
        return;
    Done done = std::move(pending->done);
    done(reply, error);
}

void ProviderHttp::cancel()
{
    const auto pending = m_pending;
    for (const auto &one : pending) {
        one->cancelled = true;
        if (one->reply) {
            one->reply->disconnect(this);
            one->reply->abort();
            one->reply->deleteLater();
            one->reply = nullptr;
        }
        ProviderError error = failure(ProviderError::Kind::Cancelled, QCoreApplication::translate("ProviderHttp", "%1 was cancelled.").arg(one->shownUrl));
        deliver(one, {}, error);
    }
}
