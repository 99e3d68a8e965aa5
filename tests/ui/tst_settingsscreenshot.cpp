// The Settings window's Providers page on the session's X server (Xvfb), with
// real statuses: a key in the keychain, one from the environment, one kept for
// the session. The picture is kept in build/<preset>/screenshots/.
#include "providers/modelcatalog.h"
#include "providers/network/httppolicy.h"
#include "providers/providerregistry.h"
#include "screengrab.h"
#include "secrets/apikeystore.h"
#include "settings/providerspage.h"
#include "settings/settings.h"
#include "settings/settingsdialog.h"

#include <QApplication>
#include <QDir>
#include <QNetworkAccessManager>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

using namespace Confer;

class TestSettingsScreenshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void providersPage();
};

void TestSettingsScreenshot::providersPage()
{
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
    QVERIFY(QDir().mkpath(QStringLiteral(CONFER_BUILD_DIR "/screenshots")));
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const Profile profile = Profile::inDirectory(directory.path());
    QVERIFY(!profile.ensureDirectories());
    const auto storage = profile.openSettings();
    Settings settings(*storage);
    KeychainStore keychain(QStringLiteral("io.github.confer.Confer.test"));
    ApiKeyStore keys(keychain, *storage, QUuid::createUuid().toString(QUuid::Id128).left(16));
    ProviderRegistry registry(profile);
    const auto network = Http::createNetworkAccessManager();
    ModelCatalog catalog(network.get(), &keys, profile);

    std::optional<SecretResult> saved;
    keys.write(QStringLiteral("openai"), QStringLiteral("sk-screenshot-") + QUuid::createUuid().toString(QUuid::Id128),
        this, [&saved](const SecretResult &result) { saved = result; });
    QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 30000);
    QVERIFY2(saved->ok(), qPrintable(saved->message));
    qputenv("ANTHROPIC_API_KEY", "sk-ant-screenshot");
    keys.keepForSession(QStringLiteral("mistral"), QStringLiteral("sk-mistral-screenshot"));

    SettingsDialog dialog(settings, keys, registry, &catalog);
    dialog.showPage(SettingsDialog::Page::Providers);
    dialog.providersPage()->selectProvider(QStringLiteral("openai"));
    dialog.setGeometry(0, 0, 900, 640);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("providerList"));
    QStringList statuses;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        statuses << list->topLevelItem(i)->text(1);
    }
    QVERIFY(statuses.contains(QStringLiteral("key in keychain")));
    QVERIFY(statuses.contains(QStringLiteral("from environment (ANTHROPIC_API_KEY)")));
    QVERIFY(statuses.contains(QStringLiteral("key for this session only")));
    QVERIFY(statuses.contains(QStringLiteral("no key needed (local server)")));

    const QImage onScreen = ConferTest::settledScreenshot(&dialog);
    QVERIFY(!onScreen.isNull());
    QSet<QRgb> colors;
    for (int y = 0; y < onScreen.height(); y += 2) {
        for (int x = 0; x < onScreen.width(); x += 2) {
            colors.insert(onScreen.pixel(x, y));
        }
    }
    QVERIFY2(colors.size() > 50, qPrintable(QString::number(colors.size())));
    const QString path = QStringLiteral(CONFER_BUILD_DIR "/screenshots/settings-providers.png");
    qInfo("screenshot: %s", qPrintable(path));
    QVERIFY(onScreen.save(path));

    qunsetenv("ANTHROPIC_API_KEY");
    std::optional<SecretResult> removed;
    keys.remove(QStringLiteral("openai"), this, [&removed](const SecretResult &result) { removed = result; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 30000);
    QVERIFY(removed->ok());
}

QTEST_MAIN(TestSettingsScreenshot)
#include "tst_settingsscreenshot.moc"
