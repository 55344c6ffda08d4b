#pragma once

#include "importfields.h"

#include <QJsonObject>
#include <QList>

// Turns one input row of a headerless CSV (fields as raw bytes) into a record. false with
// `problem` set when the row is invalid.
class CsvRowMapper
{
public:
    virtual ~CsvRowMapper() = default;
    [[nodiscard]] virtual bool map(const QList<QByteArray> &fields, CallRecord &record, FieldProblem &problem) = 0;
};

// Turns one object (a JSON document, or a CSV row keyed by its header) into a record.
class ObjectMapper
{
public:
    virtual ~ObjectMapper() = default;
    [[nodiscard]] virtual bool map(const QJsonObject &object, CallRecord &record, FieldProblem &problem) = 0;
};
