#pragma once

namespace Confer::Desktop
{

// Runs Confer as a desktop application: checks for a display, builds the
// application object and the main window, and returns the exit status.
int main(int argc, char **argv);

}
