#pragma once

#include <QString>

// What went wrong talking to a provider, typed so callers can react (ask for a new password
// on Auth, offer to allow plain HTTP on Refused) and carrying the provider's own code, key and
// message. `message` is complete and translated, names the request by its redacted URL, and
// never holds a credential.
struct ProviderError
{
    enum class Kind {
        None,
        Refused,       // not sent: plain HTTP to a non-loopback host, or a bad URL
        Network,       // connection refused, reset, host not found
        Timeout,       // no data within the transfer time-out (after the retries)
        Tls,           // certificate or handshake errors; never ignored
        TooLarge,      // the response passed the size limit and was abandoned
        Malformed,     // not JSON, truncated JSON, an HTML page, the wrong content type or shape
        Auth,          // the credentials are invalid (401, invalid_credentials)
        Role,          // the account may not do this (402, 403 on Kazoo/PBX)
        RatePlan,      // Enswitch 403: the rate plan does not allow this
        InvalidInput,  // the provider rejected a parameter (400): see key and message
        Server,        // the provider failed (5xx, Enswitch 500) after the retries
        Provider,      // any other non-success status the provider reported
        Cancelled,
    };

    Kind kind = Kind::None;
    int code = 0;          // the HTTP status or the provider's own code, 0 when none
    QString key;           // the provider's key (Enswitch's parameter name, voip.ms's status)
    QString providerMessage;
    QString message;

    [[nodiscard]] bool ok() const { return kind == Kind::None; }
};
