#include "core/money.h"

#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 MaxUnits = std::numeric_limits<qint64>::max(); //  92233720368.54775807
constexpr qint64 MinUnits = std::numeric_limits<qint64>::min(); // -92233720368.54775808

constexpr RoundingRule AllRules[] = {RoundingRule::HalfUp,  RoundingRule::HalfEven,
                                     RoundingRule::HalfDown, RoundingRule::Up,
                                     RoundingRule::Down,    RoundingRule::Ceiling,
                                     RoundingRule::Floor};

// Expected results are written as text, "overflow" where the result must not fit.
QString describe(const std::optional<Money> &money)
{
    return money ? QString::number(money->units()) : u"overflow"_s;
}

QString units(qint64 value)
{
    return QString::number(value);
}

Money money(QStringView text)
{
    const auto parsed = Money::parse(text);
    Q_ASSERT(parsed);
    return *parsed;
}

} // namespace

class tst_Money : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldParseDecimalText_data();
    void shouldParseDecimalText();
    void shouldRejectMalformedText_data();
    void shouldRejectMalformedText();
    void shouldFormatCanonicalText_data();
    void shouldFormatCanonicalText();
    void shouldRoundTripThroughText_data();
    void shouldRoundTripThroughText();
    void shouldRoundByRule_data();
    void shouldRoundByRule();
    void shouldReportRoundingOverflow();
    void shouldAddWithOverflowCheck_data();
    void shouldAddWithOverflowCheck();
    void shouldSubtractWithOverflowCheck_data();
    void shouldSubtractWithOverflowCheck();
    void shouldMultiplyWithOverflowCheck_data();
    void shouldMultiplyWithOverflowCheck();
    void shouldMulDivExactly_data();
    void shouldMulDivExactly();
    void shouldNegate_data();
    void shouldNegate();
    void shouldCompareAndClassify();
    void shouldNameRoundingRules();
};

void tst_Money::shouldParseDecimalText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("units");

    QTest::newRow("zero") << u"0"_s << qint64(0);
    QTest::newRow("minus zero") << u"-0"_s << qint64(0);
    QTest::newRow("one") << u"1"_s << qint64(100000000);
    QTest::newRow("one and a half") << u"1.5"_s << qint64(150000000);
    QTest::newRow("negative") << u"-1.5"_s << qint64(-150000000);
    QTest::newRow("plus sign") << u"+2.25"_s << qint64(225000000);
    QTest::newRow("spaces trimmed") << u"  3.14  "_s << qint64(314000000);
    QTest::newRow("smallest unit") << u"0.00000001"_s << qint64(1);
    QTest::newRow("smallest negative") << u"-0.00000001"_s << qint64(-1);
    QTest::newRow("voip.ms rate") << u"0.01234567"_s << qint64(1234567);
    QTest::newRow("no whole digits") << u".5"_s << qint64(50000000);
    QTest::newRow("no decimal digits") << u"5."_s << qint64(500000000);
    QTest::newRow("leading zeros") << u"007.10"_s << qint64(710000000);
    QTest::newRow("zeros past 8 decimals") << u"0.012345670000"_s << qint64(1234567);
    QTest::newRow("all 8 decimals") << u"123456789.12345678"_s << qint64(12345678912345678);
    QTest::newRow("largest") << u"92233720368.54775807"_s << MaxUnits;
    QTest::newRow("most negative") << u"-92233720368.54775808"_s << MinUnits;
}

void tst_Money::shouldParseDecimalText()
{
    QFETCH(QString, text);
    QFETCH(qint64, units);

    QString error;
    const auto parsed = Money::parse(text, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->units(), units);
    QVERIFY(error.isEmpty());
}

