// `confer ask`: one prompt to one or several models, streamed or compared.

#include "cli/askrecorder.h"
#include "cli/providercommands.h"
#include "core/unixsignals.h"
#include "providers/providerservices.h"
#include "secrets/profilekeys.h"
#include "settings/settings.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include <cstdio>
#include <unistd.h>

namespace Confer::Cli
{

namespace
{

class Ask
{
    Q_DECLARE_TR_FUNCTIONS(Confer::Cli::Ask)

public:
    struct Options {
        QStringList models;
        ChatRequest request;
        QString prompt;
        bool json = false;
        bool save = true;
        std::optional<qint64> conversationId; // continue this stored conversation
        std::optional<int> timeoutSeconds;
    };

    static int run(CommandContext &context);

private:
    struct Lane {
        ModelReference reference;
        ProviderInfo provider;
        std::unique_ptr<ChatJob> job;
        ChatRequest request;
    };

    Ask(CommandContext &context, Options options)
        : m_context(context)
        , m_options(std::move(options))
    {
    }

    static int usageError(CommandContext &context, const QString &message);
    static std::optional<Options> parse(CommandContext &context, int *status);
    int exec();
    bool startSaving();
    void saveFailed(const QString &message);
    void connectLane(int index);
    void printJson(int index, QJsonObject object);
    void printWhole(const Lane &lane);
    void printTable();

