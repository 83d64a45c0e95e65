//! Gazetteer and catalogue records with any field values: validation errors, never
//! a panic; valid ones build a gazetteer and incidents.
#![no_main]
use libfuzzer_sys::fuzz_target;
use slant::entities::gazetteer::{Gazetteer, Record};
use slant::incidents::catalogue::CatalogueRecord;

fuzz_target!(|text: &str| {
    // Fields are separated by U+001F, records by newlines.
    let mut entries = Vec::new();
    let mut catalogue = Vec::new();
    for line in text.lines().take(16) {
        let f: Vec<&str> = line.split('\u{1f}').collect();
        let get = |i: usize| f.get(i).copied().unwrap_or("").to_string();
        let opt = |i: usize| f.get(i).filter(|s| !s.is_empty()).map(|s| s.to_string());
        let record = Record {
            label: get(0),
            canonical: get(1),
            aliases: get(2).split('|').map(str::to_string).collect(),
            id: opt(3),
            parent: opt(4),
        };
        if let Ok(entry) = record.into_entry() {
            entries.push(entry);
        }
        catalogue.push(CatalogueRecord {
            id: get(1),
            name: get(2),
            ty: get(0),
            places: get(3).split('|').map(str::to_string).collect(),
            date: opt(4),
            aliases: get(5).split('|').map(str::to_string).collect(),
        });
    }
    // A small gazetteer of the valid records: merging into the embedded one would
    // spend each run rebuilding 65,000 entries.
    let g = Gazetteer::new(entries);
    for record in catalogue {
        let _ = record.into_incident(&g);
    }
    let _ = Gazetteer::parse_tsv(text);
});
