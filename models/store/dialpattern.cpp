#include "dialpattern.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

bool isSetMember(QChar c)
{
    return c.isLetterOrNumber() && c.unicode() < 128 || c == u'*' || c == u'#' || c == u'+';
}

QString escapedForRegex(const QString &literal)
{
    QString out;
    for (QChar c : literal) {
        if (!c.isLetterOrNumber() && c != u' ' && c != u'@' && c != u'_' && c != u'-')
            out += u'\\';
        out += c;
    }
    return out;
}

} // namespace

Result<DialPattern> DialPattern::parse(QStringView text)
{
    if (!isPattern(text) || text.size() < 2)
        return Error{QCoreApplication::translate("DialPattern", "\"%1\" is not a dial pattern: it starts with _ and has at least one more character.")
                         .arg(text)};
    QList<Token> tokens;
    auto appendLiteral = [&tokens](QChar c) {
        if (tokens.isEmpty() || tokens.last().kind != Token::Kind::Literal)
            tokens.append({Token::Kind::Literal, {}, false});
        tokens.last().text += c;
    };
    for (qsizetype i = 1; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isNull())
            return Error{QCoreApplication::translate("DialPattern", "\"%1\": a dial pattern cannot hold a NUL character.").arg(text)};
        switch (c.toUpper().unicode()) {
        case 'X':
            tokens.append({Token::Kind::Set, u"0-9"_s, false});
            continue;
        case 'Z':
            tokens.append({Token::Kind::Set, u"1-9"_s, false});
            continue;
        case 'N':
            tokens.append({Token::Kind::Set, u"2-9"_s, false});
            continue;
        case '.':
            tokens.append({Token::Kind::OneOrMore, {}, false});
            continue;
        case '!':
            tokens.append({Token::Kind::ZeroOrMore, {}, false});
            continue;
        case '[': {
            const qsizetype close = text.indexOf(u']', i + 1);
            if (close < 0)
                return Error{QCoreApplication::translate("DialPattern", "\"%1\": the [ at position %2 is not closed.").arg(text).arg(i + 1)};
            const QStringView members = text.mid(i + 1, close - i - 1);
            if (members.isEmpty())
                return Error{QCoreApplication::translate("DialPattern", "\"%1\": the set at position %2 is empty.").arg(text).arg(i + 1)};
            for (qsizetype m = 0; m < members.size(); ++m) {
                if (members[m] == u'-') {
                    if (m == 0 || m + 1 == members.size() || members[m + 1] < members[m - 1])
                        return Error{QCoreApplication::translate("DialPattern", "\"%1\": the range in the set at position %2 is not from a lower to a higher character.")
                                         .arg(text).arg(i + 1)};
                } else if (!isSetMember(members[m])) {
                    return Error{QCoreApplication::translate("DialPattern", "\"%1\": the set at position %2 may hold digits, letters, * # + and ranges only.")
                                     .arg(text).arg(i + 1)};
                }
            }
            tokens.append({Token::Kind::Set, members.toString(), false});
            i = close;
            continue;
        }
        case ']':
            return Error{QCoreApplication::translate("DialPattern", "\"%1\": the ] at position %2 closes no set.").arg(text).arg(i + 1)};
        default:
            appendLiteral(c);
        }
    }
    return DialPattern(tokens);
}

QString DialPattern::literalPrefix() const
{
    if (!m_tokens.isEmpty() && m_tokens.first().kind == Token::Kind::Literal)
        return m_tokens.first().text;
    return QString();
}

QString DialPattern::toGlob() const
{
    QString glob;
    for (const Token &token : m_tokens) {
        switch (token.kind) {
        case Token::Kind::Literal:
            for (QChar c : token.text) {
                if (c == u'*' || c == u'?' || c == u'[')
                    glob += u'[' + QString(c) + u']';
                else
                    glob += c;
            }
            break;
        case Token::Kind::Set:
            glob += (token.negated ? u"[^"_s : u"["_s) + token.text + u']';
            break;
        case Token::Kind::OneOrMore:
            glob += u"?*"_s;
            break;
        case Token::Kind::ZeroOrMore:
            glob += u'*';
            break;
        }
    }
    return glob;
}

QString DialPattern::toRegex() const
{
    // (?s): `.` matches any character, a line break too, as GLOB's ? does.
    QString regex = u"(?s)^"_s;
    for (const Token &token : m_tokens) {
        switch (token.kind) {
        case Token::Kind::Literal:
            regex += escapedForRegex(token.text);
            break;
        case Token::Kind::Set: {
            // Inside a bracket expression only ] \ ^ - are special; members are letters,
            // digits, * # + . and ranges.
            regex += (token.negated ? u"[^"_s : u"["_s) + token.text + u']';
            break;
        }
        case Token::Kind::OneOrMore:
            regex += u".+"_s;
            break;
        case Token::Kind::ZeroOrMore:
            regex += u".*"_s;
            break;
        }
    }
    return regex + u'$';
}
