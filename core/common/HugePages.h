#pragma once

#include <optional>
#include <string>

namespace guichet {

// A new counter's first pull and the demo hold some 0.7 GB of memory (SQLite's page cache, the ids of a
// town's rows, the rows read ahead). On a system whose transparent huge pages are 'madvise' (Ubuntu's
// default, and this project's test machines), glibc's malloc takes that memory 4 KiB at a time unless its
// tunable glibc.malloc.hugetlb=1 asks for 2 MiB pages: on the 12,000-household town's first pull, some
// 340,000 page faults instead of 18,000, and 2 to 3 s less of the kernel's time (of some 10 s). A tunable is
// read when the program starts, so the command line sets it and starts itself again, once, before anything
// else (same process id, arguments, standard input and output).

// GLIBC_TUNABLES with the huge pages asked for, from its value now ('current': null when unset) and the
// system's setting (the text of /sys/kernel/mm/transparent_hugepage/enabled); nothing when there is nothing
// to ask: the tunable is set already (whatever its value: glibc.malloc.hugetlb=0 keeps the program as it
// is, under valgrind say), or huge pages are 'always' (malloc has them) or 'never' (no one has them).
std::optional<std::string> tunablesForHugePages(const char *current, const std::string &transparentHugePages);

// Starts this program again with those tunables when there are any to set; returns when there are none, or
// when starting again failed (the program then goes on as it is).
void restartWithHugePages(char **argv);

} // namespace guichet
