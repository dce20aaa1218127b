#include "DataError.h"

namespace mlcarbon {

static std::string compose(const std::string& file, const std::string& entry, const std::string& problem)
{
    std::string text = file;
    if (!entry.empty())
        text += ": " + entry;
    return text + ": " + problem;
}

DataError::DataError(std::string file, std::string entry, std::string problem)
    : std::runtime_error(compose(file, entry, problem))
    , m_file(std::move(file))
    , m_entry(std::move(entry))
    , m_problem(std::move(problem))
{
}

}  // namespace mlcarbon
