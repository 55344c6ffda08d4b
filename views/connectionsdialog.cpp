#include "connectionsdialog.h"

#include "providers/providerhttp.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    return b;
}

QString statusText(const QString &status)
{
    if (status == u"ok")
        return QCoreApplication::translate("ConnectionsDialog", "OK");
    if (status == u"failed")
        return QCoreApplication::translate("ConnectionsDialog", "Failed");
    if (status == u"cancelled")
        return QCoreApplication::translate("ConnectionsDialog", "Cancelled");
    return QCoreApplication::translate("ConnectionsDialog", "Never synced");
}

} // namespace

ConnectionsDialog::ConnectionsDialog(QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_notice(new QLabel(this))
    , m_message(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_edit(button(tr("&Edit…"), u"editConnectionButton"_s, this))
    , m_remove(button(tr("&Remove"), u"removeConnectionButton"_s, this))
    , m_test(button(tr("&Test"), u"testConnectionButton"_s, this))
    , m_sync(button(tr("&Sync Now"), u"syncConnectionButton"_s, this))
    , m_cancel(button(tr("&Cancel Sync"), u"cancelSyncButton"_s, this))
{
    setObjectName(u"connectionsDialog"_s);
    setWindowTitle(tr("Provider Connections"));
    resize(900, 380);
    m_table->setObjectName(u"connectionsTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Provider"), tr("URL"), tr("Automatic sync"), tr("Last sync"),
                                        tr("Status"), tr("Message")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_notice->setObjectName(u"keychainNoticeLabel"_s);
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_message->setObjectName(u"connectionsMessageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bar->setObjectName(u"syncProgressBar"_s);
    m_bar->hide();
    m_progressText->setObjectName(u"syncProgressLabel"_s);
    m_progressText->hide();

    auto *add = button(tr("&Add…"), u"addConnectionButton"_s, this);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {add, m_edit, m_remove, m_test, m_sync, m_cancel})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(m_table);
    auto *progress = new QHBoxLayout;
    progress->addWidget(m_bar, 1);
    progress->addWidget(m_progressText);
    layout->addLayout(progress);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &ConnectionsDialog::addRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(currentName()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { Q_EMIT editRequested(currentName()); });
    connect(m_remove, &QPushButton::clicked, this, &ConnectionsDialog::confirmRemove);
    connect(m_test, &QPushButton::clicked, this, [this] { Q_EMIT testRequested(currentName()); });
    connect(m_sync, &QPushButton::clicked, this, [this] { Q_EMIT syncRequested(currentName()); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { Q_EMIT cancelSyncRequested(currentName()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        updateButtons();
        showProgress();
    });
    updateButtons();
}

void ConnectionsDialog::setRows(const QList<ConnectionRow> &rows)
{
    const QString current = currentName();
    m_table->setRowCount(int(rows.size()));
    const QLocale locale;
    for (int r = 0; r < rows.size(); ++r) {
        const Connection &c = rows[r].connection;
        const SyncOutcome &last = rows[r].last;
        const QString when = last.when ? locale.toString(QDateTime::fromSecsSinceEpoch(*last.when).toLocalTime(), QLocale::ShortFormat)
                                        : QString();
        const QString automatic = c.autoSyncMinutes > 0 ? tr("every %n min", nullptr, c.autoSyncMinutes) : tr("off");
        const QStringList cells = {c.name, ProviderKinds::name(c.kind), ProviderHttp::redacted(c.url), automatic, when,
                                   statusText(last.status), last.message};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]);
            m_table->setItem(r, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (!current.isEmpty())
        selectConnection(current);
    else if (!rows.isEmpty())
        m_table->selectRow(0);
    updateButtons();
    showProgress();
}

QString ConnectionsDialog::currentName() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return {};
    const QTableWidgetItem *name = m_table->item(selected.first()->row(), NameColumn);
    return name ? name->text() : QString();
}

void ConnectionsDialog::selectConnection(const QString &name)
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, NameColumn)->text() == name)
            return m_table->selectRow(r);
    }
}

void ConnectionsDialog::setSyncProgress(const QString &name, qint64 calls, qint64 covered, qint64 total)
{
    m_progress.insert(name, {calls, covered, total});
    updateButtons();
    showProgress();
}

void ConnectionsDialog::setSyncEnded(const QString &name)
{
    m_progress.remove(name);
    updateButtons();
    showProgress();
}

void ConnectionsDialog::showProgress()
{
    const auto it = m_progress.constFind(currentName());
    m_bar->setVisible(it != m_progress.constEnd());
    m_progressText->setVisible(it != m_progress.constEnd());
    if (it == m_progress.constEnd())
        return;
    if (it->total > 0) {
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(std::clamp(it->covered * 1000 / it->total, qint64(0), qint64(1000))));
    } else {
        m_bar->setRange(0, 0);  // busy: the provider does not say how far
    }
    const int calls = int(std::min(it->calls, qint64(INT_MAX)));
    m_progressText->setText(tr("%n call(s) synced", nullptr, calls));
}

void ConnectionsDialog::updateButtons()
{
    const QString name = currentName();
    const bool selected = !name.isEmpty();
    const bool syncing = m_progress.contains(name);
    m_edit->setEnabled(selected && !syncing);
    m_remove->setEnabled(selected && !syncing);
    m_test->setEnabled(selected);
    m_sync->setEnabled(selected && !syncing);
    m_cancel->setEnabled(syncing);
}

void ConnectionsDialog::setMessage(const QString &message)
{
    m_message->setText(message);
}

QString ConnectionsDialog::message() const
{
    return m_message->text();
}

void ConnectionsDialog::setKeychainNotice(const QString &notice)
{
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

void ConnectionsDialog::confirmRemove()
{
    const QString name = currentName();
    if (name.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Connection"),
                                tr("Remove the connection \"%1\" and its password? The calls it synced stay in the store.").arg(name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"removeConnectionBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, name](int result) {
        if (result == QMessageBox::Yes)
            Q_EMIT removeRequested(name);
    });
    box->open();
}
