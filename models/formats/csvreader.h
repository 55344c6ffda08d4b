#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QIODevice;

// Reads RFC 4180 CSV from a device a row at a time in constant memory (one row plus a read
// buffer). Fields stay raw bytes: the caller decides how to decode them, so bytes that are not
// valid UTF-8 are never lost here. Accepts LF and CRLF, a UTF-8 BOM, `""` inside quotes and
// line breaks inside quoted fields; tolerates a quote inside an unquoted field.
class CsvReader
{
public:
    enum class Status { Row, End, Error };

    explicit CsvReader(QIODevice &device, char separator = ',');

    // Reads the next row into `fields`. Error when the input ends inside a quoted field (a
    // truncated last line); errorString() says so, and `fields` holds what was read.
    [[nodiscard]] Status next(QList<QByteArray> &fields);

    // The line the last row started on (1-based), and the bytes consumed so far.
    [[nodiscard]] qint64 line() const { return m_rowLine; }
    [[nodiscard]] qint64 position() const { return m_consumed; }
    [[nodiscard]] QString errorString() const { return m_error; }

private:
    bool fill();
    int take();
    void appendRun(QByteArray &field, bool quoted);

    QIODevice &m_device;
    char m_separator;
    QByteArray m_buffer;
    qsizetype m_at = 0;
    qint64 m_consumed = 0;
    qint64 m_line = 1;
    qint64 m_rowLine = 0;
    bool m_started = false;
    QString m_error;
};
