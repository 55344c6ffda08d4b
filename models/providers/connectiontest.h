#pragma once

#include "connection.h"
#include "providererror.h"
#include "providerhttp.h"

#include <QObject>

#include <functional>

// Tries a connection with the cheapest request its provider has (Enswitch: cdrs/list of one
// call; voip.ms: getCallBilling; Kazoo: one CDR; PBX: one row) and says whether the URL and
// credentials work. The client is a child of `parent`; `done` is called once.
namespace ConnectionTest {

using Done = std::function<void(const ProviderError &error)>;

void run(const ProviderAccess &access, const HttpSettings &settings, QObject *parent, Done done);

} // namespace ConnectionTest
