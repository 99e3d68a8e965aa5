#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

namespace Confer
{

// Where a provider's API key came from, for showing to the user.
enum class KeyOrigin { None, Keychain, Session, Environment };

struct KeyRequest {
    QString providerId; // "openai", "anthropic", a custom provider's name…
    QStringList environmentVariables; // conventional variables, in order of preference
};

struct KeyResult {
    KeyOrigin origin = KeyOrigin::None;
    QString key; // empty when origin is None
    QString error; // why the keychain could not be asked, in plain words; empty when it could
};

// Gives the provider layer a provider's API key when a request needs it.
// Asynchronous because the OS keychain is; the callback runs in the context
// object's thread, and not at all if the context is destroyed first.
class KeySource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void lookup(const KeyRequest &request, QObject *context, std::function<void(const KeyResult &)> callback)
        = 0;
};

// The conventional environment variables only: the command line's fallback
// and the source used before a keychain is set up.
class EnvironmentKeySource : public KeySource
{
    Q_OBJECT

public:
    using KeySource::KeySource;

    void lookup(const KeyRequest &request, QObject *context, std::function<void(const KeyResult &)> callback) override;

    static KeyResult fromEnvironment(const KeyRequest &request);
};

}
