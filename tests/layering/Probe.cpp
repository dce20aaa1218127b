// One include, named by the build: tests/layering/CMakeLists.txt compiles this file against one
// model part to show that the part sees the headers it may use and no others.
#include MLCARBON_PROBE_HEADER

int mlcarbonLayeringProbe()
{
    return 0;
}
