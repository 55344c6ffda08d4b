// Every filter parameter and match mode against a hand-checked fixture of ten calls, on every
// backend of TestSupport::backends() (the same ordered rows everywhere); hostile text in every
// text filter; validation naming the parameter; the parameter map; and cdrdesk-cli count/list.
// The expected rows of every case were worked out by hand from the fixture below.
#include "testsupport.h"

#include "store/callstore.h"
#include "store/callwriter.h"
#include "store/database.h"
#include "store/dialpattern.h"
#include "store/filtersql.h"
#include "store/sqlerror.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 T = 1780000000;

struct Fixture
{
    const char16_t *uniqueid;
    qint64 offset;  // start = T + offset
    const char16_t *snumber, *sname, *cnumber, *dnumber, *stype, *ctype, *dtype, *callid, *phone, *status,
        *direction;
    qint64 talktime, peer, invoice, cost, scustomer, dcustomer;
    const char16_t *accountcode;
    bool archived;
    const char16_t *extra, *snumberE164, *cnumberE164;
};

// Customers: 1 the system root; 2 (postpaid) under 1; 3 (prepaid) under 2; 4 (external)
// under 1; 5 (postpaid) under 3. c07 is archived.
const Fixture fixture[] = {
    {u"c01", 0, u"441632960001", u"Alice Smith", u"2125550100", u"2125550100", u"phone", u"external", u"external",
     u"A1", u"line1", u"answer", u"out", 30, 0, 0, 5, 3, 0, u"100000_VoIP", false,
     uR"({"from_uri":"sip:alice@10.0.0.1","to_uri":"sip:2125550100@carrier.example"})", u"+441632960001", u"+12125550100"},
    {u"c02", 60, u"441632960002", u"BOB JONES", u"2125550199", u"2125550199", u"phone", u"external", u"external",
     u"A1", u"line2", u"noanswer", u"out", 0, 0, 0, 0, 3, 0, u"100000_VoIP", false,
     uR"({"media_server":"10.0.0.10"})", u"+441632960002", u"+12125550199"},
    {u"c03", 120, u"15551230000", u"Zoë Ångström", u"441632960001", u"100", u"external", u"phone", u"phone",
     u"B2", u"", u"answer", u"in", 125, 7, 0, 0, 0, 3, u"100001_Sub", false,
     uR"({"from_uri":"sip:+15551230000@203.0.113.5:5060"})", u"+15551230000", u"+441632960001"},
    {u"c04", 180, u"100%", u"50% off_sale", u"44_20", uR"(a\b)", u"phone", u"external", u"external",
     u"C3", u"line1", u"busy", u"out", 0, 0, 0, 0, 5, 0, u"", false, u"", u"", u""},
    {u"c05", 240, u"442079460000", uR"(O'Brien "Quote")", u"' OR 1=1 --", u"442079460000", u"phone", u"external",
     u"external", u"D4", u"line3", u"error", u"out", 0, 0, 0, 0, 4, 0, u"100000_VoIP", false,
     uR"({"ip":"10.0.0.100"})", u"+442079460000", u""},
    {u"c06", 300, u"2125550100", u"Ünïcode 😀", u"18005550000", u"18005550000", u"external", u"external", u"external",
     u"E5", u"", u"congestion", u"internal", 0, 0, 0, 0, 2, 5, u"", false, u"", u"+12125550100", u"+18005550000"},
    {u"c07", 360, u"7001", u"alice smith", u"7002", u"7002", u"phone", u"phone", u"phone",
     u"F6", u"line7", u"answer", u"internal", 600, 0, 42, 250000000, 5, 5, u"", true, u"", u"", u""},
    {u"c08", 420, u"441632960003", u"", u"4420794600", u"4420794600", u"phone", u"external", u"external",
     u"G7", u"line1", u"cancel", u"out", 0, 0, 0, 0, 3, 0, u"100000_VoIP", false, u"", u"+441632960003", u""},
    {u"c09", 480, u"9999", u"ALICE", u"5551234567", u"5551234567", u"external", u"did", u"phone",
     u"H8", u"", u"chanunavail", u"in", 0, 0, 0, 0, 0, 4, u"", false, u"", u"", u""},
    {u"c10", 540, u"441632960004", u"Smith, John", u"2125550100", u"2125550100", u"phone", u"external", u"external",
     u"I9", u"line2", u"answer", u"out", 9, 7, 42, 1000000, 2, 0, u"100002_X", false, u"", u"+441632960004", u"+12125550100"},
};

