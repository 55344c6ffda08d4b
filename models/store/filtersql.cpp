#include "filtersql.h"

#include "dialpattern.h"
#include "sqldialect.h"

using namespace Qt::StringLiterals;

namespace {

const SqlFragment Never{u"1 = 0"_s, {}};

// "(a OR b …)" of the parts; Never when there are none.
SqlFragment anyOf(const QList<SqlFragment> &parts)
{
    if (parts.isEmpty())
        return Never;
    if (parts.size() == 1)
        return parts.first();
    SqlFragment joined{u"("_s, {}};
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            joined.sql += u" OR "_s;
        joined += parts[i];
    }
    joined.sql += u')';
    return joined;
}

qint64 codePoints(const QString &text)
{
    return text.toUcs4().size();
}

// The calls' own columns for the text parameters that are not named after one.
QString columnOf(QStringView key)
{
    if (key == u"callername_number")
        return u"sname_fold"_s;
    if (key == u"account")
        return u"accountcode"_s;
    if (key.endsWith(u"country"))  // scountry → snumber_country
        return key.first(1).toString() + u"number_country"_s;
    if (key == u"cregion")
        return u"cnumber_region"_s;
    if (key.endsWith(u"numbertype"))  // dnumbertype → dnumber_kind
        return key.first(1).toString() + u"number_kind"_s;
    return key.toString();
}

} // namespace

FilterSql::FilterSql(const SqlDialect &dialect, std::optional<qint64> ownCustomer, CallSource source)
    : m_dialect(dialect)
    , m_ownCustomer(ownCustomer)
    , m_source(std::move(source))
{
}

QString FilterSql::column(QStringView name) const
{
    const auto it = m_source.expressions.constFind(name.toString());
    return it != m_source.expressions.constEnd() ? *it : m_dialect.quote(name);
}

QString FilterSql::table() const
{
    return m_source.relation.isEmpty() ? m_dialect.quote(u"calls") : m_source.relation;
}

QString FilterSql::selectColumns() const
{
    QStringList columns;
    for (CallField field : CallFields::all())
        columns.append(column(CallFields::column(field)));
    return columns.join(u", "_s);
}

QString FilterSql::upperBound(const QString &prefix)
{
    QList<uint> points = prefix.toUcs4();
    while (!points.isEmpty()) {
        uint &last = points.last();
        if (last < 0x10FFFF) {
            last = last == 0xD7FF ? 0xE000 : last + 1;
            return QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData()), points.size());
        }
        points.removeLast();
    }
    return QString();
}

SqlFragment FilterSql::valueCondition(const QString &expression, bool plainColumn, const QString &value,
                                      MatchMode match, bool numbers) const
{
    if (value.contains(QChar(0)))
        return Never;
    if (numbers && DialPattern::isPattern(value)) {
        const Result<DialPattern> pattern = DialPattern::parse(value);
        if (!pattern)
            return Never;  // validate() reports it
        // A literal start narrows the scan to an index range before the pattern is tried.
        const SqlFragment condition = m_dialect.patternCondition(expression, *pattern);
        const QString prefix = pattern->literalPrefix();
        if (!plainColumn || prefix.isEmpty())
            return condition;
        SqlFragment both{u"("_s, {}};
        both += valueCondition(expression, true, prefix, MatchMode::Start, false);
        both.sql += u" AND "_s;
        both += condition;
        both.sql += u')';
        return both;
    }
    switch (match) {
    case MatchMode::Exact:
        return {expression + u" = ?"_s, {value}};
    case MatchMode::Start: {
        if (!plainColumn)
            return {u"SUBSTR("_s + expression + u", 1, ?) = ?"_s, {codePoints(value), value}};
        const QString upper = upperBound(value);
        if (upper.isEmpty())
            return {expression + u" >= ?"_s, {value}};
        return {u"("_s + expression + u" >= ? AND "_s + expression + u" < ?)"_s, {value, upper}};
    }
    case MatchMode::End:
        return m_dialect.endsWithCondition(expression, value, codePoints(value));
    case MatchMode::Contains:
        break;
    }
    return m_dialect.containsCondition(expression, value);
}

