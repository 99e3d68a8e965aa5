#include "picker/modelpicker.h"

#include "picker/modeldelegate.h"
#include "picker/modellistmodel.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Confer
{

namespace
{
using Kind = ModelListModel::Kind;

Kind kindOf(const QModelIndex &index)
{
    return index.data(ModelListModel::KindRole).value<Kind>();
}

bool isPickKey(int key)
{
    return key == Qt::Key_Return || key == Qt::Key_Enter;
}

// The icon theme's, or a small drawn one where there is no theme (a bare X server).
QIcon toolIcon(const QString &themeName, bool refresh, const QColor &color)
{
    if (QIcon::hasThemeIcon(themeName)) {
        return QIcon::fromTheme(themeName);
    }
    QPixmap pixmap(32, 32);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    if (refresh) {
        painter.drawArc(QRectF(3, 3, 10, 10), 60 * 16, 290 * 16);
        QPainterPath head;
        head.moveTo(12.8, 1.8);
        head.lineTo(13.2, 5.6);
        head.lineTo(9.4, 5.4);
        painter.drawPath(head);
    } else {
        QPainterPath funnel;
        funnel.moveTo(2.5, 3);
        funnel.lineTo(13.5, 3);
        funnel.lineTo(9.2, 8.2);
        funnel.lineTo(9.2, 13);
        funnel.lineTo(6.8, 11.8);
        funnel.lineTo(6.8, 8.2);
        funnel.closeSubpath();
        painter.drawPath(funnel);
    }
    return QIcon(pixmap);
}
}

// The list itself: hit-tests the delegate's star and action link, and reports
// plain clicks apart from Ctrl and Shift ones, which only select.
class ModelTreeView : public QTreeView
{
    Q_OBJECT

public:
    using QTreeView::QTreeView;

    ModelDelegate *delegate() const { return static_cast<ModelDelegate *>(itemDelegate()); }

Q_SIGNALS:
    void starClicked(const QModelIndex &index);
    void actionClicked(const QModelIndex &index);
    void plainClicked(const QModelIndex &index);
    void pickKeyPressed(bool compare);
    void escapePressed();

protected:
    void mousePressEvent(QMouseEvent *event) override
    {
        const QModelIndex index = indexAt(event->position().toPoint());
        if (event->button() == Qt::LeftButton && index.isValid()) {
            QStyleOptionViewItem option;
            initViewItemOption(&option);
            option.rect = visualRect(index);
            const QPoint position = event->position().toPoint();
            if (kindOf(index) == Kind::Model && ModelDelegate::starRect(option.rect).contains(position)) {
                m_swallowRelease = true;
                Q_EMIT starClicked(index);
                return;
            }
            if (kindOf(index) == Kind::Provider && delegate()->actionRect(option, index).contains(position)) {
                m_swallowRelease = true;
                Q_EMIT actionClicked(index);
                return;
            }
        }
        m_pressIndex = index;
        QTreeView::mousePressEvent(event);
    }

    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (m_swallowRelease) {
            m_swallowRelease = false;
            return;
        }
        const QModelIndex index = indexAt(event->position().toPoint());
        const bool plain = event->button() == Qt::LeftButton
            && !(event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier | Qt::MetaModifier));
        const bool sameRow = index.isValid() && index == m_pressIndex;
        QTreeView::mouseReleaseEvent(event);
        if (plain && sameRow) {
            Q_EMIT plainClicked(index);
        }
    }

    void keyPressEvent(QKeyEvent *event) override
    {
        if (isPickKey(event->key())) {
            Q_EMIT pickKeyPressed(event->modifiers() & Qt::ControlModifier);
            return;
        }
        if (event->key() == Qt::Key_Escape) {
            Q_EMIT escapePressed();
            return;
        }
        QTreeView::keyPressEvent(event);
    }

    void resizeEvent(QResizeEvent *event) override
    {
        QTreeView::resizeEvent(event);
        // Provider rows wrap their messages to the width, so their heights change with it.
        scheduleDelayedItemsLayout();
    }

private:
    QPersistentModelIndex m_pressIndex;
    bool m_swallowRelease = false;
};

