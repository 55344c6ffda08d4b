#include "voipmslistsbox.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

VoipmsListsBox::VoipmsListsBox(QWidget *parent)
    : QWidget(parent)
    , m_connection(new QComboBox(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_status(new QLabel(this))
{
    setObjectName(u"voipmsListsBox"_s);
    m_connection->setObjectName(u"voipmsListsConnectionBox"_s);
    m_connection->setAccessibleName(tr("voip.ms lists from"));
    m_connection->setToolTip(tr("Offer the accounts, call types and call billing of this voip.ms connection"));
    m_refresh->setObjectName(u"voipmsListsRefreshButton"_s);
    m_refresh->setToolTip(tr("Ask voip.ms for the lists again"));
    m_status->setObjectName(u"voipmsListsStatusLabel"_s);
    m_status->setWordWrap(true);
    m_status->hide();
    setConnections({});

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_connection, 1);
    row->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_status);

    connect(m_connection, &QComboBox::currentIndexChanged, this, [this] {
        m_refresh->setEnabled(!connection().isEmpty());
        Q_EMIT requested(connection(), false);
    });
    connect(m_refresh, &QPushButton::clicked, this, [this] { Q_EMIT requested(connection(), true); });
}

void VoipmsListsBox::setConnections(const QStringList &names)
{
    const QString current = connection();
    const QSignalBlocker blocker(m_connection);
    m_connection->clear();
    m_connection->addItem(tr("None"), QString());
    for (const QString &name : names)
        m_connection->addItem(name, name);
    const int index = m_connection->findData(current);
    m_connection->setCurrentIndex(qMax(0, index));
    m_refresh->setEnabled(!connection().isEmpty());
    setEnabled(!names.isEmpty());
    setToolTip(names.isEmpty() ? tr("The store has no voip.ms connection: add one under Providers › Connections.")
                               : QString());
    if (!current.isEmpty() && index < 0)
        Q_EMIT requested(QString(), false);
}

QString VoipmsListsBox::connection() const
{
    return m_connection->currentData().toString();
}

void VoipmsListsBox::setBusy()
{
    showStatus(tr("Asking voip.ms…"), false);
}

void VoipmsListsBox::showLoaded(const QString &message)
{
    showStatus(message, false);
}

void VoipmsListsBox::showError(const QString &message)
{
    showStatus(message, true);
}

QString VoipmsListsBox::statusText() const
{
    return m_status->text();
}

void VoipmsListsBox::showStatus(const QString &message, bool error)
{
    m_status->setText(message);
    m_status->setStyleSheet(error ? u"color: #c0392b"_s : QString());
    m_status->setVisible(!message.isEmpty());
}