SqlFragment FilterSql::textCondition(const CallFilter::TextParameter &parameter, const TextFilter &filter) const
{
    const QStringView key(parameter.key);
    const bool exactOnly = !*parameter.matchKey;
    QList<SqlFragment> any;
    for (const QString &value : filter.values) {
        if (value.isEmpty())
            continue;
        if (key == u"areacode") {
            const QString prefix = u'+' + value;
            any.append(valueCondition(column(u"snumber_e164"), true, prefix, MatchMode::Start, false));
            any.append(valueCondition(column(u"cnumber_e164"), true, prefix, MatchMode::Start, false));
        } else if (key == u"sipfrom" || key == u"sipto") {
            const QString uri = m_dialect.jsonText(column(u"extra"), key == u"sipfrom" ? u"from_uri"_s : u"to_uri"_s);
            any.append(valueCondition(uri, false, value, filter.match, false));
        } else if (key == u"ip") {
            // An address standing alone: not preceded or followed by more of an address.
            using Token = DialPattern::Token;
            const bool v6 = value.contains(u':');
            const QString inside = v6 ? u"0-9a-fA-F:"_s : u"0-9"_s;
            const QString before = v6 ? inside : u"0-9."_s;
            const DialPattern pattern({{Token::Kind::ZeroOrMore, {}, false},
                                       {Token::Kind::Set, before, true},
                                       {Token::Kind::Literal, value, false},
                                       {Token::Kind::Set, inside, true},
                                       {Token::Kind::ZeroOrMore, {}, false}});
            any.append(value.contains(QChar(0)) ? Never : m_dialect.patternCondition(column(u"extra"), pattern));
        } else {
            const QString needle = key == u"callername_number" ? value.toCaseFolded() : value;
            any.append(valueCondition(column(columnOf(key)), true, needle,
                                      exactOnly ? MatchMode::Exact : filter.match, parameter.numbers));
        }
    }
    if (any.isEmpty())
        return {};
    SqlFragment condition = anyOf(any);
    if (!filter.negate)
        return condition;
    SqlFragment negated{u"NOT ("_s, {}};
    negated += condition;
    negated.sql += u')';
    return negated;
}

SqlFragment FilterSql::customerCondition(const CallFilter &filter) const
{
    const QString customers = m_dialect.quote(u"customers");
    const QString id = m_dialect.quote(u"id");
    const QString parent = m_dialect.quote(u"parent_id");
    // The IDs of a subtree: the customer at `root` (a bound ID, or the roots) and everything below.
    auto subtree = [&](const std::optional<qint64> &root, const QString &billing) -> SqlFragment {
        SqlFragment sql{u"WITH RECURSIVE sub(id) AS (SELECT "_s + id + u" FROM "_s + customers + u" WHERE "_s, {}};
        if (root) {
            sql.sql += id + u" = ?"_s;
            sql.values << *root;
        } else {
            sql.sql += parent + u" IS NULL"_s;
        }
        sql.sql += u" UNION ALL SELECT c."_s + id + u" FROM "_s + customers + u" c JOIN sub ON c."_s + parent
                   + u" = sub.id) SELECT sub.id FROM sub"_s;
        if (!billing.isEmpty()) {
            sql.sql += u" JOIN "_s + customers + u" b ON b."_s + id + u" = sub.id WHERE b."_s
                       + m_dialect.quote(u"billing") + u" = ?"_s;
            sql.values << billing;
        }
        return sql;
    };
    auto belongs = [this](const SqlFragment &ids) {
        SqlFragment sql{u"("_s + column(u"scustomer") + u" IN ("_s, {}};
        sql += ids;
        sql.sql += u") OR "_s + column(u"dcustomer") + u" IN ("_s;
        sql += ids;
        sql.sql += u"))"_s;
        return sql;
    };
    auto one = [this](qint64 customer) {
        return SqlFragment{u"("_s + column(u"scustomer") + u" = ? OR "_s + column(u"dcustomer") + u" = ?)"_s,
                           {customer, customer}};
    };
    switch (filter.customer) {
    case CustomerScope::System:
        return {};
    case CustomerScope::All:
        // Under the system root that is every call, those without a customer too.
        return m_ownCustomer ? belongs(subtree(m_ownCustomer, {})) : SqlFragment{};
    case CustomerScope::Own:
        if (m_ownCustomer)
            return one(*m_ownCustomer);
        return belongs({u"SELECT "_s + id + u" FROM "_s + customers + u" WHERE "_s + parent + u" IS NULL"_s, {}});
    case CustomerScope::Id:
        return filter.recurse ? belongs(subtree(filter.customerId, {})) : one(filter.customerId);
    case CustomerScope::External:
        return belongs(subtree(m_ownCustomer, u"external"_s));
    case CustomerScope::Postpaid:
        return belongs(subtree(m_ownCustomer, u"postpaid"_s));
    case CustomerScope::Prepaid:
        return belongs(subtree(m_ownCustomer, u"prepaid"_s));
    }
    return {};
}

