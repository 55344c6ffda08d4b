#pragma once

#include "core/callrecord.h"
#include "core/result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class Database;

// One parameter of spec 000 (Enswitch cdrs/create), as the GUI dialog and the CLI offer it.
struct CreateCallField
{
    QString name;          // spelled as spec 000
    QString type;          // string, integer or decimal
    bool required = false;
    QString defaultText;   // translated: "Same as scustomer", "0" …
    QString description;   // translated
};

// What creating a call did, with spec 000's result code.
struct CreateCallOutcome
{
    int code = 0;          // 201 validated only, 204 created, 400 invalid input
    QString key;           // 400: the parameter that is wrong
    QString message;       // 400: what is wrong with it (translated)
    CallRecord call;       // the call as it is (or would be) stored, every default applied
    qint64 callId = 0;     // 204: the stored call's id
    std::optional<Money> balance;  // 204 with update_balance: the customer's new balance
    QList<qint64> invoices;        // 204 with update_invoices: the draft invoices brought up to date
};

// Creates a completed call as Enswitch's cdrs/create does (spec 000): every parameter and every
// default (dcustomer = scustomer, callid = uniqueid, end = start, talktime and totaltime =
// end − start, media voice, status answer, currency the system's, update_balance and
// update_invoices 1). validation=1 checks and returns 201 without writing; invalid input
// returns 400 naming the parameter. Otherwise the call, its charge to the calling customer
// (the given cost), the customer's balance and the affected draft invoices are written in one
// transaction (204). A uniqueid already created locally is refused (400), never replaced.
class CallCreator
{
public:
    explicit CallCreator(Database &database);

    [[nodiscard]] static const QList<CreateCallField> &fields();

    // Parameters by spec 000 name, as text. Fails only when the store fails.
    [[nodiscard]] Result<CreateCallOutcome> create(const QHash<QString, QString> &parameters);

private:
    struct Parsed;
    [[nodiscard]] Result<CreateCallOutcome> check(const QHash<QString, QString> &parameters, Parsed &parsed);
    [[nodiscard]] Result<void> write(Parsed &parsed, CreateCallOutcome &outcome);

    Database &m_database;
};
