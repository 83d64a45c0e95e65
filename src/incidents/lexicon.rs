//! The incident type hierarchy and the trigger lexicon, both data files embedded from
//! `knowledge/incidents/`.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::knowledge::FastBuild;

/// An incident type: an index into [`Types`].
pub type TypeId = u16;

/// The type hierarchy.
#[derive(Debug)]
pub struct Types {
    names: Vec<String>,
    readable: Vec<String>,
    parents: Vec<Option<TypeId>>,
    /// Each type's whole: its parent for a part, itself for a type with parts.
    wholes: Vec<Option<TypeId>>,
    /// Told apart by who took part ("who").
    who: Vec<bool>,
    /// The toll of another incident when told with it ("toll").
    toll: Vec<bool>,
    /// Of no known class: an incident only when told by several articles ("open").
    open: Vec<bool>,
    /// Can have a toll, it and its kinds ("costly").
    costly: Vec<bool>,
    /// Covers a region, it and its kinds ("regional").
    regional: Vec<bool>,
    /// Tells how an incident went, not its kind: any kind of its parent ("scale").
    scale: Vec<bool>,
    /// Whether it is someone leaving a post ("exit").
    exit: Vec<bool>,
    /// A second type it is a kind of ("also=fire": an arson is a crime and a fire).
    also: Vec<Option<TypeId>>,
    /// Lasts weeks, dated by any of its days ("lasting").
    lasting: Vec<bool>,
    /// Happens where it sets out from ("outward").
    outward: Vec<bool>,
    /// Between two parties, told apart by the pair ("pair").
    pair: Vec<bool>,
    by_name: HashMap<String, TypeId, FastBuild>,
}

