#pragma once

#include "cli/commandline.h"

namespace Confer::Cli
{

// `confer ask`, `confer models` and `confer providers`: the provider layer on the command line.
void addProviderCommands(CommandLine &commandLine);

Command askCommand();
Command modelsCommand();
Command providersCommand();

}
