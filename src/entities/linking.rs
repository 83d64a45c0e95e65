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

/// Name parts without trailing periods or a generational suffix: "Kh. Asif" →
/// ["Kh", "Asif"], "Joseph R. Biden Jr." → ["Joseph", "R", "Biden"], so that the
/// surname is the last part.
///
/// ```
/// use slant::entities::linking::name_parts;
/// assert_eq!(name_parts("Joseph R. Biden Jr."), ["Joseph", "R", "Biden"]);
/// assert_eq!(name_parts("Kh. Asif"), ["Kh", "Asif"]);
/// ```
pub fn name_parts(name: &str) -> Vec<&str> {
    let mut parts: Vec<&str> = name
        .split(|c: char| c.is_whitespace() || c == ',')
        .map(|p| p.trim_end_matches('.'))
        .filter(|p| !p.is_empty())
        .collect();
    while parts.len() > 2
        && parts.last().is_some_and(|p| {
            ["jr", "sr", "ii", "iii", "iv"]
                .iter()
                .any(|s| p.eq_ignore_ascii_case(s))
        })
    {
        parts.pop();
    }
    parts
}

/// Whether `short` can stand for `full` ("Kh" for "Khawaja", "J" for "John").
fn part_matches(short: &str, full: &str) -> bool {
    if short.eq_ignore_ascii_case(full) || crate::knowledge::is_nickname_of(short, full) {
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
/// // A usual short form of a given name, a middle initial and "Jr." left out.
/// assert!(short_form_of("Joe Biden", "Joseph R. Biden Jr."));
/// assert!(short_form_of("Chuck Schumer", "Charles E. Schumer"));
/// assert!(!short_form_of("Joe Schumer", "Charles E. Schumer"));
/// // As many parts, one of them a usual short form.
/// assert!(short_form_of("Mo Cheeks", "Maurice Cheeks"));
/// assert!(!short_form_of("Maurice Cheeks", "Mo Cheeks"));
/// assert!(!short_form_of("Maurice Cheeks", "Maurice Cheeks"));
/// ```
pub fn short_form_of(short: &str, full: &str) -> bool {
    let s = name_parts(short);
    let f = name_parts(full);
    // As many parts, each the other's or a short form of it: "Mo Cheeks" of "Maurice
    // Cheeks", "J. Smith" of "John Smith".
    if s.len() == f.len() && s.len() >= 2 {
        return s != f
            && s.iter().zip(&f).all(|(a, b)| part_matches(a, b))
            && s[s.len() - 1].eq_ignore_ascii_case(f[f.len() - 1]);
    }
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

/// Distinct person names indexed by their parts, so that finding the full names a
/// short form may stand for looks at the names sharing a part, not at all of them
/// (a long document or a corpus holds thousands).
pub struct NameIndex<'a> {
    names: Vec<&'a str>,
    lengths: Vec<usize>,
    /// Lowercased part → names having it (for one-part short forms).
    by_part: std::collections::HashMap<String, Vec<usize>>,
    /// First two letters of the surname, lowercased → names (for longer short forms,
    /// whose last part must match the surname, perhaps abbreviated).
    by_surname: std::collections::HashMap<String, Vec<usize>>,
}

fn lower_prefix(part: &str, n: usize) -> String {
    part.chars().take(n).flat_map(char::to_lowercase).collect()
}

impl<'a> NameIndex<'a> {
    /// Index the distinct names among `names`.
    pub fn new(names: impl IntoIterator<Item = &'a str>) -> Self {
        let mut index = NameIndex {
            names: Vec::new(),
            lengths: Vec::new(),
            by_part: Default::default(),
            by_surname: Default::default(),
        };
        let mut seen = std::collections::HashSet::new();
        for name in names {
            if !seen.insert(name) {
                continue;
            }
            let k = index.names.len();
            let parts = name_parts(name);
            for p in &parts {
                let list = index.by_part.entry(p.to_lowercase()).or_default();
                if list.last() != Some(&k) {
                    list.push(k);
                }
            }
            if let Some(last) = parts.last() {
                index
                    .by_surname
                    .entry(lower_prefix(last, 2))
                    .or_default()
                    .push(k);
            }
            index.names.push(name);
            index.lengths.push(parts.len());
        }
        index
    }

    /// Whether `name` is one of the indexed names, a short form of one, or has one of
    /// them as its short form.
    pub fn related(&self, name: &str) -> bool {
        let parts = name_parts(name);
        let Some(last) = parts.last() else {
            return false;
        };
        // Indexed names that may be short forms of `name` share one of its parts, or
        // (abbreviated) its surname; those it may stand for share its surname.
        let mut candidates: Vec<usize> = parts
            .iter()
            .filter_map(|p| self.by_part.get(&p.to_lowercase()))
            .flatten()
            .copied()
            .collect();
        if let Some(list) = self.by_surname.get(&lower_prefix(last, 2)) {
            candidates.extend(list);
        }
        candidates.into_iter().any(|k| {
            self.names[k] == name
                || short_form_of(self.names[k], name)
                || short_form_of(name, self.names[k])
        })
    }

    /// The one longest name of which `short` is a short form, if exactly one exists.
    pub fn full_of(&self, short: &str) -> Option<&'a str> {
        let parts = name_parts(short);
        let candidates = match parts.as_slice() {
            [] => return None,
            [one] => self.by_part.get(&one.to_lowercase()),
            [.., last] => self.by_surname.get(&lower_prefix(last, 2)),
        }?;
        let mut best: Option<(usize, &'a str)> = None;
        let mut ambiguous = false;
        for &k in candidates {
            if !short_form_of(short, self.names[k]) {
                continue;
            }
            match best {
                Some((len, _)) if self.lengths[k] < len => {}
                Some((len, name)) if self.lengths[k] == len => ambiguous |= name != self.names[k],
                _ => {
                    best = Some((self.lengths[k], self.names[k]));
                    ambiguous = false;
                }
            }
        }
        // The longest full names; ambiguity ("Singh" with two Singhs) links nothing.
        best.filter(|_| !ambiguous).map(|(_, name)| name)
    }
}

/// For each person name in a document, the full name it stands for: the longest
/// name of which it is a short form, when exactly one such full name exists.
pub fn link_people(names: &[String]) -> Vec<String> {
    let index = NameIndex::new(names.iter().map(String::as_str));
    let mut found: std::collections::HashMap<&str, &str> = Default::default();
    names
        .iter()
        .map(|n| {
            let full = *found
                .entry(n)
                .or_insert_with(|| index.full_of(n).unwrap_or(n));
            full.to_string()
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
    let names: Vec<String> = docs
        .iter()
        .flatten()
        .filter(|e| e.label == super::Label::Person)
        .map(|e| e.canonical.clone())
        .collect();
    // One spelling per name: "W. Mark Felt Sr." and "W. Mark Felt" are written alike
    // but for the suffix and its stop, and go by the spelling written most often.
    let same = same_name_spellings(&names);
    let names: Vec<String> = names
        .into_iter()
        .map(|n| same.get(&n).cloned().unwrap_or(n))
        .collect();
    for e in docs.iter_mut().flatten() {
        if e.label == super::Label::Person && e.id == format!("person:{}", slug(&e.canonical)) {
            if let Some(n) = same.get(&e.canonical) {
                e.canonical = n.clone();
                e.id = format!("person:{}", slug(n));
            }
        }
    }
    let index = NameIndex::new(names.iter().map(String::as_str));
    // Each distinct name's full form, found once.
    let mut full: std::collections::HashMap<&str, Option<String>> = Default::default();
    for n in &names {
        full.entry(n.as_str())
            .or_insert_with(|| index.full_of(n).filter(|f| f != n).map(str::to_string));
    }
    // A name's id: a gazetteer's (a user's pinned id) where some mention has one,
    // else the one made from the name.
    let made = |name: &str| format!("person:{}", slug(name));
    let mut ids: std::collections::HashMap<String, String> = Default::default();
    for e in docs.iter().flatten() {
        if e.label == super::Label::Person && e.id != made(&e.canonical) {
            ids.entry(e.canonical.clone())
                .or_insert_with(|| e.id.clone());
        }
    }
    for e in docs.iter_mut().flatten() {
        // A pinned id stays.
        if e.label != super::Label::Person || e.id != made(&e.canonical) {
            continue;
        }
        if let Some(Some(f)) = full.get(e.canonical.as_str()) {
            e.canonical = f.clone();
            e.id = ids.get(f).cloned().unwrap_or_else(|| made(f));
        }
    }
}

/// Spellings of one name that differ only by a generational suffix or stops ("W.
/// Mark Felt Sr.", "W. Mark Felt"), each mapped to the one written most often (the
/// shorter on a tie). Where a corpus writes both "Jr." and "Sr." after a name, father
/// and son stay apart.
fn same_name_spellings(names: &[String]) -> std::collections::HashMap<String, String> {
    use std::collections::HashMap;
    let suffix = |n: &str| {
        let last = n
            .rsplit([' ', ','])
            .next()
            .unwrap_or("")
            .trim_end_matches('.');
        ["jr", "sr", "ii", "iii", "iv"]
            .iter()
            .find(|s| last.eq_ignore_ascii_case(s))
            .copied()
    };
    let mut groups: HashMap<String, HashMap<&str, usize>> = HashMap::new();
    for n in names {
        let parts = name_parts(n);
        if parts.len() < 2 {
            continue;
        }
        let key = parts.join(" ").to_lowercase();
        *groups
            .entry(key)
            .or_default()
            .entry(n.as_str())
            .or_default() += 1;
    }
    let mut out = HashMap::new();
    for spellings in groups.values() {
        let suffixes: std::collections::HashSet<_> =
            spellings.keys().filter_map(|n| suffix(n)).collect();
        if spellings.len() < 2 || suffixes.len() > 1 {
            continue;
        }
        let Some(best) = spellings
            .iter()
            .max_by(|a, b| {
                a.1.cmp(b.1)
                    .then(b.0.len().cmp(&a.0.len()))
                    .then(b.0.cmp(a.0))
            })
            .map(|(n, _)| *n)
        else {
            continue;
        };
        for n in spellings.keys().filter(|n| **n != best) {
            out.insert(n.to_string(), best.to_string());
        }
    }
    out
}

/// A surname with a title goes to the person of the corpus who bears that title:
/// "President Biden" in an article whose only full name is "Hunter Biden" is the
/// "President Joe Biden" another article names, when exactly one full name of the
/// corpus with that surname is written after that title and the one the article
/// linked it to never is. The article's descriptions by that title ("the president")
/// follow it, as does the bare surname after it.
///
/// ```
/// use slant::entities::{linking::link_titled_surnames, EntityTagger};
/// let t = EntityTagger::default();
/// let texts = [
///     "President Joe Biden pardoned his son Hunter Biden on Sunday.",
///     "A judge dismissed the case against Hunter Biden after President Biden pardoned him.",
/// ];
/// let mut docs: Vec<_> = texts.iter().map(|x| t.tag(x, None)).collect();
/// link_titled_surnames(&texts, &mut docs);
/// let president = docs[1].iter().find(|e| e.text_in(texts[1]) == "Biden").unwrap();
/// assert_eq!(president.id, "person:joe-biden");
/// ```
pub fn link_titled_surnames(texts: &[&str], docs: &mut [Vec<super::Entity>]) {
    use super::pipeline::is_title_word;
    use super::Label;
    use std::collections::{HashMap, HashSet};
    // The title word right before a mention, lowercase and without its stop.
    let title_of = |text: &str, e: &super::Entity| {
        let before = text.get(..e.start)?.trim_end();
        let word = before
            .rsplit(|c: char| !(c.is_alphanumeric() || c == '.' || c == '-'))
            .next()?;
        is_title_word(word).then(|| word.trim_end_matches('.').to_lowercase())
    };
    let surname = |name: &str| name_parts(name).last().map(|s| s.to_string());
    // Full name -> (its id, the titles written before it in full).
    let mut titled: HashMap<String, (String, HashSet<String>)> = HashMap::new();
    for (d, list) in docs.iter().enumerate() {
        let text = texts.get(d).copied().unwrap_or("");
        for e in list.iter().filter(|e| e.label == Label::Person) {
            if name_parts(&e.canonical).len() < 2 {
                continue;
            }
            if !titled.contains_key(&e.canonical) {
                titled.insert(e.canonical.clone(), (e.id.clone(), HashSet::new()));
            }
            let Some(entry) = titled.get_mut(&e.canonical) else {
                continue;
            };
            let in_full = text.get(e.start..e.end).is_some_and(|s| s.contains(' '));
            if let Some(t) = title_of(text, e).filter(|_| in_full) {
                entry.1.insert(t);
            }
        }
    }
    // Full names by surname: a titled surname is tried against its namesakes only.
    let mut by_surname: HashMap<String, Vec<&str>> = HashMap::new();
    for name in titled.keys() {
        if let Some(last) = surname(name) {
            by_surname.entry(last).or_default().push(name);
        }
    }
    for (d, list) in docs.iter_mut().enumerate() {
        let text = texts.get(d).copied().unwrap_or("");
        // (title or surname, full name the article linked) -> the full name it
        // means, and where the article first wrote the title.
        let mut moved: HashMap<(String, String), (String, String, usize)> = HashMap::new();
        for e in list.iter_mut().filter(|e| e.label == Label::Person) {
            let Some(surface) = text.get(e.start..e.end) else {
                continue;
            };
            let Some(title) = title_of(text, e) else {
                continue;
            };
            let Some((_, own)) = titled.get(&e.canonical) else {
                continue;
            };
            if own.contains(&title) || surname(&e.canonical).as_deref() != Some(surface) {
                continue;
            }
            let namesakes = by_surname
                .get(surface)
                .map(Vec::as_slice)
                .unwrap_or_default();
            let mut bearers = namesakes
                .iter()
                .filter_map(|&name| Some((name, titled.get(name)?)))
                .filter(|(_, (_, ts))| ts.contains(&title));
            if let (Some((name, (id, _))), None) = (bearers.next(), bearers.next()) {
                let name = name.to_string();
                let to = (name.clone(), id.clone(), e.start);
                moved
                    .entry((title, e.canonical.clone()))
                    .or_insert(to.clone());
                moved
                    .entry((surface.to_string(), e.canonical.clone()))
                    .or_insert(to);
                (e.canonical, e.id) = (name.clone(), id.clone());
            }
        }
        if moved.is_empty() {
            continue;
        }
        // "the president" the article had given to the same wrong holder, and the
        // bare surname after the title: "President Biden ... Biden had put his family".
        for e in list.iter_mut().filter(|e| e.label == Label::Person) {
            let Some(surface) = text.get(e.start..e.end) else {
                continue;
            };
            let title = (surface.to_lowercase(), e.canonical.clone());
            let bare = (surface.to_string(), e.canonical.clone());
            let to = moved
                .get(&title)
                .or_else(|| moved.get(&bare).filter(|m| m.2 < e.start));
            if let Some((name, id, _)) = to {
                (e.canonical, e.id) = (name.clone(), id.clone());
            }
        }
    }
}

/// Places the corpus names in full go by a shorter form of that name in other
/// articles: "Key Bridge" beside the "Francis Scott Key Bridge", "Reagan National
/// Airport" beside "Reagan Washington National Airport", "Hualien" beside "Hualien
/// County". A short form takes the full name's canonical form and id when exactly one
/// full name of the corpus fits it; places the gazetteer lists keep their ids.
///
/// ```
/// use slant::entities::{linking::link_place_short_forms, EntityTagger};
/// let t = EntityTagger::default();
/// let mut docs = vec![
///     t.tag("A ship struck the Francis Scott Key Bridge in Baltimore.", None),
///     t.tag("The Key Bridge collapsed.", None),
/// ];
/// link_place_short_forms(&mut docs);
/// let short = docs[1].iter().find(|e| e.canonical.ends_with("Key Bridge")).unwrap();
/// assert_eq!(short.canonical, "Francis Scott Key Bridge");
/// ```
pub fn link_place_short_forms(docs: &mut [Vec<super::Entity>]) {
    use super::Label;
    use std::collections::BTreeMap;
    let made = |e: &super::Entity| {
        matches!(e.label, Label::Gpe | Label::Loc)
            && e.id == format!("{}:{}", e.label.as_str().to_lowercase(), slug(&e.canonical))
    };
    // Each made place name with the label and id of its first mention.
    let mut names: BTreeMap<&str, (Label, &str)> = BTreeMap::new();
    for e in docs.iter().flatten().filter(|e| made(e)) {
        names.entry(&e.canonical).or_insert((e.label, &e.id));
    }
    // Names of two or more words by their last word, and by all but their last: a
    // short form shares the one ("Key Bridge") or is the other ("Hualien"), so each
    // name is tried against a few candidates, not the whole corpus.
    let mut by_key: std::collections::HashMap<&str, Vec<&str>> = Default::default();
    for &name in names.keys() {
        if let Some((rest, last)) = name.rsplit_once(' ') {
            by_key.entry(last).or_default().push(name);
            by_key.entry(rest).or_default().push(name);
        }
    }
    let mut full_of: std::collections::HashMap<String, (String, Label, String)> =
        Default::default();
    for &short in names.keys() {
        let last = short.rsplit(' ').next().unwrap_or(short);
        let mut candidates: Vec<&str> = by_key.get(last).into_iter().flatten().copied().collect();
        candidates.extend(by_key.get(short).into_iter().flatten().copied());
        candidates.sort_unstable();
        candidates.dedup();
        let mut fits = candidates
            .into_iter()
            .filter(|full| short_place_form(short, full));
        if let (Some(full), None) = (fits.next(), fits.next()) {
            let (label, id) = names[full];
            full_of.insert(short.to_string(), (full.to_string(), label, id.to_string()));
        }
    }
    if full_of.is_empty() {
        return;
    }
    for e in docs.iter_mut().flatten() {
        if !made(e) {
            continue;
        }
        if let Some((full, label, id)) = full_of.get(&e.canonical) {
            (e.canonical, e.label, e.id) = (full.clone(), *label, id.clone());
        }
    }
}

/// Whether place name `short` is a shorter form of `full`: the bare name of a
/// division ("Hualien" of "Hualien County"), or a named structure or natural place
/// with the same head word whose words are the full name's last ones ("Key Bridge")
/// or, keeping its first word, some of them in order ("Reagan National Airport").
fn short_place_form(short: &str, full: &str) -> bool {
    use crate::knowledge::{has_head, Head};
    let s: Vec<&str> = short.split_whitespace().collect();
    let f: Vec<&str> = full.split_whitespace().collect();
    let (Some(&head), Some(&last)) = (s.last(), f.last()) else {
        return false;
    };
    if s.len() >= f.len() {
        return false;
    }
    if f.len() == s.len() + 1 && f[..s.len()] == s[..] {
        return has_head(&last.to_lowercase(), Head::Division);
    }
    let lower = head.to_lowercase();
    if s.len() < 2
        || head != last
        || !(has_head(&lower, Head::Facility) || has_head(&lower, Head::Loc))
    {
        return false;
    }
    if f[f.len() - s.len()..] == s[..] {
        return true;
    }
    let mut rest = f.iter();
    s[0] == f[0] && s.iter().all(|w| rest.any(|x| x == w))
}

/// Whether two words differ by one letter added, dropped or changed ("Rait" and
/// "Raite", "Zelensky" and "Zelenskyy"), ignoring case.
fn one_letter_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (
        a.chars().flat_map(char::to_lowercase).collect(),
        b.chars().flat_map(char::to_lowercase).collect(),
    );
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if long.len() - short.len() > 1 || a == b {
        return false;
    }
    let same_start = short
        .iter()
        .zip(long.iter())
        .take_while(|(x, y)| x == y)
        .count();
    if short.len() == long.len() {
        short[same_start + 1..] == long[same_start + 1..]
    } else {
        short[same_start..] == long[same_start + 1..]
    }
}

/// A given name without its pet-name ending, lowercase: "Bettie", "Betty" and "Betti"
/// are all "bett"; none for a name of no such ending ("Dan" is not "Dani").
fn pet_stem(given: &str) -> Option<String> {
    let lower = given.to_lowercase();
    ["ie", "ey", "y", "i"]
        .iter()
        .find_map(|end| {
            lower
                .strip_suffix(end)
                .filter(|stem| stem.chars().count() >= 3)
        })
        .map(str::to_string)
}

/// People whose names are spelt two ways across a corpus ("Duncan Rait" and "Duncan
/// Raite", "Volodymyr Zelensky" and "Volodymyr Zelenskyy", "Bettie Page" and "Betty
/// Page"): the same given names and a surname one letter apart (four letters or more,
/// same first letter), or the same surname and a given name with another pet-name
/// ending, are one person, under the spelling most mentions use, when no third
/// spelling competes.
///
/// ```
/// use slant::entities::{linking::merge_spellings, EntityTagger};
/// let t = EntityTagger::default();
/// let mut docs = vec![
///     t.tag("President Volodymyr Zelenskyy spoke in Kyiv.", None),
///     t.tag("Volodymyr Zelenskyy and Volodymyr Zelensky are one man.", None),
/// ];
/// merge_spellings(&mut docs);
/// let ids: std::collections::HashSet<&str> = docs.iter().flatten()
///     .filter(|e| e.canonical.starts_with("Volodymyr")).map(|e| e.id.as_str()).collect();
/// assert_eq!(ids.len(), 1);
/// ```
pub fn merge_spellings(docs: &mut [Vec<super::Entity>]) {
    use std::collections::HashMap;
    let made = |name: &str| format!("person:{}", slug(name));
    let mut counts: HashMap<String, usize> = HashMap::new();
    for e in docs.iter().flatten() {
        if e.label == super::Label::Person && name_parts(&e.canonical).len() >= 2 {
            *counts.entry(e.canonical.clone()).or_default() += 1;
        }
    }
    // Names by their given names, so only names that share them are compared.
    let mut by_given: HashMap<String, Vec<&String>> = HashMap::new();
    for name in counts.keys() {
        let parts = name_parts(name);
        let given = parts[..parts.len() - 1].join(" ").to_lowercase();
        by_given.entry(given).or_default().push(name);
    }
    // Whether `b` is the spelling to keep over `a`: the one most mentions use; on a
    // tie, the first in order.
    let keeps = |a: &String, b: &String| {
        let (na, nb) = (counts[a], counts[b]);
        nb > na || (nb == na && b < a)
    };
    let mut into: HashMap<String, String> = HashMap::new();
    for names in by_given.values() {
        for a in names {
            let last_a = *name_parts(a).last().unwrap_or(&"");
            let close: Vec<&&String> = names
                .iter()
                .filter(|b| {
                    let last_b = *name_parts(b).last().unwrap_or(&"");
                    last_a.chars().count() >= 4
                        && last_b.chars().count() >= 4
                        && last_a.chars().next() == last_b.chars().next()
                        && one_letter_apart(last_a, last_b)
                })
                .collect();
            if let [b] = close[..] {
                if keeps(a, b) {
                    into.insert((*a).clone(), (*b).clone());
                }
            }
        }
    }
    // The same surname and a given name spelt with another pet-name ending ("Bettie
    // Page" and "Betty Page", "Jennie" and "Jenny"); given names a letter apart
    // otherwise stay two people ("John" and "Joan").
    let mut by_surname: HashMap<String, Vec<&String>> = HashMap::new();
    for name in counts.keys() {
        let parts = name_parts(name);
        if let [given, surname] = parts[..] {
            if surname.chars().count() >= 4 && given.chars().count() >= 3 {
                by_surname
                    .entry(surname.to_lowercase())
                    .or_default()
                    .push(name);
            }
        }
    }
    for names in by_surname.values() {
        for a in names {
            let Some(given_a) = pet_stem(name_parts(a)[0]) else {
                continue;
            };
            let close: Vec<&&String> = names
                .iter()
                .filter(|b| b != &a && pet_stem(name_parts(b)[0]).as_ref() == Some(&given_a))
                .collect();
            if let [b] = close[..] {
                if keeps(a, b) && !into.contains_key(*a) {
                    into.insert((*a).clone(), (*b).clone());
                }
            }
        }
    }
    // A surname alone spelt as no full name of the corpus spells it, one letter from
    // the surname of exactly one ("Zelensky" beside "Volodymyr Zelenskyy"), takes
    // that spelling; `link_across` then finds its full name.
    let surnames: HashMap<String, &str> = counts
        .keys()
        .filter(|n| !into.contains_key(*n))
        .filter_map(|n| name_parts(n).last().map(|p| (p.to_lowercase(), *p)))
        .collect();
    let lone: std::collections::HashSet<&str> = docs
        .iter()
        .flatten()
        .filter(|e| e.label == super::Label::Person && name_parts(&e.canonical).len() == 1)
        .map(|e| e.canonical.as_str())
        .collect();
    let mut respelt: Vec<(String, String)> = Vec::new();
    for name in lone {
        // A given name alone ("Martin") may be anyone's.
        if name.chars().count() < 5
            || surnames.contains_key(&name.to_lowercase())
            || super::pipeline::is_given_name(name)
        {
            continue;
        }
        let close: Vec<&&str> = surnames
            .values()
            .filter(|s| s.chars().next() == name.chars().next() && one_letter_apart(name, s))
            .collect();
        if let [s] = close[..] {
            respelt.push((name.to_string(), s.to_string()));
        }
    }
    into.extend(respelt);
    if into.is_empty() {
        return;
    }
    for e in docs.iter_mut().flatten() {
        if e.label != super::Label::Person || e.id != made(&e.canonical) {
            continue;
        }
        if let Some(to) = into.get(&e.canonical) {
            e.canonical = to.clone();
            e.id = made(to);
        }
    }
}

/// Which of a document's tokens an entity covers, in one pass over both ordered lists.
pub(crate) fn covered_tokens(a: &super::Analysis) -> Vec<bool> {
    let n = a.tokens.len();
    let mut covered = vec![false; n];
    let mut at = 0;
    for e in &a.entities {
        while at < n && (a.tokens[at].end as usize) <= e.start {
            at += 1;
        }
        let mut t = at;
        while t < n && (a.tokens[t].start as usize) < e.end {
            covered[t] = true;
            t += 1;
        }
    }
    covered
}

/// Whether the role word at token `k` owns a body named after it ("the sheriff's
/// department", "the president's office"): then it names the body, not the holder.
fn owns_a_body(text: &str, tokens: &[crate::tokens::Token], k: usize, end: usize) -> bool {
    let word = |i: usize| tokens.get(i).map_or("", |t| t.text(text));
    k + 2 < end
        && matches!(word(k + 1), "'s" | "’s" | "'")
        && crate::knowledge::has_head(&word(k + 2).to_lowercase(), crate::knowledge::Head::Org)
}

/// Descriptions that name a role ("the president", "the defence minister", "the
/// North Korean leader") become mentions of the person the document gives that title
/// ("President Ilse Varga", "Defence Minister Rajnath Singh", "Secretary of State
/// Antony Blinken"), when exactly one person of the document holds it; otherwise they
/// stay unlinked, never guessed.
///
/// ```
/// use slant::entities::{linking::link_roles, EntityTagger, Label};
/// let text = "Defence Minister Rajnath Singh arrived on Monday. The minister left on Tuesday.";
/// let mut a = EntityTagger::default().analyze(text, None);
/// link_roles(text, &mut a);
/// let role = a.entities.iter().find(|e| e.text_in(text) == "minister").unwrap();
/// assert_eq!((role.label, role.id.as_str()), (Label::Person, "person:rajnath-singh"));
///
/// let text = "Secretary of State Antony Blinken spoke. The secretary left.";
/// let mut a = EntityTagger::default().analyze(text, None);
/// link_roles(text, &mut a);
/// let role = a.entities.iter().find(|e| e.text_in(text) == "secretary").unwrap();
/// assert_eq!(role.id, "person:antony-blinken");
///
/// // Two secretaries: "the secretary" is left alone.
/// let text = "Secretary of State Antony Blinken and Defense Secretary Lloyd Austin met. The secretary left.";
/// let mut a = EntityTagger::default().analyze(text, None);
/// link_roles(text, &mut a);
/// assert!(!a.entities.iter().any(|e| e.text_in(text) == "secretary"));
/// ```
pub fn link_roles(text: &str, a: &mut super::Analysis) {
    use super::pipeline::is_title_word;
    use super::{Entity, Label};
    use std::collections::HashMap;
    if a.tokens.is_empty() {
        return;
    }
    // Token index of each entity's first and last token.
    let tok_at = |byte: usize| a.tokens.partition_point(|t| (t.start as usize) < byte);
    // Role (lowercase title word) -> the people holding it here.
    let mut holders: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, e) in a.entities.iter().enumerate() {
        if e.label != Label::Person {
            continue;
        }
        // Every title in the capitalised words before the name: "Secretary of State
        // Antony Blinken" holds "secretary", "Senate Majority Leader Chuck Schumer"
        // holds "leader".
        let first = tok_at(e.start);
        let mut k = first;
        while k > 0 && first - k < 6 {
            let before = a.tokens[k - 1].text(text);
            let joins = matches!(before, "of" | "for");
            if !(joins || before.starts_with(char::is_uppercase)) {
                break;
            }
            k -= 1;
            if !joins && is_title_word(before) {
                let list = holders
                    .entry(before.trim_end_matches('.').to_lowercase())
                    .or_default();
                if !list.iter().any(|&j| a.entities[j].id == e.id) {
                    list.push(i);
                }
            }
        }
    }
    holders.retain(|_, v| v.len() == 1);
    if holders.is_empty() {
        return;
    }
    let covered = covered_tokens(a);
    let mut added: Vec<Entity> = Vec::new();
    for range in &a.sentence_tokens {
        for k in range.clone() {
            let w = a.tokens[k].text(text);
            let Some(&[holder]) = holders.get(&w.to_lowercase()).map(Vec::as_slice) else {
                continue;
            };
            // A lowercase role after "the", with at most two words between ("the
            // defence minister", "the North Korean leader"), and no name after it.
            let opener = (1..=3)
                .filter_map(|back| k.checked_sub(back))
                .filter(|&j| j >= range.start)
                .find(|&j| a.tokens[j].text(text).eq_ignore_ascii_case("the"));
            let named_after = a
                .tokens
                .get(k + 1)
                .filter(|_| k + 1 < range.end)
                .is_some_and(|t| t.text(text).starts_with(char::is_uppercase));
            if covered[k]
                || !w.starts_with(char::is_lowercase)
                || opener.is_none()
                || named_after
                || owns_a_body(text, &a.tokens, k, range.end)
            {
                continue;
            }
            let who = &a.entities[holder];
            added.push(Entity::linked(
                a.tokens[k].start as usize,
                a.tokens[k].end as usize,
                Label::Person,
                &who.canonical,
                &who.id,
            ));
        }
    }
    add_entities(a, added);
}

/// "The navy" where the corpus names one navy ("Indian Navy"): a lowercase head noun
/// of organisations after "the" (at most one word between) becomes a mention of the
/// one organisation of the corpus whose name that noun heads ("Indian Navy",
/// "Ministry of Defence"); so does the noun capitalised alone ("The Senate voted"
/// where the corpus names the "U.S. Senate"). With two navies in the corpus it stays
/// unlinked.
///
/// ```
/// use slant::entities::{linking::link_org_heads, EntityTagger, Label};
/// let t = EntityTagger::default();
/// let texts = ["The Indian Navy seized a ship on Monday.", "The navy said the crew was safe."];
/// let mut docs: Vec<_> = texts.iter().map(|x| t.analyze(x, None)).collect();
/// link_org_heads(&texts, &mut docs);
/// let navy = docs[1].entities.iter().find(|e| e.text_in(texts[1]) == "navy").unwrap();
/// assert_eq!((navy.label, navy.canonical.as_str()), (Label::Org, "Indian Navy"));
/// ```
pub fn link_org_heads(texts: &[&str], docs: &mut [super::Analysis]) {
    use super::{Entity, Label};
    use crate::knowledge::{has_head, Head};
    use std::collections::HashMap;
    // Head noun -> the organisations it heads (canonical, id, refers).
    let mut heads: HashMap<String, Vec<(String, String, Option<String>)>> = HashMap::new();
    for e in docs.iter().flat_map(|a| &a.entities) {
        if e.label != Label::Org {
            continue;
        }
        let words: Vec<&str> = e.canonical.split_whitespace().collect();
        if words.len() < 2 {
            continue;
        }
        let last = words[words.len() - 1].to_lowercase();
        let first = words[0].to_lowercase();
        let head = if has_head(&last, Head::Org) {
            last
        } else if words.get(1).is_some_and(|w| *w == "of") && has_head(&first, Head::Org) {
            first
        } else {
            continue;
        };
        let list = heads.entry(head).or_default();
        if !list.iter().any(|x| x.1 == e.id) {
            list.push((e.canonical.clone(), e.id.clone(), e.refers.clone()));
        }
    }
    heads.retain(|_, v| v.len() == 1);
    if heads.is_empty() {
        return;
    }
    for (text, a) in texts.iter().zip(docs.iter_mut()) {
        // "The Senate" capitalised, tagged as an organisation of its own: the one
        // senate the corpus names ("U.S. Senate").
        for e in a.entities.iter_mut() {
            if e.label != Label::Org || e.canonical.contains(' ') {
                continue;
            }
            if let Some([(canonical, id, refers)]) =
                heads.get(&e.canonical.to_lowercase()).map(Vec::as_slice)
            {
                e.canonical = canonical.clone();
                e.id = id.clone();
                e.refers = refers.clone();
            }
        }
        let covered = covered_tokens(a);
        let mut added: Vec<Entity> = Vec::new();
        for range in &a.sentence_tokens {
            for k in range.clone() {
                let w = a.tokens[k].text(text);
                if covered[k] || !w.starts_with(char::is_lowercase) {
                    continue;
                }
                let Some([(canonical, id, refers)]) = heads.get(w).map(Vec::as_slice) else {
                    continue;
                };
                let the = |j: usize| {
                    j >= range.start && a.tokens[j].text(text).eq_ignore_ascii_case("the")
                };
                let opened = k.checked_sub(1).is_some_and(the) || k.checked_sub(2).is_some_and(the);
                let named_after =
                    k + 1 < range.end && a.tokens[k + 1].text(text).starts_with(char::is_uppercase);
                if opened && !named_after {
                    added.push(Entity {
                        start: a.tokens[k].start as usize,
                        end: a.tokens[k].end as usize,
                        label: Label::Org,
                        canonical: canonical.clone(),
                        id: id.clone(),
                        date: None,
                        number: None,
                        role: None,
                        refers: refers.clone(),
                    });
                }
            }
        }
        add_entities(a, added);
    }
}

/// One reading per name across a corpus: a name the tagger read as a person in two
/// articles and as an organisation in a third ("Senator McConnell of Kentucky") takes
/// the reading most articles give it, and the id that goes with it. Names the
/// gazetteer knows keep their entry ("Washington" the city is not George Washington);
/// a tie changes nothing. Names are compared across case ("CUMBRIA" of a wire headline
/// votes with "Cumbria"). A full name that opens with a given name votes for its
/// surname alone too: "James Comey" in two articles makes a third's "Comey" a person,
/// whatever the tagger made of it.
///
/// ```
/// use slant::entities::{linking::vote_labels, EntityTagger, Label};
/// let t = EntityTagger::default();
/// let texts = ["Rotheram said the vote would wait.", "Later Rotheram spoke.", "Rotheram left."];
/// let mut docs: Vec<_> = texts
///     .iter()
///     .map(|x| t.tag(x, None))
///     .collect();
/// let g = t.gazetteer().clone();
/// assert_eq!(docs[0][0].label, Label::Person);
/// // Say the tagger read the third as an organisation: two readings to one.
/// docs[2][0].label = Label::Org;
/// docs[2][0].id = "org:rotheram".into();
/// vote_labels(&texts, &mut docs, &g);
/// assert_eq!((docs[2][0].label, docs[2][0].id.as_str()), (Label::Person, "person:rotheram"));
/// // Two full names vote for the surname a third article's tagger read as a place.
/// let texts = ["James Comey was fired.", "James Comey spoke.", "Critics backed Comey."];
/// let mut docs: Vec<_> = texts
///     .iter()
///     .map(|x| t.tag(x, None))
///     .collect();
/// let mut comey = docs[0][0].clone();
/// (comey.start, comey.end, comey.label) = (15, 20, Label::Gpe);
/// (comey.canonical, comey.id) = ("Comey".into(), "gpe:comey".into());
/// docs[2] = vec![comey];
/// vote_labels(&texts, &mut docs, &g);
/// assert_eq!((docs[2][0].label, docs[2][0].id.as_str()), (Label::Person, "person:comey"));
/// ```
pub fn vote_labels(
    texts: &[&str],
    docs: &mut [Vec<super::Entity>],
    g: &super::gazetteer::Gazetteer,
) {
    use super::Label;
    use std::collections::HashMap;
    const ACTORS: [Label; 5] = [
        Label::Person,
        Label::Org,
        Label::Gpe,
        Label::Loc,
        Label::Norp,
    ];
    let listed = |e: &super::Entity| g.get(&e.id).is_some();
    let votable = |e: &super::Entity| ACTORS.contains(&e.label) && !listed(e);
    // Votes are counted across case: "CUMBRIA" of a wire headline is "Cumbria". A
    // mention the gazetteer resolved votes too ("Apple" the listed firm in two
    // articles, "Apple said" read as a person in a third), and keeps its reading.
    let mut votes: HashMap<String, [usize; 5]> = HashMap::new();
    // The listed entry a name stands for under each label: (canonical, id).
    let mut listed_as: HashMap<(String, Label), (String, String)> = HashMap::new();
    let mentions = docs.iter().enumerate().flat_map(|(d, list)| {
        list.iter().map(move |e| {
            let surface = texts.get(d).and_then(|t| t.get(e.start..e.end));
            (e, surface.unwrap_or(&e.canonical))
        })
    });
    for (e, surface) in mentions.filter(|(e, _)| ACTORS.contains(&e.label)) {
        if listed(e) {
            let text = surface.to_lowercase();
            listed_as
                .entry((text.clone(), e.label))
                .or_insert_with(|| (e.canonical.clone(), e.id.clone()));
            if let Some(k) = ACTORS.iter().position(|&l| l == e.label) {
                votes.entry(text).or_default()[k] += 1;
            }
            continue;
        }
        if let Some(k) = ACTORS.iter().position(|&l| l == e.label) {
            votes.entry(e.canonical.to_lowercase()).or_default()[k] += 1;
        }
        // "James Comey" is a vote that "Comey" alone names a person, as is "Zohran
        // Mamdani" (a given name the lists lack, but no common word).
        if e.label == Label::Person {
            let parts = name_parts(&e.canonical);
            let given =
                |w: &str| super::pipeline::is_given_name(w) || !super::pipeline::is_common(w);
            if parts.len() >= 2 && given(parts[0]) {
                if let Some(last) = parts.last() {
                    votes.entry(last.to_lowercase()).or_default()[0] += 1;
                }
            }
        }
    }
    let winners: HashMap<String, Label> = votes
        .into_iter()
        .filter_map(|(name, v)| {
            let best = *v.iter().max()?;
            let k = v.iter().position(|&n| n == best)?;
            let alone = v.iter().filter(|&&n| n == best).count() == 1;
            let mixed = v.iter().filter(|&&n| n > 0).count() > 1;
            // A tie with a person goes to the person: every name voted on here is
            // one no table lists, and the places and bodies news names are listed
            // ("President Biden" here, "Biden and Xi pledged" tagged a place there).
            if !alone && k == 0 && mixed {
                return Some((name, Label::Person));
            }
            // Read as a place here and a body there, a name ending in a frequent
            // surname is a person's ("Tyre Nichols": Tyre is a town in Lebanon).
            let parts = name_parts(&name);
            if !alone
                && mixed
                && parts.len() >= 2
                && parts
                    .last()
                    .is_some_and(|l| crate::knowledge::surnames().contains(&l.to_lowercase()))
            {
                return Some((name, Label::Person));
            }
            // Else a tie between a body and a place goes to the body, as a person's
            // does: the gazetteer lists every town of 5,000 people, and a name it lacks read
            // as a place here ("the data breach at Optus") is more often a firm read as
            // one there ("the telecom company Optus").
            if !alone && k == 1 && mixed {
                return Some((name, Label::Org));
            }
            (alone && mixed && best >= 2).then(|| (name, ACTORS[k]))
        })
        .collect();
    if winners.is_empty() {
        return;
    }
    for e in docs.iter_mut().flatten() {
        if !votable(e) {
            continue;
        }
        let name = e.canonical.to_lowercase();
        if let Some(&label) = winners.get(&name) {
            if e.label != label {
                e.label = label;
                if let Some((canonical, id)) = listed_as.get(&(name, label)) {
                    (e.canonical, e.id) = (canonical.clone(), id.clone());
                } else {
                    e.id = format!("{}:{}", label.as_str().to_lowercase(), slug(&e.canonical));
                }
            }
        }
    }
}

/// Names of a corpus to look for among the words the tagger left untagged: each name
/// (its words joined by one space) to what it stands for.
struct KnownNames<'k, V> {
    names: &'k std::collections::HashMap<String, Option<V>>,
    /// The first word of every name: most words start none, and are passed over.
    first_words: std::collections::HashSet<&'k str>,
    longest: usize,
}

impl<'k, V> KnownNames<'k, V> {
    fn new(names: &'k std::collections::HashMap<String, Option<V>>) -> Self {
        let first_words = names.keys().filter_map(|k| k.split(' ').next()).collect();
        let longest = names
            .keys()
            .map(|k| k.split(' ').count())
            .max()
            .unwrap_or(1)
            .min(6);
        KnownNames {
            names,
            first_words,
            longest,
        }
    }

    /// Untagged runs of a document's words that are a known name, left to right and
    /// longest first, as (first token, token count, what it stands for). A sentence's
    /// first word opens none when `inside_only`; `fits(k, n)` may veto a run.
    fn runs(
        &self,
        text: &str,
        a: &super::Analysis,
        inside_only: bool,
        fits: impl Fn(usize, usize) -> bool,
    ) -> Vec<(usize, usize, &'k V)> {
        let covered = covered_tokens(a);
        let word = |k: usize| a.tokens[k].text(text);
        let mut out = Vec::new();
        for range in &a.sentence_tokens {
            let mut k = range.start + usize::from(inside_only);
            while k < range.end {
                let mut step = 1;
                if !covered[k] && self.first_words.contains(word(k)) {
                    for n in (1..=self.longest.min(range.end - k)).rev() {
                        if covered[k..k + n].iter().any(|&c| c) || !fits(k, n) {
                            continue;
                        }
                        let name = (k..k + n).map(word).collect::<Vec<_>>().join(" ");
                        if let Some(Some(who)) = self.names.get(&name) {
                            out.push((k, n, who));
                            step = n;
                            break;
                        }
                    }
                }
                k += step;
            }
        }
        out
    }
}

/// An organisation's mention over tokens `k..k + n` of a document.
fn org_mention(
    a: &super::Analysis,
    k: usize,
    n: usize,
    canonical: &str,
    id: &str,
) -> super::Entity {
    super::Entity::linked(
        a.tokens[k].start as usize,
        a.tokens[k + n - 1].end as usize,
        super::Label::Org,
        canonical,
        id,
    )
}

/// Add entities to a document, keeping them in order.
fn add_entities(a: &mut super::Analysis, added: Vec<super::Entity>) {
    if !added.is_empty() {
        a.entities.extend(added);
        a.entities.sort_by_key(|e| (e.start, e.end));
    }
}

/// Record that `key` stands for `who`; once two records disagree on the id (`id_of`),
/// the key stands for no one.
fn agree_or_none<K: std::hash::Hash + Eq, V>(
    map: &mut std::collections::HashMap<K, Option<V>>,
    key: K,
    who: V,
    id_of: impl Fn(&V) -> &String,
) {
    match map.entry(key) {
        std::collections::hash_map::Entry::Occupied(mut o) => {
            if o.get().as_ref().is_some_and(|x| id_of(x) != id_of(&who)) {
                o.insert(None);
            }
        }
        std::collections::hash_map::Entry::Vacant(v) => {
            v.insert(Some(who));
        }
    }
}

/// A word that ends a company's full name (`company_suffixes.txt`: "Inc.", "Co",
/// "Technologies").
pub(crate) fn is_company_suffix(w: &str) -> bool {
    let set = crate::knowledge::word_set!(include_str!(
        "../../knowledge/entities/company_suffixes.txt"
    ));
    set.contains(w.trim_end_matches('.').to_lowercase().as_str())
}

/// A company named in full somewhere in the corpus ("ATI Technologies", "Apple Inc.")
/// is the company wherever the corpus writes its name without the corporate words
/// ("ATI", "Apple"), whatever the tagger made of that shorter name (a town of Chad
/// called Ati): one id across the sources. A short name two companies share stays
/// as it was.
///
/// ```
/// use slant::entities::{linking::link_company_short_forms, EntityTagger};
/// let t = EntityTagger::default();
/// let texts = ["AMD will buy ATI Technologies for $5.4 billion.", "AMD agreed to acquire ATI."];
/// let mut docs: Vec<_> = texts.iter().map(|x| t.analyze(x, None)).collect();
/// link_company_short_forms(&texts, &mut docs);
/// let id = |d: usize, s: &str| docs[d].entities.iter().find(|e| e.text_in(texts[d]) == s).map(|e| e.id.clone());
/// assert_eq!(id(1, "ATI"), id(0, "ATI Technologies"));
///
/// // A university too, whatever town shares its first word.
/// let texts = ["A judge blocked cuts to Harvard University.", "The judge sided with Harvard."];
/// let mut docs: Vec<_> = texts.iter().map(|x| t.analyze(x, None)).collect();
/// link_company_short_forms(&texts, &mut docs);
/// let id = |d: usize, s: &str| docs[d].entities.iter().find(|e| e.text_in(texts[d]) == s).map(|e| e.id.clone());
/// assert_eq!(id(1, "Harvard"), id(0, "Harvard University"));
/// ```
pub fn link_company_short_forms(texts: &[&str], docs: &mut [super::Analysis]) {
    use super::Label;
    use std::collections::HashMap;
    // Short name -> the company (canonical, id) it stands for; None once two share it.
    let mut short: HashMap<String, Option<(String, String)>> = HashMap::new();
    // A company's full names by the name they share less their suffixes ("Alaska Air
    // Group" and "Alaska Airlines" are both "Alaska Air"), with how often each is used.
    let mut spellings: HashMap<String, HashMap<(String, String), usize>> = HashMap::new();
    for (text, a) in texts.iter().zip(docs.iter()) {
        for e in a.entities.iter().filter(|e| e.label == Label::Org) {
            let surface = text.get(e.start..e.end).unwrap_or("");
            let words: Vec<&str> = surface.split_whitespace().collect();
            if let Some(stem) = company_stem(&words) {
                *spellings
                    .entry(stem)
                    .or_default()
                    .entry((e.canonical.clone(), e.id.clone()))
                    .or_default() += 1;
            }
            let mut n = words.len();
            while n > 1 && is_company_suffix(words[n - 1]) {
                n -= 1;
            }
            // "Staunton Police Department" goes by "Staunton Police" too; a name of two
            // words keeps its "Department" ("State Department" is not "State").
            if n == words.len()
                && n >= 3
                && matches!(words[n - 1].trim_end_matches('.'), "Department" | "Dept")
            {
                n -= 1;
            }
            if n == words.len() || n == 0 {
                continue;
            }
            let key = words[..n].join(" ");
            agree_or_none(&mut short, key, (e.canonical.clone(), e.id.clone()), |x| {
                &x.1
            });
        }
    }
    // Each company written two ways goes by the spelling used most (the longer on a
    // tie), and so does its short name.
    let mut renamed: HashMap<String, (String, String)> = HashMap::new();
    for (stem, names) in spellings {
        if names.len() < 2 {
            continue;
        }
        let Some(best) = names
            .iter()
            .max_by(|a, b| {
                a.1.cmp(b.1)
                    .then(a.0 .0.len().cmp(&b.0 .0.len()))
                    .then(b.0 .1.cmp(&a.0 .1))
            })
            .map(|(who, _)| who.clone())
        else {
            continue;
        };
        for (who, _) in names {
            renamed.insert(who.1, best.clone());
        }
        short.insert(stem, Some(best));
    }
    if short.is_empty() {
        return;
    }
    for (text, a) in texts.iter().zip(docs.iter_mut()) {
        for e in a.entities.iter_mut() {
            if !matches!(
                e.label,
                Label::Org | Label::Gpe | Label::Loc | Label::Person
            ) {
                continue;
            }
            let surface = text.get(e.start..e.end).unwrap_or("");
            if let Some(Some((canonical, id))) = short.get(surface) {
                e.label = Label::Org;
                e.canonical = canonical.clone();
                e.id = id.clone();
            } else if let Some((canonical, id)) =
                renamed.get(&e.id).filter(|_| e.label == Label::Org)
            {
                e.canonical = canonical.clone();
                e.id = id.clone();
            }
        }
    }
}

/// The name a company's full name shares with its other spellings: less its
/// suffixes (`company_suffixes.txt`), with "Airlines", "Air Lines" and "Airways" read
/// as "Air" ("Alaska Air Group", "Alaska Airlines": "Alaska Air"; "Air China" and
/// "China Airlines" stay two). None for a name written without either.
fn company_stem(words: &[&str]) -> Option<String> {
    let mut n = words.len();
    while n > 1 && is_company_suffix(words[n - 1]) {
        n -= 1;
    }
    let mut stem: Vec<&str> = words[..n].to_vec();
    let airline = match stem.as_slice() {
        [.., "Air", "Lines"] => {
            stem.pop();
            true
        }
        [.., last] if matches!(*last, "Airlines" | "Airways") => {
            stem.pop();
            stem.push("Air");
            true
        }
        _ => false,
    };
    (stem.len() >= 2 && (n < words.len() || airline)).then(|| stem.join(" "))
}

/// An organisation goes by the first word of its name across the corpus: "Activision"
/// where an article names "Activision Blizzard", "Goldman" beside "Goldman Sachs",
/// when one organisation of the corpus has that first word and it is no common word
/// ("Federal" of "Federal Reserve"), title or given name. Only a short form read as an
/// organisation of its own name changes. A name whose first word is a body of its own
/// ("Senate" of "Senate Armed Services Committee", "Army" of "Army Rangers") or whose
/// last word names its members' group ("House Democrats", "Texas Republicans": the
/// Democrats of the House) is part of that body, not what the body's name means alone.
///
/// ```
/// use slant::entities::{linking::link_org_first_words, EntityTagger};
/// let t = EntityTagger::default();
/// let texts = ["Microsoft agreed to buy Activision Blizzard.", "Activision shares rose."];
/// let mut docs: Vec<_> = texts.iter().map(|x| t.analyze(x, None)).collect();
/// link_org_first_words(&texts, &mut docs, t.gazetteer());
/// let short = docs[1].entities.iter().find(|e| e.text_in(texts[1]) == "Activision").unwrap();
/// assert_eq!(short.canonical, "Activision Blizzard");
/// ```
pub fn link_org_first_words(
    texts: &[&str],
    docs: &mut [super::Analysis],
    g: &super::gazetteer::Gazetteer,
) {
    use super::pipeline::{is_common, is_given_name, is_title_word};
    use super::Label;
    use std::collections::HashMap;
    let own_id = |e: &super::Entity, surface: &str| e.id == format!("org:{}", slug(surface));
    let names_group = |word: &str| {
        let toks = crate::tokens::tokenize(word);
        g.lookup(word, &toks)
            .is_some_and(|i| g.entry(i).label == Label::Norp)
    };
    // First word -> the organisation (canonical, id); None once two share it.
    let mut first: HashMap<String, Option<(String, String)>> = HashMap::new();
    for (text, a) in texts.iter().zip(docs.iter()) {
        for e in a.entities.iter().filter(|e| e.label == Label::Org) {
            let surface = text.get(e.start..e.end).unwrap_or("");
            let mut words = surface.split_whitespace();
            let (Some(w), Some(_)) = (words.next(), words.next()) else {
                continue;
            };
            // "ABC" of "ABC News" too: a short run of capitals.
            let acronym = (2..=5).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase());
            let name_shaped = w.chars().next().is_some_and(char::is_uppercase)
                && (w.chars().any(char::is_lowercase) || acronym)
                && w.chars().all(char::is_alphanumeric);
            // Looked up last: most names fail a cheaper test first.
            let part_of_body = || {
                crate::knowledge::has_head(&w.to_lowercase(), crate::knowledge::Head::Org)
                    || surface.split_whitespace().last().is_some_and(names_group)
            };
            if name_shaped
                && !is_common(w)
                && !is_title_word(w)
                && !is_given_name(w)
                && !part_of_body()
            {
                let who = (e.canonical.clone(), e.id.clone());
                agree_or_none(&mut first, w.to_string(), who, |x| &x.1);
            }
        }
    }
    if first.is_empty() {
        return;
    }
    for (text, a) in texts.iter().zip(docs.iter_mut()) {
        for e in a.entities.iter_mut().filter(|e| e.label == Label::Org) {
            let surface = text.get(e.start..e.end).unwrap_or("");
            // A listed body keeps its entry ("UN" beside "UN Security Council").
            if !own_id(e, surface) || g.get(&e.id).is_some() {
                continue;
            }
            if let Some(Some((canonical, id))) = first.get(surface) {
                e.canonical = canonical.clone();
                e.id = id.clone();
            }
        }
    }
}

