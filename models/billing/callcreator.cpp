#include "callcreator.h"

#include "customerstore.h"
#include "invoicestore.h"
#include "taxrates.h"

#include "store/callwriter.h"
#include "store/database.h"
#include "store/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

CreateCallOutcome invalid(const QString &key, const QString &message)
{
    CreateCallOutcome outcome;
    outcome.code = 400;
    outcome.key = key;
    outcome.message = message;
    return outcome;
}

} // namespace

struct CallCreator::Parsed
{
    CallRecord call;
    bool updateBalance = true;
    bool updateInvoices = true;
    bool validation = false;
};

CallCreator::CallCreator(Database &database) : m_database(database) {}

const QList<CreateCallField> &CallCreator::fields()
{
    const QString empty = QCoreApplication::translate("CallCreator", "Empty string.");
    static const QList<CreateCallField> list = {
        {u"uniqueid"_s, u"string"_s, true, QString(), QCoreApplication::translate("CallCreator", "Uniqueid.")},
        {u"machine"_s, u"string"_s, true, QString(), QCoreApplication::translate("CallCreator", "Machine.")},
        {u"start"_s, u"integer"_s, true, QString(), QCoreApplication::translate("CallCreator", "Start Unix timestamp.")},
        {u"scustomer"_s, u"integer"_s, true, QString(), QCoreApplication::translate("CallCreator", "ID of customer making call.")},
        {u"stype"_s, u"string"_s, false, empty, QCoreApplication::translate("CallCreator", "Source type.")},
        {u"snumber"_s, u"string"_s, false, empty, QCoreApplication::translate("CallCreator", "Source number.")},
        {u"spresent"_s, u"integer"_s, false, u"0"_s, QCoreApplication::translate("CallCreator", "Source presentation in ISDN format.")},
        {u"sname"_s, u"string"_s, false, empty, QCoreApplication::translate("CallCreator", "Source caller name.")},
        {u"ctype"_s, u"string"_s, false, empty, QCoreApplication::translate("CallCreator", "Called type.")},
        {u"cnumber"_s, u"string"_s, false, empty, QCoreApplication::translate("CallCreator", "Called number.")},
        {u"dcustomer"_s, u"integer"_s, false, QCoreApplication::translate("CallCreator", "Same as scustomer."), QCoreApplication::translate("CallCreator", "ID of destination customer.")},
        {u"dtype"_s, u"string"_s, false, empty, QCoreApplication::translate("CallCreator", "Destination type.")},
        {u"dnumber"_s, u"string"_s, false, empty, QCoreApplication::translate("CallCreator", "Destination number.")},
        {u"callid"_s, u"string"_s, false, QCoreApplication::translate("CallCreator", "Same as uniqueid."), QCoreApplication::translate("CallCreator", "Callid.")},
        {u"channel"_s, u"string"_s, false, empty, QCoreApplication::translate("CallCreator", "Channel.")},
        {u"cost"_s, u"decimal"_s, false, u"0.00"_s, QCoreApplication::translate("CallCreator", "Cost to customer making call.")},
        {u"currency"_s, u"string"_s, false, QCoreApplication::translate("CallCreator", "System currency."), QCoreApplication::translate("CallCreator", "Currency cost is in.")},
        {u"end"_s, u"integer"_s, false, QCoreApplication::translate("CallCreator", "Same as start."), QCoreApplication::translate("CallCreator", "End Unix timestamp.")},
        {u"ingroup_time"_s, u"integer"_s, false, u"0"_s, QCoreApplication::translate("CallCreator", "ID of ingroup_time.")},
        {u"invoice"_s, u"integer"_s, false, u"0"_s, QCoreApplication::translate("CallCreator", "ID of invoice. 0 for none.")},
        {u"media"_s, u"string"_s, false, u"voice"_s, QCoreApplication::translate("CallCreator", "Media: fax, message or voice.")},
        {u"messages"_s, u"integer"_s, false, u"0"_s, QCoreApplication::translate("CallCreator", "Number of included messages used.")},
        {u"note"_s, u"string"_s, false, empty, QCoreApplication::translate("CallCreator", "Note to attach to call.")},
        {u"outgroup_time"_s, u"integer"_s, false, u"0"_s, QCoreApplication::translate("CallCreator", "ID of outgroup_time.")},
        {u"peer"_s, u"integer"_s, false, u"0"_s, QCoreApplication::translate("CallCreator", "ID of peer. 0 for none.")},
        {u"recording"_s, u"string"_s, false, empty, QCoreApplication::translate("CallCreator", "Recording path.")},
        {u"status"_s, u"string"_s, false, u"answer"_s,
         QCoreApplication::translate("CallCreator", "Call status: answer, busy, cancel, chanunavail, congestion, error or noanswer.")},
        {u"talktime"_s, u"integer"_s, false, QCoreApplication::translate("CallCreator", "end − start"), QCoreApplication::translate("CallCreator", "Talk time in seconds.")},
        {u"taxes"_s, u"string"_s, false, empty, QCoreApplication::translate("CallCreator", "Comma separated list of taxes to apply.")},
        {u"time"_s, u"integer"_s, false, u"0"_s, QCoreApplication::translate("CallCreator", "Included time used in seconds.")},
        {u"totaltime"_s, u"integer"_s, false, QCoreApplication::translate("CallCreator", "end − start"), QCoreApplication::translate("CallCreator", "Total time in seconds.")},
        {u"update_balance"_s, u"integer"_s, false, u"1"_s, QCoreApplication::translate("CallCreator", "1 to update balance of customer making call, 0 not to.")},
        {u"update_invoices"_s, u"integer"_s, false, u"1"_s, QCoreApplication::translate("CallCreator", "1 to update any affected invoices, 0 not to.")},
        {u"validation"_s, u"integer"_s, false, u"0"_s, QCoreApplication::translate("CallCreator", "1 to validate input then return, 0 for full action.")},
    };
    return list;
}