    CommandContext &m_context;
    Options m_options;
    std::unique_ptr<ProfileKeys> m_keys; // keychain, then session, then the environment
    std::unique_ptr<ProviderServices> m_services; // outlives the lanes' jobs, which use its network manager
    std::vector<Lane> m_lanes;
    std::unique_ptr<AskRecorder> m_recorder; // null with --no-save or when the store cannot be written
    bool m_saveFailed = false;
    bool m_dimReasoning = false;
};

QString finishName(FinishReason reason)
{
    switch (reason) {
    case FinishReason::Stop:
        return QStringLiteral("stop");
    case FinishReason::Length:
        return QStringLiteral("length");
    case FinishReason::ContentFilter:
        return QStringLiteral("content_filter");
    case FinishReason::ToolCall:
        return QStringLiteral("tool_call");
    case FinishReason::Error:
        return QStringLiteral("error");
    case FinishReason::Cancelled:
        return QStringLiteral("cancelled");
    case FinishReason::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString kindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Auth:
        return QStringLiteral("auth");
    case ErrorKind::Permission:
        return QStringLiteral("permission");
    case ErrorKind::NotFound:
        return QStringLiteral("not_found");
    case ErrorKind::RateLimited:
        return QStringLiteral("rate_limited");
    case ErrorKind::Overloaded:
        return QStringLiteral("overloaded");
    case ErrorKind::BadRequest:
        return QStringLiteral("bad_request");
    case ErrorKind::Server:
        return QStringLiteral("server");
    case ErrorKind::Network:
        return QStringLiteral("network");
    case ErrorKind::Timeout:
        return QStringLiteral("timeout");
    case ErrorKind::Protocol:
        return QStringLiteral("protocol");
    }
    return {};
}

QString statusName(ChatResult::Status status)
{
    switch (status) {
    case ChatResult::Status::Completed:
        return QStringLiteral("completed");
    case ChatResult::Status::Failed:
        return QStringLiteral("failed");
    case ChatResult::Status::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QJsonObject errorJson(const ProviderError &error, const QString &message)
{
    QJsonObject object {{QStringLiteral("kind"), kindName(error.kind)}, {QStringLiteral("message"), message}};
    if (error.httpStatus > 0) {
        object.insert(QStringLiteral("status"), error.httpStatus);
    }
    if (!error.providerCode.isEmpty()) {
        object.insert(QStringLiteral("code"), error.providerCode);
    }
    if (error.retryAfterMs) {
        object.insert(QStringLiteral("retry_after_ms"), double(*error.retryAfterMs));
    }
    return object;
}

QJsonObject metricsJson(const ChatMetrics &metrics)
{
    QJsonObject object;
    const auto optional = [&object](const char *name, const auto &value) {
        if (value) {
            object.insert(QLatin1String(name), double(*value));
        }
    };
    optional("ttft_ms", metrics.timeToFirstTokenMs);
    object.insert(QStringLiteral("duration_ms"), double(metrics.durationMs));
    optional("output_tokens_per_second", metrics.outputTokensPerSecond);
    optional("input_tokens", metrics.inputTokens);
    optional("output_tokens", metrics.outputTokens);
    optional("reasoning_tokens", metrics.reasoningTokens);
    object.insert(QStringLiteral("input_tokens_estimated"), metrics.inputTokensEstimated);
    object.insert(QStringLiteral("output_tokens_estimated"), metrics.outputTokensEstimated);
    object.insert(QStringLiteral("reasoning_tokens_estimated"), metrics.reasoningTokensEstimated);
    optional("cost_usd", metrics.costUsd);
    if (metrics.costUsd) {
        object.insert(QStringLiteral("cost_reported_by_provider"), metrics.costReportedByProvider);
    }
    object.insert(QStringLiteral("request_id"), metrics.requestId);
    object.insert(QStringLiteral("response_model"), metrics.responseModel);
    object.insert(QStringLiteral("finish_reason"), finishName(metrics.finishReason));
    object.insert(QStringLiteral("attempts"), metrics.attempts);
    return object;
}

QString tokens(const std::optional<qint64> &count, bool estimated)
{
    if (!count) {
        return QStringLiteral("–");
    }
    return (estimated ? QStringLiteral("~") : QString()) + QString::number(*count);
}

QString seconds(const std::optional<qint64> &ms)
{
    return ms ? QString::number(double(*ms) / 1000.0, 'f', 2) + QStringLiteral(" s") : QStringLiteral("–");
}

QString cost(const std::optional<double> &usd)
{
    return usd ? QStringLiteral("$") + QString::number(*usd, 'f', 6) : QStringLiteral("–");
}

QString rate(const std::optional<double> &perSecond)
{
    return perSecond ? QString::number(*perSecond, 'f', 1) : QStringLiteral("–");
}

QString metricsLine(const QString &model, const ChatMetrics &metrics)
{
    return Ask::tr("%1: TTFT %2, %3 total, %4 tok/s, %5 in / %6 out tokens (%7 reasoning), %8, %9")
        .arg(model, seconds(metrics.timeToFirstTokenMs), seconds(metrics.durationMs),
            rate(metrics.outputTokensPerSecond), tokens(metrics.inputTokens, metrics.inputTokensEstimated),
            tokens(metrics.outputTokens, metrics.outputTokensEstimated),
            tokens(metrics.reasoningTokens, metrics.reasoningTokensEstimated), cost(metrics.costUsd),
            finishName(metrics.finishReason));
}

int Ask::usageError(CommandContext &context, const QString &message)
{
    context.err << "confer: " << message << '\n' << tr("Run 'confer help ask' for usage.") << '\n';
    context.err.flush();
    return UsageError;
}

std::optional<Ask::Options> Ask::parse(CommandContext &context, int *status)
{
    Options options;
    QStringList positional;
    bool systemGiven = false;
    const QStringList &arguments = context.arguments;
    const auto fail = [&](const QString &message) {
        *status = usageError(context, message);
        return std::nullopt;
    };
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString argument = arguments.at(i);
        QString value;
        const bool inlineValue = argument.startsWith(QLatin1String("--")) && argument.contains(QLatin1Char('='));
        if (inlineValue) {
            value = argument.mid(argument.indexOf(QLatin1Char('=')) + 1);
            argument = argument.left(argument.indexOf(QLatin1Char('=')));
        }
        const auto takeValue = [&]() -> std::optional<QString> {
            if (inlineValue) {
                return value;
            }
            if (i + 1 >= arguments.size()) {
                return std::nullopt;
            }
            return arguments.at(++i);
        };
        if (argument == QLatin1String("--")) {
            positional.append(arguments.mid(i + 1));
            break;
        }
        if (argument == QLatin1String("-m") || argument == QLatin1String("--model")) {
            const auto model = takeValue();
            if (!model || model->isEmpty()) {
                return fail(tr("%1 needs PROVIDER/MODEL.").arg(argument));
            }
            options.models.append(*model);
        } else if (argument == QLatin1String("--system")) {
            const auto text = takeValue();
            if (!text) {
                return fail(tr("--system needs a text."));
            }
            options.request.systemPrompt = *text;
            systemGiven = true;
        } else if (argument == QLatin1String("--temperature")) {
            const auto text = takeValue();
            bool ok = false;
            const double temperature = text ? text->toDouble(&ok) : 0.0;
            if (!ok || temperature < 0.0 || temperature > 2.0) {
                return fail(tr("--temperature needs a number from 0 to 2."));
            }
            options.request.temperature = temperature;
        } else if (argument == QLatin1String("--max-tokens")) {
            const auto text = takeValue();
            bool ok = false;
            const int tokens = text ? text->toInt(&ok) : 0;
            if (!ok || tokens <= 0) {
                return fail(tr("--max-tokens needs a positive whole number."));
            }
            options.request.maxOutputTokens = tokens;
        } else if (argument == QLatin1String("--reasoning")) {
            const auto text = takeValue();
            if (text == QLatin1String("low")) {
                options.request.reasoning = ReasoningEffort::Low;
            } else if (text == QLatin1String("medium")) {
                options.request.reasoning = ReasoningEffort::Medium;
            } else if (text == QLatin1String("high")) {
                options.request.reasoning = ReasoningEffort::High;
            } else {
                return fail(tr("--reasoning needs low, medium or high."));
            }
        } else if (argument == QLatin1String("--timeout")) {
            const auto text = takeValue();
            bool ok = false;
            const int timeout = text ? text->toInt(&ok) : 0;
            if (!ok || timeout <= 0) {
                return fail(tr("--timeout needs a number of seconds."));
            }
            options.timeoutSeconds = timeout;
        } else if (argument == QLatin1String("--json") && !inlineValue) {
            options.json = true;
        } else if (argument == QLatin1String("--no-save") && !inlineValue) {
            options.save = false;
        } else if (argument == QLatin1String("--conversation")) {
            const auto text = takeValue();
            bool ok = false;
            const qint64 id = text ? text->toLongLong(&ok) : 0;
            if (!ok || id <= 0) {
                return fail(tr("--conversation needs a conversation id (see 'confer history list')."));
            }
            options.conversationId = id;
        } else if (argument.startsWith(QLatin1Char('-')) && argument != QLatin1String("-")) {
            return fail(tr("Unknown option '%1'.").arg(argument));
        } else {
            positional.append(argument);
        }
    }
    if (options.conversationId && !options.save) {
        return fail(tr("--conversation and --no-save cannot be combined."));
    }
    if (!options.conversationId) {
        // A new conversation starts from Settings › Defaults where the command line says nothing.
        const auto storage = context.profile.openSettings();
        const Settings defaults(*storage);
        if (options.models.isEmpty()) {
            options.models = defaults.defaultModels();
        }
        if (!systemGiven) {
            options.request.systemPrompt = defaults.systemPrompt();
        }
        if (!options.request.temperature) {
            options.request.temperature = defaults.temperature();
        }
        if (!options.request.maxOutputTokens) {
            options.request.maxOutputTokens = defaults.maxOutputTokens();
        }
    }
    if (options.models.isEmpty() && !options.conversationId) {
        return fail(tr("Name at least one model with -m PROVIDER/MODEL (or choose default models in Settings)."));
    }
    if (positional.size() != 1) {
        return fail(positional.isEmpty() ? tr("No prompt given (use - to read it from standard input).")
                                         : tr("Give the prompt as one argument (quote it)."));
    }
    QString prompt = positional.constFirst();
    if (prompt == QLatin1String("-")) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly)) {
            return fail(tr("Could not read standard input."));
        }
        prompt = QString::fromUtf8(input.readAll());
    }
    if (prompt.trimmed().isEmpty()) {
        return fail(tr("The prompt is empty."));
    }
    options.request.messages = {{ChatMessage::Role::User, prompt}};
    options.prompt = prompt;
    return options;
}

