#include "schema.h"

#include "core/callfield.h"
#include "sqldialect.h"
#include "rollups.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

using Type = SqlDialect::Type;

const QString MetaTable = u"cdrdesk_meta"_s;
const QString VersionKey = u"schema_version"_s;

struct IndexDef
{
    QString name;
    QStringList columns;
};

// Each index serves a (filter, sort) shape of the grid: the sort column then `id`, so keyset
// pages on (value, id) walk an index in order on every backend. `archived` comes last: the
// grid hides archived calls by default, and with it in the index counting, anchoring and
// skipping rows read the index alone, never the table (10× faster on 10M calls).
const QList<IndexDef> &callIndexes()
{
    static const QList<IndexDef> indexes = {
        {u"idx_calls_start"_s, {u"start"_s, u"id"_s, u"archived"_s}},
        {u"idx_calls_end"_s, {u"end"_s, u"id"_s, u"archived"_s}},
        {u"idx_calls_scustomer"_s, {u"scustomer"_s, u"start"_s, u"id"_s, u"archived"_s}},
        {u"idx_calls_dcustomer"_s, {u"dcustomer"_s, u"start"_s, u"id"_s, u"archived"_s}},
        {u"idx_calls_snumber"_s, {u"snumber"_s, u"id"_s, u"archived"_s}},
        {u"idx_calls_cnumber"_s, {u"cnumber"_s, u"id"_s, u"archived"_s}},
        {u"idx_calls_dnumber"_s, {u"dnumber"_s, u"id"_s, u"archived"_s}},
        {u"idx_calls_callid"_s, {u"callid"_s, u"id"_s, u"archived"_s}},
        {u"idx_calls_uniqueid"_s, {u"uniqueid"_s, u"id"_s, u"archived"_s}},
        {u"idx_calls_talktime"_s, {u"talktime"_s, u"id"_s, u"archived"_s}},
        {u"idx_calls_cost"_s, {u"cost"_s, u"id"_s, u"archived"_s}},
    };
    return indexes;
}

Type columnType(CallField field)
{
    switch (CallFields::kind(field)) {
    case FieldKind::Integer:
        return field == CallField::Id ? Type::Key : Type::Integer;
    case FieldKind::Timestamp:
    case FieldKind::Duration:
    case FieldKind::Money:
    case FieldKind::Bool:
        return Type::Integer;
    case FieldKind::Json:
        return Type::LongText;
    case FieldKind::Text:
        break;
    }
    static const QList<CallField> longText = {CallField::Lastdata, CallField::Userfield,
                                              CallField::Note, CallField::Recording,
                                              CallField::Taxes, CallField::Clid};
    return longText.contains(field) ? Type::LongText : Type::ShortText;
}

// Number fields added by version 8 (the calls table of version 1 has the others).
const QList<CallField> &version8Fields()
{
    static const QList<CallField> fields = {CallField::SnumberKind, CallField::SnumberRegion, CallField::DnumberE164,
                                            CallField::DnumberCountry, CallField::DnumberKind, CallField::DnumberRegion};
    return fields;
}

QString createTable(const SqlDialect &d, const QString &table, const QStringList &definitions)
{
    return u"CREATE TABLE "_s + d.quote(table) + u" (\n  "_s + definitions.join(u",\n  "_s) + u"\n)"_s
           + d.tableOptions();
}

QString createIndex(const SqlDialect &d, const QString &name, const QString &table,
                    const QStringList &columns, bool unique = false)
{
    return (unique ? u"CREATE UNIQUE INDEX "_s : u"CREATE INDEX "_s) + d.quote(name) + u" ON "_s
           + d.quote(table) + u" ("_s + d.quotedList(columns) + u')';
}

