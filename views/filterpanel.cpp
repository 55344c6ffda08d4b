#include "filterpanel.h"

#include "customerscopebox.h"
#include "savedviewsbox.h"
#include "textfilteredit.h"
#include "voipmslistsbox.h"

#include "numbers/numberanalyzer.h"
#include "providers/voipmslists.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const QString ErrorStyle = u"color: #c0392b"_s;

QLabel *errorLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setStyleSheet(ErrorStyle);
    label->setWordWrap(true);
    label->hide();
    return label;
}

void showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

// The message of validate() without its "key: " prefix (the field beside it names it), or "".
QString problemOf(const CallFilter &filter)
{
    const Result<void> valid = filter.validate();
    if (valid)
        return {};
    const QString &message = valid.error();
    const qsizetype colon = message.indexOf(u": "_s);
    return colon > 0 && !message.left(colon).contains(u' ') ? message.mid(colon + 2) : message;
}

} // namespace

FilterPanel::FilterPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_timeRange(new QLabel(this))
    , m_archive(new QCheckBox(tr("Include &archived calls"), this))
    , m_customers(new CustomerScopeBox(this))
    , m_callbilling(new QComboBox(this))
    , m_calltype(new QComboBox(this))
    , m_voipmsLists(new VoipmsListsBox(this))
    , m_savedViews(new SavedViewsBox(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(u"filterPanel"_s);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &FilterPanel::apply);

    m_summary->setObjectName(u"filterSummary"_s);
    m_summary->setAccessibleName(tr("Active filter"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *applyButton = new QPushButton(tr("Apply"), this);
    applyButton->setObjectName(u"applyFiltersButton"_s);
    applyButton->setToolTip(tr("Apply the filters now (Ctrl+Return); they also apply by themselves when you pause typing"));
    auto *clearButton = new QPushButton(tr("C&lear All"), this);
    clearButton->setObjectName(u"clearFiltersButton"_s);
    clearButton->setToolTip(tr("Remove every filter and the quick search (Ctrl+Shift+Backspace)"));
    connect(applyButton, &QPushButton::clicked, this, &FilterPanel::apply);
    connect(clearButton, &QPushButton::clicked, this, &FilterPanel::clearRequested);
    auto *applyShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this, this, &FilterPanel::apply,
                                        Qt::WidgetWithChildrenShortcut);
    applyShortcut->setObjectName(u"applyFiltersShortcut"_s);
    auto *clearShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace), this, this,
                                        &FilterPanel::clearRequested, Qt::WidgetWithChildrenShortcut);
    clearShortcut->setObjectName(u"clearFiltersShortcut"_s);

    buildTextFilters();

    auto *content = new QWidget(this);
    content->setObjectName(u"filterGroups"_s);
    auto *groups = new QVBoxLayout(content);
    auto *views = new QGroupBox(tr("Saved views"), content);
    views->setObjectName(u"savedViewsGroup"_s);
    (new QVBoxLayout(views))->addWidget(m_savedViews);
    groups->addWidget(views);
    for (QWidget *box : {timeGroup(), partiesGroup(), outcomeGroup(), customerGroup(), billingGroup(), sipGroup()})
        groups->addWidget(box);
    groups->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"filterScroll"_s);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(applyButton);
    buttons->addWidget(clearButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(scroll, 1);
    setSummary(QString());
}