int Ask::run(CommandContext &context)
{
    int status = Success;
    auto options = parse(context, &status);
    if (!options) {
        return status;
    }
    return Ask(context, std::move(*options)).exec();
}

int Ask::exec()
{
    m_keys = std::make_unique<ProfileKeys>(m_context.profile);
    m_services = std::make_unique<ProviderServices>(m_context.profile, &m_keys->store());
    ProviderServices &services = *m_services;
    if (m_options.save) {
        m_recorder = std::make_unique<AskRecorder>();
        if (!m_recorder->open(m_context.profile)) {
            saveFailed(m_recorder->errorMessage());
            m_recorder.reset();
            if (m_options.conversationId) {
                return Failure; // without the stored history the models would answer out of context
            }
        }
    }
    if (m_recorder && m_options.conversationId) {
        const auto models = m_recorder->laneModels(*m_options.conversationId);
        if (!models) {
            m_context.err << "confer: " << m_recorder->errorMessage() << '\n';
            m_context.err.flush();
            return Failure;
        }
        if (m_options.models.isEmpty()) {
            m_options.models = *models;
        }
    }
    for (const QString &name : std::as_const(m_options.models)) {
        const auto reference = ModelReference::parse(name);
        if (!reference) {
            return usageError(m_context, tr("'%1' is not PROVIDER/MODEL.").arg(name));
        }
        const auto provider = services.registry().provider(reference->providerId);
        if (!provider) {
            return usageError(
                m_context, tr("Unknown provider '%1'. 'confer providers list' shows them.").arg(reference->providerId));
        }
        m_lanes.push_back({*reference, *provider, nullptr, m_options.request});
    }
    if (m_lanes.empty()) {
        return usageError(m_context,
            tr("Conversation %1 has no lanes left; name a model with -m PROVIDER/MODEL.")
                .arg(m_options.conversationId.value_or(0)));
    }
    m_dimReasoning = ::isatty(STDERR_FILENO) == 1;

    if (m_recorder && !startSaving() && m_options.conversationId) {
        return Failure;
    }
    for (Lane &lane : m_lanes) {
        ChatJobOptions jobOptions;
        if (m_options.timeoutSeconds) {
            jobOptions.inactivityTimeout = std::chrono::seconds(*m_options.timeoutSeconds);
        }
        QString error;
        lane.job = services.createJob(lane.reference, lane.request, jobOptions, &error);
        if (!lane.job) {
            return usageError(m_context, error);
        }
    }

    QEventLoop loop;
    int remaining = int(m_lanes.size());
    for (int i = 0; i < int(m_lanes.size()); ++i) {
        connectLane(i);
        if (m_recorder) {
            m_recorder->record(
                std::size_t(i), m_lanes[i].job.get(), [this](const QString &message) { saveFailed(message); });
        }
        QObject::connect(m_lanes[i].job.get(), &ChatJob::finished, &loop, [&remaining, &loop] {
            if (--remaining == 0) {
                loop.quit();
            }
        });
    }
    UnixSignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &UnixSignalWatcher::quitRequested, &loop, [this] {
        for (Lane &lane : m_lanes) {
            lane.job->cancel();
        }
    });
    for (Lane &lane : m_lanes) {
        services.submit(lane.job.get());
    }
    if (remaining > 0) {
        loop.exec();
    }

    if (m_recorder && !m_recorder->flush()) {
        saveFailed(m_recorder->errorMessage());
    }
    if (m_lanes.size() > 1 && !m_options.json) {
        printTable();
    }
    bool allCompleted = true;
    for (const Lane &lane : m_lanes) {
        allCompleted = allCompleted && lane.job->result().status == ChatResult::Status::Completed;
    }
    m_context.out.flush();
    m_context.err.flush();
    return allCompleted && !m_saveFailed ? Success : Failure;
}