void tst_Money::shouldRejectMalformedText_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << u"   "_s;
    QTest::newRow("dot") << u"."_s;
    QTest::newRow("minus") << u"-"_s;
    QTest::newRow("plus") << u"+"_s;
    QTest::newRow("minus dot") << u"-."_s;
    QTest::newRow("exponent") << u"1e5"_s;
    QTest::newRow("two dots") << u"1.2.3"_s;
    QTest::newRow("letters") << u"abc"_s;
    QTest::newRow("trailing letter") << u"1.5x"_s;
    QTest::newRow("hex") << u"0x10"_s;
    QTest::newRow("thousands comma") << u"1,000"_s;
    QTest::newRow("decimal comma") << u"1,5"_s;
    QTest::newRow("inner space") << u"1 000"_s;
    QTest::newRow("space after sign") << u"- 1"_s;
    QTest::newRow("double sign") << u"--1"_s;
    QTest::newRow("sign after dot") << u"1.-5"_s;
    QTest::newRow("arabic-indic digit") << QString(QChar(0x0663));
    QTest::newRow("9 decimals") << u"1.123456789"_s;
    QTest::newRow("below one unit") << u"0.000000001"_s;
    QTest::newRow("one unit past max") << u"92233720368.54775808"_s;
    QTest::newRow("one unit past min") << u"-92233720368.54775809"_s;
    QTest::newRow("far too large") << u"99999999999999999999999999999"_s;
    QTest::newRow("far too small") << u"-100000000000"_s;
}

void tst_Money::shouldRejectMalformedText()
{
    QFETCH(QString, text);

    QString error;
    QVERIFY(!Money::parse(text, &error));
    QVERIFY(!error.isEmpty());
}

void tst_Money::shouldFormatCanonicalText_data()
{
    QTest::addColumn<qint64>("units");
    QTest::addColumn<int>("minDecimals");
    QTest::addColumn<QString>("expected");

    QTest::newRow("1.5") << qint64(150000000) << 2 << u"1.50"_s;
    QTest::newRow("0.00012") << qint64(12000) << 2 << u"0.00012"_s;
    QTest::newRow("3, no decimals") << qint64(300000000) << 0 << u"3"_s;
    QTest::newRow("-0.5") << qint64(-50000000) << 2 << u"-0.50"_s;
    QTest::newRow("-0.5, no minimum") << qint64(-50000000) << 0 << u"-0.5"_s;
    QTest::newRow("zero") << qint64(0) << 2 << u"0.00"_s;
    QTest::newRow("zero, no decimals") << qint64(0) << 0 << u"0"_s;
    QTest::newRow("one unit") << qint64(1) << 2 << u"0.00000001"_s;
    QTest::newRow("minus one unit") << qint64(-1) << 0 << u"-0.00000001"_s;
    QTest::newRow("all decimals") << qint64(123456789) << 8 << u"1.23456789"_s;
    QTest::newRow("8 zeros kept") << qint64(100000000) << 8 << u"1.00000000"_s;
    QTest::newRow("minimum clamped to 8") << qint64(100000000) << 12 << u"1.00000000"_s;
    QTest::newRow("minimum clamped to 0") << qint64(100000000) << -3 << u"1"_s;
    QTest::newRow("whole thousands") << qint64(1234500000000) << 2 << u"12345.00"_s;
    QTest::newRow("largest") << MaxUnits << 2 << u"92233720368.54775807"_s;
    QTest::newRow("most negative") << MinUnits << 2 << u"-92233720368.54775808"_s;
}

void tst_Money::shouldFormatCanonicalText()
{
    QFETCH(qint64, units);
    QFETCH(int, minDecimals);
    QFETCH(QString, expected);

    QCOMPARE(Money::fromUnits(units).toString(minDecimals), expected);
}

void tst_Money::shouldRoundTripThroughText_data()
{
    QTest::addColumn<qint64>("units");

    for (const qint64 value : {qint64(0), qint64(1), qint64(-1), qint64(99), qint64(100000000),
                               qint64(-1234567), qint64(1234567890123456), MaxUnits, MinUnits,
                               MaxUnits - 1, MinUnits + 1}) {
        QTest::addRow("%lld", static_cast<long long>(value)) << value;
    }
}

void tst_Money::shouldRoundTripThroughText()
{
    QFETCH(qint64, units);

    const Money original = Money::fromUnits(units);
    for (int minDecimals = 0; minDecimals <= Money::Decimals; ++minDecimals) {
        const auto parsed = Money::parse(original.toString(minDecimals));
        QVERIFY(parsed);
        QCOMPARE(parsed->units(), units);
    }
}

