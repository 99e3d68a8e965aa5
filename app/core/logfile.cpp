#include "core/logfile.h"

#include <QDateTime>
#include <QFile>
#include <QMutex>

namespace Confer::LogFile
{

namespace
{
constexpr qint64 RotateAtBytes = 1024 * 1024;

QMutex s_mutex;
QFile *s_file = nullptr;
QtMessageHandler s_previous = nullptr;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "unknown";
}

bool worthKeeping(QtMsgType type, const char *category)
{
    if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg) {
        return true;
    }
    return type == QtInfoMsg && category && qstrncmp(category, "confer.", 7) == 0;
}

void rotateIfLarge()
{
    if (s_file->size() < RotateAtBytes) {
        return;
    }
    const QString path = s_file->fileName();
    s_file->close();
    QFile::remove(path + QStringLiteral(".1"));
    QFile::rename(path, path + QStringLiteral(".1"));
    s_file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (worthKeeping(type, context.category)) {
        QMutexLocker locker(&s_mutex);
        if (s_file && s_file->isOpen()) {
            const QByteArray line = QDateTime::currentDateTime().toString(Qt::ISODateWithMs).toUtf8() + ' '
                + levelName(type) + ' ' + (context.category ? context.category : "default") + ": " + message.toUtf8()
                + '\n';
            s_file->write(line);
            s_file->flush();
            rotateIfLarge();
        }
    }
    if (s_previous) {
        s_previous(type, context, message);
    }
}
}

bool install(const QString &path)
{
    QMutexLocker locker(&s_mutex);
    if (s_file) {
        return s_file->isOpen();
    }
    s_file = new QFile(path);
    if (!s_file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        delete s_file;
        s_file = nullptr;
        return false;
    }
    s_previous = qInstallMessageHandler(handleMessage);
    return true;
}

void uninstall()
{
    QMutexLocker locker(&s_mutex);
    if (!s_file) {
        return;
    }
    qInstallMessageHandler(s_previous);
    s_previous = nullptr;
    delete s_file;
    s_file = nullptr;
}

}