// Stores the prompt and gives each lane its history; prints the conversation id.
// When this fails a new conversation is only not saved, the question is still asked.
bool Ask::startSaving()
{
    std::vector<AskRecorder::Seat> seats;
    for (const Lane &lane : m_lanes) {
        seats.push_back({lane.reference.toString(), lane.request});
    }
    const auto conversationId
        = m_recorder->begin(m_options.conversationId, m_options.prompt, m_options.request.systemPrompt, seats);
    if (!conversationId) {
        saveFailed(m_recorder->errorMessage());
        m_recorder.reset();
        return false;
    }
    for (std::size_t i = 0; i < m_lanes.size(); ++i) {
        m_lanes[i].request = seats.at(i).request;
    }
    m_context.err << tr("conversation: %1").arg(*conversationId) << '\n';
    m_context.err.flush();
    if (m_options.json) {
        const QJsonObject event {
            {QStringLiteral("event"), QStringLiteral("conversation")}, {QStringLiteral("id"), double(*conversationId)}};
        m_context.out << QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact)) << '\n';
        m_context.out.flush();
    }
    return true;
}

// Reported once: the answer is still printed, and the exit status says it was not kept.
void Ask::saveFailed(const QString &message)
{
    if (m_saveFailed) {
        return;
    }
    m_saveFailed = true;
    m_context.err << "confer: " << tr("The conversation could not be saved: %1").arg(message) << '\n';
    m_context.err.flush();
}

