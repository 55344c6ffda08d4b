#include "asteriskcdrtable.h"

#include "core/callfield.h"
#include "sqldialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlField>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace {

// AST_AMA_* as cdr_pgsql / cdr_mysql store them, by the names cdr_csv writes.
const QList<std::pair<QString, QString>> amaFlagNames = {
    {u"1"_s, u"OMIT"_s}, {u"2"_s, u"BILLING"_s}, {u"3"_s, u"DOCUMENTATION"_s}};

// Asterisk dispositions and our status vocabulary (ImportFields::statusFromDisposition).
const QList<std::pair<QString, QString>> statusOfDisposition = {
    {u"ANSWERED"_s, u"answer"_s}, {u"NO ANSWER"_s, u"noanswer"_s}, {u"NOANSWER"_s, u"noanswer"_s},
    {u"BUSY"_s, u"busy"_s},       {u"FAILED"_s, u"error"_s},       {u"CONGESTION"_s, u"congestion"_s},
    {u"CANCEL"_s, u"cancel"_s}};

// Columns mapped to a field of their own; the rest of the table goes to `extra`.
const QStringList directColumns = {
    u"acctid"_s, u"calldate"_s, u"start"_s, u"answer"_s, u"end"_s, u"clid"_s, u"src"_s, u"dst"_s,
    u"dcontext"_s, u"channel"_s, u"dstchannel"_s, u"lastapp"_s, u"lastdata"_s, u"duration"_s,
    u"billsec"_s, u"disposition"_s, u"amaflags"_s, u"accountcode"_s, u"uniqueid"_s, u"userfield"_s,
    u"recordingfile"_s};

class Mapping
{
public:
    Mapping(const SqlDialect &d, const QStringList &columns) : m_d(d), m_columns(columns) {}

    bool has(const QString &column) const { return m_columns.contains(column); }
    QString column(const QString &name) const { return u"t."_s + m_d.quote(name); }
    QString text(const QString &name) const
    {
        return has(name) ? m_d.binaryText(u"COALESCE("_s + m_d.binaryText(column(name)) + u", '')"_s)
                         : m_d.binaryText(u"''"_s);
    }
    QString integer(const QString &name) const
    {
        return has(name) ? u"COALESCE("_s + column(name) + u", 0)"_s : u"0"_s;
    }
    QString time(const QString &name) const { return m_d.epochSeconds(column(name)); }
    QString caseOf(const QString &expression, const QList<std::pair<QString, QString>> &cases,
                   const QString &otherwise) const
    {
        QString sql = u"CASE "_s + expression;
        for (const auto &[when, then] : cases)
            sql += u" WHEN "_s + m_d.literal(when) + u" THEN "_s + m_d.literal(then);
        return u"("_s + sql + u" ELSE "_s + otherwise + u" END)"_s;
    }

    // One expression per field of the store, in CallFields order.
    QStringList expressions(const QString &table) const;

private:
    QString startExpression() const { return time(has(u"start"_s) ? u"start"_s : u"calldate"_s); }
    QString callerName() const;
    QString extra() const;
    QString id() const;

    const SqlDialect &m_d;
    QStringList m_columns;
};

QString Mapping::callerName() const
{
    // As ImportFields::callerId: the text before "<number>", without its quotes; a bare
    // number is a number, not a name.
    const QString clid = text(u"clid"_s);
    const QString name = m_d.regexpReplace(m_d.regexpReplace(clid, u"[ ]*<[^<]*>[^<]*$"_s, QString()),
                                           u"^[ ]*\"|\"[ ]*$|^[ ]+|[ ]+$"_s, QString());
    return m_d.binaryText(u"CASE WHEN "_s + m_d.regexpMatches(clid, u"^[ ]*[+]?[0-9*#]+[ ]*$"_s)
                          + u" THEN '' ELSE "_s + name + u" END"_s);
}

QString Mapping::extra() const
{
    QList<std::pair<QString, QString>> members;
    for (const QString &name : m_columns) {
        if (!directColumns.contains(name))
            members.append({name, column(name)});
    }
    if (members.isEmpty())
        return m_d.binaryText(u"''"_s);
    return m_d.binaryText(m_d.jsonObject(members));
}

QString Mapping::id() const
{
    if (has(u"acctid"_s))
        return column(u"acctid"_s);
    QStringList order{column(has(u"start"_s) ? u"start"_s : u"calldate"_s)};
    for (const QString &name : {u"uniqueid"_s, u"sequence"_s}) {
        if (has(name))
            order.append(column(name));
    }
    return u"ROW_NUMBER() OVER (ORDER BY "_s + order.join(u", ") + u')';
}

