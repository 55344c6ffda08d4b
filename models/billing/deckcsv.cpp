#include "deckcsv.h"

#include "core/timeutil.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>

using namespace Qt::StringLiterals;

namespace {

Error fieldError(const QString &path, qint64 line, const QString &field, const QString &problem)
{
    return Error{QCoreApplication::translate("DeckCsv", "%1, line %2, field %3: %4").arg(QFileInfo(path).fileName()).arg(line).arg(field, problem)};
}

// Reads one field value of a row, by column name; empty when the column is absent.
struct RowReader
{
    const QString &path;
    const CsvLine &row;
    const QHash<QString, int> &columns;

    QString text(const QString &name) const
    {
        const int i = columns.value(name, -1);
        return i >= 0 && i < row.fields.size() ? row.fields[i].trimmed() : QString();
    }
    Result<Money> money(const QString &name, bool required) const
    {
        const QString value = text(name);
        if (value.isEmpty() && !required)
            return Money();
        QString problem;
        const auto parsed = Money::parse(value, &problem);
        if (!parsed)
            return fieldError(path, row.line, name, QCoreApplication::translate("DeckCsv", "\"%1\" is not an amount. %2").arg(value, problem));
        return *parsed;
    }
    Result<std::optional<Money>> optionalMoney(const QString &name) const
    {
        if (text(name).isEmpty())
            return std::optional<Money>();
        const Result<Money> m = money(name, true);
        if (!m)
            return Error{m.error()};
        return std::optional<Money>(*m);
    }
    Result<qint64> seconds(const QString &name, qint64 fallback) const
    {
        const QString value = text(name);
        if (value.isEmpty())
            return fallback;
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        if (!ok || n < 0)
            return fieldError(path, row.line, name, QCoreApplication::translate("DeckCsv", "\"%1\" is not a whole number of seconds.").arg(value));
        return n;
    }
    Result<std::optional<qint64>> time(const QString &name) const
    {
        const QString value = text(name);
        if (value.isEmpty())
            return std::optional<qint64>();
        QString problem;
        const auto t = TimeUtil::parseTimestamp(value, QTimeZone::utc(), &problem);
        if (!t)
            return fieldError(path, row.line, name, problem);
        return std::optional<qint64>(*t);
    }
};

Result<QHash<QString, int>> header(const QString &path, const QList<CsvLine> &lines, const QStringList &known,
                                   const QStringList &required)
{
    if (lines.isEmpty())
        return Error{QCoreApplication::translate("DeckCsv", "%1: the file is empty; a header row is expected.").arg(QFileInfo(path).fileName())};
    QHash<QString, int> columns;
    for (int i = 0; i < lines.first().fields.size(); ++i) {
        const QString name = lines.first().fields[i].trimmed().toLower();
        if (!known.contains(name))
            return fieldError(path, lines.first().line, name, QCoreApplication::translate("DeckCsv", "unknown column; the columns are %1.").arg(known.join(u", ")));
        if (columns.contains(name))
            return fieldError(path, lines.first().line, name, QCoreApplication::translate("DeckCsv", "the column appears twice in the header."));
        columns.insert(name, i);
    }
    for (const QString &name : required) {
        if (!columns.contains(name))
            return fieldError(path, lines.first().line, name, QCoreApplication::translate("DeckCsv", "required column missing from the header."));
    }
    return columns;
}

// The column of the generic layout that holds a row's field.
QString genericColumn(RateField field)
{
    switch (field) {
    case RateField::Prefix: return u"prefix"_s;
    case RateField::Rate: return u"rate"_s;
    case RateField::SubsequentRate: return u"subsequent_rate"_s;
    case RateField::OffpeakRate: return u"offpeak_rate"_s;
    case RateField::InitialIncrement: return u"initial_increment"_s;
    case RateField::SubsequentIncrement: return u"subsequent_increment"_s;
    case RateField::ConnectionFee: return u"connection_fee"_s;
    case RateField::MinimumDuration: return u"minimum_duration"_s;
    case RateField::EffectiveTo: return u"effective_to"_s;
    }
    return QString();
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
}

Result<void> writeText(QIODevice &out, const RateDeck &deck, const QString &text)
{
    if (out.write(text.toUtf8()) < 0)
        return Error{QCoreApplication::translate("DeckCsv", "Writing the rate deck \"%1\": %2").arg(deck.name(), out.errorString())};
    return {};
}

// What keeps a row out of voip.ms's layout (one increment, one rate, no fees, no dates): the
// generic column and the reason, or an empty column.
std::pair<QString, QString> voipmsProblem(const RateRow &r)
{
    if (r.subsequentIncrement != r.initialIncrement)
        return {u"subsequent_increment"_s, QCoreApplication::translate("DeckCsv", "%1 s differs from the initial increment of %2 s").arg(r.subsequentIncrement).arg(r.initialIncrement)};
    if (r.subsequentRate)
        return {u"subsequent_rate"_s, QCoreApplication::translate("DeckCsv", "a subsequent rate is set")};
    if (r.offpeakRate)
        return {u"offpeak_rate"_s, QCoreApplication::translate("DeckCsv", "an off-peak rate is set")};
    if (!r.connectionFee.isZero())
        return {u"connection_fee"_s, QCoreApplication::translate("DeckCsv", "a connection fee is set")};
    if (r.minimumDuration != 0)
        return {u"minimum_duration"_s, QCoreApplication::translate("DeckCsv", "a minimum duration is set")};
    if (r.effectiveFrom != 0 || r.effectiveTo)
        return {u"effective_from"_s, QCoreApplication::translate("DeckCsv", "the row has effective dates")};
    return {};
}

// Two rows of one prefix in effect at once, named by the later row's line and `field`.
Result<QList<RateRow>> withoutOverlap(const QString &path, QList<RateRow> rows, const QList<qint64> &lineOf,
                                      const QString &field)
{
    const auto overlap = RateDeck::findOverlap(rows);
    if (!overlap)
        return rows;
    return fieldError(path, lineOf[overlap->second], field,
                      QCoreApplication::translate("DeckCsv", "prefix \"%1\" is already in effect by line %2, which has no effective_to before this row begins.")
                          .arg(rows[overlap->second].prefix).arg(lineOf[overlap->first]));
}

Result<QList<CsvLine>> parseCsv(const QString &path, const QString &text)
{
    QList<CsvLine> lines;
    CsvLine current{1, {}};
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    qint64 line = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field.append(u'"');
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && field.isEmpty()) {
            quoted = fieldStarted = true;
        } else if (c == u',') {
            current.fields.append(field);
            field.clear();
            fieldStarted = true;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            if (fieldStarted || !field.isEmpty()) {
                current.fields.append(field);
                lines.append(current);
            }
            field.clear();
            fieldStarted = false;
            current = CsvLine{++line, {}};
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted)
        return Error{QCoreApplication::translate("DeckCsv", "%1, line %2: a quoted field is not closed.").arg(QFileInfo(path).fileName()).arg(current.line)};
    if (fieldStarted || !field.isEmpty()) {
        current.fields.append(field);
        lines.append(current);
    }
    return lines;
}

} // namespace

