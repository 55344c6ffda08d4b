#pragma once

#include "callrecord.h"

#include <QList>
#include <QStringList>
#include <QVariant>

#include <optional>

class QTimeZone;

// Every field of CallRecord, in the store's column order. The order is the grid's column order.
enum class CallField : int {
    Id, Source, RecordKey, Uniqueid, Callid, Machine,
    Start, Answer, End, Talktime, Totaltime, Ringtime,
    Scustomer, Dcustomer, Stype, Snumber, Sname, Spresent, Ctype, Cnumber, Dtype, Dnumber, Phone, Peer,
    Status, HangupCause, Disposition, Direction, Media,
    Channel, Dstchannel, Dcontext, Clid, Lastapp, Lastdata, Accountcode, Amaflags, Userfield,
    Cost, Currency, Invoice, Taxes, Time, Messages, IngroupTime, OutgroupTime, Archived, Note,
    Recording,
    SnumberE164, SnumberCountry, CnumberE164, CnumberCountry, CnumberKind, CnumberRegion,
    SnumberKind, SnumberRegion, DnumberE164, DnumberCountry, DnumberKind, DnumberRegion,
    Extra,
    ColumnCount
};

enum class FieldKind {
    Text,       // QString
    Integer,    // qint64
    Timestamp,  // qint64 UTC Unix seconds; Answer may be null
    Duration,   // qint64 seconds
    Money,      // qint64 units of 1e-8 in the store
    Bool,       // 0/1 in the store
    Json,       // QString holding a JSON object
};

// What the program knows about one field: its store column, kind, spec 001 sort key and title.
namespace CallFields {

constexpr int Count = int(CallField::ColumnCount);

QList<CallField> all();
QString column(CallField field);
FieldKind kind(CallField field);
// The spec 001 `sort` value for this field ("name" for sname), or empty when not sortable.
QString sortKey(CallField field);
bool isSortable(CallField field);
// A translated column title for people.
QString title(CallField field);

std::optional<CallField> fromColumn(QStringView column);
std::optional<CallField> fromSortKey(QStringView sortKey);
// The 19 sort keys of spec 001, in its (alphabetical) order.
QStringList sortKeys();

// The value as the store holds it: QString, qint64 (money as units, bool as 0/1), or a null
// QVariant for an unset answer time. setValue() accepts the same forms.
QVariant value(const CallRecord &record, CallField field);
void setValue(CallRecord &record, CallField field, const QVariant &value);

// Direct access without a QVariant, for bulk writers: the text of a Text/Json field (nullptr
// for other kinds), and the integer of any other field (money as units; an unset answer is
// reported through `isNull`).
const QString *textOf(const CallRecord &record, CallField field);
qint64 integerOf(const CallRecord &record, CallField field, bool *isNull = nullptr);

// The value as text for files and the CLI: money as a decimal string, times as ISO 8601 in
// `zone`, durations and ids as plain integers, an unset time as an empty string.
QString text(const CallRecord &record, CallField field, const QTimeZone &zone);

} // namespace CallFields
