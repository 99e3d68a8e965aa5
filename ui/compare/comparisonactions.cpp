#include "compare/comparisonactions.h"

#include "compare/derivedreplydialog.h"
#include "compare/diffdialog.h"

namespace Confer::CompareActions
{

namespace
{

DerivedReplyDialog *showDerived(DerivedReplyDialog::Task task, QWidget *parent, DerivedReplyRunner &runner,
    ProviderServices &services, Store::ConversationStore &store, qint64 turnId)
{
    auto *dialog = new DerivedReplyDialog(task, runner, services, store, turnId, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

}

DerivedReplyDialog *showSynthesize(QWidget *parent, DerivedReplyRunner &runner, ProviderServices &services,
    Store::ConversationStore &store, qint64 turnId)
{
    return showDerived(DerivedReplyDialog::Task::Synthesize, parent, runner, services, store, turnId);
}

DerivedReplyDialog *showJudge(QWidget *parent, DerivedReplyRunner &runner, ProviderServices &services,
    Store::ConversationStore &store, qint64 turnId)
{
    return showDerived(DerivedReplyDialog::Task::Judge, parent, runner, services, store, turnId);
}

DiffDialog *showDiff(
    QWidget *parent, Store::ConversationStore &store, qint64 turnId, const QHash<qint64, QString> &laneLabels)
{
    auto *dialog = new DiffDialog(store, turnId, laneLabels, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

}
