#include "providers/providerregistry.h"

#include "providers/network/httppolicy.h"

#include <QRegularExpression>
#include <QSettings>

namespace Confer
{

namespace
{

constexpr int cloudConcurrency = 8;
// Ollama, LM Studio and llama.cpp generate one answer at a time; more streams only queue inside the server.
constexpr int serializingServerConcurrency = 1;

ProviderInfo preset(const char *id, const QString &displayName, Protocol protocol, const char *baseUrl,
    QStringList keyVariables, const char *docsUrl, bool local, int concurrency)
{
    ProviderInfo info;
    info.id = QString::fromLatin1(id);
    info.displayName = displayName;
    info.protocol = protocol;
    info.defaultBaseUrl = QUrl(QString::fromLatin1(baseUrl));
    info.baseUrl = info.defaultBaseUrl;
    info.keyEnvironmentVariables = std::move(keyVariables);
    info.docsUrl = QUrl(QString::fromLatin1(docsUrl));
    info.local = local;
    info.maxConcurrentStreams = concurrency;
    return info;
}

QString groupFor(const ProviderInfo &info)
{
    return info.custom ? QStringLiteral("providers/custom/") + info.id : QStringLiteral("providers/preset/") + info.id;
}

QStringList headersToStrings(const RawHeaders &headers)
{
    QStringList lines;
    for (const auto &[name, value] : headers) {
        lines << QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromLatin1(value);
    }
    return lines;
}

RawHeaders headersFromStrings(const QStringList &lines)
{
    RawHeaders headers;
    for (const QString &line : lines) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon > 0) {
            headers.append({line.left(colon).trimmed().toLatin1(), line.mid(colon + 1).trimmed().toLatin1()});
        }
    }
    return headers;
}

}

std::optional<ModelReference> ModelReference::parse(const QString &text)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash <= 0 || slash == text.size() - 1) {
        return std::nullopt;
    }
    return ModelReference {text.left(slash), text.mid(slash + 1)};
}

QString protocolName(Protocol protocol)
{
    switch (protocol) {
    case Protocol::OpenAI:
        return QStringLiteral("openai");
    case Protocol::Anthropic:
        return QStringLiteral("anthropic");
    case Protocol::Gemini:
        return QStringLiteral("gemini");
    case Protocol::Ollama:
        return QStringLiteral("ollama");
    }
    return {};
}

std::optional<Protocol> protocolFromName(const QString &name)
{
    for (Protocol protocol : {Protocol::OpenAI, Protocol::Anthropic, Protocol::Gemini, Protocol::Ollama}) {
        if (protocolName(protocol) == name) {
            return protocol;
        }
    }
    return std::nullopt;
}

ProviderRegistry::ProviderRegistry(Profile profile)
    : m_profile(std::move(profile))
{
}

QList<ProviderInfo> ProviderRegistry::presets()
{
    const auto variable = [](const char *name) { return QStringList {QString::fromLatin1(name)}; };
    return {
        preset("openai", tr("OpenAI"), Protocol::OpenAI, "https://api.openai.com/v1", variable("OPENAI_API_KEY"),
            "https://platform.openai.com/docs/api-reference/chat", false, cloudConcurrency),
        preset("openrouter", tr("OpenRouter"), Protocol::OpenAI, "https://openrouter.ai/api/v1",
            variable("OPENROUTER_API_KEY"), "https://openrouter.ai/docs/api-reference/overview", false,
            cloudConcurrency),
        preset("groq", tr("Groq"), Protocol::OpenAI, "https://api.groq.com/openai/v1", variable("GROQ_API_KEY"),
            "https://console.groq.com/docs/openai", false, cloudConcurrency),
        preset("mistral", tr("Mistral AI"), Protocol::OpenAI, "https://api.mistral.ai/v1", variable("MISTRAL_API_KEY"),
            "https://docs.mistral.ai/api/", false, cloudConcurrency),
        preset("deepseek", tr("DeepSeek"), Protocol::OpenAI, "https://api.deepseek.com/v1",
            variable("DEEPSEEK_API_KEY"), "https://api-docs.deepseek.com/", false, cloudConcurrency),
        preset("xai", tr("xAI"), Protocol::OpenAI, "https://api.x.ai/v1", variable("XAI_API_KEY"),
            "https://docs.x.ai/docs/api-reference", false, cloudConcurrency),
        preset("together", tr("Together AI"), Protocol::OpenAI, "https://api.together.xyz/v1",
            variable("TOGETHER_API_KEY"), "https://docs.together.ai/docs/openai-api-compatibility", false,
            cloudConcurrency),
        preset("fireworks", tr("Fireworks AI"), Protocol::OpenAI, "https://api.fireworks.ai/inference/v1",
            variable("FIREWORKS_API_KEY"), "https://docs.fireworks.ai/api-reference/post-chatcompletions", false,
            cloudConcurrency),
        preset("lmstudio", tr("LM Studio"), Protocol::OpenAI, "http://localhost:1234/v1", {},
            "https://lmstudio.ai/docs/api/openai-api", true, serializingServerConcurrency),
        preset("llamacpp", tr("llama.cpp"), Protocol::OpenAI, "http://localhost:8080/v1", {},
            "https://github.com/ggml-org/llama.cpp/tree/master/tools/server", true, serializingServerConcurrency),
        // vLLM batches concurrent requests, so it keeps the cloud limit although it runs locally.
        preset("vllm", tr("vLLM"), Protocol::OpenAI, "http://localhost:8000/v1", {},
            "https://docs.vllm.ai/en/latest/serving/openai_compatible_server.html", true, cloudConcurrency),
        preset("anthropic", tr("Anthropic"), Protocol::Anthropic, "https://api.anthropic.com",
            variable("ANTHROPIC_API_KEY"), "https://docs.anthropic.com/en/api/messages", false, cloudConcurrency),
        preset("gemini", tr("Google Gemini"), Protocol::Gemini, "https://generativelanguage.googleapis.com/v1beta",
            {QStringLiteral("GEMINI_API_KEY"), QStringLiteral("GOOGLE_API_KEY")},
            "https://ai.google.dev/api/generate-content", false, cloudConcurrency),
        preset("ollama", tr("Ollama"), Protocol::Ollama, "http://localhost:11434", {},
            "https://github.com/ollama/ollama/blob/main/docs/api.md", true, serializingServerConcurrency),
    };
}

