#pragma once

#include "core/callrecord.h"
#include "fakeoptions.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <functional>

class QHttpServerRequest;

// What the four fakes share: the generated calls and request plumbing.
namespace FakeCalls {

// Calls the demo generator makes for these options, in start order, numbered from 0. The same
// options give the same calls; the fakes turn each into their provider's wire shape.
void generate(const FakeOptions &options, const std::function<void(const CallRecord &, qint64)> &visit);

QByteArray compact(const QJsonObject &object);

// Query parameters (and form parameters of a POST body) separated by '&' or ';', as Enswitch
// accepts them; the last value of a repeated name wins.
QHash<QString, QString> parameters(const QHttpServerRequest &request);

// A stable pseudo-random lowercase hex string of `width` digits derived from `text`.
QString hexDigest(const QString &text, int width);

} // namespace FakeCalls
