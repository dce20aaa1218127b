#pragma once
#include "IntensityBasis.h"

#include <QComboBox>

namespace mlcarbon {

// The intensity-basis selector: the bases a person can choose, each with its meaning as tooltip.
// Advanced (EstimateForm) and the Cleaner regions tab (ComparisonView) show one each.
class BasisBox : public QComboBox {
    Q_OBJECT
public:
    explicit BasisBox(QWidget* parent = nullptr);

    IntensityBasis basis() const;
    void setBasis(IntensityBasis basis);  // emits currentIndexChanged when it changes
};

}  // namespace mlcarbon
