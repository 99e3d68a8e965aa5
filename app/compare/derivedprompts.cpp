#include "compare/derivedprompts.h"

#include "store/conversationstore.h"

#include <QCoreApplication>

#include <algorithm>

namespace Confer::Compare
{

namespace
{

QString tr(const char *text)
{
    return QCoreApplication::translate("Confer::Compare", text);
}

// Long texts keep their beginning and their end, where answers usually state what matters.
QString shortened(const QString &text, qsizetype limit)
{
    if (text.size() <= limit) {
        return text;
    }
    const qsizetype head = limit * 2 / 3;
    const qsizetype tail = limit - head;
    return text.left(head).trimmed() + QStringLiteral(" […] ") + text.right(tail).trimmed();
}

bool isCutOff(const Store::Message &reply)
{
    return reply.status == Store::MessageStatus::Cancelled || reply.status == Store::MessageStatus::Interrupted;
}

// The lane replies of a turn that may be shown to a model, in lane order.
QList<Store::Message> usableReplies(
    const Store::ConversationData &data, qint64 turnId, const QHash<qint64, int> &lanePosition)
{
    QList<Store::Message> replies;
    for (const Store::Message &message : data.messages) {
        if (message.role == Store::MessageRole::Assistant && message.parentId == turnId
            && message.kind == Store::MessageKind::Reply && message.laneId && message.active
            && Store::ConversationStore::usableInHistory(message)) {
            replies.append(message);
        }
    }
    std::stable_sort(replies.begin(), replies.end(), [&lanePosition](const Store::Message &a, const Store::Message &b) {
        return lanePosition.value(*a.laneId) < lanePosition.value(*b.laneId);
    });
    return replies;
}

QString labelOf(const Store::Message &reply, const QHash<qint64, QString> &labels)
{
    const QString label = labels.value(reply.laneId.value_or(0));
    return label.isEmpty() ? QStringLiteral("?") : label;
}

// Earlier turns, newest first until the budget is spent, then put back in order.
QString historyText(const Store::ConversationData &data, const Store::Message &turn,
    const QHash<qint64, int> &lanePosition, const QHash<qint64, QString> &labels)
{
    QHash<qint64, const Store::Message *> byId;
    for (const Store::Message &message : data.messages) {
        byId.insert(message.id, &message);
    }
    QList<const Store::Message *> earlier; // newest first
    for (std::optional<qint64> parent = turn.parentId; parent;) {
        const Store::Message *previous = byId.value(*parent);
        if (!previous || previous->role != Store::MessageRole::User) {
            break;
        }
        earlier.append(previous);
        parent = previous->parentId;
    }
    const bool shared = data.conversation.contextMode == Store::ContextMode::Shared;
    QStringList blocks; // newest first
    qsizetype used = 0;
    qsizetype leftOut = 0;
    for (const Store::Message *previous : std::as_const(earlier)) {
        QString block = QStringLiteral("**User:** ") + shortened(previous->content, HistoryMessageLimit);
        const Store::Message *kept = nullptr;
        for (const Store::Message &message : data.messages) {
            if (message.parentId == previous->id && message.role == Store::MessageRole::Assistant && message.chosen
                && Store::ConversationStore::usableInHistory(message)) {
                kept = &message;
            }
        }
        if (shared && kept) {
            block += QStringLiteral("\n\n**Kept answer:** ") + shortened(kept->content, HistoryMessageLimit);
        } else {
            for (const Store::Message &reply : usableReplies(data, previous->id, lanePosition)) {
                block += QStringLiteral("\n\n**Answer %1:** ").arg(labelOf(reply, labels))
                    + shortened(reply.content, HistoryMessageLimit);
            }
        }
        if (used + block.size() > HistoryBudget && !blocks.isEmpty()) {
            leftOut = earlier.size() - blocks.size();
            break;
        }
        used += block.size();
        blocks.append(block);
    }
    if (blocks.isEmpty()) {
        return {};
    }
    std::reverse(blocks.begin(), blocks.end());
    QString text = QStringLiteral("## The conversation so far, for context\n\n");
    if (leftOut > 0) {
        text += QStringLiteral("(%1 earlier turns are left out.)\n\n").arg(leftOut);
    }
    return text + blocks.join(QStringLiteral("\n\n")) + QStringLiteral("\n\n");
}

QString synthesisTask()
{
    return QStringLiteral(
        "Write one answer to the question that brings together the best of these answers: keep what is correct and "
        "useful in each, settle disagreements in favour of what is right (briefly saying so where it matters), leave "
        "out repetition, and use the form that suits the question. Write it as your own direct answer to the user, "
        "in the language of the question. Do not mention the answers, their labels or the models.");
}

QString judgementTask(const QStringList &criteria, const QStringList &labels)
{
    QString list;
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        list += QStringLiteral("%1. %2\n").arg(i + 1).arg(criteria.at(i));
    }
    return QStringLiteral(
        "Judge the answers against these criteria:\n\n%1\n"
        "Score every answer from 1 (poor) to 10 (excellent) on each criterion. Reply in Markdown with, in this "
        "order:\n\n"
        "- a table with one row per answer, named by its label (%2), one column per criterion and a Total "
        "column;\n"
        "- for each answer, one or two sentences on its main strengths and weaknesses;\n"
        "- one last line beginning with \"Verdict:\" that names the best answer and says why.\n\n"
        "Be strict and fair: judge what the answers say, not their length or style, and do not favour an "
        "answer for its place in the list. Write in the language of the question.")
        .arg(list, labels.join(QStringLiteral(", ")));
}

}

