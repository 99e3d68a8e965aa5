// The confer executable: the window, or the command line when given a command.
#include "cli/commandline.h"
#include "cli/invocation.h"
#include "desktop.h"

int main(int argc, char **argv)
{
    if (Confer::Cli::invocationMode(Confer::Cli::argumentsFrom(argc, argv)) == Confer::Cli::Mode::CommandLine) {
        return Confer::Cli::main(argc, argv);
    }
    return Confer::Desktop::main(argc, argv);
}
