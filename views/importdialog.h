#pragma once

#include "core/result.h"
#include "formats/callimporter.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;
class QPushButton;

// Asks which CDR files to import and how to read them: the format (detected by default), the
// zone of local times in the files, a FreeSWITCH template file, and whether invalid rows are set aside or stop the import.
// It only gathers values; the caller runs the import.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(QWidget *parent = nullptr);

    void setFiles(const QStringList &files);
    [[nodiscard]] QStringList files() const;

    // An IANA name, "UTC" or a UTC offset in hours ("-7").
    void setTimeZoneText(const QString &zone);
    [[nodiscard]] QString timeZoneText() const;

    // A FreeSWITCH mod_cdr_csv template file (its XML config or the template text); empty = the
    // default "example" template.
    void setTemplatePath(const QString &path);

    // The options as chosen (progress left unset); an error when the time zone is not one.
    [[nodiscard]] Result<ImportOptions> options() const;

private:
    void addFiles();
    void removeFiles();
    void chooseTemplate();
    void updateButtons();

    QListWidget *m_fileList;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QComboBox *m_formatCombo;
    QComboBox *m_zoneCombo;
    QLineEdit *m_templateEdit;
    QPushButton *m_templateButton;
    QCheckBox *m_skipInvalidCheck;
    QDialogButtonBox *m_buttonBox;
};
