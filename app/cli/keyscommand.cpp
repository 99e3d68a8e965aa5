#include "cli/keyscommand.h"

#include "core/appidentity.h"
#include "secrets/apikeystore.h"
#include "secrets/conventionalkeys.h"

#include <QEventLoop>
#include <QFile>
#include <QLocale>
#include <QSettings>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace Confer::Cli
{

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Confer::Cli::Keys", text);
}

int usage(CommandContext &context, const QString &message)
{
    context.err << "confer: " << message << '\n' << tr("Run 'confer help keys' for usage.") << '\n';
    context.err.flush();
    return UsageError;
}

int failure(CommandContext &context, const QString &message)
{
    context.err << "confer: " << message << '\n';
    context.err.flush();
    return Failure;
}

// Waits for one asynchronous key store answer. The command line has no other
// event loop running, so this is the top-level loop, not a nested one.
SecretResult await(const std::function<void(QObject *, SecretCallback)> &operation)
{
    QEventLoop loop;
    SecretResult outcome;
    operation(&loop, [&outcome, &loop](const SecretResult &result) {
        outcome = result;
        loop.quit();
    });
    loop.exec();
    return outcome;
}

// Reads one key from standard input; with a terminal, asks for it without echo.
QString readKey(CommandContext &context, const QString &providerId)
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        return {};
    }
    QByteArray bytes;
#ifdef Q_OS_UNIX
    if (::isatty(STDIN_FILENO)) {
        context.err << tr("API key for %1 (input is hidden): ").arg(providerId);
        context.err.flush();
        termios saved {};
        const bool haveTerminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
        if (haveTerminal) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
        bytes = input.readLine();
        if (haveTerminal) {
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        }
        context.err << '\n';
        context.err.flush();
    } else {
        bytes = input.readAll();
    }
#else
    Q_UNUSED(context)
    Q_UNUSED(providerId)
    bytes = input.readAll();
#endif
    const QString key = QString::fromUtf8(bytes).trimmed();
    bytes.fill('\0');
    return key;
}

bool validProviderId(const QString &id)
{
    // '@' separates the profile scope in keychain entry names and ':' marks Confer's own entries.
    return !id.trimmed().isEmpty() && !id.contains(QLatin1Char('@')) && !id.startsWith(QLatin1Char(':'));
}

QString environmentHint(const QString &providerId)
{
    const QStringList variables = keyRequestFor(providerId).environmentVariables;
    if (variables.isEmpty()) {
        return tr("Confer keeps API keys only in the system keychain, never in a file. Start a Secret Service "
                  "(such as GNOME Keyring or KWallet) in your desktop session and try again.");
    }
    return tr("Confer keeps API keys only in the system keychain, never in a file. Start a Secret Service "
              "(such as GNOME Keyring or KWallet) in your desktop session and try again, or set %1 in the "
              "environment of the commands that need the key.")
        .arg(variables.first());
}

struct Stores {
    explicit Stores(const Profile &profile)
        : settings(profile.openSettings())
        , keychain(AppIdentity::appId())
        , keys(keychain, *settings, profile.scopeId())
    {
    }
    std::unique_ptr<QSettings> settings;
    KeychainStore keychain;
    ApiKeyStore keys;
};

int setKey(CommandContext &context, const QString &providerId)
{
    const QString key = readKey(context, providerId);
    if (key.isEmpty()) {
        return failure(context, tr("No key was given on standard input; nothing was saved."));
    }
    Stores stores(context.profile);
    const SecretResult result
        = await([&](QObject *loop, SecretCallback done) { stores.keys.write(providerId, key, loop, done); });
    if (!result.ok()) {
        return failure(context,
            tr("The key for %1 was not saved. %2").arg(providerId, result.message) + QLatin1Char('\n')
                + environmentHint(providerId));
    }
    context.out << tr("Saved the key for %1 in the system keychain.").arg(providerId) << '\n';
    context.out.flush();
    return Success;
}

