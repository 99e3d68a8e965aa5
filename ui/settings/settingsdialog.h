#pragma once

#include <QDialog>

class QListWidget;
class QStackedWidget;

namespace Confer
{

class ApiKeyStore;
class ModelCatalog;
class ProviderRegistry;
class ProvidersPage;
class Settings;

// The Settings window: Providers, Defaults, Appearance, Network and Language
// pages. There is no Apply button: every change takes effect at once.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Page { Providers, Defaults, Appearance, Network, Language };

    // Without a catalog, the Providers page has no Test.
    SettingsDialog(Settings &settings, ApiKeyStore &keys, ProviderRegistry &registry, ModelCatalog *catalog,
        QWidget *parent = nullptr);

    void showPage(Page page);
    ProvidersPage *providersPage() const { return m_providersPage; }

Q_SIGNALS:
    void proxyPasswordChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildPages();

    Settings &m_settings;
    ApiKeyStore &m_keys;
    ProviderRegistry &m_registry;
    ModelCatalog *m_catalog;
    QListWidget *m_pageList = nullptr;
    QStackedWidget *m_pages = nullptr;
    ProvidersPage *m_providersPage = nullptr;
    bool m_rebuildQueued = false;
};

}
