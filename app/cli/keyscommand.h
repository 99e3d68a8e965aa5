#pragma once

#include "cli/commandline.h"

namespace Confer::Cli
{

// `confer keys set|list|remove|test PROVIDER`: API keys in the system keychain.
// A key is read from standard input (without echo on a terminal), never from
// an argument, and never printed.
Command keysCommand();

}