QStringList defaultCriteria()
{
    return {tr("correctness"), tr("completeness"), tr("clarity"), tr("concision")};
}

QString laneLetter(int index)
{
    QString letters;
    for (int n = index; n >= 0; n = n / 26 - 1) {
        letters.prepend(QChar(u'A' + n % 26));
    }
    return letters;
}

QHash<qint64, QString> laneLabels(const Store::ConversationData &data)
{
    const bool namesShown = !data.conversation.blind || data.conversation.revealed;
    QHash<qint64, QString> labels;
    for (qsizetype i = 0; i < data.lanes.size(); ++i) {
        const Store::Lane &lane = data.lanes.at(i);
        const QString letter = laneLetter(int(i));
        labels.insert(lane.id, namesShown ? letter + QStringLiteral(" · ") + lane.model : letter);
    }
    return labels;
}

std::optional<DerivedPrompt> derivedPrompt(const Store::ConversationData &data, qint64 turnId, DerivedTask task,
    const QStringList &criteria, QString *error, const QHash<qint64, QString> &labels)
{
    const auto turn = std::find_if(data.messages.cbegin(), data.messages.cend(),
        [turnId](const Store::Message &m) { return m.id == turnId && m.role == Store::MessageRole::User; });
    if (turn == data.messages.cend()) {
        *error = tr("There is no prompt %1 in this conversation.").arg(turnId);
        return std::nullopt;
    }
    QHash<qint64, int> lanePosition;
    for (qsizetype i = 0; i < data.lanes.size(); ++i) {
        lanePosition.insert(data.lanes.at(i).id, int(i));
    }
    const QHash<qint64, QString> names = labels.isEmpty() ? laneLabels(data) : labels;
    const QList<Store::Message> replies = usableReplies(data, turnId, lanePosition);
    if (replies.size() < 2) {
        *error = task == DerivedTask::Synthesis ? tr("A synthesis needs at least two finished replies to this prompt.")
                                                : tr("A judgement needs at least two finished replies to this prompt.");
        return std::nullopt;
    }

    DerivedPrompt prompt;
    QString answers;
    for (const Store::Message &reply : replies) {
        const QString label = labelOf(reply, names);
        prompt.replyIds.append(reply.id);
        prompt.labels.append(label);
        answers += QStringLiteral("<answer label=\"%1\">\n%2\n").arg(label, reply.content.trimmed());
        if (isCutOff(reply)) {
            answers += QStringLiteral("(This answer was cut off before it ended.)\n");
        }
        answers += QStringLiteral("</answer>\n\n");
    }

    const bool synthesis = task == DerivedTask::Synthesis;
    prompt.systemPrompt = synthesis
        ? QStringLiteral("You are a careful expert. You read several AI models' answers to the same question and "
                         "merge them into the one best answer.")
        : QStringLiteral("You are a careful, impartial expert reviewer. You read several AI models' answers to the "
                         "same question and compare them against the criteria you are given.");
    const QStringList used = criteria.isEmpty() ? defaultCriteria() : criteria;
    prompt.message = QStringLiteral("The user asked several AI models the same question. Their answers are below, each "
                                    "under its label.\n\n")
        + historyText(data, *turn, lanePosition, names) + QStringLiteral("## The question\n\n<question>\n")
        + turn->content.trimmed() + QStringLiteral("\n</question>\n\n## The answers\n\n") + answers
        + QStringLiteral("## Your task\n\n") + (synthesis ? synthesisTask() : judgementTask(used, prompt.labels));
    return prompt;
}

}
