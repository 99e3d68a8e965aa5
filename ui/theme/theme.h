#pragma once

#include <QString>

class QPalette;

namespace Confer::Theme
{

enum class ColorScheme { System, Light, Dark };

ColorScheme fromString(const QString &name);
QString toString(ColorScheme scheme);

// Applies a colour scheme to the whole application. System restores the
// style and palette the platform gave Confer at start-up.
void apply(ColorScheme scheme);

QPalette lightPalette();
QPalette darkPalette();

// True when the application's current palette is a dark one.
bool isDark();

}
