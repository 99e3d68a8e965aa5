#pragma once

#include "core/profile.h"
#include "providers/chattypes.h"

#include <QCoreApplication>
#include <QUrl>

#include <optional>

namespace Confer
{

// What Confer knows about one provider: a built-in preset (with the user's
// base-URL override applied) or a custom provider the user added.
struct ProviderInfo {
    QString id;
    QString displayName;
    Protocol protocol = Protocol::OpenAI;
    QUrl defaultBaseUrl;
    QUrl baseUrl; // the one in effect: the override if set, else the default
    QStringList keyEnvironmentVariables; // in order of preference; empty when the API takes no key
    QUrl docsUrl;
    bool local = false; // a server on the user's machine that generates one answer at a time
    int maxConcurrentStreams = 8;
    bool custom = false;
    RawHeaders extraHeaders; // the user's extra headers; never a key

    bool needsKey() const { return !keyEnvironmentVariables.isEmpty(); }
};

// A model as the user names it: PROVIDER/MODEL, where MODEL may itself contain slashes.
struct ModelReference {
    QString providerId;
    QString model;

    static std::optional<ModelReference> parse(const QString &text);
    QString toString() const { return providerId + QLatin1Char('/') + model; }
};

QString protocolName(Protocol protocol); // "openai", "anthropic", "gemini", "ollama"
std::optional<Protocol> protocolFromName(const QString &name);

// The presets and the user's provider configuration, kept in the profile's
// settings under providers/. Keys are never stored here.
class ProviderRegistry
{
    Q_DECLARE_TR_FUNCTIONS(Confer::ProviderRegistry)

public:
    explicit ProviderRegistry(Profile profile);

    static QList<ProviderInfo> presets();

    // Presets first, in their fixed order, then custom providers by name.
    QList<ProviderInfo> providers() const;
    std::optional<ProviderInfo> provider(const QString &id) const;

    // Each returns an error in plain words, or nothing on success.
    std::optional<QString> addCustom(
        const QString &name, Protocol protocol, const QUrl &baseUrl, const RawHeaders &extraHeaders);
    std::optional<QString> removeCustom(const QString &name);
    // For presets and custom providers alike; an empty URL restores a preset's default.
    std::optional<QString> setBaseUrl(const QString &id, const QUrl &baseUrl);
    std::optional<QString> setMaxConcurrentStreams(const QString &id, int streams);
    // Non-secret headers sent with every request (a gateway's team or trace
    // header, say); credential headers are refused. Empty clears them.
    std::optional<QString> setExtraHeaders(const QString &id, const RawHeaders &headers);

    static bool isValidCustomName(const QString &name);
    static std::optional<QString> checkBaseUrl(const QUrl &url);

private:
    ProviderInfo withUserSettings(ProviderInfo info) const;
    std::optional<ProviderInfo> customProvider(const QString &name) const;

    Profile m_profile;
};

}