impl Types {
    /// Parse `types.tsv` (type, parent, readable name, optionally "part"); parents come
    /// before children.
    ///
    /// ```
    /// use slant::incidents::lexicon::Types;
    /// let t = Types::parse("meeting\t\tmeeting\ndeclaration\tmeeting\tdeclaration\tpart\n").unwrap();
    /// let (m, d) = (t.id("meeting").unwrap(), t.id("declaration").unwrap());
    /// assert_eq!((t.whole(d), t.whole(m)), (Some(m), Some(m)));
    /// ```
    pub fn parse(tsv: &str) -> Result<Types, String> {
        let mut t = Types {
            names: Vec::new(),
            readable: Vec::new(),
            parents: Vec::new(),
            wholes: Vec::new(),
            who: Vec::new(),
            toll: Vec::new(),
            open: Vec::new(),
            costly: Vec::new(),
            regional: Vec::new(),
            scale: Vec::new(),
            also: Vec::new(),
            exit: Vec::new(),
            lasting: Vec::new(),
            outward: Vec::new(),
            pair: Vec::new(),
            by_name: HashMap::default(),
        };
        for (n, line) in tsv.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() != 3 && cols.len() != 4 {
                return Err(format!("types line {}: expected 3 or 4 columns", n + 1));
            }
            let (mut part, mut who, mut toll, mut open, mut costly, mut regional, mut scale) =
                (false, false, false, false, false, false, false);
            let (mut lasting, mut outward, mut pair, mut exit) = (false, false, false, false);
            let mut also = None;
            for flag in cols.get(3).copied().unwrap_or("").split(',') {
                match flag.trim() {
                    "" => {}
                    f if f.starts_with("also=") => {
                        let other = &f["also=".len()..];
                        also = Some(*t.by_name.get(other).ok_or_else(|| {
                            format!("types line {}: unknown type {other:?} in {f:?}", n + 1)
                        })?);
                    }
                    "part" => part = true,
                    "who" => who = true,
                    "toll" => toll = true,
                    "open" => open = true,
                    "costly" => costly = true,
                    "regional" => regional = true,
                    "scale" => scale = true,
                    "lasting" => lasting = true,
                    "outward" => outward = true,
                    "pair" => pair = true,
                    "exit" => exit = true,
                    other => {
                        return Err(format!(
                            "types line {}: unknown flag {other:?} (part, who, toll, open, costly, regional, scale, lasting, outward, pair, exit, also=TYPE)",
                            n + 1
                        ))
                    }
                }
            }
            let parent = match cols[1] {
                "" => None,
                p => Some(
                    *t.by_name
                        .get(p)
                        .ok_or_else(|| format!("types line {}: unknown parent {p:?}", n + 1))?,
                ),
            };
            let id = t.names.len() as TypeId;
            t.names.push(cols[0].to_string());
            t.readable.push(cols[2].to_string());
            t.parents.push(parent);
            t.wholes.push(None);
            t.who.push(who);
            t.toll.push(toll);
            t.open.push(open);
            t.costly.push(costly);
            t.regional.push(regional);
            t.scale.push(scale);
            t.also.push(also);
            t.lasting.push(lasting);
            t.outward.push(outward);
            t.pair.push(pair);
            t.exit.push(exit);
            t.by_name.insert(cols[0].to_string(), id);
            if part {
                let Some(p) = parent else {
                    return Err(format!("types line {}: a part needs a parent", n + 1));
                };
                t.wholes[id as usize] = Some(p);
                t.wholes[p as usize] = Some(p);
            }
        }
        Ok(t)
    }

    /// Whether this type is someone leaving a post (`exit` in `types.tsv`): one
    /// person's exit a source tells as a resignation and another as a dismissal is one
    /// incident.
    ///
    /// ```
    /// let t = slant::incidents::lexicon::types();
    /// assert!(t.leaves_a_post(t.id("resignation").unwrap()));
    /// assert!(!t.leaves_a_post(t.id("appointment").unwrap()));
    /// ```
    pub fn leaves_a_post(&self, t: TypeId) -> bool {
        self.exit.get(t as usize).copied().unwrap_or(false)
    }

    /// Whether incidents of this type are told apart by who took part.
    pub fn told_by_who(&self, t: TypeId) -> bool {
        self.who.get(t as usize).copied().unwrap_or(false)
    }

    /// Whether an incident of this type happens where it sets out from, so that a
    /// place after "from" is where it happened ("lifted off from Cape Canaveral").
    pub fn outward(&self, t: TypeId) -> bool {
        self.outward.get(t as usize).copied().unwrap_or(false)
    }

    /// Whether an incident of this type is between two parties, so that two pairs of
    /// people tell two incidents ("Trump's call with Putin", "Trump called Zelensky").
    ///
    /// ```
    /// let t = slant::incidents::lexicon::types();
    /// assert!(t.between_two(t.id("call").unwrap()));
    /// assert!(!t.between_two(t.id("meeting").unwrap()));
    /// ```
    pub fn between_two(&self, t: TypeId) -> bool {
        self.pair.get(t as usize).copied().unwrap_or(false)
    }

    /// Whether this type is the toll of another incident told in the same sentence.
    pub fn is_toll(&self, t: TypeId) -> bool {
        self.toll.get(t as usize).copied().unwrap_or(false)
    }

    /// Whether an incident of this type can have a toll: deaths and injuries told with
    /// an attack, a disaster or an accident (or an incident of no stated kind) are its
    /// cost, not incidents of their own.
    ///
    /// ```
    /// let t = slant::incidents::lexicon::types();
    /// assert!(t.has_toll(t.id("shooting").unwrap()) && t.has_toll(t.id("flood").unwrap()));
    /// assert!(!t.has_toll(t.id("killing").unwrap()) && !t.has_toll(t.id("meeting").unwrap()));
    /// ```
    pub fn has_toll(&self, t: TypeId) -> bool {
        // The root itself too: "the incident" may be any of them.
        let root = self.parents.get(t as usize).is_some_and(Option::is_none);
        let mut costly = false;
        for start in [Some(t), self.also(t)] {
            let mut cur = start;
            while let Some(c) = cur {
                costly |= self.costly.get(c as usize).copied().unwrap_or(false);
                cur = self.parents.get(c as usize).copied().flatten();
            }
        }
        !self.is_toll(t) && (root || costly)
    }

    /// Whether incidents of this type cover a region (floods, storms, wildfires; it or
    /// an ancestor is flagged "regional"): two towns of one state see the same one, it
    /// is named by the broadest place that saw it, and told without a place it is where
    /// its article mostly is. A house fire is not.
    ///
    /// ```
    /// let t = slant::incidents::lexicon::types();
    /// assert!(t.is_regional(t.id("flood").unwrap()) && t.is_regional(t.id("wildfire").unwrap()));
    /// assert!(!t.is_regional(t.id("fire").unwrap()) && !t.is_regional(t.id("crash").unwrap()));
    /// ```
    pub fn is_regional(&self, t: TypeId) -> bool {
        self.inherits(&self.regional, t)
    }

    /// Whether `t` or one of its ancestors has the flag `flags` holds per type.
    fn inherits(&self, flags: &[bool], t: TypeId) -> bool {
        let mut cur = Some(t);
        while let Some(c) = cur {
            if flags.get(c as usize).copied().unwrap_or(false) {
                return true;
            }
            cur = self.parents.get(c as usize).copied().flatten();
        }
        false
    }

    /// Whether incidents of this type last weeks (it or an ancestor is flagged
    /// "lasting": a government shutdown, a war, a labour strike), so that sources
    /// date one by any of its days ("began on October 1", "became the longest on
    /// November 5").
    ///
    /// ```
    /// let t = slant::incidents::lexicon::types();
    /// assert!(t.is_lasting(t.id("shutdown").unwrap()));
    /// assert!(!t.is_lasting(t.id("shooting").unwrap()));
    /// ```
    pub fn is_lasting(&self, t: TypeId) -> bool {
        self.inherits(&self.lasting, t)
    }

    /// Whether this type stands for events of no known class, which count as incidents
    /// only when event coreference finds them in several articles.
    pub fn is_open(&self, t: TypeId) -> bool {
        self.open.get(t as usize).copied().unwrap_or(false)
    }

    /// The type flagged "open", which the learned tagger's mentions of no known class
    /// take (the first, if the data flag several).
    pub fn open_type(&self) -> Option<TypeId> {
        self.open.iter().position(|&o| o).map(|i| i as TypeId)
    }

    /// The whole a type belongs to: its parent when it is a part ("ceasefire" →
    /// "armed-clash"), itself when it has parts, else None.
    pub fn whole(&self, t: TypeId) -> Option<TypeId> {
        self.wholes.get(t as usize).copied().flatten()
    }

    /// Whether two types are parts of one whole (or the whole and a part of it).
    pub fn same_whole(&self, a: TypeId, b: TypeId) -> bool {
        self.whole(a).is_some() && self.whole(a) == self.whole(b)
    }

    /// Number of types.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// Whether there are no types.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// The id of a type name.
    pub fn id(&self, name: &str) -> Option<TypeId> {
        self.by_name.get(name).copied()
    }

    /// The type's name ("shooting").
    pub fn name(&self, t: TypeId) -> &str {
        &self.names[t as usize]
    }

    /// The type's readable name ("armed clash").
    pub fn readable(&self, t: TypeId) -> &str {
        &self.readable[t as usize]
    }

    /// The type's parent, if it has one.
    ///
    /// ```
    /// let t = slant::incidents::lexicon::types();
    /// assert_eq!(t.parent(t.id("hijacking").unwrap()), t.id("attack"));
    /// ```
    pub fn parent(&self, t: TypeId) -> Option<TypeId> {
        self.parents.get(t as usize).copied().flatten()
    }

    /// Whether `a` is `b` or one of its descendants.
    pub fn is_a(&self, a: TypeId, b: TypeId) -> bool {
        let mut cur = Some(a);
        while let Some(c) = cur {
            if c == b {
                return true;
            }
            cur = self.parents[c as usize];
        }
        false
    }

    /// The type's class: its ancestor just below the root ("arrest" → "justice",
    /// "bombing" → "violence"); the root is its own class.
    ///
    /// ```
    /// let t = slant::incidents::lexicon::types();
    /// let class = t.class_of(t.id("arrest").unwrap());
    /// assert_eq!(t.name(class), "justice");
    /// ```
    pub fn class_of(&self, t: TypeId) -> TypeId {
        let mut cur = t;
        for _ in 0..self.names.len() {
            match self.parents.get(cur as usize).copied().flatten() {
                Some(p) if self.parents.get(p as usize).copied().flatten().is_some() => cur = p,
                _ => break,
            }
        }
        cur
    }

    /// Whether mentions of these types can be the same incident: one is the other's
    /// ancestor ("shooting" and "attack"), never two siblings, unless one tells only
    /// how it went ("massacre", of any kind of attack: "the Uvalde massacre" is a
    /// shooting).
    ///
    /// ```
    /// use slant::incidents::lexicon::types;
    /// let t = types();
    /// let (m, s, b) = (t.id("massacre").unwrap(), t.id("shooting").unwrap(), t.id("flood").unwrap());
    /// assert!(t.compatible(m, s) && t.compatible(s, m) && !t.compatible(m, b));
    /// assert_eq!(t.specific(m, s), s);
    /// ```
    pub fn compatible(&self, a: TypeId, b: TypeId) -> bool {
        self.is_a(a, b)
            || self.is_a(b, a)
            || self.scales(a, b)
            || self.scales(b, a)
            || self.also_kind(a, b)
            || self.also_kind(b, a)
    }

    /// The second type a type is a kind of, if the data give one ("also=fire").
    pub fn also(&self, t: TypeId) -> Option<TypeId> {
        self.also.get(t as usize).copied().flatten()
    }

    /// Whether `a`'s second type is `b`, a kind of it or an ancestor ("arson" and "fire",
    /// "arson" and "accident").
    fn also_kind(&self, a: TypeId, b: TypeId) -> bool {
        self.also(a)
            .is_some_and(|o| self.is_a(o, b) || self.is_a(b, o))
    }

    /// Whether `a` tells the scale of an incident whose kind `b` is one of its parent's.
    fn scales(&self, a: TypeId, b: TypeId) -> bool {
        self.scale.get(a as usize).copied().unwrap_or(false)
            && self
                .parents
                .get(a as usize)
                .copied()
                .flatten()
                .is_some_and(|p| self.is_a(b, p))
    }

    /// The more specific of two compatible types: the kind over a scale.
    pub fn specific(&self, a: TypeId, b: TypeId) -> TypeId {
        if self.scales(a, b) {
            b
        } else if self.scales(b, a)
            || self.is_a(a, b)
            || self.also(a).is_some_and(|o| self.is_a(o, b))
        {
            a
        } else {
            b
        }
    }
}

