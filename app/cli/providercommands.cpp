// `confer providers` and `confer models`.

#include "cli/providercommands.h"

#include "providers/modelcatalog.h"
#include "providers/network/httppolicy.h"
#include "providers/providerregistry.h"
#include "secrets/profilekeys.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace Confer::Cli
{

namespace
{

class Providers
{
    Q_DECLARE_TR_FUNCTIONS(Confer::Cli::Providers)

public:
    static int run(CommandContext &context);
    static int models(CommandContext &context);

private:
    static int usageError(CommandContext &context, const QString &command, const QString &message);
    static int failure(CommandContext &context, const QString &message);
    static int list(CommandContext &context);
    static int add(CommandContext &context);
};

int Providers::usageError(CommandContext &context, const QString &command, const QString &message)
{
    context.err << "confer: " << message << '\n' << tr("Run 'confer help %1' for usage.").arg(command) << '\n';
    context.err.flush();
    return UsageError;
}

int Providers::failure(CommandContext &context, const QString &message)
{
    context.err << "confer: " << message << '\n';
    context.err.flush();
    return Failure;
}

int Providers::run(CommandContext &context)
{
    const QString command = QStringLiteral("providers");
    const QString action = context.arguments.value(0);
    const QStringList rest = context.arguments.mid(1);
    ProviderRegistry registry(context.profile);
    if (action == QLatin1String("list")) {
        if (!rest.isEmpty()) {
            return usageError(context, command, tr("'providers list' takes no arguments."));
        }
        return list(context);
    }
    if (action == QLatin1String("add")) {
        return add(context);
    }
    if (action == QLatin1String("remove")) {
        if (rest.size() != 1) {
            return usageError(context, command, tr("'providers remove' needs one provider name."));
        }
        if (auto error = registry.removeCustom(rest.constFirst())) {
            return failure(context, *error);
        }
        context.out << tr("Removed %1.").arg(rest.constFirst()) << '\n';
        context.out.flush();
        return Success;
    }
    if (action == QLatin1String("set-url")) {
        if (rest.size() != 2) {
            return usageError(
                context, command, tr("'providers set-url' needs a provider name and a URL (or 'default')."));
        }
        const bool reset = rest.at(1) == QLatin1String("default");
        if (auto error = registry.setBaseUrl(rest.at(0), reset ? QUrl() : QUrl(rest.at(1)))) {
            return failure(context, *error);
        }
        const auto provider = registry.provider(rest.at(0));
        context.out << tr("%1 now uses %2").arg(provider->id, provider->baseUrl.toString()) << '\n';
        context.out.flush();
        return Success;
    }
    if (action == QLatin1String("set-streams")) {
        bool ok = false;
        const int streams = rest.size() == 2 ? rest.at(1).toInt(&ok) : 0;
        if (!ok) {
            return usageError(context, command, tr("'providers set-streams' needs a provider name and a number."));
        }
        if (auto error = registry.setMaxConcurrentStreams(rest.at(0), streams)) {
            return failure(context, *error);
        }
        context.out << tr("%1 now streams at most %2 answers at once.").arg(rest.at(0)).arg(streams) << '\n';
        context.out.flush();
        return Success;
    }
    if (action == QLatin1String("set-headers")) {
        if (rest.isEmpty()) {
            return usageError(context, command, tr("'providers set-headers' needs a provider name."));
        }
        RawHeaders headers;
        for (const QString &text : rest.mid(1)) {
            const qsizetype colon = text.indexOf(QLatin1Char(':'));
            if (colon <= 0) {
                return usageError(context, command, tr("A header is 'Name: value', not '%1'.").arg(text));
            }
            headers.append({text.left(colon).trimmed().toLatin1(), text.mid(colon + 1).trimmed().toLatin1()});
        }
        if (auto error = registry.setExtraHeaders(rest.at(0), headers)) {
            return failure(context, *error);
        }
        context.out << (headers.isEmpty()
                ? tr("%1 sends no extra headers now.").arg(rest.at(0))
                : tr("%1 now sends %n extra header(s).", nullptr, int(headers.size())).arg(rest.at(0)))
                    << '\n';
        context.out.flush();
        return Success;
    }
    return usageError(context, command,
        action.isEmpty()
            ? tr("'providers' needs list, add, remove, set-url, set-streams or set-headers.")
            : tr("Unknown action '%1': use list, add, remove, set-url, set-streams or set-headers.").arg(action));
}

int Providers::list(CommandContext &context)
{
    const ProviderRegistry registry(context.profile);
    ProfileKeys keys(context.profile);
    QList<QStringList> rows {{tr("PROVIDER"), tr("PROTOCOL"), tr("BASE URL"), tr("KEY"), tr("STREAMS")}};
    for (const ProviderInfo &info : registry.providers()) {
        // From the key index and the environment: listing never unlocks the keychain.
        const KeyOrigin origin = keys.store().origin({info.id, info.keyEnvironmentVariables});
        QString key;
        if (origin == KeyOrigin::Keychain) {
            key = tr("in the keychain");
        } else if (!info.needsKey()) {
            key = info.custom ? tr("optional") : tr("none needed");
        } else {
            key = info.keyEnvironmentVariables.join(QLatin1Char('|'))
                + (origin == KeyOrigin::None ? tr(" (not set)") : tr(" (set)"));
        }
        QString url = info.baseUrl.toString();
        if (info.custom) {
            url += tr(" (custom provider)");
        } else if (info.baseUrl != info.defaultBaseUrl) {
            url += tr(" (changed)");
        }
        rows.append({info.id, protocolName(info.protocol), url, key, QString::number(info.maxConcurrentStreams)});
    }
    QList<qsizetype> widths(rows.constFirst().size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype column = 0; column < row.size(); ++column) {
            widths[column] = std::max(widths[column], row.at(column).size());
        }
    }
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            line += row.at(column).leftJustified(widths.at(column) + 2);
        }
        context.out << line.trimmed() << '\n';
    }
    context.out.flush();
    return Success;
}

