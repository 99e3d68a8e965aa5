#include "providers/network/chatjob.h"

#include "providers/network/httppolicy.h"
#include "providers/protocol/protocoladapter.h"
#include "secrets/keysource.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

namespace Confer
{

namespace
{

constexpr int maxRedirects = 5;
constexpr qsizetype maxErrorBodyBytes = 1 << 20;

qint64 estimateTokens(qsizetype characters)
{
    // About four characters per token for English text with common tokenizers.
    return (characters + 3) / 4;
}

bool isRetryable(const ProviderError &error)
{
    return error.kind == ErrorKind::RateLimited || error.kind == ErrorKind::Overloaded
        || error.kind == ErrorKind::Server || error.httpStatus >= 500;
}

QString hostAndPort(const QUrl &url)
{
    return url.host() + QLatin1Char(':') + QString::number(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
}

}

ChatJob::ChatJob(QNetworkAccessManager *network, KeySource *keys, ProviderInfo provider, const ProtocolAdapter &adapter,
    ChatRequest request, ChatJobOptions options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_keys(keys)
    , m_provider(std::move(provider))
    , m_adapter(adapter)
    , m_request(std::move(request))
    , m_options(options)
{
    if (!m_options.inactivityTimeout) {
        m_options.inactivityTimeout = DefaultInactivityTimeout;
    }
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, [this] {
        ++m_attempts;
        send(m_adapter.chatRequest({m_provider.id, m_provider.baseUrl, m_apiKey, m_provider.extraHeaders}, m_request));
    });
}

ChatJob::~ChatJob()
{
    dropReply();
}

void ChatJob::markQueued()
{
    if (m_state == State::Idle) {
        m_state = State::Queued;
        Q_EMIT queued();
    }
}

void ChatJob::start()
{
    if (m_state != State::Idle && m_state != State::Queued) {
        return;
    }
    m_state = State::Running;
    m_clock.start();
    Q_EMIT started();

    const auto sendFirst = [this](const KeyResult &key) {
        if (m_state != State::Running) {
            return;
        }
        m_apiKey = key.key;
        if (m_apiKey.isEmpty() && m_provider.needsKey()) {
            ProviderError error;
            error.kind = ErrorKind::Auth;
            error.providerMessage
                = tr("No API key for %1. Set %2.")
                      .arg(m_provider.displayName, m_provider.keyEnvironmentVariables.join(tr(" or ")));
            if (!key.error.isEmpty()) {
                error.providerMessage += QLatin1Char(' ') + key.error;
            }
            finish(ChatResult::Status::Failed, error);
            return;
        }
        ++m_attempts;
        send(m_adapter.chatRequest({m_provider.id, m_provider.baseUrl, m_apiKey, m_provider.extraHeaders}, m_request));
    };
    KeySource *keys = m_keys.data();
    if (!keys) {
        QMetaObject::invokeMethod(this, [sendFirst] { sendFirst({}); }, Qt::QueuedConnection);
        return;
    }
    keys->lookup({m_provider.id, m_provider.keyEnvironmentVariables}, this, sendFirst);
}

void ChatJob::cancel()
{
    if (m_state == State::Finished) {
        return;
    }
    m_retryTimer->stop();
    dropReply();
    finish(ChatResult::Status::Cancelled);
}

void ChatJob::send(const HttpRequestSpec &spec)
{
    m_currentSpec = spec;
    m_decoder = m_adapter.newStreamDecoder();
    m_errorBody.clear();
    m_httpStatus = 0;
    qCDebug(lcProviders).noquote() << m_provider.id << spec.method << Http::redactedUrl(spec.url)
                                   << Http::redactedHeaders(spec.headers);

    Http::RequestOptions options;
    options.inactivityTimeout = *m_options.inactivityTimeout;
    options.connectionsPerHost = m_provider.maxConcurrentStreams;
    const QNetworkRequest request = Http::buildRequest(spec, options);
    m_reply = m_network->sendCustomRequest(request, spec.method, spec.body);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ChatJob::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &ChatJob::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ChatJob::onReplyFinished);
    connect(m_reply, &QNetworkReply::redirected, this, &ChatJob::onRedirected);
}

void ChatJob::dropReply()
{
    if (!m_reply) {
        return;
    }
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    if (reply->isRunning()) {
        reply->abort();
    }
    reply->deleteLater();
}

void ChatJob::onMetaData()
{
    if (!m_reply) {
        return;
    }
    m_httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_httpStatus >= 200 && m_httpStatus < 300 && m_result.metrics.requestId.isEmpty()) {
        for (const char *header : {"x-request-id", "request-id", "x-generation-id"}) {
            const QByteArray value = m_reply->rawHeader(header);
            if (!value.isEmpty()) {
                m_result.metrics.requestId = QString::fromLatin1(value);
                break;
            }
        }
    }
}

