#ifndef DOSSIER_MEMORY_HINTS_H
#define DOSSIER_MEMORY_HINTS_H

/// Asks the processor to start loading the cache line holding `address` (for reading, kept in all
/// cache levels). Swift has no prefetch; the model tables are read at hashed, unpredictable rows, so
/// starting every row's load before summing any of them hides most of the memory latency.
static inline void dossier_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
