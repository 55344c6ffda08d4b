#include "callfield.h"

#include "timeutil.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <array>
#include <variant>

using namespace Qt::StringLiterals;

namespace {

using Member = std::variant<QString CallRecord::*, qint64 CallRecord::*, Money CallRecord::*,
                            bool CallRecord::*, std::optional<qint64> CallRecord::*>;

struct FieldInfo
{
    CallField field;
    const char16_t *column;
    FieldKind kind;
    const char16_t *sortKey;
    const char *title;
    Member member;
};

#define TITLE(text) QT_TRANSLATE_NOOP("CallField", text)

constexpr std::array<FieldInfo, CallFields::Count> fieldTable = {{
    {CallField::Id, u"id", FieldKind::Integer, u"", TITLE("ID"), &CallRecord::id},
    {CallField::Source, u"source", FieldKind::Text, u"", TITLE("Source"), &CallRecord::source},
    {CallField::RecordKey, u"record_key", FieldKind::Text, u"", TITLE("Record key"), &CallRecord::recordKey},
    {CallField::Uniqueid, u"uniqueid", FieldKind::Text, u"uniqueid", TITLE("Unique ID"), &CallRecord::uniqueid},
    {CallField::Callid, u"callid", FieldKind::Text, u"callid", TITLE("Call ID"), &CallRecord::callid},
    {CallField::Machine, u"machine", FieldKind::Text, u"", TITLE("Machine"), &CallRecord::machine},
    {CallField::Start, u"start", FieldKind::Timestamp, u"start", TITLE("Start"), &CallRecord::start},
    {CallField::Answer, u"answer", FieldKind::Timestamp, u"", TITLE("Answer"), &CallRecord::answer},
    {CallField::End, u"end", FieldKind::Timestamp, u"end", TITLE("End"), &CallRecord::end},
    {CallField::Talktime, u"talktime", FieldKind::Duration, u"talktime", TITLE("Talk time"), &CallRecord::talktime},
    {CallField::Totaltime, u"totaltime", FieldKind::Duration, u"totaltime", TITLE("Total time"), &CallRecord::totaltime},
    {CallField::Ringtime, u"ringtime", FieldKind::Duration, u"", TITLE("Ring time"), &CallRecord::ringtime},
    {CallField::Scustomer, u"scustomer", FieldKind::Integer, u"scustomer", TITLE("Source customer"), &CallRecord::scustomer},
    {CallField::Dcustomer, u"dcustomer", FieldKind::Integer, u"dcustomer", TITLE("Destination customer"), &CallRecord::dcustomer},
    {CallField::Stype, u"stype", FieldKind::Text, u"stype", TITLE("Source type"), &CallRecord::stype},
    {CallField::Snumber, u"snumber", FieldKind::Text, u"snumber", TITLE("Source number"), &CallRecord::snumber},
    {CallField::Sname, u"sname", FieldKind::Text, u"name", TITLE("Caller name"), &CallRecord::sname},
    {CallField::Spresent, u"spresent", FieldKind::Integer, u"", TITLE("Presentation"), &CallRecord::spresent},
    {CallField::Ctype, u"ctype", FieldKind::Text, u"ctype", TITLE("Called type"), &CallRecord::ctype},
    {CallField::Cnumber, u"cnumber", FieldKind::Text, u"cnumber", TITLE("Called number"), &CallRecord::cnumber},
    {CallField::Dtype, u"dtype", FieldKind::Text, u"dtype", TITLE("Destination type"), &CallRecord::dtype},
    {CallField::Dnumber, u"dnumber", FieldKind::Text, u"dnumber", TITLE("Destination number"), &CallRecord::dnumber},
    {CallField::Phone, u"phone", FieldKind::Text, u"", TITLE("Phone"), &CallRecord::phone},
    {CallField::Peer, u"peer", FieldKind::Integer, u"peer", TITLE("Peer"), &CallRecord::peer},
    {CallField::Status, u"status", FieldKind::Text, u"status", TITLE("Status"), &CallRecord::status},
    {CallField::HangupCause, u"hangup_cause", FieldKind::Text, u"", TITLE("Hangup cause"), &CallRecord::hangupCause},
    {CallField::Disposition, u"disposition", FieldKind::Text, u"", TITLE("Disposition"), &CallRecord::disposition},
    {CallField::Direction, u"direction", FieldKind::Text, u"direction", TITLE("Direction"), &CallRecord::direction},
    {CallField::Media, u"media", FieldKind::Text, u"", TITLE("Media"), &CallRecord::media},
    {CallField::Channel, u"channel", FieldKind::Text, u"", TITLE("Channel"), &CallRecord::channel},
    {CallField::Dstchannel, u"dstchannel", FieldKind::Text, u"", TITLE("Destination channel"), &CallRecord::dstchannel},
    {CallField::Dcontext, u"dcontext", FieldKind::Text, u"", TITLE("Context"), &CallRecord::dcontext},
    {CallField::Clid, u"clid", FieldKind::Text, u"", TITLE("Caller ID"), &CallRecord::clid},
    {CallField::Lastapp, u"lastapp", FieldKind::Text, u"", TITLE("Last application"), &CallRecord::lastapp},
    {CallField::Lastdata, u"lastdata", FieldKind::Text, u"", TITLE("Last data"), &CallRecord::lastdata},
    {CallField::Accountcode, u"accountcode", FieldKind::Text, u"", TITLE("Account code"), &CallRecord::accountcode},
    {CallField::Amaflags, u"amaflags", FieldKind::Text, u"", TITLE("AMA flags"), &CallRecord::amaflags},
    {CallField::Userfield, u"userfield", FieldKind::Text, u"", TITLE("User field"), &CallRecord::userfield},
    {CallField::Cost, u"cost", FieldKind::Money, u"cost", TITLE("Cost"), &CallRecord::cost},
    {CallField::Currency, u"currency", FieldKind::Text, u"", TITLE("Currency"), &CallRecord::currency},
    {CallField::Invoice, u"invoice", FieldKind::Integer, u"", TITLE("Invoice"), &CallRecord::invoice},
    {CallField::Taxes, u"taxes", FieldKind::Text, u"", TITLE("Taxes"), &CallRecord::taxes},
    {CallField::Time, u"time", FieldKind::Duration, u"", TITLE("Included time"), &CallRecord::time},
    {CallField::Messages, u"messages", FieldKind::Integer, u"", TITLE("Messages"), &CallRecord::messages},
    {CallField::IngroupTime, u"ingroup_time", FieldKind::Integer, u"", TITLE("In-group time"), &CallRecord::ingroupTime},
    {CallField::OutgroupTime, u"outgroup_time", FieldKind::Integer, u"", TITLE("Out-group time"), &CallRecord::outgroupTime},
    {CallField::Archived, u"archived", FieldKind::Bool, u"", TITLE("Archived"), &CallRecord::archived},
    {CallField::Note, u"note", FieldKind::Text, u"", TITLE("Note"), &CallRecord::note},
    {CallField::Recording, u"recording", FieldKind::Text, u"", TITLE("Recording"), &CallRecord::recording},
    {CallField::SnumberE164, u"snumber_e164", FieldKind::Text, u"", TITLE("Source E.164"), &CallRecord::snumberE164},
    {CallField::SnumberCountry, u"snumber_country", FieldKind::Text, u"", TITLE("Source country"), &CallRecord::snumberCountry},
    {CallField::CnumberE164, u"cnumber_e164", FieldKind::Text, u"", TITLE("Called E.164"), &CallRecord::cnumberE164},
    {CallField::CnumberCountry, u"cnumber_country", FieldKind::Text, u"", TITLE("Called country"), &CallRecord::cnumberCountry},
    {CallField::CnumberKind, u"cnumber_kind", FieldKind::Text, u"", TITLE("Called number type"), &CallRecord::cnumberKind},
    {CallField::CnumberRegion, u"cnumber_region", FieldKind::Text, u"", TITLE("Called region"), &CallRecord::cnumberRegion},
    {CallField::SnumberKind, u"snumber_kind", FieldKind::Text, u"", TITLE("Source number type"), &CallRecord::snumberKind},
    {CallField::SnumberRegion, u"snumber_region", FieldKind::Text, u"", TITLE("Source region"), &CallRecord::snumberRegion},
    {CallField::DnumberE164, u"dnumber_e164", FieldKind::Text, u"", TITLE("Destination E.164"), &CallRecord::dnumberE164},
    {CallField::DnumberCountry, u"dnumber_country", FieldKind::Text, u"", TITLE("Destination country"), &CallRecord::dnumberCountry},
    {CallField::DnumberKind, u"dnumber_kind", FieldKind::Text, u"", TITLE("Destination number type"), &CallRecord::dnumberKind},
    {CallField::DnumberRegion, u"dnumber_region", FieldKind::Text, u"", TITLE("Destination region"), &CallRecord::dnumberRegion},
    {CallField::Extra, u"extra", FieldKind::Json, u"", TITLE("Extra"), &CallRecord::extra},
}};

#undef TITLE

const FieldInfo &infoOf(CallField field)
{
    return fieldTable[size_t(field)];
}

// Keeps the table in enum order; a mistake here would silently shift every column.
[[maybe_unused]] constexpr bool tableInOrder()
{
    for (size_t i = 0; i < fieldTable.size(); ++i) {
        if (size_t(fieldTable[i].field) != i)
            return false;
    }
    return true;
}
static_assert(tableInOrder(), "fieldTable must list the fields in CallField order");

} // namespace

