#include "daterangebar.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

struct PresetName
{
    DateRangeBar::Preset preset;
    QStringView name;
};

// Stable, untranslated names for settings.
constexpr PresetName PresetNames[] = {
    {DateRangeBar::Preset::AllTime, u"all"},
    {DateRangeBar::Preset::Today, u"today"},
    {DateRangeBar::Preset::Yesterday, u"yesterday"},
    {DateRangeBar::Preset::Last7Days, u"last7days"},
    {DateRangeBar::Preset::ThisMonth, u"thismonth"},
    {DateRangeBar::Preset::LastMonth, u"lastmonth"},
    {DateRangeBar::Preset::Custom, u"custom"},
};

qint64 startOfDay(QDate date, const QTimeZone &zone)
{
    // startOfDay() copes with zones whose clocks skip midnight itself.
    return date.startOfDay(zone).toSecsSinceEpoch();
}

// A wall-clock time in `zone`. A time skipped when the clocks go forward is read with the
// offset in force before the change, which lands just after the gap.
qint64 unixFromLocal(QDate date, QTime time, const QTimeZone &zone)
{
    const QDateTime local(date, time, zone);
    if (local.isValid())
        return local.toSecsSinceEpoch();
    const qint64 naive = QDateTime(date, time, QTimeZone::utc()).toSecsSinceEpoch();
    const int before = zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(naive - 86400, QTimeZone::utc()));
    return naive - before;
}

} // namespace

DateRangeBar::DateRangeBar(QWidget *parent)
    : QWidget(parent)
    , m_presetCombo(new QComboBox(this))
    , m_fromEdit(new QDateTimeEdit(this))
    , m_toEdit(new QDateTimeEdit(this))
    , m_debounce(new QTimer(this))
    , m_zone(QTimeZone::systemTimeZone())
{
    m_presetCombo->setObjectName(u"presetCombo"_s);
    m_presetCombo->setAccessibleName(tr("Date range"));
    m_presetCombo->addItem(tr("All time"), int(Preset::AllTime));
    m_presetCombo->addItem(tr("Today"), int(Preset::Today));
    m_presetCombo->addItem(tr("Yesterday"), int(Preset::Yesterday));
    m_presetCombo->addItem(tr("Last 7 days"), int(Preset::Last7Days));
    m_presetCombo->addItem(tr("This month"), int(Preset::ThisMonth));
    m_presetCombo->addItem(tr("Last month"), int(Preset::LastMonth));
    m_presetCombo->addItem(tr("Custom…"), int(Preset::Custom));

    m_fromEdit->setObjectName(u"fromEdit"_s);
    m_fromEdit->setAccessibleName(tr("From"));
    m_fromEdit->setToolTip(tr("The first moment of the range"));
    m_toEdit->setObjectName(u"toEdit"_s);
    m_toEdit->setAccessibleName(tr("To"));
    m_toEdit->setToolTip(tr("The end of the range: calls from this moment on are not included"));
    // The edits hold wall-clock times of the display zone; UTC keeps them free of the system
    // zone's daylight-saving gaps. editValue() reads them in m_zone.
    for (QDateTimeEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setTimeSpec(Qt::UTC);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &DateRangeBar::onEditChanged);
    }

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &DateRangeBar::rangeChanged);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_presetCombo);
    layout->addWidget(m_fromEdit);
    layout->addWidget(m_toEdit);

    const auto today = rangeFor(Preset::Today, QDateTime::currentDateTimeUtc(), m_zone);
    showRange(today.first, today.second);
    setEditsEnabled(false);
    connect(m_presetCombo, &QComboBox::currentIndexChanged, this, &DateRangeBar::onPresetChanged);
}

void DateRangeBar::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    const Preset current = preset();
    if (current == Preset::AllTime || current == Preset::Custom) {
        // The same instants, shown in the new zone.
        showRange(m_customStart, m_customEnd);
        return;
    }
    const auto r = rangeFor(current, QDateTime::currentDateTimeUtc(), m_zone);
    showRange(r.first, r.second);
    Q_EMIT rangeChanged();
}

void DateRangeBar::setPreset(Preset preset)
{
    const int index = m_presetCombo->findData(int(preset));
    if (index >= 0)
        m_presetCombo->setCurrentIndex(index);
}

DateRangeBar::Preset DateRangeBar::preset() const
{
    return Preset(m_presetCombo->currentData().toInt());
}

std::optional<std::pair<qint64, qint64>> DateRangeBar::range() const
{
    switch (preset()) {
    case Preset::AllTime:
        return std::nullopt;
    case Preset::Custom:
        return std::pair{m_customStart, m_customEnd};
    default:
        return rangeFor(preset(), QDateTime::currentDateTimeUtc(), m_zone);
    }
}

