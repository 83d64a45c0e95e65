//! Print the quotes of each file and who speaks, for development.
//!
//!   cargo run --release --example quotes -- FILE...

use slant::entities::EntityTagger;
use slant::stance::quotes::find_quotes;

fn main() {
    let tagger = EntityTagger::default();
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).expect("read file");
        let a = tagger.analyze(&text, None);
        println!("== {path}");
        for q in find_quotes(&text, &a) {
            let speaker = q.speaker.map_or("?", |(s, e)| &text[s..e]);
            let canonical = q
                .entity
                .map_or(String::new(), |k| format!(" [{}]", a.entities[k].id));
            let verb = q.verb.map_or("", |(s, e)| &text[s..e]);
            let quote: String = text[q.start..q.end].chars().take(70).collect();
            println!(
                "{:>8} {speaker}{canonical} {verb}/{}: {quote}",
                q.kind,
                q.verb_class.unwrap_or("-")
            );
        }
    }
}
