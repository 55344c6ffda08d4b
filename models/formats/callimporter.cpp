#include "callimporter.h"

#include "asteriskcsvmapper.h"
#include "columnmapper.h"
#include "csvreader.h"
#include "freeswitchcsvmapper.h"
#include "kazoomapper.h"
#include "pbxmapper.h"
#include "readahead.h"
#include "rejectswriter.h"
#include "voipmsmapper.h"
#include "numbers/numberanalyzer.h"
#include "store/callstore.h"
#include "store/callwriter.h"
#include "store/database.h"
#include "store/schema.h"
#include "store/sqlerror.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

using Item = ImportItem;
using Reader = ImportReader;

Item csvFailure(const CsvReader &csv)
{
    Item item;
    item.kind = Item::Kind::Failed;
    item.line = csv.line();
    item.problem = {u"-"_s, csv.errorString()};
    return item;
}

// Headerless CSV whose columns the mapper knows by position.
Reader positionalReader(std::shared_ptr<CsvReader> csv, std::shared_ptr<CsvRowMapper> mapper)
{
    return [csv, mapper]() {
        Item item;
        const CsvReader::Status status = csv->next(item.raw);
        if (status == CsvReader::Status::End)
            return item;
        if (status == CsvReader::Status::Error)
            return csvFailure(*csv);
        item.line = csv->line();
        item.kind = mapper->map(item.raw, item.record, item.problem) ? Item::Kind::Record : Item::Kind::Invalid;
        return item;
    };
}

// CSV with a header row: each row becomes an object keyed by the header.
Reader headerReader(std::shared_ptr<CsvReader> csv, std::shared_ptr<ObjectMapper> mapper)
{
    auto header = std::make_shared<QStringList>();
    return [csv, mapper, header]() {
        Item item;
        CsvReader::Status status = csv->next(item.raw);
        if (status == CsvReader::Status::Row && header->isEmpty()) {
            for (const QByteArray &name : std::as_const(item.raw))
                header->append(ImportFields::decode(name).trimmed());
            status = csv->next(item.raw);
        }
        if (status == CsvReader::Status::End)
            return item;
        if (status == CsvReader::Status::Error)
            return csvFailure(*csv);
        item.line = csv->line();
        if (item.raw.size() != header->size()) {
            item.kind = Item::Kind::Invalid;
            item.problem = {u"columns"_s, QCoreApplication::translate("CallImporter", "%1 columns; the header has %2").arg(item.raw.size()).arg(header->size())};
            return item;
        }
        QJsonObject object;
        for (qsizetype i = 0; i < item.raw.size(); ++i)
            object.insert(header->at(i), ImportFields::decode(item.raw[i]));
        item.kind = mapper->map(object, item.record, item.problem) ? Item::Kind::Record : Item::Kind::Invalid;
        return item;
    };
}

// The records of a JSON document: the envelope's array, a bare array, or one document.
Result<QJsonArray> jsonRecords(const QByteArray &bytes, ImportFormat format)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (document.isNull())
        return Error{QCoreApplication::translate("CallImporter", "not valid JSON at byte %1: %2").arg(error.offset).arg(error.errorString())};
    if (document.isArray())
        return document.array();
    const QJsonObject root = document.object();
    const QString status = root.value(u"status"_s).toString();
    if (format == ImportFormat::VoipmsJson && !status.isEmpty() && status != u"success")
        return Error{QCoreApplication::translate("CallImporter", "the response's status is \"%1\", not success").arg(status)};
    for (const QString &key : {u"data"_s, u"cdr"_s, u"values"_s}) {
        if (root.value(key).isArray())
            return root.value(key).toArray();
    }
    return QJsonArray{root};
}

