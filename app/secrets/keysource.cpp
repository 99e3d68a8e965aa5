#include "secrets/keysource.h"

#include <QMetaObject>
#include <QPointer>

namespace Confer
{

KeyResult EnvironmentKeySource::fromEnvironment(const KeyRequest &request)
{
    for (const QString &variable : request.environmentVariables) {
        const QString value = qEnvironmentVariable(variable.toLocal8Bit().constData()).trimmed();
        if (!value.isEmpty()) {
            return {KeyOrigin::Environment, value, {}};
        }
    }
    return {};
}

void EnvironmentKeySource::lookup(
    const KeyRequest &request, QObject *context, std::function<void(const KeyResult &)> callback)
{
    // Answer from the event loop, as a keychain would, so callers never see a re-entrant call.
    QMetaObject::invokeMethod(
        context, [result = fromEnvironment(request), callback = std::move(callback)] { callback(result); },
        Qt::QueuedConnection);
}

}
