#include "reratedialog.h"

#include "billing/callrating.h"
#include "billing/chargeplan.h"
#include "core/timeutil.h"
#include "store/storejob.h"
#include "viewstate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

QString describeFilter(const CallFilter &filter)
{
    const QString archived = filter.archive ? RerateDialog::tr(", archived calls included") : QString();
    if (filter.start && filter.end)
        return RerateDialog::tr("Calls from %1 to %2 (UTC)%3")
            .arg(TimeUtil::formatIso(*filter.start), TimeUtil::formatIso(*filter.end), archived);
    if (filter.start)
        return RerateDialog::tr("Calls from %1 (UTC) on%2").arg(TimeUtil::formatIso(*filter.start), archived);
    if (filter.end)
        return RerateDialog::tr("Calls before %1 (UTC)%2").arg(TimeUtil::formatIso(*filter.end), archived);
    return RerateDialog::tr("Every call of the database%1").arg(archived);
}

RerateDialog::RerateDialog(std::shared_ptr<const DeckSet> decks, const DatabaseSpec &spec, const CallFilter &filter,
                           QWidget *parent)
    : QDialog(parent)
    , m_decks(std::move(decks))
    , m_spec(spec)
    , m_filter(filter)
    , m_job(new StoreJob(this))
    , m_deck(new QComboBox(this))
    , m_dryRun(new QCheckBox(tr("&Dry run: rate and add up, write nothing"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(u"rerateDialog"_s);
    setWindowTitle(tr("Re-rate Calls"));
    setAccessibleName(tr("Re-rate calls"));
    m_deck->setObjectName(u"rerateDeckCombo"_s);
    m_deck->setAccessibleName(tr("Deck to rate under"));
    // Empty data: every customer under its own decks, up the tree (what margins need).
    m_deck->addItem(tr("Each customer's own decks (the customer tree)"), QString());
    if (m_decks) {
        for (const RateDeck &deck : m_decks->decks())
            m_deck->addItem(tr("%1 (%2, %L3 rates)").arg(deck.name(), deck.currency()).arg(deck.rows().size()), deck.name());
    }
    m_deck->setCurrentIndex(qMax(0, m_deck->findData(ViewState::value(u"rerate/deck"_s))));
    m_dryRun->setObjectName(u"rerateDryRunCheck"_s);
    m_progress->setObjectName(u"rerateProgress"_s);
    m_progress->setAccessibleName(tr("Rating progress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_status->setObjectName(u"rerateStatusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *what = new QLabel(describeFilter(filter), this);
    what->setObjectName(u"rerateFilterLabel"_s);
    what->setWordWrap(true);

    m_start = m_buttons->addButton(tr("&Rate"), QDialogButtonBox::ActionRole);
    m_start->setObjectName(u"rerateStartButton"_s);
    m_start->setDefault(true);
    m_cancel = m_buttons->addButton(tr("&Stop"), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(u"rerateCancelButton"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("Calls:"), what);
    form->addRow(tr("&Deck:"), m_deck);
    form->addRow(QString(), m_dryRun);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    if (!m_decks || m_decks->isEmpty())
        m_status->setText(tr("This database has no rate decks. Import one first (cdrdesk-cli deck import)."));
    connect(m_start, &QPushButton::clicked, this, &RerateDialog::start);
    connect(m_cancel, &QPushButton::clicked, m_job, &StoreJob::cancel);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RerateDialog::reject);
    connect(m_job, &StoreJob::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? int(qMin<qint64>(1000, done * 1000 / total)) : 0);
        m_status->setText(tr("Rated %L1 of %L2 calls…").arg(done).arg(total));
    });
    connect(m_job, &StoreJob::finished, this, &RerateDialog::onFinished);
    setRunning(false);
    resize(520, 260);
    ViewState::restoreGeometry(this, u"rerate"_s);
}

RerateDialog::~RerateDialog()
{
    ViewState::saveGeometry(this, u"rerate"_s);
}

QString RerateDialog::statusText() const
{
    return m_status->text();
}

void RerateDialog::setRunning(bool running)
{
    m_start->setEnabled(!running && m_deck->count() > 0);
    m_cancel->setEnabled(running);
    m_deck->setEnabled(!running);
    m_dryRun->setEnabled(!running);
}

void RerateDialog::start()
{
    if (m_job->isBusy() || m_deck->currentIndex() < 0)
        return;
    const QString name = m_deck->currentData().toString();
    const int index = m_decks ? m_decks->indexOf(name) : -1;
    if (!name.isEmpty() && index < 0)
        return;
    ViewState::saveValue(u"rerate/deck"_s, name);
    const bool dryRun = m_dryRun->isChecked();
    m_progress->setValue(0);
    m_status->setText(tr("Counting the calls…"));
    setRunning(true);
    std::optional<RateDeck> deck;
    if (index >= 0)
        deck = m_decks->decks().at(index);
    m_job->start(m_spec, [deck, filter = m_filter, dryRun](Database &database,
                                                            const ProgressCallback &progress) -> Result<std::any> {
        std::unique_ptr<ChargePlan> plan;
        if (!deck) {
            Result<std::unique_ptr<ChargePlan>> tree = ChargePlan::fromStore(database);
            if (!tree)
                return Error{tree.error()};
            plan = std::move(*tree);
        }
        Result<RatingSummary> summary = deck ? CallRating(database, *deck).run(filter, dryRun, progress)
                                             : CallRating(database, std::move(plan)).run(filter, dryRun, progress);
        if (!summary)
            return Error{summary.error()};
        return std::any(*summary);
    });
}

void RerateDialog::onFinished()
{
    setRunning(false);
    const RatingSummary *summary = m_job->value<RatingSummary>();
    if (!summary) {
        m_progress->setValue(0);
        m_status->setText(m_job->wasCancelled() ? tr("Stopped; nothing was changed.") : m_job->error());
        return;
    }
    m_progress->setValue(1000);
    const int index = m_decks->indexOf(m_deck->currentData().toString());
    QString counts = tr("%L1 calls rated: %L2 billable, %L3 without a matching prefix; total %4%5.")
                         .arg(summary->calls)
                         .arg(summary->billable)
                         .arg(summary->unmatched)
                         .arg(summary->total.toString(2),
                              index >= 0 ? u" "_s + m_decks->decks().at(index).currency() : QString());
    if (summary->locked > 0)
        counts += u' ' + tr("%L1 calls on invoices were left as billed.").arg(summary->locked);
    m_status->setText(m_dryRun->isChecked() ? tr("Dry run, nothing written. %1").arg(counts) : counts);
    if (!m_dryRun->isChecked())
        Q_EMIT callsRated();
}

void RerateDialog::reject()
{
    if (m_job->isBusy()) {
        // Closing stops the run; the transaction rolls back.
        m_job->cancel();
        m_job->wait();
    }
    QDialog::reject();
}
