#include "csvtextwriter.h"

#include "core/money.h"
#include "core/timeutil.h"

#include <QIODevice>

namespace {

constexpr qsizetype FlushSize = 1 << 20;
constexpr qint64 SecondsPerDay = 86400;
// Local times from 0001-01-01 to 9999-12-31 have four-digit years; others take TimeUtil's path.
constexpr qint64 FirstFastLocal = -62135596800;
constexpr qint64 EndFastLocal = 253402300800;

constexpr qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

// The proleptic Gregorian date of a day count from 1970-01-01 (H. Hinnant's civil_from_days).
void civilFromDays(qint64 days, int &year, int &month, int &day)
{
    days += 719468;
    const qint64 era = floorDiv(days, 146097);
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153;
    day = int(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    month = int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    year = int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
}

bool needsQuotes(QByteArrayView cell)
{
    for (char c : cell) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r')
            return true;
    }
    return false;
}

// [+-]?[0-9]+(\.[0-9]+)?
bool isPlainNumber(QByteArrayView cell)
{
    qsizetype i = cell.startsWith('+') || cell.startsWith('-') ? 1 : 0;
    const auto digits = [&cell, &i] {
        const qsizetype from = i;
        while (i < cell.size() && cell[i] >= '0' && cell[i] <= '9')
            ++i;
        return i > from;
    };
    if (!digits())
        return false;
    if (i < cell.size() && cell[i] == '.') {
        ++i;
        if (!digits())
            return false;
    }
    return i == cell.size();
}

} // namespace

bool CsvTextWriter::runsAsFormula(QByteArrayView cell)
{
    if (cell.isEmpty())
        return false;
    const char first = cell.front();
    return (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
           && !isPlainNumber(cell);
}

CsvTextWriter::CsvTextWriter(QIODevice &out, const QTimeZone &zone, bool crlf, bool excelSafe)
    : m_out(out)
    , m_offsets(zone)
    , m_crlf(crlf)
    , m_excelSafe(excelSafe)
{
    m_buffer.reserve(FlushSize + (1 << 16));
}

CsvTextWriter::~CsvTextWriter()
{
    flush();
}

void CsvTextWriter::flush()
{
    if (!m_buffer.isEmpty())
        m_out.write(m_buffer);
    m_buffer.resize(0);
}

void CsvTextWriter::raw(QByteArrayView bytes)
{
    m_buffer.append(bytes);
}

void CsvTextWriter::separate()
{
    if (m_rowStarted)
        m_buffer.append(',');
    m_rowStarted = true;
}

void CsvTextWriter::text(QByteArrayView cell)
{
    separate();
    const bool apostrophe = m_excelSafe && runsAsFormula(cell);
    if (!needsQuotes(cell)) {
        if (apostrophe)
            m_buffer.append('\'');
        m_buffer.append(cell);
        return;
    }
    m_buffer.append('"');
    if (apostrophe)
        m_buffer.append('\'');
    qsizetype from = 0;
    for (qsizetype i = 0; i < cell.size(); ++i) {
        if (cell[i] == '"') {
            m_buffer.append(cell.sliced(from, i + 1 - from));
            m_buffer.append('"');
            from = i + 1;
        }
    }
    m_buffer.append(cell.sliced(from));
    m_buffer.append('"');
}

void CsvTextWriter::appendDigits(quint64 value, int width)
{
    char digits[24];
    int count = 0;
    do {
        digits[count++] = char('0' + value % 10);
        value /= 10;
    } while (value != 0);
    for (int i = count; i < width; ++i)
        m_buffer.append('0');
    while (count > 0)
        m_buffer.append(digits[--count]);
}

void CsvTextWriter::integer(qint64 value)
{
    separate();
    if (value < 0)
        m_buffer.append('-');
    appendDigits(value < 0 ? 0 - quint64(value) : quint64(value), 1);
}

void CsvTextWriter::money(qint64 units)
{
    separate();
    const quint64 magnitude = units < 0 ? 0 - quint64(units) : quint64(units);
    if (units < 0)
        m_buffer.append('-');
    appendDigits(magnitude / quint64(Money::UnitsPerWhole), 1);
    quint64 fraction = magnitude % quint64(Money::UnitsPerWhole);
    int decimals = Money::Decimals;
    while (decimals > 2 && fraction % 10 == 0) {  // Money::toString's two decimals at least
        fraction /= 10;
        --decimals;
    }
    m_buffer.append('.');
    appendDigits(fraction, decimals);
}

void CsvTextWriter::timestamp(qint64 utcSeconds)
{
    const int offset = m_offsets.offsetAt(utcSeconds);
    const qint64 local = utcSeconds + offset;
    if (utcSeconds < FirstFastLocal || utcSeconds >= EndFastLocal || local < FirstFastLocal
        || local >= EndFastLocal) {
        m_fallback = TimeUtil::formatIso(utcSeconds, m_offsets.zone()).toUtf8();
        text(m_fallback);
        return;
    }
    separate();
    const qint64 days = floorDiv(local, SecondsPerDay);
    const int secondOfDay = int(local - days * SecondsPerDay);
    int year = 0, month = 0, day = 0;
    civilFromDays(days, year, month, day);
    appendDigits(quint64(year), 4);
    m_buffer.append('-');
    appendDigits(quint64(month), 2);
    m_buffer.append('-');
    appendDigits(quint64(day), 2);
    m_buffer.append('T');
    appendDigits(quint64(secondOfDay / 3600), 2);
    m_buffer.append(':');
    appendDigits(quint64(secondOfDay / 60 % 60), 2);
    m_buffer.append(':');
    appendDigits(quint64(secondOfDay % 60), 2);
    if (m_offsets.isUtc()) {
        m_buffer.append('Z');
        return;
    }
    const int magnitude = offset < 0 ? -offset : offset;
    m_buffer.append(offset < 0 ? '-' : '+');
    appendDigits(quint64(magnitude / 3600), 2);
    m_buffer.append(':');
    appendDigits(quint64(magnitude / 60 % 60), 2);
    if (magnitude % 60 != 0) {  // historical local mean times, as TimeUtil::formatIso
        m_buffer.append(':');
        appendDigits(quint64(magnitude % 60), 2);
    }
}

void CsvTextWriter::empty()
{
    separate();
}

void CsvTextWriter::endRow()
{
    m_buffer.append(m_crlf ? QByteArrayView("\r\n") : QByteArrayView("\n"));
    m_rowStarted = false;
    if (m_buffer.size() >= FlushSize)
        flush();
}
