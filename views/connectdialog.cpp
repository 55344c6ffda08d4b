#include "connectdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

int defaultPortOf(DatabaseSpec::Kind kind)
{
    DatabaseSpec spec;
    spec.kind = kind;
    return spec.defaultPort();
}

} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_kindCombo(new QComboBox(this))
    , m_hostEdit(new QLineEdit(u"localhost"_s, this))
    , m_portSpin(new QSpinBox(this))
    , m_databaseEdit(new QLineEdit(this))
    , m_userEdit(new QLineEdit(this))
    , m_passwordEdit(new QLineEdit(this))
    , m_rememberCheck(new QCheckBox(tr("&Remember the password in the system keychain"), this))
    , m_attachCheck(new QCheckBox(tr("&Attach read-only to an Asterisk CDR table (cdr)"), this))
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"ConnectDialog"_s);
    setWindowTitle(tr("Connect to a Database Server"));

    m_kindCombo->setObjectName(u"kindCombo"_s);
    m_kindCombo->addItem(tr("PostgreSQL"), int(DatabaseSpec::Kind::PostgreSQL));
    m_kindCombo->addItem(tr("MariaDB / MySQL"), int(DatabaseSpec::Kind::MySQL));
    m_hostEdit->setObjectName(u"hostEdit"_s);
    m_portSpin->setObjectName(u"portSpin"_s);
    m_portSpin->setRange(1, 65535);
    m_databaseEdit->setObjectName(u"databaseEdit"_s);
    m_userEdit->setObjectName(u"userEdit"_s);
    m_passwordEdit->setObjectName(u"passwordEdit"_s);
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_rememberCheck->setObjectName(u"rememberCheck"_s);
    m_attachCheck->setObjectName(u"attachCheck"_s);
    m_attachCheck->setToolTip(tr("Browse the cdr table that Asterisk or FreePBX writes, without writing to it: "
                                 "no tables are created and a user with SELECT only is enough."));
    m_buttonBox->setObjectName(u"buttonBox"_s);
    m_buttonBox->button(QDialogButtonBox::Ok)->setText(tr("C&onnect"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Server type:"), m_kindCombo);
    form->addRow(tr("&Host:"), m_hostEdit);
    form->addRow(tr("&Port:"), m_portSpin);
    form->addRow(tr("&Database:"), m_databaseEdit);
    form->addRow(tr("&User:"), m_userEdit);
    form->addRow(tr("Pass&word:"), m_passwordEdit);
    form->addRow(QString(), m_rememberCheck);
    form->addRow(QString(), m_attachCheck);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttonBox);

    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &ConnectDialog::onKindChanged);
    for (QLineEdit *edit : {m_hostEdit, m_databaseEdit, m_userEdit})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateOkButton);

    onKindChanged();
    updateOkButton();
}

void ConnectDialog::setSpec(const DatabaseSpec &spec)
{
    if (spec.isServer()) {
        const int index = m_kindCombo->findData(int(spec.kind));
        if (index >= 0)
            m_kindCombo->setCurrentIndex(index);
    }
    m_hostEdit->setText(spec.host.isEmpty() ? u"localhost"_s : spec.host);
    m_portSpin->setValue(spec.port > 0 ? spec.port : m_defaultPort);
    m_databaseEdit->setText(spec.database);
    m_userEdit->setText(spec.user);
    m_passwordEdit->clear();
    m_attachCheck->setChecked(spec.isAttached());
    m_attachTable = spec.attachTable;
}

DatabaseSpec ConnectDialog::spec() const
{
    DatabaseSpec spec;
    spec.kind = kind();
    spec.host = m_hostEdit->text().trimmed();
    spec.port = m_portSpin->value();
    spec.database = m_databaseEdit->text().trimmed();
    spec.user = m_userEdit->text().trimmed();
    spec.password = m_passwordEdit->text();
    if (m_attachCheck->isChecked()) {
        spec.attach = DatabaseSpec::Attach::AsteriskCdr;
        spec.attachTable = m_attachTable.isEmpty() ? u"cdr"_s : m_attachTable;
    }
    return spec;
}

void ConnectDialog::setRememberPassword(bool remember)
{
    m_rememberCheck->setChecked(remember);
}

bool ConnectDialog::rememberPassword() const
{
    return m_rememberCheck->isChecked();
}

void ConnectDialog::onKindChanged()
{
    const int previousDefault = std::exchange(m_defaultPort, defaultPortOf(kind()));
    if (m_portSpin->value() == previousDefault || previousDefault == 0)
        m_portSpin->setValue(m_defaultPort);
}

void ConnectDialog::updateOkButton()
{
    const bool complete = !m_hostEdit->text().trimmed().isEmpty()
        && !m_databaseEdit->text().trimmed().isEmpty()
        && !m_userEdit->text().trimmed().isEmpty();
    m_buttonBox->button(QDialogButtonBox::Ok)->setEnabled(complete);
}

DatabaseSpec::Kind ConnectDialog::kind() const
{
    return DatabaseSpec::Kind(m_kindCombo->currentData().toInt());
}
