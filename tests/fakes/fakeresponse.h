#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>

// One HTTP answer of a fake provider, before faults are applied.
struct FakeResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static FakeResponse json(int status, const QJsonDocument &document)
    {
        return {status, "application/json", document.toJson(QJsonDocument::Compact), {}};
    }
    static FakeResponse raw(int status, const QByteArray &contentType, const QByteArray &body)
    {
        return {status, contentType, body, {}};
    }
};

// A huge answer is streamed as head, `rows` copies of row separated by commas, and tail: valid
// JSON in the provider's own shape, never held whole in memory.
struct FakeHugeShape
{
    QByteArray head;
    QByteArray row;
    QByteArray tail;
};
