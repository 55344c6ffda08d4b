#pragma once

#include "fakeoptions.h"
#include "fakeprovider.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

// The 2600Hz Kazoo crossbar /cdrs API (spec 003): GET /v2/accounts/{account_id}/cdrs and
// /cdrs/{cdr_id} with X-Auth-Token (or ?auth_token=, as the spec's curl example). Lists are
// newest first, filtered by created_from/created_to (Gregorian seconds, inclusive) and paged by
// page_size/start_key with next_start_key in the envelope; details carry every field the spec
// lists with custom_channel_vars nested; Accept: application/octet-stream (or text/csv) gives CSV.
class KazooFake : public FakeProvider
{
public:
    explicit KazooFake(const FakeOptions &options);

    FakeResponse handle(const QHttpServerRequest &request) override;
    FakeHugeShape hugeShape() const override;

private:
    struct Row
    {
        qint64 timestamp;   // Gregorian seconds when the CDR was written (the call's end)
        QString id;
        QByteArray detail;  // the whole document, compact JSON
    };
    enum class Format { Json, Csv };

    FakeResponse list(const QHash<QString, QString> &p, Format format) const;
    FakeResponse detail(const QString &id, Format format) const;
    FakeResponse error(int code, const QString &message, const QJsonObject &data = {}) const;
    FakeResponse success(const QByteArray &data, const QByteArray &extra = {}) const;

    FakeOptions m_options;
    QList<Row> m_rows;          // newest first: timestamp, then id, descending
    QHash<QString, qsizetype> m_index;   // id -> row
};
