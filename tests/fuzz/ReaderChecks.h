#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace mlcarbon::fuzz {

// One reader of outside data, run on arbitrary bytes, with the invariants it must keep: either a
// value that passes the same checks as bundled data (finite, in range, usable by the calculator)
// or an error of the reader's own type with a message. check() returns "" when every invariant
// held, else the one that broke. The libFuzzer targets (FuzzMain.cpp) abort on a broken one; the
// regression suite (TestFuzzCorpus) runs the same checks over the kept inputs in every build.
class ReaderChecks {
public:
    using Check = std::string (*)(std::string_view bytes);
    struct Target {
        const char* name;  // also the corpus folder: tests/fuzz/corpus/<name>
        Check check;
    };
    static const std::vector<Target>& targets();

    // A database file (bundled format or a user override) merged over a small catalog.
    static std::string database(std::string_view bytes);
    // A .mlcarbon.json project file: read, computed, saved, read again.
    static std::string project(std::string_view bytes);
    // A batch job log, through the streaming runner; and the CSV reader at two block sizes.
    static std::string batch(std::string_view bytes);
    // The number and duration parsers of the CLI, the form and the batch reader, one per line.
    static std::string numbers(std::string_view bytes);
    // A published-runs file, each run turned into a preset and compared.
    static std::string preset(std::string_view bytes);
    // A published-models file, each model turned into a job and estimated where it can be.
    static std::string model(std::string_view bytes);
    // An hourly intensity CSV the person imports, then a job planned on it (when to run).
    static std::string hourly(std::string_view bytes);
};

}  // namespace mlcarbon::fuzz
