// Exporters: CSV (RFC 4180, BOM, CRLF, Excel-safe), JSON Lines, XLSX read back from its XML,
// and the round trip export -> import (cdrdesk-csv) field by field.
#include "testsupport.h"
#include "formats/callexporter.h"
#include "formats/callimporter.h"
#include "formats/csvtextwriter.h"
#include "store/callstore.h"
#include "store/callwriter.h"
#include "store/database.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

CallRecord nastyCall(int i)
{
    CallRecord r;
    r.source = u"test"_s;
    r.recordKey = u"k%1"_s.arg(i);
    r.uniqueid = u"u%1"_s.arg(i);
    r.start = 1709287200 + i;
    r.end = r.start + 65;
    if (i % 2 == 0)
        r.answer = r.start + 5;
    r.talktime = 60;
    r.totaltime = 65;
    r.snumber = u"+442071234567"_s;
    r.cnumber = u"01908276650"_s;
    r.sname = i == 1 ? u"=HYPERLINK(\"x\")"_s : u"\"Bob's Desk\", J\u00fcrgen\r\nline"_s;
    r.cost = Money::fromUnits(-50000000 + i);
    r.currency = u"GBP"_s;
    r.status = u"answer"_s;
    r.extra = u"{\"a\":[1,2],\"b\":\"x,y\"}"_s;
    return r;
}

std::unique_ptr<Database> openStore(const QString &path)
{
    DatabaseSpec spec;
    spec.path = path;
    auto opened = Database::open(spec, Database::OpenMode::CreateIfMissing);
    return opened ? std::move(*opened) : nullptr;
}

// The cell as the exporter wrote it before CsvTextWriter: CallFields::text, quoted per RFC 4180.
QByteArray expectedCell(const CallRecord &record, CallField field, const QTimeZone &zone)
{
    QString cell = CallExporter::excelSafe(CallFields::text(record, field, zone));
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r'))
        cell = u'"' + cell.replace(u'"', u"\"\""_s) + u'"';
    return cell.toUtf8();
}

