//! Print the incidents of a corpus and which files mention each, for development.
//!
//!   cargo run --release --example coverage -- FILE...

use slant::corpus::analyze;
use slant::entities::EntityTagger;
use slant::incidents::lexicon::types;

fn main() {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    let texts: Vec<String> = paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("read file"))
        .collect();
    let docs: Vec<(&str, Option<slant::entities::dates::Day>)> =
        texts.iter().map(|t| (t.as_str(), None)).collect();
    let r = analyze(&EntityTagger::default(), &docs, &[], 2);
    for inc in &r.incidents {
        let mut per_doc = vec![0usize; docs.len()];
        for &(d, i) in &inc.mentions {
            if !r.docs[d].repeated[r.docs[d].mentions[i].sentence] {
                per_doc[d] += 1;
            }
        }
        println!("{} [{}] {:?}", inc.name, types().name(inc.ty), per_doc);
        for &(d, i) in inc.mentions.iter().take(12) {
            let m = &r.docs[d].mentions[i];
            println!(
                "    {d}: {:?} who={:?} places={:?} countries={:?} targets={:?} date={:?} name={:?} refers={:?}",
                &texts[d][m.start..m.end],
                m.participants,
                m.places,
                m.countries,
                m.targets,
                m.date.map(|r| (r.first.iso(), r.last.iso())),
                m.name,
                m.refers_to
            );
        }
    }
}
