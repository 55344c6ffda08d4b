#include "timeutil.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QtNumeric>

#include <array>
#include <variant>

namespace TimeUtil {

namespace {

constexpr qint64 SecondsPerDay = 86400;
constexpr qint64 JulianDayOfUnixEpoch = 2440588; // 1970-01-01

constexpr qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

constexpr bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// Appends `value` in decimal, zero-padded to `width` digits. Hand-rolled because formatting runs
// once per cell in exports of millions of rows and QString::asprintf costs several times more.
void appendNumber(QString &out, quint64 value, int width)
{
    std::array<char16_t, 20> digits{};
    int count = 0;
    do {
        digits[count++] = static_cast<char16_t>(u'0' + value % 10);
        value /= 10;
    } while (value != 0);
    for (int i = count; i < width; ++i)
        out.append(u'0');
    while (count > 0)
        out.append(QChar(digits[--count]));
}

bool isUnixSecondsText(QStringView text)
{
    const qsizetype start = text.startsWith(u'-') ? 1 : 0;
    if (text.size() == start)
        return false;
    for (qsizetype i = start; i < text.size(); ++i) {
        if (!isAsciiDigit(text[i]))
            return false;
    }
    return true;
}

// Reads the fixed-width pieces of an ISO 8601 date-time left to right.
class Scanner
{
public:
    explicit Scanner(QStringView text) : m_text(text) {}

    [[nodiscard]] bool atEnd() const { return m_pos == m_text.size(); }
    [[nodiscard]] bool nextIsDigit() const { return !atEnd() && isAsciiDigit(m_text[m_pos]); }

    // Consumes the next character if it is one of `choices` and returns it.
    std::optional<QChar> acceptOneOf(QStringView choices)
    {
        if (atEnd() || !choices.contains(m_text[m_pos]))
            return std::nullopt;
        return m_text[m_pos++];
    }

    // Exactly `count` ASCII digits as a number.
    std::optional<int> number(int count)
    {
        int value = 0;
        for (int i = 0; i < count; ++i) {
            if (!nextIsDigit())
                return std::nullopt;
            value = value * 10 + (m_text[m_pos++].unicode() - u'0');
        }
        return value;
    }

