#include "core/translations.h"

#include <QCoreApplication>
#include <QTest>

// The German translation is compiled in and loads for German locales only.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void germanIsAvailable();
    void install_data();
    void install();
    void qtBaseFollows();
    void reinstallReplaces();
};

void TestTranslations::germanIsAvailable()
{
    QVERIFY2(Confer::Translations::available().contains(QLatin1String("de")),
        qPrintable(Confer::Translations::available().join(QLatin1Char(','))));
}

void TestTranslations::install_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<bool>("german");
    QTest::newRow("de_DE") << QStringLiteral("de_DE") << true;
    QTest::newRow("de_AT") << QStringLiteral("de_AT") << true;
    QTest::newRow("de_CH") << QStringLiteral("de_CH") << true;
    QTest::newRow("en_US") << QStringLiteral("en_US") << false;
    QTest::newRow("C") << QStringLiteral("C") << false;
}

void TestTranslations::install()
{
    QFETCH(QString, locale);
    QFETCH(bool, german);
    const QString language = Confer::Translations::install(QLocale(locale));
    QCOMPARE(language.startsWith(QLatin1String("de")), german);
    // A string from the window's menus, translated by the compiled .qm file.
    QCOMPARE(QCoreApplication::translate("Confer::MainWindow", "&File"),
        german ? QStringLiteral("&Datei") : QStringLiteral("&File"));
    QCOMPARE(QCoreApplication::translate("Confer::Cli::CommandLine", "Show this help"),
        german ? QStringLiteral("Diese Hilfe anzeigen") : QStringLiteral("Show this help"));
}

void TestTranslations::qtBaseFollows()
{
    Confer::Translations::install(QLocale(QStringLiteral("de_DE")));
    // Qt's own standard button text, from qtbase_de.qm.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    Confer::Translations::install(QLocale(QStringLiteral("en_US")));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

void TestTranslations::reinstallReplaces()
{
    Confer::Translations::install(QLocale(QStringLiteral("de_DE")));
    Confer::Translations::install(QLocale(QStringLiteral("de_DE")));
    const auto translators = QCoreApplication::instance()->findChildren<QObject *>(
        QStringLiteral("confer-translator"), Qt::FindDirectChildrenOnly);
    QCOMPARE(translators.size(), 2); // Confer's and Qt's, not four
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
