#include "connectioneditdialog.h"

#include "providers/voipmsclient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLineEdit *lineEdit(QWidget *parent, const QString &objectName, const QString &text)
{
    auto *edit = new QLineEdit(text, parent);
    edit->setObjectName(objectName);
    return edit;
}

QString kindTitle(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::Enswitch:
        return QCoreApplication::translate("ConnectionEditDialog", "Enswitch JSON API");
    case ProviderKind::Voipms:
        return QCoreApplication::translate("ConnectionEditDialog", "voip.ms REST API");
    case ProviderKind::Kazoo:
        return QCoreApplication::translate("ConnectionEditDialog", "Kazoo (2600Hz) crossbar");
    case ProviderKind::Pbx:
        return QCoreApplication::translate("ConnectionEditDialog", "PBX REST API");
    }
    return {};
}

} // namespace

ConnectionEditDialog::ConnectionEditDialog(const Connection &existing, QWidget *parent)
    : QDialog(parent)
    , m_existing(existing)
    , m_name(lineEdit(this, u"connectionNameEdit"_s, existing.name))
    , m_kind(new QComboBox(this))
    , m_url(lineEdit(this, u"connectionUrlEdit"_s, existing.url.toString()))
    , m_user(lineEdit(this, u"connectionUserEdit"_s, existing.user))
    , m_account(lineEdit(this, u"connectionAccountEdit"_s, existing.account))
    , m_customer(lineEdit(this, u"connectionCustomerEdit"_s, existing.customer))
    , m_timezone(lineEdit(this, u"connectionTimezoneEdit"_s, existing.timezone))
    , m_allowHttp(new QCheckBox(tr("Allow plain &HTTP to this host (credentials travel unencrypted)"), this))
    , m_pageSize(new QSpinBox(this))
    , m_autoMinutes(new QSpinBox(this))
    , m_secret(lineEdit(this, u"connectionSecretEdit"_s, QString()))
    , m_secretNotice(new QLabel(this))
    , m_error(new QLabel(this))
    , m_urlHint(new QLabel(this))
{
    const bool adding = existing.id == 0;
    setObjectName(u"connectionEditDialog"_s);
    setWindowTitle(adding ? tr("Add Connection") : tr("Edit Connection \"%1\"").arg(existing.name));
    m_kind->setObjectName(u"connectionKindBox"_s);
    for (ProviderKind kind : {ProviderKind::Enswitch, ProviderKind::Voipms, ProviderKind::Kazoo, ProviderKind::Pbx})
        m_kind->addItem(kindTitle(kind), ProviderKinds::name(kind));
    m_kind->setCurrentIndex(m_kind->findData(ProviderKinds::name(existing.kind)));
    m_kind->setEnabled(adding);  // the calls' source names the kind
    m_name->setEnabled(adding);  // … and the connection
    m_allowHttp->setObjectName(u"connectionAllowHttpBox"_s);
    m_allowHttp->setChecked(existing.allowHttp);
    m_pageSize->setObjectName(u"connectionPageSizeBox"_s);
    m_pageSize->setRange(1, 100000);
    m_pageSize->setValue(existing.pageSize);
    m_autoMinutes->setObjectName(u"connectionAutoSyncBox"_s);
    m_autoMinutes->setRange(0, 7 * 24 * 60);
    m_autoMinutes->setSpecialValueText(tr("Only on demand"));
    m_autoMinutes->setSuffix(tr(" min"));
    m_autoMinutes->setValue(existing.autoSyncMinutes);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(adding ? QString() : tr("unchanged"));
    m_secretNotice->setObjectName(u"connectionSecretNotice"_s);
    m_secretNotice->setWordWrap(true);
    m_error->setObjectName(u"connectionEditError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: palette(highlight); font-weight: bold"_s);
    m_error->hide();
    m_urlHint->setWordWrap(true);
    m_urlHint->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Provider:"), m_kind);
    form->addRow(tr("API &URL:"), m_url);
    form->addRow(QString(), m_urlHint);
    form->addRow(tr("U&ser:"), m_user);
    form->addRow(tr("&Account ID:"), m_account);
    form->addRow(tr("Operator's &customer:"), m_customer);
    form->addRow(tr("&Time zone (UTC offset, hours):"), m_timezone);
    form->addRow(QString(), m_allowHttp);
    form->addRow(tr("Calls per &request:"), m_pageSize);
    form->addRow(tr("Sync a&utomatically every:"), m_autoMinutes);
    form->addRow(tr("Pass&word or token:"), m_secret);
    form->addRow(QString(), m_secretNotice);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"connectionSaveButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectionEditDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ConnectionEditDialog::updateForKind);
    updateForKind();
}

