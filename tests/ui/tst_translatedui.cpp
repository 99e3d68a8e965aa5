// The real window and Settings window in English, German and Hindi on the
// session's X server (Xvfb): every visible text (labels, buttons, menus,
// actions, tabs, items, tooltips, placeholders, accessible names) must differ
// from the English one unless a short allowlist says why it may not. The German
// and Hindi pictures are kept under build/<preset>/screenshots/ to look at.
#include "core/profile.h"
#include "core/translations.h"
#include "mainwindow/mainwindow.h"
#include "providers/providerservices.h"
#include "screengrab.h"
#include "secrets/apikeystore.h"
#include "settings/livesettings.h"
#include "settings/settings.h"
#include "settings/settingsdialog.h"
#include "store/conversationstore.h"
#include "store/database.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolButton>
#include <QUuid>

#include <algorithm>
#include <memory>

using namespace Confer;

namespace
{
// Text found in a window, by where it was found ("path/to/widget:property").
using Texts = QMap<QString, QString>;

// The parts desktop.cpp composes, in a profile of their own.
struct Application {
    QTemporaryDir directory;
    Profile profile = Profile::inDirectory(directory.filePath(QStringLiteral("profile")));
    std::unique_ptr<QSettings> storage;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<KeychainStore> keychain;
    std::unique_ptr<ApiKeyStore> keys;
    std::unique_ptr<ProviderServices> services;
    std::unique_ptr<Store::Database> database;
    std::unique_ptr<Store::ConversationStore> store;
    std::unique_ptr<LiveSettings> live;
    std::unique_ptr<MainWindow> window;
    // Its own window (desktop.cpp parents it to the main window), so that each walk sees one window.
    std::unique_ptr<SettingsDialog> dialog;

    bool start(const QString &language)
    {
        if (profile.ensureDirectories()) {
            return false;
        }
        storage = profile.openSettings();
        settings = std::make_unique<Settings>(*storage);
        settings->setValue(Settings::Key::Language, language);
        keychain = std::make_unique<KeychainStore>(QStringLiteral("io.github.confer.Confer.test"));
        keys = std::make_unique<ApiKeyStore>(*keychain, *storage, QUuid::createUuid().toString(QUuid::Id128).left(16));
        services = std::make_unique<ProviderServices>(profile, keys.get());
        database = std::make_unique<Store::Database>(Store::Database::defaultFilePath(profile));
        if (!database->open()) {
            return false;
        }
        store = std::make_unique<Store::ConversationStore>(*database);
        // As desktop.cpp does: the window is built, then the chosen language applied.
        window = std::make_unique<MainWindow>(*storage);
        window->setProviderServices(*services);
        window->setConversationStore(*store);
        live = std::make_unique<LiveSettings>(*settings, LiveSettings::ColorSchemeHandler());
        live->applyAll();
        dialog = std::make_unique<SettingsDialog>(*settings, *keys, services->registry(), &services->catalog());
        window->setGeometry(0, 0, 1280, 800);
        dialog->setGeometry(0, 0, 1280, 800);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    // Shows widget on top, and keeps what the X server shows of it as a picture.
    bool screenshot(QWidget *widget, const QString &name)
    {
        widget->show();
        widget->raise();
        if (!QTest::qWaitForWindowExposed(widget)) {
            return false;
        }
        const QImage onScreen = ConferTest::settledScreenshot(widget);
        if (onScreen.size() != QSize(1280, 800)) {
            return false;
        }
        const QString path = QStringLiteral(CONFER_BUILD_DIR "/screenshots/") + name;
        qInfo("screenshot: %s", qPrintable(path));
        return onScreen.save(path);
    }
};

QString strippedOfAccelerators(QString text)
{
    static const QRegularExpression accelerator(QStringLiteral("\\(&.\\)|&(?=[^&])"));
    return text.remove(accelerator).trimmed();
}

// Texts that are the same in every language, and why.
bool sameInEveryLanguage(const QString &text, const QString &language)
{
    static const QStringList names {// The application's name and the providers' brand names.
        QStringLiteral("Confer"), QStringLiteral("OpenAI"), QStringLiteral("OpenRouter"), QStringLiteral("Groq"),
        QStringLiteral("Mistral AI"), QStringLiteral("DeepSeek"), QStringLiteral("xAI"), QStringLiteral("Together AI"),
        QStringLiteral("Fireworks AI"), QStringLiteral("LM Studio"), QStringLiteral("llama.cpp"),
        QStringLiteral("vLLM"), QStringLiteral("Anthropic"), QStringLiteral("Google Gemini"), QStringLiteral("Ollama"),
        // Languages are offered by their own names.
        QStringLiteral("English"), QStringLiteral("Deutsch"), QStringLiteral("हिन्दी"),
        // Time to first token: the measure's name in every language.
        QStringLiteral("TTFT")};
    // German words that are spelt as in English.
    static const QStringList german {QStringLiteral("Status:"), QStringLiteral("Proxy:"), QStringLiteral("Port:"),
        QStringLiteral("pt"), QStringLiteral("s"), QStringLiteral("OK")};
    // Provider ids (tooltips of the provider list) and URLs are not words.
    static const QRegularExpression technical(QStringLiteral("^([a-z0-9._-]+|https?://\\S*)$"));
    const QString plain = strippedOfAccelerators(text);
    return names.contains(plain) || technical.match(plain).hasMatch()
        || (language == QLatin1String("de") && german.contains(plain));
}

bool hasLetters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
}

// Where an object sits under root, stable between two windows built the same way.
QString pathOf(const QObject *object, const QObject *root)
{
    QStringList parts;
    for (const QObject *o = object; o && o != root->parent(); o = o->parent()) {
        QString part = o->objectName();
        if (part.isEmpty()) {
            part = QString::fromLatin1(o->metaObject()->className());
            if (o->parent()) {
                int index = 0;
                for (const QObject *sibling : o->parent()->children()) {
                    if (sibling == o) {
                        break;
                    }
                    index += sibling->metaObject() == o->metaObject() ? 1 : 0;
                }
                part += QLatin1Char('#') + QString::number(index);
            }
        }
        parts.prepend(part);
    }
    return parts.join(QLatin1Char('/'));
}

void add(Texts &texts, const QObject *object, const QObject *root, const QString &property, const QString &text)
{
    if (hasLetters(text)) {
        texts.insert(pathOf(object, root) + QLatin1Char(':') + property, text);
    }
}

void collectItems(Texts &texts, const QAbstractItemView *view, const QObject *root)
{
    const QAbstractItemModel *model = view->model();
    if (!model || qobject_cast<const QHeaderView *>(view)) {
        return;
    }
    for (int column = 0; column < model->columnCount(); ++column) {
        add(texts, view, root, QStringLiteral("header%1").arg(column),
            model->headerData(column, Qt::Horizontal).toString());
    }
    for (int row = 0; row < qMin(model->rowCount(), 100); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            add(texts, view, root, QStringLiteral("item%1.%2").arg(row).arg(column), index.data().toString());
            add(texts, view, root, QStringLiteral("itemToolTip%1.%2").arg(row).arg(column),
                index.data(Qt::ToolTipRole).toString());
        }
    }
}

