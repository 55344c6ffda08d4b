#include "invoicedocument.h"

#include "core/timeutil.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

QString minutes(qint64 seconds)
{
    return Money::fromUnits(seconds).mulDiv(Money::UnitsPerWhole, 60).value_or(Money()).toFixed(2);
}

QString day(qint64 t)
{
    return TimeUtil::formatIso(t).left(10);
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u'"' + QString(text).replace(u'"', u"\"\""_s) + u'"';
}

QString statusText(const QString &status)
{
    if (status == u"draft")
        return QCoreApplication::translate("InvoiceDocument", "DRAFT");
    if (status == u"void")
        return QCoreApplication::translate("InvoiceDocument", "VOID");
    return QString();
}

Result<void> save(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{QCoreApplication::translate("InvoiceDocument", "Cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

} // namespace

namespace InvoiceDocument {

QString html(const Invoice &invoice, const CompanyDetails &company)
{
    QString h;
    h += u"<html><body style=\"font-family: sans-serif; font-size: 10pt;\">"_s;
    h += u"<table width=\"100%\"><tr><td valign=\"top\"><b style=\"font-size: 14pt;\">%1</b><br>%2"_s
             .arg(escaped(company.name), escaped(company.address));
    if (!company.taxId.isEmpty())
        h += u"<br>"_s + QCoreApplication::translate("InvoiceDocument", "Tax ID: %1").arg(escaped(company.taxId));
    for (const QString &line : {company.email, company.phone}) {
        if (!line.isEmpty())
            h += u"<br>"_s + escaped(line);
    }
    h += u"</td><td align=\"right\" valign=\"top\"><b style=\"font-size: 16pt;\">%1 %2</b>"_s.arg(QCoreApplication::translate("InvoiceDocument", "Invoice"), QString::number(invoice.id));
    if (!statusText(invoice.status).isEmpty())
        h += u"<br><b style=\"color: #b00;\">%1</b>"_s.arg(statusText(invoice.status));
    h += u"<br>"_s + QCoreApplication::translate("InvoiceDocument", "Date: %1").arg(day(invoice.issuedAt.value_or(invoice.createdAt)));
    h += u"<br>"_s + QCoreApplication::translate("InvoiceDocument", "Period: %1 to %2").arg(day(invoice.periodStart), day(invoice.periodEnd - 1));
    h += u"</td></tr></table><p>"_s + QCoreApplication::translate("InvoiceDocument", "Bill to:") + u"<br><b>%1</b><br>"_s.arg(escaped(invoice.customerName))
         + QCoreApplication::translate("InvoiceDocument", "Customer %1").arg(invoice.customerId) + u"</p>"_s;
    h += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"0\">"_s;
    h += u"<tr style=\"background: #ddd;\"><th align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"right\">%3</th>"
         "<th align=\"right\">%4</th><th align=\"right\">%5</th></tr>"_s
             .arg(QCoreApplication::translate("InvoiceDocument", "Destination"), QCoreApplication::translate("InvoiceDocument", "Kind"), QCoreApplication::translate("InvoiceDocument", "Calls"), QCoreApplication::translate("InvoiceDocument", "Minutes"), QCoreApplication::translate("InvoiceDocument", "Amount (%1)").arg(invoice.currency));
    for (const InvoiceLine &line : invoice.lines) {
        if (line.isTax())
            continue;
        h += u"<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td><td align=\"right\">%5</td></tr>"_s
                 .arg(escaped(line.description), escaped(line.kind))
                 .arg(line.quantity)
                 .arg(minutes(line.seconds), line.amount.toFixed(invoice.decimals));
    }
    h += u"</table><br><table width=\"100%\" cellpadding=\"3\"><tr><td width=\"60%\"></td><td>%1</td><td align=\"right\">%2</td></tr>"_s
             .arg(QCoreApplication::translate("InvoiceDocument", "Subtotal"), invoice.subtotal.toFixed(invoice.decimals));
    for (const InvoiceLine &line : invoice.lines) {
        if (line.isTax())
            h += u"<tr><td></td><td>%1</td><td align=\"right\">%2</td></tr>"_s
                     .arg(QCoreApplication::translate("InvoiceDocument", "%1 (%2%)").arg(escaped(line.description), line.rate.toString(0)), line.amount.toFixed(invoice.decimals));
    }
    h += u"<tr><td></td><td><b>%1</b></td><td align=\"right\"><b>%2 %3</b></td></tr></table>"_s
             .arg(QCoreApplication::translate("InvoiceDocument", "Total"), invoice.total.toFixed(invoice.decimals), invoice.currency);
    if (!company.bankDetails.isEmpty())
        h += u"<p>"_s + QCoreApplication::translate("InvoiceDocument", "Payment to:") + u"<br>"_s + escaped(company.bankDetails) + u"</p>"_s;
    h += u"</body></html>"_s;
    return h;
}

Result<void> writePdf(const Invoice &invoice, const CompanyDetails &company, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QCoreApplication::translate("InvoiceDocument", "Cannot write %1: %2").arg(path, file.errorString())};
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        writer.setTitle(QCoreApplication::translate("InvoiceDocument", "Invoice %1").arg(invoice.id));
        writer.setCreator(u"CDR Desk"_s);
        QTextDocument document;
        document.setHtml(html(invoice, company));
        document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
        document.print(&writer);
    }
    if (!file.commit())
        return Error{QCoreApplication::translate("InvoiceDocument", "Cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

QByteArray csv(const Invoice &invoice)
{
    QString text = u"invoice,customer,period_start,period_end,status,kind,description,prefix,calls,minutes,rate,amount,currency\n"_s;
    const QString head = u"%1,%2,%3,%4,%5,"_s.arg(invoice.id).arg(invoice.customerId).arg(TimeUtil::formatIso(invoice.periodStart),
                                                                                         TimeUtil::formatIso(invoice.periodEnd), invoice.status);
    for (const InvoiceLine &line : invoice.lines)
        text += head + u"%1,%2,%3,%4,%5,%6,%7,%8\n"_s.arg(csvField(line.kind), csvField(line.description), csvField(line.prefix))
                           .arg(line.isTax() ? QString() : QString::number(line.quantity), line.isTax() ? QString() : minutes(line.seconds),
                                line.isTax() ? line.rate.toString(0) : QString(), line.amount.toFixed(invoice.decimals), invoice.currency);
    for (const auto &[kind, amount] : {std::pair{u"subtotal"_s, invoice.subtotal}, std::pair{u"tax_total"_s, invoice.taxTotal},
                                       std::pair{u"total"_s, invoice.total}})
        text += head + u"%1,,,,,,%2,%3\n"_s.arg(kind, amount.toFixed(invoice.decimals), invoice.currency);
    return text.toUtf8();
}

Result<void> writeCsv(const Invoice &invoice, const QString &path)
{
    return save(path, csv(invoice));
}

} // namespace InvoiceDocument
