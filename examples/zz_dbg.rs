fn main() {
    let text = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    let tagger = slant::entities::EntityTagger::default();
    let (_a, ms) = slant::incidents::names::analyze(&tagger, &text, None);
    for (i, m) in ms.iter().enumerate() {
        println!(
            "{i} {:?} ty={} refers={:?} anchored={} places={:?} date={:?} parts={:?}",
            &text[m.start..m.end],
            m.ty,
            m.refers_to,
            m.anchored(),
            m.places,
            m.date,
            m.participants
        );
    }
}