Result<CreateCallOutcome> CallCreator::check(const QHash<QString, QString> &p, Parsed &parsed)
{
    for (auto it = p.cbegin(); it != p.cend(); ++it) {
        const bool known = std::any_of(fields().cbegin(), fields().cend(), [&it](const CreateCallField &f) { return f.name == it.key(); });
        if (!known)
            return invalid(it.key(), QCoreApplication::translate("CallCreator", "Unknown parameter."));
    }
    for (const CreateCallField &f : fields()) {
        if (f.required && p.value(f.name).trimmed().isEmpty())
            return invalid(f.name, QCoreApplication::translate("CallCreator", "Required parameter is missing."));
    }
    QHash<QString, qint64> numbers;
    for (const CreateCallField &f : fields()) {
        if (f.type != u"integer" || !p.contains(f.name))
            continue;
        bool ok = false;
        const qint64 value = p.value(f.name).trimmed().toLongLong(&ok);
        if (!ok || value < 0)
            return invalid(f.name, QCoreApplication::translate("CallCreator", "\"%1\" is not a whole number of 0 or more.").arg(p.value(f.name)));
        numbers.insert(f.name, value);
    }
    for (const QString &flag : {u"update_balance"_s, u"update_invoices"_s, u"validation"_s}) {
        if (numbers.value(flag, 0) > 1)
            return invalid(flag, QCoreApplication::translate("CallCreator", "Must be 0 or 1."));
    }
    CallRecord &c = parsed.call;
    c.source = u"local"_s;
    c.uniqueid = p.value(u"uniqueid"_s);
    c.recordKey = c.uniqueid;
    c.machine = p.value(u"machine"_s);
    c.start = numbers.value(u"start"_s);
    c.scustomer = numbers.value(u"scustomer"_s);
    c.dcustomer = numbers.value(u"dcustomer"_s, c.scustomer);
    c.end = numbers.value(u"end"_s, c.start);
    if (c.end < c.start)
        return invalid(u"end"_s, QCoreApplication::translate("CallCreator", "The end (%1) is before the start (%2).").arg(c.end).arg(c.start));
    c.talktime = numbers.value(u"talktime"_s, c.end - c.start);
    c.totaltime = numbers.value(u"totaltime"_s, c.end - c.start);
    if (c.talktime > c.totaltime)
        return invalid(u"talktime"_s, QCoreApplication::translate("CallCreator", "The talk time (%1 s) is longer than the total time (%2 s).").arg(c.talktime).arg(c.totaltime));
    c.ringtime = c.totaltime - c.talktime;
    c.answer = c.talktime > 0 ? std::optional<qint64>(c.end - c.talktime) : std::nullopt;
    c.callid = p.value(u"callid"_s, c.uniqueid);
    if (c.callid.isEmpty())
        c.callid = c.uniqueid;
    const std::pair<const char16_t *, QString *> texts[] = {
        {u"stype", &c.stype}, {u"snumber", &c.snumber}, {u"sname", &c.sname}, {u"ctype", &c.ctype},
        {u"cnumber", &c.cnumber}, {u"dtype", &c.dtype}, {u"dnumber", &c.dnumber}, {u"channel", &c.channel},
        {u"note", &c.note}, {u"recording", &c.recording}, {u"taxes", &c.taxes}};
    for (const auto &[name, field] : texts)
        *field = p.value(QString::fromUtf16(name));
    c.spresent = numbers.value(u"spresent"_s);
    c.ingroupTime = numbers.value(u"ingroup_time"_s);
    c.outgroupTime = numbers.value(u"outgroup_time"_s);
    c.invoice = numbers.value(u"invoice"_s);
    c.messages = numbers.value(u"messages"_s);
    c.peer = numbers.value(u"peer"_s);
    c.time = numbers.value(u"time"_s);
    c.media = p.value(u"media"_s, u"voice"_s);
    if (!QStringList{u"fax"_s, u"message"_s, u"voice"_s}.contains(c.media))
        return invalid(u"media"_s, QCoreApplication::translate("CallCreator", "\"%1\" is not one of fax, message, voice.").arg(c.media));
    c.status = p.value(u"status"_s, u"answer"_s);
    static const QStringList statuses = {u"answer"_s, u"busy"_s, u"cancel"_s, u"chanunavail"_s, u"congestion"_s, u"error"_s, u"noanswer"_s};
    if (!statuses.contains(c.status))
        return invalid(u"status"_s, QCoreApplication::translate("CallCreator", "\"%1\" is not one of %2.").arg(c.status, statuses.join(u", ")));
    QString why;
    const std::optional<Money> cost = Money::parse(p.value(u"cost"_s, u"0.00"_s), &why);
    if (!cost)
        return invalid(u"cost"_s, why);
    c.cost = *cost;
    parsed.updateBalance = numbers.value(u"update_balance"_s, 1) == 1;
    parsed.updateInvoices = numbers.value(u"update_invoices"_s, 1) == 1;
    parsed.validation = numbers.value(u"validation"_s, 0) == 1;

    // Against the store: customers, currency, taxes, invoice, a uniqueid not yet created.
    const Result<CustomerTree> tree = CustomerStore(m_database).tree();
    if (!tree)
        return Error{tree.error()};
    const Customer *customer = tree->find(c.scustomer);
    if (!customer)
        return invalid(u"scustomer"_s, QCoreApplication::translate("CallCreator", "There is no customer %1.").arg(c.scustomer));
    if (c.dcustomer && !tree->find(c.dcustomer))
        return invalid(u"dcustomer"_s, QCoreApplication::translate("CallCreator", "There is no customer %1.").arg(c.dcustomer));
    const Customer *system = tree->find(tree->systemId());
    c.currency = p.value(u"currency"_s, system ? system->currency : u"USD"_s);
    if (c.currency.size() != 3 || c.currency.toUpper() != c.currency)
        return invalid(u"currency"_s, QCoreApplication::translate("CallCreator", "\"%1\" is not a three-letter currency code.").arg(c.currency));
    if (parsed.updateBalance && !c.cost.isZero() && c.currency != customer->currency)
        return invalid(u"currency"_s, QCoreApplication::translate("CallCreator", "The cost is in %1 but customer %2's balance is in %3; pass update_balance 0 or the cost in %3.")
                                          .arg(c.currency).arg(c.scustomer).arg(customer->currency));
    const Result<QString> unknownTax = TaxRates(m_database).unknown(c.taxes);
    if (!unknownTax)
        return Error{unknownTax.error()};
    if (!unknownTax->isEmpty())
        return invalid(u"taxes"_s, QCoreApplication::translate("CallCreator", "There is no tax named \"%1\".").arg(*unknownTax));
    if (c.invoice) {
        const Result<Invoice> invoice = InvoiceStore(m_database).load(c.invoice);
        if (!invoice)
            return invalid(u"invoice"_s, invoice.error());
        if (invoice->status != u"draft")
            return invalid(u"invoice"_s, QCoreApplication::translate("CallCreator", "Invoice %1 is %2; calls are added only to draft invoices.").arg(c.invoice).arg(invoice->status));
    }
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT COUNT(*) FROM "_s + m_database.dialect().quote(u"calls") + u" WHERE source = ? AND record_key = ?"_s);
    q.addBindValue(c.source);
    q.addBindValue(c.recordKey);
    if (auto ok = execute(q, QCoreApplication::translate("CallCreator", "Looking for call %1").arg(c.uniqueid)); !ok)
        return Error{ok.error()};
    if (q.next() && q.value(0).toLongLong() > 0)
        return invalid(u"uniqueid"_s, QCoreApplication::translate("CallCreator", "A call with uniqueid \"%1\" has been created already.").arg(c.uniqueid));
    CreateCallOutcome outcome;
    outcome.code = 201;
    outcome.call = c;
    return outcome;
}

