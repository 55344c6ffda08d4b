#include "savedviewsbox.h"

#include <QGridLayout>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>

using namespace Qt::StringLiterals;

SavedViewsBox::SavedViewsBox(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListView(this))
    , m_name(new QLineEdit(this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_rename(new QPushButton(tr("Re&name"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
{
    setObjectName(u"savedViews"_s);
    m_list->setObjectName(u"savedViewList"_s);
    m_list->setAccessibleName(tr("Saved views"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMaximumHeight(140);
    m_name->setObjectName(u"viewNameEdit"_s);
    m_name->setAccessibleName(tr("View name"));
    m_name->setPlaceholderText(tr("Name of the view"));
    m_name->setClearButtonEnabled(true);
    m_apply->setObjectName(u"applyViewButton"_s);
    m_apply->setToolTip(tr("Show the calls as the selected view does: its filter, time range, columns and order"));
    m_save->setObjectName(u"saveViewButton"_s);
    m_save->setToolTip(tr("Save the current filter, time range, columns and order under this name, "
                          "for everyone who opens this database"));
    m_rename->setObjectName(u"renameViewButton"_s);
    m_rename->setToolTip(tr("Give the selected view this name"));
    m_delete->setObjectName(u"deleteViewButton"_s);
    m_delete->setToolTip(tr("Delete the selected view for everyone"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 0, 0, 1, 4);
    layout->addWidget(m_name, 1, 0, 1, 4);
    layout->addWidget(m_apply, 2, 0);
    layout->addWidget(m_save, 2, 1);
    layout->addWidget(m_rename, 2, 2);
    layout->addWidget(m_delete, 2, 3);

    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT applyRequested(index.data(Qt::UserRole).toLongLong());
    });
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (selectedId())
            Q_EMIT applyRequested(selectedId());
    });
    connect(m_save, &QPushButton::clicked, this, [this] { Q_EMIT saveRequested(nameText()); });
    connect(m_name, &QLineEdit::returnPressed, this, [this] { Q_EMIT saveRequested(nameText()); });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        if (selectedId())
            Q_EMIT renameRequested(selectedId(), nameText());
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (selectedId())
            Q_EMIT deleteRequested(selectedId());
    });
    connect(m_name, &QLineEdit::textChanged, this, &SavedViewsBox::updateButtons);
    updateButtons();
}

void SavedViewsBox::setModel(QAbstractItemModel *model)
{
    m_list->setModel(model);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            m_name->setText(current.data().toString());
        updateButtons();
    });
    connect(model, &QAbstractItemModel::modelReset, this, &SavedViewsBox::updateButtons);
}

QString SavedViewsBox::nameText() const
{
    return m_name->text().trimmed();
}

void SavedViewsBox::setNameText(const QString &name)
{
    m_name->setText(name);
}

qint64 SavedViewsBox::selectedId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(Qt::UserRole).toLongLong() : 0;
}

void SavedViewsBox::selectView(const QString &name)
{
    QAbstractItemModel *model = m_list->model();
    if (!model)
        return;
    const QModelIndexList found = model->match(model->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly);
    m_list->setCurrentIndex(found.isEmpty() ? QModelIndex() : found.first());
}

void SavedViewsBox::updateButtons()
{
    const bool selected = selectedId() != 0;
    m_apply->setEnabled(selected);
    m_delete->setEnabled(selected);
    m_rename->setEnabled(selected && !nameText().isEmpty());
    m_save->setEnabled(!nameText().isEmpty());
}
