#include "core/translations.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

// The German and Hindi translations are compiled in and load for their locales only.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void available_data();
    void available();
    void install_data();
    void install();
    void qtBaseFollows_data();
    void qtBaseFollows();
    void reinstallReplaces();
    void englishPlurals_data();
    void englishPlurals();
    void englishIsNoChoiceOfItsOwn();
};

void TestTranslations::available_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("Hindi") << QStringLiteral("hi");
}

void TestTranslations::available()
{
    QFETCH(QString, language);
    QVERIFY2(Confer::Translations::available().contains(language),
        qPrintable(Confer::Translations::available().join(QLatin1Char(','))));
}

void TestTranslations::install_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("fileMenu");
    QTest::addColumn<QString>("help");
    const QString germanHelp = QStringLiteral("Diese Hilfe anzeigen");
    const QString hindiHelp = QStringLiteral("यह सहायता दिखाएँ");
    QTest::newRow("de_DE") << QStringLiteral("de_DE") << QStringLiteral("de") << QStringLiteral("&Datei") << germanHelp;
    QTest::newRow("de_AT") << QStringLiteral("de_AT") << QStringLiteral("de") << QStringLiteral("&Datei") << germanHelp;
    QTest::newRow("de_CH") << QStringLiteral("de_CH") << QStringLiteral("de") << QStringLiteral("&Datei") << germanHelp;
    QTest::newRow("hi_IN") << QStringLiteral("hi_IN") << QStringLiteral("hi") << QStringLiteral("फ़ाइल(&F)")
                           << hindiHelp;
    QTest::newRow("hi") << QStringLiteral("hi") << QStringLiteral("hi") << QStringLiteral("फ़ाइल(&F)") << hindiHelp;
    QTest::newRow("en_US") << QStringLiteral("en_US") << QString() << QStringLiteral("&File")
                           << QStringLiteral("Show this help");
    QTest::newRow("en_IN") << QStringLiteral("en_IN") << QString() << QStringLiteral("&File")
                           << QStringLiteral("Show this help");
    QTest::newRow("C") << QStringLiteral("C") << QString() << QStringLiteral("&File")
                       << QStringLiteral("Show this help");
}

void TestTranslations::install()
{
    QFETCH(QString, locale);
    QFETCH(QString, language);
    QFETCH(QString, fileMenu);
    QFETCH(QString, help);
    const QString installed = Confer::Translations::install(QLocale(locale));
    QCOMPARE(installed.left(2), language);
    // A string from the window's menus, translated by the compiled .qm file.
    QCOMPARE(QCoreApplication::translate("Confer::MainWindow", "&File"), fileMenu);
    QCOMPARE(QCoreApplication::translate("Confer::Cli::CommandLine", "Show this help"), help);
}

void TestTranslations::qtBaseFollows_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("cancel");
    QTest::addColumn<QString>("close");
    // German from the system's qtbase_de.qm; Hindi from the one Confer carries, as Qt has none.
    QTest::newRow("de_DE") << QStringLiteral("de_DE") << QStringLiteral("Abbrechen") << QStringLiteral("Schließen");
    QTest::newRow("hi_IN") << QStringLiteral("hi_IN") << QStringLiteral("रद्द करें") << QStringLiteral("बंद करें");
    QTest::newRow("en_US") << QStringLiteral("en_US") << QStringLiteral("Cancel") << QStringLiteral("Close");
}

void TestTranslations::qtBaseFollows()
{
    QFETCH(QString, locale);
    QFETCH(QString, cancel);
    QFETCH(QString, close);
    Confer::Translations::install(QLocale(locale));
    // Qt's own standard button texts, as QDialogButtonBox shows them.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), cancel);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Close"), close);
}

void TestTranslations::reinstallReplaces()
{
    Confer::Translations::install(QLocale(QStringLiteral("de_DE")));
    Confer::Translations::install(QLocale(QStringLiteral("hi_IN")));
    const auto translators = QCoreApplication::instance()->findChildren<QObject *>(
        QStringLiteral("confer-translator"), Qt::FindDirectChildrenOnly);
    QCOMPARE(translators.size(), 2); // Confer's and Qt's, not four
}

void TestTranslations::englishPlurals_data()
{
    QTest::addColumn<QString>("locale");
    QTest::newRow("en_US") << QStringLiteral("en_US");
    QTest::newRow("en_GB") << QStringLiteral("en_GB");
    QTest::newRow("C") << QStringLiteral("C"); // no language file matches: English is the fallback
    QTest::newRow("fr_FR") << QStringLiteral("fr_FR");
}

void TestTranslations::englishPlurals()
{
    QFETCH(QString, locale);
    // Without confer_en.qm, %n strings show their source form.
    Confer::Translations::install(QLocale(QStringLiteral("de_DE")));
    const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>(
        QStringLiteral("confer-translator"), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
    }
    QCOMPARE(
        QCoreApplication::translate("Confer::ModelListModel", "%n model(s)", nullptr, 2), QStringLiteral("2 model(s)"));

    QCOMPARE(Confer::Translations::install(QLocale(locale)), QString());
    QCOMPARE(
        QCoreApplication::translate("Confer::ModelListModel", "%n model(s)", nullptr, 1), QStringLiteral("1 model"));
    QCOMPARE(
        QCoreApplication::translate("Confer::ModelListModel", "%n model(s)", nullptr, 2), QStringLiteral("2 models"));
    QCOMPARE(QCoreApplication::translate("Confer::ModelPicker", "%n model(s) selected", nullptr, 3),
        QStringLiteral("3 models selected"));
    QCOMPARE(
        QCoreApplication::translate("Confer::Cli::StoreCommands", "Imported %n conversation(s) from %1", nullptr, 1),
        QStringLiteral("Imported 1 conversation from %1"));
    // Strings without %n stay the source text.
    QCOMPARE(QCoreApplication::translate("Confer::MainWindow", "&File"), QStringLiteral("&File"));
}

void TestTranslations::englishIsNoChoiceOfItsOwn()
{
    // The plurals-only English file is not a language of its own: Settings lists English once, by hand.
    QVERIFY(!Confer::Translations::available().contains(QLatin1String("en")));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