void tst_Money::shouldRoundByRule_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<RoundingRule>("rule");
    QTest::addColumn<QString>("expected");

    // Expected results per rule, in the order of AllRules:
    // half-up, half-even, half-down, up, down, ceiling, floor.
    struct Case
    {
        const char16_t *value;
        int decimals;
        const char16_t *expected[7];
    };
    const Case cases[] = {
        {u"2.5", 0, {u"3", u"2", u"2", u"3", u"2", u"3", u"2"}},
        {u"-2.5", 0, {u"-3", u"-2", u"-2", u"-3", u"-2", u"-2", u"-3"}},
        {u"3.5", 0, {u"4", u"4", u"3", u"4", u"3", u"4", u"3"}},
        {u"-3.5", 0, {u"-4", u"-4", u"-3", u"-4", u"-3", u"-3", u"-4"}},
        {u"2.45", 1, {u"2.5", u"2.4", u"2.4", u"2.5", u"2.4", u"2.5", u"2.4"}},
        {u"-2.45", 1, {u"-2.5", u"-2.4", u"-2.4", u"-2.5", u"-2.4", u"-2.4", u"-2.5"}},
        {u"2.55", 1, {u"2.6", u"2.6", u"2.5", u"2.6", u"2.5", u"2.6", u"2.5"}},
        {u"2.46", 1, {u"2.5", u"2.5", u"2.5", u"2.5", u"2.4", u"2.5", u"2.4"}},
        {u"2.44", 1, {u"2.4", u"2.4", u"2.4", u"2.5", u"2.4", u"2.5", u"2.4"}},
        {u"-2.44", 1, {u"-2.4", u"-2.4", u"-2.4", u"-2.5", u"-2.4", u"-2.4", u"-2.5"}},
        {u"2.4", 1, {u"2.4", u"2.4", u"2.4", u"2.4", u"2.4", u"2.4", u"2.4"}},
        {u"0.01234567", 2, {u"0.01", u"0.01", u"0.01", u"0.02", u"0.01", u"0.02", u"0.01"}},
        {u"0.005", 2, {u"0.01", u"0.00", u"0.00", u"0.01", u"0.00", u"0.01", u"0.00"}},
        {u"0.015", 2, {u"0.02", u"0.02", u"0.01", u"0.02", u"0.01", u"0.02", u"0.01"}},
        // A negative amount that rounds to zero prints without a sign.
        {u"-0.004", 2, {u"0.00", u"0.00", u"0.00", u"-0.01", u"0.00", u"0.00", u"-0.01"}},
        {u"0.00000001", 0, {u"0", u"0", u"0", u"1", u"0", u"1", u"0"}},
        {u"-0.00000001", 0, {u"0", u"0", u"0", u"-1", u"0", u"0", u"-1"}},
        {u"0.00000001", 8,
         {u"0.00000001", u"0.00000001", u"0.00000001", u"0.00000001", u"0.00000001",
          u"0.00000001", u"0.00000001"}},
        {u"9.999", 2, {u"10.00", u"10.00", u"10.00", u"10.00", u"9.99", u"10.00", u"9.99"}},
        {u"-1.23456785", 7,
         {u"-1.2345679", u"-1.2345678", u"-1.2345678", u"-1.2345679", u"-1.2345678",
          u"-1.2345678", u"-1.2345679"}},
    };
    for (const Case &c : cases) {
        for (int i = 0; i < 7; ++i) {
            const QString value = QString::fromUtf16(c.value);
            const QString rule = roundingRuleName(AllRules[i]);
            QTest::addRow("%s to %d, %s", qPrintable(value), c.decimals, qPrintable(rule))
                    << value << c.decimals << AllRules[i] << QString::fromUtf16(c.expected[i]);
        }
    }
}

void tst_Money::shouldRoundByRule()
{
    QFETCH(QString, value);
    QFETCH(int, decimals);
    QFETCH(RoundingRule, rule);
    QFETCH(QString, expected);

    const Money amount = money(value);
    QCOMPARE(amount.toFixed(decimals, rule), expected);
    const auto rounded = amount.rounded(decimals, rule);
    QVERIFY(rounded);
    QCOMPARE(rounded->toString(decimals), expected);
}

