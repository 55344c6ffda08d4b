#pragma once

#include "fakeresponse.h"

class QHttpServerRequest;

// One provider's API, answered from generated calls. Implementations follow the spec documents
// in /work/shared/spec (see docs/fakes.md for what the specs leave open and what we chose).
class FakeProvider
{
public:
    virtual ~FakeProvider() = default;
    virtual FakeResponse handle(const QHttpServerRequest &request) = 0;
    // What a huge answer to this provider's list request looks like.
    virtual FakeHugeShape hugeShape() const = 0;
};