void collectWidget(Texts &texts, const QWidget *widget, const QObject *root)
{
    if (widget->isWindow()) {
        add(texts, widget, root, QStringLiteral("windowTitle"), widget->windowTitle());
    }
    add(texts, widget, root, QStringLiteral("toolTip"), widget->toolTip());
    add(texts, widget, root, QStringLiteral("statusTip"), widget->statusTip());
    add(texts, widget, root, QStringLiteral("whatsThis"), widget->whatsThis());
    add(texts, widget, root, QStringLiteral("accessibleName"), widget->accessibleName());
    add(texts, widget, root, QStringLiteral("accessibleDescription"), widget->accessibleDescription());
    if (const auto *label = qobject_cast<const QLabel *>(widget)) {
        add(texts, widget, root, QStringLiteral("text"), label->text());
    } else if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
        add(texts, widget, root, QStringLiteral("text"), button->text());
    } else if (const auto *box = qobject_cast<const QGroupBox *>(widget)) {
        add(texts, widget, root, QStringLiteral("title"), box->title());
    } else if (const auto *line = qobject_cast<const QLineEdit *>(widget)) {
        // What is typed is the user's; the placeholder is the application's.
        add(texts, widget, root, QStringLiteral("placeholderText"), line->placeholderText());
    } else if (const auto *plain = qobject_cast<const QPlainTextEdit *>(widget)) {
        add(texts, widget, root, QStringLiteral("placeholderText"), plain->placeholderText());
    } else if (const auto *rich = qobject_cast<const QTextEdit *>(widget)) {
        add(texts, widget, root, QStringLiteral("placeholderText"), rich->placeholderText());
    } else if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
        for (int i = 0; i < combo->count(); ++i) {
            add(texts, widget, root, QStringLiteral("item%1").arg(i), combo->itemText(i));
        }
    } else if (const auto *menu = qobject_cast<const QMenu *>(widget)) {
        add(texts, widget, root, QStringLiteral("title"), menu->title());
    } else if (const auto *tabs = qobject_cast<const QTabBar *>(widget)) {
        for (int i = 0; i < tabs->count(); ++i) {
            add(texts, widget, root, QStringLiteral("tab%1").arg(i), tabs->tabText(i));
            add(texts, widget, root, QStringLiteral("tabToolTip%1").arg(i), tabs->tabToolTip(i));
        }
    } else if (const auto *view = qobject_cast<const QAbstractItemView *>(widget)) {
        collectItems(texts, view, root);
    }
    if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(widget)) {
        add(texts, widget, root, QStringLiteral("specialValueText"), spin->specialValueText());
        if (const auto *integer = qobject_cast<const QSpinBox *>(widget)) {
            add(texts, widget, root, QStringLiteral("prefix"), integer->prefix());
            add(texts, widget, root, QStringLiteral("suffix"), integer->suffix());
        } else if (const auto *real = qobject_cast<const QDoubleSpinBox *>(widget)) {
            add(texts, widget, root, QStringLiteral("prefix"), real->prefix());
            add(texts, widget, root, QStringLiteral("suffix"), real->suffix());
        }
    }
}

