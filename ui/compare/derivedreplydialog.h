#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace Confer
{

class DerivedReplyRunner;
class ProviderServices;

namespace Store
{
class ConversationStore;
}

// Asks which model writes a synthesis of a turn's replies, or a judgement of
// them (and against which criteria), then starts it. A refusal (too few
// finished replies, no key…) is shown in the dialog, which stays open.
class DerivedReplyDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Task { Synthesize, Judge };

    DerivedReplyDialog(Task task, DerivedReplyRunner &runner, ProviderServices &services,
        Store::ConversationStore &store, qint64 turnId, QWidget *parent = nullptr);

    Task task() const { return m_task; }
    QString model() const; // "provider/model", as chosen or typed
    void setModel(const QString &model);
    QStringList criteria() const; // empty for a synthesis

    QComboBox *modelBox() const { return m_model; }
    QListWidget *criteriaList() const { return m_criteria; }
    QPushButton *startButton() const { return m_start; }
    QLabel *errorLabel() const { return m_error; }

    // The models offered: the comparison's own (unless its names are hidden),
    // then every model in the catalog's cached lists.
    static QStringList modelChoices(ProviderServices &services, Store::ConversationStore &store, qint64 turnId);

public Q_SLOTS:
    // Starts it; on success emits started() and closes, else shows why.
    void start();

Q_SIGNALS:
    void started(qint64 replyId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void addCriterion();
    void removeCriterion();
    void resetCriteria();
    void retranslate();

    Task m_task;
    DerivedReplyRunner &m_runner;
    qint64 m_turnId;
    QLabel *m_intro;
    QLabel *m_modelLabel;
    QComboBox *m_model;
    QLabel *m_criteriaLabel = nullptr;
    QListWidget *m_criteria = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_reset = nullptr;
    QLabel *m_error;
    QPushButton *m_start;
    QPushButton *m_cancel;
};

}
