#include "settings/providerspage.h"

#include "common/messagebox.h"
#include "secrets/apikeystore.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Confer
{

namespace
{
const int ProviderIdRole = Qt::UserRole;
}

ProvidersPage::ProvidersPage(ApiKeyStore &keys, ProviderRegistry &registry, ModelCatalog *catalog, QWidget *parent)
    : QWidget(parent)
    , m_keys(keys)
    , m_registry(registry)
    , m_catalog(catalog)
{
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("providerList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Provider"), tr("API key")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);

    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("providerTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("keyStatus"));
    m_status->setWordWrap(true);

    m_keyEdit = new QLineEdit;
    m_keyEdit->setObjectName(QStringLiteral("keyEdit"));
    m_keyEdit->setEchoMode(QLineEdit::Password);
    m_keyEdit->setPlaceholderText(tr("Paste a new API key"));
    m_keyEdit->setClearButtonEnabled(true);
    m_keyEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_reveal = m_keyEdit->addAction(QIcon::fromTheme(QStringLiteral("view-visible")), QLineEdit::TrailingPosition);
    m_reveal->setObjectName(QStringLiteral("revealKeyAction"));
    m_reveal->setCheckable(true);
    m_reveal->setToolTip(tr("Show the key"));
    connect(m_reveal, &QAction::toggled, this, [this](bool shown) {
        m_keyEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setToolTip(shown ? tr("Hide the key") : tr("Show the key"));
    });

    m_paste = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-paste")), tr("&Paste"));
    m_paste->setObjectName(QStringLiteral("pasteKeyButton"));
    m_save = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save to Keychain"));
    m_save->setObjectName(QStringLiteral("saveKeyButton"));
    m_save->setEnabled(false);
    m_remove = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Remove Key"));
    m_remove->setObjectName(QStringLiteral("removeKeyButton"));
    m_copy = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy Key"));
    m_copy->setObjectName(QStringLiteral("copyKeyButton"));
    m_copy->setToolTip(tr("Copies the stored key; the clipboard is cleared after 30 seconds."));

    m_baseUrl = new QLineEdit;
    m_baseUrl->setObjectName(QStringLiteral("baseUrlEdit"));
    m_test = new QPushButton(QIcon::fromTheme(QStringLiteral("network-connect")), tr("&Test"));
    m_test->setObjectName(QStringLiteral("testButton"));
    m_test->setToolTip(tr("Asks the provider for its models with the current key."));
    m_test->setEnabled(m_catalog);
    m_models = new QListWidget;
    m_models->setObjectName(QStringLiteral("testModels"));
    m_models->setMaximumHeight(110);
    m_models->hide();

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("keyMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyEdit, 1);
    keyRow->addWidget(m_paste);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_copy);
    buttons->addStretch(1);

    auto *details = new QFormLayout;
    details->addRow(m_title);
    details->addRow(tr("Status:"), m_status);
    details->addRow(tr("New key:"), keyRow);
    details->addRow(buttons);
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_baseUrl, 1);
    urlRow->addWidget(m_test);
    details->addRow(tr("Base URL:"), urlRow);
    details->addRow(m_message);
    details->addRow(m_models);
    auto *note = new QLabel(tr("Keys are kept in the system keychain, never in Confer's files. A key set in the "
                               "environment is used when the keychain has none, and is not copied into it."));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    details->addRow(note);

    m_addToggle = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add Custom Provider…"));
    m_addToggle->setObjectName(QStringLiteral("addProviderToggle"));
    m_addToggle->setCheckable(true);
    m_addForm = new QWidget;
    m_addForm->setObjectName(QStringLiteral("addProviderForm"));
    m_addForm->hide();
    connect(m_addToggle, &QPushButton::toggled, m_addForm, &QWidget::setVisible);
    m_newName = new QLineEdit;
    m_newName->setObjectName(QStringLiteral("newProviderName"));
    m_newName->setPlaceholderText(tr("name, such as my-gateway"));
    m_newProtocol = new QComboBox;
    m_newProtocol->setObjectName(QStringLiteral("newProviderProtocol"));
    for (const auto &[label, protocol] : QList<QPair<QString, Protocol>> {{tr("OpenAI-compatible"), Protocol::OpenAI},
             {tr("Anthropic"), Protocol::Anthropic}, {tr("Google Gemini"), Protocol::Gemini},
             {tr("Ollama"), Protocol::Ollama}}) {
        m_newProtocol->addItem(label, protocolName(protocol));
    }
    m_newUrl = new QLineEdit;
    m_newUrl->setObjectName(QStringLiteral("newProviderUrl"));
    m_newUrl->setPlaceholderText(QStringLiteral("https://…/v1"));
    auto *add = new QPushButton(tr("&Add"));
    add->setObjectName(QStringLiteral("addProviderButton"));
    auto *addLayout = new QHBoxLayout(m_addForm);
    addLayout->setContentsMargins(0, 0, 0, 0);
    addLayout->addWidget(m_newName, 2);
    addLayout->addWidget(m_newProtocol, 1);
    addLayout->addWidget(m_newUrl, 3);
    addLayout->addWidget(add);
    connect(add, &QPushButton::clicked, this, &ProvidersPage::addCustomProvider);
    connect(m_newUrl, &QLineEdit::returnPressed, this, &ProvidersPage::addCustomProvider);

    m_removeProvider = new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Remove &Provider"));
    m_removeProvider->setObjectName(QStringLiteral("removeProviderButton"));
    connect(m_removeProvider, &QPushButton::clicked, this, &ProvidersPage::removeCustomProvider);
    buttons->addWidget(m_removeProvider);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addToggle);
    addRow->addWidget(m_addForm, 1);
    addRow->addStretch(0);
    layout->addLayout(addRow);
    layout->addLayout(details);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &ProvidersPage::showCurrent);
    connect(m_keyEdit, &QLineEdit::textChanged, this,
        [this](const QString &text) { m_save->setEnabled(!text.trimmed().isEmpty() && !currentProvider().isEmpty()); });
    connect(m_keyEdit, &QLineEdit::returnPressed, this, &ProvidersPage::saveKey);
    connect(m_paste, &QPushButton::clicked, this, &ProvidersPage::pasteKey);
    connect(m_save, &QPushButton::clicked, this, &ProvidersPage::saveKey);
    connect(m_remove, &QPushButton::clicked, this, &ProvidersPage::removeKey);
    connect(m_copy, &QPushButton::clicked, this, &ProvidersPage::copyKey);
    connect(m_baseUrl, &QLineEdit::editingFinished, this, &ProvidersPage::saveBaseUrl);
    connect(m_test, &QPushButton::clicked, this, &ProvidersPage::testProvider);
    if (m_catalog) {
        connect(m_catalog, &ModelCatalog::loaded, this, &ProvidersPage::showTestResult);
    }
    connect(&m_keys, &ApiKeyStore::keyChanged, this, &ProvidersPage::refreshStatuses);

    buildProviderList();
    if (m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    showCurrent();
}