/// Organisations named by a place and a name of their own ("Jacksonville Jaguars",
/// "Boston Red Sox") go by that name alone across the corpus: "the Jaguars" where
/// another article names the "Jacksonville Jaguars" is that team, when one
/// organisation of the corpus has that name after its place. A generic head after the
/// place ("Staunton Police", "Indian Navy") names no one alone; the "Delhi Police" and
/// the "Mumbai Police" both go by "police". The full name, if the tagger read it as a
/// place or a person, is an organisation.
///
/// ```
/// use slant::entities::{linking::link_place_named_orgs, EntityTagger, Label};
/// let t = EntityTagger::default();
/// let texts = ["The Jacksonville Jaguars lost on Sunday.", "Fans of the Jaguars left early."];
/// let mut docs: Vec<_> = texts.iter().map(|x| t.analyze(x, None)).collect();
/// link_place_named_orgs(&texts, &mut docs, t.gazetteer(), 1);
/// let team = docs[1].entities.iter().find(|e| e.text_in(texts[1]) == "Jaguars").unwrap();
/// assert_eq!((team.label, team.canonical.as_str()), (Label::Org, "Jacksonville Jaguars"));
/// ```
pub fn link_place_named_orgs(
    texts: &[&str],
    docs: &mut [super::Analysis],
    g: &super::gazetteer::Gazetteer,
    threads: usize,
) {
    use super::pipeline::{is_common, is_given_name, is_title_word};
    use super::{Entity, Label};
    use crate::knowledge::{has_head, Head};
    use std::collections::HashMap;
    // Where the name after the place starts, for an entity named so.
    let own_name_at = |text: &str, a: &super::Analysis, e: &Entity| -> Option<usize> {
        let mut first = a.tokens.partition_point(|t| (t.start as usize) < e.start);
        let last = a.tokens.partition_point(|t| (t.start as usize) < e.end);
        // "The New York Times": the article is no part of the place.
        if a.tokens.get(first).is_some_and(|t| t.text(text) == "The") {
            first += 1;
        }
        let toks = a.tokens.get(first..last)?;
        let listed = g.lookup(text, toks);
        // A listed paper goes by its own name too ("the Times", "the Post").
        let paper = toks.last().is_some_and(|t| {
            e.label == Label::Org
                && has_head(&t.text(text).to_lowercase(), Head::Paper)
                && listed.is_some_and(|x| g.entry(x).label == Label::Org)
        });
        if toks.len() < 2 || (listed.is_some() && !paper) {
            return None;
        }
        let (k, place) = (1..toks.len()).rev().find_map(|k| {
            g.lookup(text, &toks[..k])
                .filter(|&p| matches!(g.entry(p).label, Label::Gpe | Label::Loc))
                .map(|p| (k, g.entry(p)))
        })?;
        let rest = &toks[k..];
        let last_word = rest[rest.len() - 1].text(text).to_lowercase();
        // A plural of office holders after a city is a team's own name ("the Kansas
        // City Chiefs" go by "the Chiefs"), as the tagger reads it.
        let team =
            rest.len() == 1 && last_word.ends_with('s') && super::pipeline::names_a_city(place);
        let paper_word = has_head(&last_word, Head::Paper);
        let shaped = rest.iter().all(|t| {
            let w = t.text(text);
            w.starts_with(char::is_uppercase)
                && w.chars().any(char::is_lowercase)
                && !is_title_word(w)
        });
        // A paper's word is no generic head: "the Herald" where the corpus names the
        // "Boston Herald" is that paper.
        let generic = (has_head(&last_word, Head::Org) && !paper_word)
            || has_head(&last_word, Head::Loc)
            || has_head(&last_word, Head::Facility)
            || (has_head(&last_word, Head::Role) && !team)
            || has_head(&last_word, Head::Event);
        // "Paris Hilton", "Austin Butler": a given name that is also a place, then a
        // surname, is a person; but a paper's word after a place names a paper ("New
        // York Post", though Post is a surname and Washington a given name).
        let person = !paper_word
            && (is_given_name(toks[0].text(text))
                || crate::knowledge::surnames().contains(last_word.as_str()));
        // A paper's own name may be a town's too ("Post", Texas).
        let unlisted = paper_word || g.lookup(text, rest).is_none();
        (shaped && !generic && !person && unlisted).then_some(first + k)
    };
    // Own name -> the organisations written with it (canonical, id).
    let mut written: HashMap<String, Vec<(String, String)>> = HashMap::new();
    for (text, a) in texts.iter().zip(docs.iter_mut()) {
        let mut keys = Vec::new();
        for (i, e) in a.entities.iter().enumerate() {
            if !matches!(
                e.label,
                Label::Org | Label::Gpe | Label::Person | Label::Loc
            ) {
                continue;
            }
            if let Some(k) = own_name_at(text, a, e) {
                let end = a.tokens.partition_point(|t| (t.start as usize) < e.end);
                let key: Vec<&str> = a.tokens[k..end].iter().map(|t| t.text(text)).collect();
                keys.push((i, key.join(" ")));
            }
        }
        for (i, key) in keys {
            let e = &mut a.entities[i];
            if e.label != Label::Org {
                let made = format!("{}:{}", e.label.as_str().to_lowercase(), slug(&e.canonical));
                if e.id == made {
                    e.label = Label::Org;
                    e.id = format!("org:{}", slug(&e.canonical));
                }
            }
            if e.label == Label::Org {
                let who = (e.canonical.clone(), e.id.clone());
                let list = written.entry(key).or_default();
                if !list.contains(&who) {
                    list.push(who);
                }
            }
        }
    }
    // One organisation per own name: the longest full name, when every other is its
    // tail ("Orleans Saints", a tagger's cut of "New Orleans Saints", is then the
    // longest too); else none.
    let mut named: HashMap<String, Option<(String, String)>> = HashMap::new();
    let mut cut: HashMap<String, (String, String)> = HashMap::new();
    for (key, mut list) in written {
        list.sort_by_key(|(canonical, _)| std::cmp::Reverse(canonical.len()));
        let Some(longest) = list.first().cloned() else {
            continue;
        };
        if !list.iter().all(|(c, _)| longest.0.ends_with(c.as_str())) {
            continue;
        }
        for (c, id) in &list {
            if *id != longest.1 {
                cut.insert(c.clone(), longest.clone());
            }
        }
        named.insert(key, Some(longest));
    }
    if named.is_empty() {
        return;
    }
    let known = KnownNames::new(&named);
    crate::parallel::for_each_mut(docs, threads, |d, a| {
        let Some(text) = texts.get(d) else {
            return;
        };
        // Entities that are the name alone, or a cut full name.
        for e in a.entities.iter_mut() {
            if !matches!(
                e.label,
                Label::Org | Label::Gpe | Label::Person | Label::Loc
            ) {
                continue;
            }
            if let Some((canonical, id)) = cut.get(&e.canonical).filter(|_| e.label == Label::Org) {
                e.canonical.clone_from(canonical);
                e.id.clone_from(id);
                continue;
            }
            let surface = text.get(e.start..e.end).unwrap_or("");
            // "The Times" opening a sentence is "the Times".
            let surface = surface.strip_prefix("The ").unwrap_or(surface);
            if let Some(Some((canonical, id))) = named.get(surface) {
                e.label = Label::Org;
                e.canonical.clone_from(canonical);
                e.id.clone_from(id);
                e.refers = None;
            }
        }
        // The name alone where the tagger left it: capitalised words, not a common
        // word opening its sentence.
        let opening = |k: usize| a.sentence_tokens.iter().any(|r| r.start == k);
        let added = known
            .runs(text, a, false, |k, _| {
                !(opening(k) && is_common(a.tokens[k].text(text)))
            })
            .into_iter()
            .map(|(k, n, (canonical, id))| org_mention(a, k, n, canonical, id))
            .collect();
        add_entities(a, added);
    });
}