/// Trigger phrases by their lowercase token sequence.
#[derive(Debug)]
pub struct Triggers {
    phrases: HashMap<String, TypeId, FastBuild>,
    /// Longest phrase starting with each first token, in tokens.
    starts: HashMap<String, usize, FastBuild>,
}

impl Triggers {
    /// Parse `triggers.tsv` (phrase, type) against `types`.
    pub fn parse(tsv: &str, types: &Types) -> Result<Triggers, String> {
        let mut t = Triggers {
            phrases: HashMap::default(),
            starts: HashMap::default(),
        };
        for (n, line) in tsv.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let (phrase, ty) = line
                .split_once('\t')
                .ok_or_else(|| format!("triggers line {}: expected phrase<TAB>type", n + 1))?;
            let ty = types
                .id(ty.trim())
                .ok_or_else(|| format!("triggers line {}: unknown type {ty:?}", n + 1))?;
            // The tokenizer writes a possessive apart ("Tuesday's" is "tuesday" "'s"),
            // straight or curly.
            for mark in ["'s", "\u{2019}s"] {
                let mut words: Vec<&str> = Vec::new();
                for w in phrase.split(' ') {
                    match w.strip_suffix("'s") {
                        Some(stem) if !stem.is_empty() => words.extend([stem, mark]),
                        _ => words.push(w),
                    }
                }
                let len = t.starts.entry(words[0].to_string()).or_insert(0);
                *len = (*len).max(words.len());
                t.phrases.insert(words.join(" "), ty);
            }
        }
        Ok(t)
    }

    /// Whether some phrase begins with the lowercase word `w`: most words begin none,
    /// and are told without building a phrase.
    pub fn opens(&self, w: &str) -> bool {
        self.starts.contains_key(w)
    }

    /// The longest trigger starting at `words[i]` (lowercase words): its length and type.
    pub fn at(&self, words: &[String], i: usize) -> Option<(usize, TypeId)> {
        let max = *self.starts.get(&words[i])?;
        let mut key = String::new();
        let mut best = None;
        for (k, w) in words[i..words.len().min(i + max)].iter().enumerate() {
            if k > 0 {
                key.push(' ');
            }
            key.push_str(w);
            if let Some(&ty) = self.phrases.get(&key) {
                best = Some((k + 1, ty));
            }
        }
        best
    }
}

