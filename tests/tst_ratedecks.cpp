// Rate decks end to end: the store on every backend, the importers against real and broken
// files, export, rating a demo store, and cdrdesk-cli's deck and rate commands.
#include "testsupport.h"

#include "billing/callrating.h"
#include "billing/cgratesimport.h"
#include "billing/deckcsv.h"
#include "billing/ratedeckstore.h"
#include "billing/rater.h"
#include "store/database.h"

#include <QBuffer>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Jan2026 = 1767225600;  // 2026-01-01T00:00:00Z
constexpr qint64 Jan2027 = 1798761600;  // 2027-01-01T00:00:00Z

QString data(const QString &relative)
{
    return QStringLiteral(CDRDESK_SOURCE_DIR) + u"/tests/data/"_s + relative;
}

Money money(QStringView text)
{
    const auto parsed = Money::parse(text);
    Q_ASSERT(parsed);
    return *parsed;
}

RateRow row(const QString &prefix, const QString &destination, QStringView rate, qint64 initial = 60,
            qint64 subsequent = 60)
{
    RateRow r;
    r.prefix = prefix;
    r.destination = destination;
    r.rate = money(rate);
    r.initialIncrement = initial;
    r.subsequentIncrement = subsequent;
    return r;
}

// One line per row with every field, so that a failed comparison shows what differs.
QStringList describe(QList<RateRow> rows)
{
    std::sort(rows.begin(), rows.end(), [](const RateRow &a, const RateRow &b) {
        return std::tie(a.prefix, a.effectiveFrom) < std::tie(b.prefix, b.effectiveFrom);
    });
    const auto optional = [](const std::optional<Money> &m) { return m ? m->toString(0) : u"-"_s; };
    QStringList lines;
    for (const RateRow &r : rows)
        lines.append(u"%1|%2|%3|%4|%5|%6/%7|fee %8|min %9|%10-%11"_s.arg(r.prefix, r.destination, r.rate.toString(0),
                                                                         optional(r.subsequentRate), optional(r.offpeakRate))
                         .arg(r.initialIncrement).arg(r.subsequentIncrement)
                         .arg(r.connectionFee.toString(0)).arg(r.minimumDuration).arg(r.effectiveFrom)
                         .arg(r.effectiveTo ? QString::number(*r.effectiveTo) : u"open"_s));
    return lines;
}

// A deck with every rule and every row field set to something other than its default.
RateDeck fullDeck(const QString &name = u"retail"_s)
{
    DeckRules rules;
    const QList<std::pair<QString, QString>> values = {{u"anchor"_s, u"whole-duration"_s}, {u"connection-fee"_s, u"0.015"_s},
                                     {u"grace"_s, u"3"_s}, {u"no-charge-below"_s, u"2"_s}, {u"included"_s, u"120"_s},
                                     {u"minimum-cost"_s, u"0.02"_s}, {u"billable"_s, u"answer,busy"_s},
                                     {u"peak"_s, u"mon-fri 08-18, sat 09-13"_s}, {u"timezone"_s, u"Europe/London"_s},
                                     {u"rounding"_s, u"half-even"_s}, {u"decimals"_s, u"5"_s}};
    for (const auto &[key, value] : values) {
        const auto ok = rules.set(key, value);
        Q_ASSERT(ok);
    }
    RateRow mobile = row(u"447"_s, u"United Kingdom, mobile — \"Zoë\""_s, u"0.085", 30, 6);
    mobile.subsequentRate = money(u"0.06");
    mobile.offpeakRate = money(u"0.04");
    mobile.connectionFee = money(u"0.01");
    mobile.minimumDuration = 30;
    mobile.effectiveFrom = Jan2026;
    mobile.effectiveTo = Jan2027;
    RateRow later = row(u"447"_s, u"United Kingdom, mobile"_s, u"0.08", 30, 6);
    later.effectiveFrom = Jan2027;
    RateRow rest = row(QString(), u"Everything else"_s, u"0.00016667", 1, 1);
    RateRow big = row(u"1"_s, u"North America"_s, u"12345678.12345678");
    big.offpeakRate = Money();  // set, and zero: not the same as unset
    auto deck = RateDeck::create(name, u"GBP"_s, rules, {mobile, later, rest, big});
    Q_ASSERT(deck);
    return *deck;
}

using Run = TestSupport::CliRun;

Run cli(const QStringList &arguments)
{
    return TestSupport::runCli(arguments);
}

