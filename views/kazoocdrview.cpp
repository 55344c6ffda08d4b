#include "kazoocdrview.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

void addValue(QTreeWidgetItem *parent, QTreeWidget *tree, const QString &key, const QJsonValue &value)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
    item->setText(0, key);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            addValue(item, tree, it.key(), it.value());
        item->setExpanded(true);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i)
            addValue(item, tree, QString::number(i), array.at(i));
    } else {
        const QString text = value.isString() ? value.toString() : QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).chopped(1).mid(1));
        item->setText(1, text);
        item->setToolTip(1, text);  // SDPs are several lines
    }
}

} // namespace

KazooCdrView::KazooCdrView(QWidget *parent)
    : QDialog(parent)
    , m_connection(new QComboBox(this))
    , m_id(new QLineEdit(this))
    , m_show(new QPushButton(tr("&Show"), this))
    , m_csv(new QPushButton(tr("&Download as CSV…"), this))
    , m_tree(new QTreeWidget(this))
    , m_message(new QLabel(this))
{
    setObjectName(u"kazooCdrView"_s);
    setWindowTitle(tr("Kazoo CDR Detail"));
    resize(720, 560);
    m_connection->setObjectName(u"kazooConnectionBox"_s);
    m_id->setObjectName(u"kazooCdrIdEdit"_s);
    m_id->setPlaceholderText(tr("CDR ID, e.g. 201608-6aadef77f8eb1ae0e7a8d4ff0e8b7e38"));
    m_show->setObjectName(u"kazooShowButton"_s);
    m_show->setDefault(true);
    m_csv->setObjectName(u"kazooCsvButton"_s);
    m_tree->setObjectName(u"kazooCdrTree"_s);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Field"), tr("Value")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_message->setObjectName(u"kazooMessageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Connection:"), m_connection);
    form->addRow(tr("CDR &ID:"), m_id);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_csv);
    buttons->addStretch();
    buttons->addWidget(m_show);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_message);

    connect(m_show, &QPushButton::clicked, this, [this] {
        if (m_connection->currentText().isEmpty() || m_id->text().trimmed().isEmpty())
            return showMessage(tr("Choose a connection and type a CDR ID."));
        showMessage(tr("Asking Kazoo…"));
        Q_EMIT detailRequested(m_connection->currentText(), m_id->text().trimmed());
    });
    connect(m_id, &QLineEdit::returnPressed, m_show, &QPushButton::click);
    connect(m_csv, &QPushButton::clicked, this, [this] {
        if (!m_connection->currentText().isEmpty())
            Q_EMIT csvRequested(m_connection->currentText());
    });
}

void KazooCdrView::setConnections(const QStringList &names)
{
    m_connection->clear();
    m_connection->addItems(names);
    m_show->setEnabled(!names.isEmpty());
    m_csv->setEnabled(!names.isEmpty());
    if (names.isEmpty())
        showMessage(tr("The store has no Kazoo connection: add one under Providers › Connections."));
}

QString KazooCdrView::connection() const
{
    return m_connection->currentText();
}

void KazooCdrView::showDetail(const QJsonObject &data)
{
    m_tree->clear();
    for (auto it = data.begin(); it != data.end(); ++it)
        addValue(nullptr, m_tree, it.key(), it.value());
    showMessage(tr("%n field(s).", nullptr, int(data.size())));
}

void KazooCdrView::showMessage(const QString &message)
{
    m_message->setText(message);
}

QString KazooCdrView::message() const
{
    return m_message->text();
}