void FilterPanel::buildTextFilters()
{
    m_labels = {
        {u"callername_number"_s, tr("Caller name")},  {u"callid"_s, tr("Call ID")},
        {u"direction"_s, tr("Direction")},            {u"phone"_s, tr("Phone line")},
        {u"status"_s, tr("Status")},                  {u"stype"_s, tr("Source type")},
        {u"snumber"_s, tr("Source number")},          {u"ctype"_s, tr("Called type")},
        {u"cnumber"_s, tr("Called number")},          {u"dtype"_s, tr("Destination type")},
        {u"dnumber"_s, tr("Destination number")},     {u"account"_s, tr("Account")},
        {u"areacode"_s, tr("Area code")},             {u"sipfrom"_s, tr("SIP From")},
        {u"sipto"_s, tr("SIP To")},                   {u"ip"_s, tr("IP address")},
        {u"scountry"_s, tr("Source country")},        {u"snumbertype"_s, tr("Source number type")},
        {u"ccountry"_s, tr("Called country")},        {u"cnumbertype"_s, tr("Called number type")},
        {u"dcountry"_s, tr("Destination country")},   {u"dnumbertype"_s, tr("Destination number type")},
        {u"cregion"_s, tr("Called region")},
    };
    for (const CallFilter::TextParameter &parameter : CallFilter::textParameters()) {
        const QString key = QString::fromUtf16(parameter.key);
        auto *edit = new TextFilterEdit(parameter, m_labels.value(key, key), this);
        connect(edit, &TextFilterEdit::edited, this, &FilterPanel::onEdited);
        connect(edit, &TextFilterEdit::returnPressed, this, &FilterPanel::apply);
        m_textFilters.insert(key, edit);
    }
    m_textFilters.value(u"status"_s)->setSuggestions({u"answer"_s, u"busy"_s, u"cancel"_s, u"chanunavail"_s,
                                                      u"congestion"_s, u"error"_s, u"noanswer"_s});
    m_textFilters.value(u"direction"_s)->setSuggestions({u"in"_s, u"out"_s, u"internal"_s});
    for (const QString &key : {u"snumbertype"_s, u"cnumbertype"_s, u"dnumbertype"_s})
        m_textFilters.value(key)->setSuggestions(NumberAnalyzer::kinds());
}

QWidget *FilterPanel::group(const QString &objectName, const QString &title, const QStringList &keys,
                            const QList<std::pair<QString, QWidget *>> &extra)
{
    auto *box = new QGroupBox(title, this);
    box->setObjectName(objectName);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const QString &key : keys) {
        TextFilterEdit *edit = m_textFilters.value(key);
        edit->setParent(box);
        m_placed.insert(key);
        form->addRow(m_labels.value(key) + u':', edit);
    }
    for (const auto &[label, widget] : extra)
        form->addRow(label, widget);
    return box;
}

QLineEdit *FilterPanel::numberEdit(const QString &key, const QString &label)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(key + u"Edit"_s);
    edit->setAccessibleName(label);
    edit->setPlaceholderText(tr("any"));
    edit->setClearButtonEnabled(true);
    connect(edit, &QLineEdit::textEdited, this, &FilterPanel::onEdited);
    connect(edit, &QLineEdit::returnPressed, this, &FilterPanel::apply);
    m_numberErrors.insert(key, errorLabel(key + u"Error"_s, this));
    return edit;
}

QWidget *FilterPanel::timeGroup()
{
    m_timeRange->setObjectName(u"timeRangeLabel"_s);
    m_timeRange->setWordWrap(true);
    m_timeRange->setToolTip(tr("The time range is chosen in the toolbar's date-range bar"));
    m_archive->setObjectName(u"archiveCheck"_s);
    connect(m_archive, &QCheckBox::toggled, this, &FilterPanel::onEdited);
    return group(u"timeGroup"_s, tr("Time"), {}, {{tr("Range:"), m_timeRange}, {QString(), m_archive}});
}

QWidget *FilterPanel::partiesGroup()
{
    m_peer = numberEdit(u"peer"_s, tr("Peer ID"));
    auto *peer = new QWidget(this);
    auto *peerLayout = new QVBoxLayout(peer);
    peerLayout->setContentsMargins(0, 0, 0, 0);
    peerLayout->addWidget(m_peer);
    peerLayout->addWidget(m_numberErrors.value(u"peer"_s));
    return group(u"partiesGroup"_s, tr("Parties"),
                 {u"snumber"_s, u"callername_number"_s, u"stype"_s, u"cnumber"_s, u"ctype"_s, u"dnumber"_s,
                  u"dtype"_s, u"callid"_s, u"phone"_s},
                 {{tr("Peer ID:"), peer}});
}

