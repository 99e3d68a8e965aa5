#pragma once

// Shared by the model picker's tests: loopback servers listing models in
// OpenRouter's, Anthropic's and Ollama's formats, a profile whose providers
// point at them (the local servers at a closed port), and helpers that read
// and click the picker's list.

#include "loopbackserver.h"
#include "picker/modelfiltermodel.h"
#include "picker/modellistmodel.h"
#include "picker/modelpicker.h"
#include "providers/providerservices.h"
#include "secrets/apikeystore.h"

#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

namespace PickerTesting
{

using namespace Confer;
using namespace ConferTest;
using Kind = ModelListModel::Kind;
using State = ModelListModel::ProviderState;

inline const QByteArray OpenRouterModels = R"json({"data":[
{"id":"anthropic/claude-sonnet-4","name":"Anthropic: Claude Sonnet 4","context_length":200000,
 "architecture":{"input_modalities":["text","image"],"output_modalities":["text"]},
 "pricing":{"prompt":"0.000003","completion":"0.000015"},"supported_parameters":["reasoning","include_reasoning","tools","max_tokens"]},
{"id":"anthropic/claude-3.5-haiku","name":"Anthropic: Claude 3.5 Haiku","context_length":200000,
 "architecture":{"input_modalities":["text","image"],"output_modalities":["text"]},
 "pricing":{"prompt":"0.0000008","completion":"0.000004"},"supported_parameters":["tools","max_tokens"]},
{"id":"openai/gpt-4o-mini","name":"OpenAI: GPT-4o-mini","context_length":128000,
 "architecture":{"input_modalities":["text","image","file"],"output_modalities":["text"]},
 "pricing":{"prompt":"0.00000015","completion":"0.0000006"},"supported_parameters":["tools","max_tokens"]},
{"id":"deepseek/deepseek-r1","name":"DeepSeek: R1","context_length":163840,
 "architecture":{"input_modalities":["text"],"output_modalities":["text"]},
 "pricing":{"prompt":"0.0000004","completion":"0.000002"},"supported_parameters":["reasoning","include_reasoning","max_tokens"]},
{"id":"meta-llama/llama-3.3-70b-instruct:free","name":"Meta: Llama 3.3 70B Instruct (free)","context_length":131072,
 "architecture":{"input_modalities":["text"],"output_modalities":["text"]},
 "pricing":{"prompt":"0","completion":"0"},"supported_parameters":["max_tokens"]}
]})json";

inline const QByteArray AnthropicModels
    = R"({"data":[{"type":"model","id":"claude-opus-4-1-20250805","display_name":"Claude Opus 4.1","created_at":"2025-08-05T00:00:00Z"},)"
      R"({"type":"model","id":"claude-sonnet-4-5-20250929","display_name":"Claude Sonnet 4.5","created_at":"2025-09-29T00:00:00Z"}],)"
      R"("has_more":false,"first_id":"claude-opus-4-1-20250805","last_id":"claude-sonnet-4-5-20250929"})";

inline const QByteArray OllamaTags
    = R"({"models":[{"name":"qwen3:8b","model":"qwen3:8b","modified_at":"2025-08-20T10:00:00Z","size":5225388164,"digest":"500a1f067a9f","details":{"family":"qwen3"}},)"
      R"({"name":"llama3.2:3b","model":"llama3.2:3b","modified_at":"2025-08-20T10:00:00Z","size":2019393189,"digest":"a80c4f17acd5","details":{"family":"llama"}}]})";

inline const QStringList OpenRouterRefs {QStringLiteral("openrouter/anthropic/claude-3.5-haiku"),
    QStringLiteral("openrouter/anthropic/claude-sonnet-4"), QStringLiteral("openrouter/deepseek/deepseek-r1"),
    QStringLiteral("openrouter/meta-llama/llama-3.3-70b-instruct:free"),
    QStringLiteral("openrouter/openai/gpt-4o-mini")};
inline const QStringList AnthropicRefs {
    QStringLiteral("anthropic/claude-opus-4-1-20250805"), QStringLiteral("anthropic/claude-sonnet-4-5-20250929")};
inline const QStringList OllamaRefs {QStringLiteral("ollama/llama3.2:3b"), QStringLiteral("ollama/qwen3:8b")};

inline quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost)) {
        return 0;
    }
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// Only the keys a test sets: whatever the machine has in its environment stays out.
inline void unsetProviderKeys()
{
    for (const ProviderInfo &provider : ProviderRegistry::presets()) {
        for (const QString &variable : provider.keyEnvironmentVariables) {
            qunsetenv(variable.toLatin1().constData());
        }
    }
}

