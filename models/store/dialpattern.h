#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

// A whole-string match pattern that every backend runs natively: SQLite as GLOB, PostgreSQL
// and MariaDB as an anchored regular expression (SqlDialect::patternCondition). It is made from
// an Asterisk dial pattern (parse()) or built by the filter for other shapes (an IP address
// standing alone in a text). Matching is by code point, case-sensitive, on every backend.
class DialPattern
{
public:
    struct Token
    {
        enum class Kind { Literal, Set, OneOrMore, ZeroOrMore } kind = Kind::Literal;
        QString text;        // Literal: the characters; Set: the members as "0-9", "15-8"
        bool negated = false;
    };

    // An Asterisk pattern: a leading `_`, then X (0-9), Z (1-9), N (2-9), [15-7] sets of
    // digits, letters and * # +, `.` (one or more of anything), `!` (zero or more), other
    // characters literal. X Z N may be written in lower case.
    static Result<DialPattern> parse(QStringView text);
    // A leading _ and more: a lone "_" is the plain character.
    static bool isPattern(QStringView text) { return text.size() > 1 && text.startsWith(u'_'); }

    explicit DialPattern(QList<Token> tokens = {}) : m_tokens(std::move(tokens)) {}
    const QList<Token> &tokens() const { return m_tokens; }

    // The literal text every match starts with (so an index range can narrow the scan).
    QString literalPrefix() const;
    QString toGlob() const;   // SQLite GLOB
    QString toRegex() const;  // POSIX ERE / PCRE subset, anchored: PostgreSQL ~, MariaDB REGEXP

private:
    QList<Token> m_tokens;
};