void ProvidersPage::buildProviderList()
{
    m_providers = m_registry.providers();
    // Keys stored for providers that are gone still appear, so that they can be removed.
    const QStringList stored = m_keys.providersWithKeychainKeys() + m_keys.providersWithSessionKeys();
    for (const QString &id : stored) {
        if (!providerFor(id)) {
            ProviderInfo orphan;
            orphan.id = orphan.displayName = id;
            orphan.custom = true;
            m_providers.append(orphan);
        }
    }
    const QString current = currentProvider();
    m_list->clear();
    for (const ProviderInfo &provider : std::as_const(m_providers)) {
        auto *item = new QTreeWidgetItem(m_list, {provider.displayName, QString()});
        item->setData(0, ProviderIdRole, provider.id);
        item->setToolTip(0, provider.id);
    }
    refreshStatuses();
    selectProvider(current);
}

std::optional<ProviderInfo> ProvidersPage::providerFor(const QString &providerId) const
{
    for (const ProviderInfo &provider : m_providers) {
        if (provider.id == providerId) {
            return provider;
        }
    }
    return std::nullopt;
}

KeyRequest ProvidersPage::requestFor(const ProviderInfo &provider)
{
    return {provider.id, provider.keyEnvironmentVariables};
}

QString ProvidersPage::statusText(const ProviderInfo &provider) const
{
    const KeyRequest request = requestFor(provider);
    const KeyOrigin origin = m_keys.origin(request);
    if (origin == KeyOrigin::Environment) {
        for (const QString &variable : request.environmentVariables) {
            if (!qEnvironmentVariableIsEmpty(variable.toLocal8Bit().constData())) {
                return tr("from environment (%1)").arg(variable);
            }
        }
    }
    if (origin == KeyOrigin::None && !provider.needsKey() && !provider.custom) {
        return provider.local ? tr("no key needed (local server)") : tr("no key needed");
    }
    return ApiKeyStore::describe(origin);
}

void ProvidersPage::refreshStatuses()
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const auto provider = providerFor(item->data(0, ProviderIdRole).toString());
        if (!provider) {
            continue;
        }
        const KeyOrigin origin = m_keys.origin(requestFor(*provider));
        item->setText(1, statusText(*provider));
        item->setIcon(1, origin == KeyOrigin::None ? QIcon() : QIcon::fromTheme(QStringLiteral("dialog-password")));
    }
    showCurrent();
}

