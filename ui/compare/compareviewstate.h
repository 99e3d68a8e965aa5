#pragma once

#include <QList>
#include <QString>

namespace Confer
{

// How a comparison is laid out, saved per conversation (Conversation::viewState)
// as a small JSON object; anything missing or unreadable falls back to the defaults.
struct CompareViewState {
    enum class Layout { Columns, Grid, Tabs };

    Layout layout = Layout::Columns;
    QList<int> sizes; // the outer splitter's: pane widths in columns, row heights in a grid
    bool syncScroll = false;
    QList<qint64> lanesOff; // lanes the next prompt is not sent to

    static CompareViewState fromJson(const QString &json);
    QString toJson() const;
    static QString toString(Layout layout);
    static Layout layoutFromString(const QString &name);
};

}