/// Words that open an incident's proper name ("Operation", "Hurricane", "Tropical
/// Storm"), as written, with the type so named and whether one word follows as the
/// name (`named.tsv`).
#[derive(Debug)]
pub struct NameOpeners {
    openers: Vec<(Vec<String>, TypeId, bool)>,
    /// The first word of every opener: most words are none, and are told at once.
    first_words: std::collections::HashSet<String, crate::knowledge::FastBuild>,
    /// The first byte of every opener: it is asked of every word of a text, and a
    /// byte rules out most words without hashing them.
    first_bytes: [bool; 256],
    not_names: Vec<String>,
}

impl NameOpeners {
    /// Parse `named.tsv`: opener, type, and "one" or "words".
    ///
    /// ```
    /// use slant::incidents::lexicon::{types, NameOpeners};
    /// let n = NameOpeners::parse("Hurricane\tstorm\tone\n", types()).unwrap();
    /// let (len, ty, one) = n.at(&["Hurricane", "Ian"], 0).unwrap();
    /// assert_eq!((len, types().name(ty), one), (1, "storm", true));
    /// assert!(n.at(&["hurricane", "season"], 0).is_none());
    /// ```
    pub fn parse(tsv: &str, types: &Types) -> Result<NameOpeners, String> {
        let mut openers = Vec::new();
        let mut not_names = Vec::new();
        for (n, line) in tsv.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(word) = line.strip_prefix('!') {
                not_names.push(word.trim().to_string());
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let [phrase, ty, name] = cols[..] else {
                return Err(format!(
                    "named line {}: expected opener<TAB>type<TAB>name",
                    n + 1
                ));
            };
            let ty = types
                .id(ty.trim())
                .ok_or_else(|| format!("named line {}: unknown type {ty:?}", n + 1))?;
            let one = match name.trim() {
                "one" => true,
                "words" => false,
                other => {
                    return Err(format!(
                        "named line {}: name is one or words, not {other:?}",
                        n + 1
                    ))
                }
            };
            openers.push((
                phrase.split(' ').map(str::to_string).collect::<Vec<_>>(),
                ty,
                one,
            ));
        }
        // The longest opener first: "Tropical Storm" before "Storm".
        openers.sort_by_key(|o| std::cmp::Reverse(o.0.len()));
        let first_words: std::collections::HashSet<String, crate::knowledge::FastBuild> = openers
            .iter()
            .filter_map(|o| o.0.first().cloned())
            .collect();
        let mut first_bytes = [false; 256];
        for w in &first_words {
            if let Some(&b) = w.as_bytes().first() {
                first_bytes[usize::from(b)] = true;
            }
        }
        Ok(NameOpeners {
            openers,
            first_words,
            first_bytes,
            not_names,
        })
    }