QString ProvidersPage::currentProvider() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, ProviderIdRole).toString() : QString();
}

void ProvidersPage::selectProvider(const QString &providerId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, ProviderIdRole).toString() == providerId) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return;
        }
    }
}

void ProvidersPage::showCurrent()
{
    const auto provider = providerFor(currentProvider());
    const bool selected = provider.has_value();
    const ProviderInfo info = provider.value_or(ProviderInfo {});
    m_title->setText(selected ? info.displayName : QString());
    QString status = selected ? statusText(info) : QString();
    if (m_keys.hasKeychainKey(info.id) && m_keys.keychainKeySetAt(info.id).isValid()) {
        status = tr("%1, saved %2")
                     .arg(status,
                         QLocale().toString(m_keys.keychainKeySetAt(info.id).toLocalTime(), QLocale::ShortFormat));
    }
    m_status->setText(status);
    const KeyOrigin origin = selected ? m_keys.origin(requestFor(info)) : KeyOrigin::None;
    const bool stored = origin == KeyOrigin::Keychain || origin == KeyOrigin::Session;
    const bool takesKey = selected && (info.needsKey() || info.custom);
    m_keyEdit->setEnabled(takesKey);
    m_paste->setEnabled(takesKey);
    m_save->setEnabled(takesKey && !m_keyEdit->text().trimmed().isEmpty());
    m_remove->setEnabled(stored);
    m_copy->setEnabled(stored);
    const bool known = selected && !info.baseUrl.isEmpty();
    m_baseUrl->setEnabled(known);
    m_baseUrl->setText(known ? info.baseUrl.toString() : QString());
    m_baseUrl->setPlaceholderText(info.defaultBaseUrl.toString());
    m_test->setEnabled(known && m_catalog && m_testing.isEmpty());
    m_removeProvider->setVisible(selected && info.custom);
}

void ProvidersPage::addCustomProvider()
{
    const QString name = m_newName->text().trimmed();
    const QString urlText = m_newUrl->text().trimmed();
    const auto protocol = protocolFromName(m_newProtocol->currentData().toString());
    const QUrl url = urlText.isEmpty() ? QUrl() : QUrl::fromUserInput(urlText);
    if (const auto error = m_registry.addCustom(name, protocol.value_or(Protocol::OpenAI), url, {})) {
        showMessage(*error, true);
        return;
    }
    m_newName->clear();
    m_newUrl->clear();
    m_addToggle->setChecked(false);
    buildProviderList();
    selectProvider(name);
    showMessage(tr("%1 is added. Save its key below if it needs one.").arg(name), false);
}

void ProvidersPage::removeCustomProvider()
{
    const auto provider = providerFor(currentProvider());
    if (!provider || !provider->custom) {
        return;
    }
    const bool hasKey = m_keys.hasKeychainKey(provider->id) || m_keys.hasSessionKey(provider->id);
    if (MessageBox::question(this, tr("Remove Provider"),
            hasKey ? tr("Remove the provider %1 and its API key?").arg(provider->id)
                   : tr("Remove the provider %1?").arg(provider->id))
        != QMessageBox::Yes) {
        return;
    }
    const QString id = provider->id;
    // An orphaned key (its provider already gone) has nothing in the registry to remove.
    if (m_registry.provider(id)) {
        if (const auto error = m_registry.removeCustom(id)) {
            showMessage(*error, true);
            return;
        }
    }
    const auto finish = [this, id] {
        buildProviderList();
        if (m_list->topLevelItemCount() > 0 && currentProvider().isEmpty()) {
            m_list->setCurrentItem(m_list->topLevelItem(0));
        }
        showMessage(tr("%1 is removed.").arg(id), false);
    };
    if (!hasKey) {
        finish();
        return;
    }
    m_keys.remove(id, this, [this, id, finish](const SecretResult &result) {
        finish();
        if (!result.ok()) {
            showMessage(tr("%1 is removed, but its key could not be removed: %2").arg(id, result.message), true);
        }
    });
}

void ProvidersPage::saveBaseUrl()
{
    const auto provider = providerFor(currentProvider());
    if (!provider || provider->baseUrl.isEmpty()) {
        return;
    }
    const QString text = m_baseUrl->text().trimmed();
    const QUrl url = text.isEmpty() ? QUrl() : QUrl::fromUserInput(text);
    if (url == provider->baseUrl) {
        return;
    }
    if (const auto error = m_registry.setBaseUrl(provider->id, url)) {
        showMessage(*error, true);
        return;
    }
    showMessage(tr("The base URL of %1 is saved.").arg(provider->displayName), false);
    buildProviderList();
}

