#pragma once

#include <QString>

namespace Confer
{

// The names Confer is known by, set once on the application object: they decide
// where QStandardPaths puts the default profile and what the keychain service is.
namespace AppIdentity
{
QString appId();
QString displayName();
QString version();

// Sets application name, organisation domain and version on QCoreApplication.
void apply();
}

}