void ChatJob::onReadyRead()
{
    if (!m_reply) {
        return;
    }
    if (m_httpStatus == 0) {
        onMetaData();
    }
    if (m_httpStatus >= 300 && m_httpStatus < 400) {
        return; // the body of a redirect; onRedirected decides what happens next
    }
    if (m_httpStatus >= 400) {
        const QByteArray bytes = m_reply->readAll();
        m_errorBody += bytes.left(maxErrorBodyBytes - m_errorBody.size());
        return;
    }
    handleEvents(m_decoder->feed(m_reply->readAll()));
}

void ChatJob::handleEvents(const QList<StreamEvent> &events)
{
    for (const StreamEvent &event : events) {
        switch (event.type) {
        case StreamEvent::Type::TextDelta:
        case StreamEvent::Type::ReasoningDelta:
            if (event.text.isEmpty()) {
                break;
            }
            if (!m_firstTokenMs) {
                m_firstTokenMs = m_clock.elapsed();
            }
            m_answerStarted = true;
            if (event.type == StreamEvent::Type::TextDelta) {
                m_result.text += event.text;
                Q_EMIT textDelta(event.text);
            } else {
                m_result.reasoning += event.text;
                Q_EMIT reasoningDelta(event.text);
            }
            break;
        case StreamEvent::Type::Usage:
            if (event.usage.inputTokens) {
                m_usage.inputTokens = event.usage.inputTokens;
            }
            if (event.usage.outputTokens) {
                m_usage.outputTokens = event.usage.outputTokens;
            }
            if (event.usage.reasoningTokens) {
                m_usage.reasoningTokens = event.usage.reasoningTokens;
            }
            if (event.usage.costUsd) {
                m_usage.costUsd = event.usage.costUsd;
            }
            Q_EMIT usageReported(m_usage);
            break;
        case StreamEvent::Type::Finish:
            // Latch the first real reason: OpenRouter repeats the finish chunk with a null reason.
            if (m_result.metrics.finishReason == FinishReason::Unknown) {
                m_result.metrics.finishReason = event.finishReason;
                m_result.metrics.rawFinishReason = event.rawFinishReason;
            }
            break;
        case StreamEvent::Type::Metadata:
            if (!event.responseModel.isEmpty()) {
                m_result.metrics.responseModel = event.responseModel;
            }
            // The response header (x-request-id, request-id) is what support desks ask for; the body's id
            // (OpenRouter's generation id, a message id) stands in when there is none.
            if (!event.requestId.isEmpty() && m_result.metrics.requestId.isEmpty()) {
                m_result.metrics.requestId = event.requestId;
            }
            Q_EMIT metadataReported(m_result.metrics.responseModel, m_result.metrics.requestId);
            break;
        case StreamEvent::Type::Error:
            m_streamError = event.error;
            break;
        }
        if (m_streamError || m_state != State::Running) {
            break;
        }
    }
    if (m_streamError && m_state == State::Running) {
        const ProviderError error = *m_streamError;
        m_streamError.reset();
        dropReply();
        if (!retryIfAllowed(error)) {
            finish(ChatResult::Status::Failed, error);
        }
    }
}

void ChatJob::onReplyFinished()
{
    if (!m_reply || m_state != State::Running) {
        return;
    }
    if (m_httpStatus == 0) {
        onMetaData();
    }
    QNetworkReply *reply = m_reply;
    if (m_httpStatus >= 200 && m_httpStatus < 300) {
        if (reply->isOpen()) {
            handleEvents(m_decoder->feed(reply->readAll()));
        }
        if (m_state != State::Running || m_reply != reply) {
            return;
        }
        if (reply->error() != QNetworkReply::NoError) {
            const ProviderError error = transportError();
            dropReply();
            finish(ChatResult::Status::Failed, error);
            return;
        }
        handleEvents(m_decoder->finish());
        if (m_state != State::Running || m_reply != reply) {
            return;
        }
        dropReply();
        finish(ChatResult::Status::Completed);
        return;
    }
    if (m_httpStatus >= 400) {
        if (reply->isOpen()) {
            m_errorBody += reply->readAll().left(maxErrorBodyBytes - m_errorBody.size());
        }
        RawHeaders headers;
        for (const auto &[name, value] : reply->rawHeaderPairs()) {
            headers.append({name.toLower(), value});
        }
        const ProviderError error = m_adapter.parseHttpError(m_httpStatus, headers, m_errorBody);
        // OpenAI's servers say outright whether a retry can help; that beats guessing from the status.
        const QByteArray shouldRetry = reply->rawHeader("x-should-retry").trimmed().toLower();
        std::optional<bool> retryOverride;
        if (shouldRetry == "true" || shouldRetry == "false") {
            retryOverride = shouldRetry == "true";
        }
        dropReply();
        if (!retryIfAllowed(error, retryOverride)) {
            finish(ChatResult::Status::Failed, error);
        }
        return;
    }
    ProviderError error = transportError();
    if (m_httpStatus >= 300) {
        error.httpStatus = m_httpStatus;
        error.providerMessage = tr("%1 answered with a redirect Confer did not follow.").arg(m_provider.displayName);
    }
    dropReply();
    finish(ChatResult::Status::Failed, error);
}

