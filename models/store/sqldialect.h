#pragma once

#include "databasespec.h"
#include "sqlfragment.h"

#include <QStringList>

class DialPattern;

// Everything that differs between SQLite, PostgreSQL and MariaDB, in one place. The rest of the
// store writes one SQL text with these pieces and bound parameters.
class SqlDialect
{
public:
    // Logical column types of the schema.
    enum class Type { Key, Integer, ShortText, LongText };

    explicit SqlDialect(DatabaseSpec::Kind kind) : m_kind(kind) {}

    DatabaseSpec::Kind kind() const { return m_kind; }
    QString driverName() const;
    QString quote(QStringView identifier) const;
    QString quotedList(const QStringList &identifiers) const;

    // A column definition: name, type (text compares by code point on every backend), default.
    QString columnDefinition(const QString &name, Type type, bool nullable = false) const;
    QString tableOptions() const;

    // INSERT … that updates the existing row when `conflictColumns` match.
    QString upsert(const QString &table, const QStringList &columns,
                   const QStringList &conflictColumns) const;

    // The keyset condition "(column, id) after (value, id)" in the order's direction:
    // `op` is "<", "<=", ">" or ">=". Row values where the planner walks an index with them.
    // `column` and `idColumn` are SQL expressions (FilterSql::column()).
    SqlFragment keysetCondition(const QString &column, const QString &idColumn, QStringView op,
                                const QVariant &value, qint64 id) const;

    // Text conditions without LIKE (so % _ \\ in the value are plain characters), comparing by
    // code point: `expression` contains `needle`; ends with `suffix` (of `length` code points);
    // matches the whole-string `pattern` (GLOB on SQLite, an anchored regular expression on
    // the servers).
    SqlFragment containsCondition(const QString &expression, const QString &needle) const;
    SqlFragment endsWithCondition(const QString &expression, const QString &suffix, qint64 length) const;
    SqlFragment patternCondition(const QString &expression, const DialPattern &pattern) const;
    // The text of `key` in the JSON object held by the text `expression` ('' when absent or
    // when the text is empty), compared by code point. `key` is a program constant.
    QString jsonText(const QString &expression, const QString &key) const;
    // True for text holding a character beyond ASCII (whose case folding SQL cannot do alike).
    QString nonAscii(const QString &expression) const;

    // Refreshes the planner's statistics of a table.
    QString analyze(const QString &table) const;
    // SQLite's two ways to overrule its planner (empty / unchanged elsewhere: PostgreSQL and
    // MariaDB plan from statistics): " INDEXED BY <index>" after a table, and a unary + that
    // keeps an ORDER BY term from being served by an index.
    QString indexedBy(const QString &index) const;
    QString notFromIndex(const QString &expression) const;

    // Statements run once on every new connection (pragmas, session collation, time zone).
    QStringList sessionSetup() const;
    // Makes every later transaction of the session read-only (servers refuse any write).
    QString readOnlySession() const;

    // Expressions over another program's columns (the read-only attach), our own constants
    // only — never user text:
    // a string literal;
    QString literal(const QString &text) const;
    // the value as text that compares and sorts by code point, as our own columns do;
    QString binaryText(const QString &expression) const;
    // a timestamp / datetime column as UTC Unix seconds (a time without zone read as UTC);
    QString epochSeconds(const QString &expression) const;
    // every match of the regular expression `pattern` replaced (the common subset of POSIX
    // and PCRE), and whether it matches;
    QString regexpReplace(const QString &expression, const QString &pattern, const QString &replacement) const;
    QString regexpMatches(const QString &expression, const QString &pattern) const;
    // a JSON object as text from (key literal, value expression) pairs.
    QString jsonObject(const QList<std::pair<QString, QString>> &members) const;

private:
    DatabaseSpec::Kind m_kind;
};