ModelPicker::ModelPicker(ProviderServices &services, QSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_model(new ModelListModel(services, settings, this))
    , m_filter(new ModelFilterModel(this))
    , m_delegate(new ModelDelegate(this))
    , m_search(new QLineEdit)
    , m_filterButton(new QToolButton)
    , m_refreshButton(new QToolButton)
    , m_filterBar(new QWidget)
    , m_filterSummary(new QLabel)
    , m_clearFilters(new QToolButton)
    , m_view(new ModelTreeView)
    , m_emptyLabel(new QLabel)
    , m_compareBar(new QWidget)
    , m_compareLabel(new QLabel)
    , m_compareButton(new QPushButton)
    , m_locationGroup(new QActionGroup(this))
    , m_localOnly(nullptr)
    , m_cloudOnly(nullptr)
{
    m_filter->setSourceModel(m_model);

    m_search->setObjectName(QStringLiteral("modelSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_filterButton->setObjectName(QStringLiteral("modelFilterButton"));
    m_filterButton->setPopupMode(QToolButton::InstantPopup);
    m_filterButton->setAutoRaise(true);
    m_refreshButton->setObjectName(QStringLiteral("modelRefreshButton"));
    m_refreshButton->setAutoRaise(true);
    connect(m_refreshButton, &QToolButton::clicked, this, &ModelPicker::refresh);
    buildFilterMenu();

    m_filterSummary->setObjectName(QStringLiteral("modelFilterSummary"));
    m_filterSummary->setForegroundRole(QPalette::PlaceholderText);
    m_clearFilters->setObjectName(QStringLiteral("clearModelFilters"));
    m_clearFilters->setAutoRaise(true);
    connect(m_clearFilters, &QToolButton::clicked, this, [this] {
        for (QAction *action : std::as_const(m_capabilityActions)) {
            action->setChecked(false);
        }
        m_localOnly->setChecked(false);
        m_cloudOnly->setChecked(false);
        applyFilters();
    });
    auto *filterLayout = new QHBoxLayout(m_filterBar);
    filterLayout->setContentsMargins(4, 0, 0, 0);
    filterLayout->addWidget(m_filterSummary, 1);
    filterLayout->addWidget(m_clearFilters);
    m_filterBar->hide();

    m_view->setObjectName(QStringLiteral("modelList"));
    m_view->setModel(m_filter);
    m_view->setItemDelegate(m_delegate);
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setIndentation(0);
    m_view->setItemsExpandable(false);
    m_view->setExpandsOnDoubleClick(false);
    m_view->setUniformRowHeights(false);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMouseTracking(true);
    m_view->viewport()->setAttribute(Qt::WA_Hover); // the outline star on the row under the mouse
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);

    m_emptyLabel->setObjectName(QStringLiteral("modelEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->hide();

    m_compareBar->setObjectName(QStringLiteral("compareBar"));
    m_compareButton->setObjectName(QStringLiteral("compareButton"));
    auto *compareLayout = new QHBoxLayout(m_compareBar);
    compareLayout->setContentsMargins(4, 0, 0, 0);
    compareLayout->addWidget(m_compareLabel, 1);
    compareLayout->addWidget(m_compareButton);
    m_compareBar->hide();
    connect(m_compareButton, &QPushButton::clicked, this, &ModelPicker::compareSelection);

    auto *searchRow = new QHBoxLayout;
    searchRow->setContentsMargins(0, 0, 0, 0);
    searchRow->setSpacing(2);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_filterButton);
    searchRow->addWidget(m_refreshButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(searchRow);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_emptyLabel, 1);
    layout->addWidget(m_compareBar);

    connect(m_search, &QLineEdit::textChanged, this, &ModelPicker::onQueryChanged);
    connect(m_view, &ModelTreeView::plainClicked, this, &ModelPicker::activate);
    connect(m_view, &ModelTreeView::starClicked, this, [this](const QModelIndex &index) {
        const QString model = index.data(ModelListModel::ModelRole).toString();
        m_model->setFavourite(model, !m_model->isFavourite(model));
    });
    connect(m_view, &ModelTreeView::actionClicked, this, &ModelPicker::runAction);
    connect(m_view, &ModelTreeView::pickKeyPressed, this, [this](bool compare) {
        if (compare) {
            compareSelection();
        } else {
            activate(m_view->currentIndex());
        }
    });
    connect(m_view, &ModelTreeView::escapePressed, this, [this] {
        m_search->clear();
        m_search->setFocus(Qt::OtherFocusReason);
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        const QModelIndex index = m_view->indexAt(position);
        if (!index.isValid()) {
            return;
        }
        QMenu menu(this);
        if (kindOf(index) == Kind::Model) {
            const QString model = index.data(ModelListModel::ModelRole).toString();
            menu.addAction(tr("&Use This Model"), this, [this, index] { activate(index); });
            const bool favourite = m_model->isFavourite(model);
            menu.addAction(favourite ? tr("Remove from &Favourites") : tr("Add to &Favourites"), this,
                [this, model, favourite] { m_model->setFavourite(model, !favourite); });
            if (selectedModels().size() >= 2) {
                menu.addAction(tr("&Compare Selected Models"), this, &ModelPicker::compareSelection);
            }
        } else if (!ModelDelegate::actionText(index).isEmpty()) {
            menu.addAction(ModelDelegate::actionText(index), this, [this, index] { runAction(index); });
        }
        if (!menu.isEmpty()) {
            menu.exec(m_view->viewport()->mapToGlobal(position));
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ModelPicker::updateCompareBar);

    // Groups stay open: the view shows every provider's models under its header.
    const auto expand = [this] { m_view->expandAll(); };
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, expand);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, expand);
    connect(m_filter, &QAbstractItemModel::modelReset, this, expand);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ModelPicker::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ModelPicker::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ModelPicker::updateEmptyState);
    m_view->expandAll();

    setFocusProxy(m_search);
    updateIcons();
    retranslate();
}

QTreeView *ModelPicker::view() const
{
    return m_view;
}

void ModelPicker::buildFilterMenu()
{
    auto *menu = new QMenu(m_filterButton);
    menu->setObjectName(QStringLiteral("modelFilterMenu"));
    for (const auto capability :
        {ModelListModel::Vision, ModelListModel::Reasoning, ModelListModel::Tools, ModelListModel::Free}) {
        QAction *action = menu->addAction(QString());
        action->setCheckable(true);
        action->setData(int(capability));
        connect(action, &QAction::toggled, this, &ModelPicker::applyFilters);
        m_capabilityActions.insert(int(capability), action);
    }
    m_capabilityActions.value(ModelListModel::Vision)->setObjectName(QStringLiteral("filterVision"));
    m_capabilityActions.value(ModelListModel::Reasoning)->setObjectName(QStringLiteral("filterReasoning"));
    m_capabilityActions.value(ModelListModel::Tools)->setObjectName(QStringLiteral("filterTools"));
    m_capabilityActions.value(ModelListModel::Free)->setObjectName(QStringLiteral("filterFree"));
    menu->addSeparator();
    m_locationGroup->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    m_localOnly = menu->addAction(QString());
    m_localOnly->setObjectName(QStringLiteral("filterLocal"));
    m_cloudOnly = menu->addAction(QString());
    m_cloudOnly->setObjectName(QStringLiteral("filterCloud"));
    for (QAction *action : {m_localOnly, m_cloudOnly}) {
        action->setCheckable(true);
        m_locationGroup->addAction(action);
        connect(action, &QAction::toggled, this, &ModelPicker::applyFilters);
    }
    m_filterButton->setMenu(menu);
}

void ModelPicker::applyFilters()
{
    ModelListModel::Capabilities required;
    QStringList names;
    for (auto it = m_capabilityActions.cbegin(); it != m_capabilityActions.cend(); ++it) {
        if (it.value()->isChecked()) {
            required |= ModelListModel::Capability(it.key());
        }
    }
    // In the menu's order, for the summary.
    for (const auto capability :
        {ModelListModel::Vision, ModelListModel::Reasoning, ModelListModel::Tools, ModelListModel::Free}) {
        if (required.testFlag(capability)) {
            names.append(m_capabilityActions.value(capability)->text().remove(QLatin1Char('&')));
        }
    }
    auto location = ModelFilterModel::Location::Any;
    if (m_localOnly->isChecked()) {
        location = ModelFilterModel::Location::Local;
        names.append(m_localOnly->text().remove(QLatin1Char('&')));
    } else if (m_cloudOnly->isChecked()) {
        location = ModelFilterModel::Location::Cloud;
        names.append(m_cloudOnly->text().remove(QLatin1Char('&')));
    }
    m_filter->setRequiredCapabilities(required);
    m_filter->setLocation(location);
    m_filterSummary->setText(tr("Only: %1").arg(names.join(QStringLiteral(", "))));
    m_filterBar->setVisible(!names.isEmpty());
    updateEmptyState();
}

void ModelPicker::onQueryChanged(const QString &text)
{
    m_filter->setQuery(text);
    updateEmptyState();
    // The best match becomes current, so that Enter picks it.
    const QModelIndex first = m_filter->firstModel();
    if (!m_filter->query().isEmpty() && first.isValid()) {
        m_view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect);
        m_view->scrollTo(first);
    } else if (m_filter->query().isEmpty()) {
        m_view->scrollToTop();
    }
}

void ModelPicker::activate(const QModelIndex &index)
{
    if (!index.isValid()) {
        return;
    }
    if (kindOf(index) != Kind::Model) {
        runAction(index);
        return;
    }
    if (!index.data(ModelListModel::AvailableRole).toBool()) {
        Q_EMIT addKeyRequested(index.data(ModelListModel::ProviderIdRole).toString());
        return;
    }
    Q_EMIT modelPicked(index.data(ModelListModel::ModelRole).toString());
}

void ModelPicker::runAction(const QModelIndex &index)
{
    if (ModelDelegate::actionText(index).isEmpty()) {
        return;
    }
    const QString providerId = index.data(ModelListModel::ProviderIdRole).toString();
    if (!index.data(ModelListModel::AvailableRole).toBool()) {
        Q_EMIT addKeyRequested(providerId);
    } else {
        m_model->reloadProvider(providerId);
    }
}

QStringList ModelPicker::selectedModels() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [this](const QModelIndex &a, const QModelIndex &b) {
        return m_view->visualRect(a).top() < m_view->visualRect(b).top();
    });
    QStringList models;
    for (const QModelIndex &index : std::as_const(rows)) {
        const QString model = index.data(ModelListModel::ModelRole).toString();
        if (kindOf(index) == Kind::Model && !models.contains(model)) {
            models.append(model);
        }
    }
    return models;
}

