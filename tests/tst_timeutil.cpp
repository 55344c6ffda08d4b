#include "core/timeutil.h"

#include <QTest>
#include <QTimeZone>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

// 2024-03-01T12:00:00Z: 2024-01-01 is 19723 days after the epoch (1704067200), March 1st is
// 60 days later in a leap year, plus 12 hours.
constexpr qint64 March1Noon = 1709294400;
constexpr qint64 March1Midnight = 1709251200;
// 2024-07-01T12:00:00Z (182 days after 2024-01-01).
constexpr qint64 July1Noon = 1719835200;
// 2024-03-31T00:00:00Z, the day London's clocks go from 01:00 GMT to 02:00 BST.
constexpr qint64 March31Midnight = 1711843200;
// 2024-10-27T00:00:00Z, the day London's clocks go back from 02:00 BST to 01:00 GMT.
constexpr qint64 October27Midnight = 1729987200;

// An empty id means UTC.
QTimeZone zoneFor(const QByteArray &id)
{
    return id.isEmpty() ? QTimeZone::utc() : QTimeZone(id);
}

} // namespace

class tst_TimeUtil : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldConvertGregorianSeconds_data();
    void shouldConvertGregorianSeconds();
    void shouldConvertEpochMilliseconds_data();
    void shouldConvertEpochMilliseconds();
    void shouldParseTimestamp_data();
    void shouldParseTimestamp();
    void shouldRejectLocalTimeInDstGap();
    void shouldRejectMalformedTimestamp_data();
    void shouldRejectMalformedTimestamp();
    void shouldRejectLocalTimeInInvalidZone();
    void shouldFormatIso_data();
    void shouldFormatIso();
    void shouldFormatDuration_data();
    void shouldFormatDuration();
    void shouldParseDuration_data();
    void shouldParseDuration();
    void shouldRejectMalformedDuration_data();
    void shouldRejectMalformedDuration();
};

void tst_TimeUtil::shouldConvertGregorianSeconds_data()
{
    QTest::addColumn<qint64>("gregorian");
    QTest::addColumn<qint64>("unixSeconds");

    QTest::newRow("unix epoch") << qint64(62167219200) << qint64(0);
    QTest::newRow("gregorian epoch") << qint64(0) << qint64(-62167219200);
    QTest::newRow("2024-03-01 noon") << qint64(63876513600) << March1Noon;
    QTest::newRow("one second before unix epoch") << qint64(62167219199) << qint64(-1);
}

void tst_TimeUtil::shouldConvertGregorianSeconds()
{
    QFETCH(qint64, gregorian);
    QFETCH(qint64, unixSeconds);

    static_assert(TimeUtil::unixFromGregorian(TimeUtil::GregorianUnixOffset) == 0);
    static_assert(TimeUtil::gregorianFromUnix(0) == 62167219200);
    QCOMPARE(TimeUtil::unixFromGregorian(gregorian), unixSeconds);
    QCOMPARE(TimeUtil::gregorianFromUnix(unixSeconds), gregorian);
}

void tst_TimeUtil::shouldConvertEpochMilliseconds_data()
{
    QTest::addColumn<qint64>("epochMs");
    QTest::addColumn<qint64>("unixSeconds");

    QTest::newRow("zero") << qint64(0) << qint64(0);
    QTest::newRow("999 ms") << qint64(999) << qint64(0);
    QTest::newRow("1000 ms") << qint64(1000) << qint64(1);
    QTest::newRow("PBX value") << qint64(1709294400123) << March1Noon;
    QTest::newRow("-1 ms") << qint64(-1) << qint64(-1);
    QTest::newRow("-999 ms") << qint64(-999) << qint64(-1);
    QTest::newRow("-1000 ms") << qint64(-1000) << qint64(-1);
    QTest::newRow("-1001 ms") << qint64(-1001) << qint64(-2);
    QTest::newRow("-1500 ms") << qint64(-1500) << qint64(-2);
    QTest::newRow("most negative") << std::numeric_limits<qint64>::min()
                                   << qint64(-9223372036854776);
    QTest::newRow("largest") << std::numeric_limits<qint64>::max() << qint64(9223372036854775);
}