QStringList Mapping::expressions(const QString &table) const
{
    const QString start = startExpression();
    const QString duration = integer(u"duration"_s);
    const QString billsec = integer(u"billsec"_s);
    const QString uniqueid = text(u"uniqueid"_s);
    QString answer;
    if (has(u"answer"_s)) {
        // cdr_mysql writes an unanswered call's answer as the zero date (Unix time 0).
        answer = u"NULLIF("_s + time(u"answer"_s) + u", 0)"_s;
    } else {
        answer = u"CASE WHEN "_s + billsec + u" > 0 THEN "_s + start + u" + "_s + duration + u" - "_s + billsec
                 + u" END"_s;
    }
    const QString end = has(u"end"_s) ? time(u"end"_s) : u"("_s + start + u" + "_s + duration + u')';
    const QString sequence = has(u"sequence"_s) ? m_d.binaryText(column(u"sequence"_s)) : QString();
    const QString disposition = text(u"disposition"_s);
    const QString amaflags = text(u"amaflags"_s);
    const QString recordKey = sequence.isEmpty() ? uniqueid : m_d.binaryText(uniqueid + u" || '#' || "_s + sequence);
    const QString callid = has(u"linkedid"_s)
        ? m_d.binaryText(u"COALESCE(NULLIF("_s + text(u"linkedid"_s) + u", ''), "_s + uniqueid + u')')
        : uniqueid;
    const QString empty = m_d.binaryText(u"''"_s);

    QStringList list;
    for (CallField field : CallFields::all()) {
        QString e;
        switch (field) {
        case CallField::Id: e = id(); break;
        case CallField::Source: e = m_d.binaryText(m_d.literal(u"attach:asterisk:"_s + table)); break;
        case CallField::RecordKey: e = recordKey; break;
        case CallField::Uniqueid: e = uniqueid; break;
        case CallField::Callid: e = callid; break;
        case CallField::Start: e = start; break;
        case CallField::Answer: e = answer; break;
        case CallField::End: e = end; break;
        case CallField::Talktime: e = billsec; break;
        case CallField::Totaltime: e = duration; break;
        case CallField::Ringtime: e = u"("_s + duration + u" - "_s + billsec + u')'; break;
        case CallField::Snumber: e = text(u"src"_s); break;
        case CallField::Sname: e = callerName(); break;
        case CallField::Cnumber:
        case CallField::Dnumber: e = text(u"dst"_s); break;
        case CallField::Status:
            e = m_d.binaryText(caseOf(u"UPPER("_s + disposition + u')', statusOfDisposition, u"''"_s));
            break;
        case CallField::Disposition: e = disposition; break;
        case CallField::Channel: e = text(u"channel"_s); break;
        case CallField::Dstchannel: e = text(u"dstchannel"_s); break;
        case CallField::Dcontext: e = text(u"dcontext"_s); break;
        case CallField::Clid: e = text(u"clid"_s); break;
        case CallField::Lastapp: e = text(u"lastapp"_s); break;
        case CallField::Lastdata: e = text(u"lastdata"_s); break;
        case CallField::Accountcode: e = text(u"accountcode"_s); break;
        case CallField::Amaflags: e = m_d.binaryText(caseOf(amaflags, amaFlagNames, amaflags)); break;
        case CallField::Userfield: e = text(u"userfield"_s); break;
        case CallField::Recording: e = text(u"recordingfile"_s); break;
        case CallField::Extra: e = extra(); break;
        default:
            e = CallFields::kind(field) == FieldKind::Text || CallFields::kind(field) == FieldKind::Json
                ? empty : u"0"_s;
            break;
        }
        list.append(e + u" AS "_s + m_d.quote(CallFields::column(field)));
    }
    // The caller name case-folded, as CallWriter stores it for our own calls (FilterSql compares
    // caller names through it); the server's LOWER folds here.
    list.append(m_d.binaryText(u"LOWER("_s + callerName() + u')') + u" AS "_s + m_d.quote(u"sname_fold"));
    return list;
}

} // namespace

Result<AsteriskCdrTable> AsteriskCdrTable::detect(QSqlDatabase &db, const SqlDialect &dialect, const QString &table)
{
    if (dialect.kind() == DatabaseSpec::Kind::SQLite)
        return Error{QCoreApplication::translate("AsteriskCdrTable", "Attaching to an Asterisk CDR table needs a PostgreSQL or MariaDB server.")};
    const QSqlRecord record = db.record(table);
    if (record.isEmpty())
        return Error{QCoreApplication::translate("AsteriskCdrTable", "The database %1 has no table \"%2\" that this user can read.").arg(db.databaseName(), table)};
    AsteriskCdrTable result;
    for (int i = 0; i < record.count(); ++i)
        result.m_columns.append(record.fieldName(i).toLower());
    const Mapping mapping(dialect, result.m_columns);
    if (!mapping.has(u"calldate"_s) && !mapping.has(u"start"_s))
        return Error{QCoreApplication::translate("AsteriskCdrTable", "The table \"%1\" has neither a calldate nor a start column; it is not an Asterisk CDR table.")
                         .arg(table)};
    for (const QString &needed : {u"src"_s, u"dst"_s, u"duration"_s, u"billsec"_s, u"disposition"_s}) {
        if (!mapping.has(needed))
            return Error{QCoreApplication::translate("AsteriskCdrTable", "The table \"%1\" has no column \"%2\"; it is not an Asterisk CDR table.").arg(table, needed)};
    }
    result.m_relation = u"(SELECT "_s + mapping.expressions(table).join(u", "_s) + u" FROM "_s + dialect.quote(table)
                        + u" t) "_s + dialect.quote(u"calls");
    return result;
}
