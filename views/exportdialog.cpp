#include "exportdialog.h"

#include "formats/importfields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ExportDialog::ExportDialog(QWidget *parent)
    : QDialog(parent)
    , m_pathEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(tr("&Browse…"), this))
    , m_formatCombo(new QComboBox(this))
    , m_zoneCombo(new QComboBox(this))
    , m_bomCheck(new QCheckBox(tr("Begin with a &byte order mark (for Excel)"), this))
    , m_crlfCheck(new QCheckBox(tr("End lines with &CRLF (RFC 4180)"), this))
    , m_excelSafeCheck(new QCheckBox(tr("E&xcel-safe: neutralise cells starting with = + - @"), this))
    , m_visibleColumnsCheck(new QCheckBox(tr("Only the &visible columns, in the grid's order"), this))
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"ExportDialog"_s);
    setWindowTitle(tr("Export Calls"));

    m_pathEdit->setObjectName(u"pathEdit"_s);
    m_browseButton->setObjectName(u"browseButton"_s);
    m_formatCombo->setObjectName(u"formatCombo"_s);
    m_formatCombo->addItem(tr("CSV"), u"csv"_s);
    m_formatCombo->addItem(tr("JSON Lines"), u"jsonl"_s);
    m_formatCombo->addItem(tr("Excel workbook (XLSX)"), u"xlsx"_s);
    m_zoneCombo->setObjectName(u"timeZoneCombo"_s);
    m_zoneCombo->setEditable(true);
    m_zoneCombo->setInsertPolicy(QComboBox::NoInsert);
    m_zoneCombo->addItem(u"UTC"_s);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zoneCombo->addItem(QString::fromLatin1(id));
    m_zoneCombo->setToolTip(tr("Times are written as ISO 8601 in this zone: an IANA name or a UTC offset in hours."));
    m_bomCheck->setObjectName(u"bomCheck"_s);
    m_crlfCheck->setObjectName(u"crlfCheck"_s);
    m_excelSafeCheck->setObjectName(u"excelSafeCheck"_s);
    m_excelSafeCheck->setToolTip(tr("Cells a spreadsheet would run as formulas get a leading '; "
                                    "plain numbers such as +442071234567 stay as they are."));
    m_visibleColumnsCheck->setObjectName(u"visibleColumnsCheck"_s);
    m_visibleColumnsCheck->setChecked(true);
    m_buttonBox->setObjectName(u"buttonBox"_s);
    m_buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Export"));

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(m_browseButton);

    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), pathRow);
    form->addRow(tr("F&ormat:"), m_formatCombo);
    form->addRow(tr("&Times in:"), m_zoneCombo);
    form->addRow(QString(), m_bomCheck);
    form->addRow(QString(), m_crlfCheck);
    form->addRow(QString(), m_excelSafeCheck);
    form->addRow(QString(), m_visibleColumnsCheck);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttonBox);

    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_formatCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);
    connect(m_pathEdit, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    connect(m_zoneCombo, &QComboBox::currentTextChanged, this, &ExportDialog::updateButtons);
    onFormatChanged();
}

void ExportDialog::setPath(const QString &path)
{
    m_pathEdit->setText(path);
    const int format = m_formatCombo->findData(QFileInfo(path).suffix().toLower());
    if (format >= 0)
        m_formatCombo->setCurrentIndex(format);
}

QString ExportDialog::path() const
{
    return m_pathEdit->text().trimmed();
}

void ExportDialog::setTimeZoneText(const QString &zone)
{
    m_zoneCombo->setCurrentText(zone);
}

QString ExportDialog::timeZoneText() const
{
    return m_zoneCombo->currentText().trimmed();
}

bool ExportDialog::visibleColumnsOnly() const
{
    return m_visibleColumnsCheck->isChecked();
}

void ExportDialog::setVisibleColumnsOnly(bool only)
{
    m_visibleColumnsCheck->setChecked(only);
}

Result<ExportOptions> ExportDialog::options() const
{
    ExportOptions options;
    options.format = ExportOptions::formatFromName(m_formatCombo->currentData().toString()).value_or(ExportOptions::Format::Csv);
    const auto zone = ImportFields::zoneFromText(timeZoneText());
    if (!zone)
        return Error{tr("\"%1\" is not a time zone: give an IANA name such as Europe/London or an offset such as -7.")
                         .arg(timeZoneText())};
    options.zone = *zone;
    const bool csv = options.format == ExportOptions::Format::Csv;
    options.bom = csv && m_bomCheck->isChecked();
    options.crlf = csv && m_crlfCheck->isChecked();
    options.excelSafe = csv && m_excelSafeCheck->isChecked();
    return options;
}

QString ExportDialog::extension() const
{
    return m_formatCombo->currentData().toString();
}

void ExportDialog::browse()
{
    const QString filter = extension() == u"xlsx"_s  ? tr("Excel workbooks (*.xlsx)")
                         : extension() == u"jsonl"_s ? tr("JSON Lines (*.jsonl)")
                                                     : tr("CSV files (*.csv)");
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export Calls"), path(), filter);
    if (!chosen.isEmpty())
        setPath(QFileInfo(chosen).suffix().isEmpty() ? chosen + u'.' + extension() : chosen);
}

void ExportDialog::onFormatChanged()
{
    const bool csv = extension() == u"csv"_s;
    for (QCheckBox *check : {m_bomCheck, m_crlfCheck, m_excelSafeCheck})
        check->setEnabled(csv);
    // Keep the file's extension in step with the format, when it has one of ours.
    const QFileInfo info(path());
    const QString suffix = info.suffix().toLower();
    if (!path().isEmpty() && suffix != extension() && m_formatCombo->findData(suffix) >= 0)
        m_pathEdit->setText(path().chopped(suffix.size()) + extension());
    updateButtons();
}

void ExportDialog::updateButtons()
{
    const bool zoneOk = ImportFields::zoneFromText(timeZoneText()).has_value();
    m_buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!path().isEmpty() && zoneOk);
}
