// The provider fakes, checked over real HTTP against the spec documents' shapes: auth, errors,
// filters, paging, CSV, and every fault switch. The clients' tests trust these fakes, so here
// each fake is proven to answer as the spec says.
#include "fakeproviderprocess.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString Account = u"4b8c6fe7e2b1f1d4a4dcfd5bcc0c5e3a"_s;

struct Answer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray contentType;
    QByteArray body;
    qint64 received = 0;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

} // namespace

class tst_Fakes : public QObject
{
    Q_OBJECT

private:
    // One request, waited for; with `keepBody` false the body is counted, not kept.
    Answer send(const QString &verb, QNetworkRequest request, const QByteArray &body = {}, bool keepBody = true)
    {
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb.toLatin1(), body);
        Answer answer;
        connect(reply, &QNetworkReply::readyRead, reply, [&answer, reply, keepBody] {
            const QByteArray chunk = reply->readAll();
            answer.received += chunk.size();
            if (keepBody)
                answer.body += chunk;
        });
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.error = reply->error();
        answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        const QByteArray rest = reply->isOpen() ? reply->readAll() : QByteArray();
        answer.received += rest.size();
        if (keepBody)
            answer.body += rest;
        reply->deleteLater();
        return answer;
    }
    Answer get(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(url);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        return send(u"GET"_s, request);
    }
    // An Enswitch function with parameters joined by ';' (or '&'), credentials first.
    Answer enswitch(const FakeProviderProcess &fake, const QString &function, const QString &parameters,
                    const QString &password = u"secret"_s)
    {
        QUrl url = fake.url();
        url.setPath(u"/api/json/%1/"_s.arg(function));
        url.setQuery(u"auth_username=operator;auth_password=%1;%2"_s.arg(password, parameters));
        return get(url);
    }
    Answer voipms(const FakeProviderProcess &fake, const QString &method, const QString &parameters)
    {
        QUrl url = fake.url();
        url.setPath(u"/api/v1/rest.php"_s);
        url.setQuery(u"api_username=operator&api_password=secret&method=%1&%2"_s.arg(method, parameters));
        return get(url);
    }
    Answer kazoo(const FakeProviderProcess &fake, const QString &path, const QByteArray &accept = {},
                 const QByteArray &token = "secret")
    {
        QUrl url = fake.url().resolved(QUrl(u"/v2/accounts/%1/%2"_s.arg(Account, path)));
        QList<QPair<QByteArray, QByteArray>> headers{{"X-Auth-Token", token}};
        if (!accept.isEmpty())
            headers.append({"Accept", accept});
        return get(url, headers);
    }
    Answer pbx(const FakeProviderProcess &fake, const QByteArray &body, const QByteArray &credentials = "operator:secret")
    {
        QNetworkRequest request(fake.url().resolved(QUrl(u"/rest/call/read"_s)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (!credentials.isEmpty())
            request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
        return send(u"POST"_s, request, body);
    }
    static QJsonArray data(const Answer &answer) { return answer.json().value(u"data"_s).toArray(); }
    static QString code(const Answer &answer)
    {
        return answer.json().value(u"responses"_s).toArray().first().toObject().value(u"code"_s).toString();
    }
    static QString key(const Answer &answer)
    {
        return answer.json().value(u"responses"_s).toArray().first().toObject().value(u"key"_s).toString();
    }

    QNetworkAccessManager m_network;

private slots:
    void enswitchRejectsBadCredentials();
    void enswitchListsWithEveryFilter();
    void enswitchPagesAndSorts();
    void enswitchValidatesParameters();
    void enswitchScopesToTheUsersCustomer();
    void enswitchEnforcesRolesAndRatePlan();
    void enswitchCreatesCalls();
    void voipmsRejectsBadCredentialsAndMethods();
    void voipmsFiltersCdrs();
    void voipmsShiftsDatesByTimezone();
    void voipmsResellerCdrsAndLists();
    void voipmsSearchesRates();
    void kazooRejectsBadTokensAndAccounts();
    void kazooPagesNewestFirst();
    void kazooDetailHasEveryField();
    void kazooDownloadsCsv();
    void kazooReportsErrors();
    void pbxRequiresCredentials();
    void pbxPagesByAcctid();
    void pbxRejectsBadBodies();
    void sameSeedSameCalls();
    void faultsFailEveryNth();
    void faultsTruncateDropAndDelay();
    void faultsHtmlAndWrongContentType();
    void faultsHugeAnswerIsValidJson();
};

void tst_Fakes::enswitchRejectsBadCredentials()
{
    FakeProviderProcess fake;
    QVERIFY2(fake.start(u"enswitch"_s), qPrintable(fake.error()));
    const Answer answer = enswitch(fake, u"cdrs/list"_s, u"customer=all"_s, u"wrong"_s);
    QCOMPARE(answer.status, 401);
    QCOMPARE(code(answer), u"401"_s);
    QCOMPARE(answer.json().value(u"responses"_s)[0][u"message"_s].toString(), u"The authentication details provided are invalid."_s);
    QVERIFY(!answer.json().contains(u"data"_s));
    QVERIFY(!answer.body.contains("secret"));
    QCOMPARE(code(enswitch(fake, u"cdrs/create"_s, u"validation=1"_s, u"wrong"_s)), u"401"_s);
}

void tst_Fakes::enswitchListsWithEveryFilter()
{
    FakeProviderProcess fake;
    QVERIFY2(fake.start(u"enswitch"_s, {u"--calls"_s, u"600"_s}), qPrintable(fake.error()));
    const Answer all = enswitch(fake, u"cdrs/list"_s, u"customer=system;archive=1"_s);
    QCOMPARE(code(all), u"200"_s);
    const QJsonArray rows = data(all);
    QCOMPARE(rows.size(), 600);
    // Archived calls are hidden unless archive=1.
    QVERIFY(data(enswitch(fake, u"cdrs/list"_s, u"customer=system"_s)).size() <= 600);

    const qint64 from = rows[100][u"start"_s].toInteger(), to = rows[300][u"start"_s].toInteger();
    for (const QJsonValue &row : data(enswitch(fake, u"cdrs/list"_s, u"customer=system;archive=1;start=%1;end=%2"_s.arg(from).arg(to)))) {
        QVERIFY(row[u"start"_s].toInteger() >= from);
        QVERIFY(row[u"start"_s].toInteger() < to);
    }
    struct Case { QString parameters; std::function<bool(const QJsonObject &)> holds; };
    const QString number = rows[5][u"snumber"_s].toString();
    QString name;
    for (const QJsonValue &row : rows) {
        if (name.isEmpty())
            name = row[u"sname"_s].toString().left(4).toUpper();   // matched case-insensitively
    }
    const QList<Case> cases = {
        {u"direction=in"_s, [](const QJsonObject &r) { return r[u"direction"_s] == u"in"_s; }},
        {u"direction=internal"_s, [](const QJsonObject &r) { return r[u"direction"_s] == u"internal"_s; }},
        {u"status=busy"_s, [](const QJsonObject &r) { return r[u"status"_s] == u"busy"_s; }},
        {u"talktime_minimum=60;talktime_maximum=120"_s, [](const QJsonObject &r) {
             return r[u"talktime"_s].toInteger() >= 60 && r[u"talktime"_s].toInteger() <= 120; }},
        {u"snumber=%1;smatch=exact"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(number))), [&number](const QJsonObject &r) { return r[u"snumber"_s] == number; }},
        {u"cnumber=44;cmatch=start"_s, [](const QJsonObject &r) { return r[u"cnumber"_s].toString().startsWith(u"44"_s); }},
        {u"dnumber=1;dmatch=end"_s, [](const QJsonObject &r) { return r[u"dnumber"_s].toString().endsWith(u'1'); }},
        {u"cnumber=212;cmatch=contains"_s, [](const QJsonObject &r) { return r[u"cnumber"_s].toString().contains(u"212"_s); }},
        {u"callername_number=%1;callername_match=start"_s.arg(name), [&name](const QJsonObject &r) {
             return r[u"sname"_s].toString().startsWith(name, Qt::CaseInsensitive); }},
        {u"stype=phone;ctype=external;dtype=external"_s, [](const QJsonObject &r) {
             return r[u"stype"_s] == u"phone"_s && r[u"ctype"_s] == u"external"_s && r[u"dtype"_s] == u"external"_s; }},
        {u"peer=2"_s, [](const QJsonObject &r) { return r[u"peer"_s].toInteger() == 2; }},
        {u"callid=%1"_s.arg(rows[7][u"callid"_s].toString()), [&rows](const QJsonObject &r) { return r[u"callid"_s] == rows[7][u"callid"_s]; }},
        {u"customer=2;recurse=1"_s, [](const QJsonObject &r) {
             const QSet<qint64> tree{2, 10, 11, 12, 13, 14};
             return tree.contains(r[u"scustomer"_s].toInteger()) || tree.contains(r[u"dcustomer"_s].toInteger()); }},
        {u"customer=11"_s, [](const QJsonObject &r) { return r[u"scustomer"_s].toInteger() == 11 || r[u"dcustomer"_s].toInteger() == 11; }},
        {u"customer=prepaid"_s, [](const QJsonObject &r) {
             const QSet<qint64> prepaid{3, 12, 14, 20, 22, 23};
             return prepaid.contains(r[u"scustomer"_s].toInteger()) || prepaid.contains(r[u"dcustomer"_s].toInteger()); }},
    };
    for (const Case &c : cases) {
        const Answer answer = enswitch(fake, u"cdrs/list"_s, u"customer=system;archive=1;"_s + c.parameters);
        QCOMPARE(code(answer), u"200"_s);
        const QJsonArray selected = data(answer);
        QVERIFY2(!selected.isEmpty(), qPrintable(c.parameters));
        QVERIFY2(selected.size() < rows.size() || c.parameters.startsWith(u"customer"_s), qPrintable(c.parameters));
        qsizetype expected = 0;
        for (const QJsonValue &row : rows)
            expected += c.holds(row.toObject()) ? 1 : 0;
        if (!c.parameters.startsWith(u"customer=prepaid"_s) && !c.parameters.startsWith(u"customer=2"_s))
            QCOMPARE(selected.size(), expected);
        for (const QJsonValue &row : selected)
            QVERIFY2(c.holds(row.toObject()), qPrintable(c.parameters));
    }
    // Costs are those of cost_customer: a customer outside the call's chain sees 0.
    const Answer foreign = enswitch(fake, u"cdrs/list"_s, u"customer=system;archive=1;direction=out;cost_customer=3"_s);
    for (const QJsonValue &row : data(foreign)) {
        if (row[u"scustomer"_s].toInteger() / 10 != 2 && row[u"scustomer"_s].toInteger() != 3)
            QCOMPARE(row[u"cost"_s].toString(), u"0.00"_s);
    }
}

