#pragma once

#include <QString>

#include <memory>
#include <optional>

class QSettings;

namespace Confer
{

// Where one user's Confer state lives: settings, database, caches and logs.
// Either the XDG locations from QStandardPaths, or everything under one
// directory chosen with --profile DIR or CONFER_PROFILE.
class Profile
{
public:
    static Profile standard();
    static Profile inDirectory(const QString &directory);

    // --profile wins over CONFER_PROFILE, which wins over the standard locations.
    static Profile resolve(const QString &commandLineDirectory);

    bool isCustom() const { return !m_root.isEmpty(); }
    QString rootDirectory() const { return m_root; }

    QString configDirectory() const { return m_config; }
    QString dataDirectory() const { return m_data; }
    QString cacheDirectory() const { return m_cache; }
    QString logDirectory() const { return m_logs; }

    QString settingsFilePath() const;
    QString logFilePath() const;

    // Distinguishes a custom profile's keychain entries from the default one's.
    QString scopeId() const;

    // Creates the profile's directories; on failure returns a message naming the path.
    std::optional<QString> ensureDirectories() const;

    std::unique_ptr<QSettings> openSettings() const;

private:
    Profile() = default;

    QString m_root;
    QString m_config;
    QString m_data;
    QString m_cache;
    QString m_logs;
};

}
