#include "voipmsratesview.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

VoipmsRatesView::VoipmsRatesView(QWidget *parent)
    : QDialog(parent)
    , m_connection(new QComboBox(this))
    , m_mode(new QComboBox(this))
    , m_id(new QLineEdit(this))
    , m_query(new QLineEdit(this))
    , m_search(new QPushButton(tr("&Search"), this))
    , m_table(new QTableWidget(0, 0, this))
    , m_status(new QLabel(this))
{
    setObjectName(u"voipmsRatesView"_s);
    setWindowTitle(tr("voip.ms Rate Search"));
    resize(760, 460);
    m_connection->setObjectName(u"ratesConnectionBox"_s);
    m_mode->setObjectName(u"ratesModeBox"_s);
    m_mode->addItem(tr("Client rates of a package (getRates)"), int(Mode::Package));
    m_mode->addItem(tr("Termination rates of a route (getTerminationRates)"), int(Mode::Route));
    m_id->setObjectName(u"ratesIdEdit"_s);
    m_id->setPlaceholderText(tr("package ID, e.g. 92364"));
    m_query->setObjectName(u"ratesQueryEdit"_s);
    m_query->setPlaceholderText(tr("destination or prefix, e.g. Canada or 1418"));
    m_search->setObjectName(u"ratesSearchButton"_s);
    m_search->setDefault(true);
    m_table->setObjectName(u"ratesTable"_s);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status->setObjectName(u"ratesStatusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Connection:"), m_connection);
    form->addRow(tr("&Rates:"), m_mode);
    form->addRow(tr("&Package or route:"), m_id);
    form->addRow(tr("&Query:"), m_query);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_search, 0, Qt::AlignRight);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        m_id->setPlaceholderText(Mode(m_mode->currentData().toInt()) == Mode::Package ? tr("package ID, e.g. 92364")
                                                                                       : tr("route code, e.g. 2"));
    });
    connect(m_search, &QPushButton::clicked, this, &VoipmsRatesView::search);
    connect(m_query, &QLineEdit::returnPressed, this, &VoipmsRatesView::search);
}

void VoipmsRatesView::setConnections(const QStringList &names)
{
    const QString current = m_connection->currentText();
    m_connection->clear();
    m_connection->addItems(names);
    m_connection->setCurrentText(current);
    m_search->setEnabled(!names.isEmpty());
    if (names.isEmpty())
        m_status->setText(tr("The store has no voip.ms connection: add one under Providers › Connections."));
}

void VoipmsRatesView::search()
{
    const QString id = m_id->text().trimmed();
    const QString query = m_query->text().trimmed();
    if (m_connection->currentText().isEmpty() || id.isEmpty() || query.isEmpty()) {
        m_status->setText(tr("Choose a connection and type the package or route and a query."));
        return;
    }
    setBusy(true);
    m_status->setText(tr("Asking voip.ms…"));
    Q_EMIT searchRequested(m_connection->currentText(), Mode(m_mode->currentData().toInt()), id, query);
}

void VoipmsRatesView::setBusy(bool busy)
{
    m_search->setEnabled(!busy);
}

void VoipmsRatesView::showRates(const QList<VoipmsRate> &rates)
{
    setBusy(false);
    m_table->setSortingEnabled(false);
    m_table->clear();
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Prefix"), tr("Destination"), tr("Client rate"), tr("Client increment"),
                                        tr("Real rate"), tr("Real increment")});
    m_table->setRowCount(int(rates.size()));
    for (int r = 0; r < rates.size(); ++r) {
        const VoipmsRate &rate = rates[r];
        const QStringList cells = {rate.prefix, rate.destination, rate.clientRate.toString(),
                                   QString::number(rate.clientIncrement), rate.realRate.toString(),
                                   QString::number(rate.realIncrement)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    m_status->setText(tr("%n rate(s).", nullptr, int(rates.size())));
}

void VoipmsRatesView::showTerminationRates(const VoipmsTerminationRates &rates)
{
    setBusy(false);
    m_table->setSortingEnabled(false);
    m_table->clear();
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Prefix"), tr("Destination"), tr("Rate"), tr("Increment")});
    m_table->setRowCount(int(rates.rates.size()));
    for (int r = 0; r < rates.rates.size(); ++r) {
        const VoipmsTerminationRate &rate = rates.rates[r];
        const QStringList cells = {rate.prefix, rate.destination, rate.rate.toString(), QString::number(rate.increment)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    m_status->setText(tr("%n rate(s) on route %1 (%2).", nullptr, int(rates.rates.size()))
                          .arg(rates.route.value, rates.route.description.trimmed()));
}

void VoipmsRatesView::showError(const QString &message)
{
    setBusy(false);
    m_table->setRowCount(0);
    m_status->setText(message);
}

QString VoipmsRatesView::statusText() const
{
    return m_status->text();
}
