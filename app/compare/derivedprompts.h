#pragma once

#include "store/storetypes.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace Confer::Compare
{

// What a model is asked to write about a turn's replies.
enum class DerivedTask { Synthesis, Judgement };

// The request for a synthesis or a judgement: instructions, then one user
// message holding the conversation so far (shortened), the turn's prompt and
// each usable lane reply under its label.
struct DerivedPrompt {
    QString systemPrompt;
    QString message;
    QList<qint64> replyIds; // the replies it presents, in order
    QStringList labels; // their labels, in the same order
};

// The criteria a judgement uses when the user names none (translated).
QStringList defaultCriteria();

// "A", "B", … "Z", "AA", "AB", … for the lane at index (0-based, by position).
QString laneLetter(int index);

// What a reply is called in the prompt: its lane's letter, followed by the
// model when the names may be seen (a blind conversation not revealed shows
// letters only, so the judge is as blind as the user).
QHash<qint64 /*laneId*/, QString> laneLabels(const Store::ConversationData &data);

// At most this many characters of earlier turns go into the prompt; older
// turns are left out first, long messages are cut in the middle.
inline constexpr qsizetype HistoryBudget = 12000;
inline constexpr qsizetype HistoryMessageLimit = 2000;

// The prompt for turnId of data. Failed and still-streaming replies are left
// out, as are older versions of a lane's reply and other syntheses or
// judgements. Nothing (and *error set) when the turn is not in data or fewer
// than two replies are usable. criteria only matter to a judgement; empty
// means defaultCriteria(). labels: by lane id; empty means laneLabels(data).
std::optional<DerivedPrompt> derivedPrompt(const Store::ConversationData &data, qint64 turnId, DerivedTask task,
    const QStringList &criteria, QString *error, const QHash<qint64, QString> &labels = {});

}
