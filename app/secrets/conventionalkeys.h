#pragma once

#include "secrets/keysource.h"

#include <QList>

namespace Confer
{

// The environment variables other tools use for each preset provider's key
// (issue #3's list), as key requests in a stable order. The provider registry
// carries the same names with its presets; this table lets the keys command
// and the Settings window name them before the registry is wired in.
QList<KeyRequest> conventionalKeyRequests();

// The request for one provider: its conventional variables, or none for a custom provider.
KeyRequest keyRequestFor(const QString &providerId);

}
