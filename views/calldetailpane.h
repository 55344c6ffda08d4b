#pragma once

#include "core/callrecord.h"

#include <QTimeZone>
#include <QWidget>

#include <optional>

class QAction;
class QJsonValue;
class QLabel;
class QStackedLayout;
class QTreeWidget;
class QTreeWidgetItem;

// Every field of one call, read-only: a title/value row per field, then the `extra` JSON as
// an expandable tree. The pane keeps its own copy of the call, so the grid may drop the row.
class CallDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit CallDetailPane(QWidget *parent = nullptr);

    // nullptr shows a placeholder instead of the fields.
    void setRecord(const CallRecord *record);
    [[nodiscard]] bool hasRecord() const { return m_record.has_value(); }

    void setTimeZone(const QTimeZone &zone);
    [[nodiscard]] QTimeZone timeZone() const { return m_zone; }

    // "field\tvalue" lines of the selected rows, or of every row when none is selected;
    // values inside `extra` are named by their path ("extra.vars.account").
    [[nodiscard]] QString copyText() const;
    QAction *copyAction() const { return m_copyAction; }

public Q_SLOTS:
    // Puts copyText() on the clipboard.
    void copy();

private:
    void rebuild();
    void addJson(QTreeWidgetItem *parent, const QString &path, const QJsonValue &value);
    static void collectLines(const QTreeWidgetItem *item, bool includeAll, QStringList &lines);

    QStackedLayout *m_stack;
    QLabel *m_placeholder;
    QTreeWidget *m_tree;
    QAction *m_copyAction;
    std::optional<CallRecord> m_record;
    QTimeZone m_zone;
};
