// The Settings window on the offscreen platform, with the real Secret Service
// of the test session behind the Providers page.
#include "common/messagebox.h"
#include "loopbackserver.h"
#include "mainwindow/mainwindow.h"
#include "providers/modelcatalog.h"
#include "providers/network/httppolicy.h"
#include "providers/providerregistry.h"
#include "secrets/apikeystore.h"
#include "settings/livesettings.h"
#include "settings/preferencepages.h"
#include "settings/providerspage.h"
#include "settings/settings.h"
#include "settings/settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

using namespace Confer;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void enteringAKeySavesItToTheKeychain();
    void statusesAreShown_data();
    void statusesAreShown();
    void removeAsksFirst();
    void copiedKeyIsConcealedAndCleared();
    void revealShowsTheKey();
    void testListsTheModels();
    void testShowsTheErrorFor401();
    void baseUrlIsSaved();
    void customProviderAddedAndRemoved();
    void proxyPasswordGoesToTheKeychain();
    void pagesWriteSettings();
    void languageAndFontApplyAtOnce();
    void mainWindowOpensSettings();
    void canaryLeavesNoTrace();

private:
    QString itemStatus(SettingsDialog &dialog, const QString &providerId) const;
    static QString canary();
    void saveThroughPage(SettingsDialog &dialog, const QString &providerId, const QString &key);
    std::unique_ptr<SettingsDialog> dialog();

    QTemporaryDir m_directory;
    std::unique_ptr<QSettings> m_storage;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<KeychainStore> m_keychain;
    std::unique_ptr<ApiKeyStore> m_keys;
    std::unique_ptr<ProviderRegistry> m_registry;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ModelCatalog> m_catalog;
    QStringList m_providers;
    QStringList m_canaries;
};

void TestSettingsDialog::initTestCase()
{
    QVERIFY(m_directory.isValid());
    m_keychain = std::make_unique<KeychainStore>(QStringLiteral("io.github.confer.Confer.test"));
    m_providers = {QStringLiteral("openai"), QStringLiteral("anthropic"), QStringLiteral("mistral")};
    m_network = Http::createNetworkAccessManager();
    for (const char *variable : {"OPENAI_API_KEY", "ANTHROPIC_API_KEY", "MISTRAL_API_KEY"}) {
        qunsetenv(variable);
    }
}

void TestSettingsDialog::init()
{
    m_storage = std::make_unique<QSettings>(
        m_directory.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".conf")),
        QSettings::IniFormat);
    m_settings = std::make_unique<Settings>(*m_storage);
    m_keys
        = std::make_unique<ApiKeyStore>(*m_keychain, *m_storage, QUuid::createUuid().toString(QUuid::Id128).left(16));
    const Profile profile = Profile::inDirectory(
        m_directory.filePath(QStringLiteral("profile-") + QString::fromLatin1(QTest::currentTestFunction())));
    QVERIFY(!profile.ensureDirectories());
    m_registry = std::make_unique<ProviderRegistry>(profile);
    m_catalog = std::make_unique<ModelCatalog>(m_network.get(), m_keys.get(), profile);
}

std::unique_ptr<SettingsDialog> TestSettingsDialog::dialog()
{
    return std::make_unique<SettingsDialog>(*m_settings, *m_keys, *m_registry, m_catalog.get());
}

void TestSettingsDialog::cleanup()
{
    for (const QString &provider : std::as_const(m_providers)) {
        bool done = false;
        QObject context;
        m_keys->remove(provider, &context, [&done](const SecretResult &) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    }
    qunsetenv("ANTHROPIC_API_KEY");
    QVERIFY(!MessageBox::hasPresetAnswers());
    m_catalog.reset();
    m_registry.reset();
    m_keys.reset();
    m_settings.reset();
    m_storage.reset();
}

QString TestSettingsDialog::canary()
{
    return QStringLiteral("sk-canary-") + QUuid::createUuid().toString(QUuid::Id128);
}

QString TestSettingsDialog::itemStatus(SettingsDialog &dialog, const QString &providerId) const
{
    auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("providerList"));
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->data(0, Qt::UserRole).toString() == providerId) {
            return list->topLevelItem(i)->text(1);
        }
    }
    return {};
}

