#pragma once

#include <QDateTime>
#include <QTimeZone>
#include <QWidget>

#include <optional>
#include <utility>

class QComboBox;
class QDateTimeEdit;
class QTimer;

// The call grid's time window: a preset (Today, Last 7 days, …) or a custom range. The range is
// half-open [start, end) in UTC Unix seconds; the days and months are those of the display
// time zone, so "Today" after a daylight-saving change is 23 or 25 hours long.
class DateRangeBar : public QWidget
{
    Q_OBJECT

public:
    enum class Preset { AllTime, Today, Yesterday, Last7Days, ThisMonth, LastMonth, Custom };
    Q_ENUM(Preset)

    // How long typing in the custom dates must pause before rangeChanged() is emitted.
    static constexpr int DebounceMs = 400;

    explicit DateRangeBar(QWidget *parent = nullptr);

    // The zone whose days and months the presets follow (the system zone by default).
    void setTimeZone(const QTimeZone &zone);
    [[nodiscard]] QTimeZone timeZone() const { return m_zone; }

    void setPreset(Preset preset);
    [[nodiscard]] Preset preset() const;

    // Both nullopt for All time. Relative presets are computed from the current time on each
    // call, so "Today" follows the clock past midnight; range() gives both ends from one reading.
    [[nodiscard]] std::optional<qint64> start() const;
    [[nodiscard]] std::optional<qint64> end() const;
    [[nodiscard]] std::optional<std::pair<qint64, qint64>> range() const;

    // Switches to Custom with [start, end) in UTC Unix seconds.
    void setCustomRange(qint64 start, qint64 end);

    // For settings: "all", "today", "yesterday", "last7days", "thismonth", "lastmonth" or
    // "custom:START:END". Text restoreState() does not understand leaves the bar unchanged.
    [[nodiscard]] QString stateString() const;
    void restoreState(const QString &state);

    // [start, end) of a relative preset for the moment `now`, in the days of `zone`
    // (an invalid zone means UTC). AllTime and Custom have no range of their own: {0, 0}.
    [[nodiscard]] static std::pair<qint64, qint64> rangeFor(Preset preset, const QDateTime &now,
                                                            const QTimeZone &zone);

Q_SIGNALS:
    // The range changed, through the bar or a setter. Typing in the custom dates is debounced.
    void rangeChanged();

private:
    void onPresetChanged();
    void onEditChanged();
    void showRange(qint64 start, qint64 end);
    void setEditsEnabled(bool enabled);
    [[nodiscard]] qint64 editValue(const QDateTimeEdit *edit) const;
    void setEditValue(QDateTimeEdit *edit, qint64 seconds);

    QComboBox *m_presetCombo;
    QDateTimeEdit *m_fromEdit;
    QDateTimeEdit *m_toEdit;
    QTimer *m_debounce;
    QTimeZone m_zone;
    // What the date edits show: the custom range, or the last preset's range to start from.
    qint64 m_customStart = 0;
    qint64 m_customEnd = 0;
    bool m_updatingEdits = false;
};
