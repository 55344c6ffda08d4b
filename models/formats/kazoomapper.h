#pragma once

#include "recordmapper.h"

#include <QTimeZone>

// Kazoo CDRs, from JSON documents or from rows of the crossbar CSV download keyed by its
// header. `timestamp` is Gregorian seconds (Unix seconds and date text are accepted too); in a
// JSON CDR it is when the record was made (the call's end), in the CSV the call's start.
// custom_channel_vars and every field not mapped go to extra.
class KazooMapper : public ObjectMapper
{
public:
    enum class Timestamp { IsEnd, IsStart };

    KazooMapper(const QString &source, Timestamp timestamp, const QTimeZone &zone);
    [[nodiscard]] bool map(const QJsonObject &object, CallRecord &record, FieldProblem &problem) override;

private:
    [[nodiscard]] bool mapTimes(const QJsonObject &object, CallRecord &record, FieldProblem &problem) const;

    QString m_source;
    Timestamp m_timestamp;
    QTimeZone m_zone;
};
