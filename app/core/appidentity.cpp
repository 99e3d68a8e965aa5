#include "core/appidentity.h"

#include "core/buildinfo.h"

#include <QCoreApplication>

namespace Confer::AppIdentity
{

QString appId()
{
    return QString::fromLatin1(BuildInfo::appId);
}

QString displayName()
{
    return QStringLiteral("Confer");
}

QString version()
{
    return QString::fromLatin1(BuildInfo::version);
}

void apply()
{
    // No organisation name: the default profile then lives in ~/.config/confer,
    // ~/.local/share/confer and ~/.cache/confer rather than one level deeper.
    QCoreApplication::setApplicationName(QStringLiteral("confer"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("confer.github.io"));
    QCoreApplication::setApplicationVersion(version());
}

}