void tst_Fakes::enswitchPagesAndSorts()
{
    FakeProviderProcess fake;
    QVERIFY2(fake.start(u"enswitch"_s, {u"--calls"_s, u"300"_s}), qPrintable(fake.error()));
    const QJsonArray all = data(enswitch(fake, u"cdrs/list"_s, u"customer=system;archive=1;sort=talktime;descending=1"_s));
    QCOMPARE(all.size(), 300);
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY(all[i - 1][u"talktime"_s].toInteger() >= all[i][u"talktime"_s].toInteger());
    QJsonArray paged;
    for (int offset = 0;; offset += 7) {
        const QJsonArray page = data(enswitch(fake, u"cdrs/list"_s,
                                              u"customer=system&archive=1&sort=talktime&descending=1&limit=7&offset=%1"_s.arg(offset)));
        QVERIFY(page.size() <= 7);
        for (const QJsonValue &row : page)
            paged.append(row);
        if (page.size() < 7)
            break;
    }
    QCOMPARE(paged, all);
    const QJsonArray byName = data(enswitch(fake, u"cdrs/list"_s, u"customer=system;archive=1;sort=name"_s));
    for (qsizetype i = 1; i < byName.size(); ++i)
        QVERIFY(byName[i - 1][u"sname"_s].toString() <= byName[i][u"sname"_s].toString());
    const QJsonArray byCost = data(enswitch(fake, u"cdrs/list"_s, u"customer=system;archive=1;sort=cost"_s));
    for (qsizetype i = 1; i < byCost.size(); ++i)
        QVERIFY(byCost[i - 1][u"cost"_s].toString().toDouble() <= byCost[i][u"cost"_s].toString().toDouble());
}

