#include "itemmodels/calltablemodel.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// For the README's screenshots: once the grid shows its totals, select a call, grab the
// window into `path` and quit.
void screenshotWhenReady(MainWindow &window, const QString &path)
{
    QObject::connect(&window, &MainWindow::databaseOpened, &window, [&window, path] {
        CallTableModel *model = window.callModel();
        QObject::connect(model, &CallTableModel::totalsChanged, &window, [&window, model, path] {
            if (!model->hasTotals())
                return;
            QTimer::singleShot(800, &window, [&window, model, path] {
                if (auto *view = window.findChild<QTableView *>(u"callTable"_s))
                    view->setCurrentIndex(model->index(2, int(CallField::Cnumber)));
                QTimer::singleShot(800, &window, [&window, path] {
                    const bool saved = window.grab().save(path);
                    QApplication::exit(saved ? 0 : 1);
                });
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
    QApplication::setDesktopFileName(u"cdrdesk"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "CDR Desk: call detail records and billing."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"database"_s, QApplication::translate("main", "A SQLite file, postgresql://user@host:port/dbname or mariadb://user@host:port/dbname to open."),
                                 u"[database]"_s);
    const QCommandLineOption screenshot(u"screenshot"_s, QApplication::translate("main", "Save a picture of the window to FILE and quit."),
                                        u"FILE"_s);
    parser.addOption(screenshot);
    parser.process(app);

    MainWindow window;
    if (parser.isSet(screenshot)) {
        window.resize(1500, 860);
        screenshotWhenReady(window, parser.value(screenshot));
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
