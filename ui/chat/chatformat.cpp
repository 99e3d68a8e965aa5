#include "chat/chatformat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace Confer::ChatFormat
{

namespace
{

QString tr(const char *text)
{
    return QCoreApplication::translate("Confer::ChatFormat", text);
}

QString seconds(qint64 ms)
{
    return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 2));
}

}

QString modelName(const Store::Message &message)
{
    const QString &model = message.metrics.answeredModel.isEmpty() ? message.model : message.metrics.answeredModel;
    if (message.kind != Store::MessageKind::Reply) {
        return derivedTitle(message.kind, message.model.isEmpty() ? model : message.model);
    }
    return model.isEmpty() ? tr("Assistant") : model;
}

QString derivedTitle(Store::MessageKind kind, const QString &model)
{
    switch (kind) {
    case Store::MessageKind::Reply:
        break;
    case Store::MessageKind::Synthesis:
        return tr("Synthesis by %1").arg(model);
    case Store::MessageKind::Judgement:
        return tr("Judgement by %1").arg(model);
    }
    return {};
}

QString metricsLine(const Store::Message &message)
{
    if (message.role != Store::MessageRole::Assistant || message.status == Store::MessageStatus::Streaming) {
        return {};
    }
    const Store::ReplyMetrics &m = message.metrics;
    const QLocale locale;
    const QString approx = m.tokensEstimated ? QStringLiteral("≈") : QString();
    QStringList parts;
    if (m.ttftMs) {
        parts.append(tr("TTFT %1").arg(seconds(*m.ttftMs)));
    }
    const std::optional<qint64> out = m.usage.outputTokens;
    if (out && m.durationMs) {
        // Generation speed: output tokens over the time after the first token.
        const qint64 generating = *m.durationMs - m.ttftMs.value_or(0);
        if (generating > 0 && *out > 0) {
            parts.append(
                tr("%1%2 tokens/s").arg(approx, locale.toString(double(*out) * 1000.0 / double(generating), 'f', 1)));
        }
    }
    if (m.usage.inputTokens || out) {
        const qint64 total = m.usage.inputTokens.value_or(0) + out.value_or(0);
        parts.append(tr("%1%2 tokens (%3 in, %4 out)")
                .arg(approx, locale.toString(total), locale.toString(m.usage.inputTokens.value_or(0)),
                    locale.toString(out.value_or(0))));
    }
    if (m.usage.reasoningTokens && *m.usage.reasoningTokens > 0) {
        parts.append(tr("%1%2 reasoning").arg(approx, locale.toString(*m.usage.reasoningTokens)));
    }
    if (m.usage.costUsd) {
        parts.append(tr("$%1").arg(locale.toString(*m.usage.costUsd, 'f', *m.usage.costUsd < 0.01 ? 4 : 3)));
    }
    if (m.durationMs && !m.ttftMs) {
        parts.append(seconds(*m.durationMs));
    }
    return parts.join(QStringLiteral(" · "));
}

QString errorText(const ProviderError &error)
{
    QString text;
    switch (error.kind) {
    case ErrorKind::Auth:
        text = tr("The provider did not accept the API key. Check the key in Settings › Providers.");
        break;
    case ErrorKind::Permission:
        text = tr("This key is not allowed to use this model.");
        break;
    case ErrorKind::NotFound:
        text = tr("The provider does not know this model.");
        break;
    case ErrorKind::RateLimited:
        text = error.retryAfterMs ? tr("Too many requests: the provider asks to wait %1 before trying again.")
                                        .arg(seconds(*error.retryAfterMs))
                                  : tr("Too many requests: the provider asks to slow down.");
        break;
    case ErrorKind::Overloaded:
        text = tr("The provider is overloaded right now.");
        break;
    case ErrorKind::BadRequest:
        text = tr("The provider refused the request.");
        break;
    case ErrorKind::Server:
        text = tr("The provider had an internal error.");
        break;
    case ErrorKind::Network:
        text = tr("The provider could not be reached.");
        break;
    case ErrorKind::Timeout:
        text = tr("The provider stopped answering.");
        break;
    case ErrorKind::Protocol:
        text = tr("The provider's answer could not be understood.");
        break;
    }
    if (!error.providerMessage.isEmpty()) {
        text += QLatin1Char(' ') + tr("It said: “%1”").arg(error.providerMessage.left(500));
    }
    return text;
}

}
