#include "theme/theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace Confer::Theme
{

namespace
{
struct SystemLook {
    bool captured = false;
    QString styleName;
    QPalette palette;
};

SystemLook &systemLook()
{
    static SystemLook look;
    if (!look.captured) {
        look.captured = true;
        look.styleName = QApplication::style()->name();
        look.palette = QApplication::palette();
    }
    return look;
}

void setDisabledColors(QPalette &palette, const QColor &text, const QColor &button)
{
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, text);
    }
    palette.setColor(QPalette::Disabled, QPalette::Button, button);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, button);
}
}

ColorScheme fromString(const QString &name)
{
    if (name == QLatin1String("light")) {
        return ColorScheme::Light;
    }
    if (name == QLatin1String("dark")) {
        return ColorScheme::Dark;
    }
    return ColorScheme::System;
}

QString toString(ColorScheme scheme)
{
    switch (scheme) {
    case ColorScheme::Light:
        return QStringLiteral("light");
    case ColorScheme::Dark:
        return QStringLiteral("dark");
    case ColorScheme::System:
        break;
    }
    return QStringLiteral("system");
}

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xf3, 0xf4, 0xf6));
    palette.setColor(QPalette::WindowText, QColor(0x1f, 0x23, 0x28));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf6, 0xf8, 0xfa));
    palette.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xf4));
    palette.setColor(QPalette::ToolTipText, QColor(0x1f, 0x23, 0x28));
    palette.setColor(QPalette::PlaceholderText, QColor(0x6e, 0x77, 0x81));
    palette.setColor(QPalette::Text, QColor(0x1f, 0x23, 0x28));
    palette.setColor(QPalette::Button, QColor(0xe9, 0xeb, 0xee));
    palette.setColor(QPalette::ButtonText, QColor(0x1f, 0x23, 0x28));
    palette.setColor(QPalette::BrightText, QColor(0xd1, 0x24, 0x2f));
    palette.setColor(QPalette::Light, Qt::white);
    palette.setColor(QPalette::Midlight, QColor(0xe1, 0xe4, 0xe8));
    palette.setColor(QPalette::Mid, QColor(0xc4, 0xc9, 0xcf));
    palette.setColor(QPalette::Dark, QColor(0x9a, 0xa1, 0xa9));
    palette.setColor(QPalette::Shadow, QColor(0x57, 0x60, 0x6a));
    palette.setColor(QPalette::Highlight, QColor(0x2d, 0x6c, 0xdf));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x09, 0x69, 0xda));
    palette.setColor(QPalette::LinkVisited, QColor(0x82, 0x50, 0xdf));
    setDisabledColors(palette, QColor(0x8c, 0x95, 0x9f), QColor(0xee, 0xef, 0xf1));
    return palette;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x25, 0x27, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xe3, 0xe5, 0xe8));
    palette.setColor(QPalette::Base, QColor(0x1b, 0x1d, 0x20));
    palette.setColor(QPalette::AlternateBase, QColor(0x23, 0x25, 0x29));
    palette.setColor(QPalette::ToolTipBase, QColor(0x31, 0x34, 0x39));
    palette.setColor(QPalette::ToolTipText, QColor(0xe3, 0xe5, 0xe8));
    palette.setColor(QPalette::PlaceholderText, QColor(0x8b, 0x92, 0x9a));
    palette.setColor(QPalette::Text, QColor(0xe3, 0xe5, 0xe8));
    palette.setColor(QPalette::Button, QColor(0x32, 0x35, 0x3a));
    palette.setColor(QPalette::ButtonText, QColor(0xe3, 0xe5, 0xe8));
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x7b, 0x72));
    palette.setColor(QPalette::Light, QColor(0x45, 0x49, 0x4f));
    palette.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x42));
    palette.setColor(QPalette::Mid, QColor(0x2c, 0x2f, 0x33));
    palette.setColor(QPalette::Dark, QColor(0x16, 0x17, 0x1a));
    palette.setColor(QPalette::Shadow, QColor(0x0b, 0x0c, 0x0d));
    palette.setColor(QPalette::Highlight, QColor(0x3b, 0x7b, 0xea));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xb3, 0x92, 0xf0));
    setDisabledColors(palette, QColor(0x6f, 0x75, 0x7c), QColor(0x2b, 0x2d, 0x31));
    return palette;
}

void apply(ColorScheme scheme)
{
    const SystemLook &look = systemLook();
    if (scheme == ColorScheme::System) {
        if (QApplication::style()->name() != look.styleName) {
            QApplication::setStyle(QStyleFactory::create(look.styleName));
        }
        QApplication::setPalette(look.palette);
        return;
    }
    // Fusion draws every control from the palette, so a forced scheme looks
    // right whatever the platform style would have done with it.
    if (QApplication::style()->name() != QLatin1String("fusion")) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }
    QApplication::setPalette(scheme == ColorScheme::Dark ? darkPalette() : lightPalette());
}

bool isDark()
{
    const QPalette palette = QApplication::palette();
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

}