/// A noun that names one person by a role, relation or description
/// (`person_nouns.txt`: "publicist", "technician", "sister", "teenager").
pub(crate) fn is_person_noun(w: &str) -> bool {
    let set =
        crate::knowledge::word_set!(include_str!("../../knowledge/entities/person_nouns.txt"));
    w.len() < 24 && set.contains(w.to_lowercase().as_str())
}

/// Whether a word opens a definite description of a person ("the", "her", "his").
fn is_definite(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "the" | "his" | "her" | "their" | "its" | "our" | "my" | "your"
    )
}

/// The person nouns a document writes beside each person it names: "publicist Jack
/// Ketsoyan", "her publicist, Jack Ketsoyan", "William Hakim, a bomb squad technician",
/// "a woman named Yvonne Hiller". Pairs of (entity index, lowercase noun).
pub(crate) fn roles_beside_names(text: &str, a: &super::Analysis) -> Vec<(usize, String)> {
    use super::Label;
    let word = |k: usize| a.tokens.get(k).map_or("", |t| t.text(text));
    let mut out = Vec::new();
    for (i, e) in a.entities.iter().enumerate() {
        if e.label != Label::Person {
            continue;
        }
        let first = a.tokens.partition_point(|t| (t.start as usize) < e.start);
        let last = a.tokens.partition_point(|t| (t.start as usize) < e.end);
        let mut found = |w: &str| out.push((i, w.to_lowercase()));
        if first >= 1 && is_person_noun(word(first - 1)) {
            found(word(first - 1));
        } else if first >= 2
            && matches!(word(first - 1), "," | "named" | "called")
            && is_person_noun(word(first - 2))
        {
            found(word(first - 2));
        }
        // "Name, (43,) a/her ... noun" up to the next comma or stop.
        if word(last) == "," {
            let mut k = last + 1;
            if word(k).chars().all(|c| c.is_ascii_digit()) && word(k + 1) == "," {
                k += 2;
            }
            if is_definite(word(k)) || matches!(word(k).to_lowercase().as_str(), "a" | "an") {
                let noun = (k + 1..(k + 6).min(a.tokens.len()))
                    .take_while(|&q| !matches!(word(q), "," | "." | ";" | ":"))
                    .filter(|&q| is_person_noun(word(q)))
                    .last();
                if let Some(q) = noun {
                    found(word(q));
                }
            }
        }
    }
    out
}

