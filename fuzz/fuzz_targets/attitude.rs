//! Attitude toward any span of any text: offsets from the first four bytes.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.len() < 4 {
        return;
    }
    let start = usize::from(u16::from_le_bytes([data[0], data[1]]));
    let end = usize::from(u16::from_le_bytes([data[2], data[3]]));
    let text = String::from_utf8_lossy(&data[4..]);
    let a = slant::stance::attitude::attitude(&text, start, end);
    assert!((-1.0..=1.0).contains(&a.score));
    assert!(a.sentence.end <= text.len());
});