void tst_Fakes::enswitchValidatesParameters()
{
    FakeProviderProcess fake;
    QVERIFY2(fake.start(u"enswitch"_s), qPrintable(fake.error()));
    const QList<QPair<QString, QString>> cases = {
        {u"sort=colour"_s, u"sort"_s}, {u"direction=sideways"_s, u"direction"_s}, {u"smatch=like"_s, u"smatch"_s},
        {u"start=yesterday"_s, u"start"_s}, {u"limit=-1"_s, u"limit"_s}, {u"customer=everyone"_s, u"customer"_s},
        {u"customer=999"_s, u"customer"_s}, {u"cost_customer=nobody"_s, u"cost_customer"_s}};
    for (const auto &[parameters, expectedKey] : cases) {
        const Answer answer = enswitch(fake, u"cdrs/list"_s, parameters);
        QCOMPARE(answer.status, 400);
        QCOMPARE(code(answer), u"400"_s);
        QCOMPARE(key(answer), expectedKey);
    }
    QCOMPARE(enswitch(fake, u"cdrs/remove"_s, QString()).status, 404);
}

void tst_Fakes::enswitchScopesToTheUsersCustomer()
{
    FakeProviderProcess fake;
    QVERIFY2(fake.start(u"enswitch"_s, {u"--owner-customer"_s, u"11"_s}), qPrintable(fake.error()));
    const QJsonArray own = data(enswitch(fake, u"cdrs/list"_s, u"archive=1"_s));
    QVERIFY(!own.isEmpty());
    for (const QJsonValue &row : own)
        QVERIFY(row[u"scustomer"_s].toInteger() == 11 || row[u"dcustomer"_s].toInteger() == 11);
    // A customer outside the user's tree is refused.
    QCOMPARE(key(enswitch(fake, u"cdrs/list"_s, u"customer=20"_s)), u"customer"_s);
}

void tst_Fakes::enswitchEnforcesRolesAndRatePlan()
{
    FakeProviderProcess cdrsOnly;
    QVERIFY2(cdrsOnly.start(u"enswitch"_s, {u"--roles"_s, u"cdrs"_s}), qPrintable(cdrsOnly.error()));
    QCOMPARE(code(enswitch(cdrsOnly, u"cdrs/list"_s, u"customer=all"_s)), u"200"_s);
    const Answer denied = enswitch(cdrsOnly, u"cdrs/create"_s, u"uniqueid=x;machine=m;start=1;scustomer=10"_s);
    QCOMPARE(denied.status, 402);
    QCOMPARE(code(denied), u"402"_s);

    FakeProviderProcess limited;
    QVERIFY2(limited.start(u"enswitch"_s, {u"--rate-plan-denies"_s}), qPrintable(limited.error()));
    QCOMPARE(code(enswitch(limited, u"cdrs/list"_s, u"customer=all"_s)), u"403"_s);
}

void tst_Fakes::enswitchCreatesCalls()
{
    FakeProviderProcess fake;
    QVERIFY2(fake.start(u"enswitch"_s, {u"--calls"_s, u"50"_s}), qPrintable(fake.error()));
    const QString required = u"uniqueid=ext-1;machine=edge1;start=1700000000;scustomer=10"_s;
    const Answer checked = enswitch(fake, u"cdrs/create"_s, required + u";validation=1;end=1700000090"_s);
    QCOMPARE(checked.status, 200);
    QCOMPARE(code(checked), u"201"_s);
    QVERIFY(data(enswitch(fake, u"cdrs/list"_s, u"customer=system;archive=1;callid=ext-1"_s)).isEmpty());

    const Answer created = enswitch(fake, u"cdrs/create"_s, required + u";end=1700000090;cost=0.0125;snumber=%2B4420;note=a%3Bb"_s);
    QCOMPARE(code(created), u"204"_s);
    const QJsonArray found = data(enswitch(fake, u"cdrs/list"_s, u"customer=system;archive=1;callid=ext-1"_s));
    QCOMPARE(found.size(), 1);
    const QJsonObject call = found[0].toObject();
    QCOMPARE(call[u"dcustomer"_s].toInteger(), 10);        // default: same as scustomer
    QCOMPARE(call[u"talktime"_s].toInteger(), 90);         // default: end - start
    QCOMPARE(call[u"totaltime"_s].toInteger(), 90);
    QCOMPARE(call[u"media"_s].toString(), u"voice"_s);
    QCOMPARE(call[u"status"_s].toString(), u"answer"_s);
    QCOMPARE(call[u"cost"_s].toString(), u"0.0125"_s);
    QCOMPARE(call[u"currency"_s].toString(), u"USD"_s);
    QCOMPARE(call[u"snumber"_s].toString(), u"+4420"_s);
    QCOMPARE(call[u"note"_s].toString(), u"a;b"_s);

    QCOMPARE(code(enswitch(fake, u"cdrs/create"_s, u"uniqueid=ext-2;machine=m;scustomer=10"_s)), u"400"_s);
    const QList<QPair<QString, QString>> invalid = {
        {u"machine=m;start=1;scustomer=10"_s, u"uniqueid"_s}, {required + u";status=ringing"_s, u"status"_s},
        {required + u";media=video"_s, u"media"_s}, {required + u";end=1"_s, u"end"_s},
        {required + u";cost=lots"_s, u"cost"_s}, {required + u";validation=2"_s, u"validation"_s},
        {u"uniqueid=x;machine=m;start=1;scustomer=999"_s, u"scustomer"_s}};
    for (const auto &[parameters, expectedKey] : invalid) {
        const Answer answer = enswitch(fake, u"cdrs/create"_s, parameters);
        QCOMPARE(code(answer), u"400"_s);
        QCOMPARE(key(answer), expectedKey);
    }
}

