#include "cgratesimport.h"

#include "deckcsv.h"
#include "ratedeck.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>

using namespace Qt::StringLiterals;

namespace {

struct Source
{
    QString file;
    QList<CsvLine> lines; // header comment lines removed
};

Error at(const QString &file, qint64 line, const QString &field, const QString &problem)
{
    return Error{QCoreApplication::translate("CgratesImport", "%1, line %2, field %3: %4").arg(file).arg(line).arg(field, problem)};
}

Result<Source> load(const QString &folder, const QString &file, int fields)
{
    Result<QList<CsvLine>> lines = DeckCsv::readCsv(QDir(folder).filePath(file));
    if (!lines)
        return Error{lines.error()};
    Source source{file, {}};
    for (const CsvLine &line : *lines) {
        if (line.fields.value(0).startsWith(u'#'))
            continue;
        if (line.fields.size() != fields)
            return at(file, line.line, u"*"_s, QCoreApplication::translate("CgratesImport", "%1 fields where %2 are expected.").arg(line.fields.size()).arg(fields));
        source.lines.append(line);
    }
    return source;
}

// "60s", "1m", "0s", "1" (seconds) to seconds.
std::optional<qint64> duration(const QString &text)
{
    static const QList<std::pair<QString, qint64>> units = {{u"ms"_s, 0}, {u"s"_s, 1}, {u"m"_s, 60}, {u"h"_s, 3600}};
    QString value = text.trimmed();
    qint64 factor = 1;
    for (const auto &[suffix, f] : units) {
        if (value.endsWith(suffix)) {
            if (f == 0)
                return std::nullopt;
            value.chop(suffix.size());
            factor = f;
            break;
        }
    }
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    return ok && n >= 0 ? std::optional<qint64>(n * factor) : std::nullopt;
}

struct Group
{
    qint64 line;
    Money fee;
    Money perMinute;
    qint64 increment;
    qint64 start;
};

// One Rates.csv line as a group with its rate converted to per minute, exactly.
Result<Group> group(const Source &rates, const CsvLine &line)
{
    QString problem;
    const auto fee = Money::parse(line.fields[1], &problem);
    if (!fee)
        return at(rates.file, line.line, u"ConnectFee"_s, problem);
    const auto rate = Money::parse(line.fields[2], &problem);
    if (!rate)
        return at(rates.file, line.line, u"Rate"_s, problem);
    const auto unit = duration(line.fields[3]);
    if (!unit || *unit == 0)
        return at(rates.file, line.line, u"RateUnit"_s, QCoreApplication::translate("CgratesImport", "\"%1\" is not a duration such as 60s.").arg(line.fields[3]));
    const auto increment = duration(line.fields[4]);
    if (!increment || *increment == 0)
        return at(rates.file, line.line, u"RateIncrement"_s, QCoreApplication::translate("CgratesImport", "\"%1\" is not a duration such as 1s.").arg(line.fields[4]));
    const auto start = duration(line.fields[5]);
    if (!start)
        return at(rates.file, line.line, u"GroupIntervalStart"_s, QCoreApplication::translate("CgratesImport", "\"%1\" is not a duration.").arg(line.fields[5]));
    if (fee->isNegative())
        return at(rates.file, line.line, u"ConnectFee"_s, QCoreApplication::translate("CgratesImport", "%1 is negative.").arg(line.fields[1]));
    if (rate->isNegative())
        return at(rates.file, line.line, u"Rate"_s, QCoreApplication::translate("CgratesImport", "%1 is negative.").arg(line.fields[2]));
    const auto perMinute = rate->mulDiv(60, *unit, RoundingRule::HalfUp);
    if (!perMinute || perMinute->mulDiv(*unit, 60) != rate)
        return at(rates.file, line.line, u"RateUnit"_s, QCoreApplication::translate("CgratesImport", "the rate per %1 s is not an exact amount per minute.").arg(*unit));
    return Group{line.line, *fee, *perMinute, *increment, *start};
}

Result<RateRow> rowFromGroups(const Source &rates, const QString &tag, QList<Group> groups)
{
    std::sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) { return a.start < b.start; });
    const Group &first = groups.first();
    if (first.start != 0)
        return at(rates.file, first.line, u"GroupIntervalStart"_s, QCoreApplication::translate("CgratesImport", "the first group of %1 must start at 0s.").arg(tag));
    RateRow row;
    row.rate = first.perMinute;
    row.connectionFee = first.fee;
    row.initialIncrement = row.subsequentIncrement = first.increment;
    if (groups.size() > 2)
        return at(rates.file, groups[2].line, u"GroupIntervalStart"_s, QCoreApplication::translate("CgratesImport", "%1 has more than two groups; CDR Desk rates a first block and the rest.").arg(tag));
    if (groups.size() == 2) {
        const Group &second = groups[1];
        if (second.start != first.increment)
            return at(rates.file, second.line, u"GroupIntervalStart"_s,
                      QCoreApplication::translate("CgratesImport", "the second group of %1 must start where the first increment ends (%2s).").arg(tag).arg(first.increment));
        if (!second.fee.isZero())
            return at(rates.file, second.line, u"ConnectFee"_s, QCoreApplication::translate("CgratesImport", "only the first group of %1 may have a connection fee.").arg(tag));
        row.subsequentIncrement = second.increment;
        if (second.perMinute != first.perMinute)
            row.subsequentRate = second.perMinute;
    }
    return row;
}