Result<void> CallCreator::write(Parsed &parsed, CreateCallOutcome &outcome)
{
    CallRecord &c = parsed.call;
    CallWriter writer(m_database);
    if (auto ok = writer.begin(); !ok)
        return ok;
    const auto work = [&]() -> Result<void> {
        if (auto ok = writer.write(c); !ok)
            return ok;
        QSqlQuery q(m_database.connection());
        const SqlDialect &d = m_database.dialect();
        q.prepare(u"SELECT id FROM "_s + d.quote(u"calls") + u" WHERE source = ? AND record_key = ?"_s);
        q.addBindValue(c.source);
        q.addBindValue(c.recordKey);
        if (auto ok = execute(q, QCoreApplication::translate("CallCreator", "Reading back call %1").arg(c.uniqueid)); !ok)
            return ok;
        outcome.callId = q.next() ? q.value(0).toLongLong() : 0;
        // The calling customer's charge is the given cost, so invoices and margins see it.
        const Result<Customer> customer = CustomerStore(m_database).load(c.scustomer);
        if (!customer)
            return Error{customer.error()};
        q.prepare(u"INSERT INTO "_s + d.quote(u"call_charges") + u" ("_s
                  + d.quotedList({u"call_id"_s, u"customer_id"_s, u"role"_s, u"cost"_s, u"currency"_s, u"deck_id"_s, u"prefix"_s})
                  + u") VALUES (?, ?, ?, ?, ?, 0, '')"_s);
        for (const QVariant &value : {QVariant(outcome.callId), QVariant(c.scustomer), QVariant(customer->role),
                                      QVariant(c.cost.units()), QVariant(c.currency)})
            q.addBindValue(value);
        if (auto ok = execute(q, QCoreApplication::translate("CallCreator", "Storing the charge of call %1").arg(c.uniqueid)); !ok)
            return ok;
        if (parsed.updateBalance && !c.cost.isZero()) {
            const Result<Money> balance = CustomerStore(m_database).addToBalance(c.scustomer, *c.cost.negated());
            if (!balance)
                return Error{balance.error()};
            outcome.balance = *balance;
        }
        if (parsed.updateInvoices) {
            const Result<QList<qint64>> refreshed = InvoiceStore(m_database).refreshDrafts(c.scustomer, c.start, c.invoice);
            if (!refreshed)
                return Error{refreshed.error()};
            outcome.invoices = *refreshed;
        }
        return writer.commit();
    };
    const Result<void> done = work();
    if (!done)
        writer.rollback();
    return done;
}

Result<CreateCallOutcome> CallCreator::create(const QHash<QString, QString> &parameters)
{
    Parsed parsed;
    Result<CreateCallOutcome> checked = check(parameters, parsed);
    if (!checked || checked->code != 201 || parsed.validation)
        return checked;
    CreateCallOutcome outcome = *checked;
    if (auto ok = write(parsed, outcome); !ok)
        return Error{ok.error()};
    outcome.code = 204;
    return outcome;
}
