#include "settings/preferencepages.h"

#include "core/translations.h"
#include "secrets/apikeystore.h"
#include "settings/settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace Confer
{

namespace
{
void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

QComboBox *settingCombo(Settings &settings, Settings::Key key, const QList<QPair<QString, QString>> &choices,
    const char *objectName, QWidget *context)
{
    auto *combo = new QComboBox;
    combo->setObjectName(QLatin1String(objectName));
    for (const auto &[label, value] : choices) {
        combo->addItem(label, value);
    }
    selectData(combo, settings.value(key));
    QObject::connect(combo, &QComboBox::currentIndexChanged, context,
        [&settings, key, combo] { settings.setValue(key, combo->currentData()); });
    return combo;
}

QSpinBox *settingSpin(
    Settings &settings, Settings::Key key, int minimum, int maximum, const char *objectName, QWidget *context)
{
    auto *spin = new QSpinBox;
    spin->setObjectName(QLatin1String(objectName));
    spin->setRange(minimum, maximum);
    spin->setValue(settings.value(key).toInt());
    QObject::connect(
        spin, &QSpinBox::valueChanged, context, [&settings, key](int value) { settings.setValue(key, value); });
    return spin;
}

QLineEdit *settingLine(Settings &settings, Settings::Key key, const char *objectName, QWidget *context)
{
    auto *line = new QLineEdit(settings.value(key).toString());
    line->setObjectName(QLatin1String(objectName));
    QObject::connect(line, &QLineEdit::editingFinished, context,
        [&settings, key, line] { settings.setValue(key, line->text().trimmed()); });
    return line;
}
}

DefaultsPage::DefaultsPage(Settings &settings, QWidget *parent)
    : QWidget(parent)
{
    auto *models = new QLineEdit(settings.defaultModels().join(QStringLiteral(", ")));
    models->setObjectName(QStringLiteral("defaultModels"));
    models->setPlaceholderText(tr("for example openai/gpt-4.1, anthropic/claude-sonnet-4"));
    connect(models, &QLineEdit::editingFinished, this, [&settings, models] {
        QStringList list;
        for (const QString &model : models->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!model.trimmed().isEmpty()) {
                list << model.trimmed();
            }
        }
        settings.setValue(Settings::Key::DefaultModels, list);
    });

    auto *prompt = new QPlainTextEdit(settings.systemPrompt());
    prompt->setObjectName(QStringLiteral("systemPrompt"));
    prompt->setPlaceholderText(tr("No system prompt"));
    connect(prompt, &QPlainTextEdit::textChanged, this,
        [&settings, prompt] { settings.setValue(Settings::Key::SystemPrompt, prompt->toPlainText()); });

    auto *useTemperature = new QCheckBox(tr("Set"));
    useTemperature->setObjectName(QStringLiteral("useTemperature"));
    auto *temperature = new QDoubleSpinBox;
    temperature->setObjectName(QStringLiteral("temperature"));
    temperature->setRange(0.0, 2.0);
    temperature->setSingleStep(0.1);
    temperature->setDecimals(2);
    useTemperature->setChecked(settings.temperature().has_value());
    temperature->setValue(settings.temperature().value_or(1.0));
    temperature->setEnabled(useTemperature->isChecked());
    const auto storeTemperature = [&settings, useTemperature, temperature] {
        temperature->setEnabled(useTemperature->isChecked());
        settings.setTemperature(
            useTemperature->isChecked() ? std::optional<double>(temperature->value()) : std::nullopt);
    };
    connect(useTemperature, &QCheckBox::toggled, this, storeTemperature);
    connect(temperature, &QDoubleSpinBox::valueChanged, this, storeTemperature);
    auto *temperatureRow = new QHBoxLayout;
    temperatureRow->addWidget(useTemperature);
    temperatureRow->addWidget(temperature, 1);

    QSpinBox *maxTokens = settingSpin(settings, Settings::Key::MaxOutputTokens, 0, 1'000'000, "maxOutputTokens", this);
    maxTokens->setSpecialValueText(tr("Provider default"));
    maxTokens->setSingleStep(256);

    auto *layout = new QFormLayout(this);
    layout->addRow(new QLabel(tr("New conversations start with these settings.")));
    layout->addRow(tr("&Models:"), models);
    layout->addRow(tr("&System prompt:"), prompt);
    // A row of two widgets gets no buddy from the form, and without one the label shows its "&".
    auto *temperatureLabel = new QLabel(tr("&Temperature:"));
    temperatureLabel->setBuddy(useTemperature);
    layout->addRow(temperatureLabel, temperatureRow);
    layout->addRow(tr("Maximum &output tokens:"), maxTokens);

    // Shared context: each turn continues from one kept reply, which the user picks unless this is on.
    auto *keepFirst = new QCheckBox(tr("In shared comparisons, &keep the first finished reply instead of asking"));
    keepFirst->setObjectName(QStringLiteral("keepFirstFinished"));
    keepFirst->setChecked(settings.value(Settings::Key::KeepFirstFinished).toBool());
    connect(keepFirst, &QCheckBox::toggled, this,
        [&settings](bool on) { settings.setValue(Settings::Key::KeepFirstFinished, on); });
    layout->addRow(keepFirst);
}

