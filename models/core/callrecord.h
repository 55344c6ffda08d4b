#pragma once

#include "money.h"

#include <QString>

#include <optional>

// One call leg as the store keeps it: the superset of the fields of every source (DESIGN, Data
// model). Party fields carry Enswitch's names; times are UTC Unix seconds; money is exact.
struct CallRecord
{
    // identity
    qint64 id = 0;                 // local key, 0 until stored
    QString source;                // "local", "import:<format>", "<provider>:<connection>"
    QString recordKey;             // the source's own id for this record; UNIQUE with source
    QString uniqueid;
    QString callid;                // legs of one call share it
    QString machine;

    // time
    qint64 start = 0;
    std::optional<qint64> answer;  // unset when the call was never answered
    qint64 end = 0;
    qint64 talktime = 0;
    qint64 totaltime = 0;
    qint64 ringtime = 0;

    // parties
    qint64 scustomer = 0;
    qint64 dcustomer = 0;
    QString stype;
    QString snumber;
    QString sname;
    qint64 spresent = 0;
    QString ctype;
    QString cnumber;
    QString dtype;
    QString dnumber;
    QString phone;
    qint64 peer = 0;

    // outcome
    QString status;                // answer busy cancel chanunavail congestion error noanswer
    QString hangupCause;           // the provider's raw value
    QString disposition;           // Asterisk's raw value
    QString direction;             // in out internal
    QString media;                 // voice fax message

    // Asterisk
    QString channel;
    QString dstchannel;
    QString dcontext;
    QString clid;
    QString lastapp;
    QString lastdata;
    QString accountcode;
    QString amaflags;
    QString userfield;

    // money and billing
    Money cost;
    QString currency;
    qint64 invoice = 0;
    QString taxes;
    qint64 time = 0;               // included time used
    qint64 messages = 0;
    qint64 ingroupTime = 0;
    qint64 outgroupTime = 0;
    bool archived = false;
    QString note;
    QString recording;

    // derived once from the numbers when stored (libphonenumber)
    QString snumberE164;
    QString snumberCountry;
    QString cnumberE164;
    QString cnumberCountry;
    QString cnumberKind;
    QString cnumberRegion;
    QString snumberKind;
    QString snumberRegion;
    QString dnumberE164;
    QString dnumberCountry;
    QString dnumberKind;
    QString dnumberRegion;

    QString extra;                 // JSON object text: everything source-specific

    friend bool operator==(const CallRecord &, const CallRecord &) = default;
};
