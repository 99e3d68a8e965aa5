#include "compare/modelchooserdialog.h"

#include "picker/modelpicker.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace Confer
{

namespace
{
QStringList &presetModels()
{
    static QStringList models;
    return models;
}
}

ModelChooserDialog::ModelChooserDialog(ProviderServices &services, QSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_picker(new ModelPicker(services, settings, this))
{
    setObjectName(QStringLiteral("modelChooserDialog"));
    m_picker->setObjectName(QStringLiteral("modelChooserPicker"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_picker, 1);
    layout->addWidget(buttons);
    resize(420, 520);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_picker, &ModelPicker::modelPicked, this, [this](const QString &model) {
        m_chosen = model;
        accept();
    });
}

QString ModelChooserDialog::choose(
    ProviderServices &services, QSettings &settings, QWidget *parent, const QString &title)
{
    if (!presetModels().isEmpty()) {
        return presetModels().takeFirst();
    }
    ModelChooserDialog dialog(services, settings, parent);
    dialog.setWindowTitle(title);
    dialog.m_picker->focusSearch();
    return dialog.exec() == QDialog::Accepted ? dialog.chosenModel() : QString();
}

void ModelChooserDialog::setNextModel(const QString &model)
{
    presetModels().append(model);
}

}