// An empty SQLite store of the current schema at `path`, for the CLI to write to.
bool createStore(const QString &path)
{
    return bool(Database::open(DatabaseSpec::sqlite(path), Database::OpenMode::CreateIfMissing));
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_RateDecks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;  // a demo store for the CLI tests, rated only by them

    std::unique_ptr<Database> openEmpty(const QString &backend)
    {
        return TestSupport::openEmptyStore(backend, m_dir);
    }

    std::unique_ptr<Database> openDemo(const QString &file)
    {
        QString error;
        const DatabaseSpec spec = TestSupport::demoStore(m_dir.filePath(file), 300, 7, 30, &error);
        if (!error.isEmpty()) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        auto db = Database::open(spec);
        return db ? std::move(db.value()) : nullptr;
    }

    // The deck the demo calls are rated under; its rows are worked by hand in the tests below.
    static RateDeck demoDeck()
    {
        RateRow london = row(u"4420"_s, u"United Kingdom, London"_s, u"0.015", 30, 6);
        RateRow uk = row(u"44"_s, u"United Kingdom"_s, u"0.02");
        uk.connectionFee = money(u"0.05");
        auto deck = RateDeck::create(u"demo"_s, u"USD"_s, DeckRules(),
                                     {row(u"1"_s, u"North America"_s, u"0.012", 6, 6), uk, london,
                                      row(u"49"_s, u"Germany"_s, u"0.03", 1, 1)});
        Q_ASSERT(deck);
        return *deck;
    }

    // What rating writes: every call's rated cost, prefix and deck, then every charge.
    static QStringList ratedState(Database &db)
    {
        QStringList state;
        QSqlQuery q(db.connection());
        q.exec(u"SELECT uniqueid, rated_cost, rated_prefix, rated_deck FROM calls ORDER BY uniqueid"_s);
        while (q.next())
            state.append(u"call %1 %2 %3 %4"_s.arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()));
        q.exec(u"SELECT call_id, customer_id, role, cost, currency, deck_id, prefix FROM call_charges ORDER BY call_id"_s);
        while (q.next())
            state.append(u"charge %1 %2 %3 %4 %5 %6 %7"_s.arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                                             q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                                                             q.value(6).toString()));
        return state;
    }

    // uniqueid → rated_cost in units, and the number of charges.
    static std::pair<QHash<QString, qint64>, qint64> ratedCosts(Database &db)
    {
        QHash<QString, qint64> costs;
        QSqlQuery q(db.connection());
        q.exec(u"SELECT uniqueid, rated_cost FROM calls"_s);
        while (q.next())
            costs.insert(q.value(0).toString(), q.value(1).toLongLong());
        q.exec(u"SELECT COUNT(*) FROM call_charges"_s);
        return {costs, q.next() ? q.value(0).toLongLong() : -1};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_demo = TestSupport::demoStore(m_dir.filePath(u"cli.db"_s), 300, 7, 30, &error).path;
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void shouldRoundTripEveryFieldThroughTheStore_data()
    {
        QTest::addColumn<QString>("backend");
        for (const QString &backend : TestSupport::backends())
            QTest::newRow(qPrintable(backend)) << backend;
    }
    void shouldRoundTripEveryFieldThroughTheStore()
    {
        QFETCH(QString, backend);
        auto db = openEmpty(backend);
        QVERIFY(db);
        RateDeckStore store(*db);
        const RateDeck deck = fullDeck();
        const Result<qint64> id = store.save(deck);
        QVERIFY2(id, qPrintable(id.error()));
        const Result<RateDeck> loaded = store.load(u"retail"_s);
        QVERIFY2(loaded, qPrintable(loaded.error()));
        QCOMPARE(loaded->id(), *id);
        QCOMPARE(loaded->name(), u"retail"_s);
        QCOMPARE(loaded->currency(), u"GBP"_s);
        for (const QString &key : DeckRules::keys())
            QCOMPARE(loaded->rules().value(key), deck.rules().value(key));
        QVERIFY(loaded->rules() == deck.rules());
        QCOMPARE(describe(loaded->rows()), describe(deck.rows()));
        QCOMPARE(describe(loaded->rows()).first(),
                 u"|Everything else|0.00016667|-|-|1/1|fee 0|min 0|0-open"_s);
        // The loaded deck matches as the saved one: the index was rebuilt.
        QCOMPARE(loaded->match(u"447700900123", Jan2026 + 10)->rate, money(u"0.085"));
        QCOMPARE(loaded->match(u"447700900123", Jan2027)->rate, money(u"0.08"));
        QCOMPARE(loaded->match(u"33", 0)->destination, u"Everything else"_s);
        QVERIFY(!store.load(u"missing"_s));
    }

    void shouldReplaceADeckOfTheSameName_data() { shouldRoundTripEveryFieldThroughTheStore_data(); }
    void shouldReplaceADeckOfTheSameName()
    {
        QFETCH(QString, backend);
        auto db = openEmpty(backend);
        QVERIFY(db);
        RateDeckStore store(*db);
        const Result<qint64> first = store.save(fullDeck());
        QVERIFY2(first, qPrintable(first.error()));
        QVERIFY(store.save(fullDeck(u"wholesale"_s)));
        const auto smaller = RateDeck::create(u"retail"_s, u"EUR"_s, DeckRules(), {row(u"33"_s, u"France"_s, u"0.02")});
        QVERIFY(smaller);
        const Result<qint64> again = store.save(*smaller);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(*again, *first);
        const auto decks = store.list();
        QVERIFY2(decks, qPrintable(decks.error()));
        QCOMPARE(decks->size(), 2);
        QCOMPARE(decks->at(0).name, u"retail"_s);
        QCOMPARE(decks->at(0).currency, u"EUR"_s);
        QCOMPARE(decks->at(0).rows, 1);
        QCOMPARE(decks->at(1).name, u"wholesale"_s);
        QCOMPARE(decks->at(1).rows, 4);
        const Result<RateDeck> loaded = store.load(u"retail"_s);
        QVERIFY2(loaded, qPrintable(loaded.error()));
        QVERIFY(loaded->rules() == DeckRules());
        QCOMPARE(describe(loaded->rows()), QStringList{u"33|France|0.02|-|-|60/60|fee 0|min 0|0-open"_s});
    }

    void shouldRefuseRulesTheStoreCouldNotKeep()
    {
        // Stored empty, "billable" means the default (answer): an empty list cannot round-trip.
        DeckRules rules;
        for (const QString &value : {u""_s, u" , "_s}) {
            const auto refused = rules.set(u"billable"_s, value);
            QVERIFY(!refused);
            QVERIFY2(refused.error().startsWith(u"Rule billable: "_s), qPrintable(refused.error()));
        }
        QCOMPARE(rules.billableStatuses, QStringList{u"answer"_s});
        QVERIFY(rules.set(u"billable"_s, u" answer , busy,"_s));
        QCOMPARE(rules.billableStatuses, (QStringList{u"answer"_s, u"busy"_s}));
    }

    void shouldImportTheGenericLayout()
    {
        // Columns in another order, a byte order mark, CRLF, quoted text, ISO and Unix times.
        const auto rows = DeckCsv::readGeneric(data(u"decks/generic.csv"_s));
        QVERIFY2(rows, qPrintable(rows.error()));
        QCOMPARE(describe(*rows), (QStringList{
            u"|Everything else|0.5|-|-|1/1|fee 0|min 0|1767225600-open"_s,
            u"44|United Kingdom \"fixed\"|0.012|-|-|60/60|fee 0|min 0|0-open"_s,
            u"447|United Kingdom, mobile|0.085|0.06|0.04|30/6|fee 0.01|min 30|1767225600-1798761600"_s,
            u"447|United Kingdom, mobile|0.08|-|-|30/6|fee 0|min 0|1798761600-open"_s}));
    }

    void shouldImportVoipmsRates_data()
    {
        QTest::addColumn<int>("side");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("client") << int(DeckCsv::VoipmsSide::Client) << QStringList{
            u"1418|Canada - 418 Quebec City|0.015|-|-|60/60|fee 0|min 0|0-open"_s,
            u"1581|Canada - 581 Quebec City|0.015|-|-|60/60|fee 0|min 0|0-open"_s,
            u"521|Mexico, Mobile|0.0525|-|-|6/6|fee 0|min 0|0-open"_s};
        QTest::newRow("real") << int(DeckCsv::VoipmsSide::Real) << QStringList{
            u"1418|Canada - 418 Quebec City|0.0052|-|-|6/6|fee 0|min 0|0-open"_s,
            u"1581|Canada - 581 Quebec City|0.0052|-|-|6/6|fee 0|min 0|0-open"_s,
            u"521|Mexico, Mobile|0.0411|-|-|1/1|fee 0|min 0|0-open"_s};
    }
    void shouldImportVoipmsRates()
    {
        QFETCH(int, side);
        QFETCH(QStringList, expected);
        const auto rows = DeckCsv::readVoipms(data(u"decks/voipms.csv"_s), DeckCsv::VoipmsSide(side));
        QVERIFY2(rows, qPrintable(rows.error()));
        QCOMPARE(describe(*rows), expected);
    }

    void shouldImportCgratesRatingPlans_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("plan");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("rounding");
        // RT_20CNT: 0.4 to connect, 0.2 per 60 s for the first 60 s, then 0.1 per 60 s by 1 s.
        QTest::newRow("RP_1002") << u"cgrates"_s << u"RP_1002"_s
                                 << QStringList{u"1001|DST_1001|0.2|0.1|-|60/1|fee 0.4|min 0|0-open"_s} << u"up 4"_s;
        QTest::newRow("RP_1002_LOW") << u"cgrates"_s << u"RP_1002_LOW"_s
                                     << QStringList{u"1001|DST_1001|0.1|0.05|-|60/1|fee 0.2|min 0|0-open"_s} << u"up 4"_s;
        // 0.01 per 1 (second) is 0.60 a minute; *any is every number.
        QTest::newRow("RP_SMS") << u"cgrates"_s << u"RP_SMS"_s
                                << QStringList{u"|*any|0.6|-|-|1/1|fee 0|min 0|0-open"_s} << u"up 4"_s;
        // One DestinationRates id over two destinations; 0.6 per 1m after the first 60 s.
        QTest::newRow("two destinations") << u"decks/cgrates-cases"_s << u"RP_BOTH"_s
                                          << QStringList{u"33|DST_FR|0.02|0.6|-|60/1|fee 0.05|min 0|0-open"_s,
                                                         u"44|DST_UK|0.01|-|-|60/60|fee 0|min 0|0-open"_s}
                                          << u"up 4"_s;
    }
    void shouldImportCgratesRatingPlans()
    {
        QFETCH(QString, folder);
        QFETCH(QString, plan);
        QFETCH(QStringList, expected);
        QFETCH(QString, rounding);
        const auto read = CgratesImport::read(data(folder), plan);
        QVERIFY2(read, qPrintable(read.error()));
        QCOMPARE(describe(read->rows), expected);
        QCOMPARE(u"%1 %2"_s.arg(roundingRuleName(read->rules.rounding)).arg(read->rules.decimals), rounding);
        QCOMPARE(read->rules.anchor, IncrementAnchor::InitialThenSubsequent);
        const auto plans = CgratesImport::ratingPlans(data(u"cgrates"_s));
        QVERIFY2(plans, qPrintable(plans.error()));
        QCOMPARE(*plans, (QStringList{u"RP_1001"_s, u"RP_1002"_s, u"RP_1002_LOW"_s, u"RP_1003"_s, u"RP_SMS"_s, u"RP_MMS"_s}));
    }

    void shouldNameFileLineAndFieldOfABadRow_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("plan");
        QTest::addColumn<QString>("where");
        const auto add = [](const char *name, const QString &format, const QString &path, const QString &plan, const QString &where) {
            QTest::newRow(name) << format << path << plan << where;
        };
        add("rate not an amount", u"generic"_s, u"decks/generic-bad-rate.csv"_s, {}, u"generic-bad-rate.csv, line 3, field rate: "_s);
        add("increment 0", u"generic"_s, u"decks/generic-bad-increment.csv"_s, {}, u"generic-bad-increment.csv, line 2, field initial_increment: "_s);
        add("date", u"generic"_s, u"decks/generic-bad-date.csv"_s, {}, u"generic-bad-date.csv, line 3, field effective_to: "_s);
        add("empty period", u"generic"_s, u"decks/generic-bad-period.csv"_s, {}, u"generic-bad-period.csv, line 2, field effective_to: "_s);
        add("prefix", u"generic"_s, u"decks/generic-bad-prefix.csv"_s, {}, u"generic-bad-prefix.csv, line 3, field prefix: "_s);
        add("negative fee", u"generic"_s, u"decks/generic-negative-fee.csv"_s, {}, u"generic-negative-fee.csv, line 4, field connection_fee: "_s);
        add("short row", u"generic"_s, u"decks/generic-short-row.csv"_s, {}, u"generic-short-row.csv, line 3, field *: 2 fields"_s);
        add("unknown column", u"generic"_s, u"decks/generic-unknown-column.csv"_s, {}, u"generic-unknown-column.csv, line 1, field colour: "_s);
        add("no rate column", u"generic"_s, u"decks/generic-no-rate.csv"_s, {}, u"generic-no-rate.csv, line 1, field rate: "_s);
        add("column twice", u"generic"_s, u"decks/generic-twice.csv"_s, {}, u"generic-twice.csv, line 1, field rate: "_s);
        add("overlap", u"generic"_s, u"decks/generic-overlap.csv"_s, {}, u"generic-overlap.csv, line 5, field effective_from: prefix \"44\" is already in effect by line 3"_s);
        add("voipms rate", u"voipms"_s, u"decks/voipms-bad-rate.csv"_s, {}, u"voipms-bad-rate.csv, line 3, field client_rate: "_s);
        add("voipms increment", u"voipms"_s, u"decks/voipms-no-increment.csv"_s, {}, u"voipms-no-increment.csv, line 2, field client_increment: "_s);
        add("voipms negative", u"voipms"_s, u"decks/voipms-negative.csv"_s, {}, u"voipms-negative.csv, line 2, field client_rate: "_s);
        add("voipms twice", u"voipms"_s, u"decks/voipms-twice.csv"_s, {}, u"voipms-twice.csv, line 3, field prefix: "_s);
        add("cgrates MaxCost", u"cgrates"_s, u"cgrates"_s, u"RP_1001"_s, u"DestinationRates.csv, line 4, field MaxCost: "_s);
        const QString cases = u"decks/cgrates-cases"_s;
        add("cgrates prefix", u"cgrates"_s, cases, u"RP_PLUS"_s, u"Destinations.csv, line 4, field Prefix: "_s);
        add("cgrates rates tag", u"cgrates"_s, cases, u"RP_NORATE"_s, u"DestinationRates.csv, line 3, field RatesTag: "_s);
        add("cgrates rounding", u"cgrates"_s, cases, u"RP_ROUND"_s, u"DestinationRates.csv, line 4, field RoundingMethod: "_s);
        add("cgrates two roundings", u"cgrates"_s, cases, u"RP_MIXED"_s, u"DestinationRates.csv, line 6, field RoundingMethod: "_s);
        add("cgrates three groups", u"cgrates"_s, cases, u"RP_THREE"_s, u"Rates.csv, line 5, field GroupIntervalStart: "_s);
        add("cgrates group gap", u"cgrates"_s, cases, u"RP_GAP"_s, u"Rates.csv, line 7, field GroupIntervalStart: "_s);
        add("cgrates destination", u"cgrates"_s, cases, u"RP_NODEST"_s, u"DestinationRates.csv, line 9, field DestinationId: "_s);
        add("cgrates timing", u"cgrates"_s, cases, u"RP_PEAK"_s, u"RatingPlans.csv, line 9, field TimingTag: "_s);
        add("cgrates rates id", u"cgrates"_s, cases, u"RP_NODR"_s, u"RatingPlans.csv, line 10, field DestinationRatesId: "_s);
        add("cgrates prefix twice", u"cgrates"_s, cases, u"RP_TWICE"_s, u"DestinationRates.csv, line 12, field DestinationId: prefix \"44\" is already rated by line 10"_s);
        add("cgrates unit", u"cgrates"_s, u"decks/cgrates-bad-unit"_s, u"RP_PLUS"_s, u"Rates.csv, line 3, field RateUnit: "_s);
        add("cgrates fee", u"cgrates"_s, u"decks/cgrates-bad-fee"_s, u"RP_PLUS"_s, u"Rates.csv, line 3, field ConnectFee: "_s);
    }
    void shouldNameFileLineAndFieldOfABadRow()
    {
        QFETCH(QString, format);
        QFETCH(QString, path);
        QFETCH(QString, plan);
        QFETCH(QString, where);
        const Result<QList<RateRow>> rows = format == u"generic" ? DeckCsv::readGeneric(data(path))
                                          : format == u"voipms"  ? DeckCsv::readVoipms(data(path))
                                          : [&]() -> Result<QList<RateRow>> {
                                                auto read = CgratesImport::read(data(path), plan);
                                                return read ? Result<QList<RateRow>>(read->rows) : Error{read.error()};
                                            }();
        QVERIFY(!rows);
        QVERIFY2(rows.error().startsWith(where), qPrintable(rows.error()));
        QVERIFY2(rows.error().size() > where.size() + 5, qPrintable(rows.error()));  // and says what is wrong
        // The CLI stops on it too, with exit code 2 and nothing stored.
        const QString db = m_dir.filePath(u"bad-%1.db"_s.arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'-'));
        QVERIFY(createStore(db));
        QStringList arguments{u"deck"_s, u"import"_s, u"--db"_s, db, u"--name"_s, u"bad"_s, u"--format"_s, format, data(path)};
        if (!plan.isEmpty())
            arguments << u"--plan"_s << plan;
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(where), qPrintable(run.err));
        QCOMPARE(cli({u"deck"_s, u"list"_s, u"--db"_s, db}).out, u"id,name,currency,rates\n"_s);
    }

    void shouldWriteGenericThatReadsBackIdentical()
    {
        const RateDeck deck = fullDeck();
        const QString path = m_dir.filePath(u"written.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(DeckCsv::writeGeneric(file, deck));
        file.close();
        const auto rows = DeckCsv::readGeneric(path);
        QVERIFY2(rows, qPrintable(rows.error()));
        QCOMPARE(describe(*rows), describe(deck.rows()));
        // voip.ms has one increment and rate a prefix: the deck's first row cannot be stated.
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        const auto refused = DeckCsv::writeVoipms(buffer, deck);
        QVERIFY(!refused);
        QVERIFY2(refused.error().startsWith(u"Rate deck \"retail\", prefix \"447\", field subsequent_increment: "_s),
                 qPrintable(refused.error()));
    }

    void shouldRateDemoCallsOrWriteNothingOnADryRun()
    {
        auto db = openDemo(u"rating.db"_s);
        QVERIFY(db);
        const RateDeck deck = demoDeck();
        CallRating rating(*db, deck);
        const QStringList before = ratedState(*db);
        QCOMPARE(before.size(), 300);  // no charges yet
        const auto dry = rating.run(CallFilter(), true);
        QVERIFY2(dry, qPrintable(dry.error()));
        QCOMPARE(dry->calls, 300);
        QCOMPARE(ratedState(*db), before);

        qint64 progressCalls = 0;
        const auto wet = rating.run(CallFilter(), false, [&progressCalls](qint64 done, qint64) {
            progressCalls = done;
            return true;
        });
        QVERIFY2(wet, qPrintable(wet.error()));
        QCOMPARE(wet->calls, dry->calls);
        QCOMPARE(wet->total, dry->total);
        QCOMPARE(wet->billable, dry->billable);
        QCOMPARE(progressCalls, 300);
        const auto [costs, charges] = ratedCosts(*db);
        QCOMPARE(charges, wet->calls - wet->unmatched);
        // Every stored cost is the Rater's, and the sum is the run's total.
        Rater rater(deck, false);
        qint64 sum = 0;
        for (const CallRecord &call : TestSupport::allCalls(*db)) {
            const auto charge = rater.rate(call);
            QVERIFY(charge);
            QCOMPARE(costs.value(call.uniqueid, -1), charge->cost.units());
            sum += costs.value(call.uniqueid);
        }
        QCOMPARE(sum, wet->total.units());
        // Worked by hand (uniqueid: number, talk time → billed):
        // 100000006: 14167400574, 257 s at 6/6, 0.012/min → 258 s = 0.0516.
        // 100000116: 498991810892, 11 s at 1/1, 0.03/min → 11 s = 0.0055.
        // 100000147: 12124336642, 163 s at 6/6 → 168 s at 0.012/min = 0.0336.
        // 100000045: 442081325846 busy → matched 4420 but not billable: 0.
        // 100000051: 207 (internal) → no prefix: not rated (0, deck 0).
        QCOMPARE(costs.value(u"100000006"_s), money(u"0.0516").units());
        QCOMPARE(costs.value(u"100000116"_s), money(u"0.0055").units());
        QCOMPARE(costs.value(u"100000147"_s), money(u"0.0336").units());
        QCOMPARE(costs.value(u"100000045"_s, -1), 0);
        QCOMPARE(costs.value(u"100000051"_s, -1), 0);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(u"SELECT rated_prefix, rated_deck FROM calls WHERE uniqueid IN ('100000045', '100000051') ORDER BY uniqueid"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"4420"_s);
        QCOMPARE(q.value(1).toLongLong(), deck.id());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QString());
        QCOMPARE(q.value(1).toLongLong(), 0);
    }

    void shouldImportListAndExportDecksFromTheCli()
    {
        const QString db = m_dir.filePath(u"decks.db"_s);
        QVERIFY(createStore(db));
        const QStringList import{u"deck"_s, u"import"_s, u"--db"_s, db};
        Run run = cli(import + QStringList{u"--name"_s, u"retail"_s, u"--currency"_s, u"GBP"_s, u"--rule"_s, u"grace=5"_s,
                                           data(u"decks/generic.csv"_s)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out, u"Imported 4 rates as deck \"retail\" (id 1).\n"_s);
        run = cli(import + QStringList{u"--name"_s, u"canada"_s, u"--format"_s, u"voipms"_s, data(u"decks/voipms.csv"_s)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = cli(import + QStringList{u"--name"_s, u"RP_1002"_s, u"--format"_s, u"cgrates"_s, data(u"cgrates"_s)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = cli({u"deck"_s, u"list"_s, u"--db"_s, db});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, u"id,name,currency,rates\n3,RP_1002,USD,1\n2,canada,USD,3\n1,retail,GBP,4\n"_s);
        {
            auto opened = Database::open(DatabaseSpec::sqlite(db));
            QVERIFY(opened);
            const auto tutorial = RateDeckStore(**opened).load(u"RP_1002"_s);
            QVERIFY(tutorial);
            QCOMPARE(tutorial->rules().rounding, RoundingRule::Up);
            QCOMPARE(tutorial->rules().value(u"grace"_s), u"0"_s);
            QCOMPARE(RateDeckStore(**opened).load(u"retail"_s)->rules().value(u"grace"_s), u"5"_s);
        }

        // Export, import the export, export again: the same rows and the same bytes.
        const QString first = m_dir.filePath(u"retail.csv"_s);
        const QString second = m_dir.filePath(u"copy.csv"_s);
        run = cli({u"deck"_s, u"export"_s, u"--db"_s, db, u"--name"_s, u"retail"_s, u"--out"_s, first});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out, u"Exported 4 rates of deck \"retail\" to %1.\n"_s.arg(first));
        QCOMPARE(cli(import + QStringList{u"--name"_s, u"copy"_s, first}).exitCode, 0);
        QCOMPARE(cli({u"deck"_s, u"export"_s, u"--db"_s, db, u"--name"_s, u"copy"_s, u"--out"_s, second}).exitCode, 0);
        QCOMPARE(fileBytes(second), fileBytes(first));
        {
            auto opened = Database::open(DatabaseSpec::sqlite(db));
            QVERIFY(opened);
            const auto retail = RateDeckStore(**opened).load(u"retail"_s);
            const auto copy = RateDeckStore(**opened).load(u"copy"_s);
            QVERIFY(retail && copy);
            QCOMPARE(describe(copy->rows()), describe(retail->rows()));
            QCOMPARE(describe(copy->rows()), describe(*DeckCsv::readGeneric(data(u"decks/generic.csv"_s))));
        }
        // voip.ms: what a deck of one increment and rate per prefix exports, and reads back.
        const QString voipms = m_dir.filePath(u"canada.csv"_s);
        run = cli({u"deck"_s, u"export"_s, u"--db"_s, db, u"--name"_s, u"canada"_s, u"--format"_s, u"voipms"_s, u"--out"_s, voipms});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(fileBytes(voipms), QByteArray("destination,prefix,client_increment,client_rate\n"
                                               "Canada - 418 Quebec City,1418,60,0.015\n"
                                               "Canada - 581 Quebec City,1581,60,0.015\n"
                                               "\"Mexico, Mobile\",521,6,0.0525\n"));
        QCOMPARE(describe(*DeckCsv::readVoipms(voipms)), describe(*DeckCsv::readVoipms(data(u"decks/voipms.csv"_s))));
        // A deck voip.ms cannot state: exit 2 and no file at all.
        const QString refused = m_dir.filePath(u"refused.csv"_s);
        run = cli({u"deck"_s, u"export"_s, u"--db"_s, db, u"--name"_s, u"retail"_s, u"--format"_s, u"voipms"_s, u"--out"_s, refused});
        QCOMPARE(run.exitCode, 2);
        // The rows in store order: the empty prefix first, whose effective date voip.ms cannot state.
        QVERIFY2(run.err.startsWith(u"Rate deck \"retail\", prefix \"\", field effective_from: "_s), qPrintable(run.err));
        QVERIFY(!QFile::exists(refused));
    }

    void shouldRateAndExplainFromTheCli()
    {
        QVERIFY(cli({u"deck"_s, u"import"_s, u"--db"_s, m_demo, u"--name"_s, u"canada"_s, u"--format"_s, u"voipms"_s,
                     data(u"decks/voipms.csv"_s)}).exitCode == 0);
        {
            auto db = Database::open(DatabaseSpec::sqlite(m_demo));
            QVERIFY(db);
            QVERIFY(RateDeckStore(**db).save(demoDeck()));
        }
        QStringList before;
        {
            auto db = Database::open(DatabaseSpec::sqlite(m_demo));
            QVERIFY(db);
            before = ratedState(**db);
        }
        Run run = cli({u"rate"_s, u"--db"_s, m_demo, u"--deck"_s, u"demo"_s, u"--dry-run"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith(u"300 calls rated (dry run, nothing written): "_s), qPrintable(run.out));
        {
            auto db = Database::open(DatabaseSpec::sqlite(m_demo));
            QVERIFY(db);
            QCOMPARE(ratedState(**db), before);
        }
        run = cli({u"rate"_s, u"--db"_s, m_demo, u"--deck"_s, u"demo"_s, u"--explain"_s, u"--uniqueid"_s, u"100000147"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"Number 12124336642 matches prefix 1 (North America) of deck \"demo\": 0.012/min"_s),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(u"Cost: 0.0336 USD."_s), qPrintable(run.out));
        run = cli({u"rate"_s, u"--db"_s, m_demo, u"--deck"_s, u"demo"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith(u"300 calls rated: "_s), qPrintable(run.out));
        auto db = Database::open(DatabaseSpec::sqlite(m_demo));
        QVERIFY(db);
        QCOMPARE(ratedCosts(**db).first.value(u"100000147"_s), money(u"0.0336").units());
    }

    void shouldExitWithTwoOnBadUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString db = u"@DB@"_s;
        QTest::newRow("deck alone") << QStringList{u"deck"_s} << u"Usage: cdrdesk-cli deck"_s;
        QTest::newRow("deck unknown") << QStringList{u"deck"_s, u"frobnicate"_s} << u"Usage: cdrdesk-cli deck"_s;
        QTest::newRow("import without name") << QStringList{u"deck"_s, u"import"_s, u"--db"_s, db, u"x.csv"_s} << u"--name"_s;
        QTest::newRow("import without file") << QStringList{u"deck"_s, u"import"_s, u"--db"_s, db, u"--name"_s, u"x"_s} << u"expects 1"_s;
        QTest::newRow("import format") << QStringList{u"deck"_s, u"import"_s, u"--db"_s, db, u"--name"_s, u"x"_s, u"--format"_s, u"xml"_s, u"x.csv"_s} << u"--format"_s;
        QTest::newRow("import rule") << QStringList{u"deck"_s, u"import"_s, u"--db"_s, db, u"--name"_s, u"x"_s, u"--format"_s, u"voipms"_s, u"--rule"_s, u"colour=blue"_s,
                                                    data(u"decks/voipms.csv"_s)} << u"Unknown rule \"colour\""_s;
        QTest::newRow("import without db") << QStringList{u"deck"_s, u"import"_s, u"--name"_s, u"x"_s, u"x.csv"_s} << u"--db"_s;
        QTest::newRow("export without out") << QStringList{u"deck"_s, u"export"_s, u"--db"_s, db, u"--name"_s, u"x"_s} << u"--out"_s;
        QTest::newRow("export without name") << QStringList{u"deck"_s, u"export"_s, u"--db"_s, db, u"--out"_s, u"x.csv"_s} << u"--name"_s;
        QTest::newRow("export format") << QStringList{u"deck"_s, u"export"_s, u"--db"_s, db, u"--name"_s, u"x"_s, u"--format"_s, u"cgrates"_s, u"--out"_s, u"x.csv"_s} << u"--format"_s;
        QTest::newRow("export missing deck") << QStringList{u"deck"_s, u"export"_s, u"--db"_s, db, u"--name"_s, u"nosuch"_s, u"--out"_s, u"x.csv"_s} << u"nosuch"_s;
        QTest::newRow("list extra") << QStringList{u"deck"_s, u"list"_s, u"--db"_s, db, u"extra"_s} << u"extra"_s;
        QTest::newRow("what-if missing deck") << QStringList{u"rate"_s, u"--db"_s, db, u"--what-if"_s, u"nosuch"_s} << u"nosuch"_s;
        QTest::newRow("rate missing deck") << QStringList{u"rate"_s, u"--db"_s, db, u"--deck"_s, u"nosuch"_s} << u"nosuch"_s;
        QTest::newRow("explain without call") << QStringList{u"rate"_s, u"--db"_s, db, u"--deck"_s, u"x"_s, u"--explain"_s} << u"--uniqueid"_s;
        QTest::newRow("rate start") << QStringList{u"rate"_s, u"--db"_s, db, u"--deck"_s, u"x"_s, u"--start"_s, u"yesterday-ish"_s} << u"yesterday-ish"_s;
        QTest::newRow("rate option") << QStringList{u"rate"_s, u"--db"_s, db, u"--colour"_s} << u"colour"_s;
    }
    void shouldExitWithTwoOnBadUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        arguments.replaceInStrings(u"@DB@"_s, m_demo);
        const QString here = QDir::currentPath();
        QDir::setCurrent(m_dir.path());  // so that a wrongly accepted --out lands in the temporary folder
        const Run run = cli(arguments);
        QDir::setCurrent(here);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFile::exists(m_dir.filePath(u"x.csv"_s)));
    }
};

QTEST_GUILESS_MAIN(tst_RateDecks)
#include "tst_ratedecks.moc"
