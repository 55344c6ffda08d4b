#include "money.h"

#include <QCoreApplication>
#include <QtNumeric>

#include <algorithm>
#include <array>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

// GCC and Clang (our compilers) provide 128-bit integers; they hold any product of two qint64
// exactly, so mulDiv and rounding never lose a digit and never overflow internally.
using Int128 = __int128;
using UInt128 = unsigned __int128;

constexpr qint64 MinUnits = std::numeric_limits<qint64>::min();
constexpr qint64 MaxUnits = std::numeric_limits<qint64>::max();

struct RuleName
{
    RoundingRule rule;
    QStringView name;
};

constexpr std::array<RuleName, 7> RuleNames{{
    {RoundingRule::HalfUp, u"half-up"},
    {RoundingRule::HalfEven, u"half-even"},
    {RoundingRule::HalfDown, u"half-down"},
    {RoundingRule::Up, u"up"},
    {RoundingRule::Down, u"down"},
    {RoundingRule::Ceiling, u"ceiling"},
    {RoundingRule::Floor, u"floor"},
}};

constexpr qint64 powerOfTen(int exponent)
{
    qint64 result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

int clampDecimals(int decimals)
{
    return std::clamp(decimals, 0, Money::Decimals);
}

constexpr bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// n / d rounded to an integer by the rule; d != 0. Callers pass |n| <= 2^126 and |d| <= 2^63
// (a product of two qint64 over a qint64), so negating and doubling the remainder cannot overflow.
Int128 divideRounded(Int128 n, Int128 d, RoundingRule rule)
{
    if (d < 0) {
        n = -n;
        d = -d;
    }
    Int128 quotient = n / d;
    const Int128 remainder = n % d; // truncating division: the remainder has the sign of n
    if (remainder == 0)
        return quotient;

    const bool negative = remainder < 0;
    const Int128 twiceRemainder = 2 * (negative ? -remainder : remainder);
    bool awayFromZero = false;
    switch (rule) {
    case RoundingRule::HalfUp:
        awayFromZero = twiceRemainder >= d;
        break;
    case RoundingRule::HalfEven:
        awayFromZero = twiceRemainder > d || (twiceRemainder == d && quotient % 2 != 0);
        break;
    case RoundingRule::HalfDown:
        awayFromZero = twiceRemainder > d;
        break;
    case RoundingRule::Up:
        awayFromZero = true;
        break;
    case RoundingRule::Down:
        awayFromZero = false;
        break;
    case RoundingRule::Ceiling:
        awayFromZero = !negative;
        break;
    case RoundingRule::Floor:
        awayFromZero = negative;
        break;
    }
    if (awayFromZero)
        quotient += negative ? -1 : 1;
    return quotient;
}

std::optional<Money> fitted(Int128 units)
{
    if (units < MinUnits || units > MaxUnits)
        return std::nullopt;
    return Money::fromUnits(static_cast<qint64>(units));
}

// Units rounded to `decimals`, still in units (the dropped digits are zero). Cannot overflow.
Int128 roundedUnits(qint64 units, int decimals, RoundingRule rule)
{
    const qint64 step = powerOfTen(Money::Decimals - decimals);
    return divideRounded(units, step, rule) * step;
}

// Works on 128 bits so that INT64_MIN and rounded results beyond qint64 print correctly.
QString formatUnits(Int128 units, int minDecimals)
{
    const bool negative = units < 0;
    const UInt128 magnitude = negative ? static_cast<UInt128>(-units) : static_cast<UInt128>(units);
    UInt128 whole = magnitude / Money::UnitsPerWhole;
    qint64 fraction = static_cast<qint64>(magnitude % Money::UnitsPerWhole);

    std::array<char16_t, 64> digits{};
    qsizetype count = 0;
    do {
        digits[count++] = static_cast<char16_t>(u'0' + static_cast<int>(whole % 10));
        whole /= 10;
    } while (whole != 0);

    std::array<char16_t, Money::Decimals> decimals{};
    for (int i = Money::Decimals - 1; i >= 0; --i) {
        decimals[i] = static_cast<char16_t>(u'0' + fraction % 10);
        fraction /= 10;
    }
    int decimalCount = Money::Decimals;
    while (decimalCount > minDecimals && decimals[decimalCount - 1] == u'0')
        --decimalCount;

    QString text;
    text.reserve(count + decimalCount + 2);
    if (negative)
        text.append(u'-');
    while (count > 0)
        text.append(QChar(digits[--count]));
    if (decimalCount > 0) {
        text.append(u'.');
        text.append(QStringView(decimals.data(), decimalCount));
    }
    return text;
}

} // namespace