void Ask::printJson(int index, QJsonObject object)
{
    object.insert(QStringLiteral("lane"), index);
    object.insert(QStringLiteral("model"), m_lanes[index].reference.toString());
    m_context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
    m_context.out.flush();
}

void Ask::connectLane(int index)
{
    Lane &lane = m_lanes[index];
    ChatJob *job = lane.job.get();
    const bool single = m_lanes.size() == 1;
    const QString name = lane.reference.toString();
    QTextStream &out = m_context.out;
    QTextStream &err = m_context.err;

    if (m_options.json) {
        const auto event
            = [](const char *type) { return QJsonObject {{QStringLiteral("event"), QLatin1String(type)}}; };
        QObject::connect(job, &ChatJob::queued, job, [this, index, event] { printJson(index, event("queued")); });
        QObject::connect(job, &ChatJob::started, job, [this, index, event] { printJson(index, event("start")); });
        QObject::connect(job, &ChatJob::retrying, job,
            [this, index, event, job](int attempt, qint64 delayMs, const ProviderError &error) {
                QJsonObject object = event("retry");
                object.insert(QStringLiteral("attempt"), attempt);
                object.insert(QStringLiteral("delay_ms"), double(delayMs));
                object.insert(
                    QStringLiteral("error"), errorJson(error, ChatJob::describeError(error, job->provider())));
                printJson(index, object);
            });
        QObject::connect(job, &ChatJob::textDelta, job, [this, index, event](const QString &text) {
            QJsonObject object = event("delta");
            object.insert(QStringLiteral("text"), text);
            printJson(index, object);
        });
        QObject::connect(job, &ChatJob::reasoningDelta, job, [this, index, event](const QString &text) {
            QJsonObject object = event("reasoning");
            object.insert(QStringLiteral("text"), text);
            printJson(index, object);
        });
        QObject::connect(job, &ChatJob::usageReported, job, [this, index, event](const TokenUsage &usage) {
            QJsonObject object = event("usage");
            if (usage.inputTokens) {
                object.insert(QStringLiteral("input_tokens"), double(*usage.inputTokens));
            }
            if (usage.outputTokens) {
                object.insert(QStringLiteral("output_tokens"), double(*usage.outputTokens));
            }
            if (usage.reasoningTokens) {
                object.insert(QStringLiteral("reasoning_tokens"), double(*usage.reasoningTokens));
            }
            if (usage.costUsd) {
                object.insert(QStringLiteral("cost_usd"), *usage.costUsd);
            }
            printJson(index, object);
        });
        QObject::connect(job, &ChatJob::finished, job, [this, index, event, &err](const ChatResult &result) {
            if (result.error) {
                QJsonObject object = event("error");
                object.insert(QStringLiteral("error"), errorJson(*result.error, result.errorMessage));
                printJson(index, object);
                err << "confer: " << m_lanes[index].reference.toString() << ": " << result.errorMessage << '\n';
                err.flush();
            }
            QJsonObject object = event("done");
            object.insert(QStringLiteral("status"), statusName(result.status));
            object.insert(QStringLiteral("text"), result.text);
            object.insert(QStringLiteral("reasoning"), result.reasoning);
            object.insert(QStringLiteral("metrics"), metricsJson(result.metrics));
            printJson(index, object);
        });
        return;
    }

    QObject::connect(job, &ChatJob::queued, job, [&err, name, job] {
        err << tr("%1: waiting for a free stream at %2…").arg(name, job->provider().displayName) << '\n';
        err.flush();
    });
    QObject::connect(
        job, &ChatJob::retrying, job, [&err, name, job](int attempt, qint64 delayMs, const ProviderError &error) {
            err << tr("%1: %2 Retrying in %3 s (attempt %4).")
                       .arg(name, ChatJob::describeError(error, job->provider()),
                           QString::number(double(delayMs) / 1000.0, 'f', 1))
                       .arg(attempt + 1)
                << '\n';
            err.flush();
        });
    if (single) {
        QObject::connect(job, &ChatJob::textDelta, job, [&out](const QString &text) {
            out << text;
            out.flush();
        });
        QObject::connect(job, &ChatJob::reasoningDelta, job, [this, &err](const QString &text) {
            err << (m_dimReasoning ? QStringLiteral("\x1b[2m") + text + QStringLiteral("\x1b[0m") : text);
            err.flush();
        });
    }
    QObject::connect(job, &ChatJob::finished, job, [this, single, index, &out, &err, name](const ChatResult &result) {
        if (single) {
            if (!result.reasoning.isEmpty() && !result.reasoning.endsWith(QLatin1Char('\n'))) {
                err << '\n';
            }
            if (!result.text.isEmpty() && !result.text.endsWith(QLatin1Char('\n'))) {
                out << '\n';
            }
            out.flush();
        } else {
            printWhole(m_lanes[index]);
        }
        if (result.status == ChatResult::Status::Failed) {
            err << "confer: " << name << ": " << result.errorMessage << '\n';
        } else if (result.status == ChatResult::Status::Cancelled) {
            err << "confer: " << tr("%1: cancelled.").arg(name) << '\n';
        }
        if (single) {
            err << metricsLine(
                result.metrics.responseModel.isEmpty() ? name : result.metrics.responseModel, result.metrics)
                << '\n';
        }
        err.flush();
    });
}