/// Whether a word opens an indefinite description ("a", "an").
fn is_indefinite(w: &str) -> bool {
    matches!(w, "a" | "an" | "A" | "An")
}

/// What the documents naming each holder name besides it.
fn holder_context<'a>(
    holders: &'a std::collections::HashMap<String, std::collections::HashMap<String, String>>,
    ties: &[std::collections::HashSet<&'a str>],
) -> std::collections::HashMap<&'a str, std::collections::HashSet<&'a str>> {
    let mut context = std::collections::HashMap::new();
    for people in holders.values() {
        for id in people.keys() {
            let near = ties
                .iter()
                .filter(|t| t.contains(id.as_str()))
                .flat_map(|t| t.iter().copied())
                .filter(|x| *x != id)
                .collect();
            context.insert(id.as_str(), near);
        }
    }
    context
}

/// Whether a document's ties hold the holder `id` or something the holder's
/// documents name besides.
fn shares_context(
    doc: &std::collections::HashSet<&str>,
    context: &std::collections::HashMap<&str, std::collections::HashSet<&str>>,
    id: &str,
) -> bool {
    doc.contains(id)
        || context
            .get(id)
            .is_some_and(|near| doc.iter().any(|x| near.contains(x)))
}

/// Definite descriptions of a person across a corpus: "the publicist" in one article
/// is the "publicist Jack Ketsoyan" another names, when exactly one person of the
/// corpus is written beside that noun, the article names no other holder of it, and
/// it names the person or shares a person, organisation or town with an article that
/// does (so an unrelated story's "the publicist" stays alone). Nouns come from
/// `person_nouns.txt`; the description opens with "the", "his", "her", ... or "a"
/// and may hold up to four words before the noun ("the bomb squad technician", "a
/// 15-year-old boy"). One introduced by "a", or with a capitalised word before its
/// noun ("the alleged Mafia boss"), needs a person or a town in common with the
/// holder's articles, as bodies alone are shared by two stories of one kind.
///
/// ```
/// use slant::entities::{linking::link_roles_across, EntityTagger, Label};
/// let t = EntityTagger::default();
/// let texts = [
///     "Tara Reid checked into rehab, her publicist Jack Ketsoyan said.",
///     "Tara Reid is in rehab, the publicist told reporters.",
/// ];
/// let mut docs: Vec<_> = texts.iter().map(|x| t.analyze(x, None)).collect();
/// link_roles_across(&texts, &mut docs);
/// let p = docs[1].entities.iter().find(|e| e.text_in(texts[1]) == "publicist").unwrap();
/// assert_eq!((p.label, p.id.as_str()), (Label::Person, "person:jack-ketsoyan"));
/// ```
pub fn link_roles_across(texts: &[&str], docs: &mut [super::Analysis]) {
    use super::{Entity, Label};
    use std::collections::{HashMap, HashSet};
    // Noun -> the people written beside it (id -> canonical); per document its holders.
    let mut holders: HashMap<String, HashMap<String, String>> = HashMap::new();
    let mut held_in: Vec<HashMap<String, HashSet<String>>> = vec![HashMap::new(); docs.len()];
    for (d, (text, a)) in texts.iter().zip(docs.iter()).enumerate() {
        for (i, noun) in roles_beside_names(text, a) {
            let e = &a.entities[i];
            holders
                .entry(noun.clone())
                .or_default()
                .insert(e.id.clone(), e.canonical.clone());
            held_in[d].entry(noun).or_default().insert(e.id.clone());
        }
    }
    holders.retain(|_, people| people.len() == 1);
    if holders.is_empty() {
        return;
    }
    // What each document names that can tie it to another: people, organisations,
    // towns (not countries or regions, which whole unrelated stories share).
    let ties: Vec<HashSet<&str>> = docs
        .iter()
        .map(|a| {
            a.entities
                .iter()
                .filter(|e| match e.label {
                    Label::Person | Label::Org => true,
                    Label::Gpe | Label::Loc => e.id.starts_with("geonames:"),
                    _ => false,
                })
                .map(|e| e.id.as_str())
                .collect()
        })
        .collect();
    // The ties that single out one story: people and towns.
    let strong: Vec<HashSet<&str>> = ties
        .iter()
        .map(|t| {
            t.iter()
                .copied()
                .filter(|x| x.starts_with("person:") || x.starts_with("geonames:"))
                .collect()
        })
        .collect();
    // Each holder's context: what the documents naming them name besides.
    let context = holder_context(&holders, &ties);
    let strong_context = holder_context(&holders, &strong);
    let mut added: Vec<Vec<Entity>> = vec![Vec::new(); docs.len()];
    for (d, (text, a)) in texts.iter().zip(docs.iter()).enumerate() {
        let covered = covered_tokens(a);
        let word = |k: usize| a.tokens.get(k).map_or("", |t| t.text(text));
        for range in &a.sentence_tokens {
            for k in range.clone() {
                let w = word(k);
                if covered[k] || !w.starts_with(char::is_lowercase) {
                    continue;
                }
                let Some(people) = holders.get(w) else {
                    continue;
                };
                let Some((id, canonical)) = people.iter().next() else {
                    continue;
                };
                // The determiner at most four words before ("the 1950s pin-up
                // model", "an Oregon State Police bomb squad technician", a name of
                // several words counting as one), none of them a stop, a comma or a word
                // joining two phrases; no name after.
                let mut words_back = 0;
                let opener = (1..=9)
                    .filter_map(|back| k.checked_sub(back))
                    .filter(|&j| j >= range.start)
                    .take_while(|&j| {
                        let x = word(j);
                        let in_name_before = covered[j]
                            && covered[j + 1]
                            && j + 1 < k
                            && a.entities.iter().any(|e| {
                                e.start <= a.tokens[j].start as usize
                                    && a.tokens[j + 1].end as usize <= e.end
                            });
                        if !in_name_before {
                            words_back += 1;
                        }
                        words_back <= 5
                            && x.chars().any(char::is_alphanumeric)
                            && !matches!(x.to_lowercase().as_str(), "and" | "or" | "of")
                    })
                    .find(|&j| is_definite(word(j)) || is_indefinite(word(j)));
                // "a 15-year-old boy", "the alleged Mafia boss": one person introduced,
                // or a title of a kind, so the tie to the holder must be a person or a
                // town (two stories of one kind share bodies: the Mafia boss in Palermo
                // is not the New York one); "a sheriff's deputy" is a deputy.
                let loose = opener.is_some_and(|j| {
                    is_indefinite(word(j))
                        || (j + 1..k).any(|x| word(x).starts_with(char::is_uppercase))
                });
                if loose
                    && (matches!(word(k + 1), "'s" | "’s" | "'")
                        || !shares_context(&strong[d], &strong_context, id))
                {
                    continue;
                }
                let opener = opener.is_some();
                let named_after = k + 1 < range.end && word(k + 1).starts_with(char::is_uppercase);
                let other_holder = held_in[d]
                    .get(w)
                    .is_some_and(|ids| ids.iter().any(|x| x != id));
                let tied = shares_context(&ties[d], &context, id);
                if !opener
                    || named_after
                    || other_holder
                    || !tied
                    || owns_a_body(text, &a.tokens, k, range.end)
                {
                    continue;
                }
                added[d].push(Entity::linked(
                    a.tokens[k].start as usize,
                    a.tokens[k].end as usize,
                    Label::Person,
                    canonical,
                    id,
                ));
            }
        }
    }
    for (a, new) in docs.iter_mut().zip(added) {
        add_entities(a, new);
    }
}