void ChatJob::onRedirected(const QUrl &url)
{
    if (!m_reply) {
        return;
    }
    const QUrl target = m_currentSpec.url.resolved(url);
    if (++m_redirects > maxRedirects) {
        ProviderError error;
        error.kind = ErrorKind::Network;
        error.providerMessage = tr("%1 redirected too many times.").arg(m_provider.displayName);
        dropReply();
        finish(ChatResult::Status::Failed, error);
        return;
    }
    if (m_currentSpec.url.scheme() == QLatin1String("https") && target.scheme() != QLatin1String("https")) {
        ProviderError error;
        error.kind = ErrorKind::Network;
        error.providerMessage = tr("%1 redirected from HTTPS to an insecure address (%2); Confer did not follow.")
                                    .arg(m_provider.displayName, Http::redactedUrl(target));
        dropReply();
        finish(ChatResult::Status::Failed, error);
        return;
    }
    if (Http::isSameOrigin(m_currentSpec.url, target)) {
        m_currentSpec.url = target;
        m_reply->redirectAllowed();
        return;
    }
    // Another host: send the request again ourselves, without any credential.
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    HttpRequestSpec spec = Http::withoutCredentials(m_currentSpec);
    spec.url = Http::withoutCredentials({spec.method, target, {}, {}}).url;
    if (status != 307 && status != 308) {
        spec.method = "GET";
        spec.body.clear();
    }
    qCInfo(lcProviders).noquote() << m_provider.id
                                  << "redirected to another host, credentials dropped:" << Http::redactedUrl(spec.url);
    dropReply();
    send(spec);
}

bool ChatJob::retryIfAllowed(const ProviderError &error, std::optional<bool> serverSaysRetry)
{
    if (m_answerStarted || !serverSaysRetry.value_or(isRetryable(error)) || m_attempts > m_options.maxRetries) {
        return false;
    }
    qint64 delayMs = 0;
    if (error.retryAfterMs) {
        delayMs = std::max<qint64>(0, *error.retryAfterMs);
    } else {
        delayMs = m_options.baseRetryDelay.count() << (m_attempts - 1);
    }
    if (delayMs > m_options.maxRetryDelay.count()) {
        return false;
    }
    // Jitter keeps parallel lanes that failed together from retrying in lockstep.
    delayMs += QRandomGenerator::global()->bounded(delayMs / 5 + 1);
    m_redirects = 0;
    qCInfo(lcProviders).noquote() << m_provider.id << "retrying in" << delayMs << "ms after HTTP" << error.httpStatus;
    Q_EMIT retrying(m_attempts, delayMs, error);
    m_retryTimer->start(std::chrono::milliseconds(delayMs));
    return true;
}

ProviderError ChatJob::transportError() const
{
    ProviderError error;
    error.kind = ErrorKind::Network; // httpStatus stays 0: no HTTP error response explains this one
    const QUrl url = m_currentSpec.url;
    switch (m_reply ? m_reply->error() : QNetworkReply::UnknownNetworkError) {
    case QNetworkReply::ConnectionRefusedError:
        error.providerMessage = m_provider.local
            ? tr("%1 is not running on %2.").arg(m_provider.displayName, hostAndPort(url))
            : tr("%1 refused the connection (%2).").arg(m_provider.displayName, hostAndPort(url));
        break;
    case QNetworkReply::HostNotFoundError:
        error.providerMessage = tr("Could not find the host %1.").arg(url.host());
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        // We only abort replies we have already let go of, so a cancel here is the inactivity timeout.
        error.kind = ErrorKind::Timeout;
        error.providerMessage = tr("%1 sent nothing for %2 seconds.")
                                    .arg(m_provider.displayName)
                                    .arg(std::chrono::duration<double>(*m_options.inactivityTimeout).count());
        break;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        error.providerMessage = tr("The secure connection to %1 failed: %2")
                                    .arg(url.host(), m_reply ? m_reply->errorString() : QString());
        break;
    default:
        error.providerMessage = m_answerStarted
            ? tr("The connection to %1 broke off before the answer was complete.").arg(m_provider.displayName)
            : tr("The connection to %1 failed: %2")
                  .arg(m_provider.displayName, m_reply ? m_reply->errorString() : QString());
        break;
    }
    return error;
}

