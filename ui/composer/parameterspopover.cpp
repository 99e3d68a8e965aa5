#include "composer/parameterspopover.h"

#include "store/conversationstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Confer
{

namespace
{
constexpr int MaximumOutputTokens = 1'000'000;
}

ParametersPopover::ParametersPopover(Store::ConversationStore &store, qint64 conversationId, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_store(store)
    , m_conversationId(conversationId)
    , m_laneLabel(new QLabel(this))
    , m_lane(new QComboBox(this))
    , m_systemPromptLabel(new QLabel(this))
    , m_systemPrompt(new QPlainTextEdit(this))
    , m_setTemperature(new QCheckBox(this))
    , m_temperature(new QDoubleSpinBox(this))
    , m_maxTokensLabel(new QLabel(this))
    , m_maxTokens(new QSpinBox(this))
    , m_reasoningLabel(new QLabel(this))
    , m_reasoning(new QComboBox(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("parametersPopover"));
    setFrameShape(QFrame::StyledPanel);

    m_lane->setObjectName(QStringLiteral("parametersLane"));
    m_systemPrompt->setObjectName(QStringLiteral("parametersSystemPrompt"));
    m_systemPrompt->setTabChangesFocus(true);
    m_systemPrompt->setFixedHeight(m_systemPrompt->fontMetrics().lineSpacing() * 5);
    m_setTemperature->setObjectName(QStringLiteral("parametersSetTemperature"));
    m_temperature->setObjectName(QStringLiteral("parametersTemperature"));
    m_temperature->setRange(0.0, 2.0);
    m_temperature->setSingleStep(0.1);
    m_temperature->setDecimals(2);
    m_maxTokens->setObjectName(QStringLiteral("parametersMaxTokens"));
    m_maxTokens->setRange(0, MaximumOutputTokens);
    m_maxTokens->setSingleStep(256);
    m_maxTokens->setGroupSeparatorShown(true);
    m_reasoning->setObjectName(QStringLiteral("parametersReasoning"));
    for (auto effort :
        {ReasoningEffort::Default, ReasoningEffort::Low, ReasoningEffort::Medium, ReasoningEffort::High}) {
        m_reasoning->addItem(QString(), int(effort));
    }
    m_error->setObjectName(QStringLiteral("parametersError"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("parametersSave"));

    auto *form = new QFormLayout;
    form->addRow(m_laneLabel, m_lane);
    form->addRow(m_systemPromptLabel, m_systemPrompt);
    form->addRow(m_setTemperature, m_temperature);
    form->addRow(m_maxTokensLabel, m_maxTokens);
    form->addRow(m_reasoningLabel, m_reasoning);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);

    connect(m_setTemperature, &QCheckBox::toggled, m_temperature, &QWidget::setEnabled);
    connect(m_lane, &QComboBox::currentIndexChanged, this, &ParametersPopover::showLane);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ParametersPopover::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QWidget::close);
    retranslate();
}

void ParametersPopover::retranslate()
{
    m_laneLabel->setText(tr("Model:"));
    m_lane->setAccessibleName(tr("Model whose parameters are shown"));
    m_systemPromptLabel->setText(tr("System prompt:"));
    m_systemPrompt->setAccessibleName(tr("System prompt"));
    m_systemPrompt->setPlaceholderText(m_conversationSystemPrompt.isEmpty()
            ? tr("None")
            : tr("The conversation's: %1").arg(m_conversationSystemPrompt));
    m_setTemperature->setText(tr("Temperature:"));
    m_setTemperature->setToolTip(tr("Unchecked: the model's default temperature"));
    m_temperature->setAccessibleName(tr("Temperature"));
    m_maxTokensLabel->setText(tr("Maximum answer length:"));
    m_maxTokens->setSpecialValueText(tr("Model default"));
    m_maxTokens->setSuffix(tr(" tokens"));
    m_maxTokens->setAccessibleName(tr("Maximum answer length in tokens"));
    m_reasoningLabel->setText(tr("Reasoning effort:"));
    m_reasoning->setAccessibleName(tr("Reasoning effort"));
    m_reasoning->setToolTip(tr("Used by models that reason before answering; others ignore it"));
    m_reasoning->setItemText(0, tr("Model default"));
    m_reasoning->setItemText(1, tr("Low"));
    m_reasoning->setItemText(2, tr("Medium"));
    m_reasoning->setItemText(3, tr("High"));
}

void ParametersPopover::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QFrame::changeEvent(event);
}

bool ParametersPopover::load()
{
    const auto conversation = m_store.conversation(m_conversationId);
    m_lanes = conversation ? m_store.lanes(m_conversationId) : QList<Store::Lane> {};
    if (m_lanes.isEmpty()) {
        m_error->setText(conversation ? tr("This conversation has no model.") : m_store.lastError().message);
        m_error->show();
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        return false;
    }
    m_storedLanes = m_lanes;
    m_conversationSystemPrompt = conversation->systemPrompt;
    const QSignalBlocker blocker(m_lane);
    m_lane->clear();
    for (const Store::Lane &lane : std::as_const(m_lanes)) {
        m_lane->addItem(lane.model);
    }
    // One model: nothing to choose.
    m_laneLabel->setVisible(m_lanes.size() > 1);
    m_lane->setVisible(m_lanes.size() > 1);
    m_lane->setCurrentIndex(0);
    m_shownLane = -1;
    showLane(0);
    retranslate();
    return true;
}

void ParametersPopover::showLane(int index)
{
    if (index < 0 || index >= m_lanes.size()) {
        return;
    }
    keepShownLane();
    m_shownLane = index;
    const Store::Lane &lane = m_lanes.at(index);
    m_systemPrompt->setPlainText(lane.systemPrompt);
    m_setTemperature->setChecked(lane.temperature.has_value());
    m_temperature->setEnabled(lane.temperature.has_value());
    m_temperature->setValue(lane.temperature.value_or(1.0));
    m_maxTokens->setValue(lane.maxOutputTokens.value_or(0));
    m_reasoning->setCurrentIndex(std::max(0, m_reasoning->findData(int(lane.reasoning))));
}

void ParametersPopover::keepShownLane()
{
    if (m_shownLane < 0 || m_shownLane >= m_lanes.size()) {
        return;
    }
    Store::Lane &lane = m_lanes[m_shownLane];
    lane.systemPrompt = m_systemPrompt->toPlainText().trimmed();
    lane.temperature = m_setTemperature->isChecked() ? std::optional<double>(m_temperature->value()) : std::nullopt;
    lane.maxOutputTokens = m_maxTokens->value() > 0 ? std::optional<int>(m_maxTokens->value()) : std::nullopt;
    lane.reasoning = ReasoningEffort(m_reasoning->currentData().toInt());
}

void ParametersPopover::save()
{
    keepShownLane();
    for (qsizetype i = 0; i < m_lanes.size(); ++i) {
        const Store::Lane &lane = m_lanes.at(i);
        const Store::Lane &stored = m_storedLanes.at(i);
        const bool changed = lane.systemPrompt != stored.systemPrompt || lane.temperature != stored.temperature
            || lane.maxOutputTokens != stored.maxOutputTokens || lane.reasoning != stored.reasoning;
        if (!changed) {
            continue;
        }
        if (!m_store.setLaneParameters(lane.id, lane)) {
            m_error->setText(tr("Could not save the parameters: %1").arg(m_store.lastError().message));
            m_error->show();
            return;
        }
        m_storedLanes[i] = lane;
    }
    Q_EMIT saved();
    close();
}

}
