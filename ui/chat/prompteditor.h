#pragma once

#include <QFrame>

class QPlainTextEdit;
class QPushButton;

namespace Confer
{

// Edits a sent prompt in place; sending it makes a new branch.
class PromptEditor : public QFrame
{
    Q_OBJECT

public:
    explicit PromptEditor(const QString &text, QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    void focusEditor();
    static int preferredHeight(const QFontMetrics &metrics);

Q_SIGNALS:
    void submitted(const QString &text);
    void cancelled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QPlainTextEdit *m_edit;
    QPushButton *m_cancel;
    QPushButton *m_send;
};

}
