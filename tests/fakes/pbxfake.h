#pragma once

#include "fakeoptions.h"
#include "fakeprovider.h"

#include <QList>

// The Asterisk-based PBX REST API's /rest/call/read (spec 004): a POST of
// {"type":"cdr","scope":{"minID","maxRows","minDate","maxDate"}} answered with raw `cdr` rows
// ordered by acctid, {"result":"success","minID","maxRows","values":[…],"numRows"}. The spec shows
// no authentication scheme, only that a System-Admin or Billing permission is needed; the fake
// takes HTTP Basic credentials (--user/--password) and answers 401 without them.
class PbxFake : public FakeProvider
{
public:
    explicit PbxFake(const FakeOptions &options);

    FakeResponse handle(const QHttpServerRequest &request) override;
    FakeHugeShape hugeShape() const override;

private:
    struct Row
    {
        qint64 acctid;
        qint64 startMs;
        QByteArray json;
    };

    FakeOptions m_options;
    QList<Row> m_rows;   // acctid order (= start order, with gaps in acctid as real tables have)
};
