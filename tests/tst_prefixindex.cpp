// PrefixIndex on its own: longest prefix, effective dates at their boundaries, rows of one prefix
// over several periods, characters other than digits, an empty index, and every lookup of a
// random deck against a plain scan of its rows (in both of the index's ways of keeping rows).
#include "billing/prefixindex.h"

#include <QSet>
#include <QTest>

#include <random>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Forever = PrefixIndex::Forever;

struct TestRow
{
    QString prefix;
    qint64 from;
    qint64 to;
};

PrefixIndex indexOf(const QList<TestRow> &rows)
{
    std::vector<PrefixIndex::Entry> entries;
    for (qsizetype i = 0; i < rows.size(); ++i)
        entries.push_back({rows[i].prefix, rows[i].from, rows[i].to, int(i)});
    return PrefixIndex(entries);
}

// The reference: the longest prefix of the number's leading digits among the rows in effect.
int scan(const QList<TestRow> &rows, QStringView number, qint64 at)
{
    qsizetype digits = 0;
    while (digits < number.size() && number[digits] >= u'0' && number[digits] <= u'9')
        ++digits;
    int best = -1;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const TestRow &r = rows[i];
        if (at >= r.from && at < r.to && number.first(digits).startsWith(r.prefix)
            && (best < 0 || r.prefix.size() > rows[best].prefix.size()))
            best = int(i);
    }
    return best;
}

// 44 always; 447 over [1000, 2000) and from 2000; 4477 over [3000, 4000); 44771 from 5000.
const QList<TestRow> Layered = {
    {u"44"_s, 0, Forever},
    {u"447"_s, 2000, Forever},
    {u"4477"_s, 3000, 4000},
    {u"447"_s, 1000, 2000},
    {u"44771"_s, 5000, Forever},
};

} // namespace

class tst_PrefixIndex : public QObject
{
    Q_OBJECT

private slots:
    void shouldFindLongestPrefixInEffect_data();
    void shouldFindLongestPrefixInEffect();
    void shouldFindNothingInAnEmptyIndex();
    void shouldMatchEmptyPrefixForAnyNumber();
    void shouldStopAtTheFirstCharacterThatIsNotADigit_data();
    void shouldStopAtTheFirstCharacterThatIsNotADigit();
    void shouldPickThePeriodOfManyRowsOfOnePrefix();
    void shouldAgreeWithAScanOfEveryRow_data();
    void shouldAgreeWithAScanOfEveryRow();
};

void tst_PrefixIndex::shouldFindLongestPrefixInEffect_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<qint64>("at");
    QTest::addColumn<int>("row"); // position in Layered, -1 none
    QTest::newRow("before every period but 44") << u"447712"_s << qint64(999) << 0;
    QTest::newRow("first second of 447's first period") << u"447712"_s << qint64(1000) << 3;
    QTest::newRow("last second of it") << u"447712"_s << qint64(1999) << 3;
    QTest::newRow("first second of the next") << u"447712"_s << qint64(2000) << 1;
    QTest::newRow("4477 begins") << u"447712"_s << qint64(3000) << 2;
    QTest::newRow("4477's last second") << u"447712"_s << qint64(3999) << 2;
    QTest::newRow("4477 has ended: back to 447") << u"447712"_s << qint64(4000) << 1;
    QTest::newRow("44771 not begun: 447") << u"447712"_s << qint64(4999) << 1;
    QTest::newRow("44771 begins") << u"447712"_s << qint64(5000) << 4;
    QTest::newRow("44771 is the whole number") << u"44771"_s << qint64(5000) << 4;
    QTest::newRow("number shorter than the deep prefix") << u"4477"_s << qint64(5000) << 1;
    QTest::newRow("sibling branch") << u"4478"_s << qint64(3500) << 1;
    QTest::newRow("only the country") << u"4412345"_s << qint64(3500) << 0;
    QTest::newRow("other country") << u"3312345"_s << qint64(3500) << -1;
    QTest::newRow("a single digit") << u"4"_s << qint64(3500) << -1;
    QTest::newRow("empty number") << u""_s << qint64(3500) << -1;
    QTest::newRow("before time began") << u"447712"_s << qint64(-1) << -1;
    QTest::newRow("the end of time") << u"447712"_s << std::numeric_limits<qint64>::max() - 1 << 4;
}

void tst_PrefixIndex::shouldFindLongestPrefixInEffect()
{
    QFETCH(QString, number);
    QFETCH(qint64, at);
    QFETCH(int, row);
    const PrefixIndex index = indexOf(Layered);
    QCOMPARE(index.find(number, at), row);
    const QByteArray latin = number.toLatin1();
    QCOMPARE(index.find(latin.constData(), latin.size(), at), row);
    QCOMPARE(scan(Layered, number, at), row); // the reference agrees with the table
}

void tst_PrefixIndex::shouldFindNothingInAnEmptyIndex()
{
    const PrefixIndex none;
    QCOMPARE(none.find(u"447712", 0), -1);
    QCOMPARE(none.find("", 0, 0), -1);
    QCOMPARE(none.nodeCount(), 0);
    const PrefixIndex empty{std::vector<PrefixIndex::Entry>{}};
    QCOMPARE(empty.find(u"447712", 0), -1);
}