void ProvidersPage::testProvider()
{
    const auto provider = providerFor(currentProvider());
    if (!provider || !m_catalog) {
        return;
    }
    m_testing = provider->id;
    m_test->setEnabled(false);
    m_models->clear();
    m_models->hide();
    showMessage(tr("Asking %1 for its models…").arg(provider->displayName), false);
    m_catalog->load(*provider, true);
}

void ProvidersPage::showTestResult(const CatalogEntry &entry)
{
    if (entry.providerId != m_testing) {
        return;
    }
    m_testing.clear();
    const auto provider = providerFor(entry.providerId);
    const QString name = provider ? provider->displayName : entry.providerId;
    if (entry.status != CatalogEntry::Status::Ok) {
        showMessage(tr("The test failed: %1").arg(entry.message), true);
    } else {
        showMessage(entry.models.isEmpty() ? tr("%1 answered, but lists no models.").arg(name)
                                           : tr("%1 answered with these models:").arg(name),
            false);
        for (const ModelInfo &model : entry.models) {
            m_models->addItem(model.id);
        }
        m_models->setVisible(!entry.models.isEmpty());
    }
    showCurrent();
}

void ProvidersPage::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    // Errors in red, readable on light and dark palettes alike; otherwise the palette's own text colour.
    m_message->setStyleSheet(isError ? QStringLiteral("color: #e01b24;") : QString());
    m_message->setProperty("isError", isError);
}

void ProvidersPage::pasteKey()
{
    m_keyEdit->clear();
    m_keyEdit->paste();
    m_keyEdit->setFocus();
}

void ProvidersPage::saveKey()
{
    const QString providerId = currentProvider();
    const QString key = m_keyEdit->text().trimmed();
    if (providerId.isEmpty() || key.isEmpty()) {
        return;
    }
    m_save->setEnabled(false);
    showMessage(tr("Saving…"), false);
    m_keys.write(providerId, key, this, [this, providerId, key](const SecretResult &result) {
        if (result.ok()) {
            m_keyEdit->clear();
            showMessage(tr("The key for %1 is saved in the system keychain.").arg(providerId), false);
            return;
        }
        if (!result.keychainUnavailable()) {
            showMessage(tr("The key was not saved: %1").arg(result.message), true);
            showCurrent();
            return;
        }
        const int choice = MessageBox::choose(this, QMessageBox::Warning, tr("Keychain Not Available"),
            tr("The key for %1 could not be saved in the system keychain.\n\n%2\n\nConfer never writes keys to a "
               "file. You can keep this key for this session only (it is forgotten when Confer quits), or cancel, "
               "fix the keychain and save the key again.")
                .arg(providerId, result.message),
            {tr("Keep for This Session Only"), tr("Cancel")});
        if (choice == 0) {
            m_keys.keepForSession(providerId, key);
            m_keyEdit->clear();
            showMessage(tr("The key for %1 is kept for this session only.").arg(providerId), false);
        } else {
            showMessage(tr("The key was not saved: %1").arg(result.message), true);
            showCurrent();
        }
    });
}

void ProvidersPage::removeKey()
{
    const QString providerId = currentProvider();
    if (providerId.isEmpty()) {
        return;
    }
    if (MessageBox::question(this, tr("Remove Key"), tr("Remove the API key for %1?").arg(providerId))
        != QMessageBox::Yes) {
        return;
    }
    m_keys.remove(providerId, this, [this, providerId](const SecretResult &result) {
        if (result.ok()) {
            showMessage(tr("The key for %1 is removed.").arg(providerId), false);
        } else {
            showMessage(tr("The key could not be removed: %1").arg(result.message), true);
        }
    });
}

void ProvidersPage::copyKey()
{
    const QString providerId = currentProvider();
    m_keys.read(providerId, this, [this, providerId](const SecretResult &result) {
        if (!result.ok()) {
            showMessage(tr("The key could not be read: %1").arg(result.message), true);
            return;
        }
        auto *copied = new QMimeData;
        copied->setText(result.secret);
        // Clipboard managers (Klipper and others) leave data marked like this out of their history.
        copied->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
        QGuiApplication::clipboard()->setMimeData(copied);
        m_copied = copied;
        showMessage(tr("The key for %1 is on the clipboard for 30 seconds.").arg(providerId), false);
        QTimer::singleShot(m_clipboardClearDelay, this, [this, copied] {
            // Clear only what Confer put there; the user may have copied something else since.
            if (m_copied == copied && QGuiApplication::clipboard()->mimeData() == copied) {
                QGuiApplication::clipboard()->clear();
            }
        });
    });
}

}
