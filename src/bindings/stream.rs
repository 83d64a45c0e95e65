//! Taking the results of a [`crate::parallel::Stream`] under the GIL.

use crate::parallel::{Poll, Stream};
use pyo3::prelude::*;

/// Hand every result of `stream` to `take`, which runs with the GIL held (it builds the
/// Python objects); whenever no result is ready, release the GIL and compute one input
/// on this thread instead of waiting.
///
/// Call it after the last [`Stream::publish`].
pub(crate) fn drain<T, R, F>(
    py: Python<'_>,
    stream: &Stream<'_, T, R, F>,
    mut take: impl FnMut(usize, R) -> PyResult<()>,
) -> PyResult<()>
where
    T: Sync + Send,
    R: Send,
    F: Fn(&T) -> R + Sync,
{
    loop {
        let (i, result) = match stream.try_next() {
            Poll::Ready(i, r) => (i, r),
            Poll::Pending => match py.detach(|| stream.help_or_wait()) {
                Some(next) => next,
                None => return Ok(()),
            },
            Poll::Done => return Ok(()),
        };
        take(i, result)?;
    }
}
