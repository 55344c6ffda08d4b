#include "importdialog.h"

#include "formats/importfields.h"
#include "formats/importformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ImportDialog::ImportDialog(QWidget *parent)
    : QDialog(parent)
    , m_fileList(new QListWidget(this))
    , m_addButton(new QPushButton(tr("&Add Files…"), this))
    , m_removeButton(new QPushButton(tr("&Remove"), this))
    , m_formatCombo(new QComboBox(this))
    , m_zoneCombo(new QComboBox(this))
    , m_templateEdit(new QLineEdit(this))
    , m_templateButton(new QPushButton(tr("Choose…"), this))
    , m_skipInvalidCheck(new QCheckBox(tr("&Skip invalid rows (write them to FILE.rejects.csv) instead of stopping"), this))
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"ImportDialog"_s);
    setWindowTitle(tr("Import Calls"));

    m_fileList->setObjectName(u"fileList"_s);
    m_fileList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_addButton->setObjectName(u"addFilesButton"_s);
    m_removeButton->setObjectName(u"removeFilesButton"_s);
    m_formatCombo->setObjectName(u"formatCombo"_s);
    m_formatCombo->addItem(tr("Detect automatically"), QString());
    for (const QString &name : ImportFormats::names())
        m_formatCombo->addItem(name, name);
    m_zoneCombo->setObjectName(u"timeZoneCombo"_s);
    m_zoneCombo->setEditable(true);
    m_zoneCombo->setInsertPolicy(QComboBox::NoInsert);
    m_zoneCombo->addItem(u"UTC"_s);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zoneCombo->addItem(QString::fromLatin1(id));
    m_zoneCombo->setToolTip(tr("How local times in the files are read (Asterisk writes local time): "
                               "an IANA name such as Europe/London, or a UTC offset in hours such as -7."));
    m_templateEdit->setObjectName(u"templateEdit"_s);
    m_templateEdit->setPlaceholderText(tr("FreeSWITCH only: the default \"example\" template"));
    m_templateEdit->setClearButtonEnabled(true);
    m_templateEdit->setToolTip(tr("The cdr_csv.conf.xml (or a file with the template line) the FreeSWITCH "
                                  "files were written with; choosing one reads the files as FreeSWITCH CSV."));
    m_templateButton->setObjectName(u"templateButton"_s);
    m_skipInvalidCheck->setObjectName(u"skipInvalidCheck"_s);
    m_buttonBox->setObjectName(u"buttonBox"_s);
    m_buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Import"));

    auto *fileButtons = new QVBoxLayout;
    fileButtons->addWidget(m_addButton);
    fileButtons->addWidget(m_removeButton);
    fileButtons->addStretch();
    auto *filesRow = new QHBoxLayout;
    filesRow->addWidget(m_fileList, 1);
    filesRow->addLayout(fileButtons);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_formatCombo);
    form->addRow(tr("Local &times in:"), m_zoneCombo);
    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(m_templateEdit, 1);
    templateRow->addWidget(m_templateButton);
    form->addRow(tr("FreeSWITCH t&emplate:"), templateRow);
    form->addRow(QString(), m_skipInvalidCheck);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filesRow);
    layout->addLayout(form);
    layout->addWidget(m_buttonBox);

    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_addButton, &QPushButton::clicked, this, &ImportDialog::addFiles);
    connect(m_removeButton, &QPushButton::clicked, this, &ImportDialog::removeFiles);
    connect(m_templateButton, &QPushButton::clicked, this, &ImportDialog::chooseTemplate);
    connect(m_fileList, &QListWidget::itemSelectionChanged, this, &ImportDialog::updateButtons);
    connect(m_zoneCombo, &QComboBox::currentTextChanged, this, &ImportDialog::updateButtons);
    updateButtons();
}

void ImportDialog::setFiles(const QStringList &files)
{
    m_fileList->clear();
    m_fileList->addItems(files);
    updateButtons();
}

QStringList ImportDialog::files() const
{
    QStringList files;
    for (int row = 0; row < m_fileList->count(); ++row)
        files.append(m_fileList->item(row)->text());
    return files;
}

void ImportDialog::setTimeZoneText(const QString &zone)
{
    m_zoneCombo->setCurrentText(zone);
}

QString ImportDialog::timeZoneText() const
{
    return m_zoneCombo->currentText().trimmed();
}

Result<ImportOptions> ImportDialog::options() const
{
    ImportOptions options;
    const QString format = m_formatCombo->currentData().toString();
    if (!format.isEmpty())
        options.format = ImportFormats::fromName(format);
    const auto zone = ImportFields::zoneFromText(timeZoneText());
    if (!zone)
        return Error{tr("\"%1\" is not a time zone: give an IANA name such as Europe/London or an offset such as -7.")
                         .arg(timeZoneText())};
    options.zone = *zone;
    options.skipInvalid = m_skipInvalidCheck->isChecked();
    options.templatePath = m_templateEdit->text().trimmed();
    return options;
}

void ImportDialog::setTemplatePath(const QString &path)
{
    m_templateEdit->setText(path);
}

void ImportDialog::chooseTemplate()
{
    const QString chosen = QFileDialog::getOpenFileName(this, tr("FreeSWITCH Template"), m_templateEdit->text(),
                                                        tr("Templates (*.xml *.conf *.txt);;All files (*)"));
    if (!chosen.isEmpty())
        setTemplatePath(chosen);
}

void ImportDialog::addFiles()
{
    const QStringList chosen = QFileDialog::getOpenFileNames(
        this, tr("Import Calls"), QString(), tr("CDR files (*.csv *.json);;All files (*)"));
    QStringList files = this->files();
    for (const QString &file : chosen) {
        if (!files.contains(file))
            files.append(file);
    }
    setFiles(files);
}

void ImportDialog::removeFiles()
{
    qDeleteAll(m_fileList->selectedItems());
    updateButtons();
}

void ImportDialog::updateButtons()
{
    m_removeButton->setEnabled(!m_fileList->selectedItems().isEmpty());
    const bool zoneOk = ImportFields::zoneFromText(timeZoneText()).has_value();
    m_buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_fileList->count() > 0 && zoneOk);
}
