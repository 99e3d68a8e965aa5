#pragma once

#include "chat/textselection.h"
#include "store/storetypes.h"

#include <QAbstractScrollArea>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QMenu;
class QTextDocument;
class QToolButton;

namespace KSyntaxHighlighting
{
class Repository;
}

namespace Confer
{

class MessageBody;
class PromptEditor;

// The messages of a conversation's active branch, virtualized: only the rows
// on screen get a rendered document and a layout; the others count with an
// estimated height until they are first shown. Heights are cached per width.
// Actions are painted, not widgets; the one inline prompt editor is the only
// child widget besides the "Jump to latest" button.
class MessageListView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    enum class Action {
        CopyPlain,
        CopyMarkdown,
        Regenerate,
        Edit,
        Retry,
        Stop,
        PreviousVersion,
        NextVersion,
        ToggleReasoning,
        CopyCode,
        Link,
        Delete,
        Keep, // shared mode: the reply every lane continues from
        Vote, // blind mode: the best reply of its turn
    };
    Q_ENUM(Action)

    MessageListView(KSyntaxHighlighting::Repository &repository, QWidget *parent = nullptr);
    ~MessageListView() override;

    // Lazily asked when a row is first shown: the message and its other versions.
    void setSiblingLookup(std::function<QList<qint64>(qint64 messageId)> lookup);

    void setMessages(const QList<Store::Message> &messages);
    void clear();
    int rowCount() const { return int(m_rows.size()); }
    int rowOf(qint64 messageId) const { return m_rowOfId.value(messageId, -1); }
    const Store::Message &messageAt(int row) const;

    // Replaces a row's message (e.g. finished in the store), or inserts one at a position.
    void updateMessage(const Store::Message &message);
    void insertMessage(int row, const Store::Message &message);
    void replaceRow(int row, const Store::Message &message);

    // Streaming: the renderer's open tail gets the delta; only that row is laid out again.
    // The text is rendered on the next frame (FrameTicker), together with what
    // else arrives meanwhile; flushStreamedText() renders it at once.
    void appendText(qint64 messageId, const QString &delta);
    void flushStreamedText();
    void appendReasoning(qint64 messageId, const QString &delta);
    void setQueued(qint64 messageId, bool queued);

    // Comparisons: a label shown instead of the model name in reply headers (blind mode "A", "B"…;
    // empty clears), the Keep / Vote actions under finished replies, and a short note in a row's header.
    void setLaneLabel(qint64 laneId, const QString &label);
    QString laneLabel(qint64 laneId) const { return m_laneLabels.value(laneId); }
    // The name a reply goes by: its lane's label when set (blind mode), else its model.
    QString shownName(const Store::Message &message) const;
    void setComparisonActions(bool keep, bool vote);
    void setNote(qint64 messageId, const QString &note);
    QString note(qint64 messageId) const { return m_notes.value(messageId); }

    void scrollToMessage(qint64 messageId);
    void scrollToBottom();
    bool isFollowing() const { return m_following; }
    // The first visible message and how far its top is above the viewport, to restore after a reload.
    std::pair<qint64, int> anchor() const;
    void restoreAnchor(const std::pair<qint64, int> &anchor);

    void editPrompt(qint64 messageId);
    bool isEditing() const { return m_editor != nullptr; }

    // For tests and benchmarks: what was laid out and painted.
    int bodiesCreated() const { return m_bodiesCreated; }
    int rowsLaidOut() const { return m_rowsLaidOut; }
    int livingBodies() const;
    QTextDocument *bodyDocument(qint64 messageId) const;
    QTextDocument *reasoningDocument(qint64 messageId) const;
    // Where an action of a row is, in viewport coordinates; empty when it is not on screen.
    QRect actionRect(qint64 messageId, Action action, int index = 0) const;
    QRect rowRect(qint64 messageId) const;
    QRect bodyRect(qint64 messageId) const;
    // The message scrollToMessage() marked, while its highlight lasts; 0 when none.
    qint64 highlightedMessage() const { return m_highlightedId; }

    // Text selected with the mouse, in one message or across several (messagelistselection.cpp).
    bool hasSelection() const;
    qint64 selectionMessageId() const { return m_selection.messageId(); } // where it started
    qint64 selectionEndMessageId() const { return m_selection.endMessageId(); }
    QString selectedText();
    void selectAllOf(qint64 messageId);
    void clearSelection();
    void copySelection();