struct PlanSources
{
    const Source &destinationRates;
    const Source &rates;
    const Source &destinations;
    const QHash<QString, QList<const CsvLine *>> &prefixes;   // Destinations.csv lines by id
    const QHash<QString, QList<Group>> &groups;                // Rates.csv groups by id
};

// The rounding of one DestinationRates line, which must match the plan's other lines.
Result<void> takeRounding(const Source &source, const CsvLine &dr, DeckRules &rules, bool &seen)
{
    const QString method = dr.fields[3].trimmed();
    const std::optional<RoundingRule> rule = method == u"*up" ? std::optional(RoundingRule::Up)
                                           : method == u"*down" ? std::optional(RoundingRule::Down)
                                           : method == u"*middle" ? std::optional(RoundingRule::HalfUp) : std::nullopt;
    bool decimalsOk = false;
    const int decimals = dr.fields[4].trimmed().toInt(&decimalsOk);
    if (!rule)
        return at(source.file, dr.line, u"RoundingMethod"_s, QCoreApplication::translate("CgratesImport", "\"%1\" is not *up, *down or *middle.").arg(method));
    if (!decimalsOk || decimals < 0 || decimals > Money::Decimals)
        return at(source.file, dr.line, u"RoundingDecimals"_s, QCoreApplication::translate("CgratesImport", "\"%1\" is not a number from 0 to 8.").arg(dr.fields[4]));
    if (seen && (rules.rounding != *rule || rules.decimals != decimals))
        return at(source.file, dr.line, u"RoundingMethod"_s, QCoreApplication::translate("CgratesImport", "the plan's destination rates round differently; a deck has one rounding."));
    seen = true;
    rules.rounding = *rule;
    rules.decimals = decimals;
    return {};
}

// The rows of one DestinationRates line: its rate for each prefix of its destination, each row's
// line in `rowLines`.
Result<void> addDestinationRate(const PlanSources &in, const CsvLine &dr, CgratesImport::Plan &plan, QList<qint64> &rowLines,
                                bool &roundingSeen)
{
    const QString &file = in.destinationRates.file;
    if (!dr.fields[5].trimmed().isEmpty() && Money::parse(dr.fields[5]) != Money())
        return at(file, dr.line, u"MaxCost"_s, QCoreApplication::translate("CgratesImport", "a maximum cost (%1) is not supported.").arg(dr.fields[5]));
    if (auto ok = takeRounding(in.destinationRates, dr, plan.rules, roundingSeen); !ok)
        return ok;
    const QString tag = dr.fields[2];
    if (!in.groups.contains(tag))
        return at(file, dr.line, u"RatesTag"_s, QCoreApplication::translate("CgratesImport", "\"%1\" is not in Rates.csv.").arg(tag));
    Result<RateRow> row = rowFromGroups(in.rates, tag, in.groups.value(tag));
    if (!row)
        return Error{row.error()};
    const QString destination = dr.fields[1];
    if (destination == u"*any") {
        RateRow r = *row;
        r.destination = destination;
        plan.rows.append(r);
        rowLines.append(dr.line);
        return {};
    }
    const QList<const CsvLine *> lines = in.prefixes.value(destination);
    if (lines.isEmpty())
        return at(file, dr.line, u"DestinationId"_s, QCoreApplication::translate("CgratesImport", "\"%1\" is not in Destinations.csv.").arg(destination));
    for (const CsvLine *line : lines) {
        RateRow r = *row;
        r.prefix = line->fields[1].trimmed();
        r.destination = destination;
        if (const auto problem = RateDeck::checkRow(r); problem && problem->field == RateField::Prefix)
            return at(in.destinations.file, line->line, u"Prefix"_s, problem->message + u'.');
        plan.rows.append(r);
        rowLines.append(dr.line);
    }
    return {};
}

} // namespace