Reader jsonReader(std::shared_ptr<QJsonArray> records, std::shared_ptr<ObjectMapper> mapper)
{
    auto next = std::make_shared<qsizetype>(0);
    return [records, mapper, next]() {
        Item item;
        if (*next >= records->size())
            return item;
        const QJsonValue value = records->at((*next)++);
        item.line = *next;  // JSON: the record's position in the document, from 1
        item.raw = {QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)};
        if (!value.isObject()) {
            item.kind = Item::Kind::Invalid;
            item.problem = {u"-"_s, QCoreApplication::translate("CallImporter", "is not a JSON object")};
            return item;
        }
        item.kind = mapper->map(value.toObject(), item.record, item.problem) ? Item::Kind::Record : Item::Kind::Invalid;
        return item;
    };
}

std::shared_ptr<ObjectMapper> objectMapper(ImportFormat format, const QTimeZone &zone)
{
    const QString source = u"import:"_s + ImportFormats::name(format);
    switch (format) {
    case ImportFormat::KazooJson:
        return std::make_shared<KazooMapper>(source, KazooMapper::Timestamp::IsEnd, zone);
    case ImportFormat::KazooCsv:
        return std::make_shared<KazooMapper>(source, KazooMapper::Timestamp::IsStart, zone);
    case ImportFormat::VoipmsJson:
        return std::make_shared<VoipmsMapper>(zone);
    case ImportFormat::PbxJson:
        return std::make_shared<PbxMapper>(zone);
    case ImportFormat::EnswitchJson:
        return std::make_shared<ColumnMapper>(source, false, zone);
    case ImportFormat::CdrdeskCsv:
        return std::make_shared<ColumnMapper>(source, true, zone);
    default:
        return {};
    }
}

Result<Reader> makeReader(QFile &file, ImportFormat format, const ImportOptions &options)
{
    if (ImportFormats::isJson(format)) {
        auto records = jsonRecords(file.readAll(), format);
        if (!records)
            return Error{records.error()};
        return jsonReader(std::make_shared<QJsonArray>(*records), objectMapper(format, options.zone));
    }
    auto csv = std::make_shared<CsvReader>(file);
    if (format == ImportFormat::AsteriskCsv)
        return positionalReader(csv, std::make_shared<AsteriskCsvMapper>(options.zone));
    if (format == ImportFormat::FreeswitchCsv) {
        QStringList variables = FreeswitchCsvMapper::exampleTemplate();
        if (!options.templatePath.isEmpty()) {
            auto chosen = FreeswitchCsvMapper::templateFromFile(options.templatePath);
            if (!chosen)
                return Error{chosen.error()};
            variables = *chosen;
        }
        return positionalReader(csv, std::make_shared<FreeswitchCsvMapper>(variables, options.zone));
    }
    return headerReader(csv, objectMapper(format, options.zone));
}

Result<qint64> storedCalls(Database &database)
{
    CallFilter all;
    all.archive = true;
    return CallStore(database).count(all);
}

// A CSV row of a CDR file is 150–400 bytes: an estimate of the rows a file holds.
constexpr qint64 BytesPerRow = 250;
constexpr qint64 BulkMinimumRows = 200000;

// Whether a file is better loaded without the store's sort indexes, built again after the
// load: on SQLite, when the file would at least double the store. Sorting once beats updating
// eleven B-trees row by row (several times faster at a million rows and more); on a large store
// with a small file, maintaining them costs less than rebuilding them.
bool loadsInBulk(Database &database, qint64 fileSize, qint64 storedRows)
{
    const qint64 rows = fileSize / BytesPerRow;
    return database.dialect().kind() == DatabaseSpec::Kind::SQLite && rows >= BulkMinimumRows && rows >= storedRows;
}

// The first value a pragma returns; nothing if it failed or returned no row.
std::optional<QString> pragma(QSqlQuery &query, const QString &sql)
{
    std::optional<QString> value;
    if (query.exec(sql) && query.next())
        value = query.value(0).toString();
    query.finish();
    return value;
}