void tst_TimeUtil::shouldConvertEpochMilliseconds()
{
    QFETCH(qint64, epochMs);
    QFETCH(qint64, unixSeconds);

    static_assert(TimeUtil::epochMsFromUnix(-1) == -1000);
    QCOMPARE(TimeUtil::unixFromEpochMs(epochMs), unixSeconds);
    QCOMPARE(TimeUtil::epochMsFromUnix(March1Noon), qint64(1709294400000));
    QCOMPARE(TimeUtil::unixFromEpochMs(TimeUtil::epochMsFromUnix(-5)), qint64(-5));
}

void tst_TimeUtil::shouldParseTimestamp_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<qint64>("expected");

    const QByteArray utc;
    QTest::newRow("unix seconds") << u"1709294400"_s << utc << March1Noon;
    QTest::newRow("unix seconds, spaces") << u"  1709294400 "_s << utc << March1Noon;
    QTest::newRow("unix zero") << u"0"_s << utc << qint64(0);
    QTest::newRow("negative unix seconds") << u"-86400"_s << utc << qint64(-86400);
    QTest::newRow("unix seconds ignore zone") << u"1709294400"_s << QByteArray("Europe/Berlin") << March1Noon;
    QTest::newRow("Z") << u"2024-03-01T12:00:00Z"_s << utc << March1Noon;
    QTest::newRow("lower-case t and z") << u"2024-03-01t12:00:00z"_s << utc << March1Noon;
    QTest::newRow("+02:00") << u"2024-03-01T14:00:00+02:00"_s << utc << March1Noon;
    QTest::newRow("+0200") << u"2024-03-01T14:00:00+0200"_s << utc << March1Noon;
    QTest::newRow("-07") << u"2024-03-01T05:00:00-07"_s << utc << March1Noon;
    QTest::newRow("-05:30") << u"2024-03-01T06:30:00-05:30"_s << utc << March1Noon;
    QTest::newRow("offset into previous day") << u"2024-03-01T00:30:00+01:00"_s << utc << March1Midnight - 1800;
    QTest::newRow("fraction") << u"2024-03-01T12:00:00.999Z"_s << utc << March1Noon;
    QTest::newRow("fraction with comma") << u"2024-03-01T12:00:00,5Z"_s << utc << March1Noon;
    QTest::newRow("fraction and offset") << u"2024-03-01T14:00:00.123456+02:00"_s << utc << March1Noon;
    QTest::newRow("space separator, Z") << u"2024-03-01 12:00:00Z"_s << utc << March1Noon;
    QTest::newRow("space separator, local") << u"2024-03-01 12:00:00"_s << utc << March1Noon;
    QTest::newRow("no seconds") << u"2024-03-01T12:00"_s << utc << March1Noon;
    QTest::newRow("no seconds, Z") << u"2024-03-01T12:00Z"_s << utc << March1Noon;
    QTest::newRow("no seconds, offset") << u"2024-03-01T13:00+01:00"_s << utc << March1Noon;
    QTest::newRow("date alone") << u"2024-03-01"_s << utc << March1Midnight;
    QTest::newRow("leap day") << u"2024-02-29T00:00:00Z"_s << utc << March1Midnight - 86400;
    QTest::newRow("epoch") << u"1970-01-01T00:00:00Z"_s << utc << qint64(0);
    QTest::newRow("before epoch") << u"1969-12-31T23:59:59Z"_s << utc << qint64(-1);
    QTest::newRow("before epoch, fraction") << u"1969-12-31T23:59:59.750Z"_s << utc << qint64(-1);
    QTest::newRow("Berlin winter") << u"2024-03-01 13:00:00"_s << QByteArray("Europe/Berlin") << March1Noon;
    QTest::newRow("New York winter") << u"2024-03-01T07:00:00"_s << QByteArray("America/New_York") << March1Noon;
    QTest::newRow("fixed offset zone") << u"2024-03-01 13:00"_s << QByteArray("UTC+01:00") << March1Noon;
    QTest::newRow("London summer") << u"2024-07-01 13:00:00"_s << QByteArray("Europe/London") << July1Noon;
    QTest::newRow("London, explicit Z wins") << u"2024-07-01T12:00:00Z"_s << QByteArray("Europe/London") << July1Noon;
    // Midnight BST is 23:00 GMT the day before.
    QTest::newRow("London summer date") << u"2024-07-01"_s << QByteArray("Europe/London") << July1Noon - 13 * 3600;
    QTest::newRow("London before gap") << u"2024-03-31 00:59:59"_s << QByteArray("Europe/London") << March31Midnight + 3599;
    QTest::newRow("London after gap") << u"2024-03-31 02:00:00"_s << QByteArray("Europe/London") << March31Midnight + 3600;
    // 01:30 happens twice; Qt 6.4 takes the standard-time (GMT) one.
    QTest::newRow("London overlap") << u"2024-10-27 01:30:00"_s << QByteArray("Europe/London") << October27Midnight + 5400;
    QTest::newRow("London before overlap") << u"2024-10-27 00:59:59"_s << QByteArray("Europe/London") << October27Midnight - 1;
}

