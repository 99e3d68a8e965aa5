#pragma once

#include "cli/commandline.h"

namespace Confer::Cli
{

// `confer history …`, `confer export …` and `confer import …`: the
// conversation store from the terminal.
void addStoreCommands(CommandLine &commandLine);

// Whether these arguments ask for something that lays out text (a PDF
// export) and so needs a QGuiApplication rather than a QCoreApplication.
bool needsGuiApplication(const QStringList &arguments);

}
