#include "createcalldialog.h"

#include "billing/callcreator.h"
#include "core/timeutil.h"
#include "store/storejob.h"
#include "viewstate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CreateCallDialog::CreateCallDialog(const DatabaseSpec &spec, QWidget *parent)
    : QDialog(parent)
    , m_spec(spec)
    , m_job(new StoreJob(this))
    , m_status(new QLabel(this))
    , m_target(new QComboBox(this))
{
    setObjectName(u"createCallDialog"_s);
    setWindowTitle(tr("Create Call"));
    setAccessibleName(tr("Create a call record"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const CreateCallField &field : CallCreator::fields()) {
        if (field.name == u"validation")
            continue; // the Validate Only button
        auto *edit = new QLineEdit(this);
        edit->setObjectName(field.name + u"Edit"_s);
        edit->setAccessibleName(field.name);
        edit->setAccessibleDescription(field.description);
        edit->setToolTip(field.description);
        edit->setPlaceholderText(field.required ? tr("required") : field.defaultText.isEmpty() ? tr("empty") : field.defaultText);
        auto *error = new QLabel(this);
        error->setObjectName(field.name + u"Error"_s);
        error->setWordWrap(true);
        error->setStyleSheet(u"color: #b00020;"_s);
        error->hide();
        auto *cell = new QVBoxLayout;
        cell->setSpacing(2);
        cell->addWidget(edit);
        cell->addWidget(error);
        auto *label = new QLabel(field.required ? tr("%1 *").arg(field.name) : field.name, this);
        label->setBuddy(edit);
        label->setToolTip(field.description);
        form->addRow(label, cell);
        m_edits.insert(field.name, edit);
        m_errors.insert(field.name, error);
    }
    auto *inner = new QWidget(this);
    inner->setLayout(form);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"createCallScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setWidget(inner);

    m_status->setObjectName(u"createCallStatusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_validate = buttons->addButton(tr("&Validate Only"), QDialogButtonBox::ActionRole);
    m_validate->setObjectName(u"validateOnlyButton"_s);
    m_create = buttons->addButton(tr("C&reate"), QDialogButtonBox::ActionRole);
    m_create->setObjectName(u"createCallButton"_s);
    m_create->setDefault(true);
    connect(m_validate, &QPushButton::clicked, this, &CreateCallDialog::validateOnly);
    connect(m_create, &QPushButton::clicked, this, &CreateCallDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_job, &StoreJob::finished, this, &CreateCallDialog::onFinished);

    m_target->setObjectName(u"createCallTargetBox"_s);
    m_target->setAccessibleName(tr("Create on"));
    m_target->setToolTip(tr("Write the call to this store, or send it to an Enswitch connection's cdrs/create"));
    setEnswitchConnections({});
    auto *target = new QFormLayout;
    target->addRow(tr("Create &on:"), m_target);

    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("The parameters of Enswitch's cdrs/create. Those marked * are required; an empty line "
                               "takes the default shown in it. Times are Unix seconds."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(scroll, 1);
    layout->addLayout(target);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(560, 720);
    ViewState::restoreGeometry(this, u"createCall"_s);
}

CreateCallDialog::~CreateCallDialog()
{
    m_job->wait();
    ViewState::saveGeometry(this, u"createCall"_s);
}

QHash<QString, QString> CreateCallDialog::parameters() const
{
    QHash<QString, QString> values;
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
        const QString text = it.value()->text().trimmed();
        if (!text.isEmpty())
            values.insert(it.key(), text);
    }
    return values;
}

void CreateCallDialog::setValue(const QString &field, const QString &value)
{
    if (QLineEdit *edit = m_edits.value(field))
        edit->setText(value);
}

QString CreateCallDialog::fieldError(const QString &field) const
{
    const QLabel *label = m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

QString CreateCallDialog::statusText() const
{
    return m_status->text();
}

void CreateCallDialog::clearErrors()
{
    for (QLabel *label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
}

void CreateCallDialog::setEnswitchConnections(const QStringList &names)
{
    const QString current = m_target->currentData().toString();
    m_target->clear();
    m_target->addItem(tr("This store"), QString());
    for (const QString &name : names)
        m_target->addItem(tr("Enswitch \"%1\"").arg(name), name);
    m_target->setCurrentIndex(qMax(0, m_target->findData(current)));
    m_target->setEnabled(!names.isEmpty());
}

void CreateCallDialog::showFieldError(const QString &field, const QString &message)
{
    QLabel *label = m_errors.value(field);
    if (!label)
        return;
    label->setText(message);
    label->show();
    m_edits.value(field)->setFocus();
    m_edits.value(field)->selectAll();
}

void CreateCallDialog::showEnswitchResult(int code, int errorCode, const QString &key, const QString &providerMessage,
                                          const QString &message)
{
    setBusy(false);
    const QString name = std::exchange(m_sentTo, QString());
    if (code == 201)
        return m_status->setText(tr("Valid on Enswitch \"%1\" (201); nothing was stored there.").arg(name));
    if (code == 204) {
        m_status->setText(tr("Created on Enswitch \"%1\" (204).").arg(name));
        return;
    }
    if (!key.isEmpty())
        showFieldError(key, tr("Enswitch (%1): %2").arg(errorCode).arg(providerMessage));
    m_status->setText(tr("Not created on Enswitch \"%1\": %2").arg(name, message));
}

void CreateCallDialog::setBusy(bool busy)
{
    m_validate->setEnabled(!busy);
    m_create->setEnabled(!busy);
}

void CreateCallDialog::validateOnly()
{
    submit(true);
}

void CreateCallDialog::create()
{
    submit(false);
}

void CreateCallDialog::submit(bool validationOnly)
{
    if (m_job->isBusy() || !m_sentTo.isEmpty())
        return;
    clearErrors();
    QHash<QString, QString> values = parameters();
    if (const QString enswitch = m_target->currentData().toString(); !enswitch.isEmpty()) {
        // The lines in the dialog's order; validation only when asked (Enswitch's default is 0).
        QList<std::pair<QString, QString>> sent;
        for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
            if (values.contains(it.key()))
                sent.append({it.key(), values.value(it.key())});
        }
        if (validationOnly)
            sent.append({u"validation"_s, u"1"_s});
        m_sentTo = enswitch;
        m_status->setText(tr("Sending to Enswitch \"%1\"…").arg(enswitch));
        setBusy(true);
        Q_EMIT enswitchRequested(enswitch, sent);
        return;
    }
    values.insert(u"validation"_s, validationOnly ? u"1"_s : u"0"_s);
    m_status->setText(validationOnly ? tr("Checking…") : tr("Creating the call…"));
    setBusy(true);
    m_job->start(m_spec, [values](Database &database, const ProgressCallback &) -> Result<std::any> {
        Result<CreateCallOutcome> outcome = CallCreator(database).create(values);
        if (!outcome)
            return Error{outcome.error()};
        return std::any(*outcome);
    });
}

void CreateCallDialog::onFinished()
{
    setBusy(false);
    const auto *outcome = m_job->value<CreateCallOutcome>();
    if (!outcome) {
        m_status->setText(m_job->error());
        return;
    }
    if (outcome->code == 400) {
        showFieldError(outcome->key, outcome->message);
        m_status->setText(tr("Not created: %1: %2").arg(outcome->key, outcome->message));
        return;
    }
    const CallRecord &call = outcome->call;
    const QString summary = tr("uniqueid %1, %2 → %3, start %4, talk time %5 s, status %6, cost %7 %8")
                                .arg(call.uniqueid, call.snumber, call.cnumber, TimeUtil::formatIso(call.start))
                                .arg(call.talktime)
                                .arg(call.status, call.cost.toString(2), call.currency);
    if (outcome->code == 201) {
        m_status->setText(tr("Valid (201); nothing was written. The call would be: %1.").arg(summary));
        return;
    }
    QString text = tr("Created call %1 (204): %2.").arg(outcome->callId).arg(summary);
    if (outcome->balance)
        text += u' ' + tr("The customer's balance is now %1.").arg(outcome->balance->toString(2));
    if (!outcome->invoices.isEmpty())
        text += u' ' + tr("%n draft invoice(s) brought up to date.", nullptr, int(outcome->invoices.size()));
    m_status->setText(text);
    Q_EMIT callCreated();
}
