#include "core/profile.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Confer::Profile;

class TestProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void customProfileKeepsEverythingUnderOneDirectory();
    void relativeDirectoryIsMadeAbsolute();
    void commandLineWinsOverEnvironment();
    void environmentWinsOverStandard();
    void standardUsesQStandardPaths();
    void ensureDirectoriesCreatesThem();
    void ensureDirectoriesReportsAFileInTheWay();
    void settingsAreWrittenInTheProfile();
    void scopeSeparatesProfiles();

private:
    QTemporaryDir m_scratch;
};

void TestProfile::initTestCase()
{
    QCoreApplication::setApplicationName(QStringLiteral("confer"));
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_scratch.isValid());
}

void TestProfile::init()
{
    qunsetenv("CONFER_PROFILE");
}

void TestProfile::customProfileKeepsEverythingUnderOneDirectory()
{
    const QString root = m_scratch.filePath(QStringLiteral("one"));
    const Profile profile = Profile::inDirectory(root);
    QVERIFY(profile.isCustom());
    QCOMPARE(profile.rootDirectory(), root);
    for (const QString &path : {profile.configDirectory(), profile.dataDirectory(), profile.cacheDirectory(),
             profile.logDirectory(), profile.settingsFilePath(), profile.logFilePath()}) {
        QVERIFY2(path.startsWith(root + QLatin1Char('/')), qPrintable(path));
    }
}

void TestProfile::relativeDirectoryIsMadeAbsolute()
{
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_scratch.path()));
    const Profile profile = Profile::inDirectory(QStringLiteral("relative/p"));
    QDir::setCurrent(previous);
    QCOMPARE(profile.rootDirectory(), QDir(m_scratch.path()).filePath(QStringLiteral("relative/p")));
}

void TestProfile::commandLineWinsOverEnvironment()
{
    qputenv("CONFER_PROFILE", m_scratch.filePath(QStringLiteral("from-env")).toUtf8());
    const Profile profile = Profile::resolve(m_scratch.filePath(QStringLiteral("from-cli")));
    QCOMPARE(profile.rootDirectory(), m_scratch.filePath(QStringLiteral("from-cli")));
}

void TestProfile::environmentWinsOverStandard()
{
    qputenv("CONFER_PROFILE", m_scratch.filePath(QStringLiteral("from-env")).toUtf8());
    const Profile profile = Profile::resolve({});
    QCOMPARE(profile.rootDirectory(), m_scratch.filePath(QStringLiteral("from-env")));
}

void TestProfile::standardUsesQStandardPaths()
{
    const Profile profile = Profile::resolve({});
    QVERIFY(!profile.isCustom());
    QCOMPARE(profile.configDirectory(), QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation));
    QCOMPARE(profile.dataDirectory(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    QCOMPARE(profile.cacheDirectory(), QStandardPaths::writableLocation(QStandardPaths::CacheLocation));
    QVERIFY(profile.scopeId().isEmpty());
}

void TestProfile::ensureDirectoriesCreatesThem()
{
    const Profile profile = Profile::inDirectory(m_scratch.filePath(QStringLiteral("created")));
    const auto error = profile.ensureDirectories();
    QVERIFY2(!error, qPrintable(error.value_or(QString())));
    for (const QString &path :
        {profile.configDirectory(), profile.dataDirectory(), profile.cacheDirectory(), profile.logDirectory()}) {
        QVERIFY2(QFileInfo(path).isDir(), qPrintable(path));
    }
}

void TestProfile::ensureDirectoriesReportsAFileInTheWay()
{
    const QString root = m_scratch.filePath(QStringLiteral("blocked"));
    QVERIFY(QDir().mkpath(root));
    QFile blocker(root + QStringLiteral("/config"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    const auto error = Profile::inDirectory(root).ensureDirectories();
    QVERIFY(error.has_value());
    QVERIFY2(error->contains(blocker.fileName()), qPrintable(*error));
    QVERIFY2(error->contains(QLatin1String("not a directory")), qPrintable(*error));
}

void TestProfile::settingsAreWrittenInTheProfile()
{
    const Profile profile = Profile::inDirectory(m_scratch.filePath(QStringLiteral("settings")));
    const auto error = profile.ensureDirectories();
    QVERIFY2(!error, qPrintable(error.value_or(QString())));
    {
        const auto settings = profile.openSettings();
        settings->setValue(QStringLiteral("probe/value"), 42);
    }
    QVERIFY(QFileInfo::exists(profile.settingsFilePath()));
    QCOMPARE(profile.openSettings()->value(QStringLiteral("probe/value")).toInt(), 42);
}

void TestProfile::scopeSeparatesProfiles()
{
    const Profile a = Profile::inDirectory(m_scratch.filePath(QStringLiteral("a")));
    const Profile b = Profile::inDirectory(m_scratch.filePath(QStringLiteral("b")));
    QVERIFY(!a.scopeId().isEmpty());
    QVERIFY(a.scopeId() != b.scopeId());
    QCOMPARE(a.scopeId(), Profile::inDirectory(m_scratch.filePath(QStringLiteral("a"))).scopeId());
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