QStringList DeckCsv::genericColumns()
{
    return {u"prefix"_s, u"destination"_s, u"rate"_s, u"initial_increment"_s, u"subsequent_increment"_s,
            u"connection_fee"_s, u"minimum_duration"_s, u"effective_from"_s, u"effective_to"_s,
            u"subsequent_rate"_s, u"offpeak_rate"_s};
}

Result<QList<CsvLine>> DeckCsv::readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("DeckCsv", "Cannot read %1: %2").arg(path, file.errorString())};
    QByteArray bytes = file.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))  // spreadsheets save CSV with a UTF-8 byte order mark
        bytes.remove(0, 3);
    return parseCsv(path, QString::fromUtf8(bytes));
}

Result<QList<RateRow>> DeckCsv::readGeneric(const QString &path)
{
    const Result<QList<CsvLine>> lines = readCsv(path);
    if (!lines)
        return Error{lines.error()};
    const auto columns = header(path, *lines, genericColumns(), {u"prefix"_s, u"rate"_s});
    if (!columns)
        return Error{columns.error()};
    QList<RateRow> rows;
    QList<qint64> lineOf;
    for (qsizetype i = 1; i < lines->size(); ++i) {
        const RowReader in{path, lines->at(i), *columns};
        if (lines->at(i).fields.size() != columns->size())
            return fieldError(path, lines->at(i).line, u"*"_s, QCoreApplication::translate("DeckCsv", "%1 fields where the header has %2.")
                                                                 .arg(lines->at(i).fields.size()).arg(columns->size()));
        RateRow r;
        r.prefix = in.text(u"prefix"_s);
        r.destination = in.text(u"destination"_s);
        const auto rate = in.money(u"rate"_s, true);
        const auto fee = in.money(u"connection_fee"_s, false);
        const auto first = in.seconds(u"initial_increment"_s, 60);
        const auto next = in.seconds(u"subsequent_increment"_s, 60);
        const auto minimum = in.seconds(u"minimum_duration"_s, 0);
        const auto from = in.time(u"effective_from"_s);
        const auto to = in.time(u"effective_to"_s);
        const auto later = in.optionalMoney(u"subsequent_rate"_s);
        const auto offpeak = in.optionalMoney(u"offpeak_rate"_s);
        for (const QString &problem : {rate.error(), fee.error(), first.error(), next.error(), minimum.error(),
                                       from.error(), to.error(), later.error(), offpeak.error()}) {
            if (!problem.isEmpty())
                return Error{problem};
        }
        r.rate = *rate;
        r.connectionFee = *fee;
        r.initialIncrement = *first;
        r.subsequentIncrement = *next;
        r.minimumDuration = *minimum;
        r.effectiveFrom = from->value_or(0);
        r.effectiveTo = *to;
        r.subsequentRate = *later;
        r.offpeakRate = *offpeak;
        if (const auto problem = RateDeck::checkRow(r))
            return fieldError(path, lines->at(i).line, genericColumn(problem->field), problem->message + u'.');
        rows.append(r);
        lineOf.append(lines->at(i).line);
    }
    return withoutOverlap(path, rows, lineOf, u"effective_from"_s);
}