QList<CallRecord> fixtureRecords()
{
    QList<CallRecord> records;
    for (const Fixture &f : fixture) {
        CallRecord r;
        r.source = u"test"_s;
        r.recordKey = QString::fromUtf16(f.uniqueid);
        r.uniqueid = QString::fromUtf16(f.uniqueid);
        r.start = T + f.offset;
        r.end = r.start + f.talktime + 5;
        r.snumber = QString::fromUtf16(f.snumber);
        r.sname = QString::fromUtf16(f.sname);
        r.cnumber = QString::fromUtf16(f.cnumber);
        r.dnumber = QString::fromUtf16(f.dnumber);
        r.stype = QString::fromUtf16(f.stype);
        r.ctype = QString::fromUtf16(f.ctype);
        r.dtype = QString::fromUtf16(f.dtype);
        r.callid = QString::fromUtf16(f.callid);
        r.phone = QString::fromUtf16(f.phone);
        r.status = QString::fromUtf16(f.status);
        r.direction = QString::fromUtf16(f.direction);
        r.talktime = f.talktime;
        r.totaltime = f.talktime + 5;
        r.peer = f.peer;
        r.invoice = f.invoice;
        r.cost = Money::fromUnits(f.cost);
        r.currency = u"USD"_s;
        r.scustomer = f.scustomer;
        r.dcustomer = f.dcustomer;
        r.accountcode = QString::fromUtf16(f.accountcode);
        r.archived = f.archived;
        r.extra = QString::fromUtf16(f.extra);
        // Set so that the number analyser leaves the fixture's E.164 forms as written.
        r.snumberE164 = f.snumberE164[0] ? QString::fromUtf16(f.snumberE164) : u"-"_s;
        r.cnumberE164 = f.cnumberE164[0] ? QString::fromUtf16(f.cnumberE164) : u"-"_s;
        records.append(r);
    }
    return records;
}

Result<void> writeFixture(Database &db)
{
    CallWriter writer(db);
    if (auto ok = writer.begin(); !ok)
        return ok;
    for (const CallRecord &record : fixtureRecords()) {
        if (auto ok = writer.write(record); !ok)
            return ok;
    }
    if (auto ok = writer.commit(); !ok)
        return ok;
    const SqlDialect &d = db.dialect();
    QSqlQuery query(db.connection());
    const QList<QVariantList> customers = {{1, QVariant(), u"system"_s, u""_s}, {2, 1, u"reseller"_s, u"postpaid"_s},
                                           {3, 2, u"client"_s, u"prepaid"_s}, {4, 1, u"client"_s, u"external"_s},
                                           {5, 3, u"client"_s, u"postpaid"_s}};
    for (const QVariantList &c : customers) {
        query.prepare(u"INSERT INTO "_s + d.quote(u"customers") + u" ("_s
                      + d.quotedList({u"id"_s, u"parent_id"_s, u"name"_s, u"role"_s, u"billing"_s})
                      + u") VALUES (?, ?, ?, ?, ?)"_s);
        query.addBindValue(c[0]);
        query.addBindValue(c[1].isNull() ? QVariant(QMetaType::fromType<qint64>()) : c[1]);
        query.addBindValue(u"customer %1"_s.arg(c[0].toInt()));
        query.addBindValue(c[2]);
        query.addBindValue(c[3]);
        if (auto ok = execute(query, u"customer"_s); !ok)
            return ok;
    }
    return {};
}

// "c01,c03" from the rows of the filter, in order; or "error: <message>".
QString uniqueids(Database &db, const CallFilter &filter)
{
    QStringList ids;
    const Result<qint64> visited = CallStore(db).forEach(filter, [&ids](const CallRecord &r) {
        ids.append(r.uniqueid);
        return true;
    }, 3);  // pages of 3 rows, so that the keyset walk over the filter is exercised too
    if (!visited)
        return u"error: "_s + visited.error();
    return ids.join(u',');
}

// key, value, key, value … → a parameter map.
QMap<QString, QString> parameterMap(const QStringList &pairs)
{
    QMap<QString, QString> map;
    for (qsizetype i = 0; i + 1 < pairs.size(); i += 2)
        map.insert(pairs[i], pairs[i + 1]);
    return map;
}

const QString Unarchived = u"c01,c02,c03,c04,c05,c06,c08,c09,c10"_s;

} // namespace