QWidget *FilterPanel::outcomeGroup()
{
    auto *statuses = new QWidget(this);
    statuses->setObjectName(u"voipmsStatuses"_s);
    auto *statusLayout = new QHBoxLayout(statuses);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    const std::pair<QString, QString> names[] = {{u"answered"_s, tr("Answered")}, {u"noanswer"_s, tr("No answer")},
                                                 {u"busy"_s, tr("Busy")}, {u"failed"_s, tr("Failed")}};
    for (const auto &[name, label] : names) {
        auto *check = new QCheckBox(label, statuses);
        check->setObjectName(name + u"Check"_s);
        check->setToolTip(tr("voip.ms status: %1").arg(CallFilter::statusesVocabulary(name).join(u", "_s)));
        connect(check, &QCheckBox::toggled, this, &FilterPanel::onEdited);
        statusLayout->addWidget(check);
        m_statuses.insert(name, check);
    }
    statusLayout->addStretch(1);

    m_talkMin = new QSpinBox(this);
    m_talkMin->setObjectName(u"talktimeMinimumSpin"_s);
    m_talkMin->setAccessibleName(tr("Minimum talk time in seconds"));
    m_talkMin->setRange(0, 100 * 86400);
    m_talkMin->setSuffix(tr(" s"));
    m_talkMax = new QSpinBox(this);
    m_talkMax->setObjectName(u"talktimeMaximumSpin"_s);
    m_talkMax->setAccessibleName(tr("Maximum talk time in seconds"));
    m_talkMax->setRange(-1, 100 * 86400);
    m_talkMax->setSpecialValueText(tr("no limit"));
    m_talkMax->setSuffix(tr(" s"));
    m_talkMax->setValue(-1);
    m_talkError = errorLabel(u"talktimeError"_s, this);
    for (QSpinBox *spin : {m_talkMin, m_talkMax})
        connect(spin, &QSpinBox::valueChanged, this, &FilterPanel::onEdited);
    auto *talk = new QWidget(this);
    auto *talkLayout = new QGridLayout(talk);
    talkLayout->setContentsMargins(0, 0, 0, 0);
    talkLayout->addWidget(new QLabel(tr("from"), talk), 0, 0);
    talkLayout->addWidget(m_talkMin, 0, 1);
    talkLayout->addWidget(new QLabel(tr("to"), talk), 0, 2);
    talkLayout->addWidget(m_talkMax, 0, 3);
    talkLayout->addWidget(m_talkError, 1, 0, 1, 4);
    return group(u"outcomeGroup"_s, tr("Outcome"), {u"status"_s, u"direction"_s},
                 {{tr("Status (voip.ms):"), statuses}, {tr("Talk time:"), talk}});
}

QWidget *FilterPanel::customerGroup()
{
    connect(m_customers, &CustomerScopeBox::edited, this, &FilterPanel::onEdited);
    return group(u"customerGroup"_s, tr("Customers"), {}, {{QString(), m_customers}});
}

QWidget *FilterPanel::billingGroup()
{
    m_callbilling->setObjectName(u"callbillingCombo"_s);
    m_callbilling->setAccessibleName(tr("Charged"));
    m_callbilling->addItem(tr("Any"), QString());
    m_callbilling->addItem(tr("Free (cost 0)"), u"free"_s);
    m_callbilling->addItem(tr("Billed (cost above 0)"), u"billed"_s);
    connect(m_callbilling, &QComboBox::currentIndexChanged, this, &FilterPanel::onEdited);
    m_calltype->setObjectName(u"calltypeCombo"_s);
    m_calltype->setAccessibleName(tr("Call type"));
    m_calltype->setEditable(true);
    m_calltype->addItem(tr("Any"), QString());
    m_calltype->addItem(tr("Incoming"), u"incoming"_s);
    m_calltype->addItem(tr("Outgoing"), u"outgoing"_s);
    m_calltype->setToolTip(tr("Incoming, outgoing, or type a DID to see the calls to it"));
    m_calltypeError = errorLabel(u"calltypeError"_s, this);
    connect(m_calltype, &QComboBox::currentTextChanged, this, &FilterPanel::onEdited);
    auto *calltype = new QWidget(this);
    auto *calltypeLayout = new QVBoxLayout(calltype);
    calltypeLayout->setContentsMargins(0, 0, 0, 0);
    calltypeLayout->addWidget(m_calltype);
    calltypeLayout->addWidget(m_calltypeError);

    m_invoice = numberEdit(u"invoice"_s, tr("Invoice ID"));
    auto *invoice = new QWidget(this);
    auto *invoiceLayout = new QVBoxLayout(invoice);
    invoiceLayout->setContentsMargins(0, 0, 0, 0);
    invoiceLayout->addWidget(m_invoice);
    invoiceLayout->addWidget(m_numberErrors.value(u"invoice"_s));
    return group(u"billingGroup"_s, tr("Billing"), {u"account"_s},
                 {{tr("Charged:"), m_callbilling}, {tr("Invoice ID:"), invoice}, {tr("Call type:"), calltype},
                  {tr("voip.ms lists:"), m_voipmsLists}});
}