void tst_TimeUtil::shouldParseTimestamp()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, zone);
    QFETCH(qint64, expected);

    const QTimeZone timeZone = zoneFor(zone);
    if (!timeZone.isValid())
        QSKIP("time zone data not available");
    QString error;
    const auto parsed = TimeUtil::parseTimestamp(text, timeZone, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(*parsed, expected);
}

void tst_TimeUtil::shouldRejectLocalTimeInDstGap()
{
    const QTimeZone london("Europe/London");
    if (!london.isValid())
        QSKIP("time zone data not available");

    // Local 01:00-01:59:59 on 2024-03-31 does not exist in London.
    for (const QString &text : {u"2024-03-31 01:30:00"_s, u"2024-03-31T01:00"_s}) {
        QString error;
        const auto parsed = TimeUtil::parseTimestamp(text, london, &error);
#if QT_VERSION < QT_VERSION_CHECK(6, 7, 0)
        QVERIFY(!parsed);
        QVERIFY(error.contains(u"Europe/London"_s));
        QVERIFY(error.contains(text));
#else
        // Newer Qt resolves the gap with the offset before it (GMT).
        QVERIFY(parsed);
        QCOMPARE(*parsed, March31Midnight + (text.contains(u"01:30"_s) ? 5400 : 3600));
#endif
    }
    // The same wall-clock time with an explicit offset is an ordinary instant.
    QCOMPARE(TimeUtil::parseTimestamp(u"2024-03-31T01:30:00+00:00", london),
             std::optional<qint64>(March31Midnight + 5400));
}

void tst_TimeUtil::shouldRejectMalformedTimestamp_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << u"  "_s;
    QTest::newRow("minus") << u"-"_s;
    QTest::newRow("plus sign on seconds") << u"+1709294400"_s;
    QTest::newRow("letters") << u"abc"_s;
    QTest::newRow("exponent") << u"1e9"_s;
    QTest::newRow("seconds overflow") << u"99999999999999999999"_s;
    QTest::newRow("short month") << u"2024-3-01"_s;
    QTest::newRow("slashes") << u"2024/03/01"_s;
    QTest::newRow("time alone") << u"12:00:00"_s;
    QTest::newRow("dangling T") << u"2024-03-01T"_s;
    QTest::newRow("hour only") << u"2024-03-01T12"_s;
    QTest::newRow("two spaces") << u"2024-03-01  12:00"_s;
    QTest::newRow("dangling colon") << u"2024-03-01T12:00:"_s;
    QTest::newRow("dangling fraction") << u"2024-03-01T12:00:00.Z"_s;
    QTest::newRow("fraction without seconds") << u"2024-03-01T12:00.5Z"_s;
    QTest::newRow("dangling sign") << u"2024-03-01T12:00:00+"_s;
    QTest::newRow("one-digit offset") << u"2024-03-01T12:00:00+2"_s;
    QTest::newRow("short offset minutes") << u"2024-03-01T12:00:00+02:0"_s;
    QTest::newRow("space before Z") << u"2024-03-01T12:00:00 Z"_s;
    QTest::newRow("trailing junk") << u"2024-03-01T12:00:00Zjunk"_s;
    QTest::newRow("month 13") << u"2024-13-01"_s;
    QTest::newRow("February 30") << u"2024-02-30"_s;
    QTest::newRow("February 29, not leap") << u"2023-02-29T00:00:00Z"_s;
    QTest::newRow("hour 24") << u"2024-03-01T24:00:00Z"_s;
    QTest::newRow("minute 60") << u"2024-03-01T12:60Z"_s;
    QTest::newRow("second 60") << u"2024-03-01T12:00:60Z"_s;
    QTest::newRow("offset hour 24") << u"2024-03-01T12:00:00+24:00"_s;
    QTest::newRow("offset minute 60") << u"2024-03-01T12:00:00+01:60"_s;
}

