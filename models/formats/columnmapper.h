#pragma once

#include "core/callfield.h"
#include "recordmapper.h"

#include <QTimeZone>

// Objects whose keys are the store's column names: Enswitch cdrs/list rows (its party fields
// are ours) and rows of CDR Desk's own CSV keyed by its header. Values are parsed as the
// column's kind (times as Unix seconds or ISO 8601, money as decimal text). `id` is ignored
// (the store gives its own); keys that are not columns go to extra.
// With `keepIdentity` (CDR Desk's CSV) a row's source and record_key are kept, so moving calls
// between stores keeps them idempotent; otherwise source is `source` and the key is the row's
// record_key, id or uniqueid.
class ColumnMapper : public ObjectMapper
{
public:
    ColumnMapper(const QString &source, bool keepIdentity, const QTimeZone &zone);
    [[nodiscard]] bool map(const QJsonObject &object, CallRecord &record, FieldProblem &problem) override;

private:
    [[nodiscard]] bool setField(CallRecord &record, CallField field, const QJsonValue &value,
                                FieldProblem &problem) const;

    QString m_source;
    bool m_keepIdentity;
    QTimeZone m_zone;
};