class TestFilters : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QMap<QString, std::shared_ptr<Database>> m_stores;

    // The store of `backend` seen by an operator whose own customer is `own`.
    std::unique_ptr<Database> openAs(const QString &backend, qint64 own)
    {
        DatabaseSpec spec = m_stores.value(backend)->spec();
        spec.ownCustomer = own;
        auto db = Database::open(spec);
        return db ? std::move(*db) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const QString &backend : TestSupport::backends()) {
            std::shared_ptr<Database> db = TestSupport::openEmptyStore(backend, m_dir);
            QVERIFY2(db, qPrintable(backend));
            const Result<void> written = writeFixture(*db);
            QVERIFY2(written, qPrintable(written.error()));
            m_stores.insert(backend, db);
        }
    }

    void shouldMatchTheHandCheckedRows_data()
    {
        QTest::addColumn<QStringList>("parameters");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const QStringList &parameters, const QString &expected) {
            QTest::newRow(name) << parameters << expected;
        };
        row("no filter: archived hidden", {}, Unarchived);
        row("archive=1", {u"archive"_s, u"1"_s}, u"c01,c02,c03,c04,c05,c06,c07,c08,c09,c10"_s);
        row("start/end", {u"start"_s, QString::number(T + 60), u"end"_s, QString::number(T + 300)}, u"c02,c03,c04,c05"_s);
        row("start only", {u"start"_s, QString::number(T + 480)}, u"c09,c10"_s);
        row("end only", {u"end"_s, QString::number(T + 60)}, u"c01"_s);
        // snumber and its match modes
        row("snumber contains", {u"snumber"_s, u"4416"_s}, u"c01,c02,c08,c10"_s);
        row("snumber start", {u"snumber"_s, u"44"_s, u"smatch"_s, u"start"_s}, u"c01,c02,c05,c08,c10"_s);
        row("snumber end", {u"snumber"_s, u"0000"_s, u"smatch"_s, u"end"_s}, u"c03,c05"_s);
        row("snumber exact", {u"snumber"_s, u"7001"_s, u"smatch"_s, u"exact"_s, u"archive"_s, u"1"_s}, u"c07"_s);
        row("snumber exact is whole", {u"snumber"_s, u"4416"_s, u"smatch"_s, u"exact"_s}, u""_s);
        row("snumber % literal", {u"snumber"_s, u"%"_s}, u"c04"_s);
        row("snumber 100% exact", {u"snumber"_s, u"100%"_s, u"smatch"_s, u"exact"_s}, u"c04"_s);
        row("snumber several", {u"snumber"_s, u"9999,15551230000"_s, u"smatch"_s, u"exact"_s}, u"c03,c09"_s);
        row("snumber not several", {u"snumber"_s, u"4416,9999"_s, u"snumber_not"_s, u"1"_s}, u"c03,c04,c05,c06"_s);
        // cnumber, dnumber
        row("cnumber _ literal", {u"cnumber"_s, u"_"_s}, u"c04"_s);
        row("cnumber injection exact", {u"cnumber"_s, u"' OR 1=1 --"_s, u"cmatch"_s, u"exact"_s}, u"c05"_s);
        row("cnumber start", {u"cnumber"_s, u"212555"_s, u"cmatch"_s, u"start"_s}, u"c01,c02,c10"_s);
        row("cnumber end", {u"cnumber"_s, u"0100"_s, u"cmatch"_s, u"end"_s}, u"c01,c10"_s);
        row("dnumber backslash literal", {u"dnumber"_s, u"\\"_s}, u"c04"_s);
        row("dnumber contains", {u"dnumber"_s, u"100"_s}, u"c01,c03,c10"_s);
        row("dnumber exact", {u"dnumber"_s, u"100"_s, u"dmatch"_s, u"exact"_s}, u"c03"_s);
        row("dnumber end", {u"dnumber"_s, u"b"_s, u"dmatch"_s, u"end"_s}, u"c04"_s);
        // dial patterns
        row("pattern XX", {u"snumber"_s, u"_4416329600XX"_s}, u"c01,c02,c08,c10"_s);
        row("pattern _44.", {u"snumber"_s, u"_44."_s}, u"c01,c02,c05,c08,c10"_s);
        row("pattern NXXNXXXXXX", {u"snumber"_s, u"_NXXNXXXXXX"_s}, u"c06"_s);
        row("pattern set and !", {u"snumber"_s, u"_[1-5]!"_s}, u"c01,c02,c03,c04,c05,c06,c08,c10"_s);
        row("pattern ZXXX", {u"snumber"_s, u"_ZXXX"_s}, u"c09"_s);
        row("pattern 1800NXXXXXX", {u"cnumber"_s, u"_1800NXXXXXX"_s}, u"c06"_s);
        row("pattern ignores match", {u"snumber"_s, u"_44"_s, u"smatch"_s, u"start"_s}, u""_s);
        row("pattern negated", {u"snumber"_s, u"_44."_s, u"snumber_not"_s, u"1"_s}, u"c03,c04,c06,c09"_s);
        row("pattern and plain", {u"snumber"_s, u"9999,_1555."_s}, u"c03,c09"_s);
        // caller name: case-insensitive, Unicode
        row("name contains any case", {u"callername_number"_s, u"alice"_s}, u"c01,c09"_s);
        row("name with archived", {u"callername_number"_s, u"ALICE"_s, u"archive"_s, u"1"_s}, u"c01,c07,c09"_s);
        row("name unicode fold", {u"callername_number"_s, u"ÅNGSTRÖM"_s}, u"c03"_s);
        row("name zoë", {u"callername_number"_s, u"zoË"_s, u"callername_match"_s, u"start"_s}, u"c03"_s);
        row("name end", {u"callername_number"_s, u"smith"_s, u"callername_match"_s, u"end"_s}, u"c01"_s);
        row("name exact", {u"callername_number"_s, u"bob jones"_s, u"callername_match"_s, u"exact"_s}, u"c02"_s);
        row("name emoji", {u"callername_number"_s, u"😀"_s}, u"c06"_s);
        row("name %", {u"callername_number"_s, u"%"_s}, u"c04"_s);
        row("name _", {u"callername_number"_s, u"_"_s}, u"c04"_s);
        row("name quotes", {u"callername_number"_s, u"o'brien \""_s}, u"c05"_s);
        row("name comma doubled", {u"callername_number"_s, u"smith,, john"_s}, u"c10"_s);
        row("name not", {u"callername_number"_s, u"alice"_s, u"callername_number_not"_s, u"1"_s},
            u"c02,c03,c04,c05,c06,c08,c10"_s);
        // exact text filters
        row("callid", {u"callid"_s, u"A1"_s}, u"c01,c02"_s);
        row("callid is exact", {u"callid"_s, u"A"_s}, u""_s);
        row("callid several", {u"callid"_s, u"A1,B2"_s}, u"c01,c02,c03"_s);
        row("callid not", {u"callid"_s, u"A1"_s, u"callid_not"_s, u"1"_s}, u"c03,c04,c05,c06,c08,c09,c10"_s);
        row("direction in", {u"direction"_s, u"in"_s}, u"c03,c09"_s);
        row("direction internal", {u"direction"_s, u"internal"_s}, u"c06"_s);
        row("direction out", {u"direction"_s, u"out"_s}, u"c01,c02,c04,c05,c08,c10"_s);
        row("phone", {u"phone"_s, u"line1"_s}, u"c01,c04,c08"_s);
        row("status", {u"status"_s, u"answer"_s}, u"c01,c03,c10"_s);
        row("status not", {u"status"_s, u"answer"_s, u"status_not"_s, u"1"_s}, u"c02,c04,c05,c06,c08,c09"_s);
        row("stype", {u"stype"_s, u"external"_s}, u"c03,c06,c09"_s);
        row("ctype", {u"ctype"_s, u"did"_s}, u"c09"_s);
        row("ctype phone", {u"ctype"_s, u"phone"_s}, u"c03"_s);
        row("dtype", {u"dtype"_s, u"phone"_s}, u"c03,c09"_s);
        // numbers
        row("peer", {u"peer"_s, u"7"_s}, u"c03,c10"_s);
        row("invoice", {u"invoice"_s, u"42"_s}, u"c10"_s);
        row("talktime_minimum", {u"talktime_minimum"_s, u"10"_s}, u"c01,c03"_s);
        row("talktime_maximum", {u"talktime_maximum"_s, u"9"_s}, u"c02,c04,c05,c06,c08,c09,c10"_s);
        row("talktime range", {u"talktime_minimum"_s, u"1"_s, u"talktime_maximum"_s, u"100"_s}, u"c01,c10"_s);
        row("talktime_maximum -1", {u"talktime_maximum"_s, u"-1"_s}, Unarchived);
        // customers
        row("customer id", {u"customer"_s, u"3"_s}, u"c01,c02,c03,c08"_s);
        row("customer recurse", {u"customer"_s, u"3"_s, u"recurse"_s, u"1"_s}, u"c01,c02,c03,c04,c06,c08"_s);
        row("customer 2 recurse", {u"customer"_s, u"2"_s, u"recurse"_s, u"1"_s}, u"c01,c02,c03,c04,c06,c08,c10"_s);
        row("customer own (root)", {u"customer"_s, u"own"_s}, u""_s);
        row("customer system", {u"customer"_s, u"system"_s}, Unarchived);
        row("customer all (root)", {u"customer"_s, u"all"_s}, Unarchived);
        row("customer prepaid", {u"customer"_s, u"prepaid"_s}, u"c01,c02,c03,c08"_s);
        row("customer postpaid", {u"customer"_s, u"postpaid"_s}, u"c04,c06,c10"_s);
        row("customer external", {u"customer"_s, u"external"_s}, u"c05,c09"_s);
        row("own 3: all", {u"own_customer"_s, u"3"_s, u"customer"_s, u"all"_s}, u"c01,c02,c03,c04,c06,c08"_s);
        row("own 3: own", {u"own_customer"_s, u"3"_s, u"customer"_s, u"own"_s}, u"c01,c02,c03,c08"_s);
        row("own 3: postpaid", {u"own_customer"_s, u"3"_s, u"customer"_s, u"postpaid"_s}, u"c04,c06"_s);
        row("own 3: system", {u"own_customer"_s, u"3"_s, u"customer"_s, u"system"_s}, Unarchived);
        // voip.ms
        row("statuses answered", {u"statuses"_s, u"answered"_s}, u"c01,c03,c10"_s);
        row("statuses noanswer", {u"statuses"_s, u"noanswer"_s}, u"c02,c08"_s);
        row("statuses failed", {u"statuses"_s, u"failed"_s}, u"c05,c06,c09"_s);
        row("statuses busy,failed", {u"statuses"_s, u"busy,failed"_s}, u"c04,c05,c06,c09"_s);
        row("callbilling billed", {u"callbilling"_s, u"billed"_s}, u"c01,c10"_s);
        row("callbilling free", {u"callbilling"_s, u"free"_s}, u"c02,c03,c04,c05,c06,c08,c09"_s);
        row("callbilling all", {u"callbilling"_s, u"all"_s}, Unarchived);
        row("calltype incoming", {u"calltype"_s, u"incoming"_s}, u"c03,c09"_s);
        row("calltype outgoing", {u"calltype"_s, u"outgoing"_s}, u"c01,c02,c04,c05,c08,c10"_s);
        row("calltype DID", {u"calltype"_s, u"5551234567"_s}, u"c09"_s);
        row("account", {u"account"_s, u"100000_VoIP"_s}, u"c01,c02,c05,c08"_s);
        row("account not", {u"account"_s, u"100000_VoIP"_s, u"account_not"_s, u"1"_s}, u"c03,c04,c06,c09,c10"_s);
        // Kazoo
        row("areacode 1212", {u"areacode"_s, u"1212"_s}, u"c01,c02,c06,c10"_s);
        row("areacode 4416", {u"areacode"_s, u"4416"_s}, u"c01,c02,c03,c08,c10"_s);
        row("sipfrom", {u"sipfrom"_s, u"alice"_s}, u"c01"_s);
        row("sipfrom start", {u"sipfrom"_s, u"sip:+1555"_s, u"sipfrom_match"_s, u"start"_s}, u"c03"_s);
        row("sipto end", {u"sipto"_s, u"carrier.example"_s, u"sipto_match"_s, u"end"_s}, u"c01"_s);
        row("sipto not", {u"sipto"_s, u"carrier"_s, u"sipto_not"_s, u"1"_s}, u"c02,c03,c04,c05,c06,c08,c09,c10"_s);
        row("ip alone", {u"ip"_s, u"10.0.0.1"_s}, u"c01"_s);
        row("ip with port", {u"ip"_s, u"203.0.113.5"_s}, u"c03"_s);
        row("ip not a prefix", {u"ip"_s, u"10.0.0.10"_s}, u"c02"_s);
        // quick search
        row("search name", {u"search"_s, u"alice"_s}, u"c01,c09"_s);
        row("search number", {u"search"_s, u"2125550100"_s}, u"c01,c06,c10"_s);
        row("search unicode", {u"search"_s, u"ångström"_s}, u"c03"_s);
        // combined, sorted and paged
        row("combined", {u"snumber"_s, u"44"_s, u"smatch"_s, u"start"_s, u"status"_s, u"answer"_s,
                         u"talktime_minimum"_s, u"10"_s}, u"c01"_s);
        row("sort cnumber", {u"sort"_s, u"cnumber"_s}, u"c05,c06,c01,c10,c02,c03,c08,c04,c09"_s);
        row("sort cnumber descending", {u"sort"_s, u"cnumber"_s, u"descending"_s, u"1"_s},
            u"c09,c04,c08,c03,c02,c10,c01,c06,c05"_s);
        row("sort name", {u"sort"_s, u"name"_s}, u"c08,c04,c09,c01,c02,c05,c10,c03,c06"_s);
        row("sort talktime descending", {u"sort"_s, u"talktime"_s, u"descending"_s, u"1"_s},
            u"c03,c01,c10,c09,c08,c06,c05,c04,c02"_s);
        row("limit and offset", {u"sort"_s, u"cnumber"_s, u"limit"_s, u"4"_s, u"offset"_s, u"2"_s}, u"c01,c10,c02,c03"_s);
    }

    void shouldMatchTheHandCheckedRows()
    {
        QFETCH(QStringList, parameters);
        QFETCH(QString, expected);
        QMap<QString, QString> map = parameterMap(parameters);
        const qint64 own = map.take(u"own_customer"_s).toLongLong();
        if (!map.contains(u"sort"_s))
            map.insert(u"sort"_s, u"uniqueid"_s);
        const Result<CallFilter> filter = CallFilter::fromParameters(map);
        QVERIFY2(filter, qPrintable(filter.error()));
        for (const QString &backend : m_stores.keys()) {
            std::unique_ptr<Database> asOperator = own ? openAs(backend, own) : nullptr;
            Database &db = asOperator ? *asOperator : *m_stores.value(backend);
            QCOMPARE(uniqueids(db, *filter), expected);
            const Result<qint64> count = CallStore(db).count(*filter);
            QVERIFY2(count, qPrintable(count.error()));
            if (filter->limit == 0)
                QCOMPARE(*count, expected.isEmpty() ? 0 : expected.count(u',') + 1);
            const Result<CallTotals> totals = CallStore(db).totals(*filter);
            QVERIFY2(totals, qPrintable(totals.error()));
            QCOMPARE(totals->calls, *count);
        }
    }

    // SQLite's page plan is chosen by a probe (CallStore::pagePlan): a common number prefix walks
    // the sort index, a rare one sorts its matches. Either way every page is the filter's rows
    // in the filter's order.
    void shouldPageAlikeWhicheverPlanSQLiteIsGiven()
    {
        QTemporaryDir dir;
        QString error;
        const DatabaseSpec spec = TestSupport::demoStore(dir.filePath(u"plans.db"_s), 4000, 7, 30, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto db = Database::open(spec);
        QVERIFY2(db, qPrintable(db.error()));
        const QList<CallRecord> all = TestSupport::allCalls(**db);
        QHash<QString, int> prefixes;
        for (const CallRecord &call : all) {
            for (int length = 1; length <= 3 && length <= call.cnumber.size(); ++length)
                ++prefixes[call.cnumber.left(length)];
        }
        QString common, rare;
        for (auto it = prefixes.cbegin(); it != prefixes.cend(); ++it) {
            if (it.value() >= 1000 && common.isEmpty())
                common = it.key();
            if (it.value() >= 2 && it.value() < 200 && rare.isEmpty() && !it.key().isEmpty())
                rare = it.key();
        }
        QVERIFY2(!common.isEmpty() && !rare.isEmpty(), "the demo data should have a common and a rare prefix");
        CallStore store(**db);
        for (const auto &[prefix, walks] : {std::pair{common, true}, std::pair{rare, false}}) {
            const auto filter = CallFilter::fromParameters({{u"cnumber"_s, prefix}, {u"cmatch"_s, u"start"_s},
                                                            {u"archive"_s, u"1"_s}, {u"descending"_s, u"1"_s}});
            QVERIFY2(filter, qPrintable(filter.error()));
            const QString sql = store.pageQuery(*filter, PageRequest{}).sql;
            QCOMPARE(sql.contains(u"INDEXED BY"_s), walks);
            QCOMPARE(sql.contains(u"ORDER BY +"_s), !walks);
            QList<CallRecord> expected;
            for (const CallRecord &call : all) {
                if (call.cnumber.startsWith(prefix))
                    expected.append(call);
            }
            std::sort(expected.begin(), expected.end(), [](const CallRecord &a, const CallRecord &b) {
                return a.start != b.start ? a.start > b.start : a.id > b.id;
            });
            QList<qint64> paged;
            const auto visited = store.forEach(*filter, [&paged](const CallRecord &call) {
                paged.append(call.id);
                return true;
            }, 97);
            QVERIFY2(visited, qPrintable(visited.error()));
            QList<qint64> wanted;
            for (const CallRecord &call : expected)
                wanted.append(call.id);
            QCOMPARE(paged, wanted);
        }
    }

    void shouldTreatHostileTextAsPlainText()
    {
        // Each value is given to every text filter; a reference predicate over the fixture
        // (written independently here) says which calls hold it. Nothing may change.
        const QStringList hostile = {u"' OR 1=1 --"_s, u"%"_s, u"_"_s, u"\\"_s, u"\""_s, u"'"_s,
                                     u"a"_s + QChar(0) + u"b"_s, u"😀"_s, u"'; DROP TABLE calls; --"_s,
                                     u"1=1"_s, u"%25"_s, u"*"_s, u"?"_s, u"["_s};
        const QList<CallRecord> records = fixtureRecords();
        // The texts a parameter looks at, and whether they compare case-folded.
        using Field = std::pair<QString, bool>;
        auto fieldsOf = [](const CallRecord &r, QStringView key) -> QList<Field> {
            if (key == u"callername_number")
                return {{r.sname, true}};
            if (key == u"search")
                return {{r.snumber, false}, {r.cnumber, false}, {r.dnumber, false}, {r.sname, true}};
            if (key == u"sipfrom" || key == u"sipto") {
                const QJsonObject extra = QJsonDocument::fromJson(r.extra.toUtf8()).object();
                return {{extra.value(key == u"sipfrom" ? u"from_uri"_s : u"to_uri"_s).toString(), false}};
            }
            const QHash<QString, QString> plain = {{u"callid"_s, r.callid}, {u"phone"_s, r.phone}, {u"status"_s, r.status},
                                                   {u"stype"_s, r.stype}, {u"ctype"_s, r.ctype}, {u"dtype"_s, r.dtype},
                                                   {u"snumber"_s, r.snumber}, {u"cnumber"_s, r.cnumber},
                                                   {u"dnumber"_s, r.dnumber}, {u"account"_s, r.accountcode},
                                                   {u"cregion"_s, r.cnumberRegion}};
            return {{plain.value(key.toString()), false}};
        };
        QStringList keys;
        for (const CallFilter::TextParameter &parameter : CallFilter::textParameters())
            keys.append(QString::fromUtf16(parameter.key));
        keys.append(u"search"_s);
        for (const QString &backend : m_stores.keys()) {
            Database &db = *m_stores.value(backend);
            const QList<CallRecord> before = TestSupport::allCalls(db);
            QCOMPARE(before.size(), 10);
            for (const QString &key : keys) {
                for (const QString &value : hostile) {
                    QMap<QString, QString> map{{key, value}, {u"archive"_s, u"1"_s}, {u"sort"_s, u"uniqueid"_s}};
                    const bool exactOnly = key == u"callid" || key == u"phone" || key == u"status" || key.endsWith(u"type")
                                           || key == u"account" || key == u"cregion";
                    const Result<CallFilter> filter = CallFilter::fromParameters(map);
                    if (key == u"direction" || key == u"areacode" || key == u"ip" || key.endsWith(u"country")
                        || key.endsWith(u"numbertype")) {
                        // Closed vocabularies: such text is refused, naming the parameter.
                        QVERIFY(!filter);
                        QVERIFY2(filter.error().startsWith(key + u':'), qPrintable(filter.error()));
                        continue;
                    }
                    QVERIFY2(filter, qPrintable(key + u": "_s + filter.error()));
                    const QStringList values = key == u"search" ? QStringList{value} : CallFilter::splitValues(value);
                    QStringList expected;
                    for (const CallRecord &r : records) {
                        bool hit = false;
                        for (const QString &needle : values) {
                            for (const auto &[field, folded] : fieldsOf(r, key)) {
                                if (needle.contains(QChar(0)))
                                    continue;
                                if (exactOnly)
                                    hit = hit || field == needle;
                                else if (folded)
                                    hit = hit || field.toCaseFolded().contains(needle.toCaseFolded());
                                else
                                    hit = hit || field.contains(needle);
                            }
                        }
                        if (hit)
                            expected.append(r.uniqueid);
                    }
                    QCOMPARE(uniqueids(db, *filter), expected.join(u','));
                }
            }
            QCOMPARE(TestSupport::allCalls(db), before);
        }
    }

    void shouldRefuseInvalidParametersNamingThem_data()
    {
        QTest::addColumn<QStringList>("parameters");
        QTest::addColumn<QString>("key");
        QTest::newRow("sort") << QStringList{u"sort"_s, u"colour"_s} << u"sort"_s;
        QTest::newRow("smatch") << QStringList{u"snumber"_s, u"4"_s, u"smatch"_s, u"begins"_s} << u"smatch"_s;
        QTest::newRow("callername_match") << QStringList{u"callername_match"_s, u"like"_s} << u"callername_match"_s;
        QTest::newRow("customer word") << QStringList{u"customer"_s, u"everyone"_s} << u"customer"_s;
        QTest::newRow("customer negative") << QStringList{u"customer"_s, u"-3"_s} << u"customer"_s;
        QTest::newRow("peer") << QStringList{u"peer"_s, u"seven"_s} << u"peer"_s;
        QTest::newRow("invoice") << QStringList{u"invoice"_s, u"1e3"_s} << u"invoice"_s;
        QTest::newRow("end before start") << QStringList{u"start"_s, u"100"_s, u"end"_s, u"99"_s} << u"end"_s;
        QTest::newRow("recurse") << QStringList{u"recurse"_s, u"yes"_s} << u"recurse"_s;
        QTest::newRow("talktime_maximum") << QStringList{u"talktime_maximum"_s, u"-2"_s} << u"talktime_maximum"_s;
        QTest::newRow("talktime below minimum") << QStringList{u"talktime_minimum"_s, u"10"_s, u"talktime_maximum"_s, u"5"_s}
                                                << u"talktime_maximum"_s;
        QTest::newRow("pattern unclosed") << QStringList{u"snumber"_s, u"_44[1-5"_s} << u"snumber"_s;
        QTest::newRow("pattern range") << QStringList{u"cnumber"_s, u"_[5-1]X"_s} << u"cnumber"_s;
        QTest::newRow("pattern empty set") << QStringList{u"dnumber"_s, u"_[]"_s} << u"dnumber"_s;
        QTest::newRow("pattern stray ]") << QStringList{u"dnumber"_s, u"_44]"_s} << u"dnumber"_s;
        QTest::newRow("statuses") << QStringList{u"statuses"_s, u"answered,lost"_s} << u"statuses"_s;
        QTest::newRow("callbilling") << QStringList{u"callbilling"_s, u"cheap"_s} << u"callbilling"_s;
        QTest::newRow("calltype") << QStringList{u"calltype"_s, u"sideways"_s} << u"calltype"_s;
        QTest::newRow("direction") << QStringList{u"direction"_s, u"up"_s} << u"direction"_s;
        QTest::newRow("ip") << QStringList{u"ip"_s, u"10.0.0.1x"_s} << u"ip"_s;
        QTest::newRow("ip short form") << QStringList{u"ip"_s, u"10.0.0"_s} << u"ip"_s;
        QTest::newRow("negation flag") << QStringList{u"snumber_not"_s, u"2"_s} << u"snumber_not"_s;
        QTest::newRow("unknown") << QStringList{u"colour"_s, u"red"_s} << u"colour"_s;
        QTest::newRow("limit") << QStringList{u"limit"_s, u"-1"_s} << u"limit"_s;
    }

    void shouldRefuseInvalidParametersNamingThem()
    {
        QFETCH(QStringList, parameters);
        QFETCH(QString, key);
        const Result<CallFilter> filter = CallFilter::fromParameters(parameterMap(parameters));
        QVERIFY(!filter);
        QVERIFY2(filter.error().startsWith(key + u": "_s), qPrintable(filter.error()));
    }

    void shouldRoundTripThroughParametersAndJson()
    {
        CallFilter filter;
        filter.start = T;
        filter.end = T + 3600;
        filter.archive = true;
        filter.snumber = {{u"44"_s, u"_NXX."_s}, MatchMode::Start, true};
        filter.callername = {{u"Smith, John"_s}, MatchMode::Exact, false};
        filter.customer = CustomerScope::Id;
        filter.customerId = 5;
        filter.recurse = true;
        filter.talktimeMinimum = 10;
        filter.talktimeMaximum = 60;
        filter.statuses = {u"answered"_s, u"busy"_s};
        filter.callbilling = u"billed"_s;
        filter.search = u"ann"_s;
        filter.sort = u"name"_s;
        filter.descending = true;
        QVERIFY(filter.validate());
        const QMap<QString, QString> map = filter.toParameters();
        QCOMPARE(map.value(u"snumber"_s), u"44,_NXX."_s);
        QCOMPARE(map.value(u"smatch"_s), u"start"_s);
        QCOMPARE(map.value(u"snumber_not"_s), u"1"_s);
        QCOMPARE(map.value(u"callername_number"_s), u"Smith,, John"_s);
        QCOMPARE(map.value(u"customer"_s), u"5"_s);
        QVERIFY(!map.contains(u"cnumber"_s));
        QCOMPARE(CallFilter::fromParameters(map).value(), filter);
        const QByteArray json = QJsonDocument(filter.toJson()).toJson();
        QCOMPARE(CallFilter::fromJson(QJsonDocument::fromJson(json).object()).value(), filter);
        QCOMPARE(CallFilter::fromParameters({}).value(), CallFilter());
        QVERIFY(CallFilter().isUnfiltered());
        QVERIFY(!filter.isUnfiltered());
        QCOMPARE(CallFilter().summary(), QString());
        const QString summary = filter.summary();
        QVERIFY2(summary.contains(u"not snumber start 44, _NXX."_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"customer 5 and below"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"search “ann”"_s), qPrintable(summary));
        QVERIFY2(!summary.contains(u'\n'), qPrintable(summary));
    }

    void shouldTranslateDialPatterns()
    {
        const Result<DialPattern> p = DialPattern::parse(u"_1NXX[2-4#]Z.!*?");
        QVERIFY2(p, qPrintable(p.error()));
        QCOMPARE(p->toGlob(), u"1[2-9][0-9][0-9][2-4#][1-9]?**[*][?]"_s);
        QCOMPARE(p->toRegex(), u"(?s)^1[2-9][0-9][0-9][2-4#][1-9].+.*\\*\\?$"_s);
        QCOMPARE(p->literalPrefix(), u"1"_s);
        QVERIFY(!DialPattern::isPattern(u"_"));
        QCOMPARE(FilterSql::upperBound(u"44"_s), u"45"_s);
        QCOMPARE(FilterSql::upperBound(u"a\U0010FFFF"_s), u"b"_s);
        QCOMPARE(FilterSql::upperBound(u"\U0010FFFF"_s), QString());
    }

    void shouldCountAndListFromTheCommandLine()
    {
        const QString path = m_dir.filePath(u"cli.db"_s);
        {
            auto db = Database::open(DatabaseSpec::sqlite(path), Database::OpenMode::CreateIfMissing);
            QVERIFY2(db, qPrintable(db.error()));
            QVERIFY(writeFixture(**db));
        }
        auto run = [&path](QStringList arguments) {
            return TestSupport::runCli(arguments << u"--db"_s << path);
        };
        TestSupport::CliRun r = run({u"count"_s, u"--snumber"_s, u"44"_s, u"--smatch"_s, u"start"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), u"5"_s);
        r = run({u"count"_s, u"--customer"_s, u"3"_s, u"--recurse"_s, u"1"_s, u"--status"_s, u"answer"_s,
                 u"--talktime_minimum"_s, u"10"_s});
        QCOMPARE(r.out.trimmed(), u"2"_s);
        r = run({u"count"_s, u"--statuses"_s, u"answered,busy"_s, u"--callbilling"_s, u"billed"_s});
        QCOMPARE(r.out.trimmed(), u"2"_s);
        r = run({u"count"_s, u"--own_customer"_s, u"3"_s, u"--customer"_s, u"postpaid"_s});
        QCOMPARE(r.out.trimmed(), u"2"_s);
        QCOMPARE(run({u"list"_s, u"--start"_s, QString::number(T + 120), u"--callername_number"_s, u"ALICE"_s,
                      u"--callername_number_not"_s, u"1"_s, u"--columns"_s, u"uniqueid"_s, u"--sort"_s, u"uniqueid"_s})
                     .out,
                 u"uniqueid\r\nc03\r\nc04\r\nc05\r\nc06\r\nc08\r\nc10\r\n"_s);
        const QList<QStringList> invalid = {
            {u"--smatch"_s, u"begins"_s}, {u"--sort"_s, u"colour"_s}, {u"--customer"_s, u"everyone"_s},
            {u"--peer"_s, u"x"_s}, {u"--talktime_minimum"_s, u"ten"_s}, {u"--snumber"_s, u"_[9-1]"_s},
            {u"--statuses"_s, u"lost"_s}, {u"--callbilling"_s, u"cheap"_s}, {u"--snumber_not"_s, u"yes"_s},
            {u"--own_customer"_s, u"x"_s}};
        for (const QStringList &option : invalid) {
            for (const QString &command : {u"count"_s, u"list"_s}) {
                r = run(QStringList{command} + option);
                QCOMPARE(r.exitCode, 2);
                QVERIFY2(r.err.startsWith(option.first() + u':'), qPrintable(r.err));
            }
        }
        r = run({u"count"_s, u"--start"_s, u"2026-02-01"_s, u"--end"_s, u"2026-01-01"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(u"--end:"_s), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestFilters)
#include "tst_filters.moc"
