#include "common/HugePages.h"

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <unistd.h>

namespace guichet {

namespace {
constexpr char Tunable[] = "glibc.malloc.hugetlb";
}

std::optional<std::string> tunablesForHugePages(const char *current, const std::string &transparentHugePages)
{
    if (current && std::strstr(current, Tunable))
        return std::nullopt;
    if (transparentHugePages.find("[madvise]") == std::string::npos)
        return std::nullopt;
    std::string tunables = current && *current ? std::string(current) + ':' : std::string();
    return tunables + Tunable + "=1";
}

void restartWithHugePages(char **argv)
{
#if defined(__linux__) && defined(__GLIBC__)
    std::ifstream setting("/sys/kernel/mm/transparent_hugepage/enabled");
    const std::string mode{std::istreambuf_iterator<char>(setting), std::istreambuf_iterator<char>()};
    const auto tunables = tunablesForHugePages(std::getenv("GLIBC_TUNABLES"), mode);
    if (!tunables || setenv("GLIBC_TUNABLES", tunables->c_str(), 1) != 0)
        return;
    execv("/proc/self/exe", argv);
    // Not started again (no /proc): the tunable set stays, so that a program started from here does not try.
#else
    (void)argv;
#endif
}

} // namespace guichet
