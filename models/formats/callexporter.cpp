#include "callexporter.h"

#include "store/callstore.h"
#include "xlsxcallwriter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

void appendCsvCell(QString &line, const QString &cell)
{
    const bool quote = cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r');
    if (!quote) {
        line += cell;
        return;
    }
    line += u'"';
    line += QString(cell).replace(u'"', u"\"\""_s);
    line += u'"';
}

QJsonObject jsonObject(const CallRecord &record, const ExportOptions &options)
{
    QJsonObject object;
    for (CallField field : options.columns) {
        const QString name = CallFields::column(field);
        switch (CallFields::kind(field)) {
        case FieldKind::Text:
            object.insert(name, *CallFields::textOf(record, field));
            break;
        case FieldKind::Json: {
            const QString &text = *CallFields::textOf(record, field);
            object.insert(name, text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object());
            break;
        }
        case FieldKind::Timestamp: {
            const QString text = CallFields::text(record, field, options.zone);
            object.insert(name, text.isEmpty() ? QJsonValue() : QJsonValue(text));
            break;
        }
        case FieldKind::Money:
            object.insert(name, CallFields::text(record, field, options.zone));
            break;
        default:
            object.insert(name, CallFields::integerOf(record, field));
        }
    }
    return object;
}

} // namespace

std::optional<ExportOptions::Format> ExportOptions::formatFromName(QStringView name)
{
    if (name == u"csv")
        return Format::Csv;
    if (name == u"jsonl")
        return Format::JsonLines;
    if (name == u"xlsx")
        return Format::Xlsx;
    return std::nullopt;
}

CallExporter::CallExporter(Database &database)
    : m_database(database)
{
}

QString CallExporter::excelSafe(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    if (first != u'=' && first != u'+' && first != u'-' && first != u'@' && first != u'\t' && first != u'\r')
        return cell;
    static const QRegularExpression plainNumber(u"^[+-]?[0-9]+(\\.[0-9]+)?$"_s);
    if (plainNumber.match(cell).hasMatch())
        return cell;
    return u'\'' + cell;
}

Result<qint64> CallExporter::writeText(QIODevice &out, const CallFilter &filter, const ExportOptions &options,
                                       qint64 total)
{
    const QString lineEnd = options.crlf ? u"\r\n"_s : u"\n"_s;
    const bool csv = options.format == ExportOptions::Format::Csv;
    if (csv && options.bom)
        out.write("\xEF\xBB\xBF");
    QString line;
    if (csv) {
        for (CallField field : options.columns) {
            if (!line.isEmpty())
                line += u',';
            line += CallFields::column(field);
        }
        out.write((line + lineEnd).toUtf8());
    }
    qint64 written = 0;
    bool cancelled = false;
    const Result<qint64> visited = CallStore(m_database).forEach(filter, [&](const CallRecord &record) {
        if (csv) {
            line.clear();
            for (qsizetype i = 0; i < options.columns.size(); ++i) {
                if (i > 0)
                    line += u',';
                const QString cell = CallFields::text(record, options.columns[i], options.zone);
                appendCsvCell(line, options.excelSafe ? excelSafe(cell) : cell);
            }
            line += lineEnd;
            out.write(line.toUtf8());
        } else {
            out.write(QJsonDocument(jsonObject(record, options)).toJson(QJsonDocument::Compact));
            out.write("\n");
        }
        ++written;
        if (options.progress && written % 1000 == 0 && !options.progress(written, total))
            cancelled = true;
        return !cancelled;
    });
    if (!visited)
        return Error{visited.error()};
    if (cancelled)
        return Error{QCoreApplication::translate("CallExporter", "Export cancelled; no file was written.")};
    return written;
}

Result<qint64> CallExporter::exportTo(const QString &path, const CallFilter &filter, const ExportOptions &options)
{
    qint64 total = 0;
    if (options.progress) {
        const Result<qint64> counted = CallStore(m_database).count(filter);
        total = counted ? *counted : 0;
    }
    if (options.format == ExportOptions::Format::Xlsx)
        return XlsxCallWriter::write(m_database, path, filter, options, total);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QCoreApplication::translate("CallExporter", "%1: cannot write: %2").arg(path, file.errorString())};
    const Result<qint64> written = writeText(file, filter, options, total);
    if (!written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return Error{QCoreApplication::translate("CallExporter", "%1: cannot write: %2").arg(path, file.errorString())};
    if (options.progress)
        options.progress(*written, total);
    return written;
}
