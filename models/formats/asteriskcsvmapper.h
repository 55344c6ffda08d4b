#pragma once

#include "recordmapper.h"

#include <QTimeZone>

// Asterisk cdr_csv rows: accountcode, src, dst, dcontext, clid, channel, dstchannel, lastapp,
// lastdata, start, answer, end, duration, billsec, disposition, amaflags, then uniqueid,
// userfield (loguniqueid, loguserfield) and peeraccount, linkedid, sequence (newcdrcolumns).
// Times are local in the given zone. The record key is uniqueid + sequence when sequence is
// written, else uniqueid + a digest of the row, so rows sharing a uniqueid stay apart.
// Fields that are not valid UTF-8 are read as Latin-1 (no byte lost) and listed in extra's
// "latin1_fields".
class AsteriskCsvMapper : public CsvRowMapper
{
public:
    explicit AsteriskCsvMapper(const QTimeZone &zone);
    [[nodiscard]] bool map(const QList<QByteArray> &fields, CallRecord &record, FieldProblem &problem) override;

private:
    QTimeZone m_zone;
};
