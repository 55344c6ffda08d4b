#include "csvreader.h"

#include <QCoreApplication>
#include <QIODevice>

namespace {
constexpr qint64 ChunkSize = 1 << 16;
}

CsvReader::CsvReader(QIODevice &device, char separator)
    : m_device(device)
    , m_separator(separator)
{
}

bool CsvReader::fill()
{
    m_buffer = m_device.read(ChunkSize);
    m_at = 0;
    return !m_buffer.isEmpty();
}

// The next byte, or -1 at the end of the input.
int CsvReader::take()
{
    if (m_at >= m_buffer.size() && !fill())
        return -1;
    ++m_consumed;
    return static_cast<unsigned char>(m_buffer[m_at++]);
}

CsvReader::Status CsvReader::next(QList<QByteArray> &fields)
{
    fields.clear();
    int c = take();
    if (!m_started) {
        m_started = true;
        // A UTF-8 byte order mark (Excel writes one) is not part of the first field.
        if (c == 0xEF && m_buffer.mid(m_at, 2) == "\xBB\xBF") {
            m_at += 2;
            m_consumed += 2;
            c = take();
        }
    }
    // Blank lines between rows carry nothing.
    while (c == '\n' || c == '\r') {
        if (c == '\n')
            ++m_line;
        c = take();
    }
    if (c < 0)
        return Status::End;
    m_rowLine = m_line;
    QByteArray field;
    bool quoted = false;
    bool wasQuoted = false;
    for (;; c = take()) {
        if (quoted) {
            if (c < 0) {
                m_error = QCoreApplication::translate("CsvReader", "the file ends inside a quoted field (truncated last line)");
                fields.append(field);  // what was read, for a look at a head cut mid-row
                return Status::Error;
            }
            if (c == '"') {
                const int after = take();
                if (after == '"') {
                    field.append('"');
                    continue;
                }
                quoted = false;
                c = after;
            } else {
                if (c == '\n')
                    ++m_line;
                field.append(char(c));
                appendRun(field, true);
                continue;
            }
        }
        if (c < 0 || c == '\n' || c == '\r') {
            fields.append(field);
            if (c == '\r') {
                const int after = take();
                if (after != '\n' && after >= 0) {
                    --m_at;  // a lone CR ends the row; the byte after it starts the next
                    --m_consumed;
                }
            }
            ++m_line;
            return Status::Row;
        }
        if (c == m_separator) {
            fields.append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == '"' && field.isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
        } else {
            field.append(char(c));
            appendRun(field, false);
        }
    }
}

// Appends the bytes from the read position that need no decision (inside quotes: up to a quote
// or a line feed, which is counted; outside: up to a separator, quote or line end) in one go,
// instead of a byte at a time. Stops at the end of the buffer; the caller's loop goes on.
void CsvReader::appendRun(QByteArray &field, bool quoted)
{
    const char *data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    qsizetype i = m_at;
    if (quoted) {
        while (i < size && data[i] != '"' && data[i] != '\n')
            ++i;
    } else {
        while (i < size && data[i] != m_separator && data[i] != '"' && data[i] != '\n' && data[i] != '\r')
            ++i;
    }
    field.append(data + m_at, i - m_at);
    m_consumed += i - m_at;
    m_at = i;
}