Result<QStringList> CgratesImport::ratingPlans(const QString &folder)
{
    const Result<Source> plans = load(folder, u"RatingPlans.csv"_s, 4);
    if (!plans)
        return Error{plans.error()};
    QStringList ids;
    for (const CsvLine &line : plans->lines) {
        if (!ids.contains(line.fields[0]))
            ids.append(line.fields[0]);
    }
    return ids;
}

Result<CgratesImport::Plan> CgratesImport::read(const QString &folder, const QString &ratingPlanId)
{
    const Result<Source> destinations = load(folder, u"Destinations.csv"_s, 2);
    const Result<Source> rates = load(folder, u"Rates.csv"_s, 6);
    const Result<Source> destinationRates = load(folder, u"DestinationRates.csv"_s, 7);
    const Result<Source> plans = load(folder, u"RatingPlans.csv"_s, 4);
    for (const QString &problem : {destinations.error(), rates.error(), destinationRates.error(), plans.error()}) {
        if (!problem.isEmpty())
            return Error{problem};
    }
    QHash<QString, QList<const CsvLine *>> prefixes;
    for (const CsvLine &line : destinations->lines)
        prefixes[line.fields[0]].append(&line);
    QHash<QString, QList<Group>> groups;
    for (const CsvLine &line : rates->lines) {
        const Result<Group> g = group(*rates, line);
        if (!g)
            return Error{g.error()};
        groups[line.fields[0]].append(*g);
    }
    // One DestinationRates id may list several destinations, one line each.
    QHash<QString, QList<const CsvLine *>> byId;
    for (const CsvLine &line : destinationRates->lines)
        byId[line.fields[0]].append(&line);

    const PlanSources sources{*destinationRates, *rates, *destinations, prefixes, groups};
    Plan plan;
    QList<qint64> rowLines;
    bool roundingSeen = false;
    for (const CsvLine &line : plans->lines) {
        if (line.fields[0] != ratingPlanId)
            continue;
        if (line.fields[2] != u"*any")
            return at(plans->file, line.line, u"TimingTag"_s, QCoreApplication::translate("CgratesImport", "only *any is supported; use the deck's peak windows instead."));
        const QList<const CsvLine *> rateLines = byId.value(line.fields[1]);
        if (rateLines.isEmpty())
            return at(plans->file, line.line, u"DestinationRatesId"_s, QCoreApplication::translate("CgratesImport", "\"%1\" is not in DestinationRates.csv.").arg(line.fields[1]));
        for (const CsvLine *dr : rateLines) {
            if (auto ok = addDestinationRate(sources, *dr, plan, rowLines, roundingSeen); !ok)
                return Error{ok.error()};
        }
    }
    if (!roundingSeen)
        return Error{QCoreApplication::translate("CgratesImport", "%1: there is no rating plan \"%2\".").arg(plans->file, ratingPlanId)};
    if (const auto overlap = RateDeck::findOverlap(plan.rows))
        return at(destinationRates->file, rowLines[overlap->second], u"DestinationId"_s,
                  QCoreApplication::translate("CgratesImport", "prefix \"%1\" is already rated by line %2; a rating plan rates a prefix once.")
                      .arg(plan.rows[overlap->second].prefix).arg(rowLines[overlap->first]));
    return plan;
}