void Ask::printWhole(const Lane &lane)
{
    const ChatResult &result = lane.job->result();
    QTextStream &out = m_context.out;
    out << "── " << lane.reference.toString() << " ──\n";
    out << result.text;
    if (!result.text.endsWith(QLatin1Char('\n'))) {
        out << '\n';
    }
    out << '\n';
    out.flush();
}

void Ask::printTable()
{
    const QStringList header {tr("MODEL"), tr("TTFT"), tr("TOK/S"), tr("IN"), tr("OUT"), tr("COST"), tr("FINISH")};
    QList<QStringList> rows {header};
    for (const Lane &lane : m_lanes) {
        const ChatMetrics &metrics = lane.job->result().metrics;
        rows.append({lane.reference.toString(), seconds(metrics.timeToFirstTokenMs),
            rate(metrics.outputTokensPerSecond), tokens(metrics.inputTokens, metrics.inputTokensEstimated),
            tokens(metrics.outputTokens, metrics.outputTokensEstimated), cost(metrics.costUsd),
            finishName(metrics.finishReason)});
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype column = 0; column < row.size(); ++column) {
            widths[column] = std::max(widths[column], row.at(column).size());
        }
    }
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            line += row.at(column).leftJustified(widths.at(column) + 2);
        }
        m_context.out << line.trimmed() << '\n';
    }
    m_context.out.flush();
}

}

Command askCommand()
{
    return {QStringLiteral("ask"),
        QCoreApplication::translate("Confer::Cli::Ask",
            "-m PROVIDER/MODEL [-m ...] [--system TEXT] [--temperature X] [--max-tokens N] "
            "[--reasoning low|medium|high] [--timeout SECONDS] [--json] [--no-save] [--conversation ID] PROMPT|-"),
        QCoreApplication::translate("Confer::Cli::Ask",
            "Ask one or more models; several run at once and are compared. PROMPT - reads standard input. "
            "The conversation is saved (its id goes to standard error) unless --no-save is given. "
            "--conversation ID continues a saved one: without -m every lane answers with its history; "
            "each -m takes the lane with that model, or adds a lane. A new conversation takes the default models, "
            "system prompt, temperature and maximum tokens from Settings where no option gives them."),
        [](CommandContext &context) { return Ask::run(context); }};
}

}
