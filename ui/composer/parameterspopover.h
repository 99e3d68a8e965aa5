#pragma once

#include "store/storetypes.h"

#include <QFrame>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace Confer
{

namespace Store
{
class ConversationStore;
}

// The composer's parameters for one lane of a conversation (system prompt,
// temperature, output limit, reasoning effort), shown as a popup and saved
// to the store's lane; the next turn sends them.
class ParametersPopover : public QFrame
{
    Q_OBJECT

public:
    ParametersPopover(Store::ConversationStore &store, qint64 conversationId, QWidget *parent = nullptr);

    // Reads the conversation's lanes; false (with the reason shown) when the store cannot.
    bool load();

Q_SIGNALS:
    void saved();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showLane(int index);
    // Keeps the fields' values for the lane shown, so switching lanes loses no edit.
    void keepShownLane();
    void save();

    Store::ConversationStore &m_store;
    qint64 m_conversationId;
    QList<Store::Lane> m_lanes; // as edited
    QList<Store::Lane> m_storedLanes; // as loaded
    int m_shownLane = -1;
    QString m_conversationSystemPrompt;
    QLabel *m_laneLabel;
    QComboBox *m_lane;
    QLabel *m_systemPromptLabel;
    QPlainTextEdit *m_systemPrompt;
    QCheckBox *m_setTemperature;
    QDoubleSpinBox *m_temperature;
    QLabel *m_maxTokensLabel;
    QSpinBox *m_maxTokens;
    QLabel *m_reasoningLabel;
    QComboBox *m_reasoning;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

}