Texts collect(const QWidget *root)
{
    Texts texts;
    collectWidget(texts, root, root);
    for (const QWidget *widget : root->findChildren<QWidget *>()) {
        collectWidget(texts, widget, root);
    }
    for (const QAction *action : root->findChildren<QAction *>()) {
        if (action->isSeparator()) {
            continue;
        }
        add(texts, action, root, QStringLiteral("text"), action->text());
        add(texts, action, root, QStringLiteral("toolTip"), action->toolTip());
        add(texts, action, root, QStringLiteral("statusTip"), action->statusTip());
        add(texts, action, root, QStringLiteral("whatsThis"), action->whatsThis());
    }
    return texts;
}

// Whether the menu bar shows its » button because the menu titles do not fit.
// (Reads only: QMenuBar::actionGeometry() would lay the bar out again and hide the fault.)
bool menusHidden(QMainWindow *window)
{
    const auto *extension = window->menuBar()->findChild<QToolButton *>(QStringLiteral("qt_menubar_ext_button"));
    return extension && extension->isVisible();
}

// Labels that show a literal "&": a mnemonic without a buddy to give the focus to.
QStringList ampersandsShown(const QWidget *root)
{
    static const QRegularExpression mnemonic(QStringLiteral("&[^&\\s]"));
    QStringList shown;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        const QString text = QString(label->text()).remove(QStringLiteral("&&"));
        if (!label->buddy() && !Qt::mightBeRichText(label->text()) && mnemonic.match(text).hasMatch()) {
            shown << pathOf(label, root) + QStringLiteral(" = ") + label->text();
        }
    }
    return shown;
}

// Every page of the Settings window, each shown in turn, as one list of texts.
Texts collectSettings(SettingsDialog *dialog)
{
    Texts texts;
    for (auto page : {SettingsDialog::Page::Providers, SettingsDialog::Page::Defaults, SettingsDialog::Page::Appearance,
             SettingsDialog::Page::Network, SettingsDialog::Page::Language}) {
        dialog->showPage(page);
        texts.insert(collect(dialog));
    }
    dialog->showPage(SettingsDialog::Page::Providers);
    return texts;
}

// The texts of translated that are still the English ones, as readable lines.
QStringList untranslated(const Texts &english, const Texts &translated, const QString &language)
{
    QStringList lines;
    for (auto it = translated.cbegin(); it != translated.cend(); ++it) {
        if (english.value(it.key()) == it.value() && !sameInEveryLanguage(it.value(), language)) {
            lines << it.key() + QStringLiteral(" = \"") + it.value() + QLatin1Char('"');
        }
    }
    return lines;
}

}

class TestTranslatedUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void translated_data();
    void translated();
    void switchesLive_data();
    void switchesLive();
    void cleanup();

private:
    void compare(const Texts &english, const Texts &translated, const QString &language);
    Texts m_englishWindow;
    Texts m_englishSettings;
};

void TestTranslatedUi::initTestCase()
{
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
    QVERIFY(QDir().mkpath(QStringLiteral(CONFER_BUILD_DIR "/screenshots")));
    QVERIFY2(!QFontDatabase::families(QFontDatabase::Devanagari).isEmpty(),
        "No font covers Devanagari: Hindi would show boxes (install fonts-lohit-deva or fonts-noto-core)");
    QVERIFY2(Confer::Translations::available().contains(QLatin1String("de"))
            && Confer::Translations::available().contains(QLatin1String("hi")),
        qPrintable(Confer::Translations::available().join(QLatin1Char(','))));

    Application english;
    QVERIFY(english.start(QStringLiteral("en")));
    QCOMPARE(english.window->findChild<QMenu *>(QStringLiteral("fileMenu"))->title(), QStringLiteral("&File"));
    m_englishWindow = collect(english.window.get());
    m_englishSettings = collectSettings(english.dialog.get());
    QVERIFY2(ampersandsShown(english.window.get()).isEmpty(),
        qPrintable(ampersandsShown(english.window.get()).join(QLatin1Char('\n'))));
    QVERIFY2(ampersandsShown(english.dialog.get()).isEmpty(),
        qPrintable(ampersandsShown(english.dialog.get()).join(QLatin1Char('\n'))));
    // The walk finds the menus, the sidebar and every Settings page.
    QVERIFY2(m_englishWindow.size() > 20, qPrintable(QString::number(m_englishWindow.size())));
    QVERIFY2(m_englishSettings.size() > 60, qPrintable(QString::number(m_englishSettings.size())));
}