void ChatJob::finish(ChatResult::Status status, std::optional<ProviderError> error)
{
    if (m_state == State::Finished) {
        return;
    }
    m_state = State::Finished;
    m_retryTimer->stop();

    ChatMetrics &metrics = m_result.metrics;
    metrics.durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    metrics.timeToFirstTokenMs = m_firstTokenMs;
    metrics.attempts = m_attempts;

    if (m_usage.inputTokens) {
        metrics.inputTokens = m_usage.inputTokens;
    } else {
        qsizetype characters = m_request.systemPrompt.size();
        for (const ChatMessage &message : std::as_const(m_request.messages)) {
            characters += message.content.size();
        }
        metrics.inputTokens = estimateTokens(characters);
        metrics.inputTokensEstimated = true;
    }
    if (m_usage.outputTokens) {
        metrics.outputTokens = m_usage.outputTokens;
    } else {
        metrics.outputTokens = estimateTokens(m_result.text.size() + m_result.reasoning.size());
        metrics.outputTokensEstimated = true;
    }
    if (m_usage.reasoningTokens) {
        metrics.reasoningTokens = m_usage.reasoningTokens;
    } else {
        metrics.reasoningTokens = estimateTokens(m_result.reasoning.size());
        metrics.reasoningTokensEstimated = true;
    }
    if (m_firstTokenMs && *metrics.outputTokens > 0) {
        const qint64 generationMs = metrics.durationMs - *m_firstTokenMs;
        if (generationMs > 0) {
            metrics.outputTokensPerSecond = double(*metrics.outputTokens) * 1000.0 / double(generationMs);
        }
    }
    if (m_usage.costUsd) {
        metrics.costUsd = m_usage.costUsd;
        metrics.costReportedByProvider = true;
    } else if (m_options.pricing && m_options.pricing->inputUsdPerMillionTokens
        && m_options.pricing->outputUsdPerMillionTokens) {
        metrics.costUsd = (double(*metrics.inputTokens) * *m_options.pricing->inputUsdPerMillionTokens
                              + double(*metrics.outputTokens) * *m_options.pricing->outputUsdPerMillionTokens)
            / 1e6;
    }

    m_result.status = status;
    if (status == ChatResult::Status::Cancelled) {
        metrics.finishReason = FinishReason::Cancelled;
    } else if (status == ChatResult::Status::Failed) {
        metrics.finishReason = FinishReason::Error;
    }
    if (error) {
        m_result.error = error;
        m_result.errorMessage = describeError(*error, m_provider);
        qCInfo(lcProviders).noquote() << m_provider.id << "failed:" << m_result.errorMessage;
    }
    Q_EMIT finished(m_result);
}

QString ChatJob::describeError(const ProviderError &error, const ProviderInfo &provider)
{
    const QString name = provider.displayName;
    if (error.httpStatus == 0 && !error.providerMessage.isEmpty()) {
        return error.providerMessage; // already in plain words: a transport error or a missing key
    }
    QString text;
    switch (error.kind) {
    case ErrorKind::Auth:
        text = tr("%1 did not accept the API key").arg(name);
        break;
    case ErrorKind::Permission:
        text = tr("%1 refused access").arg(name);
        break;
    case ErrorKind::NotFound:
        text = tr("%1 does not know this model or address").arg(name);
        break;
    case ErrorKind::RateLimited:
        text = tr("%1's rate limit was reached").arg(name);
        break;
    case ErrorKind::Overloaded:
        text = tr("%1 is overloaded").arg(name);
        break;
    case ErrorKind::BadRequest:
        text = tr("%1 rejected the request").arg(name);
        break;
    case ErrorKind::Server:
        text = tr("%1 had a server error").arg(name);
        break;
    case ErrorKind::Network:
        text = tr("The connection to %1 failed").arg(name);
        break;
    case ErrorKind::Timeout:
        text = tr("%1 stopped sending data").arg(name);
        break;
    case ErrorKind::Protocol:
        text = tr("%1 sent a response Confer could not read").arg(name);
        break;
    }
    if (error.httpStatus > 0) {
        text += tr(" (HTTP %1)").arg(error.httpStatus);
    }
    if (!error.providerMessage.isEmpty()) {
        text += QStringLiteral(": ") + error.providerMessage;
    }
    if (!text.endsWith(QLatin1Char('.'))) {
        text += QLatin1Char('.');
    }
    if (error.retryAfterMs) {
        text += QLatin1Char(' ')
            + tr("Try again in %1 s.").arg(QString::number(double(*error.retryAfterMs) / 1000.0, 'f', 1));
    }
    return text;
}

}
