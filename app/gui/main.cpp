#include "appearance.h"
#include "core/displaysettings.h"
#include "itemmodels/calltablemodel.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// Grabs what `view` shows — the dialog it opened, else the window — once it has loaded (or
// after 30 s), into `path`, and quits.
void grabView(MainWindow &window, const QString &view, const QString &path)
{
    // A view gets the whole window: the detail pane is for the grid.
    if (!view.isEmpty()) {
        if (auto *dock = window.findChild<QWidget *>(u"detailDock"_s))
            dock->hide();
        window.resize(1500, 1000);
    }
    if (!view.isEmpty() && !window.showView(view)) {
        qWarning("No view, dock or action is named %s.", qPrintable(view));
        QApplication::exit(2);
        return;
    }
    auto *poll = new QTimer(&window);
    auto *waited = new QElapsedTimer;
    waited->start();
    QObject::connect(poll, &QTimer::timeout, &window, [&window, view, path, poll, waited] {
        // The invoice review shows the first invoice of the list, once it is listed.
        auto *invoices = window.findChild<QTableWidget *>(u"invoiceTable"_s);
        if (view == u"invoiceReviewView" && invoices && invoices->rowCount() > 0 && invoices->selectedItems().isEmpty())
            invoices->selectRow(0);
        if (!window.isViewReady(view) && waited->elapsed() < 30000)
            return;
        poll->stop();
        delete waited;
        // Let the last part paint.
        QTimer::singleShot(1000, &window, [&window, path] {
            QWidget *shown = QApplication::activeModalWidget();
            if (!shown) {
                for (QWidget *top : QApplication::topLevelWidgets()) {
                    if (top != &window && top->isVisible() && top->inherits("QDialog"))
                        shown = top;
                }
            }
            const bool saved = (shown ? shown : static_cast<QWidget *>(&window))->grab().save(path);
            QApplication::exit(saved ? 0 : 1);
        });
    });
    poll->start(200);
}

// For the README's screenshots: once the grid shows its totals, select a call, show `view`
// (a tab, dock or action's objectName; empty = the grid), grab it into `path` and quit.
void screenshotWhenReady(MainWindow &window, const QString &path, const QString &view)
{
    QObject::connect(&window, &MainWindow::databaseOpened, &window, [&window, path, view] {
        CallTableModel *model = window.callModel();
        QObject::connect(model, &CallTableModel::totalsChanged, &window, [&window, model, path, view] {
            if (!model->hasTotals())
                return;
            QTimer::singleShot(800, &window, [&window, model, path, view] {
                if (auto *table = window.findChild<QTableView *>(u"callTable"_s))
                    table->setCurrentIndex(model->index(2, int(CallField::Cnumber)));
                QTimer::singleShot(800, &window, [&window, path, view] { grabView(window, view, path); });
            });
        });
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"CDR Desk"_s);
    QApplication::setOrganizationName(u"CDR Desk"_s);
    QApplication::setApplicationVersion(QStringLiteral(CDRDESK_VERSION));
    QApplication::setDesktopFileName(u"org.cdrdesk.CDRDesk"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/org.cdrdesk.CDRDesk.svg"_s));
    const DisplaySettings display = DisplaySettings::load();
    Appearance::applyLanguage(display.language);
    Appearance::applyTheme(display.theme);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "CDR Desk: call detail records and billing."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"database"_s, QApplication::translate("main", "A SQLite file, postgresql://user@host:port/dbname or mariadb://user@host:port/dbname to open."),
                                 u"[database]"_s);
    const QCommandLineOption screenshot(u"screenshot"_s, QApplication::translate("main", "Save a picture of the window to FILE and quit."),
                                        u"FILE"_s);
    parser.addOption(screenshot);
    const QCommandLineOption screenshotView(u"screenshot-view"_s,
                                            QApplication::translate("main", "With --screenshot: show the view, dock or dialog NAME first (e.g. dashboard)."),
                                            u"NAME"_s);
    parser.addOption(screenshotView);
    parser.process(app);

    MainWindow window;
    if (parser.isSet(screenshot)) {
        window.resize(1500, 860);
        screenshotWhenReady(window, parser.value(screenshot), parser.value(screenshotView));
    }
    window.show();
    if (!parser.positionalArguments().isEmpty()) {
        const Result<DatabaseSpec> spec = DatabaseSpec::parse(parser.positionalArguments().first());
        if (spec) {
            window.openDatabase(*spec);
            return app.exec();
        }
    }
    window.openInitialDatabase();
    return app.exec();
}
