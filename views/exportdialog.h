#pragma once

#include "core/result.h"
#include "formats/callexporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;

// Asks where and how to export the calls the grid shows: the file, its format (CSV, JSON Lines,
// XLSX), the zone times are written in, the CSV options for spreadsheets, and whether only the
// grid's visible columns go out. It only gathers values; the caller runs the export.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(QWidget *parent = nullptr);

    // A path ending in .xlsx or .jsonl also picks that format.
    void setPath(const QString &path);
    [[nodiscard]] QString path() const;

    void setTimeZoneText(const QString &zone);
    [[nodiscard]] QString timeZoneText() const;

    [[nodiscard]] bool visibleColumnsOnly() const;
    void setVisibleColumnsOnly(bool only);

    // Format, zone and CSV options (columns and progress left to the caller); an error when
    // the time zone is not one.
    [[nodiscard]] Result<ExportOptions> options() const;

private:
    void browse();
    void onFormatChanged();
    void updateButtons();
    [[nodiscard]] QString extension() const;

    QLineEdit *m_pathEdit;
    QPushButton *m_browseButton;
    QComboBox *m_formatCombo;
    QComboBox *m_zoneCombo;
    QCheckBox *m_bomCheck;
    QCheckBox *m_crlfCheck;
    QCheckBox *m_excelSafeCheck;
    QCheckBox *m_visibleColumnsCheck;
    QDialogButtonBox *m_buttonBox;
};
