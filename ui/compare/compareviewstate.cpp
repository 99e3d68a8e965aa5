#include "compare/compareviewstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Confer
{

QString CompareViewState::toString(Layout layout)
{
    switch (layout) {
    case Layout::Grid:
        return QStringLiteral("grid");
    case Layout::Tabs:
        return QStringLiteral("tabs");
    case Layout::Columns:
        break;
    }
    return QStringLiteral("columns");
}

CompareViewState::Layout CompareViewState::layoutFromString(const QString &name)
{
    if (name == QLatin1String("grid")) {
        return Layout::Grid;
    }
    if (name == QLatin1String("tabs")) {
        return Layout::Tabs;
    }
    return Layout::Columns;
}

CompareViewState CompareViewState::fromJson(const QString &json)
{
    CompareViewState state;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    state.layout = layoutFromString(object.value(QLatin1String("layout")).toString());
    for (const QJsonValue &size : object.value(QLatin1String("sizes")).toArray()) {
        if (size.toInt() > 0) {
            state.sizes.append(size.toInt());
        }
    }
    state.syncScroll = object.value(QLatin1String("syncScroll")).toBool();
    for (const QJsonValue &lane : object.value(QLatin1String("lanesOff")).toArray()) {
        state.lanesOff.append(lane.toInteger());
    }
    return state;
}

QString CompareViewState::toJson() const
{
    QJsonArray sizeList;
    for (int size : sizes) {
        sizeList.append(size);
    }
    QJsonArray off;
    for (qint64 lane : lanesOff) {
        off.append(lane);
    }
    const QJsonObject object {
        {QStringLiteral("layout"), toString(layout)},
        {QStringLiteral("sizes"), sizeList},
        {QStringLiteral("syncScroll"), syncScroll},
        {QStringLiteral("lanesOff"), off},
    };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

}