void tst_Fakes::voipmsRejectsBadCredentialsAndMethods()
{
    FakeProviderProcess fake;
    QVERIFY2(fake.start(u"voipms"_s), qPrintable(fake.error()));
    QUrl url = fake.url();
    url.setPath(u"/api/v1/rest.php"_s);
    url.setQuery(u"api_username=operator&api_password=wrong&method=getCallBilling"_s);
    const Answer wrong = get(url);
    QCOMPARE(wrong.status, 200);
    QCOMPARE(wrong.json().value(u"status"_s).toString(), u"invalid_credentials"_s);
    url.setQuery(u"method=getCallBilling"_s);
    QCOMPARE(get(url).json().value(u"status"_s).toString(), u"missing_credentials"_s);
    QCOMPARE(voipms(fake, u"getEverything"_s, QString()).json().value(u"status"_s).toString(), u"invalid_method"_s);
    const QJsonObject billing = voipms(fake, u"getCallBilling"_s, QString()).json();
    QCOMPARE(billing.value(u"status"_s).toString(), u"success"_s);
    QCOMPARE(billing.value(u"call_billing"_s).toArray().size(), 3);
    QCOMPARE(billing.value(u"call_billing"_s)[1][u"value"_s].toString(), u"free"_s);
}

void tst_Fakes::voipmsFiltersCdrs()
{
    FakeProviderProcess fake;
    QVERIFY2(fake.start(u"voipms"_s, {u"--calls"_s, u"800"_s}), qPrintable(fake.error()));
    const QString range = u"date_from=2026-08-01&date_to=2026-09-30&timezone=0"_s;
    const QJsonObject all = voipms(fake, u"getCDR"_s, range).json();
    QCOMPARE(all.value(u"status"_s).toString(), u"success"_s);
    const QJsonArray rows = all.value(u"cdr"_s).toArray();
    QVERIFY(rows.size() > 100);
    for (const QJsonValue &row : rows) {
        for (const QString &field : {u"date"_s, u"callerid"_s, u"destination"_s, u"description"_s, u"account"_s,
                                     u"disposition"_s, u"duration"_s, u"seconds"_s, u"rate"_s, u"total"_s, u"uniqueid"_s})
            QVERIFY2(row[field].isString(), qPrintable(field));   // every value a string
    }
    struct Case { QString parameters; std::function<bool(const QJsonObject &)> holds; };
    const QList<Case> cases = {
        {u"answered=1&noanswer=0&busy=0&failed=0"_s, [](const QJsonObject &r) { return r[u"disposition"_s] == u"ANSWERED"_s; }},
        {u"busy=1&failed=1"_s, [](const QJsonObject &r) { return r[u"disposition"_s] == u"BUSY"_s || r[u"disposition"_s] == u"FAILED"_s; }},
        {u"callbilling=free"_s, [](const QJsonObject &r) { return r[u"total"_s] == u"0.00000000"_s; }},
        {u"callbilling=billed"_s, [](const QJsonObject &r) { return r[u"total"_s] != u"0.00000000"_s; }},
        {u"calltype=incoming"_s, [](const QJsonObject &r) { return r[u"description"_s] == u"Inbound DID"_s; }},
        {u"calltype=outgoing"_s, [](const QJsonObject &r) { return r[u"description"_s] != u"Inbound DID"_s; }},
        {u"account=100000_kestrel"_s, [](const QJsonObject &r) { return r[u"account"_s] == u"100000_kestrel"_s; }},
    };
    for (const Case &c : cases) {
        const QJsonArray selected = voipms(fake, u"getCDR"_s, range + u'&' + c.parameters).json().value(u"cdr"_s).toArray();
        QVERIFY2(!selected.isEmpty() && selected.size() < rows.size(), qPrintable(c.parameters));
        qsizetype expected = 0;
        for (const QJsonValue &row : rows)
            expected += c.holds(row.toObject()) ? 1 : 0;
        QCOMPARE(selected.size(), expected);
    }
    const QJsonArray types = voipms(fake, u"getCallTypes"_s, QString()).json().value(u"call_types"_s).toArray();
    const QString did = types[3][u"value"_s].toString();
    for (const QJsonValue &row : voipms(fake, u"getCDR"_s, range + u"&calltype="_s + did).json().value(u"cdr"_s).toArray())
        QCOMPARE(row[u"destination"_s].toString(), did);

    const QList<QPair<QString, QString>> errors = {
        {u"date_to=2026-09-30&timezone=0"_s, u"missing_date_from"_s},
        {u"date_from=2026-09-01&timezone=0"_s, u"missing_date_to"_s},
        {u"date_from=01/09/2026&date_to=2026-09-30&timezone=0"_s, u"invalid_date_from"_s},
        {u"date_from=2026-09-01&date_to=2026-09-30"_s, u"missing_timezone"_s},
        {u"date_from=2026-09-01&date_to=2026-09-30&timezone=14"_s, u"invalid_timezone"_s},
        {u"date_from=2026-09-30&date_to=2026-09-01&timezone=0"_s, u"invalid_date_range"_s},
        {range + u"&callbilling=some"_s, u"invalid_callbilling"_s},
        {range + u"&calltype=sideways"_s, u"invalid_calltype"_s},
        {u"date_from=2020-01-01&date_to=2020-01-02&timezone=0"_s, u"no_cdr"_s}};
    for (const auto &[parameters, status] : errors)
        QCOMPARE(voipms(fake, u"getCDR"_s, parameters).json().value(u"status"_s).toString(), status);
}

