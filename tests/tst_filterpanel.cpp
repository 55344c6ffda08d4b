// The filter panel and everything around it on the real main window (offscreen) over a real
// SQLite demo store: fields → CallFilter, applying narrows the grid to the rows an independent
// reading of the store expects, quick search, the cell menu (filter by / exclude / legs), saved
// views through the database, the last filter restored, the large-table warning.
#include "filtercontroller.h"
#include "mainwindow.h"

#include "customerscopebox.h"
#include "daterangebar.h"
#include "filterpanel.h"
#include "itemmodels/calltablemodel.h"
#include "itemmodels/savedviewmodel.h"
#include "largequerybanner.h"
#include "store/callstore.h"
#include "store/database.h"
#include "store/savedviewstore.h"
#include "store/storeworker.h"
#include "testsupport.h"
#include "textfilteredit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

template<typename T>
T *child(const QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestFilterPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DatabaseSpec m_spec;
    QList<CallRecord> m_calls;  // every call, read once through a separate connection

    qint64 expectedCount(const std::function<bool(const CallRecord &)> &keep) const
    {
        return std::count_if(m_calls.cbegin(), m_calls.cend(), [&keep](const CallRecord &call) {
            return !call.archived && keep(call);
        });
    }

    // A main window showing the demo store over all time, once its first rows are in.
    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>();
        window->show();
        QSignalSpy opened(window.get(), &MainWindow::databaseOpened);
        window->openDatabase(m_spec);
        if (!opened.wait(15000))
            return nullptr;
        child<DateRangeBar>(window.get(), QString())->setPreset(DateRangeBar::Preset::AllTime);
        return window;
    }

    // Waits until the grid holds `rows` counted rows and its first row is loaded.
    static bool settled(CallTableModel *model, qint64 rows)
    {
        if (!QTest::qWaitFor([&] { return !model->isCounting() && model->rowCount() == rows; }, 15000)) {
            qWarning("the grid has %d rows, %lld expected", model->rowCount(), rows);
            return false;
        }
        return rows == 0 || QTest::qWaitFor([&] {
            return model->data(model->index(0, 0), CallTableModel::LoadedRole).toBool();
        }, 15000);
    }

    static QString cell(CallTableModel *model, int row, CallField field)
    {
        return model->data(model->index(row, int(field)), CallTableModel::RawValueRole).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"CDR Desk Tests"_s);
        QCoreApplication::setApplicationName(u"tst_filterpanel"_s);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        QString error;
        m_spec = TestSupport::demoStore(m_dir.filePath(u"demo.db"_s), 6000, 11, 120, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto db = Database::open(m_spec);
        QVERIFY(db);
        m_calls = TestSupport::allCalls(**db);
        QVERIFY(m_calls.size() >= 6000);
    }

    void init()
    {
        QSettings().clear();
    }

    void shouldBuildTheFilterFromTheFields()
    {
        FilterPanel panel;
        type(child<QLineEdit>(&panel, u"snumberEdit"_s), u"44, 33"_s);
        child<QComboBox>(&panel, u"snumberMatch"_s)->setCurrentIndex(1);  // starts with
        child<QCheckBox>(&panel, u"snumberNot"_s)->setChecked(true);
        type(child<QLineEdit>(&panel, u"callername_numberEdit"_s), u"smith,,jr"_s);
        type(child<QLineEdit>(&panel, u"statusEdit"_s), u"answer"_s);
        child<QCheckBox>(&panel, u"busyCheck"_s)->setChecked(true);
        child<QCheckBox>(&panel, u"answeredCheck"_s)->setChecked(true);
        child<QSpinBox>(&panel, u"talktimeMinimumSpin"_s)->setValue(10);
        child<QSpinBox>(&panel, u"talktimeMaximumSpin"_s)->setValue(60);
        child<QComboBox>(&panel, u"callbillingCombo"_s)->setCurrentIndex(2);
        child<QComboBox>(&panel, u"calltypeCombo"_s)->setCurrentIndex(1);
        type(child<QLineEdit>(&panel, u"peerEdit"_s), u"7"_s);
        type(child<QLineEdit>(&panel, u"invoiceEdit"_s), u"12"_s);
        child<QComboBox>(&panel, u"customerScopeCombo"_s)->setCurrentIndex(5);  // prepaid
        child<QCheckBox>(&panel, u"archiveCheck"_s)->setChecked(true);
        type(child<QLineEdit>(&panel, u"ipEdit"_s), u"10.0.0.1"_s);

        CallFilter expected;
        expected.snumber = {{u"44"_s, u"33"_s}, MatchMode::Start, true};
        expected.callername = {{u"smith,jr"_s}, MatchMode::Contains, false};
        expected.status = {{u"answer"_s}, MatchMode::Contains, false};
        expected.statuses = {u"answered"_s, u"busy"_s};
        expected.talktimeMinimum = 10;
        expected.talktimeMaximum = 60;
        expected.callbilling = u"billed"_s;
        expected.calltype = u"incoming"_s;
        expected.peer = 7;
        expected.invoice = 12;
        expected.customer = CustomerScope::Prepaid;
        expected.archive = true;
        expected.ip = {{u"10.0.0.1"_s}, MatchMode::Contains, false};
        const CallFilter built = panel.filter();
        QCOMPARE(built.toParameters(), expected.toParameters());
        QVERIFY(panel.problems().isEmpty());

        // And back: a filter shown in the panel reads back the same.
        FilterPanel other;
        other.setFilter(built);
        QCOMPARE(other.filter().toParameters(), built.toParameters());
        QCOMPARE(child<QLineEdit>(&other, u"callername_numberEdit"_s)->text(), u"smith,,jr"_s);
    }

    void shouldShowWhatIsWrongBesideTheField()
    {
        FilterPanel panel;
        panel.show();
        QSignalSpy apply(&panel, &FilterPanel::applyRequested);
        type(child<QLineEdit>(&panel, u"peerEdit"_s), u"abc"_s);
        type(child<QLineEdit>(&panel, u"snumberEdit"_s), u"_44[5-"_s);
        child<QSpinBox>(&panel, u"talktimeMinimumSpin"_s)->setValue(100);
        child<QSpinBox>(&panel, u"talktimeMaximumSpin"_s)->setValue(20);
        child<QComboBox>(&panel, u"customerScopeCombo"_s)->setCurrentIndex(2);  // one customer, none chosen
        panel.apply();
        QCOMPARE(apply.size(), 0);
        for (const QString &name : {u"peerError"_s, u"snumberError"_s, u"talktimeError"_s, u"customerError"_s}) {
            QLabel *label = child<QLabel>(&panel, name);
            QVERIFY2(label->isVisible() && !label->text().isEmpty(), qPrintable(name));
        }
        QVERIFY(child<QLabel>(&panel, u"peerError"_s)->text().contains(u"abc"_s));
        QVERIFY(!child<QLabel>(&panel, u"cnumberError"_s)->isVisible());
        QCOMPARE(panel.problems().size(), 4);

        type(child<QLineEdit>(&panel, u"peerEdit"_s), u"3"_s);
        type(child<QLineEdit>(&panel, u"snumberEdit"_s), u"_44[5-7]X."_s);
        child<QSpinBox>(&panel, u"talktimeMaximumSpin"_s)->setValue(-1);
        child<QComboBox>(&panel, u"customerScopeCombo"_s)->setCurrentIndex(0);
        QVERIFY(!child<QLabel>(&panel, u"peerError"_s)->isVisible());
        QVERIFY(!child<QLabel>(&panel, u"snumberError"_s)->isVisible());
        QVERIFY(apply.wait(FilterPanel::DebounceMs * 4));  // applies by itself once valid
        QCOMPARE(panel.filter().peer, 3);
    }

    void shouldNarrowTheGridWhenApplied()
    {
        auto window = openWindow();
        QVERIFY(window);
        CallTableModel *model = window->callModel();
        FilterPanel *panel = window->filterController()->panel();
        QVERIFY(settled(model, expectedCount([](const CallRecord &) { return true; })));

        type(child<QLineEdit>(panel, u"snumberEdit"_s), u"+44"_s);
        child<QComboBox>(panel, u"snumberMatch"_s)->setCurrentIndex(1);
        type(child<QLineEdit>(panel, u"statusEdit"_s), u"answer"_s);
        child<QSpinBox>(panel, u"talktimeMinimumSpin"_s)->setValue(30);
        child<QPushButton>(panel, u"applyFiltersButton"_s)->click();
        const qint64 expected = expectedCount([](const CallRecord &call) {
            return call.snumber.startsWith(u"+44"_s) && call.status == u"answer" && call.talktime >= 30;
        });
        QVERIFY(expected > 0);
        QVERIFY(settled(model, expected));
        QCOMPARE(model->filter().snumber.values, QStringList({u"+44"_s}));
        QVERIFY(cell(model, 0, CallField::Snumber).startsWith(u"+44"_s));
        QVERIFY(child<QLabel>(panel, u"filterSummary"_s)->text().contains(u"+44"_s));

        // "not": the complement within the other conditions.
        child<QCheckBox>(panel, u"snumberNot"_s)->setChecked(true);
        panel->apply();
        QVERIFY(settled(model, expectedCount([](const CallRecord &call) {
            return !call.snumber.startsWith(u"+44"_s) && call.status == u"answer" && call.talktime >= 30;
        })));

        // Clear all brings every call back; the time range stays.
        child<QPushButton>(panel, u"clearFiltersButton"_s)->click();
        QVERIFY(settled(model, expectedCount([](const CallRecord &) { return true; })));
        QVERIFY(model->filter().isUnfiltered());
        QCOMPARE(child<QLabel>(panel, u"filterSummary"_s)->text(), panel->tr("Showing all calls"));
    }

    void shouldQuickSearchNumbersAndNames()
    {
        auto window = openWindow();
        QVERIFY(window);
        CallTableModel *model = window->callModel();
        QVERIFY(settled(model, expectedCount([](const CallRecord &) { return true; })));
        // A caller name of the store, typed in other case.
        const QString name = std::find_if(m_calls.cbegin(), m_calls.cend(), [](const CallRecord &call) {
                                 return call.sname.size() > 4;
                             })->sname.section(u' ', -1).toLower();
        QTest::keySequence(window.get(), QKeySequence::Find);
        QLineEdit *search = child<QLineEdit>(window.get(), u"quickSearch"_s);
        QVERIFY(search->hasFocus());
        QTest::keyClicks(search, name);
        const qint64 expected = expectedCount([&name](const CallRecord &call) {
            return call.sname.contains(name, Qt::CaseInsensitive) || call.snumber.contains(name)
                || call.cnumber.contains(name) || call.dnumber.contains(name);
        });
        QVERIFY(expected > 0);
        QVERIFY(settled(model, expected));
        QCOMPARE(model->filter().search, name);
        QVERIFY(cell(model, 0, CallField::Sname).contains(name, Qt::CaseInsensitive));

        // A number fragment.
        const QString digits = m_calls.first().cnumber.right(5);
        type(search, digits);
        QVERIFY(settled(model, expectedCount([&digits](const CallRecord &call) {
            return call.sname.contains(digits, Qt::CaseInsensitive) || call.snumber.contains(digits)
                || call.cnumber.contains(digits) || call.dnumber.contains(digits);
        })));
        QTest::keyClick(search, Qt::Key_Escape);
        QVERIFY(search->text().isEmpty());
        QVERIFY(settled(model, expectedCount([](const CallRecord &) { return true; })));
    }

    void shouldFilterByAndExcludeACellValue()
    {
        auto window = openWindow();
        QVERIFY(window);
        CallTableModel *model = window->callModel();
        FilterController *filters = window->filterController();
        QVERIFY(settled(model, expectedCount([](const CallRecord &) { return true; })));
        const QString status = cell(model, 0, CallField::Status);
        QVERIFY(!status.isEmpty());

        std::unique_ptr<QMenu> menu(filters->cellMenu(model->index(0, int(CallField::Status)), window.get()));
        QAction *keep = child<QAction>(menu.get(), u"filterByValueAction"_s);
        QVERIFY(keep->isEnabled());
        QVERIFY(keep->text().contains(model->index(0, int(CallField::Status)).data().toString()));
        keep->trigger();
        const qint64 kept = expectedCount([&status](const CallRecord &call) { return call.status == status; });
        QVERIFY(settled(model, kept));
        QCOMPARE(child<QLineEdit>(filters->panel(), u"statusEdit"_s)->text(), status);

        menu.reset(filters->cellMenu(model->index(0, int(CallField::Status)), window.get()));
        child<QAction>(menu.get(), u"excludeValueAction"_s)->trigger();
        QVERIFY(settled(model, expectedCount([&status](const CallRecord &call) { return call.status != status; })));
        QVERIFY(child<QCheckBox>(filters->panel(), u"statusNot"_s)->isChecked());
        QVERIFY(cell(model, 0, CallField::Status) != status);

        // Times cannot be filtered by from here.
        menu.reset(filters->cellMenu(model->index(0, int(CallField::Start)), window.get()));
        QVERIFY(!child<QAction>(menu.get(), u"filterByValueAction"_s)->isEnabled());
        QVERIFY(!child<QAction>(menu.get(), u"excludeValueAction"_s)->isEnabled());
    }

    void shouldShowEveryLegOfACall()
    {
        auto window = openWindow();
        QVERIFY(window);
        CallTableModel *model = window->callModel();
        QVERIFY(settled(model, expectedCount([](const CallRecord &) { return true; })));
        // A call with several legs, found through the grid by its callid.
        QHash<QString, int> legs;
        for (const CallRecord &call : std::as_const(m_calls))
            ++legs[call.callid];
        const auto several = std::find_if(m_calls.cbegin(), m_calls.cend(), [&legs](const CallRecord &call) {
            return legs.value(call.callid) > 1 && !call.archived;
        });
        QVERIFY(several != m_calls.cend());
        type(child<QLineEdit>(window.get(), u"quickSearch"_s), several->snumber);
        QVERIFY(settled(model, expectedCount([&several](const CallRecord &call) {
            return call.sname.contains(several->snumber, Qt::CaseInsensitive) || call.snumber.contains(several->snumber)
                || call.cnumber.contains(several->snumber) || call.dnumber.contains(several->snumber);
        })));
        int row = -1;
        for (int r = 0; r < model->rowCount() && row < 0; ++r) {
            QTRY_VERIFY(model->record(r));
            if (model->record(r)->id == several->id)
                row = r;
        }
        QVERIFY(row >= 0);
        std::unique_ptr<QMenu> menu(window->filterController()->cellMenu(model->index(row, int(CallField::Snumber)), window.get()));
        QAction *show = child<QAction>(menu.get(), u"showLegsAction"_s);
        QVERIFY(show->isEnabled());
        show->trigger();
        QVERIFY(settled(model, legs.value(several->callid)));
        QCOMPARE(model->filter().callid.values, QStringList({several->callid}));
        QVERIFY(model->filter().search.isEmpty());
        auto *dateBar = child<DateRangeBar>(window.get(), QString());
        QCOMPARE(dateBar->preset(), DateRangeBar::Preset::Custom);
        QVERIFY(*dateBar->start() <= several->start && several->start < *dateBar->end());
    }

    void shouldSaveApplyRenameAndDeleteViewsInTheDatabase()
    {
        auto window = openWindow();
        QVERIFY(window);
        CallTableModel *model = window->callModel();
        FilterController *filters = window->filterController();
        FilterPanel *panel = filters->panel();
        QVERIFY(settled(model, expectedCount([](const CallRecord &) { return true; })));
        QSignalSpy loaded(filters->savedViews(), &SavedViewModel::loaded);

        // A filter, a sort, a custom range and fewer columns.
        const QString prefix = m_calls.first().dnumber.left(3);
        type(child<QLineEdit>(panel, u"dnumberEdit"_s), prefix);
        child<QComboBox>(panel, u"dnumberMatch"_s)->setCurrentIndex(1);
        panel->apply();
        auto *view = child<QTableView>(window.get(), u"callTable"_s);
        QHeaderView *header = view->horizontalHeader();
        header->sectionClicked(int(CallField::Talktime));
        header->setSectionHidden(int(CallField::Source), true);
        header->moveSection(header->visualIndex(int(CallField::Cost)), 0);
        const QList<CallField> columns = filters->visibleColumns();
        QCOMPARE(columns.first(), CallField::Cost);
        QVERIFY(!columns.contains(CallField::Source));
        const CallFilter saved = model->filter();
        QCOMPARE(saved.sort, u"talktime"_s);

        type(child<QLineEdit>(panel, u"viewNameEdit"_s), u"US destinations"_s);
        child<QPushButton>(panel, u"saveViewButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(filters->savedViews()->find(u"US destinations"_s), 10000);
        {
            // In the database, for every operator.
            auto db = Database::open(m_spec);
            const QList<SavedView> views = *SavedViewStore(**db).list();
            QCOMPARE(views.size(), 1);
            QCOMPARE(views.first().filter, saved);
            QCOMPARE(views.first().columns, columns);
            QCOMPARE(views.first().period, u"all"_s);
        }

        // Change everything, then apply the view from the list.
        child<QPushButton>(panel, u"clearFiltersButton"_s)->click();
        header->sectionClicked(int(CallField::Cnumber));
        header->setSectionHidden(int(CallField::Source), false);
        child<DateRangeBar>(window.get(), QString())->setPreset(DateRangeBar::Preset::Yesterday);
        QVERIFY(model->filter() != saved);
        auto *list = child<QListView>(panel, u"savedViewList"_s);
        list->setCurrentIndex(list->model()->index(0, 0));
        child<QPushButton>(panel, u"applyViewButton"_s)->click();
        QCOMPARE(model->filter(), saved);
        QCOMPARE(filters->visibleColumns(), columns);
        QCOMPARE(header->sortIndicatorSection(), int(CallField::Talktime));
        QCOMPARE(child<QLineEdit>(panel, u"dnumberEdit"_s)->text(), prefix);
        QVERIFY(settled(model, expectedCount([&prefix](const CallRecord &call) { return call.dnumber.startsWith(prefix); })));

        // Rename, then delete.
        type(child<QLineEdit>(panel, u"viewNameEdit"_s), u"North America"_s);
        child<QPushButton>(panel, u"renameViewButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(filters->savedViews()->find(u"North America"_s), 10000);
        QVERIFY(!filters->savedViews()->find(u"US destinations"_s));
        list->setCurrentIndex(list->model()->index(0, 0));
        child<QPushButton>(panel, u"deleteViewButton"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(filters->savedViews()->rowCount(), 0, 10000);
        auto db = Database::open(m_spec);
        QCOMPARE(SavedViewStore(**db).list()->size(), 0);
    }

    void shouldRestoreTheLastFilterOfTheDatabase()
    {
        {
            auto window = openWindow();
            QVERIFY(window);
            FilterPanel *panel = window->filterController()->panel();
            type(child<QLineEdit>(panel, u"cnumberEdit"_s), u"555"_s);
            child<QCheckBox>(panel, u"cnumberNot"_s)->setChecked(true);
            child<QComboBox>(panel, u"callbillingCombo"_s)->setCurrentIndex(2);
            panel->apply();
            QCOMPARE(window->callModel()->filter().callbilling, u"billed"_s);
        }
        // Another database does not get it.
        QTemporaryDir other;
        const DatabaseSpec empty = DatabaseSpec::sqlite(other.filePath(u"empty.db"_s));
        QVERIFY(Database::open(empty, Database::OpenMode::CreateIfMissing));
        {
            MainWindow window;
            QSignalSpy opened(&window, &MainWindow::databaseOpened);
            window.openDatabase(empty);
            QVERIFY(opened.wait(15000));
            QVERIFY(window.callModel()->filter().isUnfiltered());
        }
        auto window = openWindow();
        QVERIFY(window);
        const CallFilter filter = window->callModel()->filter();
        QCOMPARE(filter.cnumber.values, QStringList({u"555"_s}));
        QVERIFY(filter.cnumber.negate);
        QCOMPARE(filter.callbilling, u"billed"_s);
        FilterPanel *panel = window->filterController()->panel();
        QCOMPARE(child<QLineEdit>(panel, u"cnumberEdit"_s)->text(), u"555"_s);
        QVERIFY(child<QCheckBox>(panel, u"cnumberNot"_s)->isChecked());
        QVERIFY(settled(window->callModel(), expectedCount([](const CallRecord &call) {
            return !call.cnumber.contains(u"555"_s) && call.cost.units() > 0;
        })));
    }

    void shouldWarnAboutALargeTableWithoutATimeRange()
    {
        auto window = std::make_unique<MainWindow>();
        window->show();
        FilterController *filters = window->filterController();
        filters->setLargeTableThreshold(1000);
        QSignalSpy known(filters, &FilterController::tableSizeKnown);
        QSignalSpy opened(window.get(), &MainWindow::databaseOpened);
        window->openDatabase(m_spec);
        QVERIFY(opened.wait(15000));
        QVERIFY(known.wait(15000));
        QCOMPARE(known.first().first().toLongLong(), m_calls.size());
        auto *dateBar = child<DateRangeBar>(window.get(), QString());
        dateBar->setPreset(DateRangeBar::Preset::AllTime);
        LargeQueryBanner *banner = filters->banner();
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(child<QLabel>(banner, u"largeQueryText"_s)->text().contains(QLocale().toString(m_calls.size())));

        child<QPushButton>(banner, u"lastSevenDaysButton"_s)->click();
        QCOMPARE(dateBar->preset(), DateRangeBar::Preset::Last7Days);
        QVERIFY(window->callModel()->filter().start.has_value());
        QTRY_VERIFY(!banner->isVisible());

        dateBar->setPreset(DateRangeBar::Preset::AllTime);
        QTRY_VERIFY(banner->isVisible());
        child<QPushButton>(banner, u"dismissBannerButton"_s)->click();
        QVERIFY(!banner->isVisible());

        // A table below the threshold never warns.
        filters->setLargeTableThreshold(m_calls.size() + 1);
        QVERIFY(!banner->isVisible());
    }

    void shouldNameEveryWidgetAndOfferShortcuts()
    {
        MainWindow window;
        FilterPanel *panel = window.filterController()->panel();
        // Every control a person or a test reaches; Qt's own inner parts (a line edit's clear
        // button, a spin box's editor) aside.
        const auto isControl = [](const QWidget *widget) {
            for (const char *type : {"QLineEdit", "QComboBox", "QAbstractSpinBox", "QAbstractButton", "QAbstractItemView"}) {
                if (widget->inherits(type))
                    return true;
            }
            return false;
        };
        const QList<QWidget *> widgets = panel->findChildren<QWidget *>();
        int checked = 0;
        for (QWidget *widget : widgets) {
            bool inner = false;
            for (const QWidget *parent = widget->parentWidget(); parent && parent != panel; parent = parent->parentWidget())
                inner = inner || isControl(parent);
            if (!isControl(widget) || inner)
                continue;
            ++checked;
            QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
            if (!widget->inherits("QAbstractButton"))
                QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
        QVERIFY(checked > 40);
        QVERIFY(child<QAction>(&window, u"quickSearchAction"_s)->shortcut() == QKeySequence(QKeySequence::Find));
        QVERIFY(!child<QAction>(&window, u"clearFiltersAction"_s)->shortcut().isEmpty());
    }
};

QTEST_MAIN(TestFilterPanel)
#include "tst_filterpanel.moc"
