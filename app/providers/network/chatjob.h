#pragma once

#include "providers/chattypes.h"
#include "providers/providerregistry.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace Confer
{

class KeySource;
class ProtocolAdapter;
class StreamDecoder;

// What an answer cost in time and tokens. Token counts are exact when the
// provider reported them, otherwise estimated from the text and flagged.
struct ChatMetrics {
    std::optional<qint64> timeToFirstTokenMs;
    qint64 durationMs = 0;
    std::optional<double> outputTokensPerSecond;
    std::optional<qint64> inputTokens;
    std::optional<qint64> outputTokens;
    std::optional<qint64> reasoningTokens;
    bool inputTokensEstimated = false;
    bool outputTokensEstimated = false;
    bool reasoningTokensEstimated = false;
    std::optional<double> costUsd;
    bool costReportedByProvider = false;
    QString requestId;
    QString responseModel;
    FinishReason finishReason = FinishReason::Unknown;
    QString rawFinishReason;
    int attempts = 0;
};

struct ChatResult {
    enum class Status { Completed, Failed, Cancelled };
    Status status = Status::Completed;
    QString text; // everything received, also when the answer failed or was cancelled
    QString reasoning;
    std::optional<ProviderError> error;
    QString errorMessage; // the error in plain words, for showing
    ChatMetrics metrics;
};

inline constexpr std::chrono::seconds DefaultInactivityTimeout {120};

struct ChatJobOptions {
    // No byte for this long ends the answer. Unset: the profile's setting when
    // ProviderServices makes the job, DefaultInactivityTimeout otherwise.
    std::optional<std::chrono::milliseconds> inactivityTimeout;
    int maxRetries = 3;
    std::chrono::milliseconds baseRetryDelay {std::chrono::seconds(1)};
    // A retry hint longer than this fails the answer instead of waiting.
    std::chrono::milliseconds maxRetryDelay {std::chrono::seconds(60)};
    std::optional<ModelInfo> pricing; // from the model catalog, for cost when the provider reports none
};

// One streamed chat answer from one provider: asks for the key, sends, retries
// what may be retried, decodes the stream, measures it, and ends with exactly
// one finished() carrying the whole result.
class ChatJob : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Queued, Running, Finished };

    ChatJob(QNetworkAccessManager *network, KeySource *keys, ProviderInfo provider, const ProtocolAdapter &adapter,
        ChatRequest request, ChatJobOptions options = {}, QObject *parent = nullptr);
    ~ChatJob() override;

    const ProviderInfo &provider() const { return m_provider; }
    const ChatRequest &request() const { return m_request; }
    State state() const { return m_state; }
    const ChatResult &result() const { return m_result; }

    // Called by the scheduler when the job must wait for a free stream.
    void markQueued();
    void start();
    // Ends the answer now; what arrived so far is kept and marked cancelled.
    void cancel();

    static QString describeError(const ProviderError &error, const ProviderInfo &provider);

Q_SIGNALS:
    void queued();
    void started();
    void retrying(int attempt, qint64 delayMs, const Confer::ProviderError &error);
    void textDelta(const QString &text);
    void reasoningDelta(const QString &text);
    void usageReported(const Confer::TokenUsage &usage);
    void metadataReported(const QString &responseModel, const QString &requestId);
    void finished(const Confer::ChatResult &result);

private:
    void send(const HttpRequestSpec &spec);
    void onMetaData();
    void onReadyRead();
    void onReplyFinished();
    void onRedirected(const QUrl &url);
    void handleEvents(const QList<StreamEvent> &events);
    bool retryIfAllowed(const ProviderError &error, std::optional<bool> serverSaysRetry = std::nullopt);
    ProviderError transportError() const;
    void finish(ChatResult::Status status, std::optional<ProviderError> error = std::nullopt);
    void dropReply();

    QNetworkAccessManager *m_network;
    QPointer<KeySource> m_keys;
    ProviderInfo m_provider;
    const ProtocolAdapter &m_adapter;
    ChatRequest m_request;
    ChatJobOptions m_options;

    State m_state = State::Idle;
    QString m_apiKey;
    QPointer<QNetworkReply> m_reply; // owned by the access manager, which may go first
    HttpRequestSpec m_currentSpec;
    int m_redirects = 0;
    std::unique_ptr<StreamDecoder> m_decoder;
    QByteArray m_errorBody;
    int m_httpStatus = 0;
    bool m_answerStarted = false;
    int m_attempts = 0;
    std::optional<qint64> m_firstTokenMs;
    QTimer *m_retryTimer = nullptr;
    QElapsedTimer m_clock;
    TokenUsage m_usage;
    std::optional<ProviderError> m_streamError;
    ChatResult m_result;
};

}
