#pragma once

#include <QStringList>

namespace Confer::Cli
{

// What `confer ARGS` asks for, decided before any application object exists:
// the window (no arguments but --profile, --new-conversation and Qt's own
// window options), or the
// command-line interface (anything else, including --help and unknown options).
enum class Mode { Window, CommandLine };

Mode invocationMode(const QStringList &arguments);

// The --profile value from arguments (either "--profile DIR" or
// "--profile=DIR"), or an empty string.
QString profileArgument(const QStringList &arguments);

QStringList argumentsFrom(int argc, char **argv);

// The window option that opens Confer on a new, empty conversation (the
// desktop entry's "New Conversation" action).
QString newConversationFlag();

}
