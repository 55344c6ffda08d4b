#pragma once

#include "core/result.h"
#include "recordmapper.h"

#include <QStringList>
#include <QTimeZone>

// FreeSWITCH mod_cdr_csv rows. The columns are the channel variables of a template, in
// order: the default "example" template, or the ${variables} of a user's template file (a
// bare template line or a cdr_csv.conf.xml with one <template>). Known variables map to
// fields; every other one goes to extra. *_stamp times are local in the zone, *_epoch Unix.
class FreeswitchCsvMapper : public CsvRowMapper
{
public:
    FreeswitchCsvMapper(const QStringList &variables, const QTimeZone &zone);

    [[nodiscard]] static QStringList exampleTemplate();
    // The variables of a template file; an error names the file when it has none.
    [[nodiscard]] static Result<QStringList> templateFromFile(const QString &path);

    [[nodiscard]] bool map(const QList<QByteArray> &fields, CallRecord &record, FieldProblem &problem) override;

private:
    [[nodiscard]] bool mapTimes(const QHash<QString, QString> &values, CallRecord &record, FieldProblem &problem) const;

    QStringList m_variables;
    QTimeZone m_zone;
};
