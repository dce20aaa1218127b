#include "PhaseDelegate.h"

#include "Project.h"

#include <QComboBox>

namespace mlcarbon {

QWidget* PhaseDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* box = new QComboBox(parent);
    for (const std::string& phase : Project::phases())
        box->addItem(QString::fromStdString(phase));
    // A choice is made with one click: commit it at once instead of waiting for focus to leave.
    connect(box, &QComboBox::activated, this, [this, box] {
        auto* self = const_cast<PhaseDelegate*>(this);
        emit self->commitData(box);
        emit self->closeEditor(box);
    });
    return box;
}

void PhaseDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* box = static_cast<QComboBox*>(editor);
    box->setCurrentIndex(std::max(0, box->findText(index.data(Qt::EditRole).toString())));
}

void PhaseDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    model->setData(index, static_cast<QComboBox*>(editor)->currentText(), Qt::EditRole);
}

}  // namespace mlcarbon
