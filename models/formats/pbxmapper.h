#pragma once

#include "recordmapper.h"

#include <QTimeZone>

// Rows of the PBX's /rest/call/read (`values`): raw Asterisk cdr columns plus `acctid` (the
// record key) and `properties` (kept in extra). `calldate` carries its offset; text without
// one is read in the zone.
class PbxMapper : public ObjectMapper
{
public:
    explicit PbxMapper(const QTimeZone &zone);
    [[nodiscard]] bool map(const QJsonObject &object, CallRecord &record, FieldProblem &problem) override;

private:
    QTimeZone m_zone;
};