void TestSettingsDialog::saveThroughPage(SettingsDialog &dialog, const QString &providerId, const QString &key)
{
    dialog.providersPage()->selectProvider(providerId);
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("keyEdit"));
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveKeyButton"));
    QVERIFY(edit && save);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    edit->setFocus();
    QTest::keyClicks(edit, key);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
}

void TestSettingsDialog::enteringAKeySavesItToTheKeychain()
{
    const auto owned = this->dialog();
    SettingsDialog &dialog = *owned;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(itemStatus(dialog, QStringLiteral("openai")), QStringLiteral("no key"));

    const QString key = canary();
    m_canaries << key;
    saveThroughPage(dialog, QStringLiteral("openai"), key);
    QTRY_VERIFY_WITH_TIMEOUT(m_keys->hasKeychainKey(QStringLiteral("openai")), 30000);
    QCOMPARE(itemStatus(dialog, QStringLiteral("openai")), QStringLiteral("key in keychain"));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("keyEdit"))->text(), QString());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("keyStatus"))
            ->text()
            .startsWith(QLatin1String("key in keychain, saved ")));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("removeKeyButton"))->isEnabled());

    // It really is in the system keychain, under the provider's entry.
    std::optional<SecretResult> read;
    m_keychain->read(ApiKeyStore::entryName(QStringLiteral("openai"), m_keys->scopeId()), this,
        [&read](const SecretResult &result) { read = result; });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 30000);
    QCOMPARE(read->secret, key);
}

void TestSettingsDialog::statusesAreShown_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("status");
    QTest::newRow("keychain") << QStringLiteral("openai") << QStringLiteral("key in keychain");
    QTest::newRow("environment") << QStringLiteral("anthropic")
                                 << QStringLiteral("from environment (ANTHROPIC_API_KEY)");
    QTest::newRow("session") << QStringLiteral("mistral") << QStringLiteral("key for this session only");
}

void TestSettingsDialog::statusesAreShown()
{
    QFETCH(QString, provider);
    QFETCH(QString, status);
    bool saved = false;
    m_keys->write(QStringLiteral("openai"), canary(), this, [&saved](const SecretResult &r) { saved = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(saved, 30000);
    qputenv("ANTHROPIC_API_KEY", canary().toUtf8());
    m_keys->keepForSession(QStringLiteral("mistral"), canary());

    const auto owned = this->dialog();
    SettingsDialog &dialog = *owned;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(itemStatus(dialog, provider), status);
    dialog.providersPage()->selectProvider(provider);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("keyStatus"))->text().startsWith(status));
    // An environment key cannot be removed or copied from here; it is not Confer's.
    const bool stored = provider != QLatin1String("anthropic");
    QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("removeKeyButton"))->isEnabled(), stored);
    QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("copyKeyButton"))->isEnabled(), stored);
}

void TestSettingsDialog::removeAsksFirst()
{
    bool saved = false;
    m_keys->write(QStringLiteral("openai"), canary(), this, [&saved](const SecretResult &r) { saved = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(saved, 30000);
    const auto owned = this->dialog();
    SettingsDialog &dialog = *owned;
    dialog.show();
    dialog.providersPage()->selectProvider(QStringLiteral("openai"));
    auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("removeKeyButton"));

    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(MessageBox::lastMessage(), QStringLiteral("Remove Key\nRemove the API key for openai?"));
    QVERIFY(m_keys->hasKeychainKey(QStringLiteral("openai")));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_keys->hasKeychainKey(QStringLiteral("openai")), 30000);
    QTRY_COMPARE(itemStatus(dialog, QStringLiteral("openai")), QStringLiteral("no key"));
    QVERIFY(!remove->isEnabled());
}

