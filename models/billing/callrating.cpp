#include "callrating.h"

#include "store/callstore.h"
#include "store/database.h"
#include "store/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

CallRating::CallRating(Database &database, const RateDeck &deck) : m_database(database), m_deck(deck) {}

Result<void> CallRating::store(const CallRecord &call, const Charge &charge)
{
    const SqlDialect &d = m_database.dialect();
    const bool rated = charge.matched();
    QSqlQuery update(m_database.connection());
    update.prepare(u"UPDATE "_s + d.quote(u"calls") + u" SET rated_cost = ?, rated_prefix = ?, rated_deck = ? WHERE id = ?"_s);
    update.addBindValue(charge.cost.units());
    update.addBindValue(rated ? charge.row->prefix + u""_s : u""_s);
    update.addBindValue(rated ? m_deck.id() : qint64(0));
    update.addBindValue(call.id);
    if (auto ok = execute(update, QCoreApplication::translate("CallRating", "Storing the rated cost of call %1").arg(call.id)); !ok)
        return ok;
    QSqlQuery remove(m_database.connection());
    remove.prepare(u"DELETE FROM "_s + d.quote(u"call_charges") + u" WHERE call_id = ? AND role = ?"_s);
    remove.addBindValue(call.id);
    remove.addBindValue(u"client"_s);
    if (auto ok = execute(remove, QCoreApplication::translate("CallRating", "Replacing the charge of call %1").arg(call.id)); !ok)
        return ok;
    if (!rated)
        return {};
    QSqlQuery insert(m_database.connection());
    insert.prepare(u"INSERT INTO "_s + d.quote(u"call_charges") + u" ("_s
                   + d.quotedList({u"call_id"_s, u"customer_id"_s, u"role"_s, u"cost"_s, u"currency"_s, u"deck_id"_s, u"prefix"_s})
                   + u") VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &value : QVariantList{call.id, call.scustomer, u"client"_s, charge.cost.units(),
                                              QVariant(charge.currency + u""_s), m_deck.id(), QVariant(charge.row->prefix + u""_s)})
        insert.addBindValue(value);
    return execute(insert, QCoreApplication::translate("CallRating", "Storing the charge of call %1").arg(call.id));
}

Result<RatingSummary> CallRating::run(CallFilter filter, bool dryRun, const ProgressCallback &progress)
{
    filter.sort = u"start"_s;
    filter.descending = false;
    CallStore calls(m_database);
    const Result<qint64> total = calls.count(filter);
    if (!total)
        return Error{total.error()};
    Rater rater(m_deck, false);
    RatingSummary summary;
    QString failure;
    const auto visit = [&](const CallRecord &call) {
        Result<Charge> charge = rater.rate(call);
        Result<void> stored = charge ? (dryRun ? Result<void>() : store(call, *charge)) : Result<void>(Error{charge.error()});
        if (!stored) {
            failure = stored.error();
            return false;
        }
        ++summary.calls;
        summary.billable += charge->billable ? 1 : 0;
        summary.unmatched += charge->matched() ? 0 : 1;
        summary.total = summary.total.plus(charge->cost).value_or(summary.total);
        if (progress && summary.calls % 10000 == 0 && !progress(summary.calls, *total)) {
            failure = QCoreApplication::translate("CallRating", "Rating was cancelled; nothing was changed.");
            return false;
        }
        return true;
    };
    const auto work = [&]() -> Result<void> {
        const Result<qint64> visited = calls.forEach(filter, visit);
        if (!failure.isEmpty())
            return Error{failure};
        if (!visited)
            return Error{visited.error()};
        return {};
    };
    const Result<void> done = dryRun ? work() : m_database.inTransaction(QCoreApplication::translate("CallRating", "Rating calls under deck \"%1\"").arg(m_deck.name()), work);
    if (!done)
        return Error{done.error()};
    if (progress)
        progress(summary.calls, *total);
    return summary;
}

Result<QList<std::pair<CallRecord, Charge>>> CallRating::explain(const QString &uniqueid)
{
    const SqlDialect &d = m_database.dialect();
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT id, start, talktime, status, cnumber, cnumber_e164, scustomer FROM "_s + d.quote(u"calls")
              + u" WHERE uniqueid = ? ORDER BY start, id"_s);
    q.addBindValue(uniqueid);
    if (auto ok = execute(q, QCoreApplication::translate("CallRating", "Finding call %1").arg(uniqueid)); !ok)
        return Error{ok.error()};
    Rater rater(m_deck, true);
    QList<std::pair<CallRecord, Charge>> result;
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
        Result<Charge> charge = rater.rate(call);
        if (!charge)
            return Error{charge.error()};
        result.append({call, *charge});
    }
    if (result.isEmpty())
        return Error{QCoreApplication::translate("CallRating", "There is no call with uniqueid \"%1\".").arg(uniqueid)};
    return result;
}
