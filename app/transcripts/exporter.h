#pragma once

#include "transcripts/transcript.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Confer::Transcripts
{

// One conversation as the bytes of a transcript file, the same for the command
// line and the window. PDF needs a QGuiApplication.
QByteArray renderConversation(
    const Store::ConversationData &data, Format format, qint64 exportedAt, const ExportOptions &options = {});

// The format a file name's suffix asks for ("md", "html", "json", "pdf"), if any.
std::optional<Format> formatForSuffix(const QString &suffix);

}