void tst_Money::shouldReportRoundingOverflow()
{
    const Money max = Money::fromUnits(MaxUnits);
    const Money min = Money::fromUnits(MinUnits);

    // 92233720368.54775807 to whole units is 92233720369, beyond qint64 units.
    QVERIFY(!max.rounded(0, RoundingRule::HalfUp));
    QCOMPARE(max.toFixed(0, RoundingRule::HalfUp), u"92233720369"_s);
    QCOMPARE(describe(max.rounded(0, RoundingRule::Down)), units(9223372036800000000));
    QVERIFY(!max.rounded(2, RoundingRule::HalfUp));
    QCOMPARE(max.toFixed(2), u"92233720368.55"_s);
    QCOMPARE(describe(max.rounded(2, RoundingRule::Floor)), units(9223372036854000000));

    QVERIFY(!min.rounded(0, RoundingRule::HalfUp));
    QCOMPARE(min.toFixed(0, RoundingRule::HalfUp), u"-92233720369"_s);
    QCOMPARE(min.toFixed(2, RoundingRule::Ceiling), u"-92233720368.54"_s);
    QCOMPARE(describe(min.rounded(0, RoundingRule::Ceiling)), units(-9223372036800000000));
    QCOMPARE(describe(min.rounded(8)), units(MinUnits));
}

void tst_Money::shouldAddWithOverflowCheck_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<QString>("expected");

    QTest::newRow("small") << qint64(1) << qint64(2) << units(3);
    QTest::newRow("mixed signs") << qint64(-5) << qint64(3) << units(-2);
    QTest::newRow("max plus zero") << MaxUnits << qint64(0) << units(MaxUnits);
    QTest::newRow("max plus one") << MaxUnits << qint64(1) << u"overflow"_s;
    QTest::newRow("min minus one") << MinUnits << qint64(-1) << u"overflow"_s;
    QTest::newRow("min plus max") << MinUnits << MaxUnits << units(-1);
    QTest::newRow("min plus min") << MinUnits << MinUnits << u"overflow"_s;
}

void tst_Money::shouldAddWithOverflowCheck()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(QString, expected);

    QCOMPARE(describe(Money::fromUnits(a).plus(Money::fromUnits(b))), expected);
    QCOMPARE(describe(Money::fromUnits(b).plus(Money::fromUnits(a))), expected);
}

void tst_Money::shouldSubtractWithOverflowCheck_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<QString>("expected");

    QTest::newRow("small") << qint64(5) << qint64(3) << units(2);
    QTest::newRow("below zero") << qint64(3) << qint64(5) << units(-2);
    QTest::newRow("min minus one") << MinUnits << qint64(1) << u"overflow"_s;
    QTest::newRow("zero minus min") << qint64(0) << MinUnits << u"overflow"_s;
    QTest::newRow("minus one minus min") << qint64(-1) << MinUnits << units(MaxUnits);
    QTest::newRow("max minus minus one") << MaxUnits << qint64(-1) << u"overflow"_s;
    QTest::newRow("min minus min") << MinUnits << MinUnits << units(0);
}

void tst_Money::shouldSubtractWithOverflowCheck()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(QString, expected);

    QCOMPARE(describe(Money::fromUnits(a).minus(Money::fromUnits(b))), expected);
}

void tst_Money::shouldMultiplyWithOverflowCheck_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("factor");
    QTest::addColumn<QString>("expected");

    constexpr qint64 TwoToThe62 = qint64(1) << 62;
    QTest::newRow("1.5 times 3") << qint64(150000000) << qint64(3) << units(450000000);
    QTest::newRow("times zero") << MaxUnits << qint64(0) << units(0);
    QTest::newRow("max times 2") << MaxUnits << qint64(2) << u"overflow"_s;
    QTest::newRow("max times -1") << MaxUnits << qint64(-1) << units(-MaxUnits);
    QTest::newRow("min times -1") << MinUnits << qint64(-1) << u"overflow"_s;
    QTest::newRow("min times 1") << MinUnits << qint64(1) << units(MinUnits);
    QTest::newRow("one unit times min") << qint64(1) << MinUnits << units(MinUnits);
    QTest::newRow("minus one unit times min") << qint64(-1) << MinUnits << u"overflow"_s;
    QTest::newRow("2^62 times 2") << TwoToThe62 << qint64(2) << u"overflow"_s;
    QTest::newRow("2^62 times -2") << TwoToThe62 << qint64(-2) << units(MinUnits);
}

