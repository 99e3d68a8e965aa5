#include "core/profile.h"
#include "providers/providerregistry.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Confer;

class TestProviderRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void presets_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("protocol");
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QStringList>("keyVariables");
        QTest::addColumn<bool>("local");
        QTest::addColumn<int>("concurrency");

        const auto cloud = [](const char *id, Protocol protocol, const char *url, QStringList keys) {
            QTest::newRow(id) << QString::fromLatin1(id) << int(protocol) << QString::fromLatin1(url) << keys << false
                              << 8;
        };
        const auto one = [](const char *name) { return QStringList {QString::fromLatin1(name)}; };
        cloud("openai", Protocol::OpenAI, "https://api.openai.com/v1", one("OPENAI_API_KEY"));
        cloud("openrouter", Protocol::OpenAI, "https://openrouter.ai/api/v1", one("OPENROUTER_API_KEY"));
        cloud("groq", Protocol::OpenAI, "https://api.groq.com/openai/v1", one("GROQ_API_KEY"));
        cloud("mistral", Protocol::OpenAI, "https://api.mistral.ai/v1", one("MISTRAL_API_KEY"));
        cloud("deepseek", Protocol::OpenAI, "https://api.deepseek.com/v1", one("DEEPSEEK_API_KEY"));
        cloud("xai", Protocol::OpenAI, "https://api.x.ai/v1", one("XAI_API_KEY"));
        cloud("together", Protocol::OpenAI, "https://api.together.xyz/v1", one("TOGETHER_API_KEY"));
        cloud("fireworks", Protocol::OpenAI, "https://api.fireworks.ai/inference/v1", one("FIREWORKS_API_KEY"));
        cloud("anthropic", Protocol::Anthropic, "https://api.anthropic.com", one("ANTHROPIC_API_KEY"));
        cloud("gemini", Protocol::Gemini, "https://generativelanguage.googleapis.com/v1beta",
            {QStringLiteral("GEMINI_API_KEY"), QStringLiteral("GOOGLE_API_KEY")});
        QTest::newRow("lmstudio") << QStringLiteral("lmstudio") << int(Protocol::OpenAI)
                                  << QStringLiteral("http://localhost:1234/v1") << QStringList() << true << 1;
        QTest::newRow("llamacpp") << QStringLiteral("llamacpp") << int(Protocol::OpenAI)
                                  << QStringLiteral("http://localhost:8080/v1") << QStringList() << true << 1;
        QTest::newRow("vllm") << QStringLiteral("vllm") << int(Protocol::OpenAI)
                              << QStringLiteral("http://localhost:8000/v1") << QStringList() << true << 8;
        QTest::newRow("ollama") << QStringLiteral("ollama") << int(Protocol::Ollama)
                                << QStringLiteral("http://localhost:11434") << QStringList() << true << 1;
    }

    void presets()
    {
        QFETCH(QString, id);
        QFETCH(int, protocol);
        QFETCH(QString, baseUrl);
        QFETCH(QStringList, keyVariables);
        QFETCH(bool, local);
        QFETCH(int, concurrency);

        const ProviderRegistry registry(profile());
        const auto info = registry.provider(id);
        QVERIFY(info);
        QCOMPARE(int(info->protocol), protocol);
        QCOMPARE(info->baseUrl, QUrl(baseUrl));
        QCOMPARE(info->defaultBaseUrl, QUrl(baseUrl));
        QCOMPARE(info->keyEnvironmentVariables, keyVariables);
        QCOMPARE(info->local, local);
        QCOMPARE(info->maxConcurrentStreams, concurrency);
        QVERIFY(!info->displayName.isEmpty());
        QVERIFY(info->docsUrl.scheme() == QLatin1String("https"));
        QVERIFY(!info->custom);
    }

    void presetCount() { QCOMPARE(ProviderRegistry::presets().size(), 14); }

    void parseModelReference_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("model");
        QTest::newRow("simple") << QStringLiteral("openai/gpt-4o") << true << QStringLiteral("openai")
                                << QStringLiteral("gpt-4o");
        QTest::newRow("slashes in model")
            << QStringLiteral("openrouter/anthropic/claude-sonnet-4") << true << QStringLiteral("openrouter")
            << QStringLiteral("anthropic/claude-sonnet-4");
        QTest::newRow("tag with colon") << QStringLiteral("ollama/llama3.2:3b") << true << QStringLiteral("ollama")
                                        << QStringLiteral("llama3.2:3b");
        QTest::newRow("no slash") << QStringLiteral("gpt-4o") << false << QString() << QString();
        QTest::newRow("no provider") << QStringLiteral("/gpt-4o") << false << QString() << QString();
        QTest::newRow("no model") << QStringLiteral("openai/") << false << QString() << QString();
    }

    void parseModelReference()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, provider);
        QFETCH(QString, model);
        const auto reference = ModelReference::parse(text);
        QCOMPARE(reference.has_value(), valid);
        if (valid) {
            QCOMPARE(reference->providerId, provider);
            QCOMPARE(reference->model, model);
            QCOMPARE(reference->toString(), text);
        }
    }

    void overrideAndRestorePresetUrl()
    {
        ProviderRegistry registry(profile());
        QCOMPARE(
            registry.setBaseUrl(QStringLiteral("ollama"), QUrl(QStringLiteral("http://127.0.0.1:9999"))), std::nullopt);
        QCOMPARE(ProviderRegistry(profile()).provider(QStringLiteral("ollama"))->baseUrl,
            QUrl(QStringLiteral("http://127.0.0.1:9999")));
        QCOMPARE(registry.setBaseUrl(QStringLiteral("ollama"), QUrl()), std::nullopt);
        QCOMPARE(registry.provider(QStringLiteral("ollama"))->baseUrl, QUrl(QStringLiteral("http://localhost:11434")));
    }

    void customProviderLifecycle()
    {
        ProviderRegistry registry(profile());
        const RawHeaders headers {{"X-Team", "research"}, {"X-Route", "eu"}};
        QCOMPARE(registry.addCustom(QStringLiteral("gateway"), Protocol::Anthropic,
                     QUrl(QStringLiteral("https://gateway.example/anthropic")), headers),
            std::nullopt);

        const auto info = ProviderRegistry(profile()).provider(QStringLiteral("gateway"));
        QVERIFY(info);
        QVERIFY(info->custom);
        QCOMPARE(info->protocol, Protocol::Anthropic);
        QCOMPARE(info->baseUrl, QUrl(QStringLiteral("https://gateway.example/anthropic")));
        QCOMPARE(info->extraHeaders, headers);
        QVERIFY(!info->needsKey());
        QCOMPARE(registry.providers().last().id, QStringLiteral("gateway"));

        QCOMPARE(registry.setBaseUrl(QStringLiteral("gateway"), QUrl(QStringLiteral("https://other.example"))),
            std::nullopt);
        QCOMPARE(registry.provider(QStringLiteral("gateway"))->baseUrl, QUrl(QStringLiteral("https://other.example")));

        QVERIFY(registry.addCustom(
            QStringLiteral("gateway"), Protocol::OpenAI, QUrl(QStringLiteral("https://x.example")), {}));
        QCOMPARE(registry.removeCustom(QStringLiteral("gateway")), std::nullopt);
        QVERIFY(!registry.provider(QStringLiteral("gateway")));
        QVERIFY(registry.removeCustom(QStringLiteral("gateway")));
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("url");
        QTest::newRow("preset name") << QStringLiteral("openai") << QStringLiteral("https://x.example");
        QTest::newRow("uppercase") << QStringLiteral("Gateway") << QStringLiteral("https://x.example");
        QTest::newRow("slash in name") << QStringLiteral("a/b") << QStringLiteral("https://x.example");
        QTest::newRow("ftp url") << QStringLiteral("gw") << QStringLiteral("ftp://x.example");
        QTest::newRow("no host") << QStringLiteral("gw") << QStringLiteral("http://");
        QTest::newRow("password in url") << QStringLiteral("gw") << QStringLiteral("https://u:secret@x.example");
        QTest::newRow("key in query") << QStringLiteral("gw") << QStringLiteral("https://x.example/?key=secret");
    }

    void rejectsBadInput()
    {
        QFETCH(QString, name);
        QFETCH(QString, url);
        ProviderRegistry registry(profile());
        const auto error = registry.addCustom(name, Protocol::OpenAI, QUrl(url), {});
        QVERIFY(error);
        QVERIFY(!error->contains(QLatin1String("secret")));
        QVERIFY(!registry.provider(name) || !registry.provider(name)->custom);
    }

    void presetsCannotBeRemoved()
    {
        ProviderRegistry registry(profile());
        QVERIFY(registry.removeCustom(QStringLiteral("openai")));
        QVERIFY(registry.provider(QStringLiteral("openai")));
    }

    void concurrencyIsConfigurable()
    {
        ProviderRegistry registry(profile());
        QCOMPARE(registry.setMaxConcurrentStreams(QStringLiteral("ollama"), 2), std::nullopt);
        QCOMPARE(registry.provider(QStringLiteral("ollama"))->maxConcurrentStreams, 2);
        QVERIFY(registry.setMaxConcurrentStreams(QStringLiteral("ollama"), 0));
    }

    void settingsHoldNoKeys()
    {
        qputenv("OPENAI_API_KEY", "sk-never-stored");
        ProviderRegistry registry(profile());
        QCOMPARE(
            registry.setBaseUrl(QStringLiteral("openai"), QUrl(QStringLiteral("http://127.0.0.1:1/v1"))), std::nullopt);
        QFile file(profile().settingsFilePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray contents = file.readAll();
        QVERIFY(contents.contains("providers"));
        QVERIFY(!contents.contains("sk-never-stored"));
        qunsetenv("OPENAI_API_KEY");
    }

private:
    Profile profile() const { return Profile::inDirectory(m_dir->path()); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestProviderRegistry)
#include "tst_providerregistry.moc"