void tst_TimeUtil::shouldRejectMalformedTimestamp()
{
    QFETCH(QString, text);

    QString error;
    QVERIFY(!TimeUtil::parseTimestamp(text, QTimeZone::utc(), &error));
    QVERIFY(!error.isEmpty());
}

void tst_TimeUtil::shouldRejectLocalTimeInInvalidZone()
{
    const QTimeZone bogus("Not/A_Zone");
    QVERIFY(!bogus.isValid());
    QString error;
    QVERIFY(!TimeUtil::parseTimestamp(u"2024-03-01 12:00", bogus, &error));
    QVERIFY(!error.isEmpty());
    // Text that names its own offset does not need the zone.
    QCOMPARE(TimeUtil::parseTimestamp(u"2024-03-01T12:00Z", bogus), std::optional(March1Noon));
}

void tst_TimeUtil::shouldFormatIso_data()
{
    QTest::addColumn<qint64>("unixSeconds");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("expected");

    const QByteArray utc;
    QTest::newRow("UTC") << March1Noon << utc << u"2024-03-01T12:00:00Z"_s;
    QTest::newRow("epoch") << qint64(0) << utc << u"1970-01-01T00:00:00Z"_s;
    QTest::newRow("before epoch") << qint64(-1) << utc << u"1969-12-31T23:59:59Z"_s;
    QTest::newRow("leap day 2000") << qint64(951782400) << utc << u"2000-02-29T00:00:00Z"_s;
    QTest::newRow("Kazoo value") << TimeUtil::unixFromGregorian(63876513600) << utc << u"2024-03-01T12:00:00Z"_s;
    QTest::newRow("Berlin") << March1Noon << QByteArray("Europe/Berlin") << u"2024-03-01T13:00:00+01:00"_s;
    QTest::newRow("Kolkata") << March1Noon << QByteArray("Asia/Kolkata") << u"2024-03-01T17:30:00+05:30"_s;
    QTest::newRow("New York") << March1Noon << QByteArray("America/New_York") << u"2024-03-01T07:00:00-05:00"_s;
    QTest::newRow("London winter") << March1Noon << QByteArray("Europe/London") << u"2024-03-01T12:00:00+00:00"_s;
    QTest::newRow("London summer") << July1Noon << QByteArray("Europe/London") << u"2024-07-01T13:00:00+01:00"_s;
    QTest::newRow("London, last GMT second") << March31Midnight + 3599 << QByteArray("Europe/London") << u"2024-03-31T00:59:59+00:00"_s;
    QTest::newRow("London, first BST second") << March31Midnight + 3600 << QByteArray("Europe/London") << u"2024-03-31T02:00:00+01:00"_s;
}

void tst_TimeUtil::shouldFormatIso()
{
    QFETCH(qint64, unixSeconds);
    QFETCH(QByteArray, zone);
    QFETCH(QString, expected);

    const QTimeZone timeZone = zoneFor(zone);
    if (!timeZone.isValid())
        QSKIP("time zone data not available");
    QCOMPARE(TimeUtil::formatIso(unixSeconds, timeZone), expected);
    // What we print we read back, in any zone.
    QCOMPARE(TimeUtil::parseTimestamp(expected, QTimeZone::utc()), std::optional(unixSeconds));
}

