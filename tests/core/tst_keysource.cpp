#include "secrets/keysource.h"

#include <QSignalSpy>
#include <QTest>

using namespace Confer;

class TestKeySource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void environmentOrder();
    void answersAsynchronously();
    void noCallbackAfterContextIsGone();
};

void TestKeySource::environmentOrder()
{
    qunsetenv("CONFER_TEST_KEY_A");
    qputenv("CONFER_TEST_KEY_B", "  sk-from-b \n");
    const KeyRequest request {
        QStringLiteral("gemini"), {QStringLiteral("CONFER_TEST_KEY_A"), QStringLiteral("CONFER_TEST_KEY_B")}};
    KeyResult result = EnvironmentKeySource::fromEnvironment(request);
    QCOMPARE(result.origin, KeyOrigin::Environment);
    QCOMPARE(result.key, QStringLiteral("sk-from-b"));

    qputenv("CONFER_TEST_KEY_A", "sk-from-a");
    QCOMPARE(EnvironmentKeySource::fromEnvironment(request).key, QStringLiteral("sk-from-a"));

    qunsetenv("CONFER_TEST_KEY_A");
    qunsetenv("CONFER_TEST_KEY_B");
    result = EnvironmentKeySource::fromEnvironment(request);
    QCOMPARE(result.origin, KeyOrigin::None);
    QVERIFY(result.key.isEmpty());
}

void TestKeySource::answersAsynchronously()
{
    qputenv("CONFER_TEST_KEY_C", "sk-c");
    EnvironmentKeySource source;
    QObject context;
    bool called = false;
    source.lookup({QStringLiteral("x"), {QStringLiteral("CONFER_TEST_KEY_C")}}, &context, [&](const KeyResult &result) {
        called = true;
        QCOMPARE(result.key, QStringLiteral("sk-c"));
    });
    QVERIFY(!called);
    QTRY_VERIFY(called);
}

void TestKeySource::noCallbackAfterContextIsGone()
{
    EnvironmentKeySource source;
    bool called = false;
    auto context = std::make_unique<QObject>();
    source.lookup({QStringLiteral("x"), {}}, context.get(), [&](const KeyResult &) { called = true; });
    context.reset();
    QObject later;
    bool laterCalled = false;
    source.lookup({QStringLiteral("x"), {}}, &later, [&](const KeyResult &) { laterCalled = true; });
    QTRY_VERIFY(laterCalled); // queued calls run in order, so the first one had its chance
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestKeySource)
#include "tst_keysource.moc"
