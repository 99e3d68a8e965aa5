#include "conversations/conversationexport.h"

#include "common/filedialog.h"
#include "common/messagebox.h"
#include "store/conversationstore.h"
#include "transcripts/exporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace Confer
{

namespace
{
// lupdate files these tr() calls under the enclosing namespace, "Confer".
QString tr(const char *text)
{
    return QCoreApplication::translate("Confer", text);
}

// A file name from the title: no path separators or characters Windows refuses.
QString suggestedName(const QString &title)
{
    QString name = title;
    name.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|\x00-\x1f]+)")), QStringLiteral(" "));
    name = name.simplified().left(80);
    return name.isEmpty() ? tr("Conversation") : name;
}
}

QString exportConversation(QWidget *parent, Store::ConversationStore &store, qint64 conversationId)
{
    const auto data = store.load(conversationId);
    if (!data) {
        MessageBox::warning(parent, tr("Export Failed"),
            tr("The conversation could not be read from the history: %1").arg(store.lastError().message));
        return {};
    }
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString filters = QStringList {tr("Markdown (*.md)"), tr("Web page (*.html)"), tr("PDF document (*.pdf)"),
        tr("Confer JSON, for importing again (*.json)")}
                                .join(QStringLiteral(";;"));
    QString path = FileDialog::saveFileName(parent, tr("Export Conversation"),
        QDir(documents).filePath(suggestedName(data->conversation.title) + QStringLiteral(".md")), filters);
    if (path.isEmpty()) {
        return {};
    }
    auto format = Transcripts::formatForSuffix(QFileInfo(path).suffix());
    if (!format) {
        path += QStringLiteral(".md");
        format = Transcripts::Format::Markdown;
    }
    const QByteArray bytes = Transcripts::renderConversation(*data, *format, store.now());
    // QSaveFile: a failed export never leaves half a file, nor replaces a good one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        MessageBox::warning(parent, tr("Export Failed"),
            tr("The conversation could not be written to %1: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
        return {};
    }
    return path;
}

}
