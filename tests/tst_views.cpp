#include "calldetailpane.h"
#include "connectdialog.h"
#include "daterangebar.h"

#include "core/callfield.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using Preset = DateRangeBar::Preset;

class TestViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldComputePresetRanges_data();
    void shouldComputePresetRanges();
    void shouldHaveNoRangeForAllTime();
    void shouldEmitOnceWhenPresetChosen();
    void shouldDebounceCustomEdits();
    void shouldSetCustomRange();
    void shouldRoundTripState_data();
    void shouldRoundTripState();
    void shouldIgnoreUnknownState();

    void shouldShowPlaceholderWithoutRecord();
    void shouldShowFieldsAndExtra();
    void shouldShowInvalidExtraAsText();

    void shouldEnableOkOnlyWhenComplete();
    void shouldReturnTypedSpec();
    void shouldFollowKindWithDefaultPort();
};

namespace {

CallRecord sampleCall()
{
    CallRecord call;
    call.id = 7;
    call.uniqueid = u"1709294400.42"_s;
    call.start = 1709294400;  // 2024-03-01T12:00:00Z
    call.end = 1709294460;
    call.snumber = u"+441632960001"_s;
    call.extra = uR"({"custom_channel_vars":{"account_id":"abc123","tags":["vip",42]},"sdp":null})"_s;
    return call;
}

QTreeWidgetItem *findItem(QTreeWidget *tree, const QString &text, int column)
{
    const auto items = tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive, column);
    return items.isEmpty() ? nullptr : items.constFirst();
}

} // namespace

void TestViews::shouldComputePresetRanges_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<Preset>("preset");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");

    // 2024-03-31 12:00 BST: the clocks went forward at 01:00Z, so today is 23 hours long.
    const QByteArray london = "Europe/London";
    const qint64 spring = 1711882800;
    QTest::newRow("spring today") << london << spring << Preset::Today << qint64(1711843200) << qint64(1711926000);
    QTest::newRow("spring yesterday") << london << spring << Preset::Yesterday << qint64(1711756800) << qint64(1711843200);
    QTest::newRow("spring last 7 days") << london << spring << Preset::Last7Days << qint64(1711324800) << qint64(1711926000);
    QTest::newRow("spring this month") << london << spring << Preset::ThisMonth << qint64(1709251200) << qint64(1711926000);
    QTest::newRow("spring last month") << london << spring << Preset::LastMonth << qint64(1706745600) << qint64(1709251200);
    QTest::newRow("spring all time") << london << spring << Preset::AllTime << qint64(0) << qint64(0);
    QTest::newRow("spring custom") << london << spring << Preset::Custom << qint64(0) << qint64(0);

    // 2024-10-27 12:00 GMT: the clocks went back at 01:00Z, so today is 25 hours long.
    const qint64 autumn = 1730030400;
    QTest::newRow("autumn today") << london << autumn << Preset::Today << qint64(1729983600) << qint64(1730073600);
    QTest::newRow("autumn yesterday") << london << autumn << Preset::Yesterday << qint64(1729897200) << qint64(1729983600);
    QTest::newRow("autumn last 7 days") << london << autumn << Preset::Last7Days << qint64(1729465200) << qint64(1730073600);
    QTest::newRow("autumn this month") << london << autumn << Preset::ThisMonth << qint64(1727737200) << qint64(1730419200);
    QTest::newRow("autumn last month") << london << autumn << Preset::LastMonth << qint64(1725145200) << qint64(1727737200);

    // 2024-03-31T23:30Z is already 00:30 on 1 April in London.
    const qint64 lateUtc = 1711927800;
    QTest::newRow("late utc today") << london << lateUtc << Preset::Today << qint64(1711926000) << qint64(1712012400);
    QTest::newRow("late utc last month") << london << lateUtc << Preset::LastMonth << qint64(1709251200) << qint64(1711926000);

    // São Paulo skipped midnight on 2018-11-04: that day began at 01:00 -02.
    const QByteArray saoPaulo = "America/Sao_Paulo";
    QTest::newRow("midnight gap today") << saoPaulo << qint64(1541340000) << Preset::Today << qint64(1541300400) << qint64(1541383200);
}

void TestViews::shouldComputePresetRanges()
{
    QFETCH(QByteArray, zone);
    QFETCH(qint64, now);
    QFETCH(Preset, preset);
    QFETCH(qint64, start);
    QFETCH(qint64, end);

    const QTimeZone tz(zone);
    if (!tz.isValid())
        QSKIP("The time zone database lacks this zone");
    const auto range = DateRangeBar::rangeFor(preset, QDateTime::fromSecsSinceEpoch(now, QTimeZone::utc()), tz);
    QCOMPARE(range.first, start);
    QCOMPARE(range.second, end);
}

