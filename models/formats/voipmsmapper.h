#pragma once

#include "recordmapper.h"

#include <QTimeZone>

// voip.ms getCDR / getResellerCDR rows: every value a string; `date` local for the UTC offset
// the request used (the zone given here), `duration` HH:MM:SS, money with 8 decimals.
class VoipmsMapper : public ObjectMapper
{
public:
    explicit VoipmsMapper(const QTimeZone &zone);
    [[nodiscard]] bool map(const QJsonObject &object, CallRecord &record, FieldProblem &problem) override;

private:
    QTimeZone m_zone;
};
