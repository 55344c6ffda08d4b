#include "xlsxcallwriter.h"

#include "store/callstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 MaxRows = 1048576;  // a worksheet's rows, the header included

struct Sheet
{
    lxw_worksheet *worksheet = nullptr;
    lxw_format *money = nullptr;
    lxw_error error = LXW_NO_ERROR;
};

void writeCell(Sheet &sheet, lxw_row_t row, lxw_col_t col, const CallRecord &record, CallField field,
               const QTimeZone &zone)
{
    lxw_error error = LXW_NO_ERROR;
    switch (CallFields::kind(field)) {
    case FieldKind::Text:
    case FieldKind::Json:
    case FieldKind::Timestamp: {
        const QByteArray text = CallFields::text(record, field, zone).toUtf8();
        if (!text.isEmpty())
            error = worksheet_write_string(sheet.worksheet, row, col, text.constData(), nullptr);
        break;
    }
    case FieldKind::Money:
        error = worksheet_write_number(sheet.worksheet, row, col,
                                       double(CallFields::integerOf(record, field)) / Money::UnitsPerWhole, sheet.money);
        break;
    default:
        error = worksheet_write_number(sheet.worksheet, row, col, double(CallFields::integerOf(record, field)), nullptr);
    }
    if (error != LXW_NO_ERROR && sheet.error == LXW_NO_ERROR)
        sheet.error = error;
}

} // namespace

Result<qint64> XlsxCallWriter::write(Database &database, const QString &path, const CallFilter &filter,
                                     const ExportOptions &options, qint64 total)
{
    QTemporaryFile temporary(QFileInfo(path).absoluteDir().filePath(u".cdrdesk-export-XXXXXX.xlsx"_s));
    if (!temporary.open())
        return Error{QCoreApplication::translate("XlsxCallWriter", "%1: cannot write: %2").arg(path, temporary.errorString())};
    const QByteArray temporaryName = QFile::encodeName(temporary.fileName());
    lxw_workbook_options workbookOptions = {LXW_TRUE, nullptr, LXW_FALSE};
    lxw_workbook *workbook = workbook_new_opt(temporaryName.constData(), &workbookOptions);
    if (!workbook)
        return Error{QCoreApplication::translate("XlsxCallWriter", "%1: cannot create the workbook").arg(path)};
    Sheet sheet;
    sheet.worksheet = workbook_add_worksheet(workbook, "calls");
    sheet.money = workbook_add_format(workbook);
    format_set_num_format(sheet.money, "0.00######");
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    const auto columns = lxw_col_t(options.columns.size());
    for (lxw_col_t col = 0; col < columns; ++col)
        worksheet_write_string(sheet.worksheet, 0, col, CallFields::column(options.columns[col]).toUtf8().constData(), bold);
    worksheet_freeze_panes(sheet.worksheet, 1, 0);

    qint64 written = 0;
    bool cancelled = false;
    bool tooMany = false;
    const Result<qint64> visited = CallStore(database).forEach(filter, [&](const CallRecord &record) {
        if (written + 1 >= MaxRows) {
            tooMany = true;
            return false;
        }
        ++written;
        for (lxw_col_t col = 0; col < columns; ++col)
            writeCell(sheet, lxw_row_t(written), col, record, options.columns[col], options.zone);
        if (options.progress && written % 1000 == 0 && !options.progress(written, total))
            cancelled = true;
        return !cancelled && sheet.error == LXW_NO_ERROR;
    });
    if (columns > 0)
        worksheet_autofilter(sheet.worksheet, 0, 0, lxw_row_t(written), columns - 1);
    const lxw_error closed = workbook_close(workbook);
    if (!visited)
        return Error{visited.error()};
    if (cancelled)
        return Error{QCoreApplication::translate("XlsxCallWriter", "Export cancelled; no file was written.")};
    if (tooMany)
        return Error{QCoreApplication::translate("XlsxCallWriter", "%1: more than %2 calls do not fit one worksheet; narrow the filter or export CSV.")
                         .arg(path).arg(MaxRows - 1)};
    if (sheet.error != LXW_NO_ERROR || closed != LXW_NO_ERROR)
        return Error{QCoreApplication::translate("XlsxCallWriter", "%1: cannot write the workbook: %2")
                         .arg(path, QString::fromUtf8(lxw_strerror(sheet.error != LXW_NO_ERROR ? sheet.error : closed)))};
    QFile::remove(path);
    if (!QFile::rename(temporary.fileName(), path))
        return Error{QCoreApplication::translate("XlsxCallWriter", "%1: cannot write: the finished workbook could not be moved into place").arg(path)};
    temporary.setAutoRemove(false);
    if (options.progress)
        options.progress(written, total);
    return written;
}