QStringList version1(const SqlDialect &d)
{
    QStringList columns;
    for (CallField field : CallFields::all()) {
        if (!version8Fields().contains(field))
            columns.append(d.columnDefinition(CallFields::column(field), columnType(field),
                                              field == CallField::Answer));
    }
    columns.append(u"UNIQUE ("_s + d.quotedList({u"source"_s, u"record_key"_s}) + u')');
    QStringList statements = {
        createTable(d, MetaTable, {d.columnDefinition(u"key"_s, Type::ShortText) + u" PRIMARY KEY"_s,
                                   d.columnDefinition(u"value"_s, Type::LongText)}),
        createTable(d, u"calls"_s, columns),
    };
    for (const IndexDef &index : callIndexes())
        statements.append(createIndex(d, index.name, u"calls"_s, index.columns));
    return statements;
}

QStringList version2(const SqlDialect &d)
{
    return {
        createTable(d, u"customers"_s,
                    {d.columnDefinition(u"id"_s, Type::Key),
                     d.columnDefinition(u"parent_id"_s, Type::Integer, true),
                     d.columnDefinition(u"name"_s, Type::ShortText),
                     d.columnDefinition(u"role"_s, Type::ShortText),      // system reseller client
                     d.columnDefinition(u"billing"_s, Type::ShortText),   // prepaid postpaid external
                     d.columnDefinition(u"currency"_s, Type::ShortText),
                     d.columnDefinition(u"balance"_s, Type::Integer),     // money units
                     d.columnDefinition(u"taxes"_s, Type::ShortText),
                     d.columnDefinition(u"sell_deck"_s, Type::Integer, true),
                     d.columnDefinition(u"buy_deck"_s, Type::Integer, true)}),
        createIndex(d, u"idx_customers_parent"_s, u"customers"_s, {u"parent_id"_s}),
        createTable(d, u"rate_decks"_s,
                    {d.columnDefinition(u"id"_s, Type::Key),
                     d.columnDefinition(u"name"_s, Type::ShortText),
                     d.columnDefinition(u"currency"_s, Type::ShortText)}),
        createTable(d, u"rates"_s,
                    {d.columnDefinition(u"id"_s, Type::Key),
                     d.columnDefinition(u"deck_id"_s, Type::Integer),
                     d.columnDefinition(u"prefix"_s, Type::ShortText),
                     d.columnDefinition(u"destination"_s, Type::ShortText),
                     d.columnDefinition(u"rate"_s, Type::Integer),            // money units per minute
                     d.columnDefinition(u"connection_fee"_s, Type::Integer),  // money units
                     d.columnDefinition(u"initial_increment"_s, Type::Integer),
                     d.columnDefinition(u"subsequent_increment"_s, Type::Integer),
                     d.columnDefinition(u"minimum_duration"_s, Type::Integer),
                     d.columnDefinition(u"effective_from"_s, Type::Integer),
                     d.columnDefinition(u"effective_to"_s, Type::Integer, true)}),
        createIndex(d, u"idx_rates_deck_prefix"_s, u"rates"_s, {u"deck_id"_s, u"prefix"_s}),
    };
}

