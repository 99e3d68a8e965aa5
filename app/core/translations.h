#pragma once

#include <QLocale>
#include <QString>

namespace Confer::Translations
{

// Installs Confer's and Qt's translations for the first of the locale's UI
// languages that Confer is translated into, replacing any installed before.
// Returns that language's code (for example "de"), or an empty string when
// Confer shows its English source text.
QString install(const QLocale &locale = QLocale());

// The languages Confer ships translations for, as codes.
QStringList available();

}
