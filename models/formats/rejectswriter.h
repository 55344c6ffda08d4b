#pragma once

#include "core/result.h"
#include "importfields.h"

#include <QSaveFile>

#include <memory>

// The rows an import rejected, beside its input as <input>.rejects.csv: a header
// `line,field,problem,row…`, then per row its line, the field at fault, why, and the row's own
// cells as read (bytes unchanged). Nothing is written unless a row is rejected and the import
// commits.
class RejectsWriter
{
public:
    explicit RejectsWriter(const QString &path);
    ~RejectsWriter();

    [[nodiscard]] Result<void> write(qint64 line, const FieldProblem &problem, const QList<QByteArray> &row);
    [[nodiscard]] Result<void> commit();
    void cancel();
    [[nodiscard]] QString path() const { return m_path; }

private:
    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
};
