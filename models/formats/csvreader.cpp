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
        }
    }
}
