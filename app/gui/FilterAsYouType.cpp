#include "FilterAsYouType.h"

#include <QComboBox>
#include <QCompleter>

namespace mlcarbon {

void filterAsYouType(QComboBox* box)
{
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->completer()->setCompletionMode(QCompleter::PopupCompletion);
    box->completer()->setFilterMode(Qt::MatchContains);
    box->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    box->completer()->setMaxVisibleItems(15);
}

}  // namespace mlcarbon