ProviderInfo ProviderRegistry::withUserSettings(ProviderInfo info) const
{
    const auto settings = m_profile.openSettings();
    settings->beginGroup(groupFor(info));
    const QUrl url(settings->value(QStringLiteral("baseUrl")).toString());
    if (url.isValid() && !url.isEmpty()) {
        info.baseUrl = url;
    }
    bool ok = false;
    const int streams = settings->value(QStringLiteral("maxConcurrentStreams")).toInt(&ok);
    if (ok && streams > 0) {
        info.maxConcurrentStreams = streams;
    }
    if (settings->contains(QStringLiteral("headers"))) {
        info.extraHeaders = headersFromStrings(settings->value(QStringLiteral("headers")).toStringList());
    }
    return info;
}

std::optional<ProviderInfo> ProviderRegistry::customProvider(const QString &name) const
{
    const auto settings = m_profile.openSettings();
    settings->beginGroup(QStringLiteral("providers/custom"));
    if (!settings->childGroups().contains(name)) {
        return std::nullopt;
    }
    settings->beginGroup(name);
    const auto protocol = protocolFromName(settings->value(QStringLiteral("protocol")).toString());
    if (!protocol) {
        return std::nullopt;
    }
    ProviderInfo info;
    info.id = name;
    info.displayName = name;
    info.protocol = *protocol;
    info.defaultBaseUrl = QUrl(settings->value(QStringLiteral("baseUrl")).toString());
    info.baseUrl = info.defaultBaseUrl;
    info.extraHeaders = headersFromStrings(settings->value(QStringLiteral("headers")).toStringList());
    info.custom = true;
    const QString host = info.baseUrl.host();
    info.local
        = host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1") || host == QLatin1String("::1");
    info.maxConcurrentStreams = info.protocol == Protocol::Ollama && info.local ? 1 : cloudConcurrency;
    return withUserSettings(info);
}

QList<ProviderInfo> ProviderRegistry::providers() const
{
    QList<ProviderInfo> result;
    for (const ProviderInfo &info : presets()) {
        result.append(withUserSettings(info));
    }
    const auto settings = m_profile.openSettings();
    settings->beginGroup(QStringLiteral("providers/custom"));
    QStringList names = settings->childGroups();
    names.sort();
    for (const QString &name : std::as_const(names)) {
        if (auto info = customProvider(name)) {
            result.append(*info);
        }
    }
    return result;
}

std::optional<ProviderInfo> ProviderRegistry::provider(const QString &id) const
{
    for (const ProviderInfo &info : presets()) {
        if (info.id == id) {
            return withUserSettings(info);
        }
    }
    return customProvider(id);
}

bool ProviderRegistry::isValidCustomName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

std::optional<QString> ProviderRegistry::checkBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        return tr("'%1' is not an http:// or https:// URL.")
            .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
    }
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()) {
        return tr("A base URL takes no user name, password, query or fragment: '%1'.")
            .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment));
    }
    return std::nullopt;
}