// Version 3: the rating rules of a deck, tiered and off-peak rates, and rating results.
QStringList version3(const SqlDialect &d)
{
    const auto addColumn = [&d](const QString &table, const QString &name, Type type, bool nullable = false) -> QString {
        return u"ALTER TABLE "_s + d.quote(table) + u" ADD COLUMN "_s + d.columnDefinition(name, type, nullable);
    };
    return {
        addColumn(u"rate_decks"_s, u"anchor"_s, Type::ShortText),           // '' = initial-then-subsequent
        addColumn(u"rate_decks"_s, u"connection_fee"_s, Type::Integer),     // money units
        addColumn(u"rate_decks"_s, u"grace_seconds"_s, Type::Integer),
        addColumn(u"rate_decks"_s, u"no_charge_below"_s, Type::Integer),
        addColumn(u"rate_decks"_s, u"included_seconds"_s, Type::Integer),
        addColumn(u"rate_decks"_s, u"minimum_cost"_s, Type::Integer),       // money units
        addColumn(u"rate_decks"_s, u"billable_statuses"_s, Type::ShortText), // '' = answer
        addColumn(u"rate_decks"_s, u"peak_windows"_s, Type::ShortText),
        addColumn(u"rate_decks"_s, u"time_zone"_s, Type::ShortText),
        addColumn(u"rate_decks"_s, u"rounding"_s, Type::ShortText),         // '' = half-up
        addColumn(u"rate_decks"_s, u"rounding_decimals"_s, Type::Integer, true), // NULL = 4
        addColumn(u"rates"_s, u"subsequent_rate"_s, Type::Integer, true),   // NULL = rate
        addColumn(u"rates"_s, u"offpeak_rate"_s, Type::Integer, true),      // NULL = rate
        addColumn(u"calls"_s, u"rated_cost"_s, Type::Integer),
        addColumn(u"calls"_s, u"rated_prefix"_s, Type::ShortText),
        addColumn(u"calls"_s, u"rated_deck"_s, Type::Integer),             // 0 = not rated
        createTable(d, u"call_charges"_s,
                    {d.columnDefinition(u"id"_s, Type::Key),
                     d.columnDefinition(u"call_id"_s, Type::Integer),
                     d.columnDefinition(u"customer_id"_s, Type::Integer),
                     d.columnDefinition(u"role"_s, Type::ShortText),      // client reseller
                     d.columnDefinition(u"cost"_s, Type::Integer),        // money units
                     d.columnDefinition(u"currency"_s, Type::ShortText),
                     d.columnDefinition(u"deck_id"_s, Type::Integer),
                     d.columnDefinition(u"prefix"_s, Type::ShortText)}),
        createIndex(d, u"idx_call_charges_call"_s, u"call_charges"_s, {u"call_id"_s, u"role"_s}),
        createIndex(d, u"idx_call_charges_customer"_s, u"call_charges"_s, {u"customer_id"_s}),
    };
}

// Version 4: the caller name case-folded, so that callername_number and the quick search
// compare case-insensitively alike on every backend (FilterSql). SQL folds ASCII here;
// foldNonAsciiNames() folds the rest with Qt, as CallWriter does for every new call.
QStringList version4(const SqlDialect &d)
{
    const QString calls = d.quote(u"calls");
    return {
        u"ALTER TABLE "_s + calls + u" ADD COLUMN "_s + d.columnDefinition(u"sname_fold"_s, Type::ShortText),
        u"UPDATE "_s + calls + u" SET "_s + d.quote(u"sname_fold") + u" = LOWER("_s + d.quote(u"sname")
            + u") WHERE "_s + d.quote(u"sname") + u" <> ''"_s,
    };
}

Result<void> foldNonAsciiNames(QSqlDatabase &db, const SqlDialect &d)
{
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (auto ok = execute(read, u"SELECT "_s + d.quote(u"id") + u", "_s + d.quote(u"sname") + u" FROM "_s
                                    + d.quote(u"calls") + u" WHERE "_s + d.nonAscii(d.quote(u"sname")),
                          QCoreApplication::translate("Schema", "Reading caller names to fold"));
        !ok)
        return ok;
    QList<std::pair<qint64, QString>> names;
    while (read.next())
        names.append({read.value(0).toLongLong(), read.value(1).toString().toCaseFolded()});
    QSqlQuery write(db);
    write.prepare(u"UPDATE "_s + d.quote(u"calls") + u" SET "_s + d.quote(u"sname_fold") + u" = ? WHERE "_s
                  + d.quote(u"id") + u" = ?"_s);
    for (const auto &[id, folded] : names) {
        write.addBindValue(folded);
        write.addBindValue(id);
        if (auto ok = execute(write, QCoreApplication::translate("Schema", "Folding the caller name of call %1").arg(id)); !ok)
            return ok;
    }
    return {};
}

