#include "core/profile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace Confer
{

Profile Profile::standard()
{
    Profile profile;
    profile.m_config = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    profile.m_data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    profile.m_cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
    profile.m_logs = QStandardPaths::writableLocation(QStandardPaths::StateLocation) + QStringLiteral("/logs");
#else
    profile.m_logs = profile.m_data + QStringLiteral("/logs");
#endif
    return profile;
}

Profile Profile::inDirectory(const QString &directory)
{
    Profile profile;
    profile.m_root = QDir::cleanPath(QDir::current().absoluteFilePath(directory));
    profile.m_config = profile.m_root + QStringLiteral("/config");
    profile.m_data = profile.m_root + QStringLiteral("/data");
    profile.m_cache = profile.m_root + QStringLiteral("/cache");
    profile.m_logs = profile.m_root + QStringLiteral("/logs");
    return profile;
}

Profile Profile::resolve(const QString &commandLineDirectory)
{
    if (!commandLineDirectory.isEmpty()) {
        return inDirectory(commandLineDirectory);
    }
    const QString fromEnvironment = qEnvironmentVariable("CONFER_PROFILE");
    if (!fromEnvironment.isEmpty()) {
        return inDirectory(fromEnvironment);
    }
    return standard();
}

QString Profile::settingsFilePath() const
{
    return m_config + QStringLiteral("/confer.conf");
}

QString Profile::logFilePath() const
{
    return m_logs + QStringLiteral("/confer.log");
}

QString Profile::scopeId() const
{
    if (!isCustom()) {
        return {};
    }
    const QByteArray digest = QCryptographicHash::hash(m_root.toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex().left(16));
}

std::optional<QString> Profile::ensureDirectories() const
{
    for (const QString &path : {m_config, m_data, m_cache, m_logs}) {
        const QFileInfo info(path);
        if (info.exists() && !info.isDir()) {
            return QCoreApplication::translate("Confer::Profile", "%1 exists but is not a directory.").arg(path);
        }
        if (!QDir().mkpath(path)) {
            return QCoreApplication::translate("Confer::Profile", "Could not create the directory %1.").arg(path);
        }
    }
    return std::nullopt;
}

std::unique_ptr<QSettings> Profile::openSettings() const
{
    return std::make_unique<QSettings>(settingsFilePath(), QSettings::IniFormat);
}

}