void TestSettingsDialog::copiedKeyIsConcealedAndCleared()
{
    const QString key = canary();
    m_canaries << key;
    bool saved = false;
    m_keys->write(QStringLiteral("openai"), key, this, [&saved](const SecretResult &r) { saved = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(saved, 30000);
    const auto owned = this->dialog();
    SettingsDialog &dialog = *owned;
    dialog.show();
    dialog.providersPage()->selectProvider(QStringLiteral("openai"));
    dialog.providersPage()->setClipboardClearDelay(std::chrono::milliseconds(300));
    QGuiApplication::clipboard()->clear();

    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("copyKeyButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(QGuiApplication::clipboard()->text(), key, 30000);
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    QVERIFY(data);
    QCOMPARE(data->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
    QTRY_COMPARE_WITH_TIMEOUT(QGuiApplication::clipboard()->text(), QString(), 5000);

    // Something the user copied afterwards is left alone.
    dialog.providersPage()->setClipboardClearDelay(std::chrono::milliseconds(300));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("copyKeyButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(QGuiApplication::clipboard()->text(), key, 30000);
    QGuiApplication::clipboard()->setText(QStringLiteral("the user's own text"));
    QSignalSpy cleared(QGuiApplication::clipboard(), &QClipboard::dataChanged);
    QVERIFY(!cleared.wait(1000));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("the user's own text"));
}

void TestSettingsDialog::revealShowsTheKey()
{
    const auto owned = this->dialog();
    SettingsDialog &dialog = *owned;
    dialog.show();
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("keyEdit"));
    auto *reveal = dialog.findChild<QAction *>(QStringLiteral("revealKeyAction"));
    QVERIFY(reveal);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    reveal->trigger();
    QCOMPARE(edit->echoMode(), QLineEdit::Normal);
    reveal->trigger();
    QCOMPARE(edit->echoMode(), QLineEdit::Password);

    QGuiApplication::clipboard()->setText(QStringLiteral("  sk-pasted  "));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("pasteKeyButton")), Qt::LeftButton);
    QCOMPARE(edit->text(), QStringLiteral("  sk-pasted  "));
    QGuiApplication::clipboard()->clear();
}

void TestSettingsDialog::testListsTheModels()
{
    ConferTest::LoopbackServer server;
    QVERIFY(server.listen());
    server.setFallback(ConferTest::ScriptedResponse::json(
        200, R"({"object":"list","data":[{"id":"gpt-4.1","object":"model"},{"id":"gpt-4.1-mini","object":"model"}]})"));
    QVERIFY(!m_registry->setBaseUrl(QStringLiteral("openai"), server.url(QStringLiteral("/v1"))));

    const auto owned = this->dialog();
    SettingsDialog &dialog = *owned;
    dialog.show();
    const QString key = canary();
    m_canaries << key;
    saveThroughPage(dialog, QStringLiteral("openai"), key);
    QTRY_VERIFY_WITH_TIMEOUT(m_keys->hasKeychainKey(QStringLiteral("openai")), 30000);
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"))->text(),
        server.url(QStringLiteral("/v1")).toString());

    auto *test = dialog.findChild<QPushButton *>(QStringLiteral("testButton"));
    QVERIFY(test->isEnabled());
    QTest::mouseClick(test, Qt::LeftButton);
    auto *models = dialog.findChild<QListWidget *>(QStringLiteral("testModels"));
    QTRY_COMPARE_WITH_TIMEOUT(models->count(), 2, 30000);
    QCOMPARE(models->item(0)->text(), QStringLiteral("gpt-4.1"));
    QCOMPARE(models->item(1)->text(), QStringLiteral("gpt-4.1-mini"));
    QVERIFY(!models->isHidden());
    QVERIFY2(dialog.findChild<QLabel *>(QStringLiteral("keyMessage"))->text()
            == QLatin1String("OpenAI answered with these models:"),
        qPrintable(dialog.findChild<QLabel *>(QStringLiteral("keyMessage"))->text()));
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("keyMessage"))->property("isError").toBool());
    // The key went to the provider, from the keychain, in the header the protocol wants.
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().first().path, QByteArrayLiteral("/v1/models"));
    QCOMPARE(server.requests().first().header("authorization"), QByteArray("Bearer " + key.toUtf8()));
}