void tst_Fakes::voipmsShiftsDatesByTimezone()
{
    FakeProviderProcess fake;
    QVERIFY2(fake.start(u"voipms"_s, {u"--calls"_s, u"300"_s}), qPrintable(fake.error()));
    const auto byId = [&](const QString &zone) {
        QHash<QString, QString> out;
        const QJsonArray rows = voipms(fake, u"getCDR"_s, u"date_from=2026-08-01&date_to=2026-09-30&timezone="_s + zone)
                                    .json().value(u"cdr"_s).toArray();
        for (const QJsonValue &row : rows)
            out.insert(row[u"uniqueid"_s].toString(), row[u"date"_s].toString());
        return out;
    };
    const QHash<QString, QString> utc = byId(u"0"_s), newYork = byId(u"-5"_s);
    int compared = 0;
    for (auto it = utc.cbegin(); it != utc.cend(); ++it) {
        if (!newYork.contains(it.key()))
            continue;
        const QDateTime a = QDateTime::fromString(it.value(), u"yyyy-MM-dd HH:mm:ss"_s);
        const QDateTime b = QDateTime::fromString(newYork.value(it.key()), u"yyyy-MM-dd HH:mm:ss"_s);
        QCOMPARE(b.secsTo(a), 5 * 3600);
        ++compared;
    }
    QVERIFY(compared > 100);
}

void tst_Fakes::voipmsResellerCdrsAndLists()
{
    FakeProviderProcess fake;
    QVERIFY2(fake.start(u"voipms"_s, {u"--calls"_s, u"800"_s}), qPrintable(fake.error()));
    const QString range = u"date_from=2026-08-01&date_to=2026-09-30&timezone=0"_s;
    QCOMPARE(voipms(fake, u"getResellerCDR"_s, range).json().value(u"status"_s).toString(), u"missing_client"_s);
    QCOMPARE(voipms(fake, u"getResellerCDR"_s, range + u"&client=1"_s).json().value(u"status"_s).toString(), u"invalid_client"_s);
    const QJsonArray accounts = voipms(fake, u"getCallAccounts"_s, u"client=561121"_s).json().value(u"accounts"_s).toArray();
    QCOMPARE(accounts.size(), 2);
    QCOMPARE(accounts[0][u"value"_s].toString(), u"all"_s);
    const QString account = accounts[1][u"value"_s].toString();
    const QJsonArray rows = voipms(fake, u"getResellerCDR"_s, range + u"&client=561121"_s).json().value(u"cdr"_s).toArray();
    QVERIFY(!rows.isEmpty());
    for (const QJsonValue &row : rows) {
        QCOMPARE(row[u"account"_s].toString(), account);
        QVERIFY(!row.toObject().contains(u"rate"_s));   // the reseller view has total, no rate
        QVERIFY(row[u"total"_s].isString());
    }
    QVERIFY(voipms(fake, u"getCallAccounts"_s, QString()).json().value(u"accounts"_s).toArray().size() > 10);
    const QJsonArray types = voipms(fake, u"getCallTypes"_s, QString()).json().value(u"call_types"_s).toArray();
    QCOMPARE(types[1][u"value"_s].toString(), u"outgoing"_s);
    QVERIFY(types[3][u"description"_s].toString().startsWith(u"Calls to "_s));
}

void tst_Fakes::voipmsSearchesRates()
{
    FakeProviderProcess fake;
    QVERIFY2(fake.start(u"voipms"_s), qPrintable(fake.error()));
    const QJsonObject rates = voipms(fake, u"getRates"_s, u"package=92364&query=Germany"_s).json();
    QCOMPARE(rates.value(u"status"_s).toString(), u"success"_s);
    const QJsonArray list = rates.value(u"rates"_s).toArray();
    QCOMPARE(list.size(), 3);
    for (const QJsonValue &rate : list) {
        QVERIFY(rate[u"destination"_s].toString().startsWith(u"Germany"_s));
        QVERIFY(rate[u"prefix"_s].toString().startsWith(u"49"_s));
        for (const QString &field : {u"client_increment"_s, u"client_rate"_s, u"real_increment"_s, u"real_rate"_s})
            QVERIFY(!rate[field].toString().isEmpty());
    }
    QCOMPARE(voipms(fake, u"getRates"_s, u"query=Germany"_s).json().value(u"status"_s).toString(), u"missing_package"_s);
    QCOMPARE(voipms(fake, u"getRates"_s, u"package=1&query=Germany"_s).json().value(u"status"_s).toString(), u"invalid_package"_s);
    QCOMPARE(voipms(fake, u"getRates"_s, u"package=92364"_s).json().value(u"status"_s).toString(), u"missing_query"_s);
    QCOMPARE(voipms(fake, u"getRates"_s, u"package=92364&query=Atlantis"_s).json().value(u"status"_s).toString(), u"no_rates"_s);

    const QJsonObject termination = voipms(fake, u"getTerminationRates"_s, u"route=2&query=44"_s).json();
    QCOMPARE(termination.value(u"status"_s).toString(), u"success"_s);
    QCOMPARE(termination.value(u"route"_s)[u"value"_s].toString(), u"2"_s);
    QCOMPARE(termination.value(u"route"_s)[u"description"_s].toString(), u"Premium"_s);
    for (const QJsonValue &rate : termination.value(u"rates"_s).toArray())
        QVERIFY(rate[u"prefix"_s].toString().startsWith(u"44"_s) && !rate[u"rate"_s].toString().isEmpty());
    QCOMPARE(voipms(fake, u"getTerminationRates"_s, u"route=9&query=44"_s).json().value(u"status"_s).toString(), u"invalid_route"_s);
    QCOMPARE(voipms(fake, u"getTerminationRates"_s, u"query=44"_s).json().value(u"status"_s).toString(), u"missing_route"_s);
}

void tst_Fakes::kazooRejectsBadTokensAndAccounts()
{
    FakeProviderProcess fake;
    QVERIFY2(fake.start(u"kazoo"_s), qPrintable(fake.error()));
    const Answer noToken = kazoo(fake, u"cdrs"_s, {}, {});
    QCOMPARE(noToken.status, 401);
    QCOMPARE(noToken.json().value(u"status"_s).toString(), u"error"_s);
    QCOMPARE(noToken.json().value(u"error"_s).toString(), u"401"_s);
    QCOMPARE(kazoo(fake, u"cdrs"_s, {}, "guess").status, 401);
    QCOMPARE(get(fake.url().resolved(QUrl(u"/v2/accounts/0000/cdrs"_s)), {{"X-Auth-Token", "secret"}}).status, 401);
    // The token may also come as ?auth_token=, as in the spec's curl example.
    QCOMPARE(get(fake.url().resolved(QUrl(u"/v1/accounts/%1/cdrs?auth_token=secret"_s.arg(Account)))).status, 200);
}

