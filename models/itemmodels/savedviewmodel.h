#pragma once

#include "store/savedviewstore.h"

#include <QAbstractListModel>

class StoreWorker;

// The saved views of the open store, by name, for a list or menu. Reads and writes go through
// a StoreWorker, so the GUI never waits on the database; after each write the list is read
// again, which also shows what other operators of a shared store saved meanwhile.
class SavedViewModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole,  // qint64
        SummaryRole,            // the filter's one-line summary
    };

    explicit SavedViewModel(StoreWorker *worker, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    [[nodiscard]] const QList<SavedView> &views() const { return m_views; }
    // The view of that name, or nullptr.
    [[nodiscard]] const SavedView *find(const QString &name) const;
    [[nodiscard]] int rowOf(const QString &name) const;

    void reload();
    // Replaces the view of the same name, if any.
    void save(const SavedView &view);
    void rename(qint64 id, const QString &newName);
    void remove(qint64 id);

Q_SIGNALS:
    // The list was read again (after a reload or a write).
    void loaded();
    // A write succeeded; `message` says what was done, for the status bar.
    void changed(const QString &message);
    void errorOccurred(const QString &message);

private:
    void afterWrite(const Result<void> &result, const QString &message);

    StoreWorker *m_worker;
    QList<SavedView> m_views;
};