// A profile with OpenRouter (key from the environment), Anthropic (a session key) and Ollama
// answering from loopback servers, the other local servers not running, and no other keys.
struct Environment {
    std::unique_ptr<QTemporaryDir> dir = std::make_unique<QTemporaryDir>();
    std::optional<Profile> profile;
    std::unique_ptr<QSettings> settings;
    // The keychain is never asked: keys here come from the environment or are kept for the session.
    std::unique_ptr<SessionStore> keychain;
    std::unique_ptr<ApiKeyStore> keys;
    std::unique_ptr<ProviderServices> services;
    std::unique_ptr<LoopbackServer> openRouter = std::make_unique<LoopbackServer>();
    std::unique_ptr<LoopbackServer> anthropic = std::make_unique<LoopbackServer>();
    std::unique_ptr<LoopbackServer> ollama = std::make_unique<LoopbackServer>();
    quint16 closedPort = 0;

    // Empty when everything is ready, else what went wrong.
    QString setUp()
    {
        if (!dir->isValid()) {
            return QStringLiteral("no temporary directory");
        }
        profile = Profile::inDirectory(dir->path());
        if (const auto error = profile->ensureDirectories()) {
            return *error;
        }
        settings = profile->openSettings();
        keychain = std::make_unique<SessionStore>();
        keys = std::make_unique<ApiKeyStore>(*keychain, *settings, QStringLiteral("picker-test"));
        services = std::make_unique<ProviderServices>(*profile, keys.get());
        for (LoopbackServer *server : {openRouter.get(), anthropic.get(), ollama.get()}) {
            if (!server->listen()) {
                return QStringLiteral("a loopback server could not listen");
            }
        }
        openRouter->setFallback(ScriptedResponse::json(200, OpenRouterModels));
        anthropic->setFallback(ScriptedResponse::json(200, AnthropicModels));
        ollama->setFallback(ScriptedResponse::json(200, OllamaTags));
        closedPort = PickerTesting::closedPort();
        if (closedPort == 0) {
            return QStringLiteral("no free port");
        }
        ProviderRegistry &registry = services->registry();
        const QUrl closed(QStringLiteral("http://127.0.0.1:%1/v1").arg(closedPort));
        for (const auto &[id, url] :
            QList<std::pair<QString, QUrl>> {{QStringLiteral("openrouter"), openRouter->url(QStringLiteral("/api/v1"))},
                {QStringLiteral("anthropic"), anthropic->url()}, {QStringLiteral("ollama"), ollama->url()},
                {QStringLiteral("lmstudio"), closed}, {QStringLiteral("llamacpp"), closed},
                {QStringLiteral("vllm"), closed}}) {
            if (const auto error = registry.setBaseUrl(id, url)) {
                return *error;
            }
        }
        qputenv("OPENROUTER_API_KEY", "sk-or-picker-test");
        keys->keepForSession(QStringLiteral("anthropic"), QStringLiteral("sk-ant-picker-test"));
        return {};
    }

    ~Environment()
    {
        qunsetenv("OPENROUTER_API_KEY");
        // Users of the services first, the profile's directory last.
        services.reset();
        keys.reset();
        keychain.reset();
        settings.reset();
    }
};

inline bool allLoaded(const ModelListModel *model)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(ModelListModel::KindRole).value<Kind>() == Kind::Provider
            && index.data(ModelListModel::ProviderStateRole).value<State>() == State::Loading) {
            return false;
        }
    }
    return true;
}

inline QStringList visibleModels(const QAbstractItemModel *model)
{
    QStringList result;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex group = model->index(row, 0);
        for (int child = 0; child < model->rowCount(group); ++child) {
            result.append(model->index(child, 0, group).data(ModelListModel::ModelRole).toString());
        }
    }
    return result;
}

inline QStringList topLevelKinds(const QAbstractItemModel *model)
{
    QStringList result;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        const Kind kind = index.data(ModelListModel::KindRole).value<Kind>();
        result.append(kind == Kind::Provider ? index.data(ModelListModel::ProviderIdRole).toString()
                                             : QString::fromLatin1(QMetaEnum::fromType<Kind>().valueToKey(int(kind))));
    }
    return result;
}

inline QModelIndex proxyIndexOf(const ModelPicker &picker, const QString &model)
{
    const QAbstractItemModel *proxy = picker.filterModel();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QModelIndex group = proxy->index(row, 0);
        if (group.data(ModelListModel::KindRole).value<Kind>() != Kind::Provider) {
            continue;
        }
        for (int child = 0; child < proxy->rowCount(group); ++child) {
            const QModelIndex index = proxy->index(child, 0, group);
            if (index.data(ModelListModel::ModelRole).toString() == model) {
                return index;
            }
        }
    }
    return {};
}

inline QModelIndex proxyProviderIndex(const ModelPicker &picker, const QString &providerId)
{
    const QAbstractItemModel *proxy = picker.filterModel();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QModelIndex index = proxy->index(row, 0);
        if (index.data(ModelListModel::KindRole).value<Kind>() == Kind::Provider
            && index.data(ModelListModel::ProviderIdRole).toString() == providerId) {
            return index;
        }
    }
    return {};
}

inline void clickRow(QTreeView *view, const QModelIndex &index, Qt::KeyboardModifiers modifiers = {})
{
    view->scrollTo(index);
    const QRect rect = view->visualRect(index);
    // Right of the star column, on the model's name.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, QPoint(rect.left() + 60, rect.center().y()));
}

}
