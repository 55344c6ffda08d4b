#include "providerreply.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

ProviderError malformed(const QString &message)
{
    ProviderError error;
    error.kind = ProviderError::Kind::Malformed;
    error.message = message;
    return error;
}

QString htmlTitle(const QByteArray &body)
{
    static const QRegularExpression title(u"<title[^>]*>([^<]*)</title>"_s, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = title.match(QString::fromUtf8(body.left(64 * 1024)));
    return match.hasMatch() ? match.captured(1).simplified() : QString();
}

bool looksLikeHtml(const HttpReply &reply)
{
    if (reply.contentType.toLower().contains("html"))
        return true;
    const QByteArray head = reply.body.left(256).trimmed().toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html");
}

} // namespace

namespace ProviderReply {

ProviderError make(ProviderError::Kind kind, const HttpReply &reply, int code, const QString &key,
                   const QString &providerMessage)
{
    ProviderError error;
    error.kind = kind;
    error.code = code;
    error.key = key;
    error.providerMessage = providerMessage;
    const QString said = providerMessage.isEmpty() ? QString() : QCoreApplication::translate("ProviderReply", " The provider says: %1").arg(providerMessage);
    const QString keyed = key.isEmpty() ? QString() : QCoreApplication::translate("ProviderReply", " (%1)").arg(key);
    const QString &url = reply.shownUrl;
    switch (kind) {
    case ProviderError::Kind::Auth:
        error.message = QCoreApplication::translate("ProviderReply", "%1 rejected the user name or password/token (code %2).%3").arg(url).arg(code).arg(said);
        break;
    case ProviderError::Kind::Role:
        error.message = QCoreApplication::translate("ProviderReply", "%1: this account's role does not allow %2 (code %3).%4").arg(url, reply.what).arg(code).arg(said);
        break;
    case ProviderError::Kind::RatePlan:
        error.message = QCoreApplication::translate("ProviderReply", "%1: this account's rate plan does not allow %2 (code %3).%4").arg(url, reply.what).arg(code).arg(said);
        break;
    case ProviderError::Kind::InvalidInput:
        error.message = QCoreApplication::translate("ProviderReply", "%1: the provider rejected a parameter%2 (code %3).%4").arg(url, keyed).arg(code).arg(said);
        break;
    case ProviderError::Kind::Server:
        error.message = QCoreApplication::translate("ProviderReply", "%1: the provider failed with an internal error%2 (code %3).%4").arg(url, keyed).arg(code).arg(said);
        break;
    default:
        error.message = QCoreApplication::translate("ProviderReply", "%1 failed%2 (code %3).%4").arg(url, keyed).arg(code).arg(said);
        break;
    }
    return error;
}

ProviderError unexpected(const HttpReply &reply, const QString &what)
{
    return malformed(QCoreApplication::translate("ProviderReply", "%1 answered with JSON of an unexpected shape: %2.").arg(reply.shownUrl, what));
}

ProviderError parseJson(const HttpReply &reply, QJsonDocument &document)
{
    const QString &url = reply.shownUrl;
    if (looksLikeHtml(reply)) {
        const QString title = htmlTitle(reply.body);
        return malformed(QCoreApplication::translate("ProviderReply", "%1 answered with a web page (HTTP %2%3) instead of JSON; check the URL.")
                             .arg(url)
                             .arg(reply.status)
                             .arg(title.isEmpty() ? QString() : u", \""_s + title + u'"'));
    }
    const QByteArray type = reply.contentType.toLower();
    if (!type.isEmpty() && !type.contains("json") && !type.contains("javascript"))
        return malformed(QCoreApplication::translate("ProviderReply", "%1 answered with content type \"%2\" (HTTP %3), not JSON.")
                             .arg(url, QString::fromLatin1(reply.contentType))
                             .arg(reply.status));
    if (reply.body.trimmed().isEmpty())
        return malformed(QCoreApplication::translate("ProviderReply", "%1 answered with an empty body (HTTP %2), not JSON.").arg(url).arg(reply.status));
    QJsonParseError parseError;
    document = QJsonDocument::fromJson(reply.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const bool truncated = parseError.offset >= reply.body.size() - 1
                               || parseError.error == QJsonParseError::UnterminatedObject
                               || parseError.error == QJsonParseError::UnterminatedArray
                               || parseError.error == QJsonParseError::UnterminatedString;
        if (truncated)
            return malformed(QCoreApplication::translate("ProviderReply", "%1 answered with truncated JSON: it ends at byte %2 (%3).")
                                 .arg(url)
                                 .arg(reply.body.size())
                                 .arg(parseError.errorString()));
        return malformed(QCoreApplication::translate("ProviderReply", "%1 answered with invalid JSON at byte %2 of %3: %4.")
                             .arg(url)
                             .arg(parseError.offset)
                             .arg(reply.body.size())
                             .arg(parseError.errorString()));
    }
    return {};
}

ProviderError fromStatus(const HttpReply &reply, const QString &providerMessage)
{
    const int status = reply.status;
    if (status / 100 == 2)
        return {};
    using Kind = ProviderError::Kind;
    const Kind kind = status == 401                  ? Kind::Auth
                      : status == 402 || status == 403 ? Kind::Role
                      : status == 400                ? Kind::InvalidInput
                      : status >= 500                ? Kind::Server
                                                     : Kind::Provider;
    QString said = providerMessage;
    if (said.isEmpty() && looksLikeHtml(reply)) {
        const QString title = htmlTitle(reply.body);
        said = title.isEmpty() ? QCoreApplication::translate("ProviderReply", "a web page instead of JSON") : QCoreApplication::translate("ProviderReply", "a web page, \"%1\"").arg(title);
    }
    return make(kind, reply, status, {}, said);
}

} // namespace ProviderReply