    /// Whether a word after an opener is never a name ("Hurricane Center").
    pub fn is_no_name(&self, word: &str) -> bool {
        self.not_names.iter().any(|w| w == word)
    }

    /// The opener starting at `words[i]` (as written): its length in words, the type,
    /// and whether one word follows as the name.
    pub fn at(&self, words: &[&str], i: usize) -> Option<(usize, TypeId, bool)> {
        let w = *words.get(i)?;
        let first = usize::from(*w.as_bytes().first()?);
        if !self.first_bytes[first] || !self.first_words.contains(w) {
            return None;
        }
        self.openers.iter().find_map(|(o, ty, one)| {
            let here = words.get(i..i + o.len())?;
            (here.iter().zip(o).all(|(w, x)| w == x)).then_some((o.len(), *ty, *one))
        })
    }
}

/// The embedded name openers (`named.tsv`).
pub fn name_openers() -> &'static NameOpeners {
    static T: OnceLock<NameOpeners> = OnceLock::new();
    T.get_or_init(|| {
        NameOpeners::parse(include_str!("../../knowledge/incidents/named.tsv"), types())
            .expect("embedded named.tsv is valid (checked by a unit test)")
    })
}

/// Verbs that tell a personnel change only when a person or a post follows them
/// (`personnel_verbs.tsv`: "fired", "dismissed", "confirmed"), in the trigger format.
pub fn personnel_verbs() -> &'static Triggers {
    static T: OnceLock<Triggers> = OnceLock::new();
    T.get_or_init(|| {
        Triggers::parse(
            include_str!("../../knowledge/incidents/personnel_verbs.tsv"),
            types(),
        )
        .expect("embedded personnel_verbs.tsv is valid (checked by a unit test)")
    })
}

