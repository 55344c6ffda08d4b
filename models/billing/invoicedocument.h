#pragma once

#include "core/companydetails.h"
#include "invoice.h"

#include "core/result.h"

class QIODevice;

// An invoice as a printable document: HTML laid out by QTextDocument and written by QPdfWriter
// (A4, company details at the top, the customer and period, the lines, taxes and totals), or as
// CSV (one row per line, then the totals). Needs a QGuiApplication for the PDF (fonts).
namespace InvoiceDocument {

[[nodiscard]] QString html(const Invoice &invoice, const CompanyDetails &company);
// Writes through QSaveFile: the file is complete or not written at all.
[[nodiscard]] Result<void> writePdf(const Invoice &invoice, const CompanyDetails &company, const QString &path);
[[nodiscard]] Result<void> writeCsv(const Invoice &invoice, const QString &path);
[[nodiscard]] QByteArray csv(const Invoice &invoice);

} // namespace InvoiceDocument
