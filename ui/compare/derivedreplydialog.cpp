#include "compare/derivedreplydialog.h"

#include "compare/derivedprompts.h"
#include "compare/derivedreply.h"
#include "providers/providerservices.h"
#include "store/conversationstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Confer
{

DerivedReplyDialog::DerivedReplyDialog(Task task, DerivedReplyRunner &runner, ProviderServices &services,
    Store::ConversationStore &store, qint64 turnId, QWidget *parent)
    : QDialog(parent)
    , m_task(task)
    , m_runner(runner)
    , m_turnId(turnId)
    , m_intro(new QLabel(this))
    , m_modelLabel(new QLabel(this))
    , m_model(new QComboBox(this))
    , m_error(new QLabel(this))
    , m_start(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(task == Task::Synthesize ? QStringLiteral("synthesizeDialog") : QStringLiteral("judgeDialog"));
    m_intro->setWordWrap(true);
    m_model->setEditable(true);
    m_model->setInsertPolicy(QComboBox::NoInsert);
    m_model->addItems(modelChoices(services, store, turnId));
    m_model->setMinimumContentsLength(32);
    m_modelLabel->setBuddy(m_model);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    auto *modelRow = new QHBoxLayout;
    modelRow->addWidget(m_modelLabel);
    modelRow->addWidget(m_model, 1);
    layout->addLayout(modelRow);

    if (task == Task::Judge) {
        m_criteriaLabel = new QLabel(this);
        m_criteria = new QListWidget(this);
        m_add = new QPushButton(this);
        m_remove = new QPushButton(this);
        m_reset = new QPushButton(this);
        m_criteriaLabel->setBuddy(m_criteria);
        m_criteria->setEditTriggers(
            QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
        resetCriteria();
        auto *criteriaButtons = new QHBoxLayout;
        criteriaButtons->addWidget(m_add);
        criteriaButtons->addWidget(m_remove);
        criteriaButtons->addStretch(1);
        criteriaButtons->addWidget(m_reset);
        layout->addWidget(m_criteriaLabel);
        layout->addWidget(m_criteria, 1);
        layout->addLayout(criteriaButtons);
        connect(m_add, &QPushButton::clicked, this, &DerivedReplyDialog::addCriterion);
        connect(m_remove, &QPushButton::clicked, this, &DerivedReplyDialog::removeCriterion);
        connect(m_reset, &QPushButton::clicked, this, &DerivedReplyDialog::resetCriteria);
    }

    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setForegroundRole(QPalette::BrightText); // the theme's error colour, as the chat view's
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_start, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    m_start->setDefault(true);
    layout->addWidget(buttons);
    connect(m_start, &QPushButton::clicked, this, &DerivedReplyDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    retranslate();
    resize(520, task == Task::Judge ? 420 : 200);
}

QStringList DerivedReplyDialog::modelChoices(ProviderServices &services, Store::ConversationStore &store, qint64 turnId)
{
    QStringList models;
    if (const std::optional<Store::Message> turn = store.message(turnId)) {
        const std::optional<Store::Conversation> conversation = store.conversation(turn->conversationId);
        if (conversation && (!conversation->blind || conversation->revealed)) {
            for (const Store::Lane &lane : store.lanes(turn->conversationId)) {
                if (!models.contains(lane.model)) {
                    models.append(lane.model);
                }
            }
        }
    }
    for (const ProviderInfo &provider : services.registry().providers()) {
        const std::optional<CatalogEntry> entry = services.catalog().cached(provider);
        if (!entry) {
            continue;
        }
        for (const ModelInfo &info : entry->models) {
            const QString model = provider.id + QLatin1Char('/') + info.id;
            if (!models.contains(model)) {
                models.append(model);
            }
        }
    }
    return models;
}

QString DerivedReplyDialog::model() const
{
    return m_model->currentText().trimmed();
}

void DerivedReplyDialog::setModel(const QString &model)
{
    m_model->setCurrentText(model);
}

QStringList DerivedReplyDialog::criteria() const
{
    QStringList list;
    if (!m_criteria) {
        return list;
    }
    for (int i = 0; i < m_criteria->count(); ++i) {
        const QString text = m_criteria->item(i)->text().trimmed();
        if (!text.isEmpty()) {
            list.append(text);
        }
    }
    return list;
}

void DerivedReplyDialog::start()
{
    if (model().isEmpty()) {
        m_error->setText(tr("Choose the model that writes it."));
        m_error->show();
        return;
    }
    const std::optional<qint64> id = m_task == Task::Synthesize ? m_runner.synthesize(m_turnId, model())
                                                                : m_runner.judge(m_turnId, model(), criteria());
    if (!id) {
        m_error->setText(m_runner.lastError());
        m_error->show();
        return;
    }
    m_error->hide();
    Q_EMIT started(*id);
    accept();
}

void DerivedReplyDialog::addCriterion()
{
    auto *item = new QListWidgetItem(tr("new criterion"), m_criteria);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_criteria->setCurrentItem(item);
    m_criteria->editItem(item);
}

void DerivedReplyDialog::removeCriterion()
{
    delete m_criteria->currentItem();
}

void DerivedReplyDialog::resetCriteria()
{
    m_criteria->clear();
    for (const QString &criterion : Compare::defaultCriteria()) {
        auto *item = new QListWidgetItem(criterion, m_criteria);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
}

void DerivedReplyDialog::retranslate()
{
    const bool synthesis = m_task == Task::Synthesize;
    setWindowTitle(synthesis ? tr("Synthesize the replies") : tr("Judge the replies"));
    m_intro->setText(synthesis ? tr("A model of your choice merges the finished replies to this prompt into one "
                                    "answer, saved as a reply of its own.")
                               : tr("A model of your choice scores each finished reply to this prompt from 1 to 10 "
                                    "on every criterion, with a short table and a verdict, saved as a reply of its "
                                    "own. In a blind comparison it sees the letters only."));
    m_modelLabel->setText(tr("&Model:"));
    m_model->setAccessibleName(tr("Model that writes it"));
    m_model->lineEdit()->setPlaceholderText(tr("provider/model"));
    m_model->setToolTip(tr("Any model from the catalog, or type one as provider/model"));
    m_start->setText(synthesis ? tr("&Synthesize") : tr("&Judge"));
    m_start->setAccessibleName(synthesis ? tr("Start the synthesis") : tr("Start the judgement"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel"));
    m_error->setAccessibleName(tr("Problem"));
    if (m_criteria) {
        m_criteriaLabel->setText(tr("&Criteria (double-click one to change it):"));
        m_criteria->setAccessibleName(tr("Criteria"));
        m_add->setText(tr("&Add"));
        m_add->setAccessibleName(tr("Add a criterion"));
        m_remove->setText(tr("&Remove"));
        m_remove->setAccessibleName(tr("Remove the selected criterion"));
        m_reset->setText(tr("Reset to &defaults"));
        m_reset->setAccessibleName(tr("Reset the criteria to the defaults"));
    }
}

void DerivedReplyDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
}

}
