#include "cli/invocation.h"

#include <QSet>

namespace Confer::Cli
{

namespace
{
// Options that QGuiApplication and QApplication consume themselves.
const QSet<QString> &qtWindowOptionsWithValue()
{
    static const QSet<QString> options = {
        QStringLiteral("-platform"),
        QStringLiteral("-platformpluginpath"),
        QStringLiteral("-platformtheme"),
        QStringLiteral("-plugin"),
        QStringLiteral("-qwindowgeometry"),
        QStringLiteral("-qwindowicon"),
        QStringLiteral("-qwindowtitle"),
        QStringLiteral("-style"),
        QStringLiteral("-stylesheet"),
        QStringLiteral("-session"),
        QStringLiteral("-display"),
    };
    return options;
}

const QSet<QString> &qtWindowFlags()
{
    static const QSet<QString> flags = {newConversationFlag(), QStringLiteral("-reverse"),
        QStringLiteral("-widgetcount"), QStringLiteral("-nograb"), QStringLiteral("-dograb")};
    return flags;
}
}

QString newConversationFlag()
{
    return QStringLiteral("--new-conversation");
}

QStringList argumentsFrom(int argc, char **argv)
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    return arguments;
}

Mode invocationMode(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--profile") || qtWindowOptionsWithValue().contains(argument)) {
            ++i; // skip the value
            continue;
        }
        if (argument.startsWith(QLatin1String("--profile=")) || qtWindowFlags().contains(argument)) {
            continue;
        }
        return Mode::CommandLine;
    }
    return Mode::Window;
}

QString profileArgument(const QStringList &arguments)
{
    QString profile;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--profile") && i + 1 < arguments.size()) {
            profile = arguments.at(++i);
        } else if (argument.startsWith(QLatin1String("--profile="))) {
            profile = argument.mid(10);
        } else if (argument == QLatin1String("--")) {
            break;
        }
    }
    return profile;
}

}