/// Honours someone is named or voted and the incident that is (`honours.tsv`: "most
/// valuable player"), in the trigger format.
pub fn honours() -> &'static Triggers {
    static T: OnceLock<Triggers> = OnceLock::new();
    T.get_or_init(|| {
        Triggers::parse(
            include_str!("../../knowledge/incidents/honours.tsv"),
            types(),
        )
        .expect("embedded honours.tsv is valid (checked by a unit test)")
    })
}

/// What a weapon fires and the incident firing it tells (`fired_objects.tsv`:
/// "shots", "rockets"), in the trigger format.
pub fn fired_objects() -> &'static Triggers {
    static T: OnceLock<Triggers> = OnceLock::new();
    T.get_or_init(|| {
        Triggers::parse(
            include_str!("../../knowledge/incidents/fired_objects.tsv"),
            types(),
        )
        .expect("embedded fired_objects.tsv is valid (checked by a unit test)")
    })
}

/// Verbs of a stock market's move and its direction (`market_moves.tsv`: "plunged",
/// "rallied"), in the trigger format.
pub fn market_moves() -> &'static Triggers {
    static T: OnceLock<Triggers> = OnceLock::new();
    T.get_or_init(|| {
        Triggers::parse(
            include_str!("../../knowledge/incidents/market_moves.tsv"),
            types(),
        )
        .expect("embedded market_moves.tsv is valid (checked by a unit test)")
    })
}

/// Phrases that tell an incident by themselves but are no features of the learned
/// tagger (`phrases.tsv`: "volcano erupted"), in the trigger format.
pub fn phrases() -> &'static Triggers {
    static T: OnceLock<Triggers> = OnceLock::new();
    T.get_or_init(|| {
        Triggers::parse(
            include_str!("../../knowledge/incidents/phrases.tsv"),
            types(),
        )
        .expect("embedded phrases.tsv is valid (checked by a unit test)")
    })
}

