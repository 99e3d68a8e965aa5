#pragma once

#include "providers/chattypes.h"

#include <QLoggingCategory>
#include <QNetworkRequest>

#include <chrono>
#include <memory>

class QNetworkAccessManager;
class QObject;

Q_DECLARE_LOGGING_CATEGORY(lcProviders)

namespace Confer::Http
{

// Every rule Confer applies to provider traffic, in one place: user agent,
// redirects, TLS, timeouts and what may appear in a log.

// The one access manager of a process; made by the composition root and handed to whatever talks HTTP.
std::unique_ptr<QNetworkAccessManager> createNetworkAccessManager(QObject *parent = nullptr);

QByteArray userAgent(); // "Confer/<version>"

struct RequestOptions {
    std::chrono::milliseconds inactivityTimeout {std::chrono::seconds(120)};
    int connectionsPerHost = 6; // HTTP/1.1 connections to one host; streams beyond it would wait unseen
};

// A QNetworkRequest for spec: headers, user agent, an inactivity (not total) timeout, and redirects
// that the caller must approve (see isSameOrigin), so that credentials never follow to another host.
QNetworkRequest buildRequest(const HttpRequestSpec &spec, const RequestOptions &options);

bool isSameOrigin(const QUrl &a, const QUrl &b);

// A header that carries a credential and must neither be logged nor sent to another host.
bool isSensitiveHeader(QByteArrayView name);
// spec without its credentials, for following a redirect to another host.
HttpRequestSpec withoutCredentials(HttpRequestSpec spec);

// For logs: the URL with key= (and any user info) masked, the headers with credentials masked.
QString redactedUrl(const QUrl &url);
QString redactedHeaders(const RawHeaders &headers);

}
