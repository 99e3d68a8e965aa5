#pragma once

#include <QString>

namespace Confer::LogFile
{

// Sends Qt's log messages (warnings and above, plus info for confer.*
// categories) to a file in the profile as well as to stderr. The file is
// rotated once it passes 1 MiB; one previous file is kept.
// Returns false when the file cannot be opened; logging then stays on stderr.
bool install(const QString &path);

// Restores the previous message handler and closes the file.
void uninstall();

}