void TestViews::shouldHaveNoRangeForAllTime()
{
    DateRangeBar bar;
    QCOMPARE(bar.preset(), Preset::AllTime);
    QVERIFY(!bar.start());
    QVERIFY(!bar.end());
    QVERIFY(!bar.findChild<QDateTimeEdit *>(u"fromEdit"_s)->isEnabled());
    QVERIFY(!bar.findChild<QDateTimeEdit *>(u"toEdit"_s)->isEnabled());
}

void TestViews::shouldEmitOnceWhenPresetChosen()
{
    DateRangeBar bar;
    bar.setTimeZone(QTimeZone("Europe/London"));
    auto *combo = bar.findChild<QComboBox *>(u"presetCombo"_s);
    QVERIFY(combo);
    QCOMPARE(combo->count(), 7);
    QSignalSpy spy(&bar, &DateRangeBar::rangeChanged);

    combo->setCurrentIndex(combo->findData(int(Preset::Last7Days)));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(bar.preset(), Preset::Last7Days);
    const auto expected = DateRangeBar::rangeFor(Preset::Last7Days, QDateTime::currentDateTimeUtc(), bar.timeZone());
    QCOMPARE(bar.start(), std::optional<qint64>(expected.first));
    QCOMPARE(bar.end(), std::optional<qint64>(expected.second));

    combo->setCurrentIndex(combo->findData(int(Preset::Custom)));
    QCOMPARE(spy.count(), 2);
    QVERIFY(bar.findChild<QDateTimeEdit *>(u"fromEdit"_s)->isEnabled());
    // Custom starts from the range shown before.
    QCOMPARE(bar.start(), std::optional<qint64>(expected.first));
    QTest::qWait(DateRangeBar::DebounceMs + 100);
    QCOMPARE(spy.count(), 2);
}

void TestViews::shouldDebounceCustomEdits()
{
    DateRangeBar bar;
    bar.setTimeZone(QTimeZone("Europe/London"));
    bar.setCustomRange(1711843200, 1711926000);
    QSignalSpy spy(&bar, &DateRangeBar::rangeChanged);
    auto *from = bar.findChild<QDateTimeEdit *>(u"fromEdit"_s);
    QVERIFY(from);
    QCOMPARE(from->dateTime().date(), QDate(2024, 3, 31));

    // Three quick edits, as typing would make, end in one signal. The edit shows London time.
    for (int hour : {3, 4, 5})
        from->setDateTime(QDateTime(QDate(2024, 3, 31), QTime(hour, 0), QTimeZone::utc()));
    QCOMPARE(spy.count(), 0);
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(bar.start(), std::optional<qint64>(1711843200 + 4 * 3600));  // 05:00 BST = 04:00Z
    QCOMPARE(bar.end(), std::optional<qint64>(1711926000));
    QTest::qWait(DateRangeBar::DebounceMs + 100);
    QCOMPARE(spy.count(), 1);

    // 01:30 never happened in London that day: read as just after the gap, 01:30Z.
    from->setDateTime(QDateTime(QDate(2024, 3, 31), QTime(1, 30), QTimeZone::utc()));
    QTRY_COMPARE(spy.count(), 2);
    QCOMPARE(bar.start(), std::optional<qint64>(1711848600));
}

void TestViews::shouldSetCustomRange()
{
    DateRangeBar bar;
    QSignalSpy spy(&bar, &DateRangeBar::rangeChanged);
    bar.setCustomRange(1700000000, 1700086400);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(bar.preset(), Preset::Custom);
    QCOMPARE(bar.start(), std::optional<qint64>(1700000000));
    QCOMPARE(bar.end(), std::optional<qint64>(1700086400));
    bar.setCustomRange(1700000000, 1700086400);
    QCOMPARE(spy.count(), 1);
}

void TestViews::shouldRoundTripState_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<Preset>("preset");
    QTest::newRow("all") << u"all"_s << Preset::AllTime;
    QTest::newRow("today") << u"today"_s << Preset::Today;
    QTest::newRow("yesterday") << u"yesterday"_s << Preset::Yesterday;
    QTest::newRow("last7days") << u"last7days"_s << Preset::Last7Days;
    QTest::newRow("thismonth") << u"thismonth"_s << Preset::ThisMonth;
    QTest::newRow("lastmonth") << u"lastmonth"_s << Preset::LastMonth;
    QTest::newRow("custom") << u"custom:1711843200:1711926037"_s << Preset::Custom;
}

