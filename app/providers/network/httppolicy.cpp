#include "providers/network/httppolicy.h"

#include "core/appidentity.h"

#include <QHttp1Configuration>
#include <QNetworkAccessManager>
#include <QUrlQuery>

// Quiet unless asked for (QT_LOGGING_RULES=confer.providers.debug=true): the command line prints its own messages.
Q_LOGGING_CATEGORY(lcProviders, "confer.providers", QtWarningMsg)

namespace Confer::Http
{

namespace
{
const QString masked = QStringLiteral("[redacted]");
}

std::unique_ptr<QNetworkAccessManager> createNetworkAccessManager(QObject *parent)
{
    auto manager = std::make_unique<QNetworkAccessManager>(parent);
    manager->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    manager->setStrictTransportSecurityEnabled(true);
    // No handler for sslErrors anywhere: a certificate problem always fails the request.
    return manager;
}

QByteArray userAgent()
{
    return "Confer/" + AppIdentity::version().toUtf8();
}

QNetworkRequest buildRequest(const HttpRequestSpec &spec, const RequestOptions &options)
{
    QNetworkRequest request(spec.url);
    for (const auto &[name, value] : spec.headers) {
        request.setRawHeader(name, value);
    }
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setTransferTimeout(options.inactivityTimeout);
    QHttp1Configuration http1;
    http1.setNumberOfConnectionsPerHost(std::max<qsizetype>(6, options.connectionsPerHost));
    request.setHttp1Configuration(http1);
    return request;
}

bool isSameOrigin(const QUrl &a, const QUrl &b)
{
    const auto defaultPort = [](const QUrl &url) { return url.scheme() == QLatin1String("https") ? 443 : 80; };
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(defaultPort(a)) == b.port(defaultPort(b));
}

bool isSensitiveHeader(QByteArrayView name)
{
    for (const char *sensitive :
        {"authorization", "proxy-authorization", "x-api-key", "x-goog-api-key", "api-key", "cookie"}) {
        if (name.compare(QByteArrayView(sensitive), Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

HttpRequestSpec withoutCredentials(HttpRequestSpec spec)
{
    spec.headers.removeIf([](const auto &header) { return isSensitiveHeader(header.first); });
    QUrlQuery query(spec.url);
    query.removeAllQueryItems(QStringLiteral("key"));
    spec.url.setQuery(query);
    spec.url.setUserInfo({});
    return spec;
}

QString redactedUrl(const QUrl &url)
{
    QUrl copy = url;
    if (!copy.password().isEmpty()) {
        copy.setPassword(masked);
    }
    QUrlQuery query(copy);
    if (query.hasQueryItem(QStringLiteral("key"))) {
        const auto items = query.queryItems();
        query.clear();
        for (const auto &[name, value] : items) {
            query.addQueryItem(name, name == QLatin1String("key") ? masked : value);
        }
        copy.setQuery(query);
    }
    return copy.toString();
}

QString redactedHeaders(const RawHeaders &headers)
{
    QStringList lines;
    for (const auto &[name, value] : headers) {
        lines << QString::fromLatin1(name) + QStringLiteral(": ")
                + (isSensitiveHeader(name) ? masked : QString::fromLatin1(value));
    }
    return lines.join(QStringLiteral(", "));
}

}