namespace CallFields {

QList<CallField> all()
{
    QList<CallField> fields;
    fields.reserve(Count);
    for (const FieldInfo &info : fieldTable)
        fields.append(info.field);
    return fields;
}

QString column(CallField field)
{
    return QString::fromUtf16(infoOf(field).column);
}

FieldKind kind(CallField field)
{
    return infoOf(field).kind;
}

QString sortKey(CallField field)
{
    return QString::fromUtf16(infoOf(field).sortKey);
}

bool isSortable(CallField field)
{
    return *infoOf(field).sortKey != u'\0';
}

QString title(CallField field)
{
    return QCoreApplication::translate("CallField", infoOf(field).title);
}

std::optional<CallField> fromColumn(QStringView column)
{
    for (const FieldInfo &info : fieldTable) {
        if (column == QStringView(info.column))
            return info.field;
    }
    return std::nullopt;
}

std::optional<CallField> fromSortKey(QStringView key)
{
    if (key.isEmpty())
        return std::nullopt;
    for (const FieldInfo &info : fieldTable) {
        if (key == QStringView(info.sortKey))
            return info.field;
    }
    return std::nullopt;
}

QStringList sortKeys()
{
    QStringList keys;
    for (const FieldInfo &info : fieldTable) {
        if (*info.sortKey)
            keys.append(QString::fromUtf16(info.sortKey));
    }
    keys.sort();
    return keys;
}

QVariant value(const CallRecord &record, CallField field)
{
    return std::visit(
        [&record](auto member) -> QVariant {
            const auto &v = record.*member;
            using V = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<V, Money>)
                return v.units();
            else if constexpr (std::is_same_v<V, bool>)
                return qint64(v ? 1 : 0);
            else if constexpr (std::is_same_v<V, std::optional<qint64>>)
                return v ? QVariant(*v) : QVariant();
            else if constexpr (std::is_same_v<V, QString>)
                return v.isNull() ? QVariant(u""_s) : QVariant(v);  // a null QString binds as NULL
            else
                return v;
        },
        infoOf(field).member);
}

