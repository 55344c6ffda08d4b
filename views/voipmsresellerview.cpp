#include "voipmsresellerview.h"

#include "core/timeutil.h"
#include "providers/voipmslists.h"
#include "viewstate.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const QString StateKey = u"voipmsReseller"_s;

QComboBox *choiceBox(const QString &objectName, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setEditable(true);
    box->addItem(QCoreApplication::translate("VoipmsResellerView", "All"), QString());
    return box;
}

QCheckBox *checked(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *box = new QCheckBox(text, parent);
    box->setObjectName(objectName);
    box->setChecked(true);
    return box;
}

} // namespace

VoipmsResellerView::VoipmsResellerView(QWidget *parent)
    : QDialog(parent)
    , m_connection(new QComboBox(this))
    , m_client(new QLineEdit(this))
    , m_from(new QDateEdit(QDate::currentDate().addDays(-6), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_answered(checked(tr("Answered"), u"resellerAnsweredCheck"_s, this))
    , m_noanswer(checked(tr("No answer"), u"resellerNoanswerCheck"_s, this))
    , m_busy(checked(tr("Busy"), u"resellerBusyCheck"_s, this))
    , m_failed(checked(tr("Failed"), u"resellerFailedCheck"_s, this))
    , m_calltype(choiceBox(u"resellerCalltypeBox"_s, this))
    , m_callbilling(choiceBox(u"resellerCallbillingBox"_s, this))
    , m_account(choiceBox(u"resellerAccountBox"_s, this))
    , m_lists(new QPushButton(tr("&Load Choices"), this))
    , m_fetch(new QPushButton(tr("&Fetch"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_import(new QPushButton(tr("&Import into Store"), this))
    , m_progress(new QProgressBar(this))
    , m_table(new QTableWidget(0, 8, this))
    , m_status(new QLabel(this))
{
    setObjectName(u"voipmsResellerView"_s);
    setWindowTitle(tr("voip.ms Reseller CDRs"));
    resize(900, 560);
    m_connection->setObjectName(u"resellerConnectionBox"_s);
    m_client->setObjectName(u"resellerClientEdit"_s);
    m_client->setPlaceholderText(tr("reseller client ID, e.g. 561115"));
    for (QDateEdit *date : {m_from, m_to}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    m_from->setObjectName(u"resellerFromEdit"_s);
    m_to->setObjectName(u"resellerToEdit"_s);
    m_lists->setObjectName(u"resellerListsButton"_s);
    m_lists->setToolTip(tr("Ask voip.ms for the client's accounts and call types, and the call billing choices"));
    m_fetch->setObjectName(u"resellerFetchButton"_s);
    m_fetch->setDefault(true);
    m_cancel->setObjectName(u"resellerCancelButton"_s);
    m_cancel->setShortcut(QKeySequence::Cancel);
    m_import->setObjectName(u"resellerImportButton"_s);
    m_import->setToolTip(tr("Store these calls (a call stored before is replaced, never doubled)"));
    m_progress->setObjectName(u"resellerProgress"_s);
    m_progress->setFormat(tr("%v of %m days"));
    m_table->setObjectName(u"resellerTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Start (UTC)"), tr("Caller"), tr("Destination"), tr("Account"), tr("Status"),
                                        tr("Talk time"), tr("Cost"), tr("Unique ID")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status->setObjectName(u"resellerStatusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_to);
    period->addStretch(1);
    auto *dispositions = new QHBoxLayout;
    for (QCheckBox *box : {m_answered, m_noanswer, m_busy, m_failed})
        dispositions->addWidget(box);
    dispositions->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Connection:"), m_connection);
    form->addRow(tr("C&lient:"), m_client);
    form->addRow(tr("&Period:"), period);
    form->addRow(tr("Dispositions:"), dispositions);
    form->addRow(tr("Call &type:"), m_calltype);
    form->addRow(tr("Call &billing:"), m_callbilling);
    form->addRow(tr("&Account:"), m_account);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_lists);
    buttons->addStretch(1);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_fetch);
    buttons->addWidget(m_cancel);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_import);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_fetch, &QPushButton::clicked, this, &VoipmsResellerView::fetch);
    connect(m_client, &QLineEdit::returnPressed, this, &VoipmsResellerView::fetch);
    connect(m_cancel, &QPushButton::clicked, this, &VoipmsResellerView::cancelRequested);
    connect(m_lists, &QPushButton::clicked, this, [this] {
        if (m_connection->currentText().isEmpty())
            return;
        showMessage(tr("Asking voip.ms…"));
        Q_EMIT listsRequested(m_connection->currentText(), m_client->text().trimmed());
    });
    connect(m_import, &QPushButton::clicked, this, [this] {
        m_import->setEnabled(false);
        showMessage(tr("Importing %n call(s)…", nullptr, int(m_calls.size())));
        Q_EMIT importRequested(m_calls);
    });
    setBusy(false);
    m_client->setText(ViewState::value(StateKey + u"/client"_s));
    ViewState::restoreGeometry(this, StateKey);
    ViewState::restoreHeader(m_table->horizontalHeader(), StateKey);
}

void VoipmsResellerView::hideEvent(QHideEvent *event)
{
    ViewState::saveGeometry(this, StateKey);
    ViewState::saveHeader(m_table->horizontalHeader(), StateKey);
    QDialog::hideEvent(event);
}

void VoipmsResellerView::setConnections(const QStringList &names)
{
    const QString current = m_connection->currentText();
    m_connection->clear();
    m_connection->addItems(names);
    m_connection->setCurrentText(current);
    m_fetch->setEnabled(!names.isEmpty());
    m_lists->setEnabled(!names.isEmpty());
    if (names.isEmpty())
        showMessage(tr("The store has no voip.ms connection: add one under Providers › Connections."));
}

QString VoipmsResellerView::valueOf(const QComboBox *box)
{
    const int index = box->findText(box->currentText());
    return index >= 0 ? box->itemData(index).toString() : box->currentText().trimmed();
}

VoipmsCdrQuery VoipmsResellerView::query() const
{
    VoipmsCdrQuery query;
    query.client = m_client->text().trimmed();
    query.dateFrom = m_from->date();
    query.dateTo = m_to->date();
    query.answered = m_answered->isChecked();
    query.noanswer = m_noanswer->isChecked();
    query.busy = m_busy->isChecked();
    query.failed = m_failed->isChecked();
    query.calltype = valueOf(m_calltype);
    query.callbilling = valueOf(m_callbilling);
    query.account = valueOf(m_account);
    return query;
}

QString VoipmsResellerView::problem() const
{
    const VoipmsCdrQuery q = query();
    if (m_connection->currentText().isEmpty())
        return tr("Choose a voip.ms connection.");
    if (q.client.isEmpty())
        return tr("Type the reseller client's ID.");
    if (q.dateTo < q.dateFrom)
        return tr("The period ends before it starts.");
    if (!q.answered && !q.noanswer && !q.busy && !q.failed)
        return tr("Tick at least one disposition.");
    return {};
}

void VoipmsResellerView::fetch()
{
    if (!m_fetch->isEnabled())
        return;
    if (const QString wrong = problem(); !wrong.isEmpty())
        return showError(wrong);
    ViewState::saveValue(StateKey + u"/client"_s, query().client);
    setBusy(true);
    m_calls.clear();
    m_table->setRowCount(0);
    showMessage(tr("Fetching the calls of client %1…").arg(query().client));
    Q_EMIT fetchRequested(m_connection->currentText(), query());
}

void VoipmsResellerView::setBusy(bool busy)
{
    m_fetch->setEnabled(!busy && m_connection->count() > 0);
    m_cancel->setEnabled(busy);
    m_import->setEnabled(!busy && !m_calls.isEmpty());
    m_progress->setVisible(busy);
    if (busy)
        m_progress->setRange(0, 0);
}

void VoipmsResellerView::setProgress(qint64 daysDone, qint64 days)
{
    m_progress->setRange(0, int(days));
    m_progress->setValue(int(daysDone));
}

void VoipmsResellerView::showCalls(const QList<CallRecord> &calls)
{
    m_calls = calls;
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(calls.size()));
    for (int row = 0; row < calls.size(); ++row) {
        const CallRecord &call = calls.at(row);
        const QString caller = call.sname.isEmpty() ? call.snumber : u"%1 <%2>"_s.arg(call.sname, call.snumber);
        const QStringList cells{TimeUtil::formatIso(call.start), caller,      call.cnumber,
                                call.accountcode,                call.status, QString::number(call.talktime),
                                call.cost.toString(),            call.uniqueid};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->setSortingEnabled(true);
    setBusy(false);
    showMessage(calls.isEmpty() ? tr("voip.ms has no calls of this client in the period.")
                                : tr("%n call(s) of client %1; Import stores them.", nullptr, int(calls.size()))
                                      .arg(query().client));
}

void VoipmsResellerView::setChoices(QComboBox *box, const QList<VoipmsValue> &values)
{
    const QString current = valueOf(box);
    while (box->count() > 1)
        box->removeItem(1);
    for (const VoipmsValue &value : values) {
        if (value.value != u"all")  // voip.ms's "no filter" is the box's own "All"
            box->addItem(value.description.isEmpty() ? value.value : value.description, value.value);
    }
    if (const int index = box->findData(current); index >= 0)
        box->setCurrentIndex(index);
    else
        box->setEditText(current);
}

void VoipmsResellerView::showLists(const VoipmsLists &lists)
{
    setChoices(m_calltype, lists.callTypes);
    setChoices(m_callbilling, lists.callBilling);
    setChoices(m_account, lists.accounts);
    showMessage(tr("%1 accounts and %2 call types of the client.").arg(lists.accounts.size()).arg(lists.callTypes.size()));
}

void VoipmsResellerView::showMessage(const QString &message)
{
    m_status->setStyleSheet(QString());
    m_status->setText(message);
}

void VoipmsResellerView::showError(const QString &message)
{
    setBusy(false);
    m_status->setStyleSheet(u"color: #c0392b"_s);
    m_status->setText(message);
}

void VoipmsResellerView::showImported(const QString &message)
{
    setBusy(false);
    showMessage(message);
}

QString VoipmsResellerView::statusText() const
{
    return m_status->text();
}
