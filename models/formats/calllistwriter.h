#pragma once

#include "core/callfield.h"
#include "core/result.h"

#include <QList>
#include <QTimeZone>

class QIODevice;

// Writes calls as text for the CLI's `list`: CSV (RFC 4180, a header of the store's column
// names), JSON (an array of objects with raw values: Unix times, money as decimal strings) or
// an aligned table for people.
class CallListWriter
{
public:
    enum class Format { Csv, Json, Table };

    CallListWriter(QIODevice &out, Format format, const QList<CallField> &columns,
                   const QTimeZone &zone = QTimeZone::utc());

    static std::optional<Format> formatFromName(QStringView name);
    // Parses "start,cnumber,cost"; an unknown name is an error naming it.
    static Result<QList<CallField>> columnsFromList(const QString &list);

    void write(const CallRecord &record);
    // Finishes the output (closing JSON bracket, the buffered table).
    void finish();

private:
    QString cell(const CallRecord &record, CallField field) const;
    void writeLine(const QStringList &cells);

    QIODevice &m_out;
    Format m_format;
    QList<CallField> m_columns;
    QTimeZone m_zone;
    qint64 m_rows = 0;
    QList<QStringList> m_table;  // Table: rows kept to size the columns
};
