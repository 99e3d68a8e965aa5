#pragma once

#include <QObject>

class QSocketNotifier;

namespace Confer
{

// Turns SIGINT, SIGTERM and SIGHUP into a Qt signal, so that Ctrl+C or a
// session logout closes Confer the same way as File › Quit.
class UnixSignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit UnixSignalWatcher(QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

Q_SIGNALS:
    void quitRequested(int signal);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

}
