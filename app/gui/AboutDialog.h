#pragma once
#include "Catalog.h"

#include <QMessageBox>

namespace mlcarbon {

// Help > About: the version, what the databases hold, their licence and every source's credit.
// The box QMessageBox::about() shows: the window's icon, one OK button.
class AboutDialog : public QMessageBox {
    Q_OBJECT
public:
    explicit AboutDialog(const Catalog& catalog, QWidget* parent = nullptr);

private:
    static QString text(const Catalog& catalog);
};

}  // namespace mlcarbon