/// "The country" and "the nation" in a document that names one country: that
/// country ("riots spread across Greece ... the country's youth"). With two countries
/// named they stay alone.
///
/// ```
/// use slant::entities::{linking::link_country_descriptions, EntityTagger};
/// let text = "Riots spread across Greece on Monday. The country mourned.";
/// let mut a = EntityTagger::default().analyze(text, None);
/// link_country_descriptions(text, &mut a);
/// let c = a.entities.iter().find(|e| e.text_in(text) == "country").unwrap();
/// assert_eq!(c.id, "iso:GR");
/// ```
pub fn link_country_descriptions(text: &str, a: &mut super::Analysis) {
    use super::{Entity, Label};
    let mut countries = a
        .entities
        .iter()
        .filter(|e| e.label == Label::Gpe && e.id.starts_with("iso:"));
    let Some(country) = countries.next() else {
        return;
    };
    if countries.any(|e| e.id != country.id) {
        return;
    }
    let (canonical, id) = (country.canonical.clone(), country.id.clone());
    let covered = covered_tokens(a);
    let mut added = Vec::new();
    for (k, pair) in a.tokens.windows(2).enumerate() {
        let w = pair[1].text(text);
        if covered[k + 1]
            || !matches!(w, "country" | "nation")
            || !pair[0].text(text).eq_ignore_ascii_case("the")
        {
            continue;
        }
        added.push(Entity::linked(
            pair[1].start as usize,
            pair[1].end as usize,
            Label::Gpe,
            &canonical,
            &id,
        ));
    }
    add_entities(a, added);
}

/// "The North" or "the South" in an article that names one country whose name opens
/// with that word ("North Korea", "South Sudan") is that country, whatever the tagger
/// read in it (a person, a region); "the South China Sea" and "the North of England"
/// are left alone.
///
/// ```
/// use slant::entities::{linking::link_compass_countries, EntityTagger};
/// let t = EntityTagger::default();
/// let text = "North Korea fired a missile on Monday. The North warned Seoul.";
/// let mut a = t.analyze(text, None);
/// link_compass_countries(text, &mut a);
/// let north = a.entities.iter().find(|e| e.text_in(text) == "North").unwrap();
/// assert_eq!(north.id, "iso:KP");
/// ```
pub fn link_compass_countries(text: &str, a: &mut super::Analysis) {
    use super::{Entity, Label};
    let mut added = Vec::new();
    for k in 1..a.tokens.len() {
        let w = a.tokens[k].text(text);
        if !matches!(w, "North" | "South")
            || !a.tokens[k - 1].text(text).eq_ignore_ascii_case("the")
        {
            continue;
        }
        // ("the North Atlantic", "the North of England": a longer name, a region.)
        let next = a.tokens.get(k + 1).map(|t| t.text(text)).unwrap_or("");
        if next.starts_with(char::is_uppercase) || next == "of" {
            continue;
        }
        let prefix = format!("{w} ");
        let mut countries = a.entities.iter().filter(|e| {
            e.label == Label::Gpe && e.id.starts_with("iso:") && e.canonical.starts_with(&prefix)
        });
        let Some(country) = countries.next() else {
            continue;
        };
        if countries.any(|e| e.id != country.id) {
            continue;
        }
        let (start, end) = (a.tokens[k].start as usize, a.tokens[k].end as usize);
        added.push(Entity::linked(
            start,
            end,
            Label::Gpe,
            &country.canonical,
            &country.id,
        ));
    }
    if added.is_empty() {
        return;
    }
    a.entities
        .retain(|e| !added.iter().any(|x| e.start < x.end && x.start < e.end));
    add_entities(a, added);
}

/// Organisations of the corpus found where the tagger missed them in another article:
/// the same capitalised words, not part of a longer name ("told People she was fine"
/// where another article names "People magazine"), opening a sentence only when none
/// is a common word ("Optus disclosed ..."). A name two organisations share, or that
/// the corpus also tags as something else, is left alone.
///
/// ```
/// use slant::entities::{linking::tag_known_orgs, EntityTagger};
/// let t = EntityTagger::default();
/// let texts = ["Reid told People magazine she was fine.", "A source told People that Reid left."];
/// let mut docs: Vec<_> = texts.iter().map(|x| t.analyze(x, None)).collect();
/// tag_known_orgs(&texts, &mut docs, 1);
/// let p = docs[1].entities.iter().find(|e| e.text_in(texts[1]) == "People").unwrap();
/// assert_eq!(p.id, "org:people");
/// ```
pub fn tag_known_orgs(texts: &[&str], docs: &mut [super::Analysis], threads: usize) {
    use super::Label;
    use std::collections::HashMap;
    // Surface -> (canonical, id); None once it names two things.
    let mut known: HashMap<String, Option<(String, String)>> = HashMap::new();
    for (text, a) in texts.iter().zip(docs.iter()) {
        for e in &a.entities {
            let Some(surface) = text.get(e.start..e.end) else {
                continue;
            };
            let shaped = surface
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase) && w.chars().any(char::is_lowercase));
            if !shaped || surface.len() > 60 {
                continue;
            }
            let who = (e.label == Label::Org).then(|| (e.canonical.clone(), e.id.clone()));
            let slot = known
                .entry(surface.to_string())
                .or_insert_with(|| who.clone());
            if slot.as_ref().map(|x| &x.1) != who.as_ref().map(|x| &x.1) {
                *slot = None;
            }
        }
    }
    known.retain(|_, v| v.is_some());
    if known.is_empty() {
        return;
    }
    let names = KnownNames::new(&known);
    crate::parallel::for_each_mut(docs, threads, |d, a| {
        let Some(text) = texts.get(d) else {
            return;
        };
        mend_split_orgs(text, a, &names);
        let capital = |k: usize| {
            a.tokens
                .get(k)
                .is_some_and(|t| t.text(text).starts_with(char::is_uppercase))
        };
        let ends = |k: usize| a.sentence_tokens.iter().any(|r| r.end == k);
        let opens = |k: usize| a.sentence_tokens.iter().any(|r| r.start == k);
        let word = |k: usize| a.tokens.get(k).map_or("", |t| t.text(text));
        // No part of a longer capitalised name; a sentence's first word, where any word
        // is capitalised, only when no common word ("Optus disclosed", not "People
        // said").
        let added = names
            .runs(text, a, false, |k, n| {
                let before = if opens(k) {
                    !(k..k + n).any(|j| super::pipeline::is_common(word(j)))
                } else {
                    !capital(k - 1)
                };
                before && (ends(k + n) || !capital(k + n))
            })
            .into_iter()
            .map(|(k, n, (canonical, id))| org_mention(a, k, n, canonical, id))
            .collect();
        add_entities(a, added);
    });
}

/// A name of two or more words the corpus reads as one organisation, which the tagger
/// read here without its first words ("its rival Credit Suisse" read as "Suisse") or
/// as two names ("U.S." and "Steel"), is that organisation: the entities inside the
/// run give way to it. A run with a capitalised word on either side is part of a
/// longer name and is left alone.
fn mend_split_orgs(text: &str, a: &mut super::Analysis, names: &KnownNames<'_, (String, String)>) {
    let word = |k: usize| a.tokens[k].text(text);
    let capital = |k: usize| {
        a.tokens
            .get(k)
            .is_some_and(|t| t.text(text).starts_with(char::is_uppercase))
    };
    let mut found: Vec<super::Entity> = Vec::new();
    for range in &a.sentence_tokens {
        let mut k = range.start;
        while k < range.end {
            let mut step = 1;
            if names.first_words.contains(word(k)) {
                for n in (2..=names.longest.min(range.end - k)).rev() {
                    let (s, e) = (a.tokens[k].start as usize, a.tokens[k + n - 1].end as usize);
                    let inside: Vec<&super::Entity> = a
                        .entities
                        .iter()
                        .filter(|x| x.start < e && s < x.end)
                        .collect();
                    let split = !inside.is_empty()
                        && inside.iter().all(|x| x.start >= s && x.end <= e)
                        && !inside.iter().any(|x| x.start == s && x.end == e);
                    let open = (k == range.start || !capital(k - 1))
                        && (k + n == range.end || !capital(k + n));
                    if !split || !open {
                        continue;
                    }
                    let name = (k..k + n).map(word).collect::<Vec<_>>().join(" ");
                    if let Some(Some((canonical, id))) = names.names.get(&name) {
                        found.push(org_mention(a, k, n, canonical, id));
                        step = n;
                        break;
                    }
                }
            }
            k += step;
        }
    }
    if found.is_empty() {
        return;
    }
    a.entities
        .retain(|e| !found.iter().any(|x| e.start < x.end && x.start < e.end));
    add_entities(a, found);
}

/// The place a name shared with namesakes abroad means in one document: the one its
/// other places lie in (two points each) or lie in the country of (one point), when one
/// candidate scores highest and above nothing; None when the document does not tell.
fn namesake_choice(
    g: &super::gazetteer::Gazetteer,
    a: &super::Analysis,
    name: &str,
) -> Option<String> {
    namesake_among(g, &places_besides(std::slice::from_ref(a), name), name)
}

/// The ids of the places (GPE, LOC) that `docs` name, but for those called `name`.
fn places_besides<'a>(
    docs: &'a [super::Analysis],
    name: &str,
) -> std::collections::HashSet<&'a str> {
    use super::Label;
    docs.iter()
        .flat_map(|a| a.entities.iter())
        .filter(|e| matches!(e.label, Label::Gpe | Label::Loc) && e.canonical != name)
        .map(|e| e.id.as_str())
        .collect()
}

/// The namesake called `name` that `places` lie in (two points each) or lie in the
/// country of (one point), when one scores highest and above nothing.
fn namesake_among(
    g: &super::gazetteer::Gazetteer,
    places: &std::collections::HashSet<&str>,
    name: &str,
) -> Option<String> {
    let toks = crate::tokens::tokenize(name);
    let owner = g.entry(g.lookup(name, &toks)?);
    let mut candidates = vec![owner.id.as_str()];
    for e in g.namesakes(name) {
        if g.country_of(&e.id) != g.country_of(&owner.id) {
            candidates.push(&e.id);
        }
    }
    if candidates.len() < 2 {
        return None;
    }
    let evidence = |c: &str| {
        let country = g.country_of(c).filter(|&k| k != c);
        places
            .iter()
            .map(|&p| {
                if p != c && g.within(p, c) {
                    2
                } else if country.is_some_and(|k| p != k && g.within(p, k)) {
                    1
                } else {
                    0
                }
            })
            .sum::<usize>()
    };
    let scores: Vec<usize> = candidates.iter().map(|c| evidence(c)).collect();
    let best = *scores.iter().max()?;
    (best > 0 && scores.iter().filter(|&&x| x == best).count() == 1).then(|| {
        let i = scores.iter().position(|&x| x == best).unwrap_or(0);
        candidates[i].to_string()
    })
}

/// The place names of a document that a gazetteer gives to one place but namesakes
/// abroad share, with the namesake the document's other places point to: "Georgia"
/// beside Atlanta is the US state, not the country; beside Tbilisi, or alone, the
/// country.
///
/// ```
/// use slant::entities::{linking::choose_namesakes, EntityTagger};
/// let t = EntityTagger::default();
/// let text = "Officials in Georgia certified the results. The governor signed them in Atlanta.";
/// let mut a = t.analyze(text, None);
/// choose_namesakes(t.gazetteer(), &mut a);
/// let georgia = a.entities.iter().find(|e| e.text_in(text) == "Georgia").unwrap();
/// assert_eq!(georgia.id, "adm1:US:georgia");
/// ```
pub fn choose_namesakes(g: &super::gazetteer::Gazetteer, a: &mut super::Analysis) {
    let names: Vec<String> = shared_names(g, a);
    for name in names {
        if let Some(id) = namesake_choice(g, a, &name) {
            rename_place(a, &name, &id);
        }
    }
}

/// Names of `a`'s places that namesakes share.
fn shared_names(g: &super::gazetteer::Gazetteer, a: &super::Analysis) -> Vec<String> {
    let mut names: Vec<String> = a
        .entities
        .iter()
        .filter(|e| g.namesakes(&e.canonical).next().is_some())
        .map(|e| e.canonical.clone())
        .collect();
    names.sort();
    names.dedup();
    names
}

/// Every place of `a` called `name` becomes the place `id`.
fn rename_place(a: &mut super::Analysis, name: &str, id: &str) {
    for e in a.entities.iter_mut() {
        if e.canonical == name && matches!(e.label, super::Label::Gpe | super::Label::Loc) {
            e.id = id.to_string();
        }
    }
}

/// Namesakes across a corpus: an article that names "Georgia" with no other place to
/// tell which means what the corpus's other articles that do tell mean, when they
/// agree ("Georgia certified its election results" beside an article that names
/// Atlanta). When none tells, the places the whole corpus names decide, as they
/// would in one article ("a plant in Georgia" beside another article's Savannah).
///
/// ```
/// use slant::entities::{linking::link_namesakes, EntityTagger};
/// let t = EntityTagger::default();
/// let texts = ["Georgia certified its results.", "Officials in Georgia met in Atlanta."];
/// let mut docs: Vec<_> = texts.iter().map(|x| t.analyze(x, None)).collect();
/// link_namesakes(t.gazetteer(), &mut docs);
/// let georgia = docs[0].entities.iter().find(|e| e.text_in(texts[0]) == "Georgia").unwrap();
/// assert_eq!(georgia.id, "adm1:US:georgia");
///
/// // No article tells, but the corpus names Savannah.
/// let texts = ["Agents raided a plant in Georgia.", "The raid near Savannah was large."];
/// let mut docs: Vec<_> = texts.iter().map(|x| t.analyze(x, None)).collect();
/// link_namesakes(t.gazetteer(), &mut docs);
/// let georgia = docs[0].entities.iter().find(|e| e.text_in(texts[0]) == "Georgia").unwrap();
/// assert_eq!(georgia.id, "adm1:US:georgia");
/// ```
pub fn link_namesakes(g: &super::gazetteer::Gazetteer, docs: &mut [super::Analysis]) {
    use std::collections::HashMap;
    // Name -> the place the telling articles agree on (None once two disagree).
    let mut told: HashMap<String, Option<String>> = HashMap::new();
    let mut open: Vec<(usize, String)> = Vec::new();
    for (d, a) in docs.iter().enumerate() {
        for name in shared_names(g, a) {
            match namesake_choice(g, a, &name) {
                Some(id) => agree_or_none(&mut told, name, id, |x| x),
                None => open.push((d, name)),
            }
        }
    }
    let mut by_corpus: HashMap<String, Option<String>> = HashMap::new();
    for (d, name) in open {
        let id = match told.get(&name) {
            Some(id) => id.clone(),
            None => by_corpus
                .entry(name.clone())
                .or_insert_with(|| namesake_among(g, &places_besides(docs, &name), &name))
                .clone(),
        };
        if let Some(id) = id {
            rename_place(&mut docs[d], &name, &id);
        }
    }
}

