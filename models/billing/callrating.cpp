#include "callrating.h"

#include "ratinginput.h"

#include "store/callstore.h"
#include "store/database.h"
#include "store/sqlerror.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

// Drivers bind a null QString as NULL; the text columns are NOT NULL and "" is a valid prefix.
QString notNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

} // namespace

// The statements of a run, prepared once.
class CallRating::Writer
{
public:
    Writer(Database &database, bool singleDeck)
        : m_update(database.connection()), m_remove(database.connection()), m_insert(database.connection())
    {
        const SqlDialect &d = database.dialect();
        m_update.prepare(u"UPDATE "_s + d.quote(u"calls") + u" SET rated_cost = ?, rated_prefix = ?, rated_deck = ? WHERE id = ?"_s);
        m_remove.prepare(u"DELETE FROM "_s + d.quote(u"call_charges") + u" WHERE call_id = ?"_s
                         + (singleDeck ? u" AND customer_id = ?"_s : QString()));
        m_insert.prepare(u"INSERT INTO "_s + d.quote(u"call_charges") + u" ("_s
                         + d.quotedList({u"call_id"_s, u"customer_id"_s, u"role"_s, u"cost"_s, u"currency"_s, u"deck_id"_s, u"prefix"_s})
                         + u") VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        m_singleDeck = singleDeck;
    }

    // Binds by position and runs; the error text is made only when a statement fails.
    Result<void> store(const CallRecord &call, const QList<PayerCharge> &charges)
    {
        const PayerCharge *own = !charges.isEmpty() && charges.first().customer == call.scustomer ? &charges.first() : nullptr;
        m_update.bindValue(0, own ? own->charge.cost.units() : qint64(0));
        m_update.bindValue(1, own ? notNull(own->charge.row->prefix) : u""_s);
        m_update.bindValue(2, own ? own->deckId : qint64(0));
        m_update.bindValue(3, call.id);
        if (!m_update.exec())
            return sqlError(QCoreApplication::translate("CallRating", "Storing the rated cost of call %1").arg(call.id), m_update.lastError());
        m_remove.bindValue(0, call.id);
        if (m_singleDeck)
            m_remove.bindValue(1, call.scustomer);
        if (!m_remove.exec())
            return sqlError(QCoreApplication::translate("CallRating", "Replacing the charges of call %1").arg(call.id), m_remove.lastError());
        for (const PayerCharge &p : charges) {
            m_insert.bindValue(0, call.id);
            m_insert.bindValue(1, p.customer);
            m_insert.bindValue(2, notNull(p.role));
            m_insert.bindValue(3, p.charge.cost.units());
            m_insert.bindValue(4, notNull(p.charge.currency));
            m_insert.bindValue(5, p.deckId);
            m_insert.bindValue(6, notNull(p.charge.row->prefix));
            if (!m_insert.exec())
                return sqlError(QCoreApplication::translate("CallRating", "Storing the charges of call %1").arg(call.id), m_insert.lastError());
        }
        return {};
    }

private:
    QSqlQuery m_update;
    QSqlQuery m_remove;
    QSqlQuery m_insert;
    bool m_singleDeck = false;
};

CallRating::CallRating(Database &database, const RateDeck &deck)
    : m_database(database), m_plan(ChargePlan::singleDeck(deck)), m_singleDeck(true), m_deck(deck)
{
}

CallRating::CallRating(Database &database, std::unique_ptr<ChargePlan> plan) : m_database(database), m_plan(std::move(plan)) {}

CallRating::~CallRating() = default;

Result<QSet<qint64>> CallRating::lockedCalls(const CallFilter &filter)
{
    const SqlDialect &d = m_database.dialect();
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    QString sql = u"SELECT DISTINCT ch.call_id FROM "_s + d.quote(u"call_charges") + u" ch JOIN "_s + d.quote(u"calls")
                  + u" c ON c.id = ch.call_id WHERE ch.invoice_id <> 0"_s;
    QVariantList values;
    if (filter.start) {
        sql += u" AND c.start >= ?"_s;
        values.append(*filter.start);
    }
    if (filter.end) {
        sql += u" AND c.start < ?"_s;
        values.append(*filter.end);
    }
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (auto ok = execute(q, QCoreApplication::translate("CallRating", "Finding invoiced calls")); !ok)
        return Error{ok.error()};
    QSet<qint64> ids;
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    return ids;
}

Result<RatingSummary> CallRating::run(CallFilter filter, bool dryRun, const ProgressCallback &progress)
{
    filter.sort = u"start"_s;
    filter.descending = false;
    CallStore calls(m_database);
    const Result<qint64> total = calls.count(filter);
    if (!total)
        return Error{total.error()};
    const Result<QSet<qint64>> locked = lockedCalls(filter);
    if (!locked)
        return Error{locked.error()};
    Writer writer(m_database, m_singleDeck);
    RatingSummary summary;
    QString failure;
    qint64 seen = 0;
    const auto visit = [&](const CallRecord &call) {
        ++seen;
        if (progress && seen % 10000 == 0 && !progress(seen, *total)) {
            failure = QCoreApplication::translate("CallRating", "Rating was cancelled; nothing was changed.");
            return false;
        }
        if (!m_rateInvoiced && (call.invoice != 0 || locked->contains(call.id))) {
            ++summary.locked;
            return true;
        }
        Result<QList<PayerCharge>> charges = m_plan->rate(call);
        Result<void> stored = charges ? (dryRun ? Result<void>() : writer.store(call, *charges)) : Result<void>(Error{charges.error()});
        if (!stored) {
            failure = stored.error();
            return false;
        }
        ++summary.calls;
        const PayerCharge *own = !charges->isEmpty() && charges->first().customer == call.scustomer ? &charges->first() : nullptr;
        summary.billable += own && own->charge.billable ? 1 : 0;
        summary.unmatched += own ? 0 : 1;
        if (own)
            summary.total = summary.total.plus(own->charge.cost).value_or(summary.total);
        return true;
    };
    const auto work = [&]() -> Result<void> {
        const Result<qint64> visited = RatingInput(m_database, filter).forEach(visit);
        if (!failure.isEmpty())
            return Error{failure};
        if (!visited)
            return Error{visited.error()};
        return {};
    };
    const QString doing = m_singleDeck ? QCoreApplication::translate("CallRating", "Rating calls under deck \"%1\"").arg(m_deck.name()) : QCoreApplication::translate("CallRating", "Rating calls under the customers' decks");
    const Result<void> done = dryRun ? work() : m_database.inTransaction(doing, work, Database::Statements::Small);
    if (!done)
        return Error{done.error()};
    if (progress)
        progress(seen, *total);
    return summary;
}

Result<QList<CallRecord>> CallRating::callsWithUniqueid(const QString &uniqueid)
{
    const SqlDialect &d = m_database.dialect();
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT id, start, talktime, status, cnumber, cnumber_e164, scustomer, invoice FROM "_s + d.quote(u"calls")
              + u" WHERE uniqueid = ? ORDER BY start, id"_s);
    q.addBindValue(uniqueid);
    if (auto ok = execute(q, QCoreApplication::translate("CallRating", "Finding call %1").arg(uniqueid)); !ok)
        return Error{ok.error()};
    QList<CallRecord> result;
    while (q.next()) {
        CallRecord call;
        call.id = q.value(0).toLongLong();
        call.uniqueid = uniqueid;
        call.start = q.value(1).toLongLong();
        call.talktime = q.value(2).toLongLong();
        call.status = q.value(3).toString();
        call.cnumber = q.value(4).toString();
        call.cnumberE164 = q.value(5).toString();
        call.scustomer = q.value(6).toLongLong();
        call.invoice = q.value(7).toLongLong();
        result.append(call);
    }
    if (result.isEmpty())
        return Error{QCoreApplication::translate("CallRating", "There is no call with uniqueid \"%1\".").arg(uniqueid)};
    return result;
}

Result<QList<std::pair<CallRecord, Charge>>> CallRating::explain(const QString &uniqueid)
{
    const Result<QList<CallRecord>> calls = callsWithUniqueid(uniqueid);
    if (!calls)
        return Error{calls.error()};
    Rater rater(m_deck, true);
    QList<std::pair<CallRecord, Charge>> result;
    for (const CallRecord &call : *calls) {
        Result<Charge> charge = rater.rate(call);
        if (!charge)
            return Error{charge.error()};
        result.append({call, *charge});
    }
    return result;
}

Result<QList<std::pair<CallRecord, QList<PayerCharge>>>> CallRating::explainAll(const QString &uniqueid)
{
    const Result<QList<CallRecord>> calls = callsWithUniqueid(uniqueid);
    if (!calls)
        return Error{calls.error()};
    QList<std::pair<CallRecord, QList<PayerCharge>>> result;
    for (const CallRecord &call : *calls) {
        Result<QList<PayerCharge>> charges = m_plan->rate(call);
        if (!charges)
            return Error{charges.error()};
        result.append({call, *charges});
    }
    return result;
}