int Providers::add(CommandContext &context)
{
    const QString command = QStringLiteral("providers");
    const QStringList arguments = context.arguments.mid(1);
    QString name;
    std::optional<Protocol> protocol;
    QUrl baseUrl;
    RawHeaders headers;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        const auto value = [&]() -> std::optional<QString> {
            if (i + 1 >= arguments.size()) {
                return std::nullopt;
            }
            return arguments.at(++i);
        };
        if (argument == QLatin1String("--protocol")) {
            const auto text = value();
            protocol = text ? protocolFromName(*text) : std::nullopt;
            if (!protocol) {
                return usageError(context, command, tr("--protocol needs openai, anthropic, gemini or ollama."));
            }
        } else if (argument == QLatin1String("--base-url")) {
            const auto text = value();
            if (!text) {
                return usageError(context, command, tr("--base-url needs a URL."));
            }
            baseUrl = QUrl(*text);
        } else if (argument == QLatin1String("--header")) {
            const auto text = value();
            const qsizetype colon = text ? text->indexOf(QLatin1Char(':')) : -1;
            if (colon <= 0) {
                return usageError(context, command, tr("--header needs 'Name: value'."));
            }
            const QByteArray headerName = text->left(colon).trimmed().toLatin1();
            if (headerName.contains(' ') || Http::isSensitiveHeader(headerName)) {
                return usageError(context, command,
                    tr("'%1' cannot be a stored header: keys belong in the keychain or the environment.")
                        .arg(QString::fromLatin1(headerName)));
            }
            headers.append({headerName, text->mid(colon + 1).trimmed().toLatin1()});
        } else if (argument.startsWith(QLatin1Char('-'))) {
            return usageError(context, command, tr("Unknown option '%1'.").arg(argument));
        } else if (name.isEmpty()) {
            name = argument;
        } else {
            return usageError(context, command, tr("'providers add' takes one name."));
        }
    }
    if (name.isEmpty() || !protocol || baseUrl.isEmpty()) {
        return usageError(context, command, tr("'providers add' needs NAME, --protocol and --base-url."));
    }
    ProviderRegistry registry(context.profile);
    if (auto error = registry.addCustom(name, *protocol, baseUrl, headers)) {
        return failure(context, *error);
    }
    context.out << tr("Added %1 (%2, %3).").arg(name, protocolName(*protocol), baseUrl.toString()) << '\n';
    context.out.flush();
    return Success;
}