/// Acronyms across a corpus: "DNC" written bare in one article is the "Democratic
/// National Committee (DNC)" another article defines, when the corpus defines it one
/// way only; "FAA" is the "Federal Aviation Administration" another article names,
/// when no article defines it and one organisation of the corpus has those initials
/// (three letters or more). Any other acronym keeps its own id, never guessed.
///
/// ```
/// use slant::entities::{linking::link_acronyms, EntityTagger};
/// let t = EntityTagger::default();
/// let texts = ["The Tamsin River Commission (TRC) met.", "The TRC said nothing."];
/// let mut docs: Vec<_> = texts.iter().map(|x| t.analyze(x, None)).collect();
/// link_acronyms(&texts, &mut docs);
/// let trc = docs[1].entities.iter().find(|e| e.text_in(texts[1]) == "TRC").unwrap();
/// assert_eq!(trc.canonical, "Tamsin River Commission");
///
/// let texts = ["The Federal Aviation Administration grounded the fleet.", "The FAA said nothing."];
/// let mut docs: Vec<_> = texts.iter().map(|x| t.analyze(x, None)).collect();
/// link_acronyms(&texts, &mut docs);
/// let faa = docs[1].entities.iter().find(|e| e.text_in(texts[1]) == "FAA").unwrap();
/// assert_eq!(faa.canonical, "Federal Aviation Administration");
/// ```
pub fn link_acronyms(texts: &[&str], docs: &mut [super::Analysis]) {
    use std::collections::HashMap;
    let acronym = |w: &str| {
        w.len() >= 2 && w.len() <= 8 && w.chars().all(|c| c.is_ascii_uppercase() || c == '&')
    };
    let own_id = |e: &super::Entity, surface: &str| {
        e.id == format!("{}:{}", e.label.as_str().to_lowercase(), slug(surface))
    };
    // Acronym -> the identities its definitions give it (None once two disagree).
    let mut defined: HashMap<String, Option<(super::Label, String, String)>> = HashMap::new();
    for (text, a) in texts.iter().zip(docs.iter()) {
        for e in &a.entities {
            let Some(surface) = text.get(e.start..e.end) else {
                continue;
            };
            if !acronym(surface) || own_id(e, surface) || e.canonical == surface {
                continue;
            }
            let who = (e.label, e.canonical.clone(), e.id.clone());
            agree_or_none(&mut defined, surface.to_string(), who, |x| &x.2);
        }
    }
    // Organisations named in full: their initials ("Federal Aviation Administration":
    // FAA; "Department of Justice": DOJ or DJ) stand for them where no article defines
    // the acronym otherwise and one organisation of the corpus has them.
    let mut initialled: HashMap<String, Option<(super::Label, String, String)>> = HashMap::new();
    for (text, a) in texts.iter().zip(docs.iter()) {
        for e in a.entities.iter().filter(|e| e.label == super::Label::Org) {
            let Some(surface) = text.get(e.start..e.end) else {
                continue;
            };
            // "The Hollywood Reporter": THR as well as HR.
            let the = text.get(..e.start).is_some_and(|t| t.ends_with("The "));
            let mut all = initials(surface);
            if the {
                all.extend(all.clone().into_iter().map(|x| format!("T{x}")));
            }
            for letters in all {
                if letters.len() >= 3 && letters != surface {
                    let who = (e.label, e.canonical.clone(), e.id.clone());
                    agree_or_none(&mut initialled, letters, who, |x| &x.2);
                }
            }
        }
    }
    for (k, v) in initialled {
        defined.entry(k).or_insert(v);
    }
    if defined.is_empty() {
        return;
    }
    for (text, a) in texts.iter().zip(docs.iter_mut()) {
        for e in a.entities.iter_mut() {
            let Some(surface) = text.get(e.start..e.end) else {
                continue;
            };
            if !own_id(e, surface) {
                continue;
            }
            if let Some(Some((label, canonical, id))) = defined.get(surface) {
                e.label = *label;
                e.canonical = canonical.clone();
                e.id = id.clone();
            }
        }
    }
}

/// The acronyms a name of two or more capitalised words may go by: the initials of its
/// words, with and without its small words ("Department of Justice": DOJ, DJ), and
/// those of the name before a closing "of ..." that is two or more words itself
/// ("Central Elections Commission of Turkmenistan": CEC).
fn initials(name: &str) -> Vec<String> {
    let mut out = initials_of(name);
    if let Some((head, _)) = name.rsplit_once(" of ") {
        for x in initials_of(head) {
            if !out.contains(&x) {
                out.push(x);
            }
        }
    }
    out
}

/// The initials of a name's words, with and without its small words.
fn initials_of(name: &str) -> Vec<String> {
    let words: Vec<&str> = name
        .split([' ', '-'])
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .collect();
    let capital = |w: &&&str| w.chars().next().is_some_and(char::is_uppercase);
    if words.iter().filter(capital).count() < 2 {
        return Vec::new();
    }
    let first = |w: &&str| w.chars().next().map(|c| c.to_ascii_uppercase());
    let all: String = words.iter().filter_map(first).collect();
    let content: String = words.iter().filter(capital).filter_map(first).collect();
    let mut out = vec![all];
    if content != out[0] {
        out.push(content);
    }
    out
}

