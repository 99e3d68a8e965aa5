#pragma once

#include <QtGlobal>

class QWidget;

namespace Confer
{

namespace Store
{
class ConversationStore;
}

// File › Export… and the conversation list's Export…: asks where (the suffix
// picks Markdown, HTML, JSON or PDF) and writes the transcript there, whole or
// not at all. Problems are shown in plain words. Returns the path written, or
// an empty string when cancelled or failed.
QString exportConversation(QWidget *parent, Store::ConversationStore &store, qint64 conversationId);

}