void tst_Fakes::kazooPagesNewestFirst()
{
    FakeProviderProcess fake;
    QVERIFY2(fake.start(u"kazoo"_s, {u"--calls"_s, u"250"_s}), qPrintable(fake.error()));
    QStringList ids;
    qint64 previous = std::numeric_limits<qint64>::max();
    QString startKey;
    int pages = 0;
    do {
        const Answer answer = kazoo(fake, u"cdrs?page_size=40"_s + (startKey.isEmpty() ? QString() : u"&start_key="_s + startKey));
        QCOMPARE(answer.status, 200);
        const QJsonObject envelope = answer.json();
        QCOMPARE(envelope.value(u"status"_s).toString(), u"success"_s);
        const QJsonArray page = envelope.value(u"data"_s).toArray();
        QCOMPARE(envelope.value(u"page_size"_s).toInteger(), page.size());
        for (const QJsonValue &row : page) {
            QVERIFY(row[u"timestamp"_s].toInteger() <= previous);
            QVERIFY(row[u"timestamp"_s].toInteger() > 63000000000);   // Gregorian seconds
            previous = row[u"timestamp"_s].toInteger();
            ids.append(row[u"id"_s].toString());
        }
        startKey = envelope.value(u"next_start_key"_s).toString();
        ++pages;
    } while (!startKey.isEmpty());
    QCOMPARE(pages, 7);
    QCOMPARE(ids.size(), 250);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 250);

    // created_from/created_to (inclusive) bound the list, pages included.
    const QJsonArray first = kazoo(fake, u"cdrs?page_size=250"_s).json().value(u"data"_s).toArray();
    const qint64 to = first[20][u"timestamp"_s].toInteger(), from = first[120][u"timestamp"_s].toInteger();
    int inRange = 0;
    startKey.clear();
    do {
        const QJsonObject envelope = kazoo(fake, u"cdrs?created_from=%1&created_to=%2&page_size=30%3"_s.arg(from).arg(to)
                                                     .arg(startKey.isEmpty() ? QString() : u"&start_key="_s + startKey)).json();
        for (const QJsonValue &row : envelope.value(u"data"_s).toArray()) {
            QVERIFY(row[u"timestamp"_s].toInteger() >= from && row[u"timestamp"_s].toInteger() <= to);
            ++inRange;
        }
        startKey = envelope.value(u"next_start_key"_s).toString();
    } while (!startKey.isEmpty());
    qsizetype expected = 0;
    for (const QJsonValue &row : first)
        expected += row[u"timestamp"_s].toInteger() >= from && row[u"timestamp"_s].toInteger() <= to ? 1 : 0;
    QCOMPARE(inRange, expected);
    QVERIFY(inRange >= 101);
}

void tst_Fakes::kazooDetailHasEveryField()
{
    FakeProviderProcess fake;
    QVERIFY2(fake.start(u"kazoo"_s, {u"--calls"_s, u"20"_s}), qPrintable(fake.error()));
    const QString id = kazoo(fake, u"cdrs?page_size=1"_s).json().value(u"data"_s)[0][u"id"_s].toString();
    QVERIFY(QRegularExpression(u"^\\d{6}-"_s).match(id).hasMatch());   // YYYYMM-<call_id>
    const Answer answer = kazoo(fake, u"cdrs/"_s + id);
    QCOMPARE(answer.status, 200);
    const QJsonObject detail = answer.json().value(u"data"_s).toObject();
    QCOMPARE(detail.value(u"id"_s).toString(), id);
    for (const QString &field : {u"hangup_cause"_s, u"call_id"_s, u"other_leg_call_id"_s, u"timestamp"_s, u"call_direction"_s,
                                 u"to_uri"_s, u"from_uri"_s, u"duration_seconds"_s, u"billing_seconds"_s, u"ringing_seconds"_s,
                                 u"remote_sdp"_s, u"local_sdp"_s, u"caller_id_name"_s, u"caller_id_number"_s,
                                 u"callee_id_name"_s, u"callee_id_number"_s, u"cid_type"_s, u"user_agent"_s,
                                 u"digits_dialed"_s, u"handling_server_name"_s, u"app_name"_s, u"app_version"_s,
                                 u"event_name"_s, u"event_category"_s, u"server_id"_s})
        QVERIFY2(detail.contains(field), qPrintable(field));
    const QJsonObject vars = detail.value(u"custom_channel_vars"_s).toObject();
    for (const QString &field : {u"endpoint_id"_s, u"tenant_id"_s, u"access_group"_s, u"username"_s, u"realm"_s,
                                 u"account_id"_s, u"inception"_s, u"authorizing_id"_s})
        QVERIFY2(vars.contains(field), qPrintable(field));
    QCOMPARE(vars.value(u"account_id"_s).toString(), Account);
    QVERIFY(detail.value(u"remote_sdp"_s).toString().startsWith(u"v=0\r\n"_s));
}

void tst_Fakes::kazooDownloadsCsv()
{
    FakeProviderProcess fake;
    QVERIFY2(fake.start(u"kazoo"_s, {u"--calls"_s, u"120"_s}), qPrintable(fake.error()));
    const Answer answer = kazoo(fake, u"cdrs"_s, "application/octet-stream");
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.contentType, QByteArray("application/octet-stream"));
    const QList<QByteArray> lines = answer.body.trimmed().split('\n');
    QVERIFY(lines[0].startsWith("id,call_id,caller_id_number,caller_id_name,"));
    QCOMPARE(lines.size(), 121);
    // The CSV timestamp is the call's start: the JSON timestamp minus the duration.
    const QJsonObject first = kazoo(fake, u"cdrs?page_size=1"_s).json().value(u"data"_s)[0].toObject();
    const QList<QByteArray> header = lines[0].trimmed().split(',');
    const QList<QByteArray> row = lines[1].trimmed().split(',');
    QCOMPARE(QString::fromUtf8(row[header.indexOf("id")]), first[u"id"_s].toString());
    QCOMPARE(row[header.indexOf("timestamp")].toLongLong(),
             first[u"timestamp"_s].toInteger() - first[u"duration_seconds"_s].toInteger());
    const Answer single = kazoo(fake, u"cdrs/"_s + first[u"id"_s].toString(), "text/csv");
    QCOMPARE(single.body.trimmed().split('\n').size(), 2);
}

