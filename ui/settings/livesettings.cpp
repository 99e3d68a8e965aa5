#include "settings/livesettings.h"

#include "core/translations.h"

#include <QApplication>
#include <QLocale>

namespace Confer
{

LiveSettings::LiveSettings(Settings &settings, ColorSchemeHandler applyColorScheme, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_applyColorScheme(std::move(applyColorScheme))
    , m_systemFont(QApplication::font())
{
    connect(&m_settings, &Settings::changed, this, &LiveSettings::apply);
}

void LiveSettings::applyAll()
{
    for (Settings::Key key : {Settings::Key::Language, Settings::Key::FontSize, Settings::Key::ColorScheme}) {
        apply(key);
    }
}

void LiveSettings::apply(Settings::Key key)
{
    switch (key) {
    case Settings::Key::Language: {
        const QString code = m_settings.language();
        Translations::install(code.isEmpty() ? QLocale() : QLocale(code));
        break;
    }
    case Settings::Key::FontSize: {
        QFont font = m_systemFont;
        if (m_settings.fontSize() > 0) {
            font.setPointSize(m_settings.fontSize());
        }
        QApplication::setFont(font);
        break;
    }
    case Settings::Key::ColorScheme:
        if (m_applyColorScheme) {
            m_applyColorScheme(m_settings.colorScheme());
        }
        break;
    default:
        break;
    }
}

}