void tst_Money::shouldMultiplyWithOverflowCheck()
{
    QFETCH(qint64, a);
    QFETCH(qint64, factor);
    QFETCH(QString, expected);

    QCOMPARE(describe(Money::fromUnits(a).times(factor)), expected);
}

void tst_Money::shouldMulDivExactly_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<RoundingRule>("rule");
    QTest::addColumn<QString>("expected");

    // 0.01234567 per minute for 37 s: 1234567 * 37 / 60 = 45678979 / 60 = 761316 rest 19.
    const qint64 rate = 1234567;
    QTest::newRow("rate 37s half-up") << rate << qint64(37) << qint64(60) << RoundingRule::HalfUp << units(761316);
    QTest::newRow("rate 37s half-even") << rate << qint64(37) << qint64(60) << RoundingRule::HalfEven << units(761316);
    QTest::newRow("rate 37s up") << rate << qint64(37) << qint64(60) << RoundingRule::Up << units(761317);
    QTest::newRow("rate 37s down") << rate << qint64(37) << qint64(60) << RoundingRule::Down << units(761316);
    QTest::newRow("rate 37s ceiling") << rate << qint64(37) << qint64(60) << RoundingRule::Ceiling << units(761317);
    QTest::newRow("rate 37s floor") << rate << qint64(37) << qint64(60) << RoundingRule::Floor << units(761316);
    QTest::newRow("credit 37s half-up") << -rate << qint64(37) << qint64(60) << RoundingRule::HalfUp << units(-761316);
    QTest::newRow("credit 37s floor") << -rate << qint64(37) << qint64(60) << RoundingRule::Floor << units(-761317);
    QTest::newRow("credit 37s ceiling") << -rate << qint64(37) << qint64(60) << RoundingRule::Ceiling << units(-761316);
    // 0.01 per minute for 61 s: 61000000 / 60 = 1016666.67.
    QTest::newRow("cent 61s half-up") << qint64(1000000) << qint64(61) << qint64(60) << RoundingRule::HalfUp << units(1016667);
    QTest::newRow("cent 61s down") << qint64(1000000) << qint64(61) << qint64(60) << RoundingRule::Down << units(1016666);
    // Ties: 150 / 100 = 1.5, 250 / 100 = 2.5, 250 / -100 = -2.5.
    QTest::newRow("1.5 half-up") << qint64(150) << qint64(1) << qint64(100) << RoundingRule::HalfUp << units(2);
    QTest::newRow("1.5 half-even") << qint64(150) << qint64(1) << qint64(100) << RoundingRule::HalfEven << units(2);
    QTest::newRow("1.5 half-down") << qint64(150) << qint64(1) << qint64(100) << RoundingRule::HalfDown << units(1);
    QTest::newRow("2.5 half-up") << qint64(250) << qint64(1) << qint64(100) << RoundingRule::HalfUp << units(3);
    QTest::newRow("2.5 half-even") << qint64(250) << qint64(1) << qint64(100) << RoundingRule::HalfEven << units(2);
    QTest::newRow("-2.5 half-up") << qint64(250) << qint64(1) << qint64(-100) << RoundingRule::HalfUp << units(-3);
    QTest::newRow("-2.5 half-even") << qint64(250) << qint64(1) << qint64(-100) << RoundingRule::HalfEven << units(-2);
    QTest::newRow("-2.5 floor") << qint64(250) << qint64(1) << qint64(-100) << RoundingRule::Floor << units(-3);
    QTest::newRow("-2.5 ceiling") << qint64(250) << qint64(1) << qint64(-100) << RoundingRule::Ceiling << units(-2);
    QTest::newRow("both negative") << qint64(-250) << qint64(1) << qint64(-100) << RoundingRule::HalfUp << units(3);
    // The intermediate product needs more than 64 bits.
    QTest::newRow("max * 2 / 2") << MaxUnits << qint64(2) << qint64(2) << RoundingRule::HalfUp << units(MaxUnits);
    QTest::newRow("max * max / max") << MaxUnits << MaxUnits << MaxUnits << RoundingRule::HalfUp << units(MaxUnits);
    QTest::newRow("min * min / min") << MinUnits << MinUnits << MinUnits << RoundingRule::HalfUp << units(MinUnits);
    QTest::newRow("min * -1 / 2") << MinUnits << qint64(-1) << qint64(2) << RoundingRule::HalfUp << units(qint64(1) << 62);
    QTest::newRow("min * -1 / 1") << MinUnits << qint64(-1) << qint64(1) << RoundingRule::HalfUp << u"overflow"_s;
    QTest::newRow("max * 3 / 2") << MaxUnits << qint64(3) << qint64(2) << RoundingRule::HalfUp << u"overflow"_s;
    QTest::newRow("divide by zero") << qint64(100) << qint64(1) << qint64(0) << RoundingRule::HalfUp << u"overflow"_s;
}

