//! The allocator of the Python extension: mimalloc, tuned to give memory back.
//!
//! Batch calls allocate results on worker threads and free them on the thread that
//! builds the Python objects. glibc's malloc takes the owning arena's lock for each
//! such free, and with workers allocating in that arena at the same time the locks
//! contend: the sentence batch reached 1.5x on two threads with glibc and 1.9x with
//! mimalloc, whose cross-thread frees take no lock. The core crate without the
//! `python` feature keeps the system allocator; embedding it is the user's choice.
//!
//! The thread-local storage model is local-dynamic (the crate's `local_dynamic_tls`
//! feature), as a library loaded with `dlopen` needs.

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Options applied once, when the module is imported.
///
/// Transparent huge pages and the default purge delay (freed pages stay resident
/// for a second in case they are reused) suit a server that owns its machine; in a
/// notebook they showed as RSS: 95 MB peak for the entity benchmark instead of 66,
/// with no speed gained. Returns whether the options were set (exposed to Python as
/// `_slant._allocator_tuned`, which a test checks, so that an update of mimalloc
/// that renumbers its options is noticed).
pub(crate) fn configure() -> bool {
    use libmimalloc_sys::{mi_option_get, mi_option_set, mi_option_t};
    // Option numbers from mimalloc.h (v3): the crate's own constants follow v2's enum.
    const PURGE_DELAY: mi_option_t = 15;
    const ALLOW_THP: mi_option_t = 43;
    // SAFETY: mi_option_get and mi_option_set read and store one integer in
    // mimalloc's option table; an out-of-range number is ignored by mimalloc.
    unsafe {
        // Change nothing unless both hold this version's defaults (1,000 ms, allowed):
        // a different numbering must not set some other option.
        if mi_option_get(PURGE_DELAY) != 1000 || mi_option_get(ALLOW_THP) != 1 {
            return false;
        }
        mi_option_set(PURGE_DELAY, 0);
        mi_option_set(ALLOW_THP, 0);
        mi_option_get(PURGE_DELAY) == 0 && mi_option_get(ALLOW_THP) == 0
    }
}
