#include "settings/settingsdialog.h"

#include "settings/preferencepages.h"
#include "settings/providerspage.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Confer
{

SettingsDialog::SettingsDialog(
    Settings &settings, ApiKeyStore &keys, ProviderRegistry &registry, ModelCatalog *catalog, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_keys(keys)
    , m_registry(registry)
    , m_catalog(catalog)
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_pageList = new QListWidget;
    m_pageList->setObjectName(QStringLiteral("settingsPageList"));
    m_pageList->setIconSize(QSize(24, 24));
    m_pageList->setFixedWidth(170);
    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("settingsPages"));
    connect(m_pageList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *body = new QHBoxLayout;
    body->addWidget(m_pageList);
    body->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);

    buildPages();
    resize(820, 560);
}

void SettingsDialog::buildPages()
{
    const int current = qMax(0, m_pageList->currentRow());
    setWindowTitle(tr("Configure Confer"));
    m_pageList->clear();
    while (m_pages->count() > 0) {
        QWidget *page = m_pages->widget(0);
        m_pages->removeWidget(page);
        page->deleteLater();
    }

    m_providersPage = new ProvidersPage(m_keys, m_registry, m_catalog);
    m_providersPage->setObjectName(QStringLiteral("providersPage"));
    auto *defaults = new DefaultsPage(m_settings);
    defaults->setObjectName(QStringLiteral("defaultsPage"));
    auto *appearance = new AppearancePage(m_settings);
    appearance->setObjectName(QStringLiteral("appearancePage"));
    auto *network = new NetworkPage(m_settings, m_keys);
    network->setObjectName(QStringLiteral("networkPage"));
    connect(network, &NetworkPage::passwordChanged, this, &SettingsDialog::proxyPasswordChanged);
    auto *language = new LanguagePage(m_settings);
    language->setObjectName(QStringLiteral("languagePage"));

    const QList<std::tuple<QWidget *, QString, const char *>> pages {
        {m_providersPage, tr("Providers"), "network-server"},
        {defaults, tr("Defaults"), "document-new"},
        {appearance, tr("Appearance"), "preferences-desktop-theme"},
        {network, tr("Network"), "preferences-system-network"},
        {language, tr("Language"), "preferences-desktop-locale"},
    };
    for (const auto &[page, title, icon] : pages) {
        m_pages->addWidget(page);
        new QListWidgetItem(QIcon::fromTheme(QLatin1String(icon)), title, m_pageList);
    }
    m_pageList->setCurrentRow(current);
}

void SettingsDialog::showPage(Page page)
{
    m_pageList->setCurrentRow(int(page));
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && !m_rebuildQueued) {
        // Every change is already saved, so the pages are simply built again in the new
        // language; later, because the language may be changing from inside a page's signal.
        m_rebuildQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_rebuildQueued = false;
                buildPages();
            },
            Qt::QueuedConnection);
    }
    QDialog::changeEvent(event);
}

}
