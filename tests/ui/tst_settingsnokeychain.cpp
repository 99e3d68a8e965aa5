// The Settings window when there is no Secret Service (the session bus address
// points at a socket that does not exist): saving a key explains why it
// failed and offers to keep it for this session only; nothing reaches the disk.
#include "common/messagebox.h"
#include "providers/providerregistry.h"
#include "secrets/apikeystore.h"
#include "settings/providerspage.h"
#include "settings/settings.h"
#include "settings/settingsdialog.h"

#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

using namespace Confer;

class TestSettingsNoKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void choices_data();
    void choices();
    void nothingReachedTheDisk();

private:
    QTemporaryDir m_directory;
    QStringList m_keys;
};

void TestSettingsNoKeychain::initTestCase()
{
    QVERIFY(m_directory.isValid());
    // Before anything asks the keychain: every connection goes nowhere.
    qputenv("DBUS_SESSION_BUS_ADDRESS",
        (QStringLiteral("unix:path=") + m_directory.filePath(QStringLiteral("no-such-bus"))).toUtf8());
}

void TestSettingsNoKeychain::choices_data()
{
    QTest::addColumn<int>("choice");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("keep for this session") << 0 << QStringLiteral("key for this session only")
                                           << QStringLiteral("The key for openai is kept for this session only.");
    QTest::newRow("cancel") << 1 << QStringLiteral("no key") << QStringLiteral("The key was not saved: ");
}

void TestSettingsNoKeychain::choices()
{
    QFETCH(int, choice);
    QFETCH(QString, status);
    QFETCH(QString, message);

    const Profile profile = Profile::inDirectory(m_directory.filePath(QStringLiteral("profile")));
    QVERIFY(!profile.ensureDirectories());
    const auto storage = profile.openSettings();
    Settings settings(*storage);
    KeychainStore keychain(QStringLiteral("io.github.confer.Confer.test"));
    keychain.setRetryDelay(std::chrono::milliseconds(20));
    ApiKeyStore keys(keychain, *storage, profile.scopeId());
    ProviderRegistry registry(profile);
    SettingsDialog dialog(settings, keys, registry, nullptr);
    dialog.show();
    dialog.providersPage()->selectProvider(QStringLiteral("openai"));

    const QString key = QStringLiteral("sk-canary-") + QUuid::createUuid().toString(QUuid::Id128);
    m_keys << key;
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("keyEdit"));
    QTest::keyClicks(edit, key);
    MessageBox::setNextChoice(choice);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveKeyButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!MessageBox::hasPresetAnswers(), 30000);

    const QString asked = MessageBox::lastMessage();
    QVERIFY2(asked.startsWith(QLatin1String("Keychain Not Available\nThe key for openai could not be saved")),
        qPrintable(asked));
    QVERIFY2(asked.contains(QLatin1String("The system keychain could not be reached")), qPrintable(asked));
    QVERIFY2(asked.contains(QLatin1String("never writes keys to a file")), qPrintable(asked));
    QVERIFY(!asked.contains(key));

    auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("providerList"));
    QCOMPARE(list->currentItem()->text(1), status);
    QVERIFY2(dialog.findChild<QLabel *>(QStringLiteral("keyMessage"))->text().startsWith(message),
        qPrintable(dialog.findChild<QLabel *>(QStringLiteral("keyMessage"))->text()));
    QVERIFY(!keys.hasKeychainKey(QStringLiteral("openai")));
    QCOMPARE(keys.hasSessionKey(QStringLiteral("openai")), choice == 0);
    // Kept for the session, the key is what requests get.
    std::optional<KeyResult> found;
    keys.lookup({QStringLiteral("openai"), {}}, this, [&found](const KeyResult &result) { found = result; });
    QTRY_VERIFY(found.has_value());
    QCOMPARE(found->key, choice == 0 ? key : QString());
}

void TestSettingsNoKeychain::nothingReachedTheDisk()
{
    QCOMPARE(m_keys.size(), 2);
    for (const QString &root : {m_directory.path(), qEnvironmentVariable("HOME")}) {
        QDirIterator files(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray contents = file.readAll();
            for (const QString &key : std::as_const(m_keys)) {
                QVERIFY2(!contents.contains(key.toUtf8()), qPrintable(file.fileName()));
            }
        }
    }
}

QTEST_MAIN(TestSettingsNoKeychain)
#include "tst_settingsnokeychain.moc"
