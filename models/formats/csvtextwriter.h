#pragma once

#include "core/zoneoffsets.h"

#include <QByteArray>
#include <QByteArrayView>

class QIODevice;

// Writes CSV (RFC 4180, UTF-8) for the exporter into one large byte buffer that goes to the
// device in big writes. Cells are appended as bytes: text as given (quoted when it holds a
// comma, quote or line break; optionally Excel-safe, see CallExporter::excelSafe), integers,
// money as the decimal string of its units (Money::toString) and times as ISO 8601 in the
// export's zone (TimeUtil::formatIso) — the same text as CallFields::text, without a QString.
class CsvTextWriter
{
public:
    CsvTextWriter(QIODevice &out, const QTimeZone &zone, bool crlf, bool excelSafe);
    ~CsvTextWriter();
    CsvTextWriter(const CsvTextWriter &) = delete;
    CsvTextWriter &operator=(const CsvTextWriter &) = delete;

    // Whether a spreadsheet would run the cell as a formula: it starts with = + - @ (or a tab
    // or CR) and is not a plain number such as +442071234567 or -0.50 (CallExporter::excelSafe).
    [[nodiscard]] static bool runsAsFormula(QByteArrayView cell);

    void raw(QByteArrayView bytes);  // as it is: a byte order mark, a header
    void text(QByteArrayView cell);
    void integer(qint64 value);
    void money(qint64 units);
    void timestamp(qint64 utcSeconds);
    void empty();
    void endRow();
    // Hands the buffer to the device (also done when it is full and at destruction).
    void flush();

private:
    void separate();
    void appendDigits(quint64 value, int width);

    QIODevice &m_out;
    ZoneOffsets m_offsets;
    QByteArray m_buffer;
    QByteArray m_fallback;
    bool m_crlf;
    bool m_excelSafe;
    bool m_rowStarted = false;
};
