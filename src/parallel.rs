//! Batch execution on rayon with a capped, fork-safe thread pool.
//!
//! Pools are cached per thread count and remember the process that built them: a
//! child process after `fork` (multiprocessing, Dask, Spark workers) inherits the
//! pool's memory but not its threads, so it builds a fresh pool instead of waiting
//! forever on threads that do not exist.

use rayon::prelude::*;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

/// Environment variable that caps the threads of batch calls.
pub const THREADS_ENV: &str = "SLANT_NUM_THREADS";

/// Batches with fewer items than this run on the calling thread.
const SERIAL_BELOW: usize = 2;

/// The number of threads a batch call uses: the argument, else `SLANT_NUM_THREADS`,
/// else the number of cores.
///
/// ```
/// assert_eq!(slant::parallel::resolve_threads(Some(3)), 3);
/// assert!(slant::parallel::resolve_threads(None) >= 1);
/// ```
pub fn resolve_threads(requested: Option<usize>) -> usize {
    requested
        .or_else(|| {
            std::env::var(THREADS_ENV)
                .ok()
                .and_then(|v| v.trim().parse().ok())
        })
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1)
}

type Pools = HashMap<usize, Arc<rayon::ThreadPool>>;

fn pool(threads: usize) -> Option<Arc<rayon::ThreadPool>> {
    static POOLS: OnceLock<Mutex<(u32, Pools)>> = OnceLock::new();
    let pid = std::process::id();
    let mut guard = POOLS
        .get_or_init(|| Mutex::new((pid, HashMap::new())))
        .lock()
        .ok()?;
    if guard.0 != pid {
        // Inherited from the parent through fork: its threads are gone. Leak, don't drop,
        // because dropping would signal threads that do not exist in this process.
        let stale = std::mem::take(&mut guard.1);
        std::mem::forget(stale);
        guard.0 = pid;
    }
    if let Some(p) = guard.1.get(&threads) {
        return Some(Arc::clone(p));
    }
    let built = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("slant-{i}"))
        .build()
        .ok()
        .map(Arc::new)?;
    guard.1.insert(threads, Arc::clone(&built));
    Some(built)
}

/// Apply `f` to every item, in order, on up to `threads` threads.
///
/// ```
/// let lens = slant::parallel::map_batch(&["a", "bb"], 2, |s| s.len());
/// assert_eq!(lens, [1, 2]);
/// ```
pub fn map_batch<T, R, F>(items: &[T], threads: usize, f: F) -> Vec<R>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync + Send,
{
    if threads <= 1 || items.len() < SERIAL_BELOW {
        return items.iter().map(f).collect();
    }
    match pool(threads) {
        Some(p) => p.install(|| items.par_iter().with_min_len(1).map(&f).collect()),
        None => items.iter().map(f).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parallel_equals_serial() {
        let items: Vec<String> = (0..500).map(|i| "x. ".repeat(i % 17)).collect();
        let serial = map_batch(&items, 1, |s| crate::segment::split(s));
        let par = map_batch(&items, 2, |s| crate::segment::split(s));
        assert_eq!(serial, par);
    }

    #[test]
    fn explicit_count_wins() {
        assert_eq!(resolve_threads(Some(0)), 1);
        assert_eq!(resolve_threads(Some(4)), 4);
    }
}