    qsizetype skipDigits()
    {
        const qsizetype start = m_pos;
        while (nextIsDigit())
            ++m_pos;
        return m_pos - start;
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

struct IsoParts
{
    QDate date;
    bool hasTime = false;
    int hour = 0;
    int minute = 0;
    int second = 0;
    std::optional<int> offsetSeconds; // set when the text names 'Z' or an offset
};

enum class IsoProblem { Malformed, BadDate, BadTime, BadOffset };

// Splits ISO text into its parts and checks each is in range. Returns the parts or the problem.
std::variant<IsoParts, IsoProblem> scanIso(QStringView text)
{
    Scanner s(text);
    IsoParts parts;
    const auto year = s.number(4);
    const auto yearDash = s.acceptOneOf(u"-");
    const auto month = s.number(2);
    const auto monthDash = s.acceptOneOf(u"-");
    const auto day = s.number(2);
    if (!year || !yearDash || !month || !monthDash || !day)
        return IsoProblem::Malformed;
    parts.date = QDate(*year, *month, *day);

    if (!s.atEnd()) {
        if (!s.acceptOneOf(u"Tt "))
            return IsoProblem::Malformed;
        const auto hour = s.number(2);
        const auto colon = s.acceptOneOf(u":");
        const auto minute = s.number(2);
        if (!hour || !colon || !minute)
            return IsoProblem::Malformed;
        parts.hasTime = true;
        parts.hour = *hour;
        parts.minute = *minute;
        if (s.acceptOneOf(u":")) {
            const auto second = s.number(2);
            if (!second)
                return IsoProblem::Malformed;
            parts.second = *second;
            // Fractions of a second are dropped: the store keeps whole seconds.
            if (s.acceptOneOf(u".,") && s.skipDigits() == 0)
                return IsoProblem::Malformed;
        }
        if (s.acceptOneOf(u"Zz")) {
            parts.offsetSeconds = 0;
        } else if (const auto sign = s.acceptOneOf(u"+-")) {
            const auto offsetHours = s.number(2);
            if (!offsetHours)
                return IsoProblem::Malformed;
            std::optional<int> offsetMinutes = 0;
            if (s.acceptOneOf(u":") || s.nextIsDigit())
                offsetMinutes = s.number(2);
            if (!offsetMinutes)
                return IsoProblem::Malformed;
            if (*offsetHours > 23 || *offsetMinutes > 59)
                return IsoProblem::BadOffset;
            const int magnitude = *offsetHours * 3600 + *offsetMinutes * 60;
            parts.offsetSeconds = *sign == u'-' ? -magnitude : magnitude;
        }
        if (!s.atEnd())
            return IsoProblem::Malformed;
    }

    if (!parts.date.isValid())
        return IsoProblem::BadDate;
    if (parts.hour > 23 || parts.minute > 59 || parts.second > 59)
        return IsoProblem::BadTime;
    return parts;
}

qint64 secondsAsIfUtc(const IsoParts &parts)
{
    return (parts.date.toJulianDay() - JulianDayOfUnixEpoch) * SecondsPerDay
            + parts.hour * 3600 + parts.minute * 60 + parts.second;
}

QString problemMessage(IsoProblem problem, QStringView text)
{
    switch (problem) {
    case IsoProblem::Malformed:
        break;
    case IsoProblem::BadDate:
        return QCoreApplication::translate("TimeUtil", "\"%1\" names a date that does not exist.")
                .arg(text);
    case IsoProblem::BadTime:
        return QCoreApplication::translate("TimeUtil",
                                           "\"%1\" has a time of day outside 00:00:00-23:59:59.")
                .arg(text);
    case IsoProblem::BadOffset:
        return QCoreApplication::translate("TimeUtil",
                                           "\"%1\" has a UTC offset outside -23:59..+23:59.")
                .arg(text);
    }
    return QCoreApplication::translate("TimeUtil",
                                       "\"%1\" is not a timestamp: expected Unix seconds or an "
                                       "ISO 8601 date-time such as 2024-03-01T12:00:00Z.")
            .arg(text);
}

} // namespace

qint64 unixFromEpochMs(qint64 epochMs)
{
    return floorDiv(epochMs, 1000);
}

std::optional<qint64> parseTimestamp(QStringView text, const QTimeZone &zone, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<qint64> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return fail(QCoreApplication::translate("TimeUtil", "The timestamp is empty."));

    if (isUnixSecondsText(t)) {
        bool ok = false;
        const qint64 seconds = t.toLongLong(&ok);
        if (!ok) {
            return fail(QCoreApplication::translate("TimeUtil",
                                                    "\"%1\" is too large for Unix seconds.")
                                .arg(t));
        }
        return seconds;
    }

    const auto scanned = scanIso(t);
    if (const auto *problem = std::get_if<IsoProblem>(&scanned))
        return fail(problemMessage(*problem, t));
    const auto &parts = std::get<IsoParts>(scanned);

    if (parts.offsetSeconds)
        return secondsAsIfUtc(parts) - *parts.offsetSeconds;
    if (zone == QTimeZone::utc())
        return secondsAsIfUtc(parts);
    if (!zone.isValid()) {
        return fail(QCoreApplication::translate("TimeUtil",
                                                "\"%1\" has no UTC offset and the time zone to "
                                                "read it in is not valid.")
                            .arg(t));
    }
    // A date alone means the first moment of that day, even where midnight itself is skipped.
    const QDateTime local = parts.hasTime
            ? QDateTime(parts.date, QTime(parts.hour, parts.minute, parts.second), zone)
            : parts.date.startOfDay(zone);
    if (!local.isValid()) {
        return fail(QCoreApplication::translate("TimeUtil",
                                                "\"%1\" does not exist in time zone %2: the "
                                                "clocks skip it at a daylight-saving change.")
                            .arg(t, QString::fromUtf8(zone.id())));
    }
    return local.toSecsSinceEpoch();
}

QString formatIso(qint64 unixSeconds, const QTimeZone &zone)
{
    QDate date;
    int secondOfDay = 0;
    int offset = 0;
    bool utc = !zone.isValid() || zone == QTimeZone::utc();
    if (!utc) {
        const QDateTime local = QDateTime::fromSecsSinceEpoch(unixSeconds, zone);
        utc = !local.isValid();
        if (!utc) {
            date = local.date();
            secondOfDay = local.time().msecsSinceStartOfDay() / 1000;
            offset = local.offsetFromUtc();
        }
    }
    if (utc) {
        const qint64 days = floorDiv(unixSeconds, SecondsPerDay);
        date = QDate::fromJulianDay(days + JulianDayOfUnixEpoch);
        secondOfDay = static_cast<int>(unixSeconds - days * SecondsPerDay);
    }

    QString text;
    text.reserve(32);
    const int year = date.year();
    if (year < 0)
        text.append(u'-');
    appendNumber(text, static_cast<quint64>(year < 0 ? -qint64(year) : qint64(year)), 4);
    text.append(u'-');
    appendNumber(text, static_cast<quint64>(date.month()), 2);
    text.append(u'-');
    appendNumber(text, static_cast<quint64>(date.day()), 2);
    text.append(u'T');
    appendNumber(text, static_cast<quint64>(secondOfDay / 3600), 2);
    text.append(u':');
    appendNumber(text, static_cast<quint64>(secondOfDay / 60 % 60), 2);
    text.append(u':');
    appendNumber(text, static_cast<quint64>(secondOfDay % 60), 2);
    if (utc) {
        text.append(u'Z');
        return text;
    }
    const int magnitude = offset < 0 ? -offset : offset;
    text.append(offset < 0 ? u'-' : u'+');
    appendNumber(text, static_cast<quint64>(magnitude / 3600), 2);
    text.append(u':');
    appendNumber(text, static_cast<quint64>(magnitude / 60 % 60), 2);
    // Historical local mean times have offsets with seconds; keep them rather than lie.
    if (magnitude % 60 != 0) {
        text.append(u':');
        appendNumber(text, static_cast<quint64>(magnitude % 60), 2);
    }
    return text;
}

QString formatDuration(qint64 seconds)
{
    // Unsigned so that the most negative qint64 has a magnitude too.
    const bool negative = seconds < 0;
    const quint64 magnitude = negative ? 0 - static_cast<quint64>(seconds)
                                       : static_cast<quint64>(seconds);
    QString text;
    text.reserve(16);
    if (negative)
        text.append(u'-');
    appendNumber(text, magnitude / 3600, 1);
    text.append(u':');
    appendNumber(text, magnitude / 60 % 60, 2);
    text.append(u':');
    appendNumber(text, magnitude % 60, 2);
    return text;
}

std::optional<qint64> parseDuration(QStringView text)
{
    const QStringView t = text.trimmed();
    const QList<QStringView> fields = t.split(u':');
    if (fields.size() < 2 || fields.size() > 3)
        return std::nullopt;

    qint64 total = 0;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QStringView field = fields[i];
        const bool leading = i == 0;
        if (field.isEmpty() || (!leading && field.size() != 2))
            return std::nullopt;
        for (QChar c : field) {
            if (!isAsciiDigit(c))
                return std::nullopt;
        }
        bool ok = false;
        const qint64 value = field.toLongLong(&ok);
        if (!ok || (!leading && value > 59))
            return std::nullopt;
        if (qMulOverflow(total, qint64(60), &total) || qAddOverflow(total, value, &total))
            return std::nullopt;
    }
    return total;
}

} // namespace TimeUtil