void TestTranslatedUi::compare(const Texts &english, const Texts &translated, const QString &language)
{
    QCOMPARE(translated.keys(), english.keys());
    const QStringList lines = untranslated(english, translated, language);
    QVERIFY2(lines.isEmpty(), qPrintable(QStringLiteral("Still in English:\n  ") + lines.join(QStringLiteral("\n  "))));
}

void TestTranslatedUi::translated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("fileMenu");
    QTest::addColumn<QString>("cancel");
    QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("&Datei") << QStringLiteral("Abbrechen");
    QTest::newRow("Hindi") << QStringLiteral("hi") << QStringLiteral("फ़ाइल(&F)") << QStringLiteral("रद्द करें");
}

void TestTranslatedUi::translated()
{
    QFETCH(QString, language);
    QFETCH(QString, fileMenu);
    Application application;
    QVERIFY(application.start(language));
    QFETCH(QString, cancel);
    QCOMPARE(application.window->findChild<QMenu *>(QStringLiteral("fileMenu"))->title(), fileMenu);
    // Qt's own buttons speak the language too (qtbase_de.qm, or the qtbase_hi.qm Confer carries).
    const QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), cancel);
    compare(m_englishWindow, collect(application.window.get()), language);
    compare(m_englishSettings, collectSettings(application.dialog.get()), language);
    // Pictures to look at: Devanagari must render, nothing may be clipped.
    // Taller Devanagari titles hide the menus behind » until the bar is laid out again.
    QTRY_VERIFY(!menusHidden(application.window.get()));
    QVERIFY(application.screenshot(application.window.get(), QStringLiteral("mainwindow-%1.png").arg(language)));
    QVERIFY(!menusHidden(application.window.get()));
    const QList<std::pair<SettingsDialog::Page, QString>> pages {
        {SettingsDialog::Page::Providers, QStringLiteral("providers")},
        {SettingsDialog::Page::Defaults, QStringLiteral("defaults")},
        {SettingsDialog::Page::Appearance, QStringLiteral("appearance")},
        {SettingsDialog::Page::Network, QStringLiteral("network")},
        {SettingsDialog::Page::Language, QStringLiteral("language")}};
    for (const auto &[page, name] : pages) {
        application.dialog->showPage(page);
        QVERIFY(
            application.screenshot(application.dialog.get(), QStringLiteral("settings-%1-%2.png").arg(name, language)));
    }
}

void TestTranslatedUi::switchesLive_data()
{
    translated_data();
}

void TestTranslatedUi::switchesLive()
{
    QFETCH(QString, language);
    QFETCH(QString, fileMenu);
    Application application;
    QVERIFY(application.start(QStringLiteral("en")));
    // Chosen on the Language page, as people do; the open windows follow at once.
    application.dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(application.dialog.get()));
    application.dialog->showPage(SettingsDialog::Page::Language);
    auto *choice = application.dialog->findChild<QComboBox *>(QStringLiteral("language"));
    QVERIFY(choice);
    QVERIFY2(choice->findData(language) > 0, qPrintable(language));
    choice->setCurrentIndex(choice->findData(language));
    QCOMPARE(application.settings->language(), language);
    // Qt posts the change to each window; the Settings window then rebuilds its pages.
    QTRY_COMPARE(application.window->findChild<QMenu *>(QStringLiteral("fileMenu"))->title(), fileMenu);
    compare(m_englishWindow, collect(application.window.get()), language);
    QTRY_VERIFY(!menusHidden(application.window.get()));
    QTRY_VERIFY(untranslated(m_englishSettings, collectSettings(application.dialog.get()), language).isEmpty());
    compare(m_englishSettings, collectSettings(application.dialog.get()), language);
}

void TestTranslatedUi::cleanup()
{
    Confer::Translations::install(QLocale(QStringLiteral("en_US")));
}

QTEST_MAIN(TestTranslatedUi)
#include "tst_translatedui.moc"