AppearancePage::AppearancePage(Settings &settings, QWidget *parent)
    : QWidget(parent)
{
    QComboBox *scheme = settingCombo(settings, Settings::Key::ColorScheme,
        {{tr("Follow the system"), QStringLiteral("system")}, {tr("Light"), QStringLiteral("light")},
            {tr("Dark"), QStringLiteral("dark")}},
        "colorScheme", this);
    QSpinBox *fontSize = settingSpin(settings, Settings::Key::FontSize, 0, 48, "fontSize", this);
    fontSize->setSpecialValueText(tr("System font size"));
    fontSize->setSuffix(tr(" pt"));
    QComboBox *send = settingCombo(settings, Settings::Key::SendShortcut,
        {{tr("Enter sends, Shift+Enter adds a line"), QStringLiteral("enter")},
            {tr("Ctrl+Enter sends, Enter adds a line"), QStringLiteral("ctrl+enter")}},
        "sendShortcut", this);

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Colour scheme:"), scheme);
    layout->addRow(tr("&Font size:"), fontSize);
    layout->addRow(tr("&Sending:"), send);
}

NetworkPage::NetworkPage(Settings &settings, ApiKeyStore &keys, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_keys(keys)
{
    m_mode = settingCombo(settings, Settings::Key::ProxyMode,
        {{tr("Use the system's proxy settings"), QStringLiteral("system")}, {tr("No proxy"), QStringLiteral("none")},
            {tr("HTTP proxy"), QStringLiteral("http")}, {tr("SOCKS5 proxy"), QStringLiteral("socks5")}},
        "proxyMode", this);
    m_host = settingLine(settings, Settings::Key::ProxyHost, "proxyHost", this);
    m_port = settingSpin(settings, Settings::Key::ProxyPort, 1, 65535, "proxyPort", this);
    m_user = settingLine(settings, Settings::Key::ProxyUser, "proxyUser", this);
    m_user->setPlaceholderText(tr("none"));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("proxyPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Enter to save in the system keychain"));
    connect(m_password, &QLineEdit::returnPressed, this, &NetworkPage::savePassword);
    m_passwordStatus = new QLineEdit;
    m_passwordStatus->setObjectName(QStringLiteral("proxyPasswordStatus"));
    m_passwordStatus->setReadOnly(true);
    m_passwordStatus->setFrame(false);

    QSpinBox *timeout = settingSpin(settings, Settings::Key::InactivityTimeout, 5, 3600, "inactivityTimeout", this);
    timeout->setSuffix(tr(" s"));
    timeout->setToolTip(tr("A request is given up when no data arrives for this long."));

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Proxy:"), m_mode);
    layout->addRow(tr("&Host:"), m_host);
    layout->addRow(tr("P&ort:"), m_port);
    layout->addRow(tr("&User:"), m_user);
    layout->addRow(tr("Pass&word:"), m_password);
    layout->addRow(QString(), m_passwordStatus);
    layout->addRow(tr("&Inactivity timeout:"), timeout);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &NetworkPage::updateEnabled);
    updateEnabled();
}

void NetworkPage::updateEnabled()
{
    const bool manual
        = m_settings.proxyMode() == Settings::ProxyMode::Http || m_settings.proxyMode() == Settings::ProxyMode::Socks5;
    for (QWidget *widget : std::initializer_list<QWidget *> {m_host, m_port, m_user, m_password}) {
        widget->setEnabled(manual);
    }
}

void NetworkPage::savePassword()
{
    const QString password = m_password->text();
    const QString entry = ApiKeyStore::proxyPasswordEntry(m_keys.scopeId());
    const auto done = [this](const SecretResult &result) {
        if (result.ok()) {
            m_password->clear();
            m_passwordStatus->setText(tr("Saved in the system keychain."));
            Q_EMIT passwordChanged();
        } else {
            m_passwordStatus->setText(tr("Not saved: %1").arg(result.message));
        }
    };
    if (password.isEmpty()) {
        m_keys.keychain().remove(entry, this, done);
    } else {
        m_keys.keychain().write(entry, password, this, done);
    }
}

LanguagePage::LanguagePage(Settings &settings, QWidget *parent)
    : QWidget(parent)
{
    QList<QPair<QString, QString>> choices {
        {tr("Follow the system"), QString()}, {QStringLiteral("English"), QStringLiteral("en")}};
    for (const QString &code : Translations::available()) {
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty()) {
            name[0] = name[0].toUpper();
        }
        choices.append({name.isEmpty() ? code : name, code});
    }
    QComboBox *language = settingCombo(settings, Settings::Key::Language, choices, "language", this);
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Language:"), language);
    auto *note = new QLabel(tr("The window changes language at once."));
    note->setWordWrap(true);
    layout->addRow(note);
}

}
