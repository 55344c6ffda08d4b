#pragma once

#include "core/money.h"
#include "providerclient.h"

#include <QDate>
#include <QTimeZone>

// A value and its label, as getCallAccounts/getCallBilling/getCallTypes list them.
struct VoipmsValue
{
    QString value;
    QString description;
};

// The parameters of getCDR and getResellerCDR (spec 002).
struct CallFilter;

struct VoipmsCdrQuery
{
    QDate dateFrom;         // required: the first day …
    QDate dateTo;           // … and the last, in `timezone`
    bool answered = true;   // which dispositions to include
    bool noanswer = true;
    bool busy = true;
    bool failed = true;
    QString timezone = QStringLiteral("0");  // required: UTC offset in hours, -12 to 13
    QString calltype;       // a value of getCallTypes; empty: all
    QString callbilling;    // a value of getCallBilling; empty: all
    QString account;        // a value of getCallAccounts; empty: all
    QString client;         // getResellerCDR: the reseller client (required there)

    // The filter as getCDR takes it, times in `timezone`: start/end as the days they fall on,
    // statuses (answered noanswer busy failed) as the disposition flags (an Enswitch `status`
    // too when its values are whole voip.ms groups), calltype (direction in/out as
    // incoming/outgoing), callbilling and one account. What getCDR cannot express — a start or
    // end inside a day, and every other condition, order and paging — is named in `unmapped`
    // for the caller to apply locally. Without start/end the dates stay unset (getCDR needs them).
    [[nodiscard]] static VoipmsCdrQuery fromFilter(const CallFilter &filter, const QString &timezone,
                                                   QStringList *unmapped = nullptr);
};

struct VoipmsRate
{
    QString destination;
    QString prefix;
    qint64 clientIncrement = 0;
    Money clientRate;
    qint64 realIncrement = 0;
    Money realRate;
};

struct VoipmsTerminationRate
{
    QString destination;
    QString prefix;
    qint64 increment = 0;
    Money rate;
};

struct VoipmsTerminationRates
{
    VoipmsValue route;
    QList<VoipmsTerminationRate> rates;
};

// The voip.ms REST API (`<url>` = …/api/v1/rest.php, method + api_username/api_password): the
// CDR functions of spec 002. A `status` other than success is a typed error (invalid
// credentials: Auth; api/ip not enabled: Role; missing/invalid parameters: InvalidInput), except
// no_cdr / no_rates, which are an empty answer.
class VoipmsClient : public ProviderClient
{
    Q_OBJECT

public:
    using ValuesDone = std::function<void(const QList<VoipmsValue> &values, const ProviderError &error)>;
    using CdrDone = std::function<void(const QList<CallRecord> &calls, const ProviderError &error)>;
    using RatesDone = std::function<void(const QList<VoipmsRate> &rates, const ProviderError &error)>;
    using TerminationDone = std::function<void(const VoipmsTerminationRates &rates, const ProviderError &error)>;

    using ProviderClient::ProviderClient;

    void getCallAccounts(const QString &client, ValuesDone done);
    void getCallBilling(ValuesDone done);
    void getCallTypes(const QString &client, ValuesDone done);
    void getCDR(const VoipmsCdrQuery &query, CdrDone done);
    void getResellerCDR(const VoipmsCdrQuery &query, CdrDone done);
    void getRates(const QString &package, const QString &query, RatesDone done);
    void getTerminationRates(const QString &route, const QString &query, TerminationDone done);

    // The zone of a voip.ms `timezone` offset in hours ("-5", "5.5"); nullopt outside -12..13.
    [[nodiscard]] static std::optional<QTimeZone> zoneOfOffset(const QString &hours);

private:
    using Parameters = QList<std::pair<QString, QString>>;
    void call(const QString &method, const Parameters &parameters,
              std::function<void(const HttpReply &, const QJsonObject &, const ProviderError &)> done);
    void values(const QString &method, const Parameters &parameters, const QString &key, ValuesDone done);
    void cdrs(const QString &method, const VoipmsCdrQuery &query, CdrDone done);
};
