#include "ratedeckstore.h"

#include "store/database.h"
#include "store/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

const QStringList DeckColumns = {u"name"_s, u"currency"_s, u"anchor"_s, u"connection_fee"_s,
                                 u"grace_seconds"_s, u"no_charge_below"_s, u"included_seconds"_s,
                                 u"minimum_cost"_s, u"billable_statuses"_s, u"peak_windows"_s,
                                 u"time_zone"_s, u"rounding"_s, u"rounding_decimals"_s};

const QStringList RowColumns = {u"deck_id"_s, u"prefix"_s, u"destination"_s, u"rate"_s,
                                u"subsequent_rate"_s, u"offpeak_rate"_s, u"initial_increment"_s,
                                u"subsequent_increment"_s, u"connection_fee"_s,
                                u"minimum_duration"_s, u"effective_from"_s, u"effective_to"_s};

QVariant nullableMoney(const std::optional<Money> &money)
{
    return money ? QVariant(money->units()) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<Money> moneyOrNull(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<Money>(Money::fromUnits(value.toLongLong()));
}

// A null QString binds as NULL; the text columns are NOT NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

QString placeholders(qsizetype count)
{
    return QStringList(count, u"?"_s).join(u", ");
}

// The rules as stored; empty text and NULL mean the defaults of DeckRules.
Result<DeckRules> rulesFrom(const QSqlQuery &q, const QString &deck)
{
    DeckRules rules;
    rules.connectionFee = Money::fromUnits(q.value(3).toLongLong());
    rules.graceSeconds = q.value(4).toLongLong();
    rules.noChargeBelow = q.value(5).toLongLong();
    rules.includedSeconds = q.value(6).toLongLong();
    rules.minimumCost = Money::fromUnits(q.value(7).toLongLong());
    const std::pair<QString, int> textRules[] = {{u"anchor"_s, 2}, {u"billable"_s, 8}, {u"peak"_s, 9},
                                                 {u"timezone"_s, 10}, {u"rounding"_s, 11}};
    for (const auto &[key, column] : textRules) {
        const QString value = q.value(column).toString();
        if (value.isEmpty())
            continue;
        if (auto ok = rules.set(key, value); !ok)
            return Error{QCoreApplication::translate("RateDeckStore", "Rate deck \"%1\" in the store: %2").arg(deck, ok.error())};
    }
    if (!q.value(12).isNull()) {
        if (auto ok = rules.set(u"decimals"_s, q.value(12).toString()); !ok)
            return Error{QCoreApplication::translate("RateDeckStore", "Rate deck \"%1\" in the store: %2").arg(deck, ok.error())};
    }
    return rules;
}

} // namespace

RateDeckStore::RateDeckStore(Database &database) : m_database(database) {}

Result<QList<DeckSummary>> RateDeckStore::list()
{
    const SqlDialect &d = m_database.dialect();
    QSqlQuery q(m_database.connection());
    const QString sql = u"SELECT k.id, k.name, k.currency, (SELECT COUNT(*) FROM "_s + d.quote(u"rates")
                        + u" r WHERE r.deck_id = k.id) FROM "_s + d.quote(u"rate_decks") + u" k ORDER BY k.name, k.id"_s;
    if (auto ok = execute(q, sql, QCoreApplication::translate("RateDeckStore", "Listing the rate decks")); !ok)
        return Error{ok.error()};
    QList<DeckSummary> decks;
    while (q.next())
        decks.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()});
    return decks;
}

Result<std::optional<qint64>> RateDeckStore::findId(const QString &name)
{
    const SqlDialect &d = m_database.dialect();
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT id FROM "_s + d.quote(u"rate_decks") + u" WHERE name = ? ORDER BY id"_s);
    q.addBindValue(name);
    if (auto ok = execute(q, QCoreApplication::translate("RateDeckStore", "Looking up rate deck \"%1\"").arg(name)); !ok)
        return Error{ok.error()};
    return q.next() ? std::optional<qint64>(q.value(0).toLongLong()) : std::nullopt;
}

Result<RateDeck> RateDeckStore::load(const QString &name)
{
    const SqlDialect &d = m_database.dialect();
    QSqlQuery q(m_database.connection());
    // The id comes last so that the rule columns keep their DeckColumns positions.
    q.prepare(u"SELECT "_s + d.quotedList(DeckColumns) + u", id FROM "_s + d.quote(u"rate_decks")
              + u" WHERE name = ? ORDER BY id"_s);
    q.addBindValue(name);
    if (auto ok = execute(q, QCoreApplication::translate("RateDeckStore", "Reading rate deck \"%1\"").arg(name)); !ok)
        return Error{ok.error()};
    if (!q.next())
        return Error{QCoreApplication::translate("RateDeckStore", "There is no rate deck named \"%1\" in the store.").arg(name)};
    const qint64 id = q.value(int(DeckColumns.size())).toLongLong();
    const QString currency = q.value(1).toString();
    const Result<DeckRules> rules = rulesFrom(q, name);
    if (!rules)
        return Error{rules.error()};
    Result<QList<RateRow>> rows = readRows(id, name);
    if (!rows)
        return Error{rows.error()};
    Result<RateDeck> deck = RateDeck::create(name, currency, *rules, std::move(*rows));
    if (deck)
        deck->setId(id);
    return deck;
}

Result<RateDeck> RateDeckStore::load(qint64 id)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT name FROM "_s + m_database.dialect().quote(u"rate_decks") + u" WHERE id = ?"_s);
    q.addBindValue(id);
    if (auto ok = execute(q, QCoreApplication::translate("RateDeckStore", "Reading rate deck %1").arg(id)); !ok)
        return Error{ok.error()};
    if (!q.next())
        return Error{QCoreApplication::translate("RateDeckStore", "There is no rate deck %1 in the store.").arg(id)};
    return load(q.value(0).toString());
}