void FilterPanel::setVoipmsLists(const VoipmsLists &lists)
{
    const bool wasLoading = std::exchange(m_loading, true);
    const QString all = u"all"_s;  // voip.ms's "no filter", the panel's "Any"
    QStringList accounts;
    for (const VoipmsValue &account : lists.accounts) {
        if (account.value != all)
            accounts.append(account.value);
    }
    m_textFilters.value(u"account"_s)->setSuggestions(accounts);

    // Any, Incoming and Outgoing are the panel's own; voip.ms adds the calls to each DID.
    constexpr int OwnCallTypes = 3;
    const QString calltype = filter().calltype;
    while (m_calltype->count() > OwnCallTypes)
        m_calltype->removeItem(OwnCallTypes);
    for (int i = 0; i < OwnCallTypes; ++i)
        m_calltype->setItemData(i, QVariant(), Qt::ToolTipRole);
    for (const VoipmsValue &type : lists.callTypes) {
        const int own = m_calltype->findData(type.value == all ? QString() : type.value);
        if (own >= 0)
            m_calltype->setItemData(own, type.description, Qt::ToolTipRole);
        else
            m_calltype->addItem(type.description.isEmpty() ? type.value : type.description, type.value);
    }
    if (const int index = m_calltype->findData(calltype); index >= 0)
        m_calltype->setCurrentIndex(index);
    else
        m_calltype->setEditText(calltype);

    // The filter knows free and billed only (the values voip.ms documents); its descriptions show.
    for (int i = 0; i < m_callbilling->count(); ++i)
        m_callbilling->setItemData(i, QVariant(), Qt::ToolTipRole);
    for (const VoipmsValue &billing : lists.callBilling) {
        if (const int own = m_callbilling->findData(billing.value == all ? QString() : billing.value); own >= 0)
            m_callbilling->setItemData(own, billing.description, Qt::ToolTipRole);
    }
    m_loading = wasLoading;
}

QWidget *FilterPanel::sipGroup()
{
    // Kazoo's alternate fields, and any text filter the groups above do not place.
    QStringList keys;
    for (const CallFilter::TextParameter &parameter : CallFilter::textParameters()) {
        const QString key = QString::fromUtf16(parameter.key);
        if (!m_placed.contains(key))
            keys.append(key);
    }
    return group(u"sipGroup"_s, tr("Numbers and SIP"), keys);
}

void FilterPanel::setCustomerModel(QAbstractItemModel *model)
{
    m_customers->setCustomerModel(model);
}

void FilterPanel::setSummary(const QString &summary)
{
    m_summary->setText(summary.isEmpty() ? tr("Showing all calls") : tr("Showing: %1").arg(summary));
    m_summary->setToolTip(m_summary->text());
}

void FilterPanel::setTimeRangeText(const QString &text)
{
    m_timeRange->setText(text);
}

