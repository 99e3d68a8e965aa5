#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Confer
{

class ApiKeyStore;
class Settings;

// The Settings window's pages other than Providers. Each writes a change to
// Settings as soon as it is made; whoever listens to Settings::changed applies it.

class DefaultsPage : public QWidget
{
    Q_OBJECT

public:
    explicit DefaultsPage(Settings &settings, QWidget *parent = nullptr);
};

class AppearancePage : public QWidget
{
    Q_OBJECT

public:
    explicit AppearancePage(Settings &settings, QWidget *parent = nullptr);
};

class NetworkPage : public QWidget
{
    Q_OBJECT

public:
    NetworkPage(Settings &settings, ApiKeyStore &keys, QWidget *parent = nullptr);

Q_SIGNALS:
    // The proxy password in the keychain was saved or removed.
    void passwordChanged();

private:
    void updateEnabled();
    void savePassword();

    Settings &m_settings;
    ApiKeyStore &m_keys;
    QComboBox *m_mode = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_passwordStatus = nullptr;
};

class LanguagePage : public QWidget
{
    Q_OBJECT

public:
    explicit LanguagePage(Settings &settings, QWidget *parent = nullptr);
};

}
