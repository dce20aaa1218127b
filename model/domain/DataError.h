#pragma once
#include <stdexcept>
#include <string>

namespace mlcarbon {

// A database file that cannot be used: names the file, the entry and what is wrong.
class DataError : public std::runtime_error {
public:
    DataError(std::string file, std::string entry, std::string problem);

    const std::string& file() const { return m_file; }
    const std::string& entry() const { return m_entry; }
    const std::string& problem() const { return m_problem; }

private:
    std::string m_file;
    std::string m_entry;
    std::string m_problem;
};

}  // namespace mlcarbon
