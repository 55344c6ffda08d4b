// The desktop polish on the real main window (offscreen): the dashboard tab and its charts,
// clicking a bar to narrow the grid, chart export, copying rows as TSV, the settings dialog
// and remembered dialog geometry.
#include "appearance.h"
#include "chartpanel.h"
#include "core/companydetails.h"
#include "core/displaysettings.h"
#include "dashboard/dashboardmodel.h"
#include "dashboard/dashboardquery.h"
#include "dashboardview.h"
#include "daterangebar.h"
#include "billingcontroller.h"
#include "filtercontroller.h"
#include "invoicesview.h"
#include "itemmodels/calltablemodel.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "trafficgrid.h"

#include "testsupport.h"

#include <QBarSet>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QScrollArea>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <numeric>

using namespace Qt::StringLiterals;

class tst_Desktop : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DatabaseSpec m_spec;

    // Clicks with the mouse in the middle of bar `index` of set `set` of the chart's first series.
    static void clickBar(QChartView *view, int index, int set)
    {
        auto *series = qobject_cast<QAbstractBarSeries *>(view->chart()->series().value(0));
        QVERIFY(series && set < series->count() && index < series->barSets()[set]->count());
        const bool horizontal = series->type() == QAbstractSeries::SeriesTypeHorizontalBar;
        // Stacked sets lie on each other: the middle of this one is above those below it.
        double below = 0;
        for (int i = 0; series->type() == QAbstractSeries::SeriesTypeStackedBar && i < set; ++i)
            below += series->barSets()[i]->at(index);
        const double value = below + series->barSets()[set]->at(index) / 2;
        // Side by side sets: the first is left of the category's middle, the second right.
        const double offset = series->count() > 1 && series->type() == QAbstractSeries::SeriesTypeBar ? (set ? 0.2 : -0.2) : 0.0;
        const QPointF point = horizontal ? QPointF(value, index + offset) : QPointF(index + offset, value);
        const QPoint at = view->mapFromScene(view->chart()->mapToPosition(point, series));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    }

    static qint64 countOf(const QString &where, const QVariantList &values = {})
    {
        QSqlQuery query(QSqlDatabase::database(u"tst_desktop_check"_s));
        query.prepare(u"SELECT COUNT(*) FROM calls WHERE archived = 0 AND "_s + where);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    // Whole cents as German writes them: 1.234,50.
    static QString germanCents(qint64 cents)
    {
        QString whole = QString::number(cents / 100);
        for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
            whole.insert(i, u'.');
        return whole + u',' + QString::number(cents % 100).rightJustified(2, u'0');
    }

    void openStore(MainWindow &window)
    {
        window.show();
        QSignalSpy opened(&window, &MainWindow::databaseOpened);
        window.openDatabase(m_spec);
        QVERIFY(opened.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(window.callModel()->hasTotals(), 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"CDR Desk Tests"_s);
        QCoreApplication::setApplicationName(u"tst_desktop"_s);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        QString error;
        m_spec = TestSupport::demoStore(m_dir.filePath(u"demo.db"_s), 20000, 5, 30, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        DisplaySettings utc;
        utc.timeZone = u"UTC"_s;
        utc.save();
    }

    void dashboardShouldDrawTheFilterAndNarrowTheGrid()
    {
        MainWindow window;
        openStore(window);
        auto *tabs = window.findChild<QTabWidget *>(u"viewTabs"_s);
        QVERIFY(tabs);
        auto *dashboard = window.findChild<DashboardView *>(u"dashboard"_s);
        QVERIFY(dashboard);
        // View › Next View reaches the dashboard; it computes only once shown.
        window.findChild<QAction *>(u"nextViewAction"_s)->trigger();
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(dashboard));
        DashboardModel *model = window.dashboardModel();
        QVERIFY(model);
        QTRY_VERIFY_WITH_TIMEOUT(model->data().done == DashboardQuery::AllParts && !model->isLoading(), 20000);
        QCOMPARE(model->filter().start, window.callModel()->filter().start);

        // Every chart has its panel; the calls chart stacks one set per status, summing to the grid's count.
        for (const QString &name : {u"callsChart"_s, u"ratesChart"_s, u"concurrencyChart"_s, u"minutesChart"_s,
                                    u"costChart"_s, u"customersChart"_s, u"trafficChart"_s})
            QVERIFY2(dashboard->findChild<ChartPanel *>(name), qPrintable(name));
        auto *callsView = dashboard->findChild<QChartView *>(u"callsChartView"_s);
        QVERIFY(callsView);
        auto *series = qobject_cast<QStackedBarSeries *>(callsView->chart()->series().value(0));
        QVERIFY(series);
        QCOMPARE(series->count(), qsizetype(model->data().statuses().size()));
        double drawn = 0;
        for (QBarSet *set : series->barSets()) {
            for (int i = 0; i < set->count(); ++i)
                drawn += set->at(i);
        }
        QCOMPARE(qint64(drawn), qint64(window.callModel()->rowCount()));
        const auto *grid = dashboard->findChild<TrafficGrid *>(u"trafficGrid"_s);
        QCOMPARE(std::accumulate(grid->counts().cbegin(), grid->counts().cend(), qint64(0)), qint64(window.callModel()->rowCount()));

        // Export as PNG and SVG.
        auto *panel = dashboard->findChild<ChartPanel *>(u"callsChart"_s);
        const QString png = m_dir.filePath(u"calls.png"_s);
        const QString svg = m_dir.filePath(u"calls.svg"_s);
        QVERIFY(panel->exportTo(png));
        QVERIFY(panel->exportTo(svg));
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), panel->content()->size() * panel->content()->devicePixelRatioF());
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("</svg>"));
        QString error;
        QVERIFY(!panel->exportTo(m_dir.filePath(u"missing/folder/calls.png"_s), &error));
        QVERIFY(error.contains(u"missing/folder"_s));

        // Clicking a day's bar shows that day's calls in the grid.
        int busiest = 0;
        for (int i = 0; i < model->data().timeline.size(); ++i) {
            if (model->data().timeline[i].calls > model->data().timeline[busiest].calls)
                busiest = i;
        }
        const TimeBucket bucket = model->data().timeline[busiest];
        auto *concurrencyView = dashboard->findChild<QChartView *>(u"concurrencyChartView"_s);
        clickBar(concurrencyView, busiest, 0);
        QCOMPARE(tabs->currentWidget(), window.findChild<QWidget *>(u"gridArea"_s));  // the grid with its banner
        QCOMPARE(window.callModel()->filter().start, bucket.start);
        QCOMPARE(window.callModel()->filter().end, bucket.end);
        QTRY_COMPARE_WITH_TIMEOUT(window.callModel()->rowCount(), int(bucket.calls), 10000);

        // And the dashboard follows: back on it, it shows that day by the hour.
        window.findChild<QAction *>(u"previousViewAction"_s)->trigger();
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(dashboard));
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->data().step == TimeStep::Hour, 20000);
        QCOMPARE(model->filter().start, bucket.start);
    }

    void everyChartShouldNarrowTheGridToWhatWasClicked()
    {
        MainWindow window;
        window.resize(1400, 2200);  // every chart on screen, so the mouse can reach it
        openStore(window);
        auto *tabs = window.findChild<QTabWidget *>(u"viewTabs"_s);
        auto *dashboard = window.findChild<DashboardView *>(u"dashboard"_s);
        DashboardModel *model = window.dashboardModel();
        auto *grid = window.callModel();
        const auto showDashboard = [&] {
            tabs->setCurrentWidget(dashboard);
            QTRY_VERIFY_WITH_TIMEOUT(model->data().done == DashboardQuery::AllParts && !model->isLoading(), 20000);
        };
        showDashboard();
        const CallFilter whole = model->filter();
        QVERIFY(whole.start && whole.end);
        const QString range = u"start >= %1 AND start < %2"_s.arg(*whole.start).arg(*whole.end);
        QSqlDatabase check = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tst_desktop_check"_s);
        check.setDatabaseName(m_spec.path);
        QVERIFY(check.open());

        // A status segment of the calls chart: that status in that day.
        const DashboardData data = model->data();
        int busiest = 0;
        for (int i = 0; i < data.timeline.size(); ++i) {
            if (data.timeline[i].calls > data.timeline[busiest].calls)
                busiest = i;
        }
        const TimeBucket bucket = data.timeline[busiest];
        const QString status = data.statuses().value(1);
        QVERIFY(bucket.callsByStatus.value(status) > 0);
        clickBar(dashboard->findChild<QChartView *>(u"callsChartView"_s), busiest, 1);
        QCOMPARE(tabs->currentWidget(), window.findChild<QWidget *>(u"gridArea"_s));
        QCOMPARE(grid->filter().status.values, QStringList{status});
        QCOMPARE(*grid->filter().start, bucket.start);
        QCOMPARE(*grid->filter().end, bucket.end);
        QTRY_COMPARE_WITH_TIMEOUT(grid->rowCount(), int(bucket.callsByStatus.value(status)), 10000);
        // The filter panel shows it too, so Apply keeps it.
        window.filterController()->applyPanel();
        QCOMPARE(grid->filter().status.values, QStringList{status});

        // The top destination by minutes: its country and region, in every currency.
        window.filterController()->clearAll();
        window.findChild<DateRangeBar *>()->setCustomRange(*whole.start, *whole.end);
        showDashboard();
        const QList<DestinationTotal> top = model->data().topByMinutes(DashboardView::TopCount);
        const auto known = std::find_if(top.cbegin(), top.cend(), [](const DestinationTotal &d) { return !d.region.isEmpty(); });
        QVERIFY(known != top.cend());
        clickBar(dashboard->findChild<QChartView *>(u"minutesChartView"_s), int(top.cend() - known) - 1, 0);  // bottom to top
        QCOMPARE(grid->filter().ccountry.values, QStringList{known->country});
        QCOMPARE(grid->filter().cregion.values, QStringList{known->region});
        const qint64 toDestination = countOf(range + u" AND cnumber_country = ? AND cnumber_region = ?"_s,
                                             {known->country, known->region});
        QVERIFY(toDestination >= known->calls);
        QTRY_COMPARE_WITH_TIMEOUT(qint64(grid->rowCount()), toDestination, 10000);

        // A customer's revenue bar: that customer's calls.
        window.filterController()->clearAll();
        window.findChild<DateRangeBar *>()->setCustomRange(*whole.start, *whole.end);
        showDashboard();
        const CustomerTotal customer = model->data().customers.first();
        clickBar(dashboard->findChild<QChartView *>(u"customersChartView"_s), 0, 0);
        QCOMPARE(grid->filter().customer, CustomerScope::Id);
        QCOMPARE(grid->filter().customerId, customer.customer.toLongLong());
        const qint64 ofCustomer = countOf(range + u" AND (scustomer = %1 OR dcustomer = %1)"_s.arg(customer.customer));
        QVERIFY(ofCustomer >= customer.calls);
        QTRY_COMPARE_WITH_TIMEOUT(qint64(grid->rowCount()), ofCustomer, 10000);

        // A weekday × hour cell: the last such hour of the range (UTC here).
        window.filterController()->clearAll();
        window.findChild<DateRangeBar *>()->setCustomRange(*whole.start, *whole.end);
        showDashboard();
        auto *traffic = dashboard->findChild<TrafficGrid *>(u"trafficGrid"_s);
        const auto &counts = traffic->counts();
        const int cell = int(std::max_element(counts.cbegin(), counts.cend()) - counts.cbegin());
        dashboard->findChild<QScrollArea *>(u"dashboardScroll"_s)->ensureWidgetVisible(traffic);
        QTest::mouseClick(traffic, Qt::LeftButton, {}, traffic->cellCenter(cell / 24, cell % 24));
        QCOMPARE(tabs->currentWidget(), window.findChild<QWidget *>(u"gridArea"_s));
        const QDateTime slot = QDateTime::fromSecsSinceEpoch(*grid->filter().start, QTimeZone::utc());
        QCOMPARE(slot.date().dayOfWeek() - 1, cell / 24);
        QCOMPARE(slot.time(), QTime(cell % 24, 0));
        QCOMPARE(*grid->filter().end - *grid->filter().start, 3600);
        QVERIFY(*grid->filter().end <= *whole.end && *grid->filter().end + 7 * 86400 > *whole.end);
        const qint64 inSlot = countOf(u"start >= %1 AND start < %2"_s.arg(*grid->filter().start).arg(*grid->filter().end));
        QVERIFY(inSlot > 0);
        QTRY_COMPARE_WITH_TIMEOUT(qint64(grid->rowCount()), inSlot, 10000);
        check.close();
    }

    void copyShouldPutSelectedRowsAsTsvOnTheClipboard()
    {
        MainWindow window;
        openStore(window);
        auto *view = window.findChild<QTableView *>(u"callTable"_s);
        CallTableModel *model = window.callModel();
        QTRY_VERIFY(model->data(model->index(3, 0), CallTableModel::LoadedRole).toBool());
        view->selectionModel()->select(QItemSelection(model->index(1, 0), model->index(3, 0)),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QGuiApplication::clipboard()->clear();
        view->setFocus();
        QTest::keySequence(view, QKeySequence::Copy);
        const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n');
        QCOMPARE(lines.size(), 5);  // header, three rows, and the final line break
        QCOMPARE(lines.last(), QString());

        const QHeaderView *header = view->horizontalHeader();
        QStringList titles;
        QList<int> sections;
        for (int visual = 0; visual < header->count(); ++visual) {
            const int section = header->logicalIndex(visual);
            if (!header->isSectionHidden(section)) {
                sections.append(section);
                titles.append(model->headerData(section, Qt::Horizontal).toString());
            }
        }
        QCOMPARE(lines[0], titles.join(u'\t'));
        for (int row = 1; row <= 3; ++row) {
            QStringList cells;
            // As the grid shows them, amounts without the currency display (a spreadsheet reads
            // them as numbers; the Currency column has the code).
            for (int section : sections)
                cells.append(CallTableModel::displayText(*model->record(row), CallField(section), model->displayTimeZone()));
            QCOMPARE(lines[row], cells.join(u'\t'));
        }
        QVERIFY(lines[1].count(u'\t') == sections.size() - 1);
    }

    void currencyDisplayShouldWriteAmountsInTheGridDashboardAndInvoices()
    {
        MainWindow window;
        window.resize(1400, 1000);
        openStore(window);
        window.findChild<QAction *>(u"settingsAction"_s)->trigger();
        SettingsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<SettingsDialog *>(u"settingsDialog"_s)) && dialog->isVisible());
        auto *currency = dialog->findChild<QComboBox *>(u"currencyCombo"_s);
        currency->setCurrentIndex(currency->findData(int(DisplaySettings::CurrencyDisplay::Symbol)));
        auto *language = dialog->findChild<QComboBox *>(u"languageCombo"_s);
        language->setCurrentIndex(language->findData(u"de"_s));
        dialog->accept();
        const QString dollars = QChar(0x00A0) + u"$"_s;  // German puts the symbol after the amount

        // The grid: a dollar cost, exact to its four decimals, with a decimal comma and the sign.
        CallTableModel *grid = window.callModel();
        int row = -1;
        for (int r = 0; r < 50 && row < 0; ++r) {
            QTRY_VERIFY(grid->index(r, 0).data(CallTableModel::LoadedRole).toBool());
            if (grid->record(r)->currency == u"USD" && grid->record(r)->cost.units() > 0)
                row = r;
        }
        QVERIFY(row >= 0);
        const QString plain = grid->record(row)->cost.toString(4);  // below 1000 in the demo
        QCOMPARE(grid->index(row, int(CallField::Cost)).data().toString(), QString(plain).replace(u'.', u',') + dollars);
        QCOMPARE(grid->index(row, int(CallField::Cost)).data(CallTableModel::RawValueRole).toLongLong(),
                 grid->record(row)->cost.units());

        // The dashboard's summary: the customers' revenue to the cent.
        auto *tabs = window.findChild<QTabWidget *>(u"viewTabs"_s);
        auto *dashboard = window.findChild<DashboardView *>(u"dashboard"_s);
        DashboardModel *model = window.dashboardModel();
        tabs->setCurrentWidget(dashboard);
        QTRY_VERIFY_WITH_TIMEOUT(model->data().done == DashboardQuery::AllParts && !model->isLoading(), 20000);
        qint64 revenue = 0;
        for (const CustomerTotal &c : model->data().customers) {
            QCOMPARE(c.currency, u"USD"_s);
            revenue += c.revenue.units();
        }
        const QString summary = dashboard->findChild<QLabel *>(u"dashboardSummary"_s)->text();
        QVERIFY2(summary.contains(germanCents((revenue + 500'000) / 1'000'000) + dollars), qPrintable(summary));

        // An invoice of the top customer: the list, the status line and the review.
        InvoicesView *invoices = window.billing()->invoicesView();
        invoices->generate(model->data().customers.first().customer.toLongLong(), model->data().timeline.first().start,
                           model->data().timeline.last().end);
        QTRY_VERIFY2_WITH_TIMEOUT(invoices->openInvoice() && !invoices->invoices().isEmpty(), qPrintable(invoices->statusText()), 20000);
        const Invoice invoice = *invoices->openInvoice();
        QCOMPARE(invoice.currency, u"USD"_s);
        const QString total = germanCents(invoice.total.units() / 1'000'000) + dollars;  // invoices are in cents
        auto *list = invoices->findChild<QTableWidget *>(u"invoiceTable"_s);
        QTRY_COMPARE(list->item(0, 8)->text(), total);
        QVERIFY2(invoices->statusText().contains(total), qPrintable(invoices->statusText()));
        auto *review = invoices->findChild<QLabel *>(u"reviewSummaryLabel"_s);
        QTRY_VERIFY2(review->text().contains(dollars), qPrintable(review->text()));
        QVERIFY2(QRegularExpression(u"[0-9.]+,[0-9]{2}\u00A0\\$"_s).match(review->text()).hasMatch(), qPrintable(review->text()));

        DisplaySettings back = DisplaySettings::load();
        back.language.clear();
        back.currency = DisplaySettings::CurrencyDisplay::Code;
        back.save();
        Appearance::applyLanguage(QString());
    }

    void settingsDialogShouldSaveWhatWasEntered()
    {
        MainWindow window;
        window.show();
        window.findChild<QAction *>(u"settingsAction"_s)->trigger();
        QPointer<SettingsDialog> dialog;
        QTRY_VERIFY((dialog = window.findChild<SettingsDialog *>(u"settingsDialog"_s)));
        QTRY_VERIFY(dialog->isVisible());
        auto *zone = dialog->findChild<QComboBox *>(u"timeZoneCombo"_s);
        zone->setCurrentIndex(zone->findData(u"Europe/Berlin"_s));
        auto *format = dialog->findChild<QComboBox *>(u"dateFormatCombo"_s);
        format->setCurrentIndex(format->findData(int(DisplaySettings::DateFormat::LocaleShort)));
        auto *theme = dialog->findChild<QComboBox *>(u"themeCombo"_s);
        theme->setCurrentIndex(theme->findData(int(DisplaySettings::Theme::Dark)));
        auto *language = dialog->findChild<QComboBox *>(u"languageCombo"_s);
        QVERIFY(language->findData(u"en"_s) >= 0);
        dialog->findChild<QLineEdit *>(u"companyName"_s)->setText(u"  Acme VoIP Ltd "_s);
        dialog->findChild<QPlainTextEdit *>(u"companyAddress"_s)->setPlainText(u"1 High Street\nLondon"_s);
        dialog->findChild<QLineEdit *>(u"companyTaxId"_s)->setText(u"GB123456789"_s);
        dialog->resize(640, 480);
        dialog->accept();

        const DisplaySettings display = DisplaySettings::load();
        QCOMPARE(display.timeZone, u"Europe/Berlin"_s);
        QCOMPARE(display.dateFormat, DisplaySettings::DateFormat::LocaleShort);
        QCOMPARE(display.theme, DisplaySettings::Theme::Dark);
        QCOMPARE(display.zone().id(), QByteArray("Europe/Berlin"));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
        const CompanyDetails company = CompanyDetails::load();
        QCOMPARE(company.name, u"Acme VoIP Ltd"_s);
        QCOMPARE(company.address, u"1 High Street\nLondon"_s);
        QCOMPARE(company.taxId, u"GB123456789"_s);

        // Opened again, it shows the saved values at the size it was left.
        QTRY_VERIFY(dialog.isNull());
        window.findChild<QAction *>(u"settingsAction"_s)->trigger();
        SettingsDialog *again = nullptr;
        QTRY_VERIFY((again = window.findChild<SettingsDialog *>(u"settingsDialog"_s)) && again->isVisible());
        QCOMPARE(again->size(), QSize(640, 480));
        QCOMPARE(again->companyDetails(), company);
        QCOMPARE(again->displaySettings(), display);
        again->reject();

        DisplaySettings light = display;
        light.theme = DisplaySettings::Theme::Light;
        light.timeZone = u"UTC"_s;
        light.save();
    }
};

QTEST_MAIN(tst_Desktop)
#include "tst_desktop.moc"