CallFilter FilterPanel::filter() const
{
    CallFilter filter;
    filter.archive = m_archive->isChecked();
    for (const CallFilter::TextParameter &parameter : CallFilter::textParameters())
        filter.*(parameter.member) = m_textFilters.value(QString::fromUtf16(parameter.key))->value();
    // Unreadable numbers count as "any" here; problems() reports them.
    filter.peer = m_peer->text().trimmed().toLongLong();
    filter.invoice = m_invoice->text().trimmed().toLongLong();
    for (auto it = m_statuses.cbegin(); it != m_statuses.cend(); ++it) {
        if (it.value()->isChecked())
            filter.statuses.append(it.key());
    }
    std::sort(filter.statuses.begin(), filter.statuses.end());
    filter.talktimeMinimum = m_talkMin->value();
    filter.talktimeMaximum = m_talkMax->value();
    m_customers->writeTo(filter);
    filter.callbilling = m_callbilling->currentData().toString();
    const int typeIndex = m_calltype->findText(m_calltype->currentText());
    filter.calltype = typeIndex >= 0 ? m_calltype->itemData(typeIndex).toString() : m_calltype->currentText().trimmed();
    return filter;
}

void FilterPanel::setFilter(const CallFilter &filter)
{
    const bool wasLoading = std::exchange(m_loading, true);
    m_archive->setChecked(filter.archive);
    for (const CallFilter::TextParameter &parameter : CallFilter::textParameters())
        m_textFilters.value(QString::fromUtf16(parameter.key))->setValue(filter.*(parameter.member));
    m_peer->setText(filter.peer ? QString::number(filter.peer) : QString());
    m_invoice->setText(filter.invoice ? QString::number(filter.invoice) : QString());
    for (auto it = m_statuses.cbegin(); it != m_statuses.cend(); ++it)
        it.value()->setChecked(filter.statuses.contains(it.key()));
    m_talkMin->setValue(int(qBound<qint64>(0, filter.talktimeMinimum, qint64(m_talkMin->maximum()))));
    m_talkMax->setValue(int(qBound<qint64>(-1, filter.talktimeMaximum, qint64(m_talkMax->maximum()))));
    m_customers->readFrom(filter);
    m_callbilling->setCurrentIndex(qMax(0, m_callbilling->findData(filter.callbilling)));
    const int typeIndex = m_calltype->findData(filter.calltype);
    if (typeIndex >= 0)
        m_calltype->setCurrentIndex(typeIndex);
    else
        m_calltype->setEditText(filter.calltype);
    m_loading = wasLoading;
    m_debounce->stop();
    validate();
}

bool FilterPanel::validate()
{
    QStringList problems;
    const auto note = [&problems](const QString &key, const QString &message) {
        if (!message.isEmpty())
            problems.append(key + u": "_s + message);
    };
    for (const CallFilter::TextParameter &parameter : CallFilter::textParameters()) {
        const QString key = QString::fromUtf16(parameter.key);
        TextFilterEdit *edit = m_textFilters.value(key);
        CallFilter single;
        single.*(parameter.member) = edit->value();
        edit->setError(problemOf(single));
        note(key, edit->error());
    }
    for (const auto &[key, edit] : {std::pair{u"peer"_s, m_peer}, std::pair{u"invoice"_s, m_invoice}}) {
        const QString text = edit->text().trimmed();
        const Result<CallFilter> read = CallFilter::fromParameters({{key, text.isEmpty() ? u"0"_s : text}});
        QString message;
        if (!read)
            message = read.error().mid(read.error().indexOf(u": "_s) + 2);
        showError(m_numberErrors.value(key), message);
        note(key, message);
    }
    CallFilter talk;
    talk.talktimeMinimum = m_talkMin->value();
    talk.talktimeMaximum = m_talkMax->value();
    showError(m_talkError, problemOf(talk));
    note(u"talktime"_s, m_talkError->text());
    CallFilter calltype;
    calltype.calltype = filter().calltype;
    showError(m_calltypeError, problemOf(calltype));
    note(u"calltype"_s, m_calltypeError->text());
    m_customers->setError(m_customers->problem());
    note(u"customer"_s, m_customers->problem());
    if (problems.isEmpty())
        note(u"filter"_s, problemOf(filter()));  // anything the single fields did not catch
    m_problems = problems;
    return problems.isEmpty();
}

void FilterPanel::onEdited()
{
    if (m_loading)
        return;
    validate();
    m_debounce->start();
}

void FilterPanel::apply()
{
    m_debounce->stop();
    if (validate())
        Q_EMIT applyRequested();
}
