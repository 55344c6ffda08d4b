#include "calldetailpane.h"

#include "core/callfield.h"
#include "itemmodels/calltablemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLabel>
#include <QStackedLayout>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {

enum Column { FieldColumn, ValueColumn, ColumnCount };

// The name a value is copied under: the titles from the top row down, "Extra.vars[0].id".
constexpr int PathRole = Qt::UserRole;

QString jsonScalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::String:
        return value.toString();
    default:
        // Integers come back as qlonglong, so large ids are not rounded through double.
        return value.toVariant().toString();
    }
}

} // namespace

CallDetailPane::CallDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedLayout(this))
    , m_placeholder(new QLabel(tr("Select a call to see all of its fields."), this))
    , m_tree(new QTreeWidget(this))
    , m_copyAction(new QAction(tr("&Copy"), this))
    , m_zone(QTimeZone::systemTimeZone())
{
    m_placeholder->setObjectName(u"placeholderLabel"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);

    m_tree->setObjectName(u"detailTable"_s);
    m_tree->setAccessibleName(tr("Call details"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Field"), tr("Value")});
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);

    m_copyAction->setObjectName(u"copyAction"_s);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyAction->setToolTip(tr("Copy the selected fields, or all of them, as tab-separated lines"));
    connect(m_copyAction, &QAction::triggered, this, &CallDetailPane::copy);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addAction(m_copyAction);

    m_stack->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_tree);
    rebuild();
}

void CallDetailPane::setRecord(const CallRecord *record)
{
    if (record)
        m_record = *record;
    else
        m_record.reset();
    rebuild();
}

void CallDetailPane::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    rebuild();
}

void CallDetailPane::rebuild()
{
    m_tree->clear();
    m_copyAction->setEnabled(m_record.has_value());
    if (!m_record) {
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    const CallRecord &call = *m_record;
    for (const CallField field : CallFields::all()) {
        const QString title = CallFields::title(field);
        QString value = CallTableModel::displayText(call, field, m_zone);
        if (CallFields::kind(field) == FieldKind::Timestamp && !value.isEmpty()) {
            value = tr("%1 (%2)", "a time and the same time in Unix seconds")
                        .arg(value)
                        .arg(CallFields::integerOf(call, field));
        }
        auto *item = new QTreeWidgetItem(m_tree, {title, value});
        item->setData(FieldColumn, PathRole, title);
        item->setToolTip(ValueColumn, value);
        if (field != CallField::Extra || call.extra.trimmed().isEmpty())
            continue;

        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(call.extra.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || document.isNull())
            continue;  // not JSON: the raw text stays as the value
        item->setText(ValueColumn, QString());
        item->setToolTip(ValueColumn, QString());
        const QJsonValue root = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        addJson(item, title, root);
        item->setExpanded(true);
    }
    m_tree->resizeColumnToContents(FieldColumn);
    m_stack->setCurrentWidget(m_tree);
}

// Adds the members of an object or array under `parent`; scalars become leaf rows.
void CallDetailPane::addJson(QTreeWidgetItem *parent, const QString &path, const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString childPath = path + u'.' + it.key();
            auto *child = new QTreeWidgetItem(parent, {it.key(), QString()});
            child->setData(FieldColumn, PathRole, childPath);
            addJson(child, childPath, it.value());
        }
        return;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString name = u"[%1]"_s.arg(i);
            const QString childPath = path + name;
            auto *child = new QTreeWidgetItem(parent, {name, QString()});
            child->setData(FieldColumn, PathRole, childPath);
            addJson(child, childPath, array.at(i));
        }
        return;
    }
    const QString text = jsonScalarText(value);
    parent->setText(ValueColumn, text);
    parent->setToolTip(ValueColumn, text);
}

QString CallDetailPane::copyText() const
{
    const bool selectedOnly = !m_tree->selectedItems().isEmpty();
    QStringList lines;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        collectLines(m_tree->topLevelItem(i), !selectedOnly, lines);
    return lines.join(u'\n');
}

// A selected row brings its whole subtree with it; rows that only group others are left out.
void CallDetailPane::collectLines(const QTreeWidgetItem *item, bool includeAll, QStringList &lines)
{
    const bool take = includeAll || item->isSelected();
    const QString value = item->text(ValueColumn);
    if (take && (item->childCount() == 0 || !value.isEmpty()))
        lines << item->data(FieldColumn, PathRole).toString() + u'\t' + value;
    for (int i = 0; i < item->childCount(); ++i)
        collectLines(item->child(i), take, lines);
}

void CallDetailPane::copy()
{
    if (!m_record)
        return;
    QApplication::clipboard()->setText(copyText());
}