    // The message the keyboard is on (messagelistfocus.cpp): Up/Down, Home/End
    // move it, the Menu key opens its actions, Enter retries a failed reply.
    qint64 focusedMessage() const { return m_focusedId; }
    bool isFocusRingVisible() const { return m_focusRingVisible; }
    void setFocusedMessage(qint64 messageId);
    // From outside the list (Alt+Up/Alt+Down in the composer): takes the focus and moves
    // one message from the focused one, or to the last (up) or first visible (down) one.
    void stepFocus(int step);
    // Role, model and first words of a message, as told to assistive technology.
    QString describeMessage(int row) const;

Q_SIGNALS:
    void actionTriggered(qint64 messageId, Confer::MessageListView::Action action, int index);
    void editSubmitted(qint64 messageId, const QString &text);
    void followingChanged(bool following);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    struct Hit {
        QRect rect; // row coordinates
        Action action;
        int index = 0;
        QString label;
    };
    struct Row {
        Store::Message message;
        bool queued = false;
        bool reasoningOpen = false;
        bool reasoningToggled = false; // the user opened or closed it: keep that
        std::optional<QList<qint64>> siblings;
        std::unique_ptr<MessageBody> body;
        QString pendingText; // arrived, not rendered into body yet
        std::unique_ptr<QTextDocument> reasoning;
        int layoutWidth = -1; // the width height and geometry are valid for
        int height = 0;
        int estimatedChars = 0; // for the height of a row not laid out yet
        QRect header, bubble, reasoningToggle, reasoningRect, bodyRect, errorRect, metricsRect, editorRect;
        QString errorText, metricsText;
        QList<Hit> hits;
    };

    int contentWidth() const;
    int columnLeft() const;
    int columnWidth() const;
    struct Estimator {
        int chrome = 0;
        int lineSpacing = 0;
        int charsPerLine = 1;
        int userCharsPerLine = 1;
    };
    Estimator estimator() const;
    static int estimateHeight(const Row &row, const Estimator &estimator);
    int rowHeight(int index) const;
    void layoutRow(int index);
    void ensureBody(Row &row);
    void invalidateRow(int index);
    void rowHeightChanged(int index, int oldHeight);
    void recomputeOffsets() const;
    int rowTop(int index) const;
    int totalHeight() const;
    int rowAt(int y) const;
    void layoutVisible();
    void updateScrollBar();
    void setScroll(int y);
    void setFollowing(bool following);
    void afterContentChange(int index, int changedFrom = -1);
    void measureBottom();
    // Streaming frames (messagelistframe.cpp).
    void renderPendingText(int index);
    void repaintFrom(int contentY);
    void repaintAll();
    void flushFrame();
    void paintRow(QPainter &painter, int index, const QRect &clip);
    void trigger(int index, const Hit &hit);
    std::optional<Hit> hitAt(const QPoint &viewportPos, int *rowIndex = nullptr) const;
    void positionOverlays();
    void closeEditor();
    void rebuildIndex();
    void dropLayouts();

    // Selection (messagelistselection.cpp)
    std::optional<int> documentPositionAt(int index, const QPoint &viewportPos);
    bool overText(const QPoint &viewportPos) const;
    void selectionPress(QMouseEvent *event);
    void selectionMove(QMouseEvent *event);
    void selectionRelease();
    bool selectionKey(QKeyEvent *event);
    void addSelectionActions(QMenu &menu, int index);
    bool rowInSelection(int index) const;
    QTextCursor selectionIn(int index, QTextDocument *document) const;
    QList<QTextCursor> selectedParts();
    // Keyboard focus (messagelistfocus.cpp)
    bool focusKey(QKeyEvent *event);
    void moveFocus(int row);
    void ensureRowVisible(int index);
    int keyboardMenuRow();
    QPoint keyboardMenuPosition(int index) const;
    void openMenu(int index, const QPoint &globalPos);
    void announceFocus();

    KSyntaxHighlighting::Repository &m_repository;
    std::function<QList<qint64>(qint64)> m_siblingLookup;
    std::vector<Row> m_rows;
    QHash<qint64, int> m_rowOfId;
    mutable std::vector<int> m_offsets; // top of each row, and the total at the end
    mutable bool m_offsetsDirty = true;
    int m_scrollY = 0;
    // The scroll position the viewport's pixels show: streamed text moves
    // m_scrollY at once, the pixels follow on the next frame (a blit of what is
    // unchanged, a repaint of what changed from m_dirtyFrom down).
    int m_paintedScrollY = 0;
    std::optional<int> m_dirtyFrom; // content coordinates
    QSet<qint64> m_pendingText; // rows with text to render on the next frame
    int m_growingRow = -1; // the row appendText is changing: it marks its own dirty part
    bool m_settingScroll = false;
    bool m_following = true;
    QToolButton *m_jumpButton = nullptr;
    PromptEditor *m_editor = nullptr;
    qint64 m_editedId = 0;
    qint64 m_highlightedId = 0;
    std::optional<Hit> m_hover;
    int m_hoverRow = -1;
    std::optional<Hit> m_pressed;
    int m_pressedRow = -1;
    int m_bodiesCreated = 0;
    int m_rowsLaidOut = 0;
    TextSelection m_selection;
    bool m_dragSelecting = false;
    qint64 m_focusedId = 0;
    bool m_focusRingVisible = false; // shown once the keyboard moves, hidden by a click
    QHash<qint64, QString> m_laneLabels;
    QHash<qint64, QString> m_notes;
    bool m_keepAction = false;
    bool m_voteAction = false;
};

}
