#include "InputError.h"

namespace mlcarbon {

static std::string describe(const std::string& value, const std::string& allowed, const std::string& problem)
{
    if (value.empty())
        return "no value given; " + allowed;
    return "'" + value + "' " + problem + "; " + allowed;
}

InputError::InputError(std::string field, std::string value, std::string allowed, std::string problem)
    : std::runtime_error(field + ": " + describe(value, allowed, problem))
    , m_field(std::move(field))
    , m_value(std::move(value))
    , m_allowed(std::move(allowed))
    , m_problem(std::move(problem))
{
}

std::string InputError::reason() const
{
    return describe(m_value, m_allowed, m_problem);
}

}  // namespace mlcarbon