void tst_TimeUtil::shouldFormatDuration_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero") << qint64(0) << u"0:00:00"_s;
    QTest::newRow("7 s") << qint64(7) << u"0:00:07"_s;
    QTest::newRow("59 s") << qint64(59) << u"0:00:59"_s;
    QTest::newRow("60 s") << qint64(60) << u"0:01:00"_s;
    QTest::newRow("3599 s") << qint64(3599) << u"0:59:59"_s;
    QTest::newRow("3600 s") << qint64(3600) << u"1:00:00"_s;
    QTest::newRow("3723 s") << qint64(3723) << u"1:02:03"_s;
    QTest::newRow("27 h") << qint64(97200) << u"27:00:00"_s;
    QTest::newRow("-7 s") << qint64(-7) << u"-0:00:07"_s;
    QTest::newRow("-3723 s") << qint64(-3723) << u"-1:02:03"_s;
    // 2^63 = 2562047788015215 * 3600 + 1808, and 1808 s = 30 min 8 s.
    QTest::newRow("most negative") << std::numeric_limits<qint64>::min() << u"-2562047788015215:30:08"_s;
    QTest::newRow("largest") << std::numeric_limits<qint64>::max() << u"2562047788015215:30:07"_s;
}

void tst_TimeUtil::shouldFormatDuration()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, expected);

    QCOMPARE(TimeUtil::formatDuration(seconds), expected);
    if (seconds >= 0)
        QCOMPARE(TimeUtil::parseDuration(expected), std::optional(seconds));
}

void tst_TimeUtil::shouldParseDuration_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("HH:MM:SS") << u"00:00:07"_s << qint64(7);
    QTest::newRow("H:MM:SS") << u"0:00:07"_s << qint64(7);
    QTest::newRow("1:02:03") << u"1:02:03"_s << qint64(3723);
    QTest::newRow("01:02:03") << u"01:02:03"_s << qint64(3723);
    QTest::newRow("27 h") << u"27:00:00"_s << qint64(97200);
    QTest::newRow("100 h") << u"100:00:00"_s << qint64(360000);
    QTest::newRow("MM:SS") << u"02:03"_s << qint64(123);
    QTest::newRow("M:SS") << u"2:03"_s << qint64(123);
    QTest::newRow("59:59") << u"59:59"_s << qint64(3599);
    QTest::newRow("75 min") << u"75:00"_s << qint64(4500);
    QTest::newRow("spaces trimmed") << u" 00:01:00 "_s << qint64(60);
}

void tst_TimeUtil::shouldParseDuration()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);

    QCOMPARE(TimeUtil::parseDuration(text), std::optional(expected));
}

void tst_TimeUtil::shouldRejectMalformedDuration_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("seconds alone") << u"7"_s;
    QTest::newRow("one-digit fields") << u"1:2:3"_s;
    QTest::newRow("one-digit seconds") << u"1:02:3"_s;
    QTest::newRow("minute 60") << u"00:60:00"_s;
    QTest::newRow("second 60") << u"00:00:60"_s;
    QTest::newRow("MM:SS second 60") << u"05:60"_s;
    QTest::newRow("letters") << u"a:00:00"_s;
    QTest::newRow("negative") << u"-1:00:00"_s;
    QTest::newRow("four fields") << u"1:00:00:00"_s;
    QTest::newRow("empty field") << u"1::00"_s;
    QTest::newRow("empty leading field") << u":00:00"_s;
    QTest::newRow("fraction") << u"1:02:03.5"_s;
    QTest::newRow("inner space") << u"01 :02"_s;
    QTest::newRow("hours overflow digits") << u"99999999999999999999:00:00"_s;
    // 2562047788015216 h = 9223372036854777600 s, past the largest qint64.
    QTest::newRow("hours overflow seconds") << u"2562047788015216:00:00"_s;
}

void tst_TimeUtil::shouldRejectMalformedDuration()
{
    QFETCH(QString, text);

    QVERIFY(!TimeUtil::parseDuration(text));
}

QTEST_GUILESS_MAIN(tst_TimeUtil)
#include "tst_timeutil.moc"
