//! Batch execution on rayon with a capped, fork-safe thread pool.
//!
//! Pools are cached per thread count and remember the process that built them: a
//! child process after `fork` (multiprocessing, Dask, Spark workers) inherits the
//! pool's memory but not its threads, so it builds a fresh pool instead of waiting
//! forever on threads that do not exist.

use rayon::prelude::*;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
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

/// Apply `f` to every item and its index in place, on up to `threads` threads.
///
/// ```
/// let mut v = vec![1, 2, 3];
/// slant::parallel::for_each_mut(&mut v, 2, |i, x| *x += i);
/// assert_eq!(v, [1, 3, 5]);
/// ```
pub fn for_each_mut<T, F>(items: &mut [T], threads: usize, f: F)
where
    T: Send,
    F: Fn(usize, &mut T) + Sync + Send,
{
    if threads <= 1 || items.len() < SERIAL_BELOW {
        items.iter_mut().enumerate().for_each(|(i, x)| f(i, x));
        return;
    }
    match pool(threads) {
        Some(p) => p.install(|| {
            items
                .par_iter_mut()
                .with_min_len(1)
                .enumerate()
                .for_each(|(i, x)| f(i, x))
        }),
        None => items.iter_mut().enumerate().for_each(|(i, x)| f(i, x)),
    }
}

/// Run `a` and `b` at once on up to `threads` threads (one after the other on one),
/// for two jobs of which one has serial parts the other can fill.
///
/// ```
/// let (x, y) = slant::parallel::join(2, || 1 + 1, || "two".len());
/// assert_eq!((x, y), (2, 3));
/// ```
pub fn join<A, B, RA, RB>(threads: usize, a: A, b: B) -> (RA, RB)
where
    A: FnOnce() -> RA + Send,
    B: FnOnce() -> RB + Send,
    RA: Send,
    RB: Send,
{
    match pool(threads).filter(|_| threads > 1) {
        Some(p) => p.install(|| rayon::join(a, b)),
        None => (a(), b()),
    }
}

/// A batch being fed, computed and consumed at once; see [`map_streamed`].
///
/// The calling thread publishes the inputs one by one (in slant: reading each Python
/// `str` as UTF-8, which needs the GIL), workers compute every input as soon as it is
/// published, and the calling thread takes the results as they come.
pub struct Stream<'a, T, R, F> {
    slots: &'a [OnceLock<T>],
    f: &'a F,
    /// The next slot to compute.
    next: AtomicUsize,
    /// Slots below this index hold their input.
    published: AtomicUsize,
    /// No more inputs will be published (all were, or the caller gave up).
    closed: AtomicBool,
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
    /// Make the next input available to the workers.
    ///
    /// Inputs take the slots in order. The input comes back as `Err` when every slot
    /// is filled, when publishing has ended, or when another thread publishing at the
    /// same moment took the slot (publish it again).
    pub fn publish(&self, input: T) -> Result<(), T> {
        let i = self.published.load(Ordering::Acquire);
        if i >= self.slots.len() || self.closed.load(Ordering::Acquire) {
            return Err(input);
        }
        // Only the thread that filled slot `i` moves `published` past it, so the
        // counter never skips a slot or goes back.
        self.slots[i].set(input)?;
        self.published.store(i + 1, Ordering::Release);
        Ok(())
    }

    fn close(&self) {
        self.closed.store(true, Ordering::Release);
    }

    /// The index of a published input no other thread computes, or `None` when none
    /// is free now; `Err(())` when none will ever be.
    fn try_claim(&self) -> Result<Option<usize>, ()> {
        loop {
            let n = self.next.load(Ordering::Acquire);
            // Read `closed` before `published`: a close that follows the last publish
            // must not hide that publish.
            let closed = self.closed.load(Ordering::Acquire);
            let published = self.published.load(Ordering::Acquire);
            if n >= published {
                return if closed || n >= self.slots.len() {
                    Err(())
                } else {
                    Ok(None)
                };
            }
            if self
                .next
                .compare_exchange_weak(n, n + 1, Ordering::AcqRel, Ordering::Relaxed)
                .is_ok()
            {
                return Ok(Some(n));
            }
        }
    }

    fn compute(&self, i: usize) -> Option<R> {
        self.slots[i].get().map(self.f)
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
                if self.next.load(Ordering::Relaxed) < self.published.load(Ordering::Acquire) =>
            {
                Poll::Pending
            }
            Err(TryRecvError::Disconnected) => Poll::Done,
        }
    }

    /// Compute the next unclaimed input on this thread, or, when all are claimed, block
    /// until a worker delivers a result. `None` when every result has been taken.
    ///
    /// Calling it ends publishing: inputs not yet published are never computed.
    pub fn help_or_wait(&self) -> Option<(usize, R)> {
        self.close();
        if let Ok(Some(i)) = self.try_claim() {
            return self.compute(i).map(|r| (i, r));
        }
        self.rx.lock().ok()?.recv().ok()
    }

    /// A worker's loop: compute published inputs until none is left, waiting briefly
    /// while the calling thread is still publishing.
    fn work(&self, tx: &Sender<(usize, R)>) {
        let mut idle = 0u32;
        loop {
            match self.try_claim() {
                Ok(Some(i)) => {
                    idle = 0;
                    if let Some(r) = self.compute(i) {
                        // The receiver outlives the workers, so a send cannot fail.
                        let _ = tx.send((i, r));
                    }
                }
                Ok(None) => {
                    idle += 1;
                    // Spin first (the next input is usually microseconds away), then
                    // give the core up so that a long read on the caller costs nothing.
                    if idle < 64 {
                        std::hint::spin_loop();
                    } else if idle < 256 {
                        std::thread::yield_now();
                    } else {
                        std::thread::sleep(std::time::Duration::from_micros(50));
                    }
                }
                Err(()) => return,
            }
        }
    }
}

