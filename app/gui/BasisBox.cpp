#include "BasisBox.h"

#include "IntensityChoice.h"

#include <algorithm>

namespace mlcarbon {

BasisBox::BasisBox(QWidget* parent)
    : QComboBox(parent)
{
    for (IntensityBasis b : Basis::kChoosable) {
        addItem(QString::fromStdString(Basis::label(b)), static_cast<int>(b));
        setItemData(count() - 1, QString::fromStdString(Basis::meaning(b)), Qt::ToolTipRole);
    }
    setToolTip(tr("What the grid intensity counts; every estimate and comparison uses one basis. %1")
                   .arg(QString::fromStdString(IntensityChoice::fallbackRule())));
}

IntensityBasis BasisBox::basis() const
{
    return static_cast<IntensityBasis>(currentData().toInt());
}

void BasisBox::setBasis(IntensityBasis basis)
{
    setCurrentIndex(std::max(0, findData(static_cast<int>(basis))));
}

}  // namespace mlcarbon
