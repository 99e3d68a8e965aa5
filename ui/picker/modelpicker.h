#pragma once

#include "picker/modelfiltermodel.h"

#include <QWidget>

class QAction;
class QActionGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QToolButton;
class QTreeView;

namespace Confer
{

class ModelDelegate;
class ModelListModel;
class ModelTreeView;
class ProviderServices;

// The Models sidebar: every provider's models from the catalog, grouped, with
// an instant fuzzy search, capability / local / cloud / free filters,
// favourites and recently used models on top, and each provider's state
// (no key, server not running, the exact error). Enter or a click picks a
// model; Ctrl+click (or Ctrl+Space) selects several and Ctrl+Enter or Compare
// asks for a comparison of them.
class ModelPicker : public QWidget
{
    Q_OBJECT

public:
    // settings: the profile's settings, where favourites and recent models are kept.
    ModelPicker(ProviderServices &services, QSettings &settings, QWidget *parent = nullptr);

    ModelListModel *model() const { return m_model; }
    ModelFilterModel *filterModel() const { return m_filter; }
    QTreeView *view() const;
    QLineEdit *searchBox() const { return m_search; }

    void focusSearch();
    // Asks every provider for its models again (the catalog's lists are cached otherwise).
    void refresh();
    // Moves the model to the top of "Recently used".
    void recordUse(const QString &model);
    // The models selected for a comparison, in view order.
    QStringList selectedModels() const;

Q_SIGNALS:
    void modelPicked(const QString &model); // "provider/model"
    void comparisonRequested(const QStringList &models);
    void addKeyRequested(const QString &providerId);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildFilterMenu();
    void applyFilters();
    void onQueryChanged(const QString &text);
    void activate(const QModelIndex &index);
    void runAction(const QModelIndex &index);
    void compareSelection();
    void updateCompareBar();
    void updateEmptyState();
    void updateIcons();
    void retranslate();

    ModelListModel *m_model;
    ModelFilterModel *m_filter;
    ModelDelegate *m_delegate;
    QLineEdit *m_search;
    QToolButton *m_filterButton;
    QToolButton *m_refreshButton;
    QWidget *m_filterBar;
    QLabel *m_filterSummary;
    QToolButton *m_clearFilters;
    ModelTreeView *m_view;
    QLabel *m_emptyLabel;
    QWidget *m_compareBar;
    QLabel *m_compareLabel;
    QPushButton *m_compareButton;
    QHash<int, QAction *> m_capabilityActions; // by ModelListModel::Capability
    QActionGroup *m_locationGroup;
    QAction *m_localOnly;
    QAction *m_cloudOnly;
};

}
