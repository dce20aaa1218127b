#pragma once
#include <stdexcept>
#include <string>

namespace mlcarbon {

// Bad user input: which field, the value given and what is allowed. The field is a plain
// name ("hours"); the CLI shows it as "--hours", the GUI marks the matching input.
class InputError : public std::runtime_error {
public:
    // problem: how the value fails, e.g. "is ambiguous"; "is not allowed" when unset.
    InputError(std::string field, std::string value, std::string allowed, std::string problem = "is not allowed");

    const std::string& field() const { return m_field; }
    const std::string& value() const { return m_value; }
    const std::string& allowed() const { return m_allowed; }
    // "'abc' is not allowed; <allowed>" without the field name, for a message beside the field.
    std::string reason() const;

private:
    std::string m_field;
    std::string m_value;
    std::string m_allowed;
    std::string m_problem;
};

}  // namespace mlcarbon