// Version 5: saved views of the call grid, shared by everyone who opens the store.
QStringList version5(const SqlDialect &d)
{
    return {
        createTable(d, u"saved_views"_s,
                    {d.columnDefinition(u"id"_s, Type::Key),
                     d.columnDefinition(u"name"_s, Type::ShortText),
                     d.columnDefinition(u"filter"_s, Type::LongText),   // CallFilter::toJson()
                     d.columnDefinition(u"period"_s, Type::ShortText),  // how the time range was chosen
                     d.columnDefinition(u"columns"_s, Type::LongText),  // visible columns in order
                     d.columnDefinition(u"updated"_s, Type::Integer)}), // Unix seconds
        createIndex(d, u"idx_saved_views_name"_s, u"saved_views"_s, {u"name"_s}, true),
    };
}

// Version 6: provider connections (no secrets: those are in the keychain) and the sync cursor
// of each, written in the same transaction as the page of calls it follows.
QStringList version6(const SqlDialect &d)
{
    return {
        createTable(d, u"connections"_s,
                    {d.columnDefinition(u"id"_s, Type::Key),
                     d.columnDefinition(u"name"_s, Type::ShortText),
                     d.columnDefinition(u"kind"_s, Type::ShortText),        // enswitch voipms kazoo pbx
                     d.columnDefinition(u"url"_s, Type::LongText),
                     d.columnDefinition(u"user_name"_s, Type::ShortText),
                     d.columnDefinition(u"account"_s, Type::ShortText),
                     d.columnDefinition(u"customer"_s, Type::ShortText),
                     d.columnDefinition(u"time_zone"_s, Type::ShortText),
                     d.columnDefinition(u"allow_http"_s, Type::Integer),
                     d.columnDefinition(u"page_size"_s, Type::Integer),
                     d.columnDefinition(u"auto_minutes"_s, Type::Integer),
                     d.columnDefinition(u"last_sync"_s, Type::Integer, true),  // Unix seconds
                     d.columnDefinition(u"last_status"_s, Type::ShortText),  // ok failed cancelled
                     d.columnDefinition(u"last_message"_s, Type::LongText)}),
        createIndex(d, u"idx_connections_name"_s, u"connections"_s, {u"name"_s}, true),
        createTable(d, u"sync_cursors"_s,
                    {d.columnDefinition(u"connection_id"_s, Type::Integer),
                     d.columnDefinition(u"window_start"_s, Type::Integer, true),  // the sync under way
                     d.columnDefinition(u"window_end"_s, Type::Integer, true),    // NULL: none
                     d.columnDefinition(u"position"_s, Type::LongText),           // offset, day, start key, minID
                     d.columnDefinition(u"synced_to"_s, Type::Integer, true),     // calls before it are in
                     d.columnDefinition(u"next_id"_s, Type::Integer, true),       // PBX: the next acctid
                     d.columnDefinition(u"calls"_s, Type::Integer)}),             // committed in this window
        createIndex(d, u"idx_sync_cursors_connection"_s, u"sync_cursors"_s, {u"connection_id"_s}, true),
    };
}

