// The translations are complete: lupdate run over the sources (as scripts/update-translations.sh
// does) finds every string — none hidden behind a tr() without context — and leaves nothing
// unfinished or vanished in any translations/cdrdesk_<lang>.ts; and each compiled .qm is
// embedded, loads and translates; and the CLI speaks the system's language.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    static QStringList tsFiles()
    {
        const QDir dir(QStringLiteral(CDRDESK_SOURCE_DIR "/translations"));
        QStringList files;
        for (const QString &name : dir.entryList({u"cdrdesk_*.ts"_s}, QDir::Files, QDir::Name))
            files.append(dir.filePath(name));
        return files;
    }

private Q_SLOTS:
    void shouldHaveGermanAndSpanish()
    {
        QStringList names;
        for (const QString &file : tsFiles())
            names.append(QFileInfo(file).fileName());
        QCOMPARE(names, (QStringList{u"cdrdesk_de.ts"_s, u"cdrdesk_es.ts"_s}));
    }

    void shouldBeCompleteAndCurrent_data()
    {
        QTest::addColumn<QString>("ts");
        for (const QString &file : tsFiles())
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
    }

    void shouldBeCompleteAndCurrent()
    {
        QFETCH(QString, ts);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QFileInfo(ts).fileName());
        QVERIFY(QFile::copy(ts, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(CDRDESK_SOURCE_DIR));
        lupdate.start(QStringLiteral(CDRDESK_LUPDATE), {u"-locations"_s, u"none"_s, u"-extensions"_s, u"cpp,h"_s,
                                                        u"models"_s, u"views"_s, u"app"_s, u"-ts"_s, copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        const QString warnings = QString::fromUtf8(lupdate.readAllStandardError() + lupdate.readAllStandardOutput());
        QStringList hidden;
        for (const QString &line : warnings.split(u'\n')) {
            if (line.contains(u"without context"_s) || line.contains(u"Cannot invoke tr() like this"_s))
                hidden.append(line.trimmed());
        }
        QVERIFY2(hidden.isEmpty(), qPrintable(u"strings lupdate cannot see:\n"_s + hidden.join(u'\n')));

        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        // Each <message> whose translation is unfinished (new in the sources), vanished or
        // obsolete (gone from them), or empty.
        static const QRegularExpression message(u"<message[^>]*>.*?<source>(.*?)</source>.*?<translation([^>]*)>(.*?)</translation>"_s,
                                                QRegularExpression::DotMatchesEverythingOption);
        QStringList problems;
        int messages = 0;
        for (auto it = message.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            ++messages;
            const QString attributes = match.captured(2);
            const QString translation = match.captured(3);
            if (attributes.contains(u"unfinished"_s) || attributes.contains(u"vanished"_s)
                || attributes.contains(u"obsolete"_s) || translation.trimmed().isEmpty()
                || translation.contains(u"<numerusform></numerusform>"_s))
                problems.append(match.captured(1) + u" ["_s + attributes.trimmed() + u']');
        }
        QVERIFY(messages > 100);
        QVERIFY2(problems.isEmpty(), qPrintable(u"%1 of %2 entries need work, e.g.:\n"_s.arg(problems.size()).arg(messages)
                                               + problems.mid(0, 20).join(u'\n')));
    }

    void shouldEmbedEveryCompiledTranslation()
    {
        for (const QString &ts : tsFiles()) {
            const QString qm = u":/i18n/"_s + QFileInfo(ts).completeBaseName() + u".qm"_s;
            QTranslator translator;
            QVERIFY2(translator.load(qm), qPrintable(qm));
            QVERIFY(!translator.isEmpty());
            QVERIFY(!translator.translate("ImportDialog", "Import Calls").isEmpty());
        }
    }

    void shouldSpeakTheSystemLanguageOnTheCommandLine_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << u"de"_s;
        QTest::newRow("Spanish") << u"es"_s;
    }

    void shouldSpeakTheSystemLanguageOnTheCommandLine()
    {
        QFETCH(QString, language);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"LANGUAGE"_s, language);
        const TestSupport::CliRun run = TestSupport::runCli({u"frobnicate"_s}, environment);
        QCOMPARE(run.exitCode, 2);
        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/cdrdesk_%1.qm"_s.arg(language)));
        const QString expected = translator.translate("cli", "Unknown command \"%1\".\n\n").arg(u"frobnicate"_s);
        QVERIFY(!expected.isEmpty());
        QVERIFY(!expected.startsWith(u"Unknown command"_s));
        QVERIFY2(run.err.startsWith(expected), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