void TestSettingsDialog::testShowsTheErrorFor401()
{
    ConferTest::LoopbackServer server;
    QVERIFY(server.listen());
    server.setFallback(ConferTest::ScriptedResponse::json(401,
        R"({"error":{"message":"Incorrect API key provided: sk-wrong. You can find your API key at https://platform.openai.com/account/api-keys.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}})"));
    QVERIFY(!m_registry->setBaseUrl(QStringLiteral("openai"), server.url(QStringLiteral("/v1"))));
    qputenv("OPENAI_API_KEY", "sk-wrong");

    const auto owned = this->dialog();
    SettingsDialog &dialog = *owned;
    dialog.show();
    dialog.providersPage()->selectProvider(QStringLiteral("openai"));
    QCOMPARE(itemStatus(dialog, QStringLiteral("openai")), QStringLiteral("from environment (OPENAI_API_KEY)"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("testButton")), Qt::LeftButton);
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("keyMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(message->text().startsWith(QLatin1String("The test failed: ")), 30000);
    QVERIFY2(
        message->text().contains(QLatin1String("Incorrect API key provided: sk-wrong.")), qPrintable(message->text()));
    QVERIFY(dialog.findChild<QListWidget *>(QStringLiteral("testModels"))->isHidden());
    QVERIFY(message->property("isError").toBool());
    QCOMPARE(server.requests().first().header("authorization"), QByteArrayLiteral("Bearer sk-wrong"));
    qunsetenv("OPENAI_API_KEY");
}

void TestSettingsDialog::baseUrlIsSaved()
{
    const auto owned = this->dialog();
    SettingsDialog &dialog = *owned;
    dialog.show();
    dialog.providersPage()->selectProvider(QStringLiteral("mistral"));
    auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"));
    QCOMPARE(url->text(), m_registry->provider(QStringLiteral("mistral"))->defaultBaseUrl.toString());
    url->setText(QStringLiteral("https://gateway.example.org/mistral/v1"));
    Q_EMIT url->editingFinished();
    QCOMPARE(m_registry->provider(QStringLiteral("mistral"))->baseUrl,
        QUrl(QStringLiteral("https://gateway.example.org/mistral/v1")));

    url->setText(QStringLiteral("ftp://nope"));
    Q_EMIT url->editingFinished();
    QVERIFY2(dialog.findChild<QLabel *>(QStringLiteral("keyMessage"))->text().contains(QLatin1String("is not an http")),
        qPrintable(dialog.findChild<QLabel *>(QStringLiteral("keyMessage"))->text()));

    // Empty restores the preset's default.
    dialog.findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"))->setText(QString());
    Q_EMIT dialog.findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"))->editingFinished();
    QCOMPARE(m_registry->provider(QStringLiteral("mistral"))->baseUrl,
        m_registry->provider(QStringLiteral("mistral"))->defaultBaseUrl);
}

void TestSettingsDialog::customProviderAddedAndRemoved()
{
    const auto owned = this->dialog();
    SettingsDialog &dialog = *owned;
    dialog.show();
    auto *toggle = dialog.findChild<QPushButton *>(QStringLiteral("addProviderToggle"));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("newProviderName"));
    QVERIFY(!name->isVisible());
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(name->isVisible());
    name->setText(QStringLiteral("my-gateway"));
    auto *protocol = dialog.findChild<QComboBox *>(QStringLiteral("newProviderProtocol"));
    protocol->setCurrentIndex(protocol->findData(QStringLiteral("anthropic")));
    dialog.findChild<QLineEdit *>(QStringLiteral("newProviderUrl"))->setText(QStringLiteral("ftp://bad"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addProviderButton")), Qt::LeftButton);
    QVERIFY(!m_registry->provider(QStringLiteral("my-gateway")));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("keyMessage"))->text().contains(QLatin1String("is not an http")));

    dialog.findChild<QLineEdit *>(QStringLiteral("newProviderUrl"))
        ->setText(QStringLiteral("https://gw.example.org/v1"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addProviderButton")), Qt::LeftButton);
    const auto added = m_registry->provider(QStringLiteral("my-gateway"));
    QVERIFY(added);
    QCOMPARE(added->protocol, Protocol::Anthropic);
    QCOMPARE(dialog.providersPage()->currentProvider(), QStringLiteral("my-gateway"));
    QCOMPARE(itemStatus(dialog, QStringLiteral("my-gateway")), QStringLiteral("no key"));

    const QString key = canary();
    m_canaries << key;
    saveThroughPage(dialog, QStringLiteral("my-gateway"), key);
    QTRY_VERIFY_WITH_TIMEOUT(m_keys->hasKeychainKey(QStringLiteral("my-gateway")), 30000);
    QCOMPARE(itemStatus(dialog, QStringLiteral("my-gateway")), QStringLiteral("key in keychain"));

    auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("removeProviderButton"));
    QVERIFY(remove->isVisible());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(
        MessageBox::lastMessage(), QStringLiteral("Remove Provider\nRemove the provider my-gateway and its API key?"));
    QVERIFY(!m_registry->provider(QStringLiteral("my-gateway")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_keys->hasKeychainKey(QStringLiteral("my-gateway")), 30000);
    QTRY_COMPARE(itemStatus(dialog, QStringLiteral("my-gateway")), QString());

    // Presets cannot be removed.
    dialog.providersPage()->selectProvider(QStringLiteral("openai"));
    QVERIFY(!remove->isVisible());
}

void TestSettingsDialog::proxyPasswordGoesToTheKeychain()
{
    const auto owned = this->dialog();
    SettingsDialog &dialog = *owned;
    dialog.show();
    dialog.showPage(SettingsDialog::Page::Network);
    auto *mode = dialog.findChild<QComboBox *>(QStringLiteral("proxyMode"));
    mode->setCurrentIndex(mode->findData(QStringLiteral("http")));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("proxyPassword"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    const QString secret = canary();
    m_canaries << secret;
    QSignalSpy changed(&dialog, &SettingsDialog::proxyPasswordChanged);
    password->setFocus();
    QTest::keyClicks(password, secret);
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(changed.wait(30000));
    QCOMPARE(password->text(), QString());
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("proxyPasswordStatus"))->text(),
        QStringLiteral("Saved in the system keychain."));

    std::optional<SecretResult> read;
    const QString entry = ApiKeyStore::proxyPasswordEntry(m_keys->scopeId());
    m_keychain->read(entry, this, [&read](const SecretResult &result) { read = result; });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 30000);
    QCOMPARE(read->secret, secret);

    // An empty password removes it.
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(changed.wait(30000));
    read.reset();
    m_keychain->read(entry, this, [&read](const SecretResult &result) { read = result; });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 30000);
    QCOMPARE(read->error, SecretError::NotFound);
}

void TestSettingsDialog::pagesWriteSettings()
{
    const auto owned = this->dialog();
    SettingsDialog &dialog = *owned;
    dialog.show();
    QSignalSpy changed(m_settings.get(), &Settings::changed);

    dialog.showPage(SettingsDialog::Page::Appearance);
    auto *scheme = dialog.findChild<QComboBox *>(QStringLiteral("colorScheme"));
    scheme->setCurrentIndex(scheme->findData(QStringLiteral("dark")));
    QCOMPARE(m_settings->colorScheme(), QStringLiteral("dark"));
    QCOMPARE(changed.last().at(0).value<Settings::Key>(), Settings::Key::ColorScheme);
    auto *send = dialog.findChild<QComboBox *>(QStringLiteral("sendShortcut"));
    send->setCurrentIndex(send->findData(QStringLiteral("ctrl+enter")));
    QCOMPARE(m_settings->sendShortcut(), Settings::SendShortcut::CtrlEnter);

    dialog.showPage(SettingsDialog::Page::Defaults);
    auto *models = dialog.findChild<QLineEdit *>(QStringLiteral("defaultModels"));
    models->setText(QStringLiteral("openai/gpt-4.1,  openrouter/anthropic/claude-sonnet-4 ,"));
    Q_EMIT models->editingFinished();
    QCOMPARE(m_settings->defaultModels(),
        (QStringList {QStringLiteral("openai/gpt-4.1"), QStringLiteral("openrouter/anthropic/claude-sonnet-4")}));
    dialog.findChild<QSpinBox *>(QStringLiteral("maxOutputTokens"))->setValue(2048);
    QCOMPARE(m_settings->maxOutputTokens(), std::optional<int>(2048));

    dialog.showPage(SettingsDialog::Page::Network);
    auto *mode = dialog.findChild<QComboBox *>(QStringLiteral("proxyMode"));
    auto *host = dialog.findChild<QLineEdit *>(QStringLiteral("proxyHost"));
    QVERIFY(!host->isEnabled());
    mode->setCurrentIndex(mode->findData(QStringLiteral("socks5")));
    QVERIFY(host->isEnabled());
    host->setText(QStringLiteral("127.0.0.1"));
    Q_EMIT host->editingFinished();
    dialog.findChild<QSpinBox *>(QStringLiteral("proxyPort"))->setValue(1080);
    const QNetworkProxy proxy = m_settings->networkProxy();
    QCOMPARE(proxy.type(), QNetworkProxy::Socks5Proxy);
    QCOMPARE(proxy.hostName(), QStringLiteral("127.0.0.1"));
    QCOMPARE(proxy.port(), quint16(1080));

    // A second window on the same settings shows what the first one set.
    const auto secondOwned = this->dialog();
    SettingsDialog &second = *secondOwned;
    QCOMPARE(
        second.findChild<QComboBox *>(QStringLiteral("proxyMode"))->currentData().toString(), QStringLiteral("socks5"));
    QCOMPARE(
        second.findChild<QComboBox *>(QStringLiteral("colorScheme"))->currentData().toString(), QStringLiteral("dark"));
}

void TestSettingsDialog::languageAndFontApplyAtOnce()
{
    QString appliedScheme;
    LiveSettings live(*m_settings, [&appliedScheme](const QString &scheme) { appliedScheme = scheme; });
    live.applyAll();
    QCOMPARE(appliedScheme, QStringLiteral("system"));
    const QString english = QCoreApplication::translate("Confer::MainWindow", "&File");
    QCOMPARE(english, QStringLiteral("&File"));

    const auto owned = this->dialog();
    SettingsDialog &dialog = *owned;
    dialog.show();
    dialog.showPage(SettingsDialog::Page::Language);
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
    QVERIFY(language->findData(QStringLiteral("de")) > 0);
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    QCOMPARE(m_settings->language(), QStringLiteral("de"));
    QVERIFY(QCoreApplication::translate("Confer::MainWindow", "&File") != english);
    // The window rebuilds its pages in the new language, on the Language page still.
    QTRY_VERIFY(dialog.findChild<QComboBox *>(QStringLiteral("language")) != language);
    QTRY_COMPARE(
        dialog.findChild<QComboBox *>(QStringLiteral("language"))->currentData().toString(), QStringLiteral("de"));

    m_settings->reset(Settings::Key::Language);
    QCOMPARE(QCoreApplication::translate("Confer::MainWindow", "&File"), english);

    m_settings->setValue(Settings::Key::FontSize, 17);
    QCOMPARE(QApplication::font().pointSize(), 17);
    m_settings->reset(Settings::Key::FontSize);
    QVERIFY(QApplication::font().pointSize() != 17);

    m_settings->setValue(Settings::Key::ColorScheme, QStringLiteral("light"));
    QCOMPARE(appliedScheme, QStringLiteral("light"));
}

void TestSettingsDialog::mainWindowOpensSettings()
{
    MainWindow window(*m_storage);
    auto *configure = window.findChild<QAction *>(QStringLiteral("configureAction"));
    QVERIFY(configure);
    QCOMPARE(configure->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    QCOMPARE(configure->text(), QStringLiteral("Con&figure Confer…"));
    QSignalSpy requested(&window, &MainWindow::settingsRequested);
    configure->trigger();
    QCOMPARE(requested.count(), 1);
}

void TestSettingsDialog::canaryLeavesNoTrace()
{
    // Every key the earlier tests typed, saved and copied: none reached a file.
    QVERIFY(m_canaries.size() >= 2);
    m_storage->sync();
    for (const QString &root :
        {m_directory.path(), qEnvironmentVariable("CONFER_PROFILE"), qEnvironmentVariable("HOME")}) {
        QDirIterator files(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray contents = file.readAll();
            for (const QString &key : std::as_const(m_canaries)) {
                QVERIFY2(!contents.contains(key.toUtf8()), qPrintable(file.fileName()));
            }
        }
    }
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