// A bulk load's SQLite settings, for as long as it lives: a 128 MB page cache (the growing table
// and its unique key stay in memory instead of being read back from the file). The connection's
// own cache size comes back afterwards, whatever happened.
class BulkSettings
{
public:
    explicit BulkSettings(Database &database)
        : m_pragma(database.connection())
    {
        m_cacheSize = pragma(m_pragma, u"PRAGMA cache_size"_s);
        (void)pragma(m_pragma, u"PRAGMA cache_size = -131072"_s);
    }
    ~BulkSettings()
    {
        if (m_cacheSize)
            (void)pragma(m_pragma, u"PRAGMA cache_size = "_s + *m_cacheSize);
    }
    BulkSettings(const BulkSettings &) = delete;
    BulkSettings &operator=(const BulkSettings &) = delete;

    // Before the index builds, so memory stays independent of the file's size. The writer's
    // transaction keeps statement journals in memory (temp_store = MEMORY, see
    // Database::Statements), and with that setting SQLite's sorter never writes a sorted run to
    // a file: each CREATE INDEX would hold every key of the table in memory. Back on files, the
    // sorter writes runs as large as the page cache, on both cores, and the table is read in
    // order, so a 32 MB cache loses nothing. (The journals stay in memory: SQLite chose that
    // when the transaction began.)
    Result<void> sortOnFiles()
    {
        for (const QString &sql : {u"PRAGMA temp_store = DEFAULT"_s, u"PRAGMA cache_size = -32768"_s, u"PRAGMA threads = 2"_s}) {
            if (auto ok = execute(m_pragma, sql, QCoreApplication::translate("CallImporter", "Preparing the index builds")); !ok)
                return ok;
        }
        return {};
    }

private:
    QSqlQuery m_pragma;
    std::optional<QString> m_cacheSize;  // the connection's own
};

// A bulk load into a store that no other connection has open goes through SQLite's rollback
// journal instead of the write-ahead log. The log takes every page the load writes and then
// copies each into the file at the checkpoint (twice the disk of the load, and its time); the
// rollback journal needs none of the pages appended beyond the file's old end, which is nearly
// all of them. Leaving WAL needs the store to itself, so with other connections open (the GUI's
// grid) the load stays in WAL; the attempt does not wait for them. While the load runs, other
// processes cannot read the store (they can in WAL). WAL and the settings come back afterwards.
class RollbackJournal
{
public:
    explicit RollbackJournal(Database &database)
        : m_pragma(database.connection())
    {
        const std::optional<QString> busyTimeout = value(u"PRAGMA busy_timeout"_s);
        m_synchronous = value(u"PRAGMA synchronous"_s);
        if (!busyTimeout || !m_synchronous || !value(u"PRAGMA busy_timeout = 0"_s))
            return;
        m_switched = value(u"PRAGMA journal_mode = DELETE"_s) == u"delete"_s;
        (void)value(u"PRAGMA busy_timeout = "_s + *busyTimeout);
        if (m_switched)
            (void)value(u"PRAGMA synchronous = FULL"_s);  // a rollback journal is durable when synced
    }
    ~RollbackJournal()
    {
        if (!m_switched)
            return;
        (void)value(u"PRAGMA journal_mode = WAL"_s);
        (void)value(u"PRAGMA synchronous = "_s + *m_synchronous);
    }
    RollbackJournal(const RollbackJournal &) = delete;
    RollbackJournal &operator=(const RollbackJournal &) = delete;

private:
    std::optional<QString> value(const QString &sql) { return pragma(m_pragma, sql); }

    QSqlQuery m_pragma;
    std::optional<QString> m_synchronous;
    bool m_switched = false;
};

} // namespace

CallImporter::CallImporter(Database &database)
    : m_database(database)
{
}