void TestViews::shouldRoundTripState()
{
    QFETCH(QString, state);
    QFETCH(Preset, preset);

    DateRangeBar bar;
    bar.setPreset(preset == Preset::Yesterday ? Preset::Today : Preset::Yesterday);
    bar.restoreState(state);
    QCOMPARE(bar.preset(), preset);
    QCOMPARE(bar.stateString(), state);

    DateRangeBar other;
    other.restoreState(bar.stateString());
    QCOMPARE(other.preset(), preset);
    QCOMPARE(other.start(), bar.start());
    QCOMPARE(other.end(), bar.end());
}

void TestViews::shouldIgnoreUnknownState()
{
    DateRangeBar bar;
    bar.setPreset(Preset::ThisMonth);
    for (const QString &bad : {u"tomorrow"_s, u"custom:1:x"_s, u"custom"_s, QString()}) {
        bar.restoreState(bad);
        QCOMPARE(bar.preset(), Preset::ThisMonth);
    }
}

void TestViews::shouldShowPlaceholderWithoutRecord()
{
    CallDetailPane pane;
    auto *placeholder = pane.findChild<QLabel *>(u"placeholderLabel"_s);
    auto *tree = pane.findChild<QTreeWidget *>(u"detailTable"_s);
    QVERIFY(placeholder && tree);
    QVERIFY(placeholder->isVisibleTo(&pane));
    QVERIFY(!tree->isVisibleTo(&pane));
    QCOMPARE(placeholder->text(), u"Select a call to see all of its fields."_s);

    const CallRecord call = sampleCall();
    pane.setRecord(&call);
    QVERIFY(tree->isVisibleTo(&pane));
    pane.setRecord(nullptr);
    QVERIFY(placeholder->isVisibleTo(&pane));
    QCOMPARE(tree->topLevelItemCount(), 0);
}

void TestViews::shouldShowFieldsAndExtra()
{
    CallDetailPane pane;
    pane.setTimeZone(QTimeZone::utc());
    {
        const CallRecord call = sampleCall();
        pane.setRecord(&call);
    }  // the pane keeps its own copy
    auto *tree = pane.findChild<QTreeWidget *>(u"detailTable"_s);
    QVERIFY(tree);
    QCOMPARE(tree->columnCount(), 2);
    QCOMPARE(tree->topLevelItemCount(), CallFields::Count);

    QTreeWidgetItem *uniqueid = findItem(tree, CallFields::title(CallField::Uniqueid), 0);
    QVERIFY(uniqueid);
    QCOMPARE(uniqueid->text(1), u"1709294400.42"_s);
    QVERIFY(findItem(tree, u"2024-03-01 12:00:00 (1709294400)"_s, 1));

    QTreeWidgetItem *account = findItem(tree, u"account_id"_s, 0);
    QVERIFY(account);
    QCOMPARE(account->text(1), u"abc123"_s);
    QCOMPARE(account->parent()->text(0), u"custom_channel_vars"_s);
    QCOMPARE(account->parent()->parent()->text(0), CallFields::title(CallField::Extra));
    QTreeWidgetItem *tag = findItem(tree, u"[1]"_s, 0);
    QVERIFY(tag);
    QCOMPARE(tag->text(1), u"42"_s);
    QVERIFY(findItem(tree, u"null"_s, 1));

    // Times follow the pane's zone.
    pane.setTimeZone(QTimeZone("Europe/London"));
    QVERIFY(findItem(tree, u"2024-03-01 12:00:00 (1709294400)"_s, 1));
    pane.setTimeZone(QTimeZone("Asia/Tokyo"));
    QVERIFY(findItem(tree, u"2024-03-01 21:00:00 (1709294400)"_s, 1));

    const QString extra = CallFields::title(CallField::Extra);
    QString text = pane.copyText();
    QVERIFY2(text.contains(extra + u".custom_channel_vars.account_id\tabc123"), qPrintable(text));
    QVERIFY(text.contains(CallFields::title(CallField::Uniqueid) + u"\t1709294400.42"));

    tree->clearSelection();
    findItem(tree, u"custom_channel_vars"_s, 0)->setSelected(true);
    text = pane.copyText();
    QCOMPARE(text, extra + u".custom_channel_vars.account_id\tabc123\n"_s
                 + extra + u".custom_channel_vars.tags[0]\tvip\n"_s
                 + extra + u".custom_channel_vars.tags[1]\t42"_s);
    pane.copy();
    QCOMPARE(QApplication::clipboard()->text(), text);
}

void TestViews::shouldShowInvalidExtraAsText()
{
    CallDetailPane pane;
    CallRecord call = sampleCall();
    call.extra = u"{not json"_s;
    pane.setRecord(&call);
    auto *tree = pane.findChild<QTreeWidget *>(u"detailTable"_s);
    QTreeWidgetItem *extra = findItem(tree, CallFields::title(CallField::Extra), 0);
    QVERIFY(extra);
    QCOMPARE(extra->text(1), u"{not json"_s);
    QCOMPARE(extra->childCount(), 0);
}

