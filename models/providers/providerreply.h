#pragma once

#include "providererror.h"
#include "providerhttp.h"

#include <QJsonDocument>

// Reading a provider's HTTP reply: the checks every JSON API needs, each failing with a
// message that names the request (redacted) and what was wrong.
namespace ProviderReply {

// The body as JSON: a Malformed error for an HTML page, another content type, an empty body,
// or JSON that does not parse (truncated or not).
[[nodiscard]] ProviderError parseJson(const HttpReply &reply, QJsonDocument &document);

// The error an HTTP status means when the body says nothing better (401 Auth, 402/403 Role,
// 400 InvalidInput, 5xx Server, other non-2xx Provider); None for 2xx.
[[nodiscard]] ProviderError fromStatus(const HttpReply &reply, const QString &providerMessage = {});

// An error of `kind` about the reply, with the provider's code, key and message.
[[nodiscard]] ProviderError make(ProviderError::Kind kind, const HttpReply &reply, int code, const QString &key,
                                 const QString &providerMessage);

// A Malformed error: the reply parsed but has not the documented shape.
[[nodiscard]] ProviderError unexpected(const HttpReply &reply, const QString &what);

} // namespace ProviderReply
