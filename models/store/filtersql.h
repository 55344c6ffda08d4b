#pragma once

#include "callfilter.h"
#include "sqlfragment.h"

#include <QHash>

#include <optional>

class SqlDialect;

// Where calls are read from: the relation (empty = our own `calls` table; an attached Asterisk
// `cdr` table is a derived table with exactly the columns of `calls`, Database::callsTable())
// and, where wanted, the SQL expression standing for a column. Every column reference of the
// readers goes through FilterSql::column(), and every FROM through table(), so this is the one
// mapping point.
struct CallSource
{
    QString relation;                     // SQL text used after FROM; empty = the quoted `calls`
    QHash<QString, QString> expressions;  // column name → SQL expression; absent = the quoted column
};

// Turns a CallFilter into SQL with bound values, for every reader of calls (CallStore's count,
// totals, pages, anchors and walks, and through them the exporters and the rater). User text
// travels only as bound values and is never given to LIKE, so % _ \ are plain characters:
// contains is a substring position, start an index range [prefix, next prefix), end a suffix
// comparison, exact equality, a dial pattern GLOB (SQLite) or an anchored regular expression
// (servers). Text compares by code point on every backend. The caller name compares
// case-insensitively through `sname_fold`, the name case-folded by Qt when the call is written
// (Schema version 4), so every backend folds alike. A value holding NUL matches nothing (no
// backend stores NUL in text). Backend differences come from SqlDialect only.
class FilterSql
{
public:
    // `ownCustomer`: the operator's own customer (DatabaseSpec::ownCustomer); unset = the
    // system root (customers without a parent).
    FilterSql(const SqlDialect &dialect, std::optional<qint64> ownCustomer = std::nullopt,
              CallSource source = {});

    // The SQL of a `calls` column ("snumber", "sname_fold"…) and of the table.
    QString column(QStringView name) const;
    QString table() const;
    // All of CallFields' columns in their order, for SELECT.
    QString selectColumns() const;

    // " WHERE …" for the filter (and `extra`, a keyset condition), or empty.
    SqlFragment where(const CallFilter &filter, const std::optional<SqlFragment> &extra = std::nullopt) const;
    // The filter's conditions joined by AND; empty when none.
    SqlFragment conditions(const CallFilter &filter) const;
    // " ORDER BY <sort> <dir>, id <dir>" (reversed: the other direction). `fromIndex` false
    // keeps SQLite from walking the sort column's index (SqlDialect::notFromIndex).
    QString orderBy(const CallFilter &filter, bool reversed, bool fromIndex = true) const;

    // The smallest text greater than every text starting with `prefix` (empty when none is):
    // "44" → "45". Start-match is the range [prefix, upperBound), which an index serves.
    static QString upperBound(const QString &prefix);

private:
    SqlFragment textCondition(const CallFilter::TextParameter &parameter, const TextFilter &filter) const;
    SqlFragment valueCondition(const QString &expression, bool plainColumn, const QString &value,
                               MatchMode match, bool numbers) const;
    SqlFragment customerCondition(const CallFilter &filter) const;
    SqlFragment searchCondition(const QString &search) const;

    const SqlDialect &m_dialect;
    std::optional<qint64> m_ownCustomer;
    CallSource m_source;
};