const QString *textOf(const CallRecord &record, CallField field)
{
    const auto *member = std::get_if<QString CallRecord::*>(&infoOf(field).member);
    return member ? &(record.**member) : nullptr;
}

qint64 integerOf(const CallRecord &record, CallField field, bool *isNull)
{
    if (isNull)
        *isNull = false;
    return std::visit(
        [&record, isNull](auto member) -> qint64 {
            const auto &v = record.*member;
            using V = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<V, Money>)
                return v.units();
            else if constexpr (std::is_same_v<V, bool>)
                return v ? 1 : 0;
            else if constexpr (std::is_same_v<V, std::optional<qint64>>) {
                if (isNull)
                    *isNull = !v.has_value();
                return v.value_or(0);
            } else if constexpr (std::is_same_v<V, qint64>)
                return v;
            else
                return 0;
        },
        infoOf(field).member);
}

void setValue(CallRecord &record, CallField field, const QVariant &value)
{
    std::visit(
        [&record, &value](auto member) {
            auto &v = record.*member;
            using V = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<V, Money>)
                v = Money::fromUnits(value.toLongLong());
            else if constexpr (std::is_same_v<V, bool>)
                v = value.toLongLong() != 0;
            else if constexpr (std::is_same_v<V, std::optional<qint64>>)
                v = value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
            else if constexpr (std::is_same_v<V, qint64>)
                v = value.toLongLong();
            else
                v = value.toString();
        },
        infoOf(field).member);
}

QString text(const CallRecord &record, CallField field, const QTimeZone &zone)
{
    const QVariant raw = value(record, field);
    switch (kind(field)) {
    case FieldKind::Timestamp:
        return raw.isNull() ? QString() : TimeUtil::formatIso(raw.toLongLong(), zone);
    case FieldKind::Money:
        return Money::fromUnits(raw.toLongLong()).toString();
    case FieldKind::Integer:
    case FieldKind::Duration:
    case FieldKind::Bool:
        return QString::number(raw.toLongLong());
    case FieldKind::Text:
    case FieldKind::Json:
        break;
    }
    return raw.toString();
}

} // namespace CallFields