// One cell written by CsvTextWriter, as the exporter's generic path writes it.
QByteArray writtenCell(const CallRecord &record, CallField field, const QTimeZone &zone)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        CsvTextWriter csv(buffer, zone, false, true);
        bool isNull = false;
        const qint64 value = CallFields::integerOf(record, field, &isNull);
        if (const QString *text = CallFields::textOf(record, field))
            csv.text(text->toUtf8());
        else if (CallFields::kind(field) == FieldKind::Timestamp && isNull)
            csv.empty();
        else if (CallFields::kind(field) == FieldKind::Timestamp)
            csv.timestamp(value);
        else if (CallFields::kind(field) == FieldKind::Money)
            csv.money(value);
        else
            csv.integer(value);
    }
    return bytes;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestExporters : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = openStore(m_dir.filePath(u"source.db"_s));
        QVERIFY(m_db);
        CallWriter writer(*m_db);
        QVERIFY(writer.begin());
        for (int i = 0; i < 4; ++i)
            QVERIFY(writer.write(nastyCall(i)));
        QVERIFY(writer.commit());
    }

    void shouldRoundTripThroughCsvFieldByField()
    {
        const QString csv = m_dir.filePath(u"calls.csv"_s);
        CallFilter filter;
        const auto written = CallExporter(*m_db).exportTo(csv, filter, {});
        QVERIFY2(written, qPrintable(written.error()));
        QCOMPARE(*written, 4);
        auto copy = openStore(m_dir.filePath(u"copy.db"_s));
        ImportOptions options;
        options.format = ImportFormat::CdrdeskCsv;
        const auto imported = CallImporter(*copy).importFile(csv, options);
        QVERIFY2(imported, qPrintable(imported.error()));
        QCOMPARE(imported->imported, 4);
        const QList<CallRecord> original = TestSupport::allCalls(*m_db);
        const QList<CallRecord> again = TestSupport::allCalls(*copy);
        QCOMPARE(again.size(), original.size());
        for (qsizetype i = 0; i < original.size(); ++i) {
            for (CallField field : CallFields::all()) {
                if (field == CallField::Id)
                    continue;
                QCOMPARE(CallFields::value(again[i], field), CallFields::value(original[i], field));
            }
        }
        // Detected without --format, and idempotent.
        const auto twice = CallImporter(*copy).importFile(csv, {});
        QVERIFY2(twice, qPrintable(twice.error()));
        QCOMPARE(twice->imported, 0);
    }

    void shouldWriteCsvOptions()
    {
        const QString csv = m_dir.filePath(u"options.csv"_s);
        ExportOptions options;
        options.bom = true;
        options.crlf = true;
        options.excelSafe = true;
        options.columns = {CallField::Snumber, CallField::Sname, CallField::Cost, CallField::Start};
        options.zone = QTimeZone(3600);
        CallFilter filter;
        filter.limit = 2;
        QVERIFY(CallExporter(*m_db).exportTo(csv, filter, options));
        const QByteArray text = readAll(csv);
        QVERIFY(text.startsWith("\xEF\xBB\xBFsnumber,sname,cost,start\r\n"));
        QVERIFY2(text.contains("+442071234567,\"\"\"Bob's Desk\"\", J\xC3\xBCrgen\r\nline\",-0.50,2024-03-01T11:00:00+01:00\r\n"),
                 text.constData());
        QVERIFY2(text.contains(",\"'=HYPERLINK(\"\"x\"\")\","), text.constData());
        QCOMPARE(CallExporter::excelSafe(u"-0.5"_s), u"-0.5"_s);
        QCOMPARE(CallExporter::excelSafe(u"@SUM(A1)"_s), u"'@SUM(A1)"_s);
        QCOMPARE(CallExporter::excelSafe(u"+1-2"_s), u"'+1-2"_s);
    }

    // CsvTextWriter formats bytes itself (zone offsets cached per transition interval, dates
    // computed, money from the units): every cell must equal CallFields::text's.
    void shouldFormatCellsExactlyAsCallFieldsText_data()
    {
        QTest::addColumn<QTimeZone>("zone");
        QTest::newRow("UTC") << QTimeZone::utc();
        QTest::newRow("+01:00") << QTimeZone(3600);
        QTest::newRow("-09:30") << QTimeZone(-34200);
        for (const char *id : {"Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata",
                               "Africa/Monrovia", "Pacific/Apia"}) {
            const QTimeZone zone(id);
            QVERIFY2(zone.isValid(), id);
            QTest::newRow(id) << zone;
        }
    }
    void shouldFormatCellsExactlyAsCallFieldsText()
    {
        QFETCH(QTimeZone, zone);
        CallRecord record;
        // Times: every 7h 13m 17s from 1900 to 2060 (crossing every transition of those years,
        // forwards), then backwards over the same years, then the edges of the fast path.
        QList<qint64> times;
        for (qint64 t = -2208988800; t < 2840140800; t += 25997)
            times.append(t);
        for (qint64 t = 2840140800; t > -2208988800; t -= 1000003)
            times.append(t);
        for (qint64 t : {qint64(-62135596800), qint64(-62135596801), qint64(-62135596800) + 50400,
                         qint64(253402300799), qint64(253402300800), qint64(253402300799) - 50400,
                         qint64(-80000000000), qint64(0), qint64(-1)})
            times.append(t);
        for (qint64 t : std::as_const(times)) {
            record.start = t;
            QCOMPARE(writtenCell(record, CallField::Start, zone), expectedCell(record, CallField::Start, zone));
        }
        record.answer.reset();
        QCOMPARE(writtenCell(record, CallField::Answer, zone), QByteArray());
        for (qint64 units : {qint64(0), qint64(1), qint64(-1), qint64(-50000000), qint64(100000000),
                             qint64(123456789012), qint64(-10), std::numeric_limits<qint64>::max(),
                             std::numeric_limits<qint64>::min()}) {
            record.cost = Money::fromUnits(units);
            QCOMPARE(writtenCell(record, CallField::Cost, zone), expectedCell(record, CallField::Cost, zone));
            record.talktime = units;
            QCOMPARE(writtenCell(record, CallField::Talktime, zone), expectedCell(record, CallField::Talktime, zone));
        }
        for (const QString &text : {u""_s, u"plain"_s, u"a,b"_s, u"\"q\""_s, u"l1\r\nl2"_s, u"=1+2"_s,
                                    u"+442071234567"_s, u"-0.50"_s, u"+1-2"_s, u"@SUM(A1)"_s, u"\tx"_s,
                                    u"=\"x,y\""_s, u"J\u00fcrgen \U0001F600"_s, u"-"_s, u"+1."_s}) {
            record.sname = text;
            QCOMPARE(writtenCell(record, CallField::Sname, zone), expectedCell(record, CallField::Sname, zone));
        }
    }

    // SQLite exports straight from the statement's bytes, the servers from records: the same
    // calls give the same file on every backend, in a zone with daylight saving.
    void shouldExportTheSameCsvOnEveryBackend()
    {
        QByteArray first;
        QString firstBackend;
        const QTimeZone berlin("Europe/Berlin");
        for (const QString &backend : TestSupport::backends()) {
            QTemporaryDir dir;
            auto db = TestSupport::openEmptyStore(backend, dir);
            QVERIFY2(db, qPrintable(backend));
            CallWriter writer(*db);
            QVERIFY(writer.begin());
            for (int i = 0; i < 40; ++i) {
                CallRecord call = nastyCall(i);
                call.start = 1711846800 + qint64(i - 20) * 600;  // around 2024-03-31T01:00Z, CET -> CEST
                call.end = call.start + 65;
                QVERIFY(writer.write(call));
            }
            QVERIFY(writer.commit());
            ExportOptions options;
            options.zone = berlin;
            options.excelSafe = true;
            options.bom = true;
            CallFilter filter;
            filter.offset = 3;
            filter.limit = 30;
            const QString path = dir.filePath(u"calls.csv"_s);
            const auto written = CallExporter(*db).exportTo(path, filter, options);
            QVERIFY2(written, qPrintable(backend + u": "_s + written.error()));
            QCOMPARE(*written, 30);
            const QByteArray bytes = readAll(path);
            QVERIFY2(bytes.contains("T01:50:00+01:00,") && bytes.contains("T03:00:00+02:00,"), bytes.constData());
            if (firstBackend.isEmpty()) {
                first = bytes;
                firstBackend = backend;
            } else {
                QVERIFY2(bytes == first, qPrintable(backend + u" differs from "_s + firstBackend));
            }
        }
    }

    void shouldWriteJsonLines()
    {
        const QString path = m_dir.filePath(u"calls.jsonl"_s);
        ExportOptions options;
        options.format = ExportOptions::Format::JsonLines;
        QVERIFY(CallExporter(*m_db).exportTo(path, {}, options));
        const QList<QByteArray> lines = readAll(path).split('\n');
        QCOMPARE(lines.size(), 5);
        const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
        QCOMPARE(first.value(u"cost"_s).toString(), u"-0.50"_s);
        QCOMPARE(first.value(u"start"_s).toString(), u"2024-03-01T10:00:00Z"_s);
        QCOMPARE(first.value(u"extra"_s).toObject().value(u"b"_s).toString(), u"x,y"_s);
        QVERIFY(QJsonDocument::fromJson(lines[1]).object().value(u"answer"_s).isNull());
    }

    void shouldLeaveNoFileWhenCancelled()
    {
        const QString path = m_dir.filePath(u"cancelled.csv"_s);
        ExportOptions options;
        options.progress = [](qint64, qint64) { return false; };
        CallFilter filter;
        // forEach visits page by page; cancel is checked every 1000 rows, so export more.
        auto big = openStore(m_dir.filePath(u"big.db"_s));
        CallWriter writer(*big);
        QVERIFY(writer.begin());
        for (int i = 0; i < 1200; ++i)
            QVERIFY(writer.write(nastyCall(i)));
        QVERIFY(writer.commit());
        QVERIFY(!CallExporter(*big).exportTo(path, filter, options));
        QVERIFY(!QFile::exists(path));
    }

    void shouldWriteXlsxWithTextNumbers()
    {
        const QString path = m_dir.filePath(u"calls.xlsx"_s);
        ExportOptions options;
        options.format = ExportOptions::Format::Xlsx;
        options.columns = {CallField::Snumber, CallField::Cnumber, CallField::Talktime, CallField::Cost};
        const auto written = CallExporter(*m_db).exportTo(path, {}, options);
        QVERIFY2(written, qPrintable(written.error()));
        QProcess unzip;
        unzip.start(u"unzip"_s, {u"-p"_s, path, u"xl/worksheets/sheet1.xml"_s});
        QVERIFY(unzip.waitForFinished(30000));
        const QByteArray xml = unzip.readAllStandardOutput();
        QVERIFY2(xml.contains("<pane ySplit=\"1\""), xml.constData());
        QVERIFY(xml.contains("<autoFilter ref=\"A1:D5\""));
        QVERIFY(xml.contains("<c r=\"A2\" t=\"inlineStr\"><is><t>+442071234567</t></is></c>"));
        QVERIFY(xml.contains("<c r=\"B2\" t=\"inlineStr\"><is><t>01908276650</t></is></c>"));
        QVERIFY(xml.contains("<c r=\"C2\"><v>60</v></c>"));
        QVERIFY(xml.contains("<v>-0.5</v>"));
    }
};

QTEST_GUILESS_MAIN(TestExporters)
#include "tst_exporters.moc"
