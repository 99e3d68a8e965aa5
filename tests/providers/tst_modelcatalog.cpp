// The model catalog against loopback servers: pages, prices, the profile cache, and providers that cannot answer.

#include "core/profile.h"
#include "loopbackserver.h"
#include "providers/modelcatalog.h"
#include "providers/network/httppolicy.h"
#include "secrets/keysource.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Confer;
using namespace ConferTest;

class TestModelCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("CONFER_TEST_KEY", "catalog-key-1234"); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_server = std::make_unique<LoopbackServer>();
        QVERIFY(m_server->listen());
        m_network = Http::createNetworkAccessManager();
        m_keys = std::make_unique<EnvironmentKeySource>();
        m_catalog = std::make_unique<ModelCatalog>(m_network.get(), m_keys.get(), Profile::inDirectory(m_dir->path()));
    }

    void cleanup()
    {
        m_catalog.reset();
        m_keys.reset();
        m_network.reset();
        m_server.reset();
        m_dir.reset();
    }

    void anthropicPages()
    {
        m_server->enqueue(ScriptedResponse::json(200,
            R"({"data":[{"type":"model","id":"claude-opus-4-1","display_name":"Claude Opus 4.1","created_at":"2025-08-05T00:00:00Z"}],"has_more":true,"first_id":"claude-opus-4-1","last_id":"claude-opus-4-1"})"));
        m_server->enqueue(ScriptedResponse::json(200,
            R"({"data":[{"type":"model","id":"claude-haiku-4","display_name":"Claude Haiku 4","created_at":"2025-05-01T00:00:00Z"}],"has_more":false,"first_id":"claude-haiku-4","last_id":"claude-haiku-4"})"));
        const CatalogEntry entry = load(provider(Protocol::Anthropic), false);
        QCOMPARE(int(entry.status), int(CatalogEntry::Status::Ok));
        QCOMPARE(ids(entry), (QStringList {QStringLiteral("claude-opus-4-1"), QStringLiteral("claude-haiku-4")}));
        QVERIFY(!entry.fromCache);
        QVERIFY(entry.fetchedAt.isValid());
        QCOMPARE(m_server->requests().size(), 2);
        QVERIFY(m_server->requests().at(0).path.startsWith("/v1/models"));
        QVERIFY(m_server->requests().at(1).path.contains("after_id=claude-opus-4-1"));
        QCOMPARE(m_server->requests().at(0).header("x-api-key"), QByteArray("catalog-key-1234"));
    }

    void openRouterPricesAndCache()
    {
        m_server->enqueue(ScriptedResponse::json(200,
            R"({"data":[{"id":"anthropic/claude-sonnet-4","name":"Anthropic: Claude Sonnet 4","context_length":200000,"architecture":{"input_modalities":["text","image"],"output_modalities":["text"]},"pricing":{"prompt":"0.000003","completion":"0.000015"},"supported_parameters":["reasoning","tools"]}]})"));
        const ProviderInfo info = provider(Protocol::OpenAI, QStringLiteral("/api/v1"));
        const CatalogEntry fetched = load(info, false);
        QCOMPARE(int(fetched.status), int(CatalogEntry::Status::Ok));
        QCOMPARE(fetched.models.size(), 1);
        const ModelInfo &model = fetched.models.constFirst();
        QCOMPARE(model.contextLength, std::optional<qint64>(200000));
        QCOMPARE(model.inputUsdPerMillionTokens, std::optional<double>(3.0));
        QCOMPARE(model.outputUsdPerMillionTokens, std::optional<double>(15.0));
        QCOMPARE(model.inputModalities, (QStringList {QStringLiteral("text"), QStringLiteral("image")}));
        QVERIFY(QFile::exists(m_catalog->cacheFilePath(info.id)));

        // A second catalog (a later run) answers from the cache without asking the server.
        ModelCatalog later(m_network.get(), m_keys.get(), Profile::inDirectory(m_dir->path()));
        QSignalSpy loaded(&later, &ModelCatalog::loaded);
        later.load(info, false);
        QVERIFY(loaded.wait());
        const CatalogEntry cached = loaded.constFirst().constFirst().value<CatalogEntry>();
        QVERIFY(cached.fromCache);
        QCOMPARE(cached.fetchedAt, fetched.fetchedAt);
        QCOMPARE(cached.models.constFirst().outputUsdPerMillionTokens, std::optional<double>(15.0));
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(later.cachedModel(info, QStringLiteral("anthropic/claude-sonnet-4"))->inputUsdPerMillionTokens,
            std::optional<double>(3.0));

        // Another base URL makes the cache stale.
        ProviderInfo moved = info;
        moved.baseUrl = m_server->url(QStringLiteral("/other/v1"));
        QVERIFY(!later.cached(moved));
    }

    void refreshFailureKeepsCachedList()
    {
        const ProviderInfo info = provider(Protocol::Ollama);
        m_server->enqueue(ScriptedResponse::json(200,
            R"({"models":[{"name":"llama3.2:3b","model":"llama3.2:3b","modified_at":"2025-08-20T10:00:00Z","size":2019393189,"digest":"a80c4f17acd5","details":{"family":"llama"}}]})"));
        QCOMPARE(int(load(info, false).status), int(CatalogEntry::Status::Ok));
        m_server->enqueue(ScriptedResponse::json(500, R"({"error":"something broke"})"));
        const CatalogEntry entry = load(info, true);
        QCOMPARE(int(entry.status), int(CatalogEntry::Status::Failed));
        QVERIFY2(entry.message.contains(QLatin1String("something broke")), qPrintable(entry.message));
        QVERIFY(entry.fromCache);
        QCOMPARE(ids(entry), QStringList {QStringLiteral("llama3.2:3b")});
    }

    void noKeyIsNotAnEmptyList()
    {
        ProviderInfo info = provider(Protocol::OpenAI, QStringLiteral("/v1"));
        info.displayName = QStringLiteral("Groq");
        info.keyEnvironmentVariables = {QStringLiteral("CONFER_TEST_NO_SUCH_KEY")};
        const CatalogEntry entry = load(info, true);
        QCOMPARE(int(entry.status), int(CatalogEntry::Status::NoKey));
        QCOMPARE(entry.message, QStringLiteral("No API key for Groq. Set CONFER_TEST_NO_SUCH_KEY."));
        QVERIFY(m_server->requests().isEmpty());
    }

    void localServerNotRunning()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        ProviderInfo info = provider(Protocol::Ollama);
        info.displayName = QStringLiteral("Ollama");
        info.local = true;
        info.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        const CatalogEntry entry = load(info, true);
        QCOMPARE(int(entry.status), int(CatalogEntry::Status::NotRunning));
        QCOMPARE(entry.message, QStringLiteral("Ollama is not running on 127.0.0.1:%1.").arg(port));
    }

    void unreadableListIsAnError()
    {
        m_server->enqueue(ScriptedResponse::json(200, "<html>proxy login</html>"));
        const CatalogEntry entry = load(provider(Protocol::Gemini), true);
        QCOMPARE(int(entry.status), int(CatalogEntry::Status::Failed));
        QVERIFY(!entry.message.isEmpty());
    }

private:
    ProviderInfo provider(Protocol protocol, const QString &path = {}) const
    {
        ProviderInfo info;
        info.id = QStringLiteral("loopback");
        info.displayName = QStringLiteral("Loopback");
        info.protocol = protocol;
        info.baseUrl = m_server->url(path);
        if (protocol != Protocol::Ollama) {
            info.keyEnvironmentVariables = {QStringLiteral("CONFER_TEST_KEY")};
        }
        return info;
    }

    CatalogEntry load(const ProviderInfo &info, bool refresh)
    {
        QSignalSpy loaded(m_catalog.get(), &ModelCatalog::loaded);
        m_catalog->load(info, refresh);
        if (!loaded.wait(15000)) {
            return {};
        }
        return loaded.constFirst().constFirst().value<CatalogEntry>();
    }

    static QStringList ids(const CatalogEntry &entry)
    {
        QStringList result;
        for (const ModelInfo &model : entry.models) {
            result.append(model.id);
        }
        return result;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LoopbackServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<EnvironmentKeySource> m_keys;
    std::unique_ptr<ModelCatalog> m_catalog;
};

QTEST_GUILESS_MAIN(TestModelCatalog)
#include "tst_modelcatalog.moc"