void ModelPicker::compareSelection()
{
    QStringList models = selectedModels();
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && kindOf(current) == Kind::Model) {
        const QString model = current.data(ModelListModel::ModelRole).toString();
        if (!models.contains(model)) {
            models.append(model);
        }
    }
    if (models.size() == 1) {
        activate(current);
        return;
    }
    if (models.size() < 2) {
        return;
    }
    m_view->clearSelection();
    Q_EMIT comparisonRequested(models);
}

void ModelPicker::updateCompareBar()
{
    const int count = int(selectedModels().size());
    m_compareLabel->setText(tr("%n model(s) selected", nullptr, count));
    m_compareBar->setVisible(count >= 2);
}

void ModelPicker::updateEmptyState()
{
    const bool empty = m_filter->isFiltering() && !m_filter->firstModel().isValid();
    if (empty) {
        m_emptyLabel->setText(m_filter->query().isEmpty() ? tr("No model matches these filters.")
                                                          : tr("No model matches “%1”.").arg(m_filter->query()));
    }
    m_emptyLabel->setVisible(empty);
    m_view->setVisible(!empty);
}

void ModelPicker::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ModelPicker::refresh()
{
    m_model->load(true);
}

void ModelPicker::recordUse(const QString &model)
{
    m_model->recordUse(model);
}

