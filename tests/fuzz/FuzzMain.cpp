// The libFuzzer entry point of one reader: compiled once per target, with MLCARBON_FUZZ_TARGET
// naming it (see tests/fuzz/CMakeLists.txt). A broken invariant prints what broke and aborts,
// which libFuzzer reports as a crash and keeps the input.
#include "ReaderChecks.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

mlcarbon::fuzz::ReaderChecks::Check target()
{
    for (const auto& t : mlcarbon::fuzz::ReaderChecks::targets()) {
        if (std::strcmp(t.name, MLCARBON_FUZZ_TARGET) == 0)
            return t.check;
    }
    std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const auto check = target();
    const std::string broken = check(std::string_view(reinterpret_cast<const char*>(data), size));
    if (!broken.empty()) {
        std::fprintf(stderr, "invariant broken (%s): %s\n", MLCARBON_FUZZ_TARGET, broken.c_str());
        std::abort();
    }
    return 0;
}
