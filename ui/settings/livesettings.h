#pragma once

#include "settings/settings.h"

#include <QFont>
#include <QObject>

#include <functional>

namespace Confer
{

// Applies the appearance and language settings to the running application
// when they change, and once at start-up.
class LiveSettings : public QObject
{
    Q_OBJECT

public:
    using ColorSchemeHandler = std::function<void(const QString &scheme)>;

    LiveSettings(Settings &settings, ColorSchemeHandler applyColorScheme, QObject *parent = nullptr);

    void applyAll();

private:
    void apply(Settings::Key key);

    Settings &m_settings;
    ColorSchemeHandler m_applyColorScheme;
    QFont m_systemFont;
};

}
