#include "mainwindow.h"

#include <QApplication>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"CDR Desk"_s);
    QApplication::setOrganizationName(u"CDR Desk"_s);
    QApplication::setApplicationVersion(QStringLiteral(CDRDESK_VERSION));
    QApplication::setDesktopFileName(u"cdrdesk"_s);

    MainWindow window;
    window.show();
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() > 1) {
        const Result<DatabaseSpec> spec = DatabaseSpec::parse(arguments.at(1));
        if (spec) {
            window.openDatabase(*spec);
            return app.exec();
        }
    }
    window.openInitialDatabase();
    return app.exec();
}
