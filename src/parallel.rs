//! Batch execution on rayon with a capped, fork-safe thread pool.
//!
//! Pools are cached per thread count and remember the process that built them: a
//! child process after `fork` (multiprocessing, Dask, Spark workers) inherits the
//! pool's memory but not its threads, so it builds a fresh pool instead of waiting
//! forever on threads that do not exist.

use rayon::prelude::*;
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{channel, Receiver, Sender, TryRecvError};
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

/// A batch being computed by workers and by the calling thread together; see [`map_streamed`].
pub struct Stream<'a, T, R, F> {
    items: &'a [T],
    f: &'a F,
    next: AtomicUsize,
    rx: Mutex<Receiver<(usize, R)>>,
}

/// What [`Stream::try_next`] found.
pub enum Poll<R> {
    /// A result and the index of its item.
    Ready(usize, R),
    /// No result is ready yet: call [`Stream::help_or_wait`].
    Pending,
    /// Every result has been taken.
    Done,
}

impl<T: Sync, R: Send, F: Fn(&T) -> R + Sync> Stream<'_, T, R, F> {
    fn claim(&self) -> Option<usize> {
        let i = self.next.fetch_add(1, Ordering::Relaxed);
        (i < self.items.len()).then_some(i)
    }

    /// Take a result a worker has finished, without blocking.
    pub fn try_next(&self) -> Poll<R> {
        let Ok(rx) = self.rx.lock() else {
            return Poll::Done;
        };
        match rx.try_recv() {
            Ok((i, r)) => Poll::Ready(i, r),
            Err(TryRecvError::Empty) => Poll::Pending,
            // No worker is left, but the calling thread may still have items to claim.
            Err(TryRecvError::Disconnected)
                if self.next.load(Ordering::Relaxed) < self.items.len() =>
            {
                Poll::Pending
            }
            Err(TryRecvError::Disconnected) => Poll::Done,
        }
    }

    /// Compute the next unclaimed item on this thread, or, when all are claimed, block
    /// until a worker delivers one. `None` when every result has been taken.
    pub fn help_or_wait(&self) -> Option<(usize, R)> {
        if let Some(i) = self.claim() {
            return Some((i, (self.f)(&self.items[i])));
        }
        self.rx.lock().ok()?.recv().ok()
    }
}

/// Compute `f` over `items` with `threads` threads in all, the calling thread among
/// them, which also consumes the results as they come.
///
/// The calling thread keeps work that only it may do (in slant: building Python
/// objects under the GIL) and, whenever it has nothing to consume, computes an item
/// itself instead of sleeping, so no core idles and no thread waits on a wake-up per
/// item. Results arrive in completion order with their index; the function returns
/// what `consume` returns.
///
/// ```
/// use slant::parallel::{map_streamed, Poll};
/// let mut out = vec![0; 3];
/// map_streamed(&[1, 2, 3], 2, |x| x * 10, |stream| loop {
///     match stream.try_next() {
///         Poll::Ready(i, r) => out[i] = r,
///         Poll::Pending => match stream.help_or_wait() {
///             Some((i, r)) => out[i] = r,
///             None => break,
///         },
///         Poll::Done => break,
///     }
/// });
/// assert_eq!(out, [10, 20, 30]);
/// ```
pub fn map_streamed<T, R, F, C, O>(items: &[T], threads: usize, f: F, consume: C) -> O
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync + Send,
    C: FnOnce(&Stream<'_, T, R, F>) -> O,
{
    let (tx, rx) = channel();
    let stream = Stream {
        items,
        f: &f,
        next: AtomicUsize::new(0),
        rx: Mutex::new(rx),
    };
    let workers = threads.saturating_sub(1);
    let work = |tx: Sender<(usize, R)>| {
        while let Some(i) = stream.claim() {
            // The receiver outlives the workers, so a send cannot fail.
            let _ = tx.send((i, f(&items[i])));
        }
    };
    match pool(workers.max(1)).filter(|_| workers > 0) {
        Some(p) => p.in_place_scope(|scope| {
            for _ in 0..workers {
                let tx = tx.clone();
                let work = &work;
                scope.spawn(move |_| work(tx));
            }
            drop(tx);
            consume(&stream)
        }),
        None => {
            drop(tx);
            consume(&stream)
        }
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
    fn streamed_delivers_every_index_once() {
        let items: Vec<usize> = (0..1000).collect();
        let mut seen = vec![0usize; items.len()];
        map_streamed(
            &items,
            2,
            |x| x * 2,
            |stream| {
                while let Some((i, r)) = stream.help_or_wait() {
                    assert_eq!(r, i * 2);
                    seen[i] += 1;
                }
            },
        );
        assert!(seen.iter().all(|&n| n == 1));
    }

    #[test]
    fn streamed_with_one_thread_computes_on_the_caller() {
        let items: Vec<usize> = (0..50).collect();
        let mut got = Vec::new();
        map_streamed(
            &items,
            1,
            |x| x + 1,
            |stream| loop {
                match stream.try_next() {
                    Poll::Ready(i, r) => got.push((i, r)),
                    Poll::Pending => match stream.help_or_wait() {
                        Some(x) => got.push(x),
                        None => break,
                    },
                    Poll::Done => break,
                }
            },
        );
        assert_eq!(got, items.iter().map(|&x| (x, x + 1)).collect::<Vec<_>>());
    }

    #[test]
    fn explicit_count_wins() {
        assert_eq!(resolve_threads(Some(0)), 1);
        assert_eq!(resolve_threads(Some(4)), 4);
    }
}
