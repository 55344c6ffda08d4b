#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <compare>
#include <optional>

// How a value is brought to fewer decimals. Ties are values exactly halfway between two
// candidates; the non-"Half" rules look only at whether anything is cut off.
enum class RoundingRule {
    HalfUp,   // ties away from zero: 2.5 -> 3, -2.5 -> -3 (the invoice default)
    HalfEven, // ties to the even neighbour ("banker's rounding"): 2.5 -> 2, 3.5 -> 4
    HalfDown, // ties toward zero: 2.5 -> 2, -2.5 -> -2
    Up,       // away from zero: 2.1 -> 3, -2.1 -> -3
    Down,     // toward zero (truncate): 2.9 -> 2, -2.9 -> -2
    Ceiling,  // toward +infinity: 2.1 -> 3, -2.9 -> -2
    Floor,    // toward -infinity: 2.9 -> 2, -2.1 -> -3
};

// Stable, untranslated names for settings, the CLI and the database:
// half-up half-even half-down up down ceiling floor.
[[nodiscard]] QString roundingRuleName(RoundingRule rule);
[[nodiscard]] std::optional<RoundingRule> roundingRuleFromName(QStringView name);

// An exact amount of money: a signed count of 1e-8 currency units (voip.ms rates use 8
// decimals). The currency is kept next to it by the caller. Never converted through double:
// text in and out is decimal, arithmetic is integer and overflow-checked.
class Money
{
public:
    static constexpr int Decimals = 8;
    static constexpr qint64 UnitsPerWhole = 100000000;

    constexpr Money() = default;

    [[nodiscard]] static constexpr Money fromUnits(qint64 units)
    {
        Money m;
        m.m_units = units;
        return m;
    }

    [[nodiscard]] constexpr qint64 units() const { return m_units; }
    [[nodiscard]] constexpr bool isZero() const { return m_units == 0; }
    [[nodiscard]] constexpr bool isNegative() const { return m_units < 0; }

    // Decimal text: optional sign, digits, optional '.' and up to 8 decimals ("5." and ".5" are
    // accepted); decimals beyond the 8th must be zeros. Surrounding spaces are ignored.
    // No exponent, no thousands separators. nullopt with *error set on anything else or on a
    // value that does not fit.
    [[nodiscard]] static std::optional<Money> parse(QStringView text, QString *error = nullptr);

    // Canonical text: at least minDecimals (clamped to 0..8) decimals, further trailing zeros
    // trimmed. 1.5 -> "1.50", 0.00012 -> "0.00012", -0.5 -> "-0.50"; with 0: 3 -> "3".
    [[nodiscard]] QString toString(int minDecimals = 2) const;

    // Rounded to exactly `decimals` (clamped to 0..8) and printed with that many decimals.
    // Never fails: a result beyond qint64 units is still printed correctly.
    [[nodiscard]] QString toFixed(int decimals, RoundingRule rule = RoundingRule::HalfUp) const;

    // Rounded to `decimals` (clamped to 0..8); nullopt if the result does not fit.
    [[nodiscard]] std::optional<Money> rounded(int decimals,
                                               RoundingRule rule = RoundingRule::HalfUp) const;

    // Overflow-checked arithmetic: nullopt when the result does not fit qint64 units.
    [[nodiscard]] std::optional<Money> plus(Money other) const;
    [[nodiscard]] std::optional<Money> minus(Money other) const;
    [[nodiscard]] std::optional<Money> times(qint64 factor) const;
    // this * numerator / denominator, rounded to a whole unit by the rule, computed exactly in
    // 128 bits (e.g. rate per minute * seconds / 60). nullopt on overflow or denominator 0.
    [[nodiscard]] std::optional<Money> mulDiv(qint64 numerator, qint64 denominator,
                                              RoundingRule rule = RoundingRule::HalfUp) const;
    // nullopt only for the most negative amount, whose negation does not fit.
    [[nodiscard]] std::optional<Money> negated() const;

    friend constexpr bool operator==(Money, Money) = default;
    friend constexpr std::strong_ordering operator<=>(Money, Money) = default;

private:
    qint64 m_units = 0;
};
