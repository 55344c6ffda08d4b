#pragma once

#include "fakeoptions.h"
#include "fakeprovider.h"

#include <QHash>
#include <QList>
#include <QStringList>

// The voip.ms REST API's CDR functions (spec 002) at /api/v1/rest.php: `method` plus
// api_username/api_password, answers {"status":"success", …} or a non-success status such as
// "invalid_credentials", "missing_date_from", "no_cdr" (every status is listed in docs/fakes.md).
// Every value of a row is a string, as voip.ms writes them.
class VoipmsFake : public FakeProvider
{
public:
    explicit VoipmsFake(const FakeOptions &options);

    FakeResponse handle(const QHttpServerRequest &request) override;
    FakeHugeShape hugeShape() const override;

private:
    struct Row
    {
        qint64 start;
        qint64 seconds;
        qint64 totalUnits;     // cost in Money units
        qint64 rateUnits;      // per minute
        qint64 client;         // voip.ms reseller client ID
        QString direction;     // in out
        QString disposition;   // ANSWERED NO ANSWER BUSY FAILED
        QString account;
        QString callerid;
        QString destination;
        QString uniqueid;
    };
    using Parameters = QHash<QString, QString>;

    FakeResponse accounts(const Parameters &p) const;
    FakeResponse callTypes(const Parameters &p) const;
    FakeResponse cdr(const Parameters &p, bool reseller) const;
    FakeResponse rates(const Parameters &p) const;
    FakeResponse terminationRates(const Parameters &p) const;
    QByteArray rowJson(const Row &row, int timezone, bool reseller) const;

    FakeOptions m_options;
    QList<Row> m_rows;
    QStringList m_dids;
};
