#include "Project.h"

namespace mlcarbon {

const std::vector<std::string>& Project::phases()
{
    static const std::vector<std::string> names = {"training", "tuning", "inference", "other"};
    return names;
}

}  // namespace mlcarbon