// Version 7: billing. Charges remember the invoice that bound them; named tax rates (percent
// in 1e-8 units, so 20% is 20.00000000); invoices with their lines.
QStringList version7(const SqlDialect &d)
{
    return {
        u"ALTER TABLE "_s + d.quote(u"call_charges") + u" ADD COLUMN "_s + d.columnDefinition(u"invoice_id"_s, Type::Integer),
        createIndex(d, u"idx_call_charges_invoice"_s, u"call_charges"_s, {u"invoice_id"_s}),
        createTable(d, u"tax_rates"_s,
                    {d.columnDefinition(u"id"_s, Type::Key),
                     d.columnDefinition(u"name"_s, Type::ShortText),
                     d.columnDefinition(u"percent"_s, Type::Integer)}),
        createIndex(d, u"idx_tax_rates_name"_s, u"tax_rates"_s, {u"name"_s}, true),
        createTable(d, u"invoices"_s,
                    {d.columnDefinition(u"id"_s, Type::Key),
                     d.columnDefinition(u"customer_id"_s, Type::Integer),
                     d.columnDefinition(u"period_start"_s, Type::Integer),
                     d.columnDefinition(u"period_end"_s, Type::Integer),
                     d.columnDefinition(u"status"_s, Type::ShortText),     // draft issued void
                     d.columnDefinition(u"currency"_s, Type::ShortText),
                     d.columnDefinition(u"subtotal"_s, Type::Integer),     // money units
                     d.columnDefinition(u"tax_total"_s, Type::Integer),
                     d.columnDefinition(u"total"_s, Type::Integer),
                     d.columnDefinition(u"rounding"_s, Type::ShortText),
                     d.columnDefinition(u"decimals"_s, Type::Integer),
                     d.columnDefinition(u"taxes"_s, Type::ShortText),
                     d.columnDefinition(u"created_at"_s, Type::Integer),
                     d.columnDefinition(u"issued_at"_s, Type::Integer, true),
                     d.columnDefinition(u"voided_at"_s, Type::Integer, true)}),
        createIndex(d, u"idx_invoices_customer"_s, u"invoices"_s, {u"customer_id"_s, u"period_start"_s}),
        createTable(d, u"invoice_lines"_s,
                    {d.columnDefinition(u"id"_s, Type::Key),
                     d.columnDefinition(u"invoice_id"_s, Type::Integer),
                     d.columnDefinition(u"position"_s, Type::Integer),
                     d.columnDefinition(u"kind"_s, Type::ShortText),       // calls tax
                     d.columnDefinition(u"description"_s, Type::ShortText),
                     d.columnDefinition(u"prefix"_s, Type::ShortText),
                     d.columnDefinition(u"quantity"_s, Type::Integer),     // calls
                     d.columnDefinition(u"seconds"_s, Type::Integer),
                     d.columnDefinition(u"rate"_s, Type::Integer),         // tax: percent units
                     d.columnDefinition(u"amount"_s, Type::Integer)}),
        createIndex(d, u"idx_invoice_lines_invoice"_s, u"invoice_lines"_s, {u"invoice_id"_s, u"position"_s}),
    };
}

// Version 8: every party number understood (E.164, country, type, region) for the calling,
// called and destination numbers; version 1 had them for the calling and called numbers only.
// Calls stored before keep these new columns empty.
QStringList version8(const SqlDialect &d)
{
    QStringList statements;
    for (CallField field : version8Fields())
        statements.append(u"ALTER TABLE "_s + d.quote(u"calls") + u" ADD COLUMN "_s
                          + d.columnDefinition(CallFields::column(field), columnType(field)));
    return statements;
}

QStringList stepStatements(const SqlDialect &d, int toVersion)
{
    switch (toVersion) {
    case 1:
        return version1(d);
    case 2:
        return version2(d);
    case 3:
        return version3(d);
    case 4:
        return version4(d);
    case 5:
        return version5(d);
    case 6:
        return version6(d);
    case 7:
        return version7(d);
    case 8:
        return version8(d);
    case 9:
        return Rollups::creationStatements(d);  // the dashboard's roll-ups, filled from the calls
    }
    return {};
}

Result<void> writeVersion(QSqlDatabase &db, const SqlDialect &d, int version)
{
    QSqlQuery query(db);
    query.prepare(d.upsert(MetaTable, {u"key"_s, u"value"_s}, {u"key"_s}));
    query.addBindValue(VersionKey);
    query.addBindValue(QString::number(version));
    return execute(query, QCoreApplication::translate("Schema", "Recording the schema version"));
}

bool hasTable(QSqlDatabase &db, const QString &table)
{
    return db.tables().contains(table, Qt::CaseInsensitive);
}

} // namespace