void TestViews::shouldEnableOkOnlyWhenComplete()
{
    ConnectDialog dialog;
    QCOMPARE(dialog.objectName(), u"ConnectDialog"_s);
    auto *host = dialog.findChild<QLineEdit *>(u"hostEdit"_s);
    auto *database = dialog.findChild<QLineEdit *>(u"databaseEdit"_s);
    auto *user = dialog.findChild<QLineEdit *>(u"userEdit"_s);
    auto *buttons = dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s);
    QVERIFY(host && database && user && buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    QCOMPARE(host->text(), u"localhost"_s);
    QVERIFY(!ok->isEnabled());

    QTest::keyClicks(database, u"cdr"_s);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(user, u"   "_s);
    QVERIFY(!ok->isEnabled());
    user->clear();
    QTest::keyClicks(user, u"operator"_s);
    QVERIFY(ok->isEnabled());
    host->clear();
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(host, u"db.example.net"_s);
    QVERIFY(ok->isEnabled());
}

void TestViews::shouldReturnTypedSpec()
{
    ConnectDialog dialog;
    auto *host = dialog.findChild<QLineEdit *>(u"hostEdit"_s);
    auto *port = dialog.findChild<QSpinBox *>(u"portSpin"_s);
    auto *password = dialog.findChild<QLineEdit *>(u"passwordEdit"_s);
    auto *remember = dialog.findChild<QCheckBox *>(u"rememberCheck"_s);
    QVERIFY(host && port && password && remember);
    QCOMPARE(password->echoMode(), QLineEdit::Password);

    host->clear();
    QTest::keyClicks(host, u" db.example.net "_s);
    port->setValue(6543);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"databaseEdit"_s), u"cdr"_s);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"userEdit"_s), u"operator"_s);
    QTest::keyClicks(password, u"s3cret pass"_s);
    remember->setChecked(true);

    const DatabaseSpec spec = dialog.spec();
    QCOMPARE(spec.kind, DatabaseSpec::Kind::PostgreSQL);
    QCOMPARE(spec.host, u"db.example.net"_s);
    QCOMPARE(spec.port, 6543);
    QCOMPARE(spec.database, u"cdr"_s);
    QCOMPARE(spec.user, u"operator"_s);
    QCOMPARE(spec.password, u"s3cret pass"_s);
    QVERIFY(dialog.rememberPassword());

    // Prefilling never brings a password back.
    DatabaseSpec stored = spec;
    stored.kind = DatabaseSpec::Kind::MySQL;
    stored.port = 0;
    ConnectDialog again;
    again.setSpec(stored);
    const DatabaseSpec shown = again.spec();
    QCOMPARE(shown.kind, DatabaseSpec::Kind::MySQL);
    QCOMPARE(shown.port, 3306);
    QCOMPARE(shown.host, spec.host);
    QCOMPARE(shown.user, spec.user);
    QVERIFY(shown.password.isEmpty());
    QVERIFY(!shown.isAttached());

    // The attach choice round-trips through the URL the window remembers.
    auto *attach = again.findChild<QCheckBox *>(u"attachCheck"_s);
    QVERIFY(attach && !attach->isChecked());
    attach->setChecked(true);
    const DatabaseSpec attached = again.spec();
    QCOMPARE(attached.attach, DatabaseSpec::Attach::AsteriskCdr);
    QCOMPARE(attached.attachTable, u"cdr"_s);
    const Result<DatabaseSpec> parsed = DatabaseSpec::parse(attached.toUrl());
    QVERIFY(parsed && parsed->isAttached() && parsed->attachTable == u"cdr"_s);
    ConnectDialog third;
    third.setSpec(*parsed);
    QVERIFY(third.findChild<QCheckBox *>(u"attachCheck"_s)->isChecked());
}

void TestViews::shouldFollowKindWithDefaultPort()
{
    ConnectDialog dialog;
    auto *kind = dialog.findChild<QComboBox *>(u"kindCombo"_s);
    auto *port = dialog.findChild<QSpinBox *>(u"portSpin"_s);
    QVERIFY(kind && port);
    QCOMPARE(port->value(), 5432);
    kind->setCurrentIndex(kind->findData(int(DatabaseSpec::Kind::MySQL)));
    QCOMPARE(port->value(), 3306);
    port->setValue(13306);
    kind->setCurrentIndex(kind->findData(int(DatabaseSpec::Kind::PostgreSQL)));
    QCOMPARE(port->value(), 13306);  // typed by the user: kept
}

QTEST_MAIN(TestViews)
#include "tst_views.moc"
