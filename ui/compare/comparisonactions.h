#pragma once

#include <QHash>

class QWidget;

namespace Confer
{

class DerivedReplyRunner;
class DerivedReplyDialog;
class DiffDialog;
class ProviderServices;

namespace Store
{
class ConversationStore;
}

// What a comparison view opens for a turn: Synthesize…, Judge… and Compare
// two replies…. Each dialog is shown (window-modal for the first two) and
// deletes itself when closed; the pointer is for connecting and testing.
namespace CompareActions
{

DerivedReplyDialog *showSynthesize(QWidget *parent, DerivedReplyRunner &runner, ProviderServices &services,
    Store::ConversationStore &store, qint64 turnId);
DerivedReplyDialog *showJudge(QWidget *parent, DerivedReplyRunner &runner, ProviderServices &services,
    Store::ConversationStore &store, qint64 turnId);
// laneLabels: as DiffDialog takes them (the view's "A", "B"… in blind mode).
DiffDialog *showDiff(
    QWidget *parent, Store::ConversationStore &store, qint64 turnId, const QHash<qint64, QString> &laneLabels = {});

}

}
