#pragma once

#include "providerclient.h"

#include <optional>

struct CallFilter;

// Every parameter of Enswitch's cdrs/list (spec 001). Members at their default are not sent,
// so the provider applies its own default.
struct EnswitchCdrQuery
{
    std::optional<qint64> start;   // Unix seconds
    std::optional<qint64> end;
    bool archive = false;
    QString callernameMatch;       // contains (default) | start | end | exact
    QString callernameNumber;
    QString callid;
    QString costCustomer;          // scustomer | card | a customer ID
    QString customer;              // unset | ID | all | external | postpaid | prepaid | system
    QString direction;             // in | internal | out
    qint64 invoice = 0;
    qint64 limit = 0;              // 0: all
    qint64 offset = 0;
    qint64 peer = 0;
    QString phone;
    bool recurse = false;
    QString status;
    qint64 talktimeMaximum = -1;   // -1: no limit
    qint64 talktimeMinimum = 0;
    QString stype;
    QString smatch;
    QString snumber;
    QString ctype;
    QString cmatch;
    QString cnumber;
    QString dtype;
    QString dmatch;
    QString dnumber;
    QString sort;                  // one of the 19 fields; unset: start
    bool descending = false;

    // The filter's values under their cdrs/list names (CallFilter is named after them): the
    // time range, archive, customer scope with recurse, direction, status (also one voip.ms
    // status that is a single Enswitch one), caller name, callid, phone, peer, invoice, talk
    // time limits, the source/called/destination type, number and match, sort, descending,
    // limit and offset. What cdrs/list cannot express — several values or a negation of a
    // field, a dial pattern, several voip.ms statuses, the voip.ms and Kazoo fields, the quick
    // search — is left out and its parameter name added to `unmapped`, so the caller applies
    // it locally or says so.
    [[nodiscard]] static EnswitchCdrQuery fromFilter(const CallFilter &filter, QStringList *unmapped = nullptr);
    [[nodiscard]] QList<std::pair<QString, QString>> parameters() const;
};

// What cdrs/create does besides storing the call (spec 000).
struct EnswitchCreateOptions
{
    bool updateBalance = true;
    bool updateInvoices = true;
    bool validation = false;  // 1: check the input and return 201, storing nothing
};

// The Enswitch JSON API (`<url>/api/json/<function>/`, auth_username/auth_password): cdrs/list
// and cdrs/create, with the envelope's codes mapped to typed errors carrying the key and message.
class EnswitchClient : public ProviderClient
{
    Q_OBJECT

public:
    using ListDone = std::function<void(const QList<CallRecord> &calls, const ProviderError &error)>;
    // code: 201 (validated, nothing stored) or 204 (stored).
    using CreateDone = std::function<void(int code, const ProviderError &error)>;

    using ProviderClient::ProviderClient;

    void listCdrs(const EnswitchCdrQuery &query, ListDone done);
    // The call's fields as spec 000 names them; a field at its default is not sent.
    void createCdr(const CallRecord &call, const EnswitchCreateOptions &options, CreateDone done);
    // cdrs/create with the parameters as typed (spec 000 names and text; those left out take
    // Enswitch's defaults), e.g. the Create Call dialog's lines sent to a remote Enswitch.
    void createCdr(const QList<std::pair<QString, QString>> &parameters, CreateDone done);

    // The parameters cdrs/create would get for `call` (without the credentials).
    [[nodiscard]] static QList<std::pair<QString, QString>> createParameters(const CallRecord &call,
                                                                             const EnswitchCreateOptions &options);

private:
    void call(const QString &function, const QList<std::pair<QString, QString>> &parameters,
              std::function<void(const HttpReply &, const QJsonDocument &, int code, const ProviderError &)> done);
};
