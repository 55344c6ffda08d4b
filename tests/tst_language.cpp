// The language chosen in the settings dialog reaches the screen: with German or Spanish chosen,
// the real main window's menus and actions (found by objectName) read as the embedded
// translation says and not as the English sources, and numbers follow the chosen locale; with
// English chosen they show the sources. Qt's own texts follow where its translations are installed.
#include "appearance.h"
#include "core/displaysettings.h"
#include "mainwindow.h"
#include "settingsdialog.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLibraryInfo>
#include <QMenu>
#include <QPointer>
#include <QStandardPaths>
#include <QTranslator>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

// objectName → the English source of its text, all in context MainWindow.
const QList<std::pair<QString, const char *>> &labelled()
{
    static const QList<std::pair<QString, const char *>> list{
        {u"fileMenu"_s, "&File"},
        {u"viewMenu"_s, "&View"},
        {u"helpMenu"_s, "&Help"},
        {u"importAction"_s, "&Import Calls…"},
        {u"exportAction"_s, "&Export Calls…"},
        {u"quitAction"_s, "&Quit"},
        {u"refreshAction"_s, "&Refresh"},
        {u"settingsAction"_s, "&Settings…"},
    };
    return list;
}

QString shownText(const MainWindow &window, const QString &objectName)
{
    if (const auto *menu = window.findChild<QMenu *>(objectName))
        return menu->title();
    if (const auto *action = window.findChild<QAction *>(objectName))
        return action->text();
    return {};
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private:
    // Chooses the language named `name` in the settings dialog of a running window, as a user
    // does, then starts the GUI's language the way main() does.
    static void chooseLanguage(const QString &language, const QString &name)
    {
        {
            MainWindow window;
            window.show();
            window.findChild<QAction *>(u"settingsAction"_s)->trigger();
            QPointer<SettingsDialog> dialog;
            QTRY_VERIFY((dialog = window.findChild<SettingsDialog *>(u"settingsDialog"_s)) && dialog->isVisible());
            auto *combo = dialog->findChild<QComboBox *>(u"languageCombo"_s);
            const int index = combo->findData(language);
            QVERIFY(index >= 0);
            QCOMPARE(combo->itemText(index), name);
            combo->setCurrentIndex(index);
            dialog->accept();
        }
        QCOMPARE(DisplaySettings::load().language, language);
        Appearance::applyLanguage(DisplaySettings::load().language);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"CDR Desk Tests"_s);
        QCoreApplication::setApplicationName(u"tst_language"_s);
        QSettings().clear();
    }

    void cleanupTestCase()
    {
        QSettings().clear();
        Appearance::applyLanguage(u"en"_s);
    }

    void shouldShowTheChosenLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QLocale::Language>("localeLanguage");
        QTest::addColumn<QString>("number");
        QTest::newRow("German") << u"de"_s << u"Deutsch"_s << QLocale::German << u"0,5"_s;
        QTest::newRow("Spanish") << u"es"_s << u"Español"_s << QLocale::Spanish << u"0,5"_s;
    }

    void shouldShowTheChosenLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, name);
        QFETCH(QLocale::Language, localeLanguage);
        QFETCH(QString, number);
        chooseLanguage(language, name);
        if (QTest::currentTestFailed())
            return;
        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/cdrdesk_%1.qm"_s.arg(language)));

        MainWindow window;
        for (const auto &[objectName, source] : labelled()) {
            const QString expected = translator.translate("MainWindow", source);
            QVERIFY2(!expected.isEmpty(), source);
            QVERIFY2(expected != QString::fromUtf8(source), source);
            QCOMPARE(shownText(window, objectName), expected);
        }
        QCOMPARE(QLocale().language(), localeLanguage);
        QCOMPARE(QLocale().toString(0.5, 'f', 1), number);
        // Qt's own texts (standard buttons), where the system has Qt's translations.
        if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_%1.qm"_s.arg(language)))
            QVERIFY(QCoreApplication::translate("QPlatformTheme", "Cancel") != u"Cancel"_s);
    }

    void shouldShowTheSourcesInEnglish()
    {
        chooseLanguage(u"de"_s, u"Deutsch"_s);
        chooseLanguage(u"en"_s, u"English"_s);
        if (QTest::currentTestFailed())
            return;
        MainWindow window;
        for (const auto &[objectName, source] : labelled())
            QCOMPARE(shownText(window, objectName), QString::fromUtf8(source));
        QCOMPARE(QLocale().language(), QLocale::English);
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