Result<QList<RateRow>> RateDeckStore::readRows(qint64 deckId, const QString &name)
{
    const SqlDialect &d = m_database.dialect();
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + d.quotedList(RowColumns.mid(1)) + u" FROM "_s + d.quote(u"rates")
              + u" WHERE deck_id = ? ORDER BY prefix, effective_from"_s);
    q.addBindValue(deckId);
    if (auto ok = execute(q, QCoreApplication::translate("RateDeckStore", "Reading the rates of deck \"%1\"").arg(name)); !ok)
        return Error{ok.error()};
    QList<RateRow> rows;
    while (q.next()) {
        RateRow r;
        r.prefix = q.value(0).toString();
        r.destination = q.value(1).toString();
        r.rate = Money::fromUnits(q.value(2).toLongLong());
        r.subsequentRate = moneyOrNull(q.value(3));
        r.offpeakRate = moneyOrNull(q.value(4));
        r.initialIncrement = q.value(5).toLongLong();
        r.subsequentIncrement = q.value(6).toLongLong();
        r.connectionFee = Money::fromUnits(q.value(7).toLongLong());
        r.minimumDuration = q.value(8).toLongLong();
        r.effectiveFrom = q.value(9).toLongLong();
        if (!q.value(10).isNull())
            r.effectiveTo = q.value(10).toLongLong();
        rows.append(r);
    }
    return rows;
}

Result<qint64> RateDeckStore::save(const RateDeck &deck)
{
    qint64 id = 0;
    Result<void> saved = m_database.inTransaction(QCoreApplication::translate("RateDeckStore", "Saving rate deck \"%1\"").arg(deck.name()), [&]() -> Result<void> {
        const Result<qint64> written = writeDeck(deck);
        if (!written)
            return Error{written.error()};
        id = *written;
        return writeRows(id, deck);
    });
    if (!saved)
        return Error{saved.error()};
    return id;
}

Result<qint64> RateDeckStore::writeDeck(const RateDeck &deck)
{
    const SqlDialect &d = m_database.dialect();
    const Result<std::optional<qint64>> existing = findId(deck.name());
    if (!existing)
        return Error{existing.error()};
    const DeckRules &r = deck.rules();
    const QVariantList values = {deck.name(), notNull(deck.currency()), incrementAnchorName(r.anchor),
                                 r.connectionFee.units(), r.graceSeconds, r.noChargeBelow,
                                 r.includedSeconds, r.minimumCost.units(), notNull(r.billableStatuses.join(u',')),
                                 notNull(peakWindowsText(r.peakWindows)), notNull(r.timeZone), roundingRuleName(r.rounding),
                                 r.decimals};
    QSqlQuery q(m_database.connection());
    if (*existing) {
        QStringList sets;
        for (const QString &column : DeckColumns)
            sets.append(d.quote(column) + u" = ?"_s);
        q.prepare(u"UPDATE "_s + d.quote(u"rate_decks") + u" SET "_s + sets.join(u", ") + u" WHERE id = ?"_s);
    } else {
        q.prepare(u"INSERT INTO "_s + d.quote(u"rate_decks") + u" ("_s + d.quotedList(DeckColumns)
                  + u") VALUES ("_s + placeholders(DeckColumns.size()) + u')');
    }
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (*existing)
        q.addBindValue(**existing);
    if (auto ok = execute(q, QCoreApplication::translate("RateDeckStore", "Writing rate deck \"%1\"").arg(deck.name())); !ok)
        return Error{ok.error()};
    if (*existing) {
        QSqlQuery del(m_database.connection());
        del.prepare(u"DELETE FROM "_s + d.quote(u"rates") + u" WHERE deck_id = ?"_s);
        del.addBindValue(**existing);
        if (auto ok = execute(del, QCoreApplication::translate("RateDeckStore", "Replacing the rates of deck \"%1\"").arg(deck.name())); !ok)
            return Error{ok.error()};
        return **existing;
    }
    const Result<std::optional<qint64>> created = findId(deck.name());
    if (!created)
        return Error{created.error()};
    return created->value_or(0);
}

Result<void> RateDeckStore::writeRows(qint64 deckId, const RateDeck &deck)
{
    const SqlDialect &d = m_database.dialect();
    QSqlQuery q(m_database.connection());
    q.prepare(u"INSERT INTO "_s + d.quote(u"rates") + u" ("_s + d.quotedList(RowColumns) + u") VALUES ("_s
              + placeholders(RowColumns.size()) + u')');
    for (const RateRow &r : deck.rows()) {
        q.addBindValue(deckId);
        q.addBindValue(notNull(r.prefix));
        q.addBindValue(notNull(r.destination));
        q.addBindValue(r.rate.units());
        q.addBindValue(nullableMoney(r.subsequentRate));
        q.addBindValue(nullableMoney(r.offpeakRate));
        q.addBindValue(r.initialIncrement);
        q.addBindValue(r.subsequentIncrement);
        q.addBindValue(r.connectionFee.units());
        q.addBindValue(r.minimumDuration);
        q.addBindValue(r.effectiveFrom);
        q.addBindValue(r.effectiveTo ? QVariant(*r.effectiveTo) : QVariant(QMetaType::fromType<qint64>()));
        if (auto ok = execute(q, QCoreApplication::translate("RateDeckStore", "Writing rate %1 of deck \"%2\"").arg(r.prefix, deck.name())); !ok)
            return ok;
    }
    return {};
}
