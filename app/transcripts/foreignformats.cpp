// Importer::parseChatGpt and Importer::parseClaude: the data exports of
// ChatGPT (conversations.json with a `mapping` message tree) and Claude
// (conversations.json with a linear `chat_messages` list).
#include "transcripts/importer.h"
#include "transcripts/jsonformat.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace Confer::Transcripts
{

using namespace Store;

namespace
{

constexpr qint64 LaneKey = 1;

qint64 secondsToMs(const QJsonValue &value, qint64 fallback)
{
    return value.isDouble() ? qint64(value.toDouble() * 1000.0) : fallback;
}

// The visible text of a ChatGPT message's content, and its reasoning.
void chatGptText(const QJsonObject &content, QString *text, QString *reasoning)
{
    const QString type = content.value(QStringLiteral("content_type")).toString();
    if (type == QLatin1String("thoughts")) {
        QStringList thoughts;
        for (const QJsonValue thought : content.value(QStringLiteral("thoughts")).toArray()) {
            const QString summary = thought.toObject().value(QStringLiteral("summary")).toString();
            const QString body = thought.toObject().value(QStringLiteral("content")).toString();
            thoughts.append(summary.isEmpty() ? body : summary + QStringLiteral("\n") + body);
        }
        *reasoning = thoughts.join(QStringLiteral("\n\n"));
        return;
    }
    if (type == QLatin1String("code")) {
        *text = QStringLiteral("```\n") + content.value(QStringLiteral("text")).toString() + QStringLiteral("\n```");
        return;
    }
    if (type != QLatin1String("text") && type != QLatin1String("multimodal_text")) {
        return; // browsing displays, recaps, system context: not conversation text
    }
    QStringList parts;
    for (const QJsonValue part : content.value(QStringLiteral("parts")).toArray()) {
        if (part.isString() && !part.toString().isEmpty()) {
            parts.append(part.toString());
        }
    }
    *text = parts.join(QStringLiteral("\n\n"));
}

}

std::optional<QList<ImportedConversation>> Importer::parseChatGpt(const QJsonArray &root, QString *error)
{
    QList<ImportedConversation> result;
    for (qsizetype i = 0; i < root.size(); ++i) {
        const QString path = QStringLiteral("[%1]").arg(i);
        const QJsonObject object = root.at(i).toObject();
        const QJsonValue mappingValue = object.value(QStringLiteral("mapping"));
        if (!mappingValue.isObject()) {
            *error = tr("%1.mapping: missing or not an object").arg(path);
            return std::nullopt;
        }
        QString sourceId = object.value(QStringLiteral("conversation_id")).toString();
        if (sourceId.isEmpty()) {
            sourceId = object.value(QStringLiteral("id")).toString();
        }
        if (sourceId.isEmpty()) {
            *error = tr("%1.id: missing").arg(path);
            return std::nullopt;
        }
        const QJsonObject mapping = mappingValue.toObject();
        ImportedConversation conversation;
        conversation.source = QStringLiteral("chatgpt");
        conversation.sourceId = sourceId;
        Conversation &c = conversation.data.conversation;
        c.title = object.value(QStringLiteral("title")).toString();
        c.createdAt = secondsToMs(object.value(QStringLiteral("create_time")), 0);
        c.updatedAt = secondsToMs(object.value(QStringLiteral("update_time")), c.createdAt);
        c.archived = object.value(QStringLiteral("is_archived")).toBool();

        // Depth-first from the roots, so parents are stored before children.
        struct Step {
            QString node;
            std::optional<qint64> turn; // nearest prompt above
            std::optional<qint64> reply; // reply being continued since that prompt
            QString pendingReasoning;
        };
        QList<Step> stack;
        for (auto it = mapping.begin(); it != mapping.end(); ++it) {
            const QJsonValue parent = it.value().toObject().value(QStringLiteral("parent"));
            if (parent.isNull() || parent.isUndefined() || !mapping.contains(parent.toString())) {
                stack.append({it.key(), std::nullopt, std::nullopt, QString()});
            }
        }
        if (stack.isEmpty() && !mapping.isEmpty()) {
            *error = tr("%1.mapping: the message tree has no root").arg(path);
            return std::nullopt;
        }
        QHash<QString, qint64> keyOfNode;
        QHash<qint64, qsizetype> indexOfKey;
        QString firstModel;
        qint64 nextKey = 1;
        int visited = 0;
        QList<Message> &messages = conversation.data.messages;
        while (!stack.isEmpty()) {
            Step step = stack.takeLast();
            if (++visited > mapping.size()) {
                *error = tr("%1.mapping: the message tree has a cycle").arg(path);
                return std::nullopt;
            }
            const QJsonObject node = mapping.value(step.node).toObject();
            const QJsonObject message = node.value(QStringLiteral("message")).toObject();
            const QString role
                = message.value(QStringLiteral("author")).toObject().value(QStringLiteral("role")).toString();
            const bool hidden = message.value(QStringLiteral("metadata"))
                                    .toObject()
                                    .value(QStringLiteral("is_visually_hidden_from_conversation"))
                                    .toBool();
            QString text;
            QString reasoning;
            if (!message.isEmpty() && !hidden) {
                chatGptText(message.value(QStringLiteral("content")).toObject(), &text, &reasoning);
            }
            const qint64 time = secondsToMs(message.value(QStringLiteral("create_time")), c.createdAt);
            if (role == QLatin1String("user") && !text.isEmpty()) {
                Message m;
                m.id = nextKey++;
                m.role = MessageRole::User;
                m.parentId = step.turn;
                m.content = text;
                m.createdAt = time;
                keyOfNode.insert(step.node, m.id);
                indexOfKey.insert(m.id, messages.size());
                messages.append(m);
                step.turn = m.id;
                step.reply.reset();
                step.pendingReasoning.clear();
            } else if (role == QLatin1String("assistant") && step.turn) {
                step.pendingReasoning += reasoning;
                if (!text.isEmpty()) {
                    const QString slug = message.value(QStringLiteral("metadata"))
                                             .toObject()
                                             .value(QStringLiteral("model_slug"))
                                             .toString();
                    if (step.reply) {
                        // Continued after a tool call: the same answer.
                        Message &m = messages[indexOfKey.value(*step.reply)];
                        m.content += QStringLiteral("\n\n") + text;
                        m.reasoning += step.pendingReasoning;
                    } else {
                        Message m;
                        m.id = nextKey++;
                        m.role = MessageRole::Assistant;
                        m.parentId = step.turn;
                        m.laneId = LaneKey;
                        m.content = text;
                        m.reasoning = step.pendingReasoning;
                        m.model = slug.isEmpty() ? QStringLiteral("openai/chatgpt") : QStringLiteral("openai/") + slug;
                        m.metrics.answeredModel = slug;
                        m.createdAt = time;
                        if (firstModel.isEmpty() && !slug.isEmpty()) {
                            firstModel = m.model;
                        }
                        indexOfKey.insert(m.id, messages.size());
                        messages.append(m);
                        step.reply = m.id;
                    }
                    keyOfNode.insert(step.node, *step.reply);
                    step.pendingReasoning.clear();
                }
            }
            const QJsonArray children = node.value(QStringLiteral("children")).toArray();
            for (qsizetype k = children.size() - 1; k >= 0; --k) {
                const QString child = children.at(k).toString();
                if (!mapping.contains(child)) {
                    *error = tr("%1.mapping.%2.children[%3]: refers to a missing node").arg(path, step.node).arg(k);
                    return std::nullopt;
                }
                stack.append({child, step.turn, step.reply, step.pendingReasoning});
            }
        }

        Lane lane;
        lane.id = LaneKey;
        lane.model = firstModel.isEmpty() ? QStringLiteral("openai/chatgpt") : firstModel;
        conversation.data.lanes.append(lane);

        // The branch ChatGPT showed last (current_node) becomes the active one.
        QSet<qint64> onPath;
        for (QString node = object.value(QStringLiteral("current_node")).toString(); mapping.contains(node);) {
            if (keyOfNode.contains(node)) {
                onPath.insert(keyOfNode.value(node));
            }
            node = mapping.value(node).toObject().value(QStringLiteral("parent")).toString();
            if (onPath.size() > mapping.size()) {
                break;
            }
        }
        // Per prompt, the active reply: the one on that branch, else the last one.
        QHash<qint64, qint64> chosenReply;
        for (const Message &m : std::as_const(messages)) {
            if (m.role == MessageRole::User) {
                if (onPath.isEmpty() || onPath.contains(m.id)) {
                    c.activeLeafId = m.id;
                }
            } else if (onPath.contains(m.id) || !onPath.contains(chosenReply.value(*m.parentId, -1))) {
                chosenReply.insert(*m.parentId, m.id);
            }
        }
        for (Message &m : messages) {
            if (m.role == MessageRole::Assistant) {
                m.active = chosenReply.value(*m.parentId) == m.id;
            }
        }
        result.append(conversation);
    }
    return result;
}

std::optional<QList<ImportedConversation>> Importer::parseClaude(const QJsonArray &root, QString *error)
{
    QList<ImportedConversation> result;
    for (qsizetype i = 0; i < root.size(); ++i) {
        const QString path = QStringLiteral("[%1]").arg(i);
        const QJsonObject object = root.at(i).toObject();
        const QJsonValue list = object.value(QStringLiteral("chat_messages"));
        if (!list.isArray()) {
            *error = tr("%1.chat_messages: missing or not an array").arg(path);
            return std::nullopt;
        }
        ImportedConversation conversation;
        conversation.source = QStringLiteral("claude");
        conversation.sourceId = object.value(QStringLiteral("uuid")).toString();
        if (conversation.sourceId.isEmpty()) {
            *error = tr("%1.uuid: missing").arg(path);
            return std::nullopt;
        }
        Conversation &c = conversation.data.conversation;
        c.title = object.value(QStringLiteral("name")).toString();
        const auto created = JsonFormat::parseTime(object.value(QStringLiteral("created_at")));
        if (!created) {
            *error = tr("%1.created_at: missing or not an ISO 8601 time").arg(path);
            return std::nullopt;
        }
        c.createdAt = *created;
        c.updatedAt = JsonFormat::parseTime(object.value(QStringLiteral("updated_at"))).value_or(c.createdAt);

        Lane lane;
        lane.id = LaneKey;
        lane.model = QStringLiteral("anthropic/claude");
        conversation.data.lanes.append(lane);

        QList<Message> &messages = conversation.data.messages;
        std::optional<qint64> turn;
        std::optional<qsizetype> replyIndex;
        const QJsonArray items = list.toArray();
        for (qsizetype j = 0; j < items.size(); ++j) {
            const QString where = path + QStringLiteral(".chat_messages[%1]").arg(j);
            const QJsonObject item = items.at(j).toObject();
            const QString sender = item.value(QStringLiteral("sender")).toString();
            if (sender != QLatin1String("human") && sender != QLatin1String("assistant")) {
                *error = tr("%1.sender: must be \"human\" or \"assistant\"").arg(where);
                return std::nullopt;
            }
            QStringList texts;
            QStringList thoughts;
            for (const QJsonValue block : item.value(QStringLiteral("content")).toArray()) {
                const QJsonObject b = block.toObject();
                const QString type = b.value(QStringLiteral("type")).toString();
                if (type == QLatin1String("text") && !b.value(QStringLiteral("text")).toString().isEmpty()) {
                    texts.append(b.value(QStringLiteral("text")).toString());
                } else if (type == QLatin1String("thinking")) {
                    thoughts.append(b.value(QStringLiteral("thinking")).toString());
                }
            }
            QString text = texts.join(QStringLiteral("\n\n"));
            if (text.isEmpty()) {
                text = item.value(QStringLiteral("text")).toString();
            }
            const qint64 time = JsonFormat::parseTime(item.value(QStringLiteral("created_at"))).value_or(c.createdAt);
            if (sender == QLatin1String("human")) {
                Message m;
                m.id = messages.size() + 1;
                m.role = MessageRole::User;
                m.parentId = turn;
                m.content = text;
                m.createdAt = time;
                messages.append(m);
                turn = m.id;
                c.activeLeafId = m.id;
                replyIndex.reset();
            } else if (turn) {
                if (replyIndex) {
                    Message &m = messages[*replyIndex];
                    m.content += QStringLiteral("\n\n") + text;
                    continue;
                }
                Message m;
                m.id = messages.size() + 1;
                m.role = MessageRole::Assistant;
                m.parentId = turn;
                m.laneId = LaneKey;
                m.model = lane.model;
                m.content = text;
                m.reasoning = thoughts.join(QStringLiteral("\n\n"));
                m.createdAt = time;
                replyIndex = messages.size();
                messages.append(m);
            }
        }
        result.append(conversation);
    }
    return result;
}

}
