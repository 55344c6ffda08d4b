#include "savedviewmodel.h"

#include "store/storeworker.h"

using namespace Qt::StringLiterals;

SavedViewModel::SavedViewModel(StoreWorker *worker, QObject *parent)
    : QAbstractListModel(parent)
    , m_worker(worker)
{
}

int SavedViewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_views.size());
}

QVariant SavedViewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_views.size())
        return {};
    const SavedView &view = m_views.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return view.name;
    case Qt::ToolTipRole:
    case SummaryRole: {
        const QString summary = view.filter.summary();
        return summary.isEmpty() ? tr("All calls") : summary;
    }
    case IdRole:
        return view.id;
    }
    return {};
}

const SavedView *SavedViewModel::find(const QString &name) const
{
    const int row = rowOf(name);
    return row < 0 ? nullptr : &m_views.at(row);
}

int SavedViewModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_views.size(); ++row) {
        if (m_views.at(row).name == name.trimmed())
            return row;
    }
    return -1;
}

void SavedViewModel::reload()
{
    if (!m_worker->hasDatabase())
        return;
    m_worker->run<QList<SavedView>>([](Database &database) { return SavedViewStore(database).list(); },
                                    [this](const Result<QList<SavedView>> &views) {
                                        if (!views) {
                                            Q_EMIT errorOccurred(views.error());
                                            return;
                                        }
                                        beginResetModel();
                                        m_views = *views;
                                        endResetModel();
                                        Q_EMIT loaded();
                                    });
}

void SavedViewModel::save(const SavedView &view)
{
    if (auto name = SavedViewStore::checkName(view.name); !name) {
        Q_EMIT errorOccurred(name.error());
        return;
    }
    m_worker->run<void>([view](Database &database) -> Result<void> {
        const Result<qint64> id = SavedViewStore(database).save(view);
        return id ? Result<void>() : Result<void>(Error{id.error()});
    }, [this, name = view.name.trimmed()](const Result<void> &result) {
        afterWrite(result, tr("Saved the view \"%1\".").arg(name));
    });
}

void SavedViewModel::rename(qint64 id, const QString &newName)
{
    m_worker->run<void>([id, newName](Database &database) { return SavedViewStore(database).rename(id, newName); },
                        [this, name = newName.trimmed()](const Result<void> &result) {
                            afterWrite(result, tr("Renamed the view to \"%1\".").arg(name));
                        });
}

void SavedViewModel::remove(qint64 id)
{
    QString name;
    for (const SavedView &view : std::as_const(m_views)) {
        if (view.id == id)
            name = view.name;
    }
    m_worker->run<void>([id](Database &database) { return SavedViewStore(database).remove(id); },
                        [this, name](const Result<void> &result) {
                            afterWrite(result, tr("Deleted the view \"%1\".").arg(name));
                        });
}

void SavedViewModel::afterWrite(const Result<void> &result, const QString &message)
{
    if (result)
        Q_EMIT changed(message);
    else
        Q_EMIT errorOccurred(result.error());
    reload();
}
