#pragma once

#include "secrets/keysource.h"

#include <QPointer>
#include <QWidget>

#include <chrono>

class QAction;
class QLabel;
class QLineEdit;
class QMimeData;
class QPushButton;
class QTreeWidget;

namespace Confer
{

class ApiKeyStore;

// The Providers page of the Settings window: every provider with where its
// API key comes from, and for the selected one a masked key field (paste,
// reveal), Save to Keychain, Remove Key and Copy.
class ProvidersPage : public QWidget
{
    Q_OBJECT

public:
    ProvidersPage(ApiKeyStore &keys, const QList<KeyRequest> &providers, QWidget *parent = nullptr);

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
    void showMessage(const QString &text, bool isError);
    KeyRequest requestFor(const QString &providerId) const;
    QString statusText(const KeyRequest &request) const;

    ApiKeyStore &m_keys;
    QList<KeyRequest> m_providers;
    QTreeWidget *m_list = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QLineEdit *m_keyEdit = nullptr;
    QAction *m_reveal = nullptr;
    QPushButton *m_paste = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_copy = nullptr;
    QLabel *m_message = nullptr;
    QPointer<QMimeData> m_copied;
    std::chrono::milliseconds m_clipboardClearDelay {std::chrono::seconds(30)};
};

}
