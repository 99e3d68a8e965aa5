#include "cli/keyscommand.h"

#include "providers/modelcatalog.h"
#include "providers/network/httppolicy.h"
#include "providers/providerregistry.h"
#include "secrets/apikeystore.h"
#include "secrets/profilekeys.h"

#include <QEventLoop>
#include <QFile>
#include <QLocale>
#include <QNetworkAccessManager>
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
struct Keys {
    Q_DECLARE_TR_FUNCTIONS(Confer::Cli::Keys)
};

int usage(CommandContext &context, const QString &message)
{
    context.err << "confer: " << message << '\n' << Keys::tr("Run 'confer help keys' for usage.") << '\n';
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
        // Echo goes off before the prompt appears, so nothing typed after it is shown.
        termios saved {};
        const bool haveTerminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
        if (haveTerminal) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
        context.err << Keys::tr("API key for %1 (input is hidden): ").arg(providerId);
        context.err.flush();
        bytes = input.readLine();
        if (haveTerminal) {
            ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
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

QString environmentHint(const ProviderInfo &provider)
{
    if (provider.keyEnvironmentVariables.isEmpty()) {
        return Keys::tr("Confer keeps API keys only in the system keychain, never in a file. Start a Secret Service "
                        "(such as GNOME Keyring or KWallet) in your desktop session and try again.");
    }
    return Keys::tr("Confer keeps API keys only in the system keychain, never in a file. Start a Secret Service "
                    "(such as GNOME Keyring or KWallet) in your desktop session and try again, or set %1 in the "
                    "environment of the commands that need the key.")
        .arg(provider.keyEnvironmentVariables.first());
}

KeyRequest keyRequest(const ProviderInfo &provider)
{
    return {provider.id, provider.keyEnvironmentVariables};
}

int setKey(CommandContext &context, const ProviderInfo &provider)
{
    const QString &providerId = provider.id;
    const QString key = readKey(context, providerId);
    if (key.isEmpty()) {
        return failure(context, Keys::tr("No key was given on standard input; nothing was saved."));
    }
    ProfileKeys keys(context.profile);
    const SecretResult result
        = await([&](QObject *loop, SecretCallback done) { keys.store().write(providerId, key, loop, done); });
    if (!result.ok()) {
        return failure(context,
            Keys::tr("The key for %1 was not saved. %2").arg(providerId, result.message) + QLatin1Char('\n')
                + environmentHint(provider));
    }
    context.out << Keys::tr("Saved the key for %1 in the system keychain.").arg(providerId) << '\n';
    context.out.flush();
    return Success;
}

int removeKey(CommandContext &context, const ProviderInfo &provider)
{
    const QString &providerId = provider.id;
    ProfileKeys keys(context.profile);
    const bool wasIndexed = keys.store().hasKeychainKey(providerId);
    const SecretResult result
        = await([&](QObject *loop, SecretCallback done) { keys.store().remove(providerId, loop, done); });
    if (!result.ok()) {
        return failure(context,
            Keys::tr("The key for %1 could not be removed. %2").arg(providerId, result.message) + QLatin1Char('\n')
                + environmentHint(provider));
    }
    context.out << (wasIndexed ? Keys::tr("Removed the key for %1 from the system keychain.").arg(providerId)
                               : Keys::tr("No key for %1 was in the system keychain.").arg(providerId))
                << '\n';
    if (EnvironmentKeySource::fromEnvironment(keyRequest(provider)).origin == KeyOrigin::Environment) {
        context.out << Keys::tr("A key for %1 is still set in the environment.").arg(providerId) << '\n';
    }
    context.out.flush();
    return Success;
}

int listKeys(CommandContext &context)
{
    ProfileKeys keys(context.profile);
    const ProviderRegistry registry(context.profile);
    QList<KeyRequest> providers;
    for (const ProviderInfo &provider : registry.providers()) {
        if (provider.needsKey() || keys.store().hasKeychainKey(provider.id)) {
            providers << keyRequest(provider);
        }
    }
    // Keys stored for providers since removed are listed too, so they can be removed.
    for (const QString &id : keys.store().providersWithKeychainKeys()) {
        if (!registry.provider(id)) {
            providers << KeyRequest {id, {}};
        }
    }

    QList<QPair<QString, QString>> rows;
    for (const KeyRequest &request : std::as_const(providers)) {
        if (keys.store().hasKeychainKey(request.providerId)) {
            const QDateTime setAt = keys.store().keychainKeySetAt(request.providerId);
            rows.append({request.providerId,
                setAt.isValid() ? Keys::tr("keychain (saved %1)").arg(setAt.toString(Qt::ISODate))
                                : Keys::tr("keychain")});
            continue;
        }
        for (const QString &variable : request.environmentVariables) {
            if (!qEnvironmentVariableIsEmpty(variable.toLocal8Bit().constData())) {
                rows.append({request.providerId, Keys::tr("environment (%1)").arg(variable)});
                break;
            }
        }
    }
    if (rows.isEmpty()) {
        context.out << Keys::tr("No API keys are stored in the keychain or set in the environment.") << '\n';
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

int testKey(CommandContext &context, const ProviderInfo &provider)
{
    ProfileKeys keys(context.profile);
    const auto network = Http::createNetworkAccessManager();
    ModelCatalog catalog(network.get(), &keys.store(), context.profile);
    QEventLoop loop;
    CatalogEntry entry;
    QObject::connect(&catalog, &ModelCatalog::loaded, &loop, [&](const CatalogEntry &loaded) {
        entry = loaded;
        loop.quit();
    });
    catalog.load(provider, true);
    loop.exec();
    if (entry.status != CatalogEntry::Status::Ok) {
        return failure(context, Keys::tr("Testing %1 failed: %2").arg(provider.id, entry.message));
    }
    const KeyOrigin origin = keys.store().origin(keyRequest(provider));
    context.out << (provider.needsKey()
            ? Keys::tr("%1 accepted the key (%2). Its models:").arg(provider.id, ApiKeyStore::describe(origin))
            : Keys::tr("%1 answered. Its models:").arg(provider.id))
                << '\n';
    for (const ModelInfo &model : std::as_const(entry.models)) {
        context.out << "  " << provider.id << '/' << model.id << '\n';
    }
    context.out.flush();
    return Success;
}
}

Command keysCommand()
{
    return {QStringLiteral("keys"), Keys::tr("set|list|remove|test [PROVIDER]"),
        Keys::tr("API keys in the system keychain: set one (read from standard input), list where each comes from, "
                 "remove one, or test one by listing the provider's models."),
        [](CommandContext &context) {
            const QString action = context.arguments.value(0);
            if (action == QLatin1String("list")) {
                if (context.arguments.size() != 1) {
                    return usage(context, Keys::tr("'keys list' takes no further arguments."));
                }
                return listKeys(context);
            }
            if (action != QLatin1String("set") && action != QLatin1String("remove")
                && action != QLatin1String("test")) {
                return usage(context,
                    action.isEmpty() ? Keys::tr("'keys' needs an action: set, list, remove or test.")
                                     : Keys::tr("Unknown keys action '%1'.").arg(action));
            }
            if (context.arguments.size() != 2) {
                return usage(context,
                    Keys::tr("'keys %1' takes exactly one provider (a key itself is only read from standard input).")
                        .arg(action));
            }
            const QString providerId = context.arguments.at(1);
            auto provider = ProviderRegistry(context.profile).provider(providerId);
            if (!provider && action == QLatin1String("remove") && !providerId.contains(QLatin1Char('@'))
                && !providerId.startsWith(QLatin1Char(':'))) {
                // A key kept for a custom provider that was removed since.
                provider = ProviderInfo {};
                provider->id = providerId;
            }
            if (!provider) {
                return usage(
                    context, Keys::tr("Unknown provider '%1'. 'confer providers list' shows them.").arg(providerId));
            }
            if (action == QLatin1String("test")) {
                return testKey(context, *provider);
            }
            if (action == QLatin1String("set") && !provider->needsKey()) {
                return usage(context, Keys::tr("%1 takes no API key.").arg(providerId));
            }
            if (const auto error = context.profile.ensureDirectories()) {
                return failure(context, *error);
            }
            return action == QLatin1String("set") ? setKey(context, *provider) : removeKey(context, *provider);
        }};
}

}