bool ModelPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            if (!m_view->currentIndex().isValid() && m_filter->firstModel().isValid()) {
                m_view->selectionModel()->setCurrentIndex(m_filter->firstModel(), QItemSelectionModel::ClearAndSelect);
                return true;
            }
            // The list moves while the focus stays in the search box.
            QCoreApplication::sendEvent(m_view, event);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (key->modifiers() & Qt::ControlModifier) {
                compareSelection();
            } else {
                activate(m_view->currentIndex());
            }
            return true;
        case Qt::Key_Escape:
            if (!m_search->text().isEmpty()) {
                m_search->clear();
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ModelPicker::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The catalog is asked when the list is first seen, not when the window is built.
    if (!m_model->hasLoaded()) {
        m_model->load(false);
    }
}

void ModelPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::PaletteChange) {
        updateIcons();
    }
    QWidget::changeEvent(event);
}

void ModelPicker::updateIcons()
{
    const QColor color = palette().color(QPalette::ButtonText);
    m_filterButton->setIcon(toolIcon(QStringLiteral("view-filter"), false, color));
    m_refreshButton->setIcon(toolIcon(QStringLiteral("view-refresh"), true, color));
}

void ModelPicker::retranslate()
{
    m_search->setPlaceholderText(tr("Search models (Ctrl+K)"));
    m_search->setAccessibleName(tr("Search models"));
    m_filterButton->setToolTip(tr("Show only some models"));
    m_filterButton->setAccessibleName(tr("Filter models"));
    m_refreshButton->setToolTip(tr("Ask every provider for its models again"));
    m_refreshButton->setAccessibleName(tr("Refresh models"));
    m_clearFilters->setText(tr("Clear"));
    m_clearFilters->setAccessibleName(tr("Clear model filters"));
    m_view->setAccessibleName(tr("Models"));
    m_compareButton->setText(tr("Compare"));
    m_compareButton->setAccessibleName(tr("Compare the selected models"));
    m_capabilityActions.value(ModelListModel::Vision)->setText(tr("&Vision (image input)"));
    m_capabilityActions.value(ModelListModel::Reasoning)->setText(tr("&Reasoning"));
    m_capabilityActions.value(ModelListModel::Tools)->setText(tr("&Tools"));
    m_capabilityActions.value(ModelListModel::Free)->setText(tr("&Free"));
    m_localOnly->setText(tr("&Local servers only"));
    m_cloudOnly->setText(tr("&Cloud only"));
    applyFilters();
    updateCompareBar();
}

}

#include "modelpicker.moc"
