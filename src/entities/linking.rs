//! Linking mentions inside a document: short forms of a name join its full form
//! ("Khawaja Muhammad Asif" ← "Khawaja Asif" ← "Kh Asif" ← "Asif"), and every entity
//! gets a canonical name and an id that other documents share.

/// Lowercase ASCII slug for ids: "Rajnath Singh" → "rajnath-singh".
///
/// ```
/// assert_eq!(slant::entities::linking::slug("Khawaja Muhammad Asif"), "khawaja-muhammad-asif");
/// assert_eq!(slant::entities::linking::slug("Côte d’Ivoire"), "côte-d-ivoire");
/// ```
pub fn slug(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut dash = false;
    for c in s.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
            dash = false;
        } else if !dash && !out.is_empty() {
            out.push('-');
            dash = true;
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// Name parts without trailing periods: "Kh. Asif" → ["Kh", "Asif"].
pub fn name_parts(name: &str) -> Vec<&str> {
    name.split(|c: char| c.is_whitespace())
        .map(|p| p.trim_end_matches('.'))
        .filter(|p| !p.is_empty())
        .collect()
}

/// Whether `short` can stand for `full` ("Kh" for "Khawaja", "J" for "John").
fn part_matches(short: &str, full: &str) -> bool {
    if short.eq_ignore_ascii_case(full) {
        return true;
    }
    // An abbreviation: a proper prefix of at least one letter, written with a capital.
    short.len() < full.len()
        && short.chars().next().is_some_and(char::is_uppercase)
        && full.is_char_boundary(short.len())
        && full[..short.len()].eq_ignore_ascii_case(short)
        && short.len() <= 3
}

/// Whether the person name `short` is a short form of `full`: its parts appear in
/// `full` in order (abbreviated or whole), and it keeps the surname or is one part.
///
/// ```
/// use slant::entities::linking::short_form_of;
/// assert!(short_form_of("Khawaja Asif", "Khawaja Muhammad Asif"));
/// assert!(short_form_of("Kh Asif", "Khawaja Muhammad Asif"));
/// assert!(short_form_of("Asif", "Khawaja Muhammad Asif"));
/// assert!(short_form_of("Singh", "Rajnath Singh"));
/// assert!(!short_form_of("Rajnath Kumar", "Rajnath Singh"));
/// ```
pub fn short_form_of(short: &str, full: &str) -> bool {
    let s = name_parts(short);
    let f = name_parts(full);
    if s.is_empty() || s.len() >= f.len() {
        return false;
    }
    if s.len() == 1 {
        // A lone part links to the surname, or to a given name that is not an initial.
        return s[0].len() > 1 && f.iter().any(|p| p.eq_ignore_ascii_case(s[0]));
    }
    if !part_matches(s[s.len() - 1], f[f.len() - 1]) || s[s.len() - 1].len() < 2 {
        return false;
    }
    let mut j = 0;
    for part in &s {
        while j < f.len() && !part_matches(part, f[j]) {
            j += 1;
        }
        if j == f.len() {
            return false;
        }
        j += 1;
    }
    true
}

/// For each person name in a document, the full name it stands for: the longest
/// name of which it is a short form, when exactly one such full name exists.
pub fn link_people(names: &[String]) -> Vec<String> {
    let mut distinct: Vec<&String> = Vec::new();
    for n in names {
        if !distinct.contains(&n) {
            distinct.push(n);
        }
    }
    names
        .iter()
        .map(|n| {
            let fulls: Vec<&&String> = distinct.iter().filter(|f| short_form_of(n, f)).collect();
            // The longest full names; ambiguity ("Singh" with two Singhs) links nothing.
            let max = fulls.iter().map(|f| name_parts(f).len()).max();
            let longest: Vec<&&&String> = fulls
                .iter()
                .filter(|f| Some(name_parts(f).len()) == max)
                .collect();
            let mut candidates: Vec<&str> = longest.iter().map(|f| f.as_str()).collect();
            candidates.dedup();
            if candidates.len() == 1 {
                candidates[0].to_string()
            } else {
                n.clone()
            }
        })
        .collect()
}

/// Link people across the documents of a corpus: a name that is, in the whole corpus,
/// a short form of exactly one longer name takes that name's canonical form and id
/// ("Kh Asif" in one article, "Khawaja Muhammad Asif" in another).
///
/// ```
/// use slant::entities::{linking::link_across, EntityTagger};
/// let t = EntityTagger::default();
/// let mut docs = vec![
///     t.tag("Defence Minister Khawaja Muhammad Asif spoke.", None),
///     t.tag("Defence Minister Kh Asif left.", None),
/// ];
/// link_across(&mut docs);
/// assert_eq!(docs[1][0].canonical, "Khawaja Muhammad Asif");
/// assert_eq!(docs[0][0].id, docs[1][0].id);
/// ```
pub fn link_across(docs: &mut [Vec<super::Entity>]) {
    let mut names: Vec<String> = Vec::new();
    for e in docs.iter().flatten() {
        if e.label == super::Label::Person && !names.contains(&e.canonical) {
            names.push(e.canonical.clone());
        }
    }
    let linked = link_people(&names);
    for e in docs.iter_mut().flatten() {
        if e.label != super::Label::Person {
            continue;
        }
        if let Some(k) = names.iter().position(|n| *n == e.canonical) {
            if linked[k] != e.canonical {
                e.canonical = linked[k].clone();
                e.id = format!("person:{}", slug(&e.canonical));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chain_of_short_forms() {
        let names: Vec<String> = [
            "Khawaja Muhammad Asif",
            "Khawaja Asif",
            "Kh Asif",
            "Asif",
            "Rajnath Singh",
            "Singh",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let linked = link_people(&names);
        assert_eq!(&linked[..4], ["Khawaja Muhammad Asif"; 4]);
        assert_eq!(&linked[4..], ["Rajnath Singh"; 2]);
    }

    #[test]
    fn ambiguous_surname_stays() {
        let names: Vec<String> = ["Rajnath Singh", "Manmohan Singh", "Singh"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(link_people(&names)[2], "Singh");
    }
}