void tst_Fakes::kazooReportsErrors()
{
    FakeProviderProcess fake;
    QVERIFY2(fake.start(u"kazoo"_s, {u"--calls"_s, u"20"_s}), qPrintable(fake.error()));
    QCOMPARE(kazoo(fake, u"cdrs"_s, "application/xml").status, 415);
    const Answer backwards = kazoo(fake, u"cdrs?created_from=63900000000&created_to=63800000000"_s);
    QCOMPARE(backwards.status, 400);
    QCOMPARE(backwards.json().value(u"error"_s).toString(), u"400"_s);
    QVERIFY(backwards.json().value(u"data"_s).toObject().contains(u"created_from"_s));
    QCOMPARE(kazoo(fake, u"cdrs?created_from=yesterday"_s).status, 400);
    QCOMPARE(kazoo(fake, u"cdrs?page_size=0"_s).status, 400);
    QCOMPARE(kazoo(fake, u"cdrs?start_key=nothing"_s).status, 400);
    QCOMPARE(kazoo(fake, u"cdrs/202601-nothing"_s).status, 404);
}

void tst_Fakes::pbxRequiresCredentials()
{
    FakeProviderProcess fake;
    QVERIFY2(fake.start(u"pbx"_s), qPrintable(fake.error()));
    const QByteArray body = R"({"type":"cdr","scope":{}})";
    const Answer none = pbx(fake, body, {});
    QCOMPARE(none.status, 401);
    QCOMPARE(none.json().value(u"result"_s).toString(), u"error"_s);
    QCOMPARE(pbx(fake, body, "operator:wrong").status, 401);
    QCOMPARE(pbx(fake, body).status, 200);
}

void tst_Fakes::pbxPagesByAcctid()
{
    FakeProviderProcess fake;
    QVERIFY2(fake.start(u"pbx"_s, {u"--calls"_s, u"333"_s}), qPrintable(fake.error()));
    const QJsonObject first = pbx(fake, R"({"type":"cdr","scope":{}})").json();
    QCOMPARE(first.value(u"result"_s).toString(), u"success"_s);
    QVERIFY(first.value(u"minID"_s).isNull());
    QCOMPARE(first.value(u"maxRows"_s).toInteger(), 500);      // the default
    QCOMPARE(first.value(u"numRows"_s).toInteger(), 333);
    const QJsonArray all = first.value(u"values"_s).toArray();
    QCOMPARE(all.size(), 333);
    const QJsonObject row = all[0].toObject();
    for (const QString &field : {u"acctid"_s, u"calldate"_s, u"clid"_s, u"src"_s, u"dst"_s, u"dcontext"_s, u"channel"_s,
                                 u"dstchannel"_s, u"lastapp"_s, u"lastdata"_s, u"duration"_s, u"billsec"_s,
                                 u"disposition"_s, u"amaflags"_s, u"accountcode"_s, u"uniqueid"_s, u"properties"_s})
        QVERIFY2(row.contains(field), qPrintable(field));
    QVERIFY(row[u"calldate"_s].toString().endsWith(u"+00"_s));
    QVERIFY(row[u"properties"_s].toObject().contains(u"dial_full"_s));

    QJsonArray paged;
    qint64 minId = 0;
    for (;;) {
        const QJsonObject page = pbx(fake, u"{\"type\":\"cdr\",\"scope\":{\"minID\":%1,\"maxRows\":50}}"_s.arg(minId).toUtf8()).json();
        QCOMPARE(page.value(u"minID"_s).toInteger(), minId);
        const QJsonArray values = page.value(u"values"_s).toArray();
        QCOMPARE(page.value(u"numRows"_s).toInteger(), values.size());
        for (const QJsonValue &value : values) {
            QVERIFY(value[u"acctid"_s].toInteger() >= minId);
            paged.append(value);
        }
        if (values.size() < 50)
            break;
        minId = values.last()[u"acctid"_s].toInteger() + 1;
    }
    QCOMPARE(paged, all);

    // minDate/maxDate in epoch milliseconds.
    const QDateTime lower = QDateTime::fromString(all[100][u"calldate"_s].toString().chopped(3), u"yyyy-MM-dd HH:mm:ss"_s);
    const QDateTime upper = QDateTime::fromString(all[200][u"calldate"_s].toString().chopped(3), u"yyyy-MM-dd HH:mm:ss"_s);
    const qint64 minDate = QDateTime(lower.date(), lower.time(), Qt::UTC).toMSecsSinceEpoch();
    const qint64 maxDate = QDateTime(upper.date(), upper.time(), Qt::UTC).toMSecsSinceEpoch();
    const QJsonArray window = pbx(fake, u"{\"type\":\"cdr\",\"scope\":{\"minDate\":%1,\"maxDate\":%2,\"maxRows\":1000}}"_s
                                            .arg(minDate).arg(maxDate).toUtf8()).json().value(u"values"_s).toArray();
    QVERIFY(window.size() >= 90 && window.size() <= 100);
    QCOMPARE(window.first()[u"acctid"_s], all[100][u"acctid"_s]);
}

void tst_Fakes::pbxRejectsBadBodies()
{
    FakeProviderProcess fake;
    QVERIFY2(fake.start(u"pbx"_s), qPrintable(fake.error()));
    for (const QByteArray &body : {QByteArray("{\"type\":\"cdr\""), QByteArray(R"({"type":"queue","scope":{}})"),
                                   QByteArray(R"({"type":"cdr","scope":{"minID":"first"}})"),
                                   QByteArray(R"({"type":"cdr","scope":{"maxRows":0}})")}) {
        const Answer answer = pbx(fake, body);
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.json().value(u"result"_s).toString(), u"error"_s);
        QVERIFY(!answer.json().value(u"message"_s).toString().isEmpty());
    }
}