/// Words that tell a court's ruling only when the sentence names a court or a judge
/// (`court_rulings.tsv`: "struck down", "blocked", "upheld"), in the trigger format.
pub fn court_rulings() -> &'static Triggers {
    static T: OnceLock<Triggers> = OnceLock::new();
    T.get_or_init(|| {
        Triggers::parse(
            include_str!("../../knowledge/incidents/court_rulings.tsv"),
            types(),
        )
        .expect("embedded court_rulings.tsv is valid (checked by a unit test)")
    })
}

/// The embedded type hierarchy.
pub fn types() -> &'static Types {
    static T: OnceLock<Types> = OnceLock::new();
    T.get_or_init(|| {
        Types::parse(include_str!("../../knowledge/incidents/types.tsv"))
            .expect("embedded types.tsv is valid (checked by a unit test)")
    })
}

/// The embedded trigger lexicon.
pub fn triggers() -> &'static Triggers {
    static T: OnceLock<Triggers> = OnceLock::new();
    T.get_or_init(|| {
        Triggers::parse(
            include_str!("../../knowledge/incidents/triggers.tsv"),
            types(),
        )
        .expect("embedded triggers.tsv is valid (checked by a unit test)")
    })
}

/// Words of the general news event classes (`event_words.tsv`): what the learned
/// event tagger reads as a feature and names a mention's class from. Not incident
/// triggers.
pub fn event_words() -> &'static Triggers {
    static T: OnceLock<Triggers> = OnceLock::new();
    T.get_or_init(|| {
        Triggers::parse(
            include_str!("../../knowledge/incidents/event_words.tsv"),
            types(),
        )
        .expect("embedded event_words.tsv is valid (checked by a unit test)")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_deal_may_be_told_as_an_acquisition_and_a_merger_and_a_fine_is_a_ruling() {
        let ty = types();
        let id = |n: &str| ty.id(n).unwrap();
        assert!(ty.compatible(id("merger"), id("acquisition")));
        assert!(ty.compatible(id("acquisition"), id("merger")));
        assert!(ty.compatible(id("fine"), id("ruling")));
        // A bankruptcy is no merger; an expulsion of diplomats is no dismissal.
        assert!(!ty.compatible(id("merger"), id("bankruptcy")));
        assert!(!ty.compatible(id("expulsion"), id("dismissal")));
    }

    #[test]
    fn the_open_type_is_found_by_its_flag() {
        let t = Types::parse("incident\t\tincident\nevent\tincident\tevent\topen\n").unwrap();
        assert_eq!(t.open_type(), t.id("event"));
        assert!(types().open_type().is_some_and(|o| types().is_open(o)));
        assert_eq!(
            Types::parse("incident\t\tincident\n").unwrap().open_type(),
            None
        );
    }

    #[test]
    fn a_phrase_with_a_possessive_matches_the_words_the_tokenizer_writes() {
        let t = Triggers::parse("tuesday's primary\telection\n", types()).unwrap();
        let words = |s: &str| -> Vec<String> { s.split(' ').map(String::from).collect() };
        let election = types().id("election");
        assert_eq!(t.at(&words("tuesday 's primary"), 0).map(|x| x.1), election);
        assert_eq!(
            t.at(&words("tuesday \u{2019}s primary"), 0)
                .map(|x| (x.0, x.1)),
            election.map(|e| (3, e))
        );
        assert_eq!(t.at(&words("tuesday primary"), 0), None);
    }

    #[test]
    fn name_openers_load_and_the_longest_wins() {
        let n = name_openers();
        let storm = types().id("storm").unwrap();
        assert_eq!(
            n.at(&["Tropical", "Storm", "Nicole"], 0),
            Some((2, storm, true))
        );
        assert_eq!(n.at(&["Storm", "Ciara"], 0), Some((1, storm, true)));
        let op = n.at(&["Operation", "Desert", "Storm"], 0).unwrap();
        assert_eq!((op.0, op.2), (1, false));
        assert!(n.is_no_name("Center") && !n.is_no_name("Ian"));
        let fired = ["fired".to_string()];
        assert_eq!(
            personnel_verbs().at(&fired, 0),
            Some((1, types().id("dismissal").unwrap()))
        );
        let plunged = ["plunged".to_string()];
        assert_eq!(
            market_moves().at(&plunged, 0),
            Some((1, types().id("market-fall").unwrap()))
        );
        let mvp: Vec<String> = ["most", "valuable", "player"].map(String::from).to_vec();
        assert_eq!(
            honours().at(&mvp, 0),
            Some((3, types().id("award").unwrap()))
        );
        let rockets = ["rockets".to_string()];
        assert_eq!(
            fired_objects().at(&rockets, 0),
            Some((1, types().id("strike").unwrap()))
        );
        let erupted: Vec<String> = ["volcano", "erupted"].map(String::from).to_vec();
        assert_eq!(
            phrases().at(&erupted, 0),
            Some((2, types().id("eruption").unwrap()))
        );
        let struck: Vec<String> = ["struck", "down"].map(String::from).to_vec();
        assert_eq!(
            court_rulings().at(&struck, 0),
            Some((2, types().id("ruling").unwrap()))
        );
        assert!(NameOpeners::parse("Hurricane\tstorm\n", types()).is_err());
        assert!(NameOpeners::parse("Hurricane\tnope\tone\n", types()).is_err());
        assert!(NameOpeners::parse("Hurricane\tstorm\ttwo\n", types()).is_err());
    }

    #[test]
    fn hierarchy_and_lexicon() {
        let t = types();
        let (shooting, attack, clash, strike) = (
            t.id("shooting").unwrap(),
            t.id("attack").unwrap(),
            t.id("armed-clash").unwrap(),
            t.id("strike").unwrap(),
        );
        assert!(t.compatible(shooting, attack) && t.compatible(strike, clash));
        assert!(!t.compatible(shooting, clash));
        assert_eq!(t.specific(attack, shooting), shooting);
        let words: Vec<String> = ["terrorist", "attack", "in"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(triggers().at(&words, 0), Some((2, attack)));
        assert!(Types::parse("a\tnope\tA\n").is_err());
        // Parts: a ceasefire and a strike are parts of one clash; a shooting is a kind
        // of attack, not a part of one.
        let ceasefire = t.id("ceasefire").unwrap();
        assert!(t.same_whole(strike, ceasefire) && t.same_whole(strike, clash));
        assert_eq!(t.whole(ceasefire), Some(clash));
        assert!(!t.same_whole(shooting, attack));
        let (meeting, declaration) = (t.id("meeting").unwrap(), t.id("declaration").unwrap());
        assert!(t.same_whole(meeting, declaration));
        assert!(
            Types::parse("a\t\tA\tpart\n").is_err(),
            "a part needs a parent"
        );
        assert!(Types::parse("a\t\tA\nb\ta\tB\tpiece\n").is_err());
        let flags = Types::parse("a\t\tA\nb\ta\tB\twho,toll\n").unwrap();
        let b = flags.id("b").unwrap();
        assert!(flags.told_by_who(b) && flags.is_toll(b) && !flags.told_by_who(0));
        assert!(t.told_by_who(t.id("arrest").unwrap()) && !t.told_by_who(shooting));
        // The general classes: "resigned" is a resignation, a personnel change.
        let words: Vec<String> = ["the", "minister", "resigned"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let (n, ty) = event_words().at(&words, 2).unwrap();
        assert_eq!((n, t.name(ty)), (1, "resignation"));
        assert!(t.is_a(ty, t.id("personnel").unwrap()));
        assert!(event_words().at(&words, 0).is_none());
    }
}
