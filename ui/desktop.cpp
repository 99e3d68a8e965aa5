#include "desktop.h"

#include "cli/invocation.h"
#include "core/appidentity.h"
#include "core/logfile.h"
#include "core/profile.h"
#include "core/singleinstance.h"
#include "core/translations.h"
#include "core/unixsignals.h"
#include "mainwindow/mainwindow.h"
#include "providers/providerservices.h"
#include "secrets/apikeystore.h"
#include "settings/livesettings.h"
#include "settings/networkproxypolicy.h"
#include "settings/providerspage.h"
#include "settings/settings.h"
#include "settings/settingsdialog.h"
#include "store/conversationstore.h"
#include "store/database.h"
#include "theme/theme.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <cstdio>

namespace Confer::Desktop
{

namespace
{
// Qt aborts with a terse message when it cannot reach a display; say what to do instead.
bool displayAvailable(int argc, char **argv)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        return true;
    }
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "-platform") == 0) {
            return true;
        }
    }
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    Q_UNUSED(argc)
    Q_UNUSED(argv)
    return true;
#endif
}

// For ./dev bench: CONFER_STARTUP_PROBE=1 prints one line on stdout once the
// main window has painted for the first time.
class FirstPaintReporter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // Report after this paint has been flushed to the window.
            QTimer::singleShot(0, this, [] {
                std::fputs("confer-startup-probe: first-paint\n", stdout);
                std::fflush(stdout);
            });
        }
        return false;
    }
};
}

int main(int argc, char **argv)
{
    if (!displayAvailable(argc, argv)) {
        std::fputs("confer: no graphical display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                   "Start Confer from a desktop session, set QT_QPA_PLATFORM=offscreen to run without one,\n"
                   "or use the command line: confer --help\n",
            stderr);
        return 1;
    }

    QApplication application(argc, argv);
    AppIdentity::apply();
    QApplication::setApplicationDisplayName(AppIdentity::displayName());
    QGuiApplication::setDesktopFileName(AppIdentity::appId());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.confer.Confer.svg")));
    Translations::install();

    const Profile profile = Profile::resolve(Cli::profileArgument(QApplication::arguments()));
    if (const auto error = profile.ensureDirectories()) {
        std::fprintf(stderr, "confer: could not prepare the profile: %s\n", qPrintable(*error));
        std::fflush(stderr);
        QMessageBox::critical(nullptr, QApplication::translate("Confer::Desktop", "Confer cannot start"),
            QApplication::translate("Confer::Desktop", "Confer could not prepare its profile.\n\n%1").arg(*error));
        return 1;
    }
    // A second launch on this profile raises the running window instead.
    SingleInstance instance(profile);
    switch (instance.start(QApplication::arguments().mid(1), qEnvironmentVariable("XDG_ACTIVATION_TOKEN"))) {
    case SingleInstance::Role::Primary:
        break;
    case SingleInstance::Role::Secondary:
        return 0;
    case SingleInstance::Role::Failed:
        std::fprintf(stderr, "confer: %s\n", qPrintable(instance.errorString()));
        std::fflush(stderr);
        QMessageBox::critical(
            nullptr, QApplication::translate("Confer::Desktop", "Confer cannot start"), instance.errorString());
        return 1;
    }
    LogFile::install(profile.logFilePath());

    const auto settings = profile.openSettings();
    Settings preferences(*settings);
    KeychainStore keychain(AppIdentity::appId());
    ApiKeyStore keys(keychain, *settings, profile.scopeId());
    NetworkProxyPolicy proxyPolicy(preferences, keychain, profile.scopeId());
    proxyPolicy.apply();
    // The provider layer asks this key store for keys: keychain, then session, then environment.
    ProviderServices providers(profile, &keys);

    Store::Database database(Store::Database::defaultFilePath(profile));
    const bool historyOpen = database.open();
    Store::ConversationStore store(database);

    MainWindow window(*settings);
    window.setProviderServices(providers);
    window.setPreferences(preferences);
    if (historyOpen) {
        store.purgeTrash();
        window.setConversationStore(store);
    } else {
        std::fprintf(
            stderr, "confer: the conversation history is unavailable: %s\n", qPrintable(database.lastError().message));
    }
    LiveSettings live(
        preferences, [&window](const QString &scheme) { window.setColorScheme(Theme::fromString(scheme)); });
    live.applyAll();

    // providerId: open at Settings › Providers with that provider selected (the Models section's Add key…).
    const auto openSettings = [&](const QString &providerId) {
        auto *dialog = window.findChild<SettingsDialog *>();
        if (!dialog) {
            dialog = new SettingsDialog(preferences, keys, providers.registry(), &providers.catalog(), &window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(dialog, &SettingsDialog::proxyPasswordChanged, &proxyPolicy, &NetworkProxyPolicy::apply);
        }
        if (!providerId.isEmpty()) {
            dialog->showPage(SettingsDialog::Page::Providers);
            dialog->providersPage()->selectProvider(providerId);
        }
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    };
    QObject::connect(&window, &MainWindow::settingsRequested, &window, [&openSettings] { openSettings({}); });
    QObject::connect(&window, &MainWindow::providerSettingsRequested, &window, openSettings);

    QObject::connect(&instance, &SingleInstance::activationRequested, &window,
        [&window](const QStringList &arguments, const QString &activationToken) {
            // On Wayland the compositor lets a window take focus only with the
            // token of the launch that asked for it; Qt reads it from here.
            if (!activationToken.isEmpty()) {
                qputenv("XDG_ACTIVATION_TOKEN", activationToken.toUtf8());
            }
            window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
            window.show();
            window.raise();
            window.activateWindow();
            if (arguments.contains(Cli::newConversationFlag())) {
                window.startNewConversation();
            }
        });

    UnixSignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &UnixSignalWatcher::quitRequested, &window, &QWidget::close);

    FirstPaintReporter reporter;
    if (qEnvironmentVariableIsSet("CONFER_STARTUP_PROBE")) {
        window.installEventFilter(&reporter);
    }

    window.show();
    if (QApplication::arguments().contains(Cli::newConversationFlag())) {
        window.startNewConversation();
    }
    const int status = QApplication::exec();
    LogFile::uninstall();
    return status;
}

}