/// Closes the stream when the consumer returns or unwinds, so that no worker waits
/// for an input that will never be published.
struct CloseOnDrop<'s, T: Sync, R: Send, F: Fn(&T) -> R + Sync>(&'s Stream<'s, T, R, F>);

impl<T: Sync, R: Send, F: Fn(&T) -> R + Sync> Drop for CloseOnDrop<'_, T, R, F> {
    fn drop(&mut self) {
        self.0.close();
        // Inputs nobody will consume need not be computed.
        self.0.next.fetch_max(self.0.slots.len(), Ordering::AcqRel);
    }
}

/// Compute `f` over inputs the calling thread publishes into `slots`, with `threads`
/// threads in all, the calling thread among them, which also consumes the results.
///
/// The calling thread keeps work that only it may do (in slant: reading Python strings
/// and building Python objects under the GIL). Workers start on the first input as
/// soon as it is published, and whenever the calling thread has nothing to consume it
/// computes an input itself instead of sleeping, so no core idles and no thread waits
/// on a wake-up per item. Results arrive in completion order with their index; the
/// function returns what `consume` returns.
///
/// ```
/// use slant::parallel::{map_streamed, Poll};
/// use std::sync::OnceLock;
/// let slots: Vec<OnceLock<i32>> = (0..3).map(|_| OnceLock::new()).collect();
/// let mut out = vec![0; 3];
/// map_streamed(&slots, 2, |x| x * 10, |stream| {
///     for x in [1, 2, 3] {
///         stream.publish(x).expect("a free slot");
///     }
///     loop {
///         match stream.try_next() {
///             Poll::Ready(i, r) => out[i] = r,
///             Poll::Pending => match stream.help_or_wait() {
///                 Some((i, r)) => out[i] = r,
///                 None => break,
///             },
///             Poll::Done => break,
///         }
///     }
/// });
/// assert_eq!(out, [10, 20, 30]);
/// ```
pub fn map_streamed<T, R, F, C, O>(slots: &[OnceLock<T>], threads: usize, f: F, consume: C) -> O
where
    T: Sync + Send,
    R: Send,
    F: Fn(&T) -> R + Sync + Send,
    C: FnOnce(&Stream<'_, T, R, F>) -> O,
{
    let (tx, rx) = channel();
    let stream = Stream {
        slots,
        f: &f,
        next: AtomicUsize::new(0),
        published: AtomicUsize::new(0),
        closed: AtomicBool::new(false),
        rx: Mutex::new(rx),
    };
    let workers = threads.saturating_sub(1);
    match pool(workers.max(1)).filter(|_| workers > 0 && slots.len() >= SERIAL_BELOW) {
        Some(p) => p.in_place_scope(|scope| {
            for _ in 0..workers {
                let tx = tx.clone();
                let stream = &stream;
                scope.spawn(move |_| stream.work(&tx));
            }
            drop(tx);
            let _close = CloseOnDrop(&stream);
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

    fn slots<T>(n: usize) -> Vec<OnceLock<T>> {
        (0..n).map(|_| OnceLock::new()).collect()
    }

    #[test]
    fn streamed_delivers_every_index_once() {
        let slots = slots(1000);
        let mut seen = vec![0usize; slots.len()];
        map_streamed(
            &slots,
            2,
            |x: &usize| x * 2,
            |stream| {
                for i in 0..1000 {
                    assert!(stream.publish(i).is_ok());
                }
                assert_eq!(stream.publish(1000), Err(1000), "every slot is filled");
                while let Some((i, r)) = stream.help_or_wait() {
                    assert_eq!(r, i * 2);
                    seen[i] += 1;
                }
            },
        );
        assert!(seen.iter().all(|&n| n == 1));
    }

    #[test]
    fn two_publishers_lose_no_input() {
        let slots = slots(1000);
        let mut got: Vec<usize> = Vec::new();
        map_streamed(
            &slots,
            2,
            |x: &usize| *x,
            |stream| {
                std::thread::scope(|s| {
                    for half in 0..2 {
                        s.spawn(move || {
                            for x in (half * 500)..(half * 500 + 500) {
                                let mut input = x;
                                while let Err(back) = stream.publish(input) {
                                    input = back;
                                }
                            }
                        });
                    }
                });
                while let Some((_, r)) = stream.help_or_wait() {
                    got.push(r);
                }
            },
        );
        got.sort_unstable();
        assert_eq!(got, (0..1000).collect::<Vec<_>>());
    }

    #[test]
    fn workers_start_before_the_last_input_is_published() {
        let slots = slots(200);
        let mut ready_early = 0;
        map_streamed(
            &slots,
            2,
            |x: &usize| *x,
            |stream| {
                for i in 0..200 {
                    stream.publish(i).expect("a free slot");
                    if i < 199 {
                        // Give the worker time to take what was published.
                        std::thread::sleep(std::time::Duration::from_micros(200));
                    }
                    while let Poll::Ready(..) = stream.try_next() {
                        ready_early += 1;
                    }
                }
                while stream.help_or_wait().is_some() {}
            },
        );
        assert!(
            ready_early > 100,
            "{ready_early} results before the last publish"
        );
    }

    #[test]
    fn consumer_that_stops_early_does_not_hang() {
        let slots = slots(100);
        let taken = map_streamed(
            &slots,
            2,
            |x: &usize| *x,
            |stream| {
                for i in 0..10 {
                    stream.publish(i).expect("a free slot");
                }
                // Returns without publishing the rest or waiting for results.
                matches!(stream.try_next(), Poll::Ready(..)) as usize
            },
        );
        assert!(taken <= 1);
    }

    #[test]
    fn streamed_with_one_thread_computes_on_the_caller() {
        let slots = slots(50);
        let mut got = Vec::new();
        map_streamed(
            &slots,
            1,
            |x: &usize| x + 1,
            |stream| {
                for i in 0..50 {
                    stream.publish(i).expect("a free slot");
                }
                loop {
                    match stream.try_next() {
                        Poll::Ready(i, r) => got.push((i, r)),
                        Poll::Pending => match stream.help_or_wait() {
                            Some(x) => got.push(x),
                            None => break,
                        },
                        Poll::Done => break,
                    }
                }
            },
        );
        assert_eq!(got, (0..50).map(|x| (x, x + 1)).collect::<Vec<_>>());
    }

    #[test]
    fn explicit_count_wins() {
        assert_eq!(resolve_threads(Some(0)), 1);
        assert_eq!(resolve_threads(Some(4)), 4);
    }
}
