#pragma once
#include "Catalog.h"
#include "IntensityBasis.h"

#include <QMessageBox>

namespace mlcarbon {

// Help > Method: how the estimate is made, in the model's words (MethodText) for the basis in use.
class MethodDialog : public QMessageBox {
    Q_OBJECT
public:
    MethodDialog(const Catalog& catalog, IntensityBasis basis, QWidget* parent = nullptr);
};

}  // namespace mlcarbon
