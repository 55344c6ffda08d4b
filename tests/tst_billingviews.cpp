// The billing views on real widgets (offscreen) over a real SQLite store with real decks:
// the rate lookup, "explain this charge", re-rating a filter and the main window's wiring.
#include "billing/deckset.h"
#include "billing/ratedeckstore.h"
#include "billingcontroller.h"
#include "explainpanel.h"
#include "itemmodels/calltablemodel.h"
#include "mainwindow.h"
#include "ratelookupview.h"
#include "reratedialog.h"

#include "store/callwriter.h"
#include "store/database.h"
#include "store/storejob.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

Money money(const char *text)
{
    return *Money::parse(QString::fromLatin1(text));
}

RateRow row(const char *prefix, const char *destination, const char *rate, qint64 initial = 60,
            qint64 subsequent = 60, const char *fee = "0")
{
    RateRow r;
    r.prefix = QString::fromLatin1(prefix);
    r.destination = QString::fromLatin1(destination);
    r.rate = money(rate);
    r.initialIncrement = initial;
    r.subsequentIncrement = subsequent;
    r.connectionFee = money(fee);
    return r;
}

// retail sells, carrier buys. London in retail: 0.0125/min at 30/6 with a 0.01 fee.
void saveDecks(Database &database)
{
    RateDeckStore store(database);
    RateRow expired = row("447", "UK mobile (old)", "0.5000");
    expired.effectiveTo = 1000;
    const Result<RateDeck> retail = RateDeck::create(
        u"retail"_s, u"USD"_s, DeckRules{},
        {row("44", "United Kingdom", "0.0200"), row("4420", "United Kingdom - London", "0.0125", 30, 6, "0.0100"),
         expired, row("1", "USA", "0.0100", 6, 6)});
    QVERIFY2(retail, qPrintable(retail.error()));
    QVERIFY(store.save(*retail));
    const Result<RateDeck> carrier = RateDeck::create(
        u"carrier"_s, u"USD"_s, DeckRules{},
        {row("44", "UK", "0.0150"), row("4420", "UK London", "0.0100", 1, 1)});
    QVERIFY2(carrier, qPrintable(carrier.error()));
    QVERIFY(store.save(*carrier));
}

CallRecord call(const QString &uniqueid, const QString &number, qint64 talktime, const QString &status)
{
    CallRecord c;
    c.source = u"local"_s;
    c.recordKey = uniqueid;
    c.uniqueid = uniqueid;
    c.callid = uniqueid;
    c.machine = u"pbx1"_s;
    c.start = 1780000000;
    c.answer = status == u"answer" ? std::optional<qint64>(c.start) : std::nullopt;
    c.talktime = talktime;
    c.totaltime = talktime;
    c.end = c.start + talktime;
    c.scustomer = 7;
    c.dcustomer = 7;
    c.cnumber = number;
    c.status = status;
    c.direction = u"out"_s;
    c.media = u"voice"_s;
    c.currency = u"USD"_s;
    return c;
}

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

