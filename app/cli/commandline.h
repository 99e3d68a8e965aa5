#pragma once

#include "core/profile.h"

#include <QCoreApplication>
#include <QList>
#include <QTextStream>

#include <functional>

namespace Confer::Cli
{

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

struct CommandContext {
    QStringList arguments; // after the command's name
    Profile profile;
    QTextStream &out;
    QTextStream &err;
};

struct Command {
    QString name;
    QString synopsis; // arguments, as shown after the name in help
    QString summary;
    std::function<int(CommandContext &)> run;
};

// The `confer COMMAND ...` interface: global options, a table of commands,
// help and version output. Writes only to the streams it is given.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Confer::Cli::CommandLine)

public:
    CommandLine(QTextStream &out, QTextStream &err);

    void addCommand(Command command);

    // arguments[0] is the program name. Returns the process exit status.
    int run(const QStringList &arguments);

private:
    int printHelp(const QString &commandName);
    int printVersion();
    int usageError(const QString &message);
    const Command *findCommand(const QString &name) const;

    QTextStream &m_out;
    QTextStream &m_err;
    QList<Command> m_commands;
};

// Runs the command-line interface as a whole process: application object,
// identity, translations, then CommandLine::run.
int main(int argc, char **argv);

}
