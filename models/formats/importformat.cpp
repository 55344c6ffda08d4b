#include "importformat.h"

#include "csvreader.h"

#include <QBuffer>

using namespace Qt::StringLiterals;

namespace {

struct Entry
{
    ImportFormat format;
    const char16_t *name;
};

constexpr Entry entries[] = {
    {ImportFormat::AsteriskCsv, u"asterisk-csv"},   {ImportFormat::FreeswitchCsv, u"freeswitch-csv"},
    {ImportFormat::KazooJson, u"kazoo-json"},       {ImportFormat::KazooCsv, u"kazoo-csv"},
    {ImportFormat::VoipmsJson, u"voipms-json"},     {ImportFormat::EnswitchJson, u"enswitch-json"},
    {ImportFormat::PbxJson, u"pbx-json"},           {ImportFormat::CdrdeskCsv, u"cdrdesk-csv"},
};

std::optional<ImportFormat> detectJson(const QByteArray &head)
{
    if (head.contains("\"cdr\"") && (head.contains("\"callerid\"") || head.contains("\"status\"")))
        return ImportFormat::VoipmsJson;
    if (head.contains("\"responses\""))
        return ImportFormat::EnswitchJson;
    if (head.contains("\"values\"") || head.contains("\"acctid\""))
        return ImportFormat::PbxJson;
    if (head.contains("\"call_id\"") || head.contains("\"pvt_type\"") || head.contains("\"caller_id_number\""))
        return ImportFormat::KazooJson;
    return std::nullopt;
}

std::optional<ImportFormat> detectCsv(const QByteArray &head)
{
    QByteArray copy = head;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    QList<QByteArray> first;
    // A head cut inside a quoted field still shows its columns.
    if (reader.next(first) == CsvReader::Status::End)
        return std::nullopt;
    if (first.contains("record_key") && first.contains("source"))
        return ImportFormat::CdrdeskCsv;
    if (first.contains("call_id") || first.contains("duration_seconds"))
        return ImportFormat::KazooCsv;
    // Headerless: Asterisk writes 16–21 columns with times at 9–11; FreeSWITCH's example
    // template writes 15 with times at 4–6.
    const auto looksLikeTime = [](const QByteArray &field) {
        return field.size() >= 19 && field[4] == '-' && field[7] == '-' && field[13] == ':';
    };
    const qsizetype n = first.size();
    if (n >= 16 && n <= 21 && looksLikeTime(first[9]) && looksLikeTime(first[11]))
        return ImportFormat::AsteriskCsv;
    if (n >= 7 && looksLikeTime(first[4]) && looksLikeTime(first[6]))
        return ImportFormat::FreeswitchCsv;
    return std::nullopt;
}

} // namespace

namespace ImportFormats {

QString name(ImportFormat format)
{
    for (const Entry &entry : entries) {
        if (entry.format == format)
            return QString::fromUtf16(entry.name);
    }
    return QString();
}

std::optional<ImportFormat> fromName(const QString &name)
{
    for (const Entry &entry : entries) {
        if (name == QStringView(entry.name))
            return entry.format;
    }
    return std::nullopt;
}

QStringList names()
{
    QStringList all;
    for (const Entry &entry : entries)
        all.append(QString::fromUtf16(entry.name));
    return all;
}

bool isJson(ImportFormat format)
{
    return format == ImportFormat::KazooJson || format == ImportFormat::VoipmsJson
           || format == ImportFormat::EnswitchJson || format == ImportFormat::PbxJson;
}

std::optional<ImportFormat> detect(const QByteArray &head)
{
    QByteArray start = head;
    if (start.startsWith("\xEF\xBB\xBF"))
        start.remove(0, 3);
    const QByteArray trimmed = start.trimmed();
    if (trimmed.startsWith('{') || trimmed.startsWith('['))
        return detectJson(trimmed);
    return detectCsv(start);
}

} // namespace ImportFormats