class TestBillingViews : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DatabaseSpec m_spec;
    std::shared_ptr<const DeckSet> m_decks;

    qint64 ratedCost(const QString &uniqueid)
    {
        auto database = Database::open(m_spec);
        if (!database)
            return -1;
        QSqlQuery q((*database)->connection());
        q.prepare(u"SELECT rated_cost FROM calls WHERE uniqueid = ?"_s);
        q.addBindValue(uniqueid);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"CDR Desk Tests"_s);
        QCoreApplication::setApplicationName(u"tst_billingviews"_s);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        auto database = TestSupport::openEmptyStore(u"sqlite"_s, m_dir);
        QVERIFY(database);
        m_spec = database->spec();
        saveDecks(*database);
        CallWriter writer(*database);
        QVERIFY(writer.begin());
        QVERIFY(writer.write(call(u"london-40"_s, u"+44 20 7946 0000"_s, 40, u"answer"_s)));
        QVERIFY(writer.write(call(u"uk-65"_s, u"+44 161 496 0000"_s, 65, u"answer"_s)));
        QVERIFY(writer.write(call(u"us-busy"_s, u"+1 212 555 0100"_s, 0, u"busy"_s)));
        QVERIFY(writer.commit());
        Result<DeckSet> decks = DeckSet::load(*database);
        QVERIFY2(decks, qPrintable(decks.error()));
        m_decks = std::make_shared<const DeckSet>(std::move(*decks));
    }

    void lookupFindsThePrefixAndRatesInEveryDeck()
    {
        RateLookupView view;
        view.show();
        view.setDecks(m_decks);
        view.setEffectiveAt(1780000000);
        auto *number = view.findChild<QLineEdit *>(u"lookupNumberEdit"_s);
        auto *matches = view.findChild<QTableWidget *>(u"rateMatchTable"_s);
        QVERIFY(number && matches);
        QTest::keyClicks(number, u"+44 20 7946 0000"_s);
        // Decks by name: carrier, then retail. Columns: deck, currency, prefix, destination, rate …
        QCOMPARE(matches->rowCount(), 2);
        QCOMPARE(cell(matches, 0, 0), u"carrier"_s);
        QCOMPARE(cell(matches, 0, 2), u"4420"_s);
        QCOMPARE(cell(matches, 0, 4), u"0.0100"_s);
        QCOMPARE(cell(matches, 0, 6), u"1/1"_s);
        QCOMPARE(cell(matches, 1, 0), u"retail"_s);
        QCOMPARE(cell(matches, 1, 2), u"4420"_s);
        QCOMPARE(cell(matches, 1, 3), u"United Kingdom - London"_s);
        QCOMPARE(cell(matches, 1, 4), u"0.0125"_s);
        QCOMPARE(cell(matches, 1, 6), u"30/6"_s);
        QCOMPARE(cell(matches, 1, 7), u"0.0100"_s);

        // Sell retail, buy carrier: 0.0125 − 0.0100 = 0.0025, 20 % of the sell rate.
        view.findChild<QComboBox *>(u"sellDeckCombo"_s)->setCurrentText(u"retail"_s);
        view.findChild<QComboBox *>(u"buyDeckCombo"_s)->setCurrentText(u"carrier"_s);
        const QString margin = view.findChild<QLabel *>(u"marginLabel"_s)->text();
        QVERIFY2(margin.contains(u"0.0125 − 0.0100 = <b>0.0025 USD per minute</b> (20.00 %"_s), qPrintable(margin));

        // A UK mobile: the expired 447 row of retail falls back to 44; carrier has no US rate.
        number->setText(u"447700900123"_s);
        QCOMPARE(cell(matches, 1, 2), u"44"_s);
        QCOMPARE(cell(matches, 1, 4), u"0.0200"_s);
        number->setText(u"12125550100"_s);
        QCOMPARE(cell(matches, 0, 2), u"no prefix matches"_s);
        QCOMPARE(cell(matches, 1, 2), u"1"_s);
        QVERIFY(view.findChild<QLabel *>(u"marginLabel"_s)->text().contains(u"carrier"_s));

        // Search by name (case ignored) and by prefix, rates in effect only.
        auto *query = view.findChild<QLineEdit *>(u"rateSearchEdit"_s);
        auto *found = view.findChild<QTableWidget *>(u"rateSearchTable"_s);
        query->setText(u"london"_s);
        QCOMPARE(found->rowCount(), 2);
        QCOMPARE(cell(found, 0, 3), u"UK London"_s);
        QCOMPARE(cell(found, 1, 3), u"United Kingdom - London"_s);
        query->setText(u"44"_s);
        QCOMPARE(found->rowCount(), 4);
        QCOMPARE(cell(found, 2, 2), u"44"_s);
        QCOMPARE(cell(found, 3, 2), u"4420"_s);
        view.setEffectiveAt(500);
        QCOMPARE(found->rowCount(), 5); // the 447 row was in effect then
    }

    void explainShowsEveryIncrementOfAHandCheckedCall()
    {
        // 40 s to London under retail (30/6, 0.0125/min, fee 0.01): 30 s, then 2 × 6 s = 42 s;
        // 0.0125 × 42 / 60 = 0.00875; + 0.01 = 0.01875, rounded half-up to 4 decimals = 0.0188.
        ExplainPanel panel;
        panel.show();
        panel.setDecks(m_decks);
        QVERIFY(panel.selectDeck(u"retail"_s));
        const CallRecord london = call(u"london-40"_s, u"+44 20 7946 0000"_s, 40, u"answer"_s);
        panel.setCall(&london);
        QVERIFY(panel.charge());
        auto *runs = panel.findChild<QTableWidget *>(u"incrementTable"_s);
        QCOMPARE(runs->rowCount(), 2);
        // From second, blocks, block length, billed seconds, free seconds, rate, kind.
        QCOMPARE(cell(runs, 0, 0), u"0"_s);
        QCOMPARE(cell(runs, 0, 1), u"1"_s);
        QCOMPARE(cell(runs, 0, 3), u"30"_s);
        QCOMPARE(cell(runs, 0, 5), u"0.0125"_s);
        QCOMPARE(cell(runs, 0, 6), u"first block"_s);
        QCOMPARE(cell(runs, 1, 0), u"30"_s);
        QCOMPARE(cell(runs, 1, 1), u"2"_s);
        QCOMPARE(cell(runs, 1, 3), u"12"_s);
        QCOMPARE(cell(runs, 1, 6), u"subsequent blocks"_s);
        QVERIFY(panel.findChild<QLabel *>(u"explainRowLabel"_s)->text().contains(u"<b>4420</b>"_s));
        const QString totals = panel.findChild<QLabel *>(u"explainTotalsLabel"_s)->text();
        QVERIFY2(totals.contains(u"Billed 42 s of 40 s"_s), qPrintable(totals));
        QVERIFY2(totals.contains(u"usage 0.00875 "_s), qPrintable(totals));
        QVERIFY2(totals.contains(u"cost 0.0188 USD"_s), qPrintable(totals));
        QStringList steps;
        auto *list = panel.findChild<QListWidget *>(u"explainSteps"_s);
        for (int i = 0; i < list->count(); ++i)
            steps.append(list->item(i)->text());
        const QString text = steps.join(u'\n');
        QVERIFY2(text.contains(u"Rounded half-up to 4 decimals: 0.01875 → 0.0188."_s), qPrintable(text));

        // Another deck explains the same call differently: carrier bills 1 s, then 39 × 1 s.
        QVERIFY(panel.selectDeck(u"carrier"_s));
        QCOMPARE(runs->rowCount(), 2);
        QCOMPARE(cell(runs, 1, 1), u"39"_s);
        QCOMPARE(panel.charge()->billedSeconds, 40);
        panel.setCall(nullptr);
        QVERIFY(!panel.charge());
        QCOMPARE(runs->rowCount(), 0);
    }

    void rerateDialogRatesTheFilterInAWorker()
    {
        CallFilter filter;
        RerateDialog dialog(m_decks, m_spec, filter);
        dialog.show();
        auto *deck = dialog.findChild<QComboBox *>(u"rerateDeckCombo"_s);
        deck->setCurrentIndex(deck->findData(u"retail"_s));
        QSignalSpy rated(&dialog, &RerateDialog::callsRated);

        // A dry run adds up and writes nothing.
        dialog.findChild<QCheckBox *>(u"rerateDryRunCheck"_s)->setChecked(true);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"rerateStartButton"_s), Qt::LeftButton);
        QSignalSpy finished(dialog.job(), &StoreJob::finished);
        QVERIFY(finished.wait(10000));
        // 0.0188 (London) + 0.0400 (65 s at 60/60, 0.02) + 0 (busy) = 0.0588.
        QVERIFY2(dialog.statusText().contains(u"Dry run"_s) && dialog.statusText().contains(u"total 0.0588 USD"_s),
                 qPrintable(dialog.statusText()));
        QCOMPARE(rated.count(), 0);
        QCOMPARE(ratedCost(u"london-40"_s), 0);

        dialog.findChild<QCheckBox *>(u"rerateDryRunCheck"_s)->setChecked(false);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"rerateStartButton"_s), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QVERIFY2(dialog.statusText().startsWith(u"3 calls rated: 2 billable, 0 without"_s), qPrintable(dialog.statusText()));
        QCOMPARE(rated.count(), 1);
        QCOMPARE(ratedCost(u"london-40"_s), money("0.0188").units());
        QCOMPARE(ratedCost(u"uk-65"_s), money("0.04").units());
        QCOMPARE(ratedCost(u"us-busy"_s), 0);
        QCOMPARE(dialog.findChild<QProgressBar *>(u"rerateProgress"_s)->value(), 1000);
    }

    void mainWindowLoadsDecksAndExplainsTheSelectedCall()
    {
        MainWindow window;
        window.show();
        QSignalSpy loaded(window.billing(), &BillingController::decksLoaded);
        window.openDatabase(m_spec);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(window.billing()->decks()->decks().size(), 2);
        QVERIFY(window.findChild<QMenu *>(u"billingMenu"_s));
        QVERIFY(window.findChild<QAction *>(u"rerateAction"_s));

        window.findChild<QAction *>(u"explainAction"_s)->trigger();
        ExplainPanel *panel = window.billing()->explainPanel();
        QVERIFY(panel->isVisible());
        QVERIFY(panel->selectDeck(u"retail"_s));
        auto *grid = window.findChild<QTableView *>(u"callTable"_s);
        QTRY_COMPARE(grid->model()->rowCount(), 3);
        for (int row = 0; row < 3; ++row) {
            QTRY_VERIFY(window.callModel()->record(row));
            grid->setCurrentIndex(grid->model()->index(row, 0));
            QVERIFY(panel->charge());
            const CallRecord *shown = window.callModel()->record(row);
            const qint64 expected = shown->uniqueid == u"london-40" ? money("0.0188").units()
                                  : shown->uniqueid == u"uk-65" ? money("0.04").units() : 0;
            QCOMPARE(panel->charge()->cost.units(), expected);
        }

        window.findChild<QAction *>(u"rateLookupAction"_s)->trigger();
        QVERIFY(window.billing()->lookupView()->isVisible());
        QCOMPARE(window.billing()->lookupView()->decks()->decks().size(), 2);
    }
};

QTEST_MAIN(TestBillingViews)
#include "tst_billingviews.moc"
