#pragma once

class QComboBox;

namespace mlcarbon {

// Makes an editable combo box filter its whole list as the user types, anywhere in the text.
void filterAsYouType(QComboBox* box);

}  // namespace mlcarbon