std::optional<qint64> DateRangeBar::start() const
{
    const auto r = range();
    return r ? std::optional<qint64>(r->first) : std::nullopt;
}

std::optional<qint64> DateRangeBar::end() const
{
    const auto r = range();
    return r ? std::optional<qint64>(r->second) : std::nullopt;
}

void DateRangeBar::setCustomRange(qint64 start, qint64 end)
{
    const bool unchanged = preset() == Preset::Custom && start == m_customStart && end == m_customEnd
        && !m_debounce->isActive();
    m_debounce->stop();
    showRange(start, end);
    if (preset() != Preset::Custom) {
        const QSignalBlocker blocker(m_presetCombo);
        m_presetCombo->setCurrentIndex(m_presetCombo->findData(int(Preset::Custom)));
        setEditsEnabled(true);
    }
    if (!unchanged)
        Q_EMIT rangeChanged();
}

QString DateRangeBar::stateString() const
{
    const Preset current = preset();
    if (current == Preset::Custom)
        return u"custom:%1:%2"_s.arg(m_customStart).arg(m_customEnd);
    for (const PresetName &entry : PresetNames) {
        if (entry.preset == current)
            return entry.name.toString();
    }
    return {};
}

void DateRangeBar::restoreState(const QString &state)
{
    const QStringList parts = state.trimmed().split(u':');
    if (parts.size() == 3 && parts.at(0) == u"custom") {
        bool startOk = false;
        bool endOk = false;
        const qint64 start = parts.at(1).toLongLong(&startOk);
        const qint64 end = parts.at(2).toLongLong(&endOk);
        if (startOk && endOk)
            setCustomRange(start, end);
        return;
    }
    for (const PresetName &entry : PresetNames) {
        if (entry.name == parts.constFirst() && parts.size() == 1 && entry.preset != Preset::Custom) {
            setPreset(entry.preset);
            return;
        }
    }
}

std::pair<qint64, qint64> DateRangeBar::rangeFor(Preset preset, const QDateTime &now, const QTimeZone &zone)
{
    const QTimeZone z = zone.isValid() ? zone : QTimeZone::utc();
    const QDate today = now.toTimeZone(z).date();
    const QDate firstOfMonth(today.year(), today.month(), 1);
    switch (preset) {
    case Preset::Today:
        return {startOfDay(today, z), startOfDay(today.addDays(1), z)};
    case Preset::Yesterday:
        return {startOfDay(today.addDays(-1), z), startOfDay(today, z)};
    case Preset::Last7Days:
        return {startOfDay(today.addDays(-6), z), startOfDay(today.addDays(1), z)};
    case Preset::ThisMonth:
        return {startOfDay(firstOfMonth, z), startOfDay(firstOfMonth.addMonths(1), z)};
    case Preset::LastMonth:
        return {startOfDay(firstOfMonth.addMonths(-1), z), startOfDay(firstOfMonth, z)};
    case Preset::AllTime:
    case Preset::Custom:
        break;
    }
    return {0, 0};
}

void DateRangeBar::onPresetChanged()
{
    m_debounce->stop();
    const Preset current = preset();
    setEditsEnabled(current == Preset::Custom);
    if (current != Preset::AllTime && current != Preset::Custom) {
        // Shown greyed out, and the starting point should the user switch to Custom.
        const auto r = rangeFor(current, QDateTime::currentDateTimeUtc(), m_zone);
        showRange(r.first, r.second);
    }
    Q_EMIT rangeChanged();
}

void DateRangeBar::onEditChanged()
{
    if (m_updatingEdits)
        return;
    m_customStart = editValue(m_fromEdit);
    m_customEnd = editValue(m_toEdit);
    if (preset() == Preset::Custom)
        m_debounce->start();
}

void DateRangeBar::showRange(qint64 start, qint64 end)
{
    m_customStart = start;
    m_customEnd = end;
    setEditValue(m_fromEdit, start);
    setEditValue(m_toEdit, end);
}

void DateRangeBar::setEditsEnabled(bool enabled)
{
    m_fromEdit->setEnabled(enabled);
    m_toEdit->setEnabled(enabled);
}

qint64 DateRangeBar::editValue(const QDateTimeEdit *edit) const
{
    const QDateTime shown = edit->dateTime();
    return unixFromLocal(shown.date(), shown.time(), m_zone);
}

void DateRangeBar::setEditValue(QDateTimeEdit *edit, qint64 seconds)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(seconds, m_zone);
    const bool wasUpdating = std::exchange(m_updatingEdits, true);
    edit->setDateTime(QDateTime(local.date(), local.time(), QTimeZone::utc()));
    m_updatingEdits = wasUpdating;
}
