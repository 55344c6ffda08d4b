#pragma once

#include "fakeoptions.h"
#include "fakeprovider.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

// The Enswitch JSON API (spec 000 cdrs/create, 001 cdrs/list): /api/json/<function>/ with
// auth_username/auth_password, parameters separated by ';' or '&', answers in the envelope
// {"responses":[{"code","key","message"}],"data":[…]}. Every cdrs/list filter, sort, limit and
// offset is applied; cdrs/create checks every parameter, applies the defaults and, unless
// validation=1, adds the call so later lists return it.
class EnswitchFake : public FakeProvider
{
public:
    explicit EnswitchFake(const FakeOptions &options);

    FakeResponse handle(const QHttpServerRequest &request) override;
    FakeHugeShape hugeShape() const override;

private:
    struct Row
    {
        qint64 start;
        qint64 scustomer;
        qint64 dcustomer;
        bool archived;
        QByteArray json;
    };
    using Parameters = QHash<QString, QString>;

    FakeResponse list(const Parameters &parameters) const;
    FakeResponse create(const Parameters &parameters);
    void insert(Row row);

    FakeOptions m_options;
    QList<Row> m_rows;   // in start order
};
