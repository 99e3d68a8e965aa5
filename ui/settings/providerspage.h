#pragma once

#include "providers/modelcatalog.h"
#include "providers/providerregistry.h"
#include "secrets/keysource.h"

#include <QPointer>
#include <QWidget>

#include <chrono>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMimeData;
class QPushButton;
class QTreeWidget;

namespace Confer
{

class ApiKeyStore;

// The Providers page of the Settings window: every preset and custom provider
// with where its API key comes from, and for the selected one a masked key
// field (paste, reveal), Save to Keychain, Remove Key, Copy, the base URL and
// a Test that lists the provider's models or shows the exact error; custom
// providers are added and removed here too.
class ProvidersPage : public QWidget
{
    Q_OBJECT

public:
    ProvidersPage(ApiKeyStore &keys, ProviderRegistry &registry, ModelCatalog *catalog, QWidget *parent = nullptr);

    void selectProvider(const QString &providerId);
    QString currentProvider() const;
    // How long a copied key stays on the clipboard.
    void setClipboardClearDelay(std::chrono::milliseconds delay) { m_clipboardClearDelay = delay; }

private:
    void buildProviderList();
    void refreshStatuses();
    void showCurrent();
    void saveKey();
    void removeKey();
    void copyKey();
    void pasteKey();
    void saveBaseUrl();
    void addCustomProvider();
    void removeCustomProvider();
    void testProvider();
    void showTestResult(const CatalogEntry &entry);
    void showMessage(const QString &text, bool isError);
    std::optional<ProviderInfo> providerFor(const QString &providerId) const;
    static KeyRequest requestFor(const ProviderInfo &provider);
    QString statusText(const ProviderInfo &provider) const;

    ApiKeyStore &m_keys;
    ProviderRegistry &m_registry;
    QPointer<ModelCatalog> m_catalog;
    QList<ProviderInfo> m_providers;
    QString m_testing; // the provider whose Test is under way
    QTreeWidget *m_list = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QLineEdit *m_keyEdit = nullptr;
    QAction *m_reveal = nullptr;
    QPushButton *m_paste = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_copy = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QPushButton *m_test = nullptr;
    QListWidget *m_models = nullptr;
    QPushButton *m_removeProvider = nullptr;
    QPushButton *m_addToggle = nullptr;
    QWidget *m_addForm = nullptr;
    QLineEdit *m_newName = nullptr;
    QComboBox *m_newProtocol = nullptr;
    QLineEdit *m_newUrl = nullptr;
    QLabel *m_message = nullptr;
    QPointer<QMimeData> m_copied;
    std::chrono::milliseconds m_clipboardClearDelay {std::chrono::seconds(30)};
};

}