Result<QList<RateRow>> DeckCsv::readVoipms(const QString &path, VoipmsSide side)
{
    const Result<QList<CsvLine>> lines = readCsv(path);
    if (!lines)
        return Error{lines.error()};
    const QStringList known = {u"destination"_s, u"prefix"_s, u"client_increment"_s, u"client_rate"_s,
                               u"real_increment"_s, u"real_rate"_s};
    const QString increment = side == VoipmsSide::Client ? u"client_increment"_s : u"real_increment"_s;
    const QString rateColumn = side == VoipmsSide::Client ? u"client_rate"_s : u"real_rate"_s;
    const auto columns = header(path, *lines, known, {u"prefix"_s, increment, rateColumn});
    if (!columns)
        return Error{columns.error()};
    QList<RateRow> rows;
    QList<qint64> lineOf;
    for (qsizetype i = 1; i < lines->size(); ++i) {
        const RowReader in{path, lines->at(i), *columns};
        if (lines->at(i).fields.size() != columns->size())
            return fieldError(path, lines->at(i).line, u"*"_s, QCoreApplication::translate("DeckCsv", "%1 fields where the header has %2.")
                                                                 .arg(lines->at(i).fields.size()).arg(columns->size()));
        const auto rate = in.money(rateColumn, true);
        if (!rate)
            return Error{rate.error()};
        const auto step = in.seconds(increment, -1);
        if (!step || *step < 1)
            return step ? fieldError(path, lines->at(i).line, increment, QCoreApplication::translate("DeckCsv", "an increment is required."))
                        : Error{step.error()};
        RateRow r;
        r.prefix = in.text(u"prefix"_s);
        r.destination = in.text(u"destination"_s);
        r.rate = *rate;
        r.initialIncrement = r.subsequentIncrement = *step;
        if (const auto problem = RateDeck::checkRow(r))
            return fieldError(path, lines->at(i).line, problem->field == RateField::Prefix ? u"prefix"_s : rateColumn,
                              problem->message + u'.');
        rows.append(r);
        lineOf.append(lines->at(i).line);
    }
    return withoutOverlap(path, rows, lineOf, u"prefix"_s);
}

Result<void> DeckCsv::writeGeneric(QIODevice &out, const RateDeck &deck)
{
    QString text = genericColumns().join(u',') + u'\n';
    for (const RateRow &r : deck.rows()) {
        text += QStringList{r.prefix, csvField(r.destination), r.rate.toString(0),
                            QString::number(r.initialIncrement), QString::number(r.subsequentIncrement),
                            r.connectionFee.toString(0), QString::number(r.minimumDuration),
                            r.effectiveFrom == 0 ? QString() : TimeUtil::formatIso(r.effectiveFrom),
                            r.effectiveTo ? TimeUtil::formatIso(*r.effectiveTo) : QString(),
                            r.subsequentRate ? r.subsequentRate->toString(0) : QString(),
                            r.offpeakRate ? r.offpeakRate->toString(0) : QString()}
                    .join(u',')
                + u'\n';
    }
    return writeText(out, deck, text);
}

Result<void> DeckCsv::writeVoipms(QIODevice &out, const RateDeck &deck)
{
    QString text = u"destination,prefix,client_increment,client_rate\n"_s;
    for (const RateRow &r : deck.rows()) {
        if (const auto [column, problem] = voipmsProblem(r); !column.isEmpty())
            return Error{QCoreApplication::translate("DeckCsv", "Rate deck \"%1\", prefix \"%2\", field %3: %4; voip.ms rates have one increment, "
                            "one rate, no fees and no dates. Export it as generic instead.")
                             .arg(deck.name(), r.prefix, column, problem)};
        text += QStringList{csvField(r.destination), r.prefix, QString::number(r.initialIncrement), r.rate.toString(0)}
                    .join(u',')
                + u'\n';
    }
    return writeText(out, deck, text);
}