void tst_PrefixIndex::shouldMatchEmptyPrefixForAnyNumber()
{
    const QList<TestRow> rows = {{u""_s, 100, 200}, {u"1"_s, 0, Forever}};
    const PrefixIndex index = indexOf(rows);
    QCOMPARE(index.find(u"2345", 150), 0);
    QCOMPARE(index.find(u"", 150), 0);
    QCOMPARE(index.find(u"2345", 200), -1);  // the catch-all has ended
    QCOMPARE(index.find(u"1345", 150), 1);
}

void tst_PrefixIndex::shouldStopAtTheFirstCharacterThatIsNotADigit_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<int>("row");
    QTest::newRow("plus first: only the empty prefix") << u"+447712"_s << 0;
    QTest::newRow("space after the country") << u"44 7712"_s << 1;
    QTest::newRow("dash inside the deep prefix") << u"4477-12"_s << 3;
    QTest::newRow("letters") << u"44A"_s << 1;
    QTest::newRow("Arabic-Indic digits are not 0-9") << u"44\u0667"_s << 1;
    QTest::newRow("full-width digits are not 0-9") << u"44\uff17"_s << 1;
    QTest::newRow("a character below '0'") << u"44/"_s << 1;
    QTest::newRow("a character above '9'") << u"44:"_s << 1;
}

void tst_PrefixIndex::shouldStopAtTheFirstCharacterThatIsNotADigit()
{
    QFETCH(QString, number);
    QFETCH(int, row);
    const QList<TestRow> rows = {{u""_s, 0, Forever}, {u"44"_s, 0, Forever}, {u"447"_s, 0, Forever},
                                 {u"4477"_s, 0, Forever}, {u"447712"_s, 0, Forever}};
    const PrefixIndex index = indexOf(rows);
    QCOMPARE(index.find(number, 0), row);
    const QByteArray utf8 = number.toUtf8(); // bytes of multi-byte characters are not digits
    QCOMPARE(index.find(utf8.constData(), utf8.size(), 0), row);
}

void tst_PrefixIndex::shouldPickThePeriodOfManyRowsOfOnePrefix()
{
    // 40 consecutive monthly rates of one prefix under a country-wide one, added out of order:
    // more than a short scan covers, so the rows are searched by halves.
    QList<TestRow> rows = {{u"49"_s, 0, Forever}};
    for (int month = 39; month >= 0; --month)
        rows.append({u"4930"_s, 1000 + month * 100, month == 39 ? Forever : 1000 + (month + 1) * 100});
    rows.append({u"49301"_s, 1550, 1560});
    const PrefixIndex index = indexOf(rows);
    for (qint64 at = 900; at < 5200; at += 7) {
        for (QStringView number : {u"4930123"_s, u"4930999"_s, u"4931"_s})
            QCOMPARE(index.find(number, at), scan(rows, number, at));
    }
    QCOMPARE(index.find(u"4930", 999), 0);
    QCOMPARE(index.find(u"4930", 1000), 40);   // month 0 was added last
    QCOMPARE(index.find(u"4930", 1099), 40);
    QCOMPARE(index.find(u"4930", 1100), 39);
    QCOMPARE(index.find(u"49301", 1559), 41);
    QCOMPARE(index.find(u"49301", 1560), 35);  // month 5 (1500-1600) was the 35th added
}

void tst_PrefixIndex::shouldAgreeWithAScanOfEveryRow_data()
{
    QTest::addColumn<int>("prefixes");
    QTest::addColumn<int>("moments"); // the range period boundaries are drawn from
    QTest::addColumn<int>("lookups");
    QTest::newRow("few moments: latest row of each node inline") << 3000 << 12 << 20000;
    QTest::newRow("more than 65536 moments: every row in the list") << 30000 << 1000000 << 3000;
}

void tst_PrefixIndex::shouldAgreeWithAScanOfEveryRow()
{
    QFETCH(int, prefixes);
    QFETCH(int, moments);
    QFETCH(int, lookups);
    std::mt19937 random(11);
    // Prefixes of 0-8 digits drawn from four digits, so they nest in one another; each has 1-4
    // consecutive periods, adjacent or with gaps, the last one sometimes open-ended.
    QSet<QString> seen;
    QList<TestRow> rows;
    while (seen.size() < prefixes) {
        QString prefix;
        for (int n = int(random() % 9); n > 0; --n)
            prefix.append(QChar(u'0' + int(random() % 4)));
        if (seen.contains(prefix))
            continue;
        seen.insert(prefix);
        qint64 start = qint64(random() % unsigned(moments));
        for (int periods = 1 + int(random() % 4); periods > 0; --periods) {
            const qint64 end = start + 1 + qint64(random() % 5);
            rows.append({prefix, start, periods == 1 && random() % 2 ? Forever : end});
            start = end + qint64(random() % 2);
        }
    }
    const PrefixIndex index = indexOf(rows);
    for (int i = 0; i < lookups; ++i) {
        const TestRow &near = rows[qsizetype(random() % unsigned(rows.size()))];
        QString number = near.prefix; // mostly numbers that reach deep into the trie
        for (int n = int(random() % 4); n > 0; --n)
            number.append(QChar(u'0' + int(random() % 5)));
        const qint64 at = near.from + qint64(random() % 9) - 3; // around a boundary
        QCOMPARE(index.find(number, at), scan(rows, number, at));
    }
}

QTEST_GUILESS_MAIN(tst_PrefixIndex)
#include "tst_prefixindex.moc"
