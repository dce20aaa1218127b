#pragma once
#include <QObject>

class QWidget;

namespace mlcarbon {

// Keeps the mouse wheel from changing a combo box the pointer merely passes over while the person
// scrolls a long form: the wheel changes a combo box only once it has focus (a click or Tab), and
// otherwise scrolls what holds it. Without it, scrolling the form changed the basis or the year.
class WheelGuard : public QObject {
    Q_OBJECT
public:
    // Guards every combo box under `root` (and gives each a click-or-Tab focus policy).
    static void install(QWidget* root);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit WheelGuard(QObject* parent);
};

}  // namespace mlcarbon