QString roundingRuleName(RoundingRule rule)
{
    for (const RuleName &entry : RuleNames) {
        if (entry.rule == rule)
            return entry.name.toString();
    }
    return QString();
}

std::optional<RoundingRule> roundingRuleFromName(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    for (const RuleName &entry : RuleNames) {
        if (trimmed.compare(entry.name, Qt::CaseInsensitive) == 0)
            return entry.rule;
    }
    return std::nullopt;
}

std::optional<Money> Money::parse(QStringView text, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<Money> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return fail(QCoreApplication::translate("Money", "The amount is empty."));
    const auto malformed = [&] {
        return fail(QCoreApplication::translate(
                            "Money",
                            "\"%1\" is not an amount: expected digits with an optional sign and "
                            "up to 8 decimals, such as -12.50.")
                            .arg(t));
    };

    qsizetype pos = 0;
    bool negative = false;
    if (t[0] == u'+' || t[0] == u'-') {
        negative = t[0] == u'-';
        ++pos;
    }

    // The magnitude of INT64_MIN units is the largest any amount can have.
    constexpr UInt128 Limit = UInt128(1) << 63;
    UInt128 whole = 0;
    bool tooLarge = false;
    qsizetype digitCount = 0;
    for (; pos < t.size() && isAsciiDigit(t[pos]); ++pos, ++digitCount) {
        if (!tooLarge) {
            whole = whole * 10 + static_cast<UInt128>(t[pos].unicode() - u'0');
            tooLarge = whole > Limit;
        }
    }

    qint64 fraction = 0;
    int fractionDigits = 0;
    bool excessDecimals = false;
    if (pos < t.size() && t[pos] == u'.') {
        for (++pos; pos < t.size() && isAsciiDigit(t[pos]); ++pos, ++digitCount) {
            const int digit = t[pos].unicode() - u'0';
            if (fractionDigits < Decimals) {
                fraction = fraction * 10 + digit;
                ++fractionDigits;
            } else if (digit != 0) {
                excessDecimals = true;
            }
        }
    }
    if (digitCount == 0 || pos != t.size())
        return malformed();
    if (excessDecimals) {
        return fail(QCoreApplication::translate("Money", "\"%1\" has more than 8 decimals.")
                            .arg(t));
    }

    const UInt128 magnitude = whole * UnitsPerWhole
            + static_cast<UInt128>(fraction * powerOfTen(Decimals - fractionDigits));
    if (tooLarge || magnitude > (negative ? Limit : Limit - 1)) {
        return fail(QCoreApplication::translate("Money", "\"%1\" is too large for an amount.")
                            .arg(t));
    }
    const Int128 units = negative ? -static_cast<Int128>(magnitude) : static_cast<Int128>(magnitude);
    return fromUnits(static_cast<qint64>(units));
}

QString Money::toString(int minDecimals) const
{
    return formatUnits(m_units, clampDecimals(minDecimals));
}

QString Money::toFixed(int decimals, RoundingRule rule) const
{
    const int d = clampDecimals(decimals);
    return formatUnits(roundedUnits(m_units, d, rule), d);
}

std::optional<Money> Money::rounded(int decimals, RoundingRule rule) const
{
    return fitted(roundedUnits(m_units, clampDecimals(decimals), rule));
}

std::optional<Money> Money::plus(Money other) const
{
    qint64 result = 0;
    if (qAddOverflow(m_units, other.m_units, &result))
        return std::nullopt;
    return fromUnits(result);
}

std::optional<Money> Money::minus(Money other) const
{
    qint64 result = 0;
    if (qSubOverflow(m_units, other.m_units, &result))
        return std::nullopt;
    return fromUnits(result);
}

std::optional<Money> Money::times(qint64 factor) const
{
    qint64 result = 0;
    if (qMulOverflow(m_units, factor, &result))
        return std::nullopt;
    return fromUnits(result);
}

std::optional<Money> Money::mulDiv(qint64 numerator, qint64 denominator, RoundingRule rule) const
{
    if (denominator == 0)
        return std::nullopt;
    const Int128 product = static_cast<Int128>(m_units) * numerator;
    return fitted(divideRounded(product, denominator, rule));
}

std::optional<Money> Money::negated() const
{
    if (m_units == MinUnits)
        return std::nullopt;
    return fromUnits(-m_units);
}