/// People of the corpus found where the tagger missed them in another article: the
/// full name written the same way, or the surname alone ("After the Blazers fired
/// Cheeks" beside "Maurice Cheeks"), when one person of the corpus has it and no other
/// actor goes by it. Only names that open with a given name and do not close with a
/// title vouch for a person (a tagger's "Queens Hit" does not). A lone word must be capitalised with lowercase
/// letters, and a word common in English ("Cheeks") not open its sentence, where any
/// word is capitalised.
///
/// ```
/// use slant::entities::{linking::tag_known_people, EntityTagger};
/// let t = EntityTagger::default();
/// let texts = ["Coach Maurice Cheeks was fired on Saturday.", "After the team fired Cheeks, fans protested."];
/// let mut docs: Vec<_> = texts.iter().map(|x| t.analyze(x, None)).collect();
/// tag_known_people(&texts, &mut docs, t.gazetteer(), 1);
/// let cheeks = docs[1].entities.iter().find(|e| e.text_in(texts[1]) == "Cheeks").unwrap();
/// assert_eq!(cheeks.id, "person:maurice-cheeks");
/// ```
pub fn tag_known_people(
    texts: &[&str],
    docs: &mut [super::Analysis],
    g: &super::gazetteer::Gazetteer,
    threads: usize,
) {
    use super::pipeline::{is_common, is_given_name, is_small_town, is_title_word};
    use super::{Entity, Label};
    use std::collections::{HashMap, HashSet};
    // A one-word name the gazetteer lists only as a small town: a surname as often
    // ("Hutchinson" of "Cassidy Hutchinson" is no town in Kansas).
    let town = |e: &Entity, surface: &str| {
        matches!(e.label, Label::Gpe | Label::Loc | Label::Org)
            && !surface.contains(' ')
            && g.get(&e.id).is_some_and(is_small_town)
    };
    // A one-word organisation only the tagger vouches for (no gazetteer entry, and
    // no longer organisation's name opens with it, as "Ford Motor" does): the tagger
    // reads a rare surname so ("Trump dismissed Comey"), where a person's full name
    // elsewhere in the corpus says who it is.
    let org_openers: HashSet<&str> = texts
        .iter()
        .zip(docs.iter())
        .flat_map(|(text, a)| {
            a.entities
                .iter()
                .filter(|e| e.label == Label::Org)
                .filter_map(|e| text.get(e.start..e.end))
                .filter(|s| s.contains(' '))
                .filter_map(|s| s.split_whitespace().next())
        })
        .collect();
    let guessed_org = |e: &Entity, surface: &str| {
        e.label == Label::Org
            && !surface.contains(' ')
            && g.get(&e.id).is_none()
            && !org_openers.contains(surface)
    };
    // A name the tagger reads as a person in two or more documents vouches for
    // itself whatever its given name ("Peyton Manning", "Wladimir Klitschko": names
    // the census lists of given names lack); one reading may be the tagger's slip.
    // So does a name a title stands before ("President Biden", "Sen. Menendez"): a
    // title is said of a person, so one article is enough.
    let mut read_in: HashMap<&str, HashSet<usize>> = HashMap::new();
    let mut titled: HashSet<&str> = HashSet::new();
    for (d, (text, a)) in texts.iter().zip(docs.iter()).enumerate() {
        for e in a.entities.iter().filter(|e| e.label == Label::Person) {
            read_in.entry(e.canonical.as_str()).or_default().insert(d);
            // The word before the name, across the space that parts them.
            let prefix = text.get(..e.start).unwrap_or_default();
            let before = prefix.trim_end();
            if before.len() < prefix.len()
                && before
                    .rsplit(char::is_whitespace)
                    .next()
                    .is_some_and(|w| !w.is_empty() && is_title_word(w))
            {
                titled.insert(e.canonical.as_str());
            }
        }
    }
    // So does a name of two listed surnames ("Peyton Manning"): a surname list holds
    // many given names the census lacks.
    let surnames = crate::knowledge::surnames();
    let listed = |w: &str| surnames.contains(w.to_lowercase().as_str());
    let vouched: HashSet<String> = read_in
        .into_iter()
        .filter(|(n, ds)| {
            let parts = name_parts(n);
            ds.len() >= 2
                || titled.contains(n)
                || (parts.len() == 2 && parts.iter().all(|p| listed(p)))
        })
        .map(|(n, _)| n.to_string())
        .collect();
    // Each name to the person it stands for (canonical, id); None when ambiguous.
    let mut known: HashMap<String, Option<(String, String)>> = HashMap::new();
    let mut others: HashSet<String> = Default::default();
    for (text, a) in texts.iter().zip(docs.iter()) {
        for e in &a.entities {
            let Some(surface) = text.get(e.start..e.end) else {
                continue;
            };
            let surface = surface.split_whitespace().collect::<Vec<_>>().join(" ");
            if town(e, &surface) || guessed_org(e, &surface) {
                continue;
            }
            let parts = name_parts(&e.canonical);
            // A surname alone that two articles read as a person ("Trump") is known
            // too: "Trump signed an executive order" opening a sentence is that person.
            // A common word must be a listed surname or one news writes capitalised
            // ("Trump"; not "Promises" of a clinic the tagger read as a person twice).
            let alone = parts.len() == 1
                && vouched.contains(&e.canonical)
                && (!is_common(&e.canonical) || {
                    let l = e.canonical.to_lowercase();
                    surnames.contains(l.as_str()) || crate::knowledge::news_names().contains(&l)
                });
            // "Sanjay Gupta Surgeon": a title closing a name is the tagger's slip.
            if e.label != Label::Person
                || (parts.len() < 2 && !alone)
                || !(is_given_name(parts[0])
                    || (vouched.contains(&e.canonical) && !is_title_word(parts[0])))
                || is_title_word(parts[parts.len() - 1])
            {
                others.insert(surface);
                continue;
            }
            let who = Some((e.canonical.clone(), e.id.clone()));
            for key in [surface, parts[parts.len() - 1].to_string()] {
                let slot = known.entry(key).or_insert_with(|| who.clone());
                if slot.as_ref().map(|x| &x.1) != who.as_ref().map(|x| &x.1) {
                    *slot = None;
                }
            }
        }
    }
    known.retain(|k, v| v.is_some() && !others.contains(k));
    if known.is_empty() {
        return;
    }
    // One-word names the corpus also writes in lowercase ("cheeks", "bush") are words
    // too: capitalised at a sentence's start they say nothing.
    let single: HashSet<String> = known
        .keys()
        .filter(|k| !k.contains(' '))
        .map(|k| k.to_lowercase())
        .collect();
    let lowered: Vec<HashSet<String>> = crate::parallel::map_batch(
        &texts.iter().zip(docs.iter()).collect::<Vec<_>>(),
        threads,
        |(text, a)| {
            a.tokens
                .iter()
                .map(|t| t.text(text))
                .filter(|w| w.starts_with(char::is_lowercase) && single.contains(*w))
                .map(str::to_string)
                .collect()
        },
    );
    let lowered: HashSet<String> = lowered.into_iter().flatten().collect();
    let longest = known
        .keys()
        .map(|k| k.split(' ').count())
        .max()
        .unwrap_or(1)
        .min(5);
    crate::parallel::for_each_mut(docs, threads, |d, a| {
        let Some(text) = texts.get(d) else {
            return;
        };
        // A town's name that is a person's surname here, with nothing before it that
        // makes it a place ("in Hutchinson"), is that person; so is a one-word
        // organisation only the tagger vouches for ("Comey"). "To" does not place it:
        // it stands before whom something is given ("an offer to Teixeira") as often
        // as before where one goes.
        for e in a.entities.iter_mut() {
            let Some(surface) = text.get(e.start..e.end) else {
                continue;
            };
            let Some(Some((canonical, id))) = known.get(surface) else {
                continue;
            };
            let before = text[..e.start].split_whitespace().next_back().unwrap_or("");
            let placed = matches!(
                before.to_lowercase().as_str(),
                "in" | "near" | "at" | "outside" | "across" | "from" | "of"
            );
            if (town(e, surface) && !placed) || guessed_org(e, surface) {
                e.label = Label::Person;
                e.canonical.clone_from(canonical);
                e.id.clone_from(id);
                e.refers = None;
            }
        }
        // A person read without the first words of a name the corpus knows ("Peyton
        // Manning" opening a sentence read as "Manning") takes them back.
        let others_at: Vec<(usize, usize)> = a.entities.iter().map(|e| (e.start, e.end)).collect();
        for e in a.entities.iter_mut().filter(|e| e.label == Label::Person) {
            let k = a.tokens.partition_point(|t| (t.end as usize) <= e.start);
            for n in 1..longest.min(k + 1) {
                let start = a.tokens[k - n].start as usize;
                let Some(Some((canonical, id))) = text
                    .get(start..e.end)
                    .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
                    .and_then(|s| known.get(&s))
                else {
                    continue;
                };
                if others_at.iter().any(|&(s0, e0)| s0 < e.start && e0 > start) {
                    break;
                }
                e.start = start;
                e.canonical.clone_from(canonical);
                e.id.clone_from(id);
                e.refers = None;
                break;
            }
        }
        let covered = covered_tokens(a);
        let mut added: Vec<Entity> = Vec::new();
        for range in &a.sentence_tokens {
            let toks = &a.tokens[range.clone()];
            let mut k = 0;
            while k < toks.len() {
                let mut step = 1;
                for n in (1..=longest.min(toks.len() - k)).rev() {
                    let span = &toks[k..k + n];
                    let (s, e) = (span[0].start as usize, span[n - 1].end as usize);
                    if covered[range.start + k..range.start + k + n]
                        .iter()
                        .any(|&c| c)
                    {
                        continue;
                    }
                    let words: Vec<&str> = span.iter().map(|t| t.text(text)).collect();
                    let w = words[0];
                    let shaped = w.starts_with(char::is_uppercase)
                        && w.chars().any(char::is_lowercase)
                        && (n > 1
                            || k > 0
                            || !is_common(w)
                            || !lowered.contains(&w.to_lowercase()));
                    if !shaped {
                        continue;
                    }
                    if let Some(Some((canonical, id))) = known.get(&words.join(" ")) {
                        added.push(Entity::linked(s, e, Label::Person, canonical, id));
                        step = n;
                        break;
                    }
                }
                k += step;
            }
        }
        add_entities(a, added);
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::Label;

    /// Documents of `texts` analysed, with the words `w` of document `d` read as one
    /// entity of `label` (a tagger's slip, made sure of whatever the model reads).
    fn read_as(
        texts: &[&str],
        slips: &[(usize, &str, Label, &str)],
    ) -> (
        crate::entities::EntityTagger,
        Vec<crate::entities::Analysis>,
    ) {
        let t = crate::entities::EntityTagger::default();
        let mut docs: Vec<_> = texts.iter().map(|x| t.analyze(x, None)).collect();
        for &(d, w, label, id) in slips {
            let start = texts[d].find(w).expect("words in the text");
            let end = start + w.len();
            docs[d]
                .entities
                .retain(|e| e.end <= start || e.start >= end);
            let canonical = w.rsplit(' ').next().unwrap_or(w);
            let e = crate::entities::Entity::linked(start, end, label, canonical, id);
            add_entities(&mut docs[d], vec![e]);
        }
        (t, docs)
    }

    #[test]
    fn a_one_word_body_only_the_tagger_vouches_for_is_the_person_named_in_full() {
        let texts = [
            "President Trump fired FBI Director James Comey on Tuesday.",
            "Trump dismissed Comey on the recommendation of his deputy.",
        ];
        let (t, mut docs) = read_as(&texts, &[(1, "Comey", Label::Org, "org:comey")]);
        tag_known_people(&texts, &mut docs, t.gazetteer(), 1);
        let comey = docs[1]
            .entities
            .iter()
            .find(|e| e.text_in(texts[1]) == "Comey");
        assert_eq!(comey.map(|e| e.label), Some(Label::Person));
        assert_eq!(comey.map(|e| e.id.as_str()), Some("person:james-comey"));
        // A body whose longer name the corpus gives ("Ford Motor"), or that the
        // gazetteer lists ("Boeing"), stays a body.
        let texts = [
            "Harrison Ford starred in the film, and William Boeing flew.",
            "Ford Motor said on Monday it would cut jobs.",
            "Ford and Boeing cut 3,000 jobs.",
        ];
        let (t, mut docs) = read_as(
            &texts,
            &[
                (1, "Ford Motor", Label::Org, "org:ford-motor"),
                (2, "Ford", Label::Org, "org:ford"),
                (2, "Boeing", Label::Org, "org:boeing"),
            ],
        );
        tag_known_people(&texts, &mut docs, t.gazetteer(), 1);
        for w in ["Ford", "Boeing"] {
            let e = docs[2].entities.iter().find(|e| e.text_in(texts[2]) == w);
            assert_eq!(e.map(|e| e.label), Some(Label::Org), "{w}");
        }
    }

    #[test]
    fn a_body_read_without_its_first_words_is_the_one_the_corpus_names_in_full() {
        let texts = [
            "Credit Suisse shares plunged on Wednesday.",
            "UBS agreed to buy its rival Credit Suisse on Sunday.",
            "Investors sold U.S. Steel after the ruling.",
            "New Credit Suisse bonds were issued.",
        ];
        let (_, mut docs) = read_as(
            &texts,
            &[
                (0, "Credit Suisse", Label::Org, "org:credit-suisse"),
                (1, "Suisse", Label::Person, "person:suisse"),
                (2, "U.S.", Label::Gpe, "iso:US"),
                (2, "Steel", Label::Person, "person:steel"),
                (3, "Suisse", Label::Person, "person:suisse"),
            ],
        );
        tag_known_orgs(&texts, &mut docs, 1);
        let credit = docs[1]
            .entities
            .iter()
            .find(|e| e.text_in(texts[1]) == "Credit Suisse");
        assert_eq!(credit.map(|e| e.id.as_str()), Some("org:credit-suisse"));
        assert!(!docs[1]
            .entities
            .iter()
            .any(|e| e.text_in(texts[1]) == "Suisse"));
        // Only a name the corpus reads whole mends a split; one with a capitalised word
        // beside it is part of a longer name.
        assert!(docs[2]
            .entities
            .iter()
            .any(|e| e.text_in(texts[2]) == "U.S."));
        assert!(docs[3]
            .entities
            .iter()
            .any(|e| e.text_in(texts[3]) == "Suisse"));
    }

    #[test]
    fn a_firm_read_as_a_place_in_one_article_is_the_firm_in_every_article() {
        let t = crate::entities::EntityTagger::default();
        let texts = [
            "Hackers stole data from the telecom company Optus, the firm said.",
            "Optus disclosed on Thursday that the attack had exposed millions.",
            "The data breach at Optus, Australia's second-largest telecom company, grew.",
        ];
        let mut docs: Vec<_> = texts.iter().map(|x| t.analyze(x, None)).collect();
        let mut lists: Vec<_> = docs
            .iter_mut()
            .map(|a| std::mem::take(&mut a.entities))
            .collect();
        vote_labels(&texts, &mut lists, t.gazetteer());
        for (a, e) in docs.iter_mut().zip(lists) {
            a.entities = e;
        }
        tag_known_orgs(&texts, &mut docs, 1);
        for (text, a) in texts.iter().zip(&docs) {
            let optus = a.entities.iter().find(|e| e.text_in(text) == "Optus");
            assert_eq!(optus.map(|e| e.id.as_str()), Some("org:optus"), "{text}");
        }
        // A common word opening a sentence is no known organisation there.
        let texts = [
            "Reid told People magazine she was fine.",
            "People said Reid left.",
        ];
        let mut docs: Vec<_> = texts.iter().map(|x| t.analyze(x, None)).collect();
        tag_known_orgs(&texts, &mut docs, 1);
        assert!(!docs[1]
            .entities
            .iter()
            .any(|e| e.text_in(texts[1]) == "People"));
    }

    #[test]
    fn initials_stand_for_one_organisation_of_the_corpus_only() {
        assert_eq!(initials("Department of Justice"), ["DOJ", "DJ"]);
        assert_eq!(initials("Federal Aviation Administration"), ["FAA"]);
        assert_eq!(
            initials("Central Elections Commission of Turkmenistan"),
            ["CECOT", "CECT", "CEC"]
        );
        assert!(initials("Reuters").is_empty());
        let t = crate::entities::EntityTagger::default();
        let link = |texts: &[&str]| {
            let mut docs: Vec<_> = texts.iter().map(|x| t.analyze(x, None)).collect();
            link_acronyms(texts, &mut docs);
            let last = texts.len() - 1;
            let e = docs[last]
                .entities
                .iter()
                .find(|e| e.text_in(texts[last]) == "NTB")
                .cloned();
            e.map(|e| e.canonical)
        };
        let one = [
            "The National Transportation Board arrived.",
            "The NTB said nothing.",
        ];
        assert_eq!(link(&one).as_deref(), Some("National Transportation Board"));
        // Two bodies with those initials: the acronym is neither.
        let two = [
            "The National Transportation Board arrived.",
            "The National Tennis Board met.",
            "The NTB said nothing.",
        ];
        assert_eq!(link(&two).as_deref(), Some("NTB"));
        // A name written after "The" goes by its initials with the T too.
        let texts = [
            "Ross is in talks, The Hollywood Reporter said.",
            "THR said Ross would return.",
        ];
        let mut docs: Vec<_> = texts.iter().map(|x| t.analyze(x, None)).collect();
        link_acronyms(&texts, &mut docs);
        let thr = docs[1]
            .entities
            .iter()
            .find(|e| e.text_in(texts[1]) == "THR");
        assert_eq!(
            thr.map(|e| e.canonical.as_str()),
            Some("Hollywood Reporter")
        );
    }

    #[test]
    fn index_finds_full_forms_and_relations() {
        let names = [
            "Khawaja Muhammad Asif",
            "Rajnath Singh",
            "Manmohan Singh",
            "Dong Jun",
        ];
        let index = NameIndex::new(names);
        assert_eq!(index.full_of("Kh Asif"), Some("Khawaja Muhammad Asif"));
        assert_eq!(index.full_of("Rajnath"), Some("Rajnath Singh"));
        // Two Singhs: ambiguous, links nothing.
        assert_eq!(index.full_of("Singh"), None);
        assert_eq!(index.full_of("Jun"), Some("Dong Jun"));
        assert!(
            index.related("Asif")
                && index.related("Dong Jun")
                && index.related("Defence Minister Dong Jun")
        );
        assert!(!index.related("Shen Mingshi"));
    }

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
    fn names_read_in_two_articles_or_made_of_surnames_vouch_for_a_person() {
        let t = crate::entities::EntityTagger::default();
        // The id that `tag_known_people` gives the words `s` of the last text.
        // The tagger's own reading of the words in the last text is set aside: what is
        // tested is how the corpus finds them where the tagger missed them.
        let found = |texts: &[&str], s: &str| {
            let mut docs: Vec<_> = texts.iter().map(|x| t.analyze(x, None)).collect();
            let last = texts.len() - 1;
            let own = |e: &crate::entities::Entity| {
                e.text_in(texts[last]) == s && e.label == Label::Person
            };
            docs[last].entities.retain(|e| !own(e));
            tag_known_people(texts, &mut docs, t.gazetteer(), 1);
            docs[last]
                .entities
                .iter()
                .find(|e| e.text_in(texts[last]) == s)
                .map(|e| e.id.clone())
        };
        // "Wladimir" is in no list of given names: two articles reading the name
        // vouch for it, and the surname alone is then the person.
        let texts = [
            "Wladimir Klitschko won on points.",
            "Wladimir Klitschko retained his title.",
            "After the fight Klitschko thanked the fans.",
        ];
        assert_eq!(
            found(&texts, "Klitschko").as_deref(),
            Some("person:wladimir-klitschko")
        );
        // One article reads "Peyton Manning" (two listed surnames); the tagger misses
        // it opening another article's sentence.
        let texts = [
            "Peyton Manning said the Colts won.",
            "Peyton Manning threw for 300 yards on Sunday.",
        ];
        assert_eq!(
            found(&texts, "Peyton Manning").as_deref(),
            Some("person:peyton-manning")
        );
        // A title vouches in one article: "President Biden" there, the surname the
        // tagger missed here.
        let texts = [
            "McCarthy opened an impeachment inquiry into President Biden on Tuesday.",
            "House Republicans launched an impeachment inquiry into Biden over his family's business dealings.",
        ];
        assert_eq!(found(&texts, "Biden").as_deref(), Some("person:biden"));
        // A town's name that is a known person's surname, after "to" of a giving
        // ("an offer to Teixeira"), is the person; after "in" it stays the town.
        let texts = [
            "Mark Teixeira became a free agent on Monday.",
            "The Red Sox made an eight-year offer to Teixeira on Tuesday.",
        ];
        assert_eq!(
            found(&texts, "Teixeira").as_deref(),
            Some("person:mark-teixeira")
        );
        let texts = [
            "Mark Teixeira became a free agent on Monday.",
            "The festival was held in Teixeira on Tuesday.",
        ];
        assert_ne!(
            found(&texts, "Teixeira").as_deref(),
            Some("person:mark-teixeira")
        );
    }

    #[test]
    fn an_organisation_named_by_a_place_goes_by_its_own_name() {
        let t = crate::entities::EntityTagger::default();
        let texts = [
            "The Boston Red Sox beat the Jacksonville Jaguars fans' favourite, Delhi Police said.",
            "The Red Sox won. The police and the Jaguars did not comment.",
        ];
        let mut docs: Vec<_> = texts.iter().map(|x| t.analyze(x, None)).collect();
        link_place_named_orgs(&texts, &mut docs, t.gazetteer(), 1);
        let of = |s: &str| {
            docs[1]
                .entities
                .iter()
                .find(|e| e.text_in(texts[1]) == s)
                .map(|e| (e.label, e.id.clone()))
        };
        assert_eq!(
            of("Red Sox"),
            Some((Label::Org, "org:boston-red-sox".into()))
        );
        assert_eq!(
            of("Jaguars"),
            Some((Label::Org, "org:jacksonville-jaguars".into()))
        );
        // "Police" after a place is a generic head: no one's own name.
        assert_ne!(of("police").map(|x| x.1), Some("org:delhi-police".into()));
        // A paper's name word is not generic: "the Herald" is the one Herald named.
        let texts = [
            "Boone spoke to the Boston Herald on Monday about the trade.",
            "Boone told the Herald that he was happy in New York.",
        ];
        let mut docs: Vec<_> = texts.iter().map(|x| t.analyze(x, None)).collect();
        link_place_named_orgs(&texts, &mut docs, t.gazetteer(), 1);
        let herald = id_at(&docs[1].entities, texts[1], "Herald");
        assert_eq!(herald.as_deref(), Some("org:boston-herald"));
        // A listed paper too ("the Times", "The Times" opening a sentence, "the Post"),
        // unless the corpus names two papers of that name.
        let texts = [
            "The New York Times reported the deal. The Washington Post said talks stalled.",
            "The Times said the deal was close, and the Post disagreed.",
        ];
        let mut docs: Vec<_> = texts.iter().map(|x| t.analyze(x, None)).collect();
        link_place_named_orgs(&texts, &mut docs, t.gazetteer(), 1);
        assert_eq!(
            id_at(&docs[1].entities, texts[1], "The Times").as_deref(),
            Some("org:nyt")
        );
        assert_eq!(
            id_at(&docs[1].entities, texts[1], "Post").as_deref(),
            Some("org:washington-post")
        );
        let texts = [
            "The New York Post and the Washington Post differ.",
            "The Times said the deal was close, and the Post disagreed.",
        ];
        let mut docs: Vec<_> = texts.iter().map(|x| t.analyze(x, None)).collect();
        link_place_named_orgs(&texts, &mut docs, t.gazetteer(), 1);
        assert_eq!(id_at(&docs[1].entities, texts[1], "Post"), None);
        // A tagger's cut of the full name is the full name's organisation.
        let texts = [
            "The New Orleans Saints beat Atlanta on Sunday.",
            "The Orleans Saints placed Reggie Bush on injured reserve.",
            "Fans of the Saints were upset.",
        ];
        let mut docs: Vec<_> = texts.iter().map(|x| t.analyze(x, None)).collect();
        link_place_named_orgs(&texts, &mut docs, t.gazetteer(), 1);
        for (d, name) in [(1, "Orleans Saints"), (2, "Saints")] {
            let e = docs[d]
                .entities
                .iter()
                .find(|e| e.text_in(texts[d]) == name);
            assert_eq!(
                e.map(|e| e.id.as_str()),
                Some("org:new-orleans-saints"),
                "{name}"
            );
        }
        // A given name that is also a place, then a surname: a person, not a team.
        let texts = ["Austin Butler starred.", "Butler left early."];
        let mut docs: Vec<_> = texts.iter().map(|x| t.analyze(x, None)).collect();
        link_place_named_orgs(&texts, &mut docs, t.gazetteer(), 1);
        assert!(!docs[1].entities.iter().any(|e| e.label == Label::Org));
    }

    /// The id `link_roles_across` gives `noun` in the last of `texts`, if any.
    fn role_linked_in_last(texts: &[&str], noun: &str) -> Option<String> {
        let t = crate::entities::EntityTagger::default();
        let mut docs: Vec<_> = texts.iter().map(|x| t.analyze(x, None)).collect();
        link_roles_across(texts, &mut docs);
        let last = texts.len() - 1;
        docs[last]
            .entities
            .iter()
            .find(|e| e.text_in(texts[last]) == noun)
            .map(|e| e.id.clone())
    }

    #[test]
    fn a_role_links_across_articles_only_to_its_one_holder_in_a_related_article() {
        let linked = |texts: &[&str]| role_linked_in_last(texts, "publicist");
        // One publicist named beside the noun, and the last article names Tara Reid too.
        assert_eq!(
            linked(&[
                "Tara Reid is in rehab, her publicist Jack Ketsoyan said.",
                "Tara Reid checked in, the publicist said.",
            ])
            .as_deref(),
            Some("person:jack-ketsoyan")
        );
        // Two publicists in the corpus: "the publicist" is nobody in particular.
        assert_eq!(
            linked(&[
                "Tara Reid is in rehab, her publicist Jack Ketsoyan said.",
                "Lindsay Lohan left, her publicist Steve Honig said.",
                "Tara Reid checked in, the publicist said.",
            ]),
            None
        );
        // An article that shares nobody with the holder's is another story.
        assert_eq!(
            linked(&[
                "Tara Reid is in rehab, her publicist Jack Ketsoyan said.",
                "The singer cancelled the tour in Oslo, the publicist said.",
            ]),
            None
        );
    }

    #[test]
    fn an_indefinite_or_titled_role_needs_a_person_or_town_in_common() {
        let linked = role_linked_in_last;
        // "A publicist says Tara Reid ...": one person introduced, in the same story.
        assert_eq!(
            linked(
                &[
                    "Tara Reid is in rehab, her publicist Jack Ketsoyan said.",
                    "A publicist says Tara Reid has entered a rehab program.",
                ],
                "publicist"
            )
            .as_deref(),
            Some("person:jack-ketsoyan")
        );
        // Longer descriptions: a number and a title of a kind before the noun.
        assert_eq!(
            linked(
                &[
                    "Police in Athens shot Alexandros Grigoropoulos, a 15-year-old boy, on Saturday.",
                    "Riots spread in Athens after police killed a 15-year-old boy.",
                ],
                "boy"
            )
            .as_deref(),
            Some("person:alexandros-grigoropoulos")
        );
        // An employer's name of several words counts as one word of the description.
        assert_eq!(
            linked(
                &[
                    "Trooper William Hakim, a bomb squad technician, died in Woodburn on Friday.",
                    "A bomb in Woodburn killed an Oregon State Police bomb squad technician.",
                ],
                "technician"
            )
            .as_deref(),
            Some("person:william-hakim")
        );
        // "A sheriff's deputy" is a deputy, not the sheriff.
        assert_eq!(
            linked(
                &[
                    "Sheriff Lee Baca spoke in Los Angeles on Monday.",
                    "A sheriff's deputy was shot in Los Angeles on Monday.",
                ],
                "sheriff"
            ),
            None
        );
        // Shared bodies alone do not make one story: the Mafia boss arrested in Palermo
        // is not the New York one.
        assert_eq!(
            linked(
                &[
                    "Vincent Gigante, the Mafia boss, died in prison in Springfield.",
                    "The alleged Mafia boss hanged himself in a Palermo jail.",
                ],
                "boss"
            ),
            None
        );
    }

    #[test]
    fn a_known_organisation_is_found_inside_sentences_only() {
        let t = crate::entities::EntityTagger::default();
        let texts = [
            "Reid told People magazine she was fine.",
            "People gathered outside. A source told People that Reid left.",
        ];
        let mut docs: Vec<_> = texts.iter().map(|x| t.analyze(x, None)).collect();
        tag_known_orgs(&texts, &mut docs, 1);
        let found: Vec<usize> = docs[1]
            .entities
            .iter()
            .filter(|e| e.id == "org:people")
            .map(|e| e.start)
            .collect();
        // The sentence-opening "People" is the common word.
        assert_eq!(found, [texts[1].rfind("People").unwrap()]);
    }

    #[test]
    fn known_people_are_found_only_where_one_person_fits() {
        let t = crate::entities::EntityTagger::default();
        let texts = [
            "Rajnath Singh met Manmohan Singh in Delhi.",
            "Later Singh spoke to reporters.",
            "Coach Maurice Cheeks was fired.",
            "Fans cheered when Cheeks left.",
        ];
        let mut docs: Vec<_> = texts.iter().map(|x| t.analyze(x, None)).collect();
        tag_known_people(&texts, &mut docs, t.gazetteer(), 2);
        // Two Singhs: the lone surname stays as the tagger left it.
        let singh: Vec<&str> = docs[1]
            .entities
            .iter()
            .filter(|e| e.text_in(texts[1]) == "Singh")
            .map(|e| e.id.as_str())
            .collect();
        assert!(singh
            .iter()
            .all(|id| !id.starts_with("person:rajnath") && !id.starts_with("person:manmohan")));
        let cheeks = docs[3]
            .entities
            .iter()
            .find(|e| e.text_in(texts[3]) == "Cheeks");
        assert_eq!(cheeks.map(|e| e.id.as_str()), Some("person:maurice-cheeks"));
        // Entities stay ordered and disjoint.
        for d in &docs {
            assert!(d.entities.windows(2).all(|w| w[0].end <= w[1].start));
        }
    }

    #[test]
    fn a_surname_two_articles_read_as_a_person_is_found_opening_a_sentence() {
        let t = crate::entities::EntityTagger::default();
        let texts = [
            "A judge blocked President Trump's executive order on Thursday.",
            "The order was signed by Trump on his first day in office.",
            "Trump signed an executive order on Monday. Twenty-two states sued.",
        ];
        let mut docs: Vec<_> = texts.iter().map(|x| t.analyze(x, None)).collect();
        tag_known_people(&texts, &mut docs, t.gazetteer(), 1);
        let trump = id_at(&docs[2].entities, texts[2], "Trump");
        assert_eq!(trump.as_deref(), Some("person:trump"));
    }

    #[test]
    fn a_tie_between_a_person_and_an_unlisted_place_goes_to_the_person() {
        use crate::entities::Label;
        let t = crate::entities::EntityTagger::default();
        let texts = [
            "President Biden and Chinese leader Xi Jinping met near San Francisco.",
            "At their first meeting in a year, Biden and Xi pledged to curb fentanyl.",
        ];
        let mut docs: Vec<Vec<_>> = texts.iter().map(|x| t.analyze(x, None).entities).collect();
        vote_labels(&texts, &mut docs, t.gazetteer());
        for (d, text) in docs.iter().zip(texts) {
            let biden = d.iter().find(|e| e.text_in(text) == "Biden").unwrap();
            assert_eq!(biden.label, Label::Person, "{text}");
        }
    }

    #[test]
    fn a_name_read_as_a_place_and_a_body_that_ends_in_a_surname_is_a_person() {
        use crate::entities::{Entity, Label};
        let t = crate::entities::EntityTagger::default();
        let at = |label: Label, id: &str| Entity {
            start: 0,
            end: 12,
            label,
            canonical: "Tyre Nichols".to_string(),
            id: id.to_string(),
            date: None,
            number: None,
            role: None,
            refers: None,
        };
        let mut docs = vec![
            vec![at(Label::Gpe, "gpe:tyre-nichols")],
            vec![at(Label::Org, "org:tyre-nichols")],
        ];
        vote_labels(&[], &mut docs, t.gazetteer());
        assert!(docs
            .iter()
            .flatten()
            .all(|e| e.label == Label::Person && e.id == "person:tyre-nichols"));
    }

    #[test]
    fn a_listed_name_and_a_full_name_vote_too() {
        let t = crate::entities::EntityTagger::default();
        let texts = [
            "The Justice Department sued Apple on Thursday, accusing the company of monopolizing the market.",
            "Sixteen states joined the federal antitrust lawsuit against Apple filed Thursday.",
            "Apple said Thursday it would vigorously fight the government's case.",
            "Zohran Mamdani won New York City's Democratic mayoral primary on Tuesday.",
            "Cuomo conceded to Mamdani on Tuesday night after the tallies.",
        ];
        let mut docs: Vec<Vec<_>> = texts.iter().map(|x| t.analyze(x, None).entities).collect();
        vote_labels(&texts, &mut docs, t.gazetteer());
        let apple: Vec<_> = (0..3).map(|d| id_at(&docs[d], texts[d], "Apple")).collect();
        assert!(
            apple.iter().all(|i| i.as_deref() == Some("org:apple")),
            "{apple:?}"
        );
        let mamdani = id_at(&docs[4], texts[4], "Mamdani");
        assert_eq!(mamdani.as_deref(), Some("person:mamdani"));
    }

    #[test]
    fn a_name_in_capitals_votes_with_the_same_name_in_other_articles() {
        use crate::entities::Label;
        let t = crate::entities::EntityTagger::default();
        // A county the gazetteer does not list, read as a place in running text; the
        // wire headline's capitals are the same name, whatever the tagger made of them.
        let texts = [
            "A man appeared in court in Carlisle, Cumbria, on Monday.",
            "Police in Cumbria said the man was arrested at his home.",
        ];
        let mut docs: Vec<Vec<_>> = texts.iter().map(|x| t.analyze(x, None).entities).collect();
        let cumbria = |d: &[crate::entities::Entity], text: &str| {
            d.iter()
                .find(|e| e.text_in(text).eq_ignore_ascii_case("cumbria"))
                .cloned()
        };
        let place = cumbria(&docs[0], texts[0]).expect("Cumbria tagged");
        assert_eq!(place.label, Label::Gpe);
        let headline = "MAN CHARGED IN CUMBRIA";
        let mut caps = place.clone();
        (caps.start, caps.end, caps.label) = (15, 22, Label::Org);
        (caps.canonical, caps.id) = ("CUMBRIA".into(), "org:cumbria".into());
        docs.push(vec![caps]);
        vote_labels(&[texts[0], texts[1], headline], &mut docs, t.gazetteer());
        let voted = cumbria(&docs[2], headline).unwrap();
        assert_eq!(
            (voted.label, voted.id.as_str()),
            (Label::Gpe, place.id.as_str())
        );
    }

    #[test]
    fn a_town_named_like_a_person_of_the_corpus_is_that_person_unless_placed() {
        // Where the tagger reads "Houston" alone as the city (set so here: what one
        // model reads as a surname, another reads as the city).
        let texts = [
            "Former aide Cassidy Houston testified before the committee on Tuesday.",
            "Republicans said Houston's account was hearsay.",
            "The tornado struck a farm near Houston on Monday.",
        ];
        let city = "geonames:4699066";
        let (t, mut docs) = read_as(
            &texts,
            &[
                (1, "Houston", Label::Gpe, city),
                (2, "Houston", Label::Gpe, city),
            ],
        );
        assert_eq!(t.gazetteer().get(city).unwrap().canonical, "Houston");
        tag_known_people(&texts, &mut docs, t.gazetteer(), 1);
        let id = |d: usize| {
            docs[d]
                .entities
                .iter()
                .find(|e| e.text_in(texts[d]) == "Houston")
                .map(|e| e.id.clone())
        };
        assert_eq!(id(1).as_deref(), Some("person:cassidy-houston"));
        assert!(
            id(2).is_some_and(|i| !i.starts_with("person:")),
            "{:?}",
            id(2)
        );
    }

    #[test]
    fn a_role_two_people_hold_links_to_neither() {
        let t = crate::entities::EntityTagger::default();
        let text = "Defence Minister Rajnath Singh met Defence Minister Dong Jun on Monday. The minister left.";
        let a = t.analyze(text, None);
        assert!(a.entities.iter().all(|e| e.text_in(text) != "minister"));
        let text = "President Ilse Varga spoke on Monday. The Norland president said talks failed.";
        let a = t.analyze(text, None);
        let role = a.entities.iter().find(|e| e.text_in(text) == "president");
        assert_eq!(role.map(|e| e.canonical.as_str()), Some("Ilse Varga"));
    }

    #[test]
    fn a_role_that_owns_a_body_names_the_body_not_its_holder() {
        let t = crate::entities::EntityTagger::default();
        let text = "Sheriff Lee Baca spoke on Monday. The sheriff said the deputy was shot. \
                    The sheriff's department opened an inquiry.";
        let a = t.analyze(text, None);
        let holder = a.entities.iter().find(|e| e.text_in(text) == "Lee Baca");
        assert_eq!(holder.map(|e| e.id.as_str()), Some("person:lee-baca"));
        let roles: Vec<usize> = a
            .entities
            .iter()
            .filter(|e| e.text_in(text) == "sheriff")
            .map(|e| e.start)
            .collect();
        // "The sheriff said" is Lee Baca; "the sheriff's department" is no person.
        assert_eq!(
            roles,
            [text.find("sheriff said").unwrap()],
            "{:?}",
            a.entities
        );
    }

    #[test]
    fn a_head_two_organisations_share_links_to_neither() {
        let t = crate::entities::EntityTagger::default();
        let texts = [
            "The Indian Navy and the Pakistan Navy held drills.",
            "The navy said the drills were routine.",
        ];
        let mut docs: Vec<_> = texts.iter().map(|x| t.analyze(x, None)).collect();
        link_org_heads(&texts, &mut docs);
        assert!(docs[1]
            .entities
            .iter()
            .all(|e| e.text_in(texts[1]) != "navy"));
    }

    #[test]
    fn a_body_named_alone_is_not_its_members_or_its_committee() {
        let t = crate::entities::EntityTagger::default();
        let texts = [
            "House Republicans vowed to block the bill.",
            "The Senate Armed Services Committee met on Tuesday.",
            "The Senate approved the bill before the House voted.",
            "Microsoft agreed to buy Activision Blizzard.",
            "Activision shares rose.",
            "The debate was hosted by ABC News on Tuesday.",
            "Viewers told ABC that the moderators were fair.",
        ];
        let mut docs: Vec<_> = texts.iter().map(|x| t.analyze(x, None)).collect();
        link_org_first_words(&texts, &mut docs, t.gazetteer());
        let abc = id_at(&docs[6].entities, texts[6], "ABC");
        assert_eq!(abc, id_at(&docs[5].entities, texts[5], "ABC News"));
        for body in ["Senate", "House"] {
            let id = id_at(&docs[2].entities, texts[2], body);
            assert_eq!(id, Some(format!("org:{}", body.to_lowercase())), "{body}");
        }
        let short = id_at(&docs[4].entities, texts[4], "Activision");
        assert_eq!(short.as_deref(), Some("org:activision-blizzard"));
    }

    #[test]
    fn a_place_goes_by_a_shorter_form_of_its_name() {
        for (short, full) in [
            ("Key Bridge", "Francis Scott Key Bridge"),
            (
                "Reagan National Airport",
                "Reagan Washington National Airport",
            ),
            ("Hualien", "Hualien County"),
        ] {
            assert!(short_place_form(short, full), "{short}");
        }
        for (short, full) in [
            ("Key Bridge", "Key West"),
            ("Hualien County", "Hualien"),
            ("Hualien", "Hualien Station"),
            ("Scott Bridge", "Francis Scott Key Bridge"),
        ] {
            assert!(!short_place_form(short, full), "{short}");
        }
        let t = crate::entities::EntityTagger::default();
        let mut docs = vec![
            t.tag(
                "Flights were halted at Reagan Washington National Airport on Wednesday.",
                None,
            ),
            t.tag("The jet was landing at Reagan National Airport.", None),
        ];
        link_place_short_forms(&mut docs);
        let ids: Vec<_> = docs
            .iter()
            .flatten()
            .filter(|e| e.canonical.ends_with("Airport"))
            .map(|e| e.id.as_str())
            .collect();
        assert_eq!(ids.len(), 2, "{docs:?}");
        assert_eq!(ids[0], ids[1]);
    }

    #[test]
    fn a_titled_surname_goes_to_the_one_bearer_of_the_title() {
        let t = crate::entities::EntityTagger::default();
        let texts = [
            "President Joe Biden pardoned his son Hunter Biden on Sunday.",
            "Hunter Biden had faced prison. President Biden pardoned him, and Biden said the case was unfair.",
            "Hunter Biden thanked Senator Biden on Monday.",
        ];
        let mut docs: Vec<_> = texts.iter().map(|x| t.tag(x, None)).collect();
        link_titled_surnames(&texts, &mut docs);
        let ids = |d: usize| -> Vec<String> {
            docs[d]
                .iter()
                .filter(|e| e.text_in(texts[d]) == "Biden")
                .map(|e| e.id.clone())
                .collect()
        };
        assert_eq!(ids(1), ["person:joe-biden", "person:joe-biden"]);
        // No full name of the corpus is written after "Senator": the article's reading stays.
        assert_eq!(ids(2), ["person:hunter-biden"]);
        let hunter = id_at(&docs[1], texts[1], "Hunter Biden");
        assert_eq!(hunter.as_deref(), Some("person:hunter-biden"));
    }

    #[test]
    fn spellings_one_letter_apart() {
        assert!(one_letter_apart("Rait", "Raite") && one_letter_apart("Zelensky", "Zelenskyy"));
        assert!(one_letter_apart("Gaddafi", "Qaddafi") && !one_letter_apart("Singh", "Singh"));
        assert!(!one_letter_apart("Rait", "Raikes") && !one_letter_apart("Smith", "Smythe"));
    }

    /// The id of the entity written `name` among `entities` of `text`.
    fn id_at(entities: &[crate::entities::Entity], text: &str, name: &str) -> Option<String> {
        entities
            .iter()
            .find(|e| e.text_in(text) == name)
            .map(|e| e.id.clone())
    }

    #[test]
    fn a_company_written_with_and_without_its_suffix_is_one() {
        let t = super::super::EntityTagger::default();
        let texts = [
            "Alaska Air Group completed its acquisition of Hawaiian Airlines on Wednesday.",
            "Alaska Airlines closed its purchase, creating the fifth-largest carrier.",
            "Alaska Airlines said fares would not rise. Air China and China Airlines flew on.",
        ];
        let mut docs: Vec<_> = texts.iter().map(|x| t.analyze(x, None)).collect();
        link_company_short_forms(&texts, &mut docs);
        let id = |d: usize, name: &str| id_at(&docs[d].entities, texts[d], name);
        assert!(id(0, "Alaska Air Group").is_some());
        assert_eq!(id(0, "Alaska Air Group"), id(1, "Alaska Airlines"));
        assert_eq!(id(2, "Alaska Airlines"), id(1, "Alaska Airlines"));
        assert_ne!(id(2, "Air China"), id(2, "China Airlines"));
        assert_eq!(
            company_stem(&["Delta", "Air", "Lines"]).as_deref(),
            Some("Delta Air")
        );
        assert_eq!(company_stem(&["Hawaiian", "Holdings"]), None);
        assert_eq!(company_stem(&["Goldman", "Sachs"]), None);
    }

    #[test]
    fn spellings_apart_by_a_suffix_are_one_person_unless_father_and_son_are_named() {
        let t = super::super::EntityTagger::default();
        let texts = [
            "Former FBI official Mark Felt died on Thursday.",
            "W. Mark Felt Sr. was the source, his family said.",
            "W. Mark Felt was 95. Felt had kept the secret for decades.",
        ];
        let mut docs: Vec<_> = texts.iter().map(|x| t.tag(x, None)).collect();
        link_across(&mut docs);
        let id = |d: usize, name: &str| id_at(&docs[d], texts[d], name);
        assert_eq!(id(0, "Mark Felt").as_deref(), Some("person:w-mark-felt"));
        assert_eq!(id(1, "W. Mark Felt Sr."), id(0, "Mark Felt"));
        assert_eq!(id(2, "Felt"), id(0, "Mark Felt"));
        // A corpus naming both a Jr. and a Sr. keeps father and son apart.
        let names: Vec<String> = ["Ken Griffey Jr.", "Ken Griffey Sr.", "Ken Griffey"]
            .map(String::from)
            .to_vec();
        assert!(same_name_spellings(&names).is_empty());
        let names: Vec<String> = ["W. Mark Felt Sr.", "W. Mark Felt", "W. Mark Felt"]
            .map(String::from)
            .to_vec();
        assert_eq!(
            same_name_spellings(&names)["W. Mark Felt Sr."],
            "W. Mark Felt"
        );
    }

    #[test]
    fn a_surname_alone_spelt_another_way_is_the_full_name_s() {
        let t = super::super::EntityTagger::default();
        let texts = [
            "Ukrainian President Volodymyr Zelenskyy met Marco Rubio on Tuesday.",
            "Zelensky met Rubio in Riyadh on Tuesday.",
        ];
        let mut docs: Vec<_> = texts.iter().map(|x| t.tag(x, None)).collect();
        merge_spellings(&mut docs);
        link_across(&mut docs);
        let id = |d: usize, name: &str| id_at(&docs[d], texts[d], name);
        assert_eq!(id(1, "Zelensky"), id(0, "Volodymyr Zelenskyy"));
        assert!(id(1, "Zelensky").is_some());
        // A surname two full names are a letter from stays alone.
        let texts = [
            "Duncan Raite and Peter Rait spoke.",
            "Raitt declined to comment.",
        ];
        let mut docs: Vec<_> = texts.iter().map(|x| t.tag(x, None)).collect();
        merge_spellings(&mut docs);
        assert_eq!(
            id_at(&docs[1], texts[1], "Raitt").as_deref(),
            Some("person:raitt")
        );
    }

    #[test]
    fn a_given_name_with_another_pet_ending_is_the_same_person() {
        let t = super::super::EntityTagger::default();
        let texts = [
            "Bettie Page, the pin-up model, has died at 85.",
            "Bettie Page died on Thursday in Los Angeles.",
            "Pin-up star Betty Page has died in Los Angeles.",
            "John Smith and Joan Smith sold the house.",
            "Dan Reyes spoke first.",
            "Dani Reyes spoke last.",
        ];
        let mut docs: Vec<_> = texts.iter().map(|x| t.tag(x, None)).collect();
        merge_spellings(&mut docs);
        let id = |d: usize, name: &str| id_at(&docs[d], texts[d], name);
        assert_eq!(id(2, "Betty Page").as_deref(), Some("person:bettie-page"));
        // Given names a letter apart, or one with no pet ending, stay two people.
        assert_ne!(id(3, "John Smith"), id(3, "Joan Smith"));
        assert_ne!(id(4, "Dan Reyes"), id(5, "Dani Reyes"));
    }

    #[test]
    fn a_department_goes_by_its_name_without_the_word() {
        let t = super::super::EntityTagger::default();
        let texts = [
            "The Staunton Police Department arrested a woman on Friday.",
            "Staunton Police said the woman was arrested on Friday.",
        ];
        let mut docs: Vec<_> = texts.iter().map(|x| t.analyze(x, None)).collect();
        link_company_short_forms(&texts, &mut docs);
        let id = |d: usize, name: &str| id_at(&docs[d].entities, texts[d], name);
        assert!(id(0, "Staunton Police Department").is_some());
        assert_eq!(
            id(1, "Staunton Police"),
            id(0, "Staunton Police Department")
        );
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
