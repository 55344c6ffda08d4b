#include "tsvtext.h"

#include "calltablemodel.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

QString cell(QString text)
{
    for (QChar &c : text) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            c = u' ';
    }
    return text;
}

} // namespace

QString TsvText::fromRecords(const QList<const CallRecord *> &records, const QList<CallField> &columns,
                             const QTimeZone &zone)
{
    QStringList lines;
    QStringList cells;
    for (CallField field : columns)
        cells.append(cell(CallFields::title(field)));
    lines.append(cells.join(u'\t'));
    for (const CallRecord *record : records) {
        cells.clear();
        for (CallField field : columns)
            cells.append(cell(CallTableModel::displayText(*record, field, zone)));
        lines.append(cells.join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}