std::optional<QString> ProviderRegistry::addCustom(
    const QString &name, Protocol protocol, const QUrl &baseUrl, const RawHeaders &extraHeaders)
{
    if (!isValidCustomName(name)) {
        return tr("'%1' is not a valid provider name: use lowercase letters, digits, '.', '_' and '-'.").arg(name);
    }
    for (const ProviderInfo &info : presets()) {
        if (info.id == name) {
            return tr("'%1' is a built-in provider; use 'confer providers set-url' to change its URL.").arg(name);
        }
    }
    if (customProvider(name)) {
        return tr("A provider named '%1' already exists.").arg(name);
    }
    if (auto error = checkBaseUrl(baseUrl)) {
        return error;
    }
    const auto settings = m_profile.openSettings();
    settings->beginGroup(QStringLiteral("providers/custom/") + name);
    settings->setValue(QStringLiteral("protocol"), protocolName(protocol));
    settings->setValue(QStringLiteral("baseUrl"), baseUrl.toString());
    settings->setValue(QStringLiteral("headers"), headersToStrings(extraHeaders));
    settings->endGroup();
    settings->sync();
    if (settings->status() != QSettings::NoError) {
        return tr("Could not write %1.").arg(settings->fileName());
    }
    return std::nullopt;
}

std::optional<QString> ProviderRegistry::removeCustom(const QString &name)
{
    if (!customProvider(name)) {
        for (const ProviderInfo &info : presets()) {
            if (info.id == name) {
                return tr("'%1' is a built-in provider and cannot be removed.").arg(name);
            }
        }
        return tr("There is no custom provider named '%1'.").arg(name);
    }
    const auto settings = m_profile.openSettings();
    settings->remove(QStringLiteral("providers/custom/") + name);
    settings->sync();
    if (settings->status() != QSettings::NoError) {
        return tr("Could not write %1.").arg(settings->fileName());
    }
    return std::nullopt;
}

std::optional<QString> ProviderRegistry::setBaseUrl(const QString &id, const QUrl &baseUrl)
{
    const auto info = provider(id);
    if (!info) {
        return tr("There is no provider named '%1'.").arg(id);
    }
    if (baseUrl.isEmpty() && info->custom) {
        return tr("A custom provider needs a base URL.");
    }
    if (!baseUrl.isEmpty()) {
        if (auto error = checkBaseUrl(baseUrl)) {
            return error;
        }
    }
    const auto settings = m_profile.openSettings();
    settings->beginGroup(groupFor(*info));
    if (baseUrl.isEmpty()) {
        settings->remove(QStringLiteral("baseUrl"));
    } else {
        settings->setValue(QStringLiteral("baseUrl"), baseUrl.toString());
    }
    settings->endGroup();
    settings->sync();
    if (settings->status() != QSettings::NoError) {
        return tr("Could not write %1.").arg(settings->fileName());
    }
    return std::nullopt;
}

std::optional<QString> ProviderRegistry::setMaxConcurrentStreams(const QString &id, int streams)
{
    const auto info = provider(id);
    if (!info) {
        return tr("There is no provider named '%1'.").arg(id);
    }
    if (streams < 1 || streams > 64) {
        return tr("The number of concurrent streams must be between 1 and 64.");
    }
    const auto settings = m_profile.openSettings();
    settings->setValue(groupFor(*info) + QStringLiteral("/maxConcurrentStreams"), streams);
    settings->sync();
    if (settings->status() != QSettings::NoError) {
        return tr("Could not write %1.").arg(settings->fileName());
    }
    return std::nullopt;
}

std::optional<QString> ProviderRegistry::setExtraHeaders(const QString &id, const RawHeaders &headers)
{
    const auto info = provider(id);
    if (!info) {
        return tr("There is no provider named '%1'.").arg(id);
    }
    for (const auto &[name, value] : headers) {
        if (name.isEmpty() || name.contains(' ') || name.contains(':')) {
            return tr("'%1' is not a header name.").arg(QString::fromLatin1(name));
        }
        if (Http::isSensitiveHeader(name)) {
            return tr("'%1' cannot be a stored header: keys belong in the keychain or the environment.")
                .arg(QString::fromLatin1(name));
        }
    }
    const auto settings = m_profile.openSettings();
    settings->beginGroup(groupFor(*info));
    if (headers.isEmpty()) {
        settings->remove(QStringLiteral("headers"));
    } else {
        settings->setValue(QStringLiteral("headers"), headersToStrings(headers));
    }
    settings->endGroup();
    settings->sync();
    if (settings->status() != QSettings::NoError) {
        return tr("Could not write %1.").arg(settings->fileName());
    }
    return std::nullopt;
}

}
