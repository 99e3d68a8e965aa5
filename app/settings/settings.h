#pragma once

#include <QNetworkProxy>
#include <QObject>
#include <QStringList>
#include <QVariant>

#include <optional>

class QSettings;

namespace Confer
{

// Typed access to the user's preferences in the profile's settings file: one
// table of names and defaults, and a signal when a value changes, so that
// every part of Confer applies a change at once. Provider configuration lives
// with the provider registry; secrets never come here (see ApiKeyStore).
class Settings : public QObject
{
    Q_OBJECT

public:
    enum class Key {
        DefaultModels, // QStringList of "provider/model"
        SystemPrompt,
        Temperature, // double; unset means the provider's default
        MaxOutputTokens, // int; 0 means the provider's default
        ColorScheme, // "system", "light" or "dark"
        FontSize, // points; 0 means the system font's size
        SendShortcut, // "enter" or "ctrl+enter"
        ProxyMode, // "system", "none", "http" or "socks5"
        ProxyHost,
        ProxyPort,
        ProxyUser, // the password is in the keychain (ApiKeyStore::proxyPasswordEntry)
        InactivityTimeout, // seconds without a byte before a request is given up
        Language, // empty: follow the system; otherwise a code such as "de"
        KeepFirstFinished, // bool; shared comparisons keep the first finished reply instead of asking
    };
    Q_ENUM(Key)

    enum class ProxyMode { System, None, Http, Socks5 };
    enum class SendShortcut { Enter, CtrlEnter };

    explicit Settings(QSettings &storage, QObject *parent = nullptr);

    static QString name(Key key);
    static QVariant defaultValue(Key key);
    static QList<Key> allKeys();

    QVariant value(Key key) const;
    // Stores the value (or removes it when it equals the default) and emits changed() if it differs.
    void setValue(Key key, const QVariant &value);
    void reset(Key key);

    QStringList defaultModels() const;
    QString systemPrompt() const;
    std::optional<double> temperature() const;
    void setTemperature(std::optional<double> temperature);
    std::optional<int> maxOutputTokens() const;
    QString colorScheme() const;
    int fontSize() const;
    SendShortcut sendShortcut() const;
    ProxyMode proxyMode() const;
    QString proxyHost() const;
    quint16 proxyPort() const;
    QString proxyUser() const;
    int inactivityTimeoutSeconds() const;
    QString language() const;

    static QString toString(ProxyMode mode);
    static ProxyMode proxyModeFromString(const QString &name);

    // The proxy to give the network layer. System answers DefaultProxy: the
    // application-wide proxy set by applySystemProxyConfiguration().
    QNetworkProxy networkProxy(const QString &password = {}) const;
    // Makes DefaultProxy follow the operating system's configuration or not, as the mode says.
    void applySystemProxyConfiguration() const;

Q_SIGNALS:
    void changed(Confer::Settings::Key key);

private:
    QSettings &m_storage;
};

}