void ConnectionEditDialog::updateForKind()
{
    const ProviderKind kind = ProviderKinds::fromName(m_kind->currentData().toString()).value_or(ProviderKind::Enswitch);
    m_timezone->setEnabled(kind == ProviderKind::Voipms);
    m_account->setEnabled(kind == ProviderKind::Kazoo || kind == ProviderKind::Voipms);
    m_customer->setEnabled(kind == ProviderKind::Enswitch || kind == ProviderKind::Voipms);
    m_user->setEnabled(kind != ProviderKind::Kazoo);
    // A new Enswitch connection syncs every customer under the operator's (unset would be the
    // operator's own customer only, which on a system account has no calls).
    if (m_existing.id == 0) {
        if (kind == ProviderKind::Enswitch && m_customer->text().isEmpty())
            m_customer->setText(u"all"_s);
        else if (kind != ProviderKind::Enswitch && m_customer->text() == u"all")
            m_customer->clear();
    }
    // A new Enswitch connection syncs every customer under the operator's (unset would be the
    // operator's own customer only, which on a system account has no calls).
    if (m_existing.id == 0) {
        if (kind == ProviderKind::Enswitch && m_customer->text().isEmpty())
            m_customer->setText(u"all"_s);
        else if (kind != ProviderKind::Enswitch && m_customer->text() == u"all")
            m_customer->clear();
    }
    switch (kind) {
    case ProviderKind::Enswitch:
        m_urlHint->setText(tr("The server, e.g. https://enswitch.example.com (…/api/json/ is added). Customer: all, an ID, external, postpaid, prepaid or system."));
        m_url->setPlaceholderText(u"https://enswitch.example.com"_s);
        m_customer->setPlaceholderText(u"all"_s);
        break;
    case ProviderKind::Voipms:
        m_urlHint->setText(tr("The REST endpoint, e.g. https://voip.ms/api/v1/rest.php. Customer: a reseller client ID; account: one account's calls only."));
        m_url->setPlaceholderText(u"https://voip.ms/api/v1/rest.php"_s);
        m_customer->setPlaceholderText(QString());
        break;
    case ProviderKind::Kazoo:
        m_urlHint->setText(tr("The crossbar server, e.g. https://kazoo.example.com:8443 (…/v2/accounts/ID/cdrs is added). The secret is the auth token."));
        m_url->setPlaceholderText(u"https://kazoo.example.com:8443"_s);
        break;
    case ProviderKind::Pbx:
        m_urlHint->setText(tr("The PBX, e.g. https://pbx.example.com (…/rest/call/read is added); user and password for HTTP Basic."));
        m_url->setPlaceholderText(u"https://pbx.example.com"_s);
        break;
    }
}

Connection ConnectionEditDialog::connection() const
{
    Connection c = m_existing;
    c.name = m_name->text().trimmed();
    c.kind = ProviderKinds::fromName(m_kind->currentData().toString()).value_or(ProviderKind::Enswitch);
    c.url = QUrl(m_url->text().trimmed());
    c.user = m_user->isEnabled() ? m_user->text().trimmed() : QString();
    c.account = m_account->isEnabled() ? m_account->text().trimmed() : QString();
    c.customer = m_customer->isEnabled() ? m_customer->text().trimmed() : QString();
    c.timezone = m_timezone->isEnabled() ? m_timezone->text().trimmed() : QString();
    c.allowHttp = m_allowHttp->isChecked();
    c.pageSize = m_pageSize->value();
    c.autoSyncMinutes = m_autoMinutes->value();
    return c;
}

QString ConnectionEditDialog::secret() const
{
    return m_secret->text();
}

void ConnectionEditDialog::setSecretNotice(const QString &notice)
{
    m_secretNotice->setText(notice);
}

QString ConnectionEditDialog::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

QString ConnectionEditDialog::problem() const
{
    const Connection c = connection();
    if (c.name.isEmpty())
        return tr("Give the connection a name.");
    const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http"))
        return tr("The API URL must be a full http:// or https:// address.");
    if (!url.password().isEmpty())
        return tr("The API URL holds a password: remove it from the URL and type it in the password field, which keeps it out of the store.");
    if (c.kind == ProviderKind::Kazoo && c.account.isEmpty())
        return tr("Kazoo needs the account ID.");
    if (c.kind != ProviderKind::Kazoo && c.user.isEmpty())
        return tr("Give the user the API signs in as.");
    if (c.kind == ProviderKind::Voipms && !c.timezone.isEmpty()) {
        if (!VoipmsClient::zoneOfOffset(c.timezone))
            return tr("The time zone is an offset in hours from -12 to 13, e.g. -5 or 5.5.");
    }
    if (m_existing.id == 0 && m_secret->text().isEmpty())
        return tr("Type the password or token.");
    return {};
}

void ConnectionEditDialog::accept()
{
    const QString why = problem();
    m_error->setText(why);
    m_error->setVisible(!why.isEmpty());
    if (why.isEmpty())
        QDialog::accept();
}