void tst_Money::shouldMulDivExactly()
{
    QFETCH(qint64, a);
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(RoundingRule, rule);
    QFETCH(QString, expected);

    QCOMPARE(describe(Money::fromUnits(a).mulDiv(numerator, denominator, rule)), expected);
}

void tst_Money::shouldNegate_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<QString>("expected");

    QTest::newRow("positive") << qint64(5) << units(-5);
    QTest::newRow("negative") << qint64(-5) << units(5);
    QTest::newRow("zero") << qint64(0) << units(0);
    QTest::newRow("max") << MaxUnits << units(-MaxUnits);
    QTest::newRow("min + 1") << MinUnits + 1 << units(MaxUnits);
    QTest::newRow("min") << MinUnits << u"overflow"_s;
}

void tst_Money::shouldNegate()
{
    QFETCH(qint64, a);
    QFETCH(QString, expected);

    QCOMPARE(describe(Money::fromUnits(a).negated()), expected);
}

void tst_Money::shouldCompareAndClassify()
{
    static_assert(Money::fromUnits(42).units() == 42);
    static_assert(Money() == Money::fromUnits(0));
    static_assert(Money::fromUnits(-1) < Money());

    const Money small = money(u"0.01");
    const Money large = money(u"10");
    QVERIFY(small < large);
    QVERIFY(large > small);
    QVERIFY(small != large);
    QVERIFY(small == money(u"0.010"));
    QVERIFY((Money::fromUnits(MinUnits) <=> Money::fromUnits(MaxUnits)) < 0);
    QVERIFY(Money().isZero());
    QVERIFY(!Money().isNegative());
    QVERIFY(money(u"-0.00000001").isNegative());
    QVERIFY(!money(u"-0.00000001").isZero());
    QVERIFY(money(u"-0").isZero());
}

void tst_Money::shouldNameRoundingRules()
{
    const QStringList names{u"half-up"_s, u"half-even"_s, u"half-down"_s, u"up"_s,
                            u"down"_s,    u"ceiling"_s,   u"floor"_s};
    for (int i = 0; i < 7; ++i) {
        QCOMPARE(roundingRuleName(AllRules[i]), names.at(i));
        const auto rule = roundingRuleFromName(names.at(i));
        QVERIFY(rule);
        QCOMPARE(*rule, AllRules[i]);
    }
    QCOMPARE(roundingRuleFromName(u"Half-Even"), std::optional(RoundingRule::HalfEven));
    QVERIFY(!roundingRuleFromName(u"half_up"));
    QVERIFY(!roundingRuleFromName(u"nearest"));
    QVERIFY(!roundingRuleFromName(u""));
}

QTEST_GUILESS_MAIN(tst_Money)
#include "tst_money.moc"
