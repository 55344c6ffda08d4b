#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

// The file formats CDR Desk imports, with their stable CLI names (`source` is
// "import:<name>").
enum class ImportFormat {
    AsteriskCsv,    // asterisk-csv: cdr_csv's Master.csv
    FreeswitchCsv,  // freeswitch-csv: mod_cdr_csv, "example" template or a template file
    KazooJson,      // kazoo-json: crossbar /cdrs list envelope, an array or one document
    KazooCsv,       // kazoo-csv: crossbar's CSV download (a header row)
    VoipmsJson,     // voipms-json: getCDR / getResellerCDR
    EnswitchJson,   // enswitch-json: cdrs/list
    PbxJson,        // pbx-json: /rest/call/read
    CdrdeskCsv,     // cdrdesk-csv: CDR Desk's own CSV export
};

namespace ImportFormats {

[[nodiscard]] QString name(ImportFormat format);
[[nodiscard]] std::optional<ImportFormat> fromName(const QString &name);
[[nodiscard]] QStringList names();
[[nodiscard]] bool isJson(ImportFormat format);

// Guesses the format from the first bytes of a file (up to 64 KiB); nullopt when unsure.
[[nodiscard]] std::optional<ImportFormat> detect(const QByteArray &head);

} // namespace ImportFormats
