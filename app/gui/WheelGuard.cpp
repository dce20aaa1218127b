#include "WheelGuard.h"

#include <QComboBox>
#include <QEvent>
#include <QWidget>

namespace mlcarbon {

WheelGuard::WheelGuard(QObject* parent)
    : QObject(parent)
{
}

void WheelGuard::install(QWidget* root)
{
    auto* guard = new WheelGuard(root);
    for (QComboBox* box : root->findChildren<QComboBox*>()) {
        box->setFocusPolicy(Qt::StrongFocus);  // not Qt::WheelFocus: a wheel turn does not take focus
        box->installEventFilter(guard);
    }
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Wheel) {
        auto* widget = qobject_cast<QWidget*>(watched);
        if (widget && !widget->hasFocus()) {
            event->ignore();  // passed on to the parent: the scroll area scrolls
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace mlcarbon
