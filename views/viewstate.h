#pragma once

#include <QString>

class QHeaderView;
class QWidget;

// Remembered geometry and column widths of views and dialogs, in QSettings under
// "views/<key>/…", so every view restores itself the same way.
namespace ViewState {

void saveHeader(const QHeaderView *header, const QString &key);
void restoreHeader(QHeaderView *header, const QString &key);
void saveGeometry(const QWidget *widget, const QString &key);
void restoreGeometry(QWidget *widget, const QString &key);
void saveValue(const QString &key, const QString &value);
[[nodiscard]] QString value(const QString &key);

} // namespace ViewState
