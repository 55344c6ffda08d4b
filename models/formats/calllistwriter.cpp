#include "calllistwriter.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QString csvQuoted(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

constexpr qsizetype TableCellWidth = 40;

} // namespace

CallListWriter::CallListWriter(QIODevice &out, Format format, const QList<CallField> &columns,
                               const QTimeZone &zone)
    : m_out(out)
    , m_format(format)
    , m_columns(columns)
    , m_zone(zone)
{
    QStringList header;
    for (CallField field : m_columns)
        header.append(CallFields::column(field));
    if (m_format == Format::Csv)
        writeLine(header);
    else if (m_format == Format::Table)
        m_table.append(header);
    else
        m_out.write("[");
}

std::optional<CallListWriter::Format> CallListWriter::formatFromName(QStringView name)
{
    if (name == u"csv")
        return Format::Csv;
    if (name == u"json")
        return Format::Json;
    if (name == u"table")
        return Format::Table;
    return std::nullopt;
}

Result<QList<CallField>> CallListWriter::columnsFromList(const QString &list)
{
    QList<CallField> columns;
    for (const QString &name : list.split(u',', Qt::SkipEmptyParts)) {
        const auto field = CallFields::fromColumn(name.trimmed());
        if (!field)
            return Error{QCoreApplication::translate("CallListWriter", "--columns: \"%1\" is not a column; the columns are: %2.")
                             .arg(name.trimmed(), [] {
                                 QStringList all;
                                 for (CallField f : CallFields::all())
                                     all.append(CallFields::column(f));
                                 return all.join(u',');
                             }())};
        columns.append(*field);
    }
    if (columns.isEmpty())
        return Error{QCoreApplication::translate("CallListWriter", "--columns: no column named.")};
    return columns;
}

QString CallListWriter::cell(const CallRecord &record, CallField field) const
{
    return CallFields::text(record, field, m_zone);
}

void CallListWriter::writeLine(const QStringList &cells)
{
    QStringList quoted;
    quoted.reserve(cells.size());
    for (const QString &c : cells)
        quoted.append(csvQuoted(c));
    m_out.write((quoted.join(u',') + u"\r\n"_s).toUtf8());
}

void CallListWriter::write(const CallRecord &record)
{
    if (m_format == Format::Json) {
        QJsonObject object;
        for (CallField field : m_columns) {
            const QVariant raw = CallFields::value(record, field);
            switch (CallFields::kind(field)) {
            case FieldKind::Money:
                object.insert(CallFields::column(field), Money::fromUnits(raw.toLongLong()).toString());
                break;
            case FieldKind::Json:
                object.insert(CallFields::column(field),
                              raw.toString().isEmpty() ? QJsonValue(QJsonObject())
                                                       : QJsonDocument::fromJson(raw.toString().toUtf8()).object());
                break;
            default:
                object.insert(CallFields::column(field), QJsonValue::fromVariant(raw));
            }
        }
        m_out.write(m_rows == 0 ? "\n" : ",\n");
        m_out.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
    } else {
        QStringList cells;
        cells.reserve(m_columns.size());
        for (CallField field : m_columns)
            cells.append(cell(record, field));
        if (m_format == Format::Csv)
            writeLine(cells);
        else
            m_table.append(cells);
    }
    ++m_rows;
}

void CallListWriter::finish()
{
    if (m_format == Format::Json) {
        m_out.write(m_rows == 0 ? "]\n" : "\n]\n");
        return;
    }
    if (m_format != Format::Table)
        return;
    QList<qsizetype> widths(m_columns.size(), 0);
    for (const QStringList &row : std::as_const(m_table)) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = qMin(TableCellWidth, qMax(widths[i], row[i].size()));
    }
    for (const QStringList &row : std::as_const(m_table)) {
        QStringList cells;
        for (qsizetype i = 0; i < row.size(); ++i) {
            QString text = row[i];
            if (text.size() > TableCellWidth)
                text = text.left(TableCellWidth - 1) + u'…';
            cells.append(text.leftJustified(widths[i]));
        }
        m_out.write((cells.join(u"  "_s).trimmed() + u'\n').toUtf8());
    }
    m_table.clear();
}
