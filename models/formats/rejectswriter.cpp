#include "rejectswriter.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

QByteArray quoted(const QByteArray &cell)
{
    QByteArray text = cell;
    text.replace('"', "\"\"");
    return '"' + text + '"';
}

} // namespace

RejectsWriter::RejectsWriter(const QString &path)
    : m_path(path)
{
}

RejectsWriter::~RejectsWriter()
{
    cancel();
}

Result<void> RejectsWriter::write(qint64 line, const FieldProblem &problem, const QList<QByteArray> &row)
{
    if (!m_file) {
        m_file = std::make_unique<QSaveFile>(m_path);
        if (!m_file->open(QIODevice::WriteOnly))
            return Error{QCoreApplication::translate("RejectsWriter", "%1: cannot write: %2").arg(m_path, m_file->errorString())};
        m_file->write("line,field,problem,row\r\n");
    }
    QByteArray out = QByteArray::number(line) + ',' + quoted(problem.field.toUtf8()) + ',' + quoted(problem.message.toUtf8());
    for (const QByteArray &cell : row)
        out += ',' + quoted(cell);
    out += "\r\n";
    m_file->write(out);
    return {};
}

Result<void> RejectsWriter::commit()
{
    if (m_file && !m_file->commit()) {
        const QString why = m_file->errorString();
        m_file.reset();
        return Error{QCoreApplication::translate("RejectsWriter", "%1: cannot write: %2").arg(m_path, why)};
    }
    m_file.reset();
    return {};
}

void RejectsWriter::cancel()
{
    if (m_file)
        m_file->cancelWriting();
    m_file.reset();
}