int removeKey(CommandContext &context, const QString &providerId)
{
    Stores stores(context.profile);
    const bool wasIndexed = stores.keys.hasKeychainKey(providerId);
    const SecretResult result
        = await([&](QObject *loop, SecretCallback done) { stores.keys.remove(providerId, loop, done); });
    if (!result.ok()) {
        return failure(context,
            tr("The key for %1 could not be removed. %2").arg(providerId, result.message) + QLatin1Char('\n')
                + environmentHint(providerId));
    }
    context.out << (wasIndexed ? tr("Removed the key for %1 from the system keychain.").arg(providerId)
                               : tr("No key for %1 was in the system keychain.").arg(providerId))
                << '\n';
    const KeyRequest request = keyRequestFor(providerId);
    if (EnvironmentKeySource::fromEnvironment(request).origin == KeyOrigin::Environment) {
        context.out << tr("A key for %1 is still set in the environment.").arg(providerId) << '\n';
    }
    context.out.flush();
    return Success;
}

int listKeys(CommandContext &context)
{
    Stores stores(context.profile);
    QList<KeyRequest> providers = conventionalKeyRequests();
    for (const QString &id : stores.keys.providersWithKeychainKeys()) {
        const bool known = std::any_of(providers.cbegin(), providers.cend(),
            [&id](const KeyRequest &request) { return request.providerId == id; });
        if (!known) {
            providers << KeyRequest {id, {}};
        }
    }

    QList<QPair<QString, QString>> rows;
    for (const KeyRequest &request : std::as_const(providers)) {
        if (stores.keys.hasKeychainKey(request.providerId)) {
            const QDateTime setAt = stores.keys.keychainKeySetAt(request.providerId);
            rows.append({request.providerId,
                setAt.isValid() ? tr("keychain (saved %1)").arg(setAt.toString(Qt::ISODate)) : tr("keychain")});
            continue;
        }
        for (const QString &variable : request.environmentVariables) {
            if (!qEnvironmentVariableIsEmpty(variable.toLocal8Bit().constData())) {
                rows.append({request.providerId, tr("environment (%1)").arg(variable)});
                break;
            }
        }
    }
    if (rows.isEmpty()) {
        context.out << tr("No API keys are stored in the keychain or set in the environment.") << '\n';
        context.out.flush();
        return Success;
    }
    qsizetype width = 0;
    for (const auto &row : std::as_const(rows)) {
        width = std::max(width, row.first.size());
    }
    for (const auto &row : std::as_const(rows)) {
        context.out << row.first.leftJustified(width + 2) << row.second << '\n';
    }
    context.out.flush();
    return Success;
}
}

Command keysCommand()
{
    return {QStringLiteral("keys"), tr("set|list|remove [PROVIDER]"),
        tr("Manage API keys in the system keychain (set reads the key from standard input)."),
        [](CommandContext &context) {
            const QString action = context.arguments.value(0);
            if (action == QLatin1String("list")) {
                if (context.arguments.size() != 1) {
                    return usage(context, tr("'keys list' takes no further arguments."));
                }
                return listKeys(context);
            }
            if (action != QLatin1String("set") && action != QLatin1String("remove")) {
                return usage(context,
                    action.isEmpty() ? tr("'keys' needs an action: set, list or remove.")
                                     : tr("Unknown keys action '%1'.").arg(action));
            }
            if (context.arguments.size() != 2) {
                return usage(context,
                    tr("'keys %1' takes exactly one provider (the key itself is read from standard input).")
                        .arg(action));
            }
            const QString providerId = context.arguments.at(1);
            if (!validProviderId(providerId)) {
                return usage(context, tr("'%1' is not a provider name.").arg(providerId));
            }
            if (const auto error = context.profile.ensureDirectories()) {
                return failure(context, *error);
            }
            return action == QLatin1String("set") ? setKey(context, providerId) : removeKey(context, providerId);
        }};
}

}
