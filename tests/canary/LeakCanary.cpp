// Leaks on purpose. Registered only in the sanitizer build, where it passes only if LeakSanitizer
// reports the leak: were the leak check silently off (it cannot run under ptrace, for one), this
// test would fail, and "no leaks in our code" is not taken on trust.
#include <cstdio>
#include <cstdlib>

void* volatile g_block = nullptr;  // volatile: the allocation cannot be optimised away

int main()
{
    g_block = std::malloc(4096);
    g_block = nullptr;  // the only pointer is gone: a definite leak
    std::puts("leaked 4096 bytes");
    return 0;
}
