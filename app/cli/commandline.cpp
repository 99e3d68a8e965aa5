#include "cli/commandline.h"

#include "cli/invocation.h"
#include "cli/keyscommand.h"
#include "cli/providercommands.h"
#include "cli/storecommands.h"
#include "core/appidentity.h"
#include "core/buildinfo.h"
#include "core/translations.h"

#include <QGuiApplication>
#include <QLibraryInfo>

#include <cstdio>

namespace Confer::Cli
{

namespace
{
constexpr qsizetype HelpWidth = 100;
}

CommandLine::CommandLine(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
    addCommand({QStringLiteral("help"), tr("[COMMAND]"), tr("Show help for Confer or for one command."),
        [this](CommandContext &context) {
            if (context.arguments.size() > 1) {
                return usageError(tr("'help' takes at most one command name."));
            }
            return printHelp(context.arguments.value(0));
        }});
    addCommand({QStringLiteral("version"), QString(), tr("Show the version of Confer and its libraries."),
        [this](CommandContext &context) {
            if (!context.arguments.isEmpty()) {
                return usageError(tr("'version' takes no arguments."));
            }
            return printVersion();
        }});
}

void CommandLine::addCommand(Command command)
{
    m_commands.append(std::move(command));
}

const Command *CommandLine::findCommand(const QString &name) const
{
    for (const Command &command : m_commands) {
        if (command.name == name) {
            return &command;
        }
    }
    return nullptr;
}

int CommandLine::run(const QStringList &arguments)
{
    QString profileDirectory;
    qsizetype i = 1;
    for (; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--")) {
            ++i;
            break;
        }
        if (!argument.startsWith(QLatin1Char('-')) || argument == QLatin1String("-")) {
            break;
        }
        if (argument == QLatin1String("-h") || argument == QLatin1String("--help")) {
            return printHelp({});
        }
        if (argument == QLatin1String("-v") || argument == QLatin1String("--version")) {
            return printVersion();
        }
        if (argument == QLatin1String("--profile")) {
            if (i + 1 >= arguments.size() || arguments.at(i + 1).isEmpty()) {
                return usageError(tr("--profile needs a directory."));
            }
            profileDirectory = arguments.at(++i);
        } else if (argument.startsWith(QLatin1String("--profile="))) {
            profileDirectory = argument.mid(10);
            if (profileDirectory.isEmpty()) {
                return usageError(tr("--profile needs a directory."));
            }
        } else {
            return usageError(tr("Unknown option '%1'.").arg(argument));
        }
    }

    if (i >= arguments.size()) {
        return usageError(tr("No command given."));
    }
    const QString name = arguments.at(i);
    const Command *command = findCommand(name);
    if (!command) {
        return usageError(tr("Unknown command '%1'.").arg(name));
    }
    CommandContext context {arguments.mid(i + 1), Profile::resolve(profileDirectory), m_out, m_err};
    if (context.arguments.contains(QLatin1String("--help")) || context.arguments.contains(QLatin1String("-h"))) {
        return printHelp(name);
    }
    return command->run(context);
}

int CommandLine::printHelp(const QString &commandName)
{
    if (!commandName.isEmpty()) {
        const Command *command = findCommand(commandName);
        if (!command) {
            return usageError(tr("Unknown command '%1'.").arg(commandName));
        }
        m_out << tr("Usage: confer [--profile DIR] %1 %2").arg(command->name, command->synopsis).trimmed() << "\n\n"
              << command->summary << '\n';
        m_out.flush();
        return Success;
    }

    m_out << tr("Usage: confer [--profile DIR] [COMMAND [ARGUMENTS]]") << "\n\n"
          << tr("Confer is a desktop workbench for chatting with many AI models side by side.\n"
                "Without a command it opens its window; with one it works in the terminal.")
          << "\n\n"
          << tr("Global options:") << '\n'
          << "  --profile DIR    " << tr("Keep settings, history, caches and logs in DIR") << '\n'
          << "                   " << tr("(also CONFER_PROFILE; default: the standard locations)") << '\n'
          << "  -h, --help       " << tr("Show this help") << '\n'
          << "  -v, --version    " << tr("Show version information") << "\n\n"
          << tr("Window options:") << '\n'
          << "  --new-conversation  " << tr("Open the window on a new, empty conversation") << "\n\n"
          << tr("Commands:") << '\n';
    // The overview names each command; 'confer help COMMAND' shows its arguments.
    qsizetype width = 0;
    for (const Command &command : std::as_const(m_commands)) {
        width = std::max(width, command.name.size());
    }
    const qsizetype indent = width + 4;
    for (const Command &command : std::as_const(m_commands)) {
        m_out << "  " << command.name.leftJustified(width + 2);
        qsizetype column = indent;
        const QStringList words = command.summary.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < words.size(); ++i) {
            if (i > 0 && column + 1 + words.at(i).size() > HelpWidth) {
                m_out << '\n' << QString(indent, QLatin1Char(' '));
                column = indent;
            } else if (i > 0) {
                m_out << ' ';
                ++column;
            }
            m_out << words.at(i);
            column += words.at(i).size();
        }
        m_out << '\n';
    }
    m_out << '\n' << tr("Run 'confer help COMMAND' for a command's options.") << '\n';
    m_out.flush();
    return Success;
}

int CommandLine::printVersion()
{
    m_out << "confer " << AppIdentity::version() << '\n'
          << tr("Qt %1 (built with %2), KSyntaxHighlighting %3, QtKeychain %4")
                 .arg(QString::fromLatin1(qVersion()), QString::fromLatin1(BuildInfo::qtVersion),
                     QString::fromLatin1(BuildInfo::syntaxHighlightingVersion),
                     QString::fromLatin1(BuildInfo::keychainVersion))
          << '\n';
    m_out.flush();
    return Success;
}

int CommandLine::usageError(const QString &message)
{
    m_err << "confer: " << message << '\n' << tr("Run 'confer --help' for usage.") << '\n';
    m_err.flush();
    return UsageError;
}

int main(int argc, char **argv)
{
    // A PDF export lays out text, which takes a GUI application; no window is
    // shown, so the offscreen platform serves wherever this runs.
    std::unique_ptr<QCoreApplication> application;
    if (needsGuiApplication(argumentsFrom(argc, argv))) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    AppIdentity::apply();
    Translations::install();

    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine commandLine(out, err);
    addProviderCommands(commandLine);
    commandLine.addCommand(keysCommand());
    addStoreCommands(commandLine);
    return commandLine.run(QCoreApplication::arguments());
}

}