SqlFragment FilterSql::searchCondition(const QString &search) const
{
    if (search.contains(QChar(0)))
        return Never;
    QList<SqlFragment> any;
    for (const QString &number : {u"snumber"_s, u"cnumber"_s, u"dnumber"_s})
        any.append(m_dialect.containsCondition(column(number), search));
    any.append(m_dialect.containsCondition(column(u"sname_fold"), search.toCaseFolded()));
    return anyOf(any);
}

SqlFragment FilterSql::conditions(const CallFilter &filter) const
{
    QList<SqlFragment> all;
    auto compare = [&](QStringView name, const QString &op, const QVariant &value) {
        all.append({column(name) + u' ' + op + u" ?"_s, {value}});
    };
    if (filter.start)
        compare(u"start", u">="_s, *filter.start);
    if (filter.end)
        compare(u"start", u"<"_s, *filter.end);
    if (!filter.archive)
        all.append({column(u"archived") + u" = 0"_s, {}});
    for (const CallFilter::TextParameter &parameter : CallFilter::textParameters()) {
        if (SqlFragment text = textCondition(parameter, filter.*parameter.member); !text.isEmpty())
            all.append(text);
    }
    if (SqlFragment customer = customerCondition(filter); !customer.isEmpty())
        all.append(customer);
    if (filter.invoice > 0)
        compare(u"invoice", u"="_s, filter.invoice);
    if (filter.peer > 0)
        compare(u"peer", u"="_s, filter.peer);
    if (filter.talktimeMinimum > 0)
        compare(u"talktime", u">="_s, filter.talktimeMinimum);
    if (filter.talktimeMaximum >= 0)
        compare(u"talktime", u"<="_s, filter.talktimeMaximum);
    if (!filter.statuses.isEmpty()) {
        QList<SqlFragment> any;
        for (const QString &name : filter.statuses) {
            for (const QString &status : CallFilter::statusesVocabulary(name))
                any.append({column(u"status") + u" = ?"_s, {status}});
        }
        all.append(anyOf(any));
    }
    if (filter.callbilling == u"free")
        all.append({column(u"cost") + u" = 0"_s, {}});
    else if (filter.callbilling == u"billed")
        all.append({column(u"cost") + u" > 0"_s, {}});
    if (filter.calltype == u"incoming")
        compare(u"direction", u"="_s, u"in"_s);
    else if (filter.calltype == u"outgoing")
        compare(u"direction", u"="_s, u"out"_s);
    else if (!filter.calltype.isEmpty())
        compare(u"cnumber", u"="_s, filter.calltype);
    if (!filter.search.isEmpty())
        all.append(searchCondition(filter.search));

    SqlFragment joined;
    for (const SqlFragment &condition : all) {
        if (!joined.isEmpty())
            joined.sql += u" AND "_s;
        joined += condition;
    }
    return joined;
}

SqlFragment FilterSql::where(const CallFilter &filter, const std::optional<SqlFragment> &extra) const
{
    SqlFragment sql = conditions(filter);
    if (extra) {
        if (!sql.isEmpty())
            sql.sql += u" AND "_s;
        sql += *extra;
    }
    if (sql.isEmpty())
        return {};
    return SqlFragment{u" WHERE "_s, {}} += sql;
}

QString FilterSql::orderBy(const CallFilter &filter, bool reversed, bool fromIndex) const
{
    const QString direction = filter.descending != reversed ? u" DESC"_s : u" ASC"_s;
    QString sort = column(CallFields::column(filter.sortField()));
    QString id = column(u"id");
    if (!fromIndex) {
        sort = m_dialect.notFromIndex(sort);
        id = m_dialect.notFromIndex(id);
    }
    return u" ORDER BY "_s + sort + direction + u", "_s + id + direction;
}

