#include "rollups.h"

#include "sqldialect.h"

using namespace Qt::StringLiterals;

namespace {

using Kind = DatabaseSpec::Kind;
using Type = SqlDialect::Type;

// A roll-up of the calls: its key columns carry the calls' column names; each sum has an
// archived_ twin. The sum "calls" counts rows, the others add the calls' column of that name.
struct CallRollup
{
    QString table;
    qint64 granule;
    QStringList keys;
    QStringList sums;
};

const QList<CallRollup> &callRollups()
{
    static const QList<CallRollup> rollups = {
        {u"rollup_halfhours"_s, Rollups::HalfHour, {u"status"_s}, {u"calls"_s, u"talktime"_s}},
        {u"rollup_destinations"_s, Rollups::Day, {u"cnumber_country"_s, u"cnumber_region"_s, u"currency"_s},
         {u"calls"_s, u"talktime"_s, u"cost"_s}},
        {u"rollup_customers"_s, Rollups::Day, {u"scustomer"_s, u"currency"_s}, {u"calls"_s, u"cost"_s}},
    };
    return rollups;
}

// The reseller charges: keyed by the call's day and scustomer and the charge's currency.
const CallRollup Reseller{u"rollup_reseller"_s, Rollups::Day, {u"scustomer"_s, u"currency"_s}, {u"charges"_s, u"cost"_s}};

// Every column of `calls` a roll-up reads: an update of another column leaves them alone.
const QStringList &watchedCallColumns()
{
    static const QStringList columns = {u"id"_s, u"start"_s, u"archived"_s, u"status"_s, u"talktime"_s,
                                        u"cnumber_country"_s, u"cnumber_region"_s, u"currency"_s,
                                        u"cost"_s, u"scustomer"_s};
    return columns;
}
const QStringList WatchedChargeColumns = {u"call_id"_s, u"role"_s, u"cost"_s, u"currency"_s};

QStringList sumColumns(const CallRollup &rollup)
{
    QStringList columns = rollup.sums;
    for (const QString &sum : rollup.sums)
        columns.append(u"archived_"_s + sum);
    return columns;
}

QString createTable(const SqlDialect &d, const CallRollup &rollup)
{
    QStringList definitions{d.columnDefinition(u"slot"_s, Type::Integer)};
    for (const QString &key : rollup.keys)
        definitions.append(d.columnDefinition(key, key == u"scustomer" ? Type::Integer : Type::ShortText));
    for (const QString &sum : sumColumns(rollup))
        definitions.append(d.columnDefinition(sum, Type::Integer));
    definitions.append(u"PRIMARY KEY ("_s + d.quotedList(QStringList{u"slot"_s} + rollup.keys) + u')');
    return u"CREATE TABLE "_s + d.quote(rollup.table) + u" ("_s + definitions.join(u", "_s) + u')' + d.tableOptions();
}

// "INSERT INTO table (slot, keys…, sums…) " + `rows` + the clause that adds to an existing group.
QString addTo(const SqlDialect &d, const CallRollup &rollup, const QString &rows)
{
    const QStringList sums = sumColumns(rollup);
    QString sql = u"INSERT INTO "_s + d.quote(rollup.table) + u" ("_s
                  + d.quotedList(QStringList{u"slot"_s} + rollup.keys + sums) + u") "_s + rows;
    QStringList updates;
    for (const QString &sum : sums) {
        const QString q = d.quote(sum);
        if (d.kind() == Kind::MySQL)
            updates.append(q + u" = "_s + d.quote(rollup.table) + u'.' + q + u" + VALUES("_s + q + u')');
        else
            updates.append(q + u" = "_s + d.quote(rollup.table) + u'.' + q + u" + excluded."_s + q);
    }
    if (d.kind() == Kind::MySQL)
        return sql + u" ON DUPLICATE KEY UPDATE "_s + updates.join(u", "_s);
    return sql + u" ON CONFLICT ("_s + d.quotedList(QStringList{u"slot"_s} + rollup.keys) + u") DO UPDATE SET "_s
           + updates.join(u", "_s);
}

// `value` for all calls, then the same for the archived ones only (0 for the others).
QStringList withArchived(const QStringList &values, const QString &archived)
{
    QStringList all = values;
    for (const QString &value : values)
        all.append(u"CASE WHEN "_s + archived + u" = 0 THEN 0 ELSE "_s + value + u" END"_s);
    return all;
}

QString slotOf(const SqlDialect &d, const QString &row, qint64 granule)
{
    const QString start = row + d.quote(u"start");
    return start + u" - "_s + start + u" % "_s + QString::number(granule);
}

// Adds (sign "") or removes (sign "-") the call `row` ("NEW." or "OLD.") in a calls roll-up.
QString callRow(const SqlDialect &d, const CallRollup &rollup, const QString &row, const QString &sign)
{
    QStringList values;
    for (const QString &sum : rollup.sums)
        values.append(sum == u"calls" ? u"1"_s : row + d.quote(sum));
    QStringList signedValues;
    for (const QString &value : withArchived(values, row + d.quote(u"archived")))
        signedValues.append(sign + u'(' + value + u')');
    QStringList columns{slotOf(d, row, rollup.granule)};
    for (const QString &key : rollup.keys)
        columns.append(row + d.quote(key));
    return addTo(d, rollup, u"VALUES ("_s + (columns + signedValues).join(u", "_s) + u')');
}

// The reseller charges of the call `row`, added or removed.
QString chargesOfCall(const SqlDialect &d, const QString &row, const QString &sign)
{
    const QStringList values = withArchived({u"COUNT(*)"_s, u"SUM(ch."_s + d.quote(u"cost") + u')'}, row + d.quote(u"archived"));
    QStringList signedValues;
    for (const QString &value : values)
        signedValues.append(sign + u'(' + value + u')');
    return addTo(d, Reseller,
                 u"SELECT "_s + slotOf(d, row, Reseller.granule) + u", "_s + row + d.quote(u"scustomer") + u", ch."_s
                     + d.quote(u"currency") + u", "_s + signedValues.join(u", "_s) + u" FROM "_s + d.quote(u"call_charges")
                     + u" ch WHERE ch."_s + d.quote(u"call_id") + u" = "_s + row + d.quote(u"id") + u" AND ch."_s
                     + d.quote(u"role") + u" = 'reseller' GROUP BY ch."_s + d.quote(u"currency"));
}

// The charge `row`, added or removed, when it is a reseller's and its call exists.
QString chargeRow(const SqlDialect &d, const QString &row, const QString &sign)
{
    const QStringList values = withArchived({u"1"_s, row + d.quote(u"cost")}, u"c."_s + d.quote(u"archived"));
    QStringList signedValues;
    for (const QString &value : values)
        signedValues.append(sign + u'(' + value + u')');
    return addTo(d, Reseller,
                 u"SELECT "_s + slotOf(d, u"c."_s, Reseller.granule) + u", c."_s + d.quote(u"scustomer") + u", "_s + row
                     + d.quote(u"currency") + u", "_s + signedValues.join(u", "_s) + u" FROM "_s + d.quote(u"calls")
                     + u" c WHERE c."_s + d.quote(u"id") + u" = "_s + row + d.quote(u"call_id") + u" AND "_s + row
                     + d.quote(u"role") + u" = 'reseller'"_s);
}

QStringList callStatements(const SqlDialect &d, const QString &row, const QString &sign)
{
    QStringList statements;
    for (const CallRollup &rollup : callRollups())
        statements.append(callRow(d, rollup, row, sign));
    statements.append(chargesOfCall(d, row, sign));
    return statements;
}

// "NOT (OLD.a <=> NEW.a AND …)": MariaDB's triggers fire on every update.
QString anyChanged(const SqlDialect &d, const QStringList &columns)
{
    QStringList same;
    for (const QString &column : columns)
        same.append(u"OLD."_s + d.quote(column) + u" <=> NEW."_s + d.quote(column));
    return u"NOT ("_s + same.join(u" AND "_s) + u')';
}

// Triggers of `table` that run `statements(row, sign)` for inserted, deleted and updated rows.
QStringList triggers(const SqlDialect &d, const QString &table, const QStringList &watched,
                     const std::function<QStringList(const QString &, const QString &)> &statements)
{
    const QString name = u"rollup_"_s + table;
    const QString insert = d.quote(QString(name + u"_insert"_s));
    const QString remove = d.quote(QString(name + u"_delete"_s));
    const QString update = d.quote(QString(name + u"_update"_s));
    const auto body = [](const QStringList &parts) -> QString { return parts.join(u"; "_s) + u';'; };
    const QStringList added = statements(u"NEW."_s, QString());
    const QStringList removed = statements(u"OLD."_s, u"-"_s);
    switch (d.kind()) {
    case Kind::SQLite:
        return {
            u"CREATE TRIGGER "_s + insert + u" AFTER INSERT ON "_s + d.quote(table) + u" BEGIN "_s
                + body(added) + u" END"_s,
            u"CREATE TRIGGER "_s + remove + u" AFTER DELETE ON "_s + d.quote(table) + u" BEGIN "_s
                + body(removed) + u" END"_s,
            u"CREATE TRIGGER "_s + update + u" AFTER UPDATE OF "_s + d.quotedList(watched) + u" ON "_s
                + d.quote(table) + u" BEGIN "_s + body(removed + added) + u" END"_s,
        };
    case Kind::PostgreSQL:
        return {
            u"CREATE OR REPLACE FUNCTION "_s + d.quote(name) + u"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "_s
                + u"IF TG_OP <> 'INSERT' THEN "_s + body(removed) + u" END IF; "_s
                + u"IF TG_OP <> 'DELETE' THEN "_s + body(added) + u" END IF; RETURN NULL; END $$"_s,
            u"CREATE TRIGGER "_s + d.quote(name) + u" AFTER INSERT OR DELETE OR UPDATE OF "_s + d.quotedList(watched) + u" ON "_s
                + d.quote(table) + u" FOR EACH ROW EXECUTE FUNCTION "_s + d.quote(name) + u"()"_s,
        };
    case Kind::MySQL:
        return {
            u"CREATE TRIGGER "_s + insert + u" AFTER INSERT ON "_s + d.quote(table)
                + u" FOR EACH ROW BEGIN "_s + body(added) + u" END"_s,
            u"CREATE TRIGGER "_s + remove + u" AFTER DELETE ON "_s + d.quote(table)
                + u" FOR EACH ROW BEGIN "_s + body(removed) + u" END"_s,
            u"CREATE TRIGGER "_s + update + u" AFTER UPDATE ON "_s + d.quote(table)
                + u" FOR EACH ROW BEGIN IF "_s + anyChanged(d, watched) + u" THEN "_s + body(removed + added) + u" END IF; END"_s,
        };
    }
    return {};
}

// "SELECT slot, keys…, sums… FROM calls " + `where` + " GROUP BY …": a roll-up's sums of the
// calls that `where` keeps.
QString sumsOfCalls(const SqlDialect &d, const CallRollup &rollup, const QString &where)
{
    QStringList values;
    for (const QString &sum : rollup.sums)
        values.append(sum == u"calls" ? u"1"_s : d.quote(sum));
    QStringList columns{slotOf(d, QString(), rollup.granule)};
    for (const QString &key : rollup.keys)
        columns.append(d.quote(key));
    QStringList sums;
    for (const QString &value : withArchived(values, d.quote(u"archived")))
        sums.append(u"SUM("_s + value + u')');
    QStringList groups;
    for (qsizetype i = 1; i <= columns.size(); ++i)
        groups.append(QString::number(i));
    return u"SELECT "_s + (columns + sums).join(u", "_s) + u" FROM "_s + d.quote(u"calls") + u' ' + where
           + u" GROUP BY "_s + groups.join(u", "_s);
}

// The sums of the calls already stored.
QStringList rebuild(const SqlDialect &d)
{
    QStringList statements;
    const QString archived = d.quote(u"archived");
    for (const CallRollup &rollup : callRollups())
        statements.append(u"INSERT INTO "_s + d.quote(rollup.table) + u" ("_s
                          + d.quotedList(QStringList{u"slot"_s} + rollup.keys + sumColumns(rollup)) + u") "_s
                          + sumsOfCalls(d, rollup, QString()));
    const QStringList values = withArchived({u"1"_s, u"ch."_s + d.quote(u"cost")}, u"c."_s + archived);
    QStringList sums;
    for (const QString &value : values)
        sums.append(u"SUM("_s + value + u')');
    statements.append(u"INSERT INTO "_s + d.quote(Reseller.table) + u" ("_s
                      + d.quotedList(QStringList{u"slot"_s} + Reseller.keys + sumColumns(Reseller)) + u") SELECT "_s
                      + slotOf(d, u"c."_s, Reseller.granule) + u", c."_s + d.quote(u"scustomer") + u", ch."_s
                      + d.quote(u"currency") + u", "_s + sums.join(u", "_s) + u" FROM "_s + d.quote(u"call_charges")
                      + u" ch JOIN "_s + d.quote(u"calls") + u" c ON c."_s + d.quote(u"id") + u" = ch."_s
                      + d.quote(u"call_id") + u" WHERE ch."_s + d.quote(u"role") + u" = 'reseller' GROUP BY 1, 2, 3"_s);
    return statements;
}

} // namespace

namespace Rollups {

QString callInsertTrigger()
{
    return u"rollup_calls_insert"_s;
}

QStringList addCallsBetween(const SqlDialect &dialect)
{
    QStringList statements;
    const QString where = u"WHERE "_s + dialect.quote(u"id") + u" BETWEEN ? AND ?"_s;
    for (const CallRollup &rollup : callRollups())
        statements.append(addTo(dialect, rollup, sumsOfCalls(dialect, rollup, where)));
    return statements;
}

QStringList creationStatements(const SqlDialect &dialect)
{
    QStringList statements;
    for (const CallRollup &rollup : callRollups())
        statements.append(createTable(dialect, rollup));
    statements.append(createTable(dialect, Reseller));
    statements += rebuild(dialect);
    statements += triggers(dialect, u"calls"_s, watchedCallColumns(), [&dialect](const QString &row, const QString &sign) {
        return callStatements(dialect, row, sign);
    });
    statements += triggers(dialect, u"call_charges"_s, WatchedChargeColumns, [&dialect](const QString &row, const QString &sign) {
        return QStringList{chargeRow(dialect, row, sign)};
    });
    return statements;
}

} // namespace Rollups