void tst_Fakes::sameSeedSameCalls()
{
    FakeProviderProcess a, b, c;
    QVERIFY2(a.start(u"pbx"_s, {u"--calls"_s, u"100"_s, u"--seed"_s, u"7"_s}), qPrintable(a.error()));
    QVERIFY2(b.start(u"pbx"_s, {u"--calls"_s, u"100"_s, u"--seed"_s, u"7"_s}), qPrintable(b.error()));
    QVERIFY2(c.start(u"pbx"_s, {u"--calls"_s, u"100"_s, u"--seed"_s, u"8"_s}), qPrintable(c.error()));
    const QByteArray body = R"({"type":"cdr","scope":{}})";
    QCOMPARE(pbx(a, body).body, pbx(b, body).body);
    QVERIFY(pbx(a, body).body != pbx(c, body).body);
}

void tst_Fakes::faultsFailEveryNth()
{
    FakeProviderProcess fake;
    QVERIFY2(fake.start(u"enswitch"_s, {u"--fail-every"_s, u"2"_s}), qPrintable(fake.error()));
    QList<int> statuses;
    for (int i = 0; i < 6; ++i)
        statuses.append(enswitch(fake, u"cdrs/list"_s, u"customer=all;limit=1"_s).status);
    QCOMPARE(statuses, (QList<int>{200, 500, 200, 503, 200, 504}));
}

void tst_Fakes::faultsTruncateDropAndDelay()
{
    FakeProviderProcess truncating;
    QVERIFY2(truncating.start(u"kazoo"_s, {u"--truncate-every"_s, u"2"_s}), qPrintable(truncating.error()));
    const Answer whole = kazoo(truncating, u"cdrs"_s);
    const Answer cut = kazoo(truncating, u"cdrs"_s);
    QCOMPARE(cut.status, 200);
    QCOMPARE(cut.error, QNetworkReply::NoError);
    QCOMPARE(cut.body, whole.body.left(whole.body.size() / 2));
    QJsonParseError parseError;
    QJsonDocument::fromJson(cut.body, &parseError);
    QVERIFY(parseError.error != QJsonParseError::NoError);

    FakeProviderProcess dropping;
    QVERIFY2(dropping.start(u"voipms"_s, {u"--drop-every"_s, u"1"_s}), qPrintable(dropping.error()));
    const Answer dropped = voipms(dropping, u"getCallBilling"_s, QString());
    QVERIFY(dropped.error == QNetworkReply::RemoteHostClosedError || dropped.error == QNetworkReply::ConnectionRefusedError);
    QCOMPARE(dropped.status, 0);

    // A client's transfer time-out fires on a slow provider.
    FakeProviderProcess slow;
    QVERIFY2(slow.start(u"pbx"_s, {u"--delay-ms"_s, u"3000"_s}), qPrintable(slow.error()));
    QNetworkRequest request(slow.url().resolved(QUrl(u"/rest/call/read"_s)));
    request.setTransferTimeout(200);
    request.setRawHeader("Authorization", "Basic " + QByteArray("operator:secret").toBase64());
    QCOMPARE(send(u"POST"_s, request, R"({"type":"cdr","scope":{}})").error, QNetworkReply::OperationCanceledError);
}

void tst_Fakes::faultsHtmlAndWrongContentType()
{
    FakeProviderProcess html;
    QVERIFY2(html.start(u"voipms"_s, {u"--html-every"_s, u"1"_s}), qPrintable(html.error()));
    const Answer page = voipms(html, u"getCallBilling"_s, QString());
    QCOMPARE(page.status, 502);
    QVERIFY(page.contentType.startsWith("text/html"));
    QVERIFY(page.body.contains("<html>"));

    FakeProviderProcess portal;
    QVERIFY2(portal.start(u"enswitch"_s, {u"--wrong-type-every"_s, u"1"_s}), qPrintable(portal.error()));
    const Answer login = enswitch(portal, u"cdrs/list"_s, u"customer=all"_s);
    QCOMPARE(login.status, 200);
    QVERIFY(login.contentType.startsWith("text/html"));
    QVERIFY(QJsonDocument::fromJson(login.body).isNull());
}

void tst_Fakes::faultsHugeAnswerIsValidJson()
{
    FakeProviderProcess small;
    QVERIFY2(small.start(u"enswitch"_s, {u"--huge-every"_s, u"1"_s, u"--huge-mb"_s, u"2"_s, u"--calls"_s, u"10"_s}),
             qPrintable(small.error()));
    const Answer two = enswitch(small, u"cdrs/list"_s, u"customer=all"_s);
    QCOMPARE(two.status, 200);
    QVERIFY(qAbs(two.body.size() - (2 << 20)) < 2000);
    const QJsonObject envelope = QJsonDocument::fromJson(two.body).object();
    QCOMPARE(code(two), u"200"_s);
    QVERIFY(envelope.value(u"data"_s).toArray().size() > 1000);

    // The default size is 100 MB, streamed; here it is counted, not kept.
    FakeProviderProcess huge;
    QVERIFY2(huge.start(u"pbx"_s, {u"--huge-every"_s, u"1"_s, u"--calls"_s, u"10"_s}), qPrintable(huge.error()));
    QNetworkRequest request(huge.url().resolved(QUrl(u"/rest/call/read"_s)));
    request.setRawHeader("Authorization", "Basic " + QByteArray("operator:secret").toBase64());
    const Answer big = send(u"POST"_s, request, R"({"type":"cdr","scope":{}})", false);
    QCOMPARE(big.error, QNetworkReply::NoError);
    QVERIFY(qAbs(big.received - (qint64(100) << 20)) < 2000);
}

QTEST_GUILESS_MAIN(tst_Fakes)
#include "tst_fakes.moc"