QString price(const std::optional<double> &perMillion)
{
    return perMillion ? QStringLiteral("$") + QString::number(*perMillion, 'f', 2) : QStringLiteral("–");
}

QJsonObject modelJson(const ModelInfo &model)
{
    QJsonObject object {{QStringLiteral("id"), model.id}, {QStringLiteral("name"), model.displayName}};
    if (model.contextLength) {
        object.insert(QStringLiteral("context_length"), double(*model.contextLength));
    }
    if (model.inputUsdPerMillionTokens) {
        object.insert(QStringLiteral("input_usd_per_million_tokens"), *model.inputUsdPerMillionTokens);
    }
    if (model.outputUsdPerMillionTokens) {
        object.insert(QStringLiteral("output_usd_per_million_tokens"), *model.outputUsdPerMillionTokens);
    }
    if (!model.inputModalities.isEmpty()) {
        object.insert(QStringLiteral("input_modalities"), QJsonArray::fromStringList(model.inputModalities));
    }
    if (!model.supportedParameters.isEmpty()) {
        object.insert(QStringLiteral("supported_parameters"), QJsonArray::fromStringList(model.supportedParameters));
    }
    return object;
}

QString statusName(CatalogEntry::Status status)
{
    switch (status) {
    case CatalogEntry::Status::Ok:
        return QStringLiteral("ok");
    case CatalogEntry::Status::NoKey:
        return QStringLiteral("no_key");
    case CatalogEntry::Status::NotRunning:
        return QStringLiteral("not_running");
    case CatalogEntry::Status::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

int Providers::models(CommandContext &context)
{
    const QString command = QStringLiteral("models");
    bool refresh = false;
    bool json = false;
    QString only;
    for (const QString &argument : std::as_const(context.arguments)) {
        if (argument == QLatin1String("--refresh")) {
            refresh = true;
        } else if (argument == QLatin1String("--json")) {
            json = true;
        } else if (argument.startsWith(QLatin1Char('-'))) {
            return usageError(context, command, tr("Unknown option '%1'.").arg(argument));
        } else if (only.isEmpty()) {
            only = argument;
        } else {
            return usageError(context, command, tr("'models' takes at most one provider."));
        }
    }
    const ProviderRegistry registry(context.profile);
    QList<ProviderInfo> providers;
    if (only.isEmpty()) {
        providers = registry.providers();
    } else if (const auto provider = registry.provider(only)) {
        providers = {*provider};
    } else {
        return usageError(context, command, tr("Unknown provider '%1'. 'confer providers list' shows them.").arg(only));
    }

    const auto network = Http::createNetworkAccessManager();
    ProfileKeys keys(context.profile); // keychain, then session, then the environment
    ModelCatalog catalog(network.get(), &keys.store(), context.profile);
    QHash<QString, CatalogEntry> entries;
    QEventLoop loop;
    QObject::connect(&catalog, &ModelCatalog::loaded, &loop, [&](const CatalogEntry &entry) {
        entries.insert(entry.providerId, entry);
        if (entries.size() == providers.size()) {
            loop.quit();
        }
    });
    for (const ProviderInfo &provider : std::as_const(providers)) {
        catalog.load(provider, refresh);
    }
    loop.exec();

    bool anyFailed = false;
    QJsonArray jsonProviders;
    for (const ProviderInfo &provider : std::as_const(providers)) {
        const CatalogEntry &entry = entries[provider.id];
        anyFailed = anyFailed || entry.status != CatalogEntry::Status::Ok;
        if (json) {
            QJsonArray models;
            for (const ModelInfo &model : entry.models) {
                models.append(modelJson(model));
            }
            QJsonObject object {{QStringLiteral("provider"), provider.id},
                {QStringLiteral("status"), statusName(entry.status)}, {QStringLiteral("from_cache"), entry.fromCache},
                {QStringLiteral("models"), models}};
            if (entry.fetchedAt.isValid()) {
                object.insert(QStringLiteral("fetched_at"), entry.fetchedAt.toString(Qt::ISODate));
            }
            if (!entry.message.isEmpty()) {
                object.insert(QStringLiteral("message"), entry.message);
            }
            jsonProviders.append(object);
            continue;
        }
        const QString when = entry.fetchedAt.isValid()
            ? entry.fetchedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
            : QString();
        if (entry.status != CatalogEntry::Status::Ok) {
            context.out << provider.id << ": " << entry.message << '\n';
            if (!entry.models.isEmpty()) {
                context.out << "  " << tr("Cached list from %1:").arg(when) << '\n';
            }
        } else {
            context.out << provider.id << ": " << tr("%n model(s)", nullptr, int(entry.models.size())) << ", "
                        << (entry.fromCache ? tr("cached %1").arg(when) : tr("fetched %1").arg(when)) << '\n';
        }
        for (const ModelInfo &model : entry.models) {
            QString line = QStringLiteral("  ") + provider.id + QLatin1Char('/') + model.id;
            if (model.contextLength) {
                line += QStringLiteral("  ") + tr("context %1").arg(*model.contextLength);
            }
            if (model.inputUsdPerMillionTokens || model.outputUsdPerMillionTokens) {
                line += QStringLiteral("  ")
                    + tr("%1 in / %2 out per M tokens")
                          .arg(price(model.inputUsdPerMillionTokens), price(model.outputUsdPerMillionTokens));
            }
            if (!model.inputModalities.isEmpty()) {
                line += QStringLiteral("  ") + tr("input: %1").arg(model.inputModalities.join(QLatin1Char(',')));
            }
            if (!model.supportedParameters.isEmpty()) {
                line += QStringLiteral("  ")
                    + tr("parameters: %1").arg(model.supportedParameters.join(QLatin1Char(',')));
            }
            context.out << line << '\n';
        }
    }
    if (json) {
        context.out << QString::fromUtf8(
            QJsonDocument(QJsonObject {{QStringLiteral("providers"), jsonProviders}}).toJson(QJsonDocument::Compact))
                    << '\n';
    }
    context.out.flush();
    // A full listing is useful even when some providers have no key; one named provider must answer.
    return !only.isEmpty() && anyFailed ? Failure : Success;
}

}

Command modelsCommand()
{
    return {QStringLiteral("models"), QStringLiteral("[PROVIDER] [--refresh] [--json]"),
        QCoreApplication::translate(
            "Confer::Cli::Providers", "List the models of every provider, or of one (cached; --refresh asks again)."),
        [](CommandContext &context) { return Providers::models(context); }};
}

Command providersCommand()
{
    return {QStringLiteral("providers"),
        QStringLiteral("list | add NAME --protocol openai|anthropic|gemini|ollama --base-url URL [--header 'K: V'] | "
                       "remove NAME | set-url NAME URL|default | set-streams NAME N | set-headers NAME ['K: V' ...]"),
        QCoreApplication::translate("Confer::Cli::Providers", "List, add, remove or re-point providers."),
        [](CommandContext &context) { return Providers::run(context); }};
}

void addProviderCommands(CommandLine &commandLine)
{
    commandLine.addCommand(askCommand());
    commandLine.addCommand(modelsCommand());
    commandLine.addCommand(providersCommand());
}

}
