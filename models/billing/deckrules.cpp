#include "deckrules.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

const QStringList DayNames = {u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s, u"sun"_s};

Result<qint64> seconds(const QString &key, const QString &value)
{
    bool ok = false;
    const qint64 n = value.trimmed().toLongLong(&ok);
    if (!ok || n < 0)
        return Error{QCoreApplication::translate("DeckRules", "Rule %1: \"%2\" is not a whole number of seconds (0 or more).").arg(key, value)};
    return n;
}

Result<Money> money(const QString &key, const QString &value)
{
    QString problem;
    const auto parsed = Money::parse(value, &problem);
    if (!parsed || parsed->isNegative())
        return Error{QCoreApplication::translate("DeckRules", "Rule %1: \"%2\" is not an amount of 0 or more. %3").arg(key, value, problem)};
    return *parsed;
}

Result<void> setNumber(qint64 &target, const QString &key, const QString &value)
{
    const Result<qint64> n = seconds(key, value);
    if (!n)
        return Error{n.error()};
    target = *n;
    return {};
}

Result<void> setMoney(Money &target, const QString &key, const QString &value)
{
    const Result<Money> m = money(key, value);
    if (!m)
        return Error{m.error()};
    target = *m;
    return {};
}

Result<void> setOther(DeckRules &rules, const QString &key, const QString &value)
{
    if (key == u"anchor") {
        const auto anchor = incrementAnchorFromName(value.trimmed());
        if (!anchor)
            return Error{QCoreApplication::translate("DeckRules", "Rule anchor: \"%1\" is not initial-then-subsequent or whole-duration.").arg(value)};
        rules.anchor = *anchor;
    } else if (key == u"billable") {
        QStringList statuses;
        for (const QString &status : value.split(u',', Qt::SkipEmptyParts)) {
            if (!status.trimmed().isEmpty())
                statuses.append(status.trimmed());
        }
        // The store keeps an empty list as "the default" (answer), so an empty list is refused.
        if (statuses.isEmpty())
            return Error{QCoreApplication::translate("DeckRules", "Rule billable: \"%1\" names no status; give at least one, such as answer or answer,busy.").arg(value)};
        rules.billableStatuses = statuses;
    } else if (key == u"peak") {
        const auto windows = parsePeakWindows(value);
        if (!windows)
            return Error{windows.error()};
        rules.peakWindows = *windows;
    } else if (key == u"timezone") {
        const QString name = value.trimmed();
        if (!name.isEmpty() && name != u"UTC" && !QTimeZone(name.toUtf8()).isValid())
            return Error{QCoreApplication::translate("DeckRules", "Rule timezone: \"%1\" is not a known time zone.").arg(value)};
        rules.timeZone = name == u"UTC" ? QString() : name;
    } else if (key == u"rounding") {
        const auto rule = roundingRuleFromName(value.trimmed());
        if (!rule)
            return Error{QCoreApplication::translate("DeckRules", "Rule rounding: \"%1\" is not one of half-up, half-even, half-down, up, down, ceiling, floor.").arg(value)};
        rules.rounding = *rule;
    } else if (key == u"decimals") {
        bool ok = false;
        const int n = value.trimmed().toInt(&ok);
        if (!ok || n < 0 || n > Money::Decimals)
            return Error{QCoreApplication::translate("DeckRules", "Rule decimals: \"%1\" is not a whole number from 0 to 8.").arg(value)};
        rules.decimals = n;
    } else {
        return Error{QCoreApplication::translate("DeckRules", "Unknown rule \"%1\"; the rules are: %2.").arg(key, DeckRules::keys().join(u", "))};
    }
    return {};
}

} // namespace

QString incrementAnchorName(IncrementAnchor anchor)
{
    return anchor == IncrementAnchor::WholeDuration ? u"whole-duration"_s : u"initial-then-subsequent"_s;
}

std::optional<IncrementAnchor> incrementAnchorFromName(QStringView name)
{
    if (name == u"whole-duration")
        return IncrementAnchor::WholeDuration;
    if (name == u"initial-then-subsequent")
        return IncrementAnchor::InitialThenSubsequent;
    return std::nullopt;
}

QStringList DeckRules::keys()
{
    return {u"anchor"_s, u"connection-fee"_s, u"grace"_s, u"no-charge-below"_s, u"included"_s,
            u"minimum-cost"_s, u"billable"_s, u"peak"_s, u"timezone"_s, u"rounding"_s, u"decimals"_s};
}

Result<void> DeckRules::set(const QString &key, const QString &value)
{
    if (key == u"connection-fee")
        return setMoney(connectionFee, key, value);
    if (key == u"minimum-cost")
        return setMoney(minimumCost, key, value);
    if (key == u"grace")
        return setNumber(graceSeconds, key, value);
    if (key == u"no-charge-below")
        return setNumber(noChargeBelow, key, value);
    if (key == u"included")
        return setNumber(includedSeconds, key, value);
    return setOther(*this, key, value);
}

QString DeckRules::value(const QString &key) const
{
    if (key == u"anchor")
        return incrementAnchorName(anchor);
    if (key == u"connection-fee")
        return connectionFee.toString(2);
    if (key == u"grace")
        return QString::number(graceSeconds);
    if (key == u"no-charge-below")
        return QString::number(noChargeBelow);
    if (key == u"included")
        return QString::number(includedSeconds);
    if (key == u"minimum-cost")
        return minimumCost.toString(2);
    if (key == u"billable")
        return billableStatuses.join(u',');
    if (key == u"peak")
        return peakWindowsText(peakWindows);
    if (key == u"timezone")
        return timeZone.isEmpty() ? u"UTC"_s : timeZone;
    if (key == u"rounding")
        return roundingRuleName(rounding);
    if (key == u"decimals")
        return QString::number(decimals);
    return QString();
}

Result<QList<PeakWindow>> parsePeakWindows(const QString &text)
{
    static const QRegularExpression pattern(
        u"^\\s*([a-z]{3})(?:-([a-z]{3}))?\\s+(\\d{1,2})-(\\d{1,2})\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    QList<PeakWindow> windows;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        const auto match = pattern.match(part);
        const qsizetype first = match.hasMatch() ? DayNames.indexOf(match.captured(1).toLower()) : -1;
        const qsizetype last = match.hasMatch() && match.hasCaptured(2)
                                   ? DayNames.indexOf(match.captured(2).toLower()) : first;
        const int from = match.captured(3).toInt();
        const int to = match.captured(4).toInt();
        if (first < 0 || last < first || from >= to || to > 24)
            return Error{QCoreApplication::translate("DeckRules", "Rule peak: \"%1\" is not a window such as \"mon-fri 08-18\" "
                            "(days mon…sun, hours from 0 to 24, from before to).").arg(part.trimmed())};
        PeakWindow window{0, from, to};
        for (qsizetype day = first; day <= last; ++day)
            window.weekdays |= quint8(1u << day);
        windows.append(window);
    }
    return windows;
}

QString peakWindowsText(const QList<PeakWindow> &windows)
{
    QStringList parts;
    for (const PeakWindow &window : windows) {
        int first = 0;
        while (first < 7 && !(window.weekdays & (1u << first)))
            ++first;
        int last = first;
        while (last + 1 < 7 && (window.weekdays & (1u << (last + 1))))
            ++last;
        const QString days = first == last ? DayNames.value(first) : DayNames.value(first) + u'-' + DayNames.value(last);
        parts.append(u"%1 %2-%3"_s.arg(days).arg(window.fromHour, 2, 10, QChar(u'0')).arg(window.toHour, 2, 10, QChar(u'0')));
    }
    return parts.join(u", ");
}