Result<ImportStats> CallImporter::importFile(const QString &path, const ImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("CallImporter", "%1: cannot read: %2").arg(path, file.errorString())};
    ImportStats stats;
    m_failedOnInput = true;
    // A template file says the CSV is FreeSWITCH's, whatever its columns.
    const auto format = options.format                  ? options.format
                        : !options.templatePath.isEmpty() ? ImportFormat::FreeswitchCsv
                                                          : ImportFormats::detect(file.peek(1 << 16));
    if (!format)
        return Error{QCoreApplication::translate("CallImporter", "%1: cannot tell the file's format; name it with --format (%2)")
                         .arg(path, ImportFormats::names().join(u", "_s))};
    stats.format = *format;
    auto reader = makeReader(file, *format, options);
    if (!reader)
        return Error{QCoreApplication::translate("CallImporter", "%1: %2").arg(path, reader.error())};
    m_failedOnInput = false;
    const Result<qint64> before = storedCalls(m_database);
    if (!before)
        return Error{before.error()};

    const bool bulk = loadsInBulk(m_database, file.size(), *before);
    std::optional<RollbackJournal> journal;  // outside the transaction, and outliving it
    if (bulk)
        journal.emplace(m_database);
    CallWriter writer(m_database);
    if (auto begun = writer.begin(); !begun)
        return Error{begun.error()};
    // Inside the writer's transaction: a rollback brings the indexes back with everything else.
    std::optional<BulkSettings> bulkSettings;
    if (bulk) {
        bulkSettings.emplace(m_database);
        if (auto dropped = Schema::dropCallIndexes(m_database.connection(), m_database.dialect()); !dropped) {
            writer.rollback();
            return Error{dropped.error()};
        }
    }
    RejectsWriter rejects(path + u".rejects.csv"_s);
    const auto abandon = [&writer, &rejects](const QString &message) {
        writer.rollback();
        rejects.cancel();
        return Error{message};
    };
    const QString name = QFileInfo(path).fileName();
    const qint64 size = file.size();
    // Reading, mapping and number analysis run a few batches ahead on a second thread; the
    // writer's analysis then finds the numbers done (it fills only empty ones).
    auto numbers = std::make_shared<NumberAnalyzer>(m_database.defaultCountry());  // as CallWriter reads them
    ReadAhead items(std::move(*reader), [numbers](CallRecord &record) { numbers->fill(record); },
                    [&file] { return file.pos(); });
    qint64 position = 0;
    for (;;) {
        const Item &item = items.next(position);
        if (item.kind == Item::Kind::End)
            break;
        ++stats.read;
        m_failedOnInput = item.kind != Item::Kind::Record;
        if (item.kind != Item::Kind::Record && !options.skipInvalid)
            return abandon(QCoreApplication::translate("CallImporter", "%1:%2: %3: %4").arg(path).arg(item.line).arg(item.problem.field, item.problem.message));
        if (item.kind != Item::Kind::Record) {
            if (auto written = rejects.write(item.line, item.problem, item.raw); !written)
                return abandon(written.error());
            ++stats.rejected;
            if (item.kind == Item::Kind::Failed)
                break;  // the rest of the file cannot be read (a truncated last line)
        } else if (auto written = writer.write(item.record); !written) {  // a shallow copy; ReadAhead frees the record
            return abandon(QCoreApplication::translate("CallImporter", "%1:%2: %3").arg(path).arg(item.line).arg(written.error()));
        }
        m_failedOnInput = false;
        if (options.progress && stats.read % 1000 == 0 && !options.progress(position, size))
            return abandon(QCoreApplication::translate("CallImporter", "Import of %1 cancelled; nothing was stored.").arg(name));
    }
    if (bulk) {
        if (auto sorting = bulkSettings->sortOnFiles(); !sorting)
            return abandon(sorting.error());
        if (auto indexed = Schema::createCallIndexes(m_database.connection(), m_database.dialect()); !indexed)
            return abandon(indexed.error());
    }
    if (auto committed = writer.commit(); !committed)
        return abandon(committed.error());
    if (auto finished = rejects.commit(); !finished)
        return Error{finished.error()};
    const Result<qint64> after = storedCalls(m_database);
    stats.imported = after ? *after - *before : 0;
    stats.skipped = stats.read - stats.rejected - stats.imported;
    stats.rejectsPath = stats.rejected > 0 ? rejects.path() : QString();
    if (options.progress)
        options.progress(size, size);
    return stats;
}