namespace Schema {

Result<int> version(QSqlDatabase &db, const SqlDialect &dialect)
{
    if (!hasTable(db, MetaTable)) {
        if (hasTable(db, u"calls"_s))
            return Error{QCoreApplication::translate("Schema", "The database has a table \"calls\" that CDR Desk did not create; "
                            "it is left untouched. Open an empty database or one made by CDR Desk.")};
        return 0;
    }
    QSqlQuery query(db);
    query.prepare(u"SELECT "_s + dialect.quote(u"value") + u" FROM "_s + dialect.quote(MetaTable)
                  + u" WHERE "_s + dialect.quote(u"key") + u" = ?"_s);
    query.addBindValue(VersionKey);
    if (auto ok = execute(query, QCoreApplication::translate("Schema", "Reading the schema version")); !ok)
        return Error{ok.error()};
    if (!query.next())
        return 0;
    bool valid = false;
    const int v = query.value(0).toString().toInt(&valid);
    if (!valid || v < 0)
        return Error{QCoreApplication::translate("Schema", "The schema version \"%1\" stored in the database is not a number.")
                         .arg(query.value(0).toString())};
    return v;
}

Result<void> migrate(QSqlDatabase &db, const SqlDialect &dialect, int target)
{
    const Result<int> current = version(db, dialect);
    if (!current)
        return Error{current.error()};
    if (*current > CurrentVersion)
        return Error{QCoreApplication::translate("Schema", "This database has schema version %1, written by a newer CDR Desk; this "
                        "program knows versions up to %2. Nothing was changed: open it with a "
                        "newer CDR Desk.")
                         .arg(*current)
                         .arg(CurrentVersion)};
    for (int step = *current + 1; step <= qMin(target, CurrentVersion); ++step) {
        if (!db.transaction())
            return sqlError(QCoreApplication::translate("Schema", "Starting the migration to schema version %1").arg(step), db.lastError());
        QSqlQuery query(db);
        Result<void> result;
        for (const QString &sql : stepStatements(dialect, step)) {
            result = execute(query, sql, QCoreApplication::translate("Schema", "Migrating to schema version %1").arg(step));
            if (!result)
                break;
        }
        if (result && step == 4)
            result = foldNonAsciiNames(db, dialect);
        if (result)
            result = writeVersion(db, dialect, step);
        if (!result) {
            db.rollback();
            return result;
        }
        if (!db.commit())
            return sqlError(QCoreApplication::translate("Schema", "Committing schema version %1").arg(step), db.lastError());
    }
    return {};
}

QStringList callIndexNames()
{
    QStringList names;
    for (const IndexDef &index : callIndexes())
        names.append(index.name);
    return names;
}

QString callIndexLeadingWith(const QString &column)
{
    for (const IndexDef &index : callIndexes()) {
        if (index.columns.first() == column)
            return index.name;
    }
    return {};
}

Result<void> dropCallIndexes(QSqlDatabase &db, const SqlDialect &dialect)
{
    QSqlQuery query(db);
    for (const IndexDef &index : callIndexes()) {
        QString sql = u"DROP INDEX IF EXISTS "_s + dialect.quote(index.name);
        if (dialect.kind() == DatabaseSpec::Kind::MySQL)
            sql += u" ON "_s + dialect.quote(u"calls");
        if (auto ok = execute(query, sql, QCoreApplication::translate("Schema", "Dropping index %1").arg(index.name)); !ok)
            return ok;
    }
    return {};
}

Result<void> createCallIndexes(QSqlDatabase &db, const SqlDialect &dialect)
{
    QSqlQuery query(db);
    for (const IndexDef &index : callIndexes()) {
        QString sql = createIndex(dialect, index.name, u"calls"_s, index.columns);
        sql.replace(u"CREATE INDEX "_s, u"CREATE INDEX IF NOT EXISTS "_s);
        if (auto ok = execute(query, sql, QCoreApplication::translate("Schema", "Building index %1").arg(index.name)); !ok)
            return ok;
    }
    return {};
}

} // namespace Schema
