#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLineEdit;
class QListView;
class QPushButton;

// The saved views of the store: a list (double-click or Enter applies one) and a name field with
// Save, Rename and Delete. It only asks; the owner does the work and the list follows the model
// (a SavedViewModel: names in DisplayRole, ids in Qt::UserRole).
class SavedViewsBox : public QWidget
{
    Q_OBJECT

public:
    explicit SavedViewsBox(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    [[nodiscard]] QString nameText() const;
    void setNameText(const QString &name);
    // The id of the selected view, 0 when none is selected.
    [[nodiscard]] qint64 selectedId() const;
    void selectView(const QString &name);

Q_SIGNALS:
    void applyRequested(qint64 id);
    void saveRequested(const QString &name);
    void renameRequested(qint64 id, const QString &newName);
    void deleteRequested(qint64 id);

private:
    void updateButtons();

    QListView *m_list;
    QLineEdit *m_name;
    QPushButton *m_apply;
    QPushButton *m_save;
    QPushButton *m_rename;
    QPushButton *m_delete;
};
