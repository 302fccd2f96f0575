#pragma once

#include <QtGlobal>

namespace wristdoc {

// Asks the memory for the cache line holding address, ahead of its use; only a hint, it changes
// no result. An asm statement on x86 rather than __builtin_prefetch, because GCC deletes a loop
// whose only effect is that builtin, and the simulator's look-ahead is exactly such a loop.
inline void prefetchHint(const void *address) {
#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
    asm volatile("prefetcht0 %0" : : "m"(*static_cast<const char *>(address)));
#elif defined(__GNUC__)
    __builtin_prefetch(address);
#else
    Q_UNUSED(address);
#endif
}

} // namespace wristdoc
