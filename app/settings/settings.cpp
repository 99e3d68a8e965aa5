#include "settings/settings.h"

#include <QNetworkProxyFactory>
#include <QSettings>

namespace Confer
{

namespace
{
struct Entry {
    Settings::Key key;
    QString name;
    QVariant defaultValue;
};

const QList<Entry> &table()
{
    static const QList<Entry> entries {
        {Settings::Key::DefaultModels, QStringLiteral("defaults/models"), QStringList()},
        {Settings::Key::SystemPrompt, QStringLiteral("defaults/systemPrompt"), QString()},
        {Settings::Key::Temperature, QStringLiteral("defaults/temperature"), QVariant()},
        {Settings::Key::MaxOutputTokens, QStringLiteral("defaults/maxOutputTokens"), 0},
        {Settings::Key::ColorScheme, QStringLiteral("appearance/colorScheme"), QStringLiteral("system")},
        {Settings::Key::FontSize, QStringLiteral("appearance/fontSize"), 0},
        {Settings::Key::SendShortcut, QStringLiteral("appearance/sendShortcut"), QStringLiteral("enter")},
        {Settings::Key::ProxyMode, QStringLiteral("network/proxyMode"), QStringLiteral("system")},
        {Settings::Key::ProxyHost, QStringLiteral("network/proxyHost"), QString()},
        {Settings::Key::ProxyPort, QStringLiteral("network/proxyPort"), 8080},
        {Settings::Key::ProxyUser, QStringLiteral("network/proxyUser"), QString()},
        {Settings::Key::InactivityTimeout, QStringLiteral("network/inactivityTimeout"), 120},
        {Settings::Key::Language, QStringLiteral("ui/language"), QString()},
        {Settings::Key::KeepFirstFinished, QStringLiteral("compare/keepFirstFinished"), false},
    };
    return entries;
}

const Entry &entry(Settings::Key key)
{
    for (const Entry &candidate : table()) {
        if (candidate.key == key) {
            return candidate;
        }
    }
    Q_UNREACHABLE();
}

// QSettings' INI format gives strings back; compare in the default's type.
QVariant converted(const QVariant &value, const QVariant &like)
{
    if (!like.isValid() || !value.isValid()) {
        return value;
    }
    QVariant result = value;
    if (result.metaType() != like.metaType() && result.canConvert(like.metaType())) {
        result.convert(like.metaType());
    }
    return result;
}
}

Settings::Settings(QSettings &storage, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
{
}

QString Settings::name(Key key)
{
    return entry(key).name;
}

QVariant Settings::defaultValue(Key key)
{
    return entry(key).defaultValue;
}

QList<Settings::Key> Settings::allKeys()
{
    QList<Key> keys;
    for (const Entry &candidate : table()) {
        keys << candidate.key;
    }
    return keys;
}

QVariant Settings::value(Key key) const
{
    const Entry &e = entry(key);
    if (!m_storage.contains(e.name)) {
        return e.defaultValue;
    }
    return converted(m_storage.value(e.name), e.defaultValue);
}

void Settings::setValue(Key key, const QVariant &value)
{
    const Entry &e = entry(key);
    const QVariant before = this->value(key);
    const QVariant after = converted(value, e.defaultValue);
    if (!after.isValid() || after == e.defaultValue) {
        m_storage.remove(e.name);
    } else {
        m_storage.setValue(e.name, after);
    }
    m_storage.sync();
    if (before != after) {
        Q_EMIT changed(key);
    }
}

void Settings::reset(Key key)
{
    setValue(key, defaultValue(key));
}

QStringList Settings::defaultModels() const
{
    return value(Key::DefaultModels).toStringList();
}

QString Settings::systemPrompt() const
{
    return value(Key::SystemPrompt).toString();
}

std::optional<double> Settings::temperature() const
{
    const QVariant stored = m_storage.value(name(Key::Temperature));
    bool ok = false;
    const double temperature = stored.toDouble(&ok);
    return stored.isValid() && ok ? std::optional<double>(temperature) : std::nullopt;
}

void Settings::setTemperature(std::optional<double> temperature)
{
    setValue(Key::Temperature, temperature ? QVariant(*temperature) : QVariant());
}

std::optional<int> Settings::maxOutputTokens() const
{
    const int tokens = value(Key::MaxOutputTokens).toInt();
    return tokens > 0 ? std::optional<int>(tokens) : std::nullopt;
}

QString Settings::colorScheme() const
{
    const QString scheme = value(Key::ColorScheme).toString();
    return scheme == QLatin1String("light") || scheme == QLatin1String("dark") ? scheme : QStringLiteral("system");
}

int Settings::fontSize() const
{
    return qMax(0, value(Key::FontSize).toInt());
}

Settings::SendShortcut Settings::sendShortcut() const
{
    return value(Key::SendShortcut).toString() == QLatin1String("ctrl+enter") ? SendShortcut::CtrlEnter
                                                                              : SendShortcut::Enter;
}

Settings::ProxyMode Settings::proxyMode() const
{
    return proxyModeFromString(value(Key::ProxyMode).toString());
}

QString Settings::proxyHost() const
{
    return value(Key::ProxyHost).toString().trimmed();
}

quint16 Settings::proxyPort() const
{
    const int port = value(Key::ProxyPort).toInt();
    return port > 0 && port <= 65535 ? quint16(port) : quint16(0);
}

QString Settings::proxyUser() const
{
    return value(Key::ProxyUser).toString();
}

int Settings::inactivityTimeoutSeconds() const
{
    const int seconds = value(Key::InactivityTimeout).toInt();
    return seconds > 0 ? seconds : defaultValue(Key::InactivityTimeout).toInt();
}

QString Settings::language() const
{
    return value(Key::Language).toString();
}

QString Settings::toString(ProxyMode mode)
{
    switch (mode) {
    case ProxyMode::None:
        return QStringLiteral("none");
    case ProxyMode::Http:
        return QStringLiteral("http");
    case ProxyMode::Socks5:
        return QStringLiteral("socks5");
    case ProxyMode::System:
        break;
    }
    return QStringLiteral("system");
}

Settings::ProxyMode Settings::proxyModeFromString(const QString &name)
{
    if (name == QLatin1String("none")) {
        return ProxyMode::None;
    }
    if (name == QLatin1String("http")) {
        return ProxyMode::Http;
    }
    if (name == QLatin1String("socks5")) {
        return ProxyMode::Socks5;
    }
    return ProxyMode::System;
}

QNetworkProxy Settings::networkProxy(const QString &password) const
{
    switch (proxyMode()) {
    case ProxyMode::System:
        return QNetworkProxy(QNetworkProxy::DefaultProxy);
    case ProxyMode::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case ProxyMode::Http:
    case ProxyMode::Socks5:
        break;
    }
    // An incomplete manual proxy is passed on as it is: requests then fail with a
    // proxy error instead of silently going direct.
    const auto type = proxyMode() == ProxyMode::Http ? QNetworkProxy::HttpProxy : QNetworkProxy::Socks5Proxy;
    const QString user = proxyUser();
    return QNetworkProxy(type, proxyHost(), proxyPort(), user, user.isEmpty() ? QString() : password);
}

void Settings::applySystemProxyConfiguration() const
{
    QNetworkProxyFactory::setUseSystemConfiguration(proxyMode() == ProxyMode::System);
}

}
