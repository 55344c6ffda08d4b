#pragma once

#include <QString>
#include <QStringList>

// How a fake provider is started: which API it speaks, the calls it serves (generated, the same
// for the same seed), the credentials it accepts and the faults it injects. Fault switches count
// requests from 1: with `failEvery = 3` requests 3, 6, 9 … fail.
struct FakeOptions
{
    QString kind;                  // enswitch voipms kazoo pbx
    quint16 port = 0;              // 0 = any free port (printed on stdout)
    qint64 calls = 1000;
    quint64 seed = 1;
    qint64 until = 1790000000;     // the generated calls end before this Unix time
    int days = 30;
    QString user = QStringLiteral("operator");
    QString password = QStringLiteral("secret");   // Kazoo: the X-Auth-Token
    QString account = QStringLiteral("4b8c6fe7e2b1f1d4a4dcfd5bcc0c5e3a");  // Kazoo account id
    qint64 ownerCustomer = 1;      // Enswitch: the authenticated user's customer
    QStringList roles = {QStringLiteral("system"), QStringLiteral("cdrs")};  // Enswitch roles
    bool ratePlanDenies = false;   // Enswitch: cdrs/list answers 403
    int failEvery = 0;             // answer 500, 503, 504 in turn
    int delayMs = 0;               // every answer waits this long
    int truncateEvery = 0;         // the body is cut in the middle (Content-Length matches the cut)
    int dropEvery = 0;             // the connection is closed without an answer
    int htmlEvery = 0;             // a proxy's HTML error page (502, text/html)
    int wrongTypeEvery = 0;        // 200 with text/html: a login page instead of the API
    int hugeEvery = 0;             // a valid but huge answer of hugeMb megabytes
    int hugeMb = 100;
    bool quiet = false;
};

// Parses the command line of cdrdesk-fake-provider; on failure returns false with *error set.
bool parseFakeOptions(const QStringList &arguments, FakeOptions &options, QString *error);
