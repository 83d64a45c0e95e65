//! Rule families of the splitter, each on sentences written for these tests.

use super::split;

/// The sentences of `text`, as strings.
pub(super) fn sents(text: &str) -> Vec<&str> {
    split(text).into_iter().map(|r| &text[r]).collect()
}

#[test]
fn plain_stops() {
    assert_eq!(
        sents("It rained. We left! Why? Because."),
        ["It rained.", "We left!", "Why?", "Because."]
    );
    assert_eq!(sents("Really?! Yes."), ["Really?!", "Yes."]);
}

#[test]
fn titles_and_ranks_never_end_a_sentence() {
    assert_eq!(
        sents("Lt. Gen. Asim Malik met Dr. Ruth Kaye."),
        ["Lt. Gen. Asim Malik met Dr. Ruth Kaye."]
    );
    assert_eq!(
        sents("Defence Minister Kh. Asif spoke."),
        ["Defence Minister Kh. Asif spoke."]
    );
    assert_eq!(
        sents("Lt Gen Asim Malik spoke. Kh Asif agreed."),
        ["Lt Gen Asim Malik spoke.", "Kh Asif agreed."]
    );
}

#[test]
fn multi_period_abbreviations_break_only_before_openers() {
    assert_eq!(
        sents("The U.S. Navy sailed. It was late."),
        ["The U.S. Navy sailed.", "It was late."]
    );
    assert_eq!(
        sents("He flew to the U.K. Then he rested."),
        ["He flew to the U.K.", "Then he rested."]
    );
    assert_eq!(
        sents("Talks ran until 11 p.m. The next day was calm."),
        ["Talks ran until 11 p.m.", "The next day was calm."]
    );
    assert_eq!(
        sents("At 9 a.m. Ms. Lee arrived."),
        ["At 9 a.m. Ms. Lee arrived."]
    );
    // A time zone after the clock time belongs to it.
    assert_eq!(
        sents("It happened at 3:30 p.m. ET. Police arrived soon after."),
        ["It happened at 3:30 p.m. ET.", "Police arrived soon after."]
    );
    assert_eq!(
        sents("Trading opens at 9 a.m. GMT on Monday."),
        ["Trading opens at 9 a.m. GMT on Monday."]
    );
}

#[test]
fn a_pronoun_after_an_abbreviation_opens_a_sentence() {
    assert_eq!(
        sents("He works at I.B.M. She works at Google."),
        ["He works at I.B.M.", "She works at Google."]
    );
    assert_eq!(
        sents("He has an M.B.A. She has a Ph.D."),
        ["He has an M.B.A.", "She has a Ph.D."]
    );
    assert_eq!(
        sents("He came in Jan. She came in Feb."),
        ["He came in Jan.", "She came in Feb."]
    );
}

#[test]
fn ambiguous_abbreviations() {
    assert_eq!(
        sents("He sold it to Acme Inc. They paid."),
        ["He sold it to Acme Inc.", "They paid."]
    );
    assert_eq!(
        sents("Acme Inc. Chairman Bo spoke."),
        ["Acme Inc. Chairman Bo spoke."]
    );
    assert_eq!(
        sents("It happened on Jan. 5 in Lahore."),
        ["It happened on Jan. 5 in Lahore."]
    );
}

#[test]
fn numbers_and_number_abbreviations() {
    assert_eq!(
        sents("See No. 7 and p. 12 for 3.5 percent."),
        ["See No. 7 and p. 12 for 3.5 percent."]
    );
    assert_eq!(
        sents("Prices rose 4.5 percent in 2024. 300 firms closed."),
        ["Prices rose 4.5 percent in 2024.", "300 firms closed."]
    );
    // "Sec." is a section before its number, and seconds after one.
    assert_eq!(
        sents("The law (Sec. 5) applies. He ran it in 9.58 sec. It was a record."),
        [
            "The law (Sec. 5) applies.",
            "He ran it in 9.58 sec.",
            "It was a record."
        ]
    );
}

#[test]
fn initials_stay_with_names() {
    assert_eq!(
        sents("George W. Bush and J. R. R. Tolkien met."),
        ["George W. Bush and J. R. R. Tolkien met."]
    );
    assert_eq!(
        sents("It was me and I. Then we left."),
        ["It was me and I.", "Then we left."]
    );
}

#[test]
fn urls_emails_handles_hashtags() {
    assert_eq!(
        sents("Write to press@un.org. Or see https://un.org/en/about.html. Follow @UN and #SCO2025. Thanks."),
        ["Write to press@un.org.", "Or see https://un.org/en/about.html.", "Follow @UN and #SCO2025.", "Thanks."]
    );
}

#[test]
fn quotes_and_brackets_after_the_stop() {
    assert_eq!(
        sents("He said, “We will win.” They cheered."),
        ["He said, “We will win.”", "They cheered."]
    );
    assert_eq!(
        sents("“Go home,” he said. “Now.” She left."),
        ["“Go home,” he said.", "“Now.”", "She left."]
    );
    assert_eq!(sents("'Why?' she asked."), ["'Why?' she asked."]);
    assert_eq!(
        sents("(It was late.) We slept."),
        ["(It was late.)", "We slept."]
    );
}

#[test]
fn elisions_and_ellipses() {
    assert_eq!(
        sents("“Peace, security and trust deficit [….] India believes in dialogue,” he said."),
        ["“Peace, security and trust deficit [….] India believes in dialogue,” he said."]
    );
    assert_eq!(sents("Wait... Nothing came."), ["Wait...", "Nothing came."]);
    assert_eq!(sents("Well … maybe not."), ["Well … maybe not."]);
}

#[test]
fn lists() {
    assert_eq!(
        sents("1. Tea 2. Coffee 3. Milk"),
        ["1. Tea", "2. Coffee", "3. Milk"]
    );
    assert_eq!(sents("a) red b) blue"), ["a) red", "b) blue"]);
    assert_eq!(sents("• one • two"), ["• one", "• two"]);
    assert_eq!(sents("1. Tea\n2. Coffee"), ["1. Tea", "2. Coffee"]);
}

#[test]
fn lines_are_sentences() {
    let text = "Talks Fail in Qingdao\n\nBy Jane Doe, June 27, 2025\nThe meeting ended. Read more: Why talks fail\n";
    assert_eq!(
        sents(text),
        [
            "Talks Fail in Qingdao",
            "By Jane Doe, June 27, 2025",
            "The meeting ended.",
            "Read more: Why talks fail"
        ]
    );
    assert_eq!(sents("One\r\nTwo\u{2029}Three"), ["One", "Two", "Three"]);
}

#[test]
fn citations_stay_with_their_sentence() {
    assert_eq!(
        sents("He studied in Dulwich. [17] Then he left."),
        ["He studied in Dulwich. [17]", "Then he left."]
    );
}

#[test]
fn fullwidth_stops() {
    assert_eq!(sents("今天下雨。明天晴。"), ["今天下雨。", "明天晴。"]);
}

#[test]
fn empty_and_blank() {
    assert!(sents("").is_empty());
    assert!(sents(" \n\t ").is_empty());
    assert_eq!(sents("\u{feff}Hi."), ["Hi."]);
}

mod properties {
    use super::split;
    use crate::text::is_space;
    use proptest::prelude::*;

    fn pieces() -> impl Strategy<Value = String> {
        let piece = prop::sample::select(vec![
            "Dr.",
            "U.S.",
            "a.m.",
            "No.",
            "1.",
            "2.",
            "a)",
            "b)",
            "•",
            "...",
            ". . .",
            ".",
            "…",
            "[….]",
            "[17]",
            "?!",
            "“",
            "”",
            "'",
            "(",
            ")",
            "\r\n",
            "\n",
            " ",
            "\u{a0}",
            "\u{feff}",
            "😀",
            "中文。",
            "e\u{301}",
            "\0",
            "Hello",
            "The",
            "it",
            "I",
            "E.",
            "$1.50",
            "x@y.org",
            ":)",
        ]);
        prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
    }

    fn check(text: &str) {
        let spans = split(text);
        let mut covered = 0;
        for r in &spans {
            assert!(covered <= r.start && r.start < r.end && r.end <= text.len());
            let s = &text[r.clone()];
            assert!(!s.starts_with(is_space) && !s.ends_with(is_space), "{s:?}");
            assert!(
                text[covered..r.start].chars().all(is_space),
                "lost text before {s:?}"
            );
            covered = r.end;
        }
        assert!(text[covered..].chars().all(is_space));
    }

    proptest! {
        #[test]
        fn any_text_splits_without_loss(text in any::<String>()) {
            check(&text);
        }

        #[test]
        fn punctuation_heavy_text_splits_without_loss(text in pieces()) {
            check(&text);
        }
    }

    #[test]
    fn adversarial_inputs() {
        for text in [
            ".".repeat(100_000),
            "(".repeat(50_000),
            "Ab. ".repeat(20_000),
            ". ".repeat(50_000),
            "1. ".repeat(20_000),
        ] {
            check(&text);
        }
    }
}

#[test]
fn full_stop_set_off_by_a_space() {
    assert_eq!(
        sents("It is a good idea . Read the whole article . it is short ."),
        [
            "It is a good idea .",
            "Read the whole article . it is short ."
        ]
    );
    // Three spaced dots alone still continue the sentence.
    assert_eq!(
        sents("I was . . . I didn't mean it."),
        ["I was . . . I didn't mean it."]
    );
}

#[test]
fn a_list_opens_after_a_colon_when_its_next_marker_follows() {
    assert_eq!(
        sents("Things to do: 1. Wash 2. Dry 3. Fold"),
        ["Things to do: 1. Wash", "2. Dry", "3. Fold"]
    );
    assert_eq!(
        sents("The score at half-time: 1. Then it got worse."),
        ["The score at half-time: 1.", "Then it got worse."]
    );
    assert_eq!(
        sents("The plan has three steps: 1) collect data, 2) clean it, and 3) train the model."),
        ["The plan has three steps: 1) collect data, 2) clean it, and 3) train the model."]
    );
    // Items joined by semicolons run on in one sentence.
    assert_eq!(
        sents("Results: 1. Spain; 2. France; 3. Italy."),
        ["Results: 1. Spain; 2. France; 3. Italy."]
    );
}

#[test]
fn roman_numerals_open_headings() {
    assert_eq!(
        sents("I. Introduction\nII. Methods\nIII. Results"),
        ["I. Introduction", "II. Methods", "III. Results"]
    );
    assert_eq!(
        sents("He was Pope Pius XII. Nobody else was."),
        ["He was Pope Pius XII.", "Nobody else was."]
    );
}

#[test]
fn a_stop_typed_without_its_space() {
    assert_eq!(
        sents("Hello world.Today is Tuesday.Mr. Smith bought 1,000.That is a lot."),
        [
            "Hello world.",
            "Today is Tuesday.",
            "Mr. Smith bought 1,000.",
            "That is a lot."
        ]
    );
    assert_eq!(sents("Hello!How are you?"), ["Hello!", "How are you?"]);
    // Addresses, names and abbreviations keep their dots.
    for text in [
        "Visit example.com.Then go.",
        "Amazon.Com is big.",
        "He went to the U.S.A.Then home.",
    ] {
        assert_eq!(sents(text), [text]);
    }
}

#[test]
fn what_follows_a_mark_or_a_clock_time() {
    assert_eq!(
        sents("Yahoo! Inc. reported earnings. Shares rose."),
        ["Yahoo! Inc. reported earnings.", "Shares rose."]
    );
    assert_eq!(
        sents("The meeting ends at 5 p.m. Monday. Bring notes."),
        ["The meeting ends at 5 p.m. Monday.", "Bring notes."]
    );
    // A letter after a lowercase word is no initial.
    assert_eq!(
        sents("Take vitamin C. It helps."),
        ["Take vitamin C.", "It helps."]
    );
    // After a number a letter is a unit: any capitalised word after it opens.
    assert_eq!(
        sents("Temperatures fell to -5 C. Roads froze."),
        ["Temperatures fell to -5 C.", "Roads froze."]
    );
    // An initial that opens an aside after a number is still an initial.
    assert_eq!(
        sents("Somerset 174 (P. Simmons 4-38). Rain fell."),
        ["Somerset 174 (P. Simmons 4-38).", "Rain fell."]
    );
    // After a capitalised word too, before a sentence opener ("It", "In").
    assert_eq!(
        sents("They chose Plan B. It worked."),
        ["They chose Plan B.", "It worked."]
    );
    assert_eq!(
        sents("He fought in World War I. In 1919 he came home."),
        ["He fought in World War I.", "In 1919 he came home."]
    );
    assert_eq!(
        sents("The book by J. Smith sold well."),
        ["The book by J. Smith sold well."]
    );
    // "p." before a page number is lowercase; "P." is an initial.
    assert_eq!(
        sents("He met P. Simmons on Monday. See p. 5 for more."),
        ["He met P. Simmons on Monday.", "See p. 5 for more."]
    );
}

#[test]
fn a_speech_tag_after_a_question_continues_it() {
    assert_eq!(
        sents("Why not? he asked. Nobody knew."),
        ["Why not? he asked.", "Nobody knew."]
    );
    assert_eq!(
        sents("Enough! shouted the crowd. The police left."),
        ["Enough! shouted the crowd.", "The police left."]
    );
    // Other lowercase words after a bare question still start a sentence.
    assert_eq!(sents("what? no way."), ["what?", "no way."]);
}

#[test]
fn units_end_a_sentence_after_a_number_and_are_words_elsewhere() {
    assert_eq!(
        sents("The race is 42 km. Runners start at dawn."),
        ["The race is 42 km.", "Runners start at dawn."]
    );
    assert_eq!(
        sents("It weighs 3 lbs. and ships free."),
        ["It weighs 3 lbs. and ships free."]
    );
    assert_eq!(
        sents("Temperatures hit 40 deg. C on Sunday."),
        ["Temperatures hit 40 deg. C on Sunday."]
    );
    // Without a number the unit's spelling is an ordinary word.
    assert_eq!(
        sents("They came in. Residents fled."),
        ["They came in.", "Residents fled."]
    );
    // "Ft." for Fort is a title, "ft." for feet a unit.
    assert_eq!(
        sents("He was born in Ft. Worth, Tex., in 1960."),
        ["He was born in Ft. Worth, Tex., in 1960."]
    );
}

#[test]
fn closing_abbreviations_end_a_sentence_before_a_capital() {
    assert_eq!(
        sents("They sell apples, pears, etc. Prices vary."),
        ["They sell apples, pears, etc.", "Prices vary."]
    );
    assert_eq!(
        sents("Shares fell in Feb. Analysts blamed rates. Rates rose on Feb. 5."),
        [
            "Shares fell in Feb.",
            "Analysts blamed rates.",
            "Rates rose on Feb. 5."
        ]
    );
    // Lowercase weekday spellings are words; capitalised ones stay abbreviations.
    assert_eq!(
        sents("The cat sat. Nobody moved. On Mon. Dec. 5 the talks began."),
        [
            "The cat sat.",
            "Nobody moved.",
            "On Mon. Dec. 5 the talks began."
        ]
    );
    // A weekday's short form ends a sentence before a capital, unless a month follows
    // it in a date.
    assert_eq!(
        sents("The vote is on Tues. Results follow Wed. The count starts Thurs. Nov. 7."),
        [
            "The vote is on Tues.",
            "Results follow Wed.",
            "The count starts Thurs. Nov. 7."
        ]
    );
}

#[test]
fn a_time_zone_or_est_before_a_capital() {
    assert_eq!(
        sents("The plane landed at 6:30 p.m. EST. Passengers were safe."),
        [
            "The plane landed at 6:30 p.m. EST.",
            "Passengers were safe."
        ]
    );
    assert_eq!(
        sents("The hall, est. 1901, burned."),
        ["The hall, est. 1901, burned."]
    );
}

#[test]
fn a_missing_space_before_i() {
    assert_eq!(
        sents("I'm at the airport.I will call later."),
        ["I'm at the airport.", "I will call later."]
    );
}

#[test]
fn hard_wrapped_text_keeps_its_sentences_whole() {
    let text = "The ministry said on Tuesday that the talks with its neighbours\n\
                would resume next month, after a pause of almost two years, and\n\
                that both sides had agreed to meet in Geneva. Officials declined\n\
                to give a date.\n\
                Reporters were told nothing else.";
    assert_eq!(
        sents(text),
        [
            "The ministry said on Tuesday that the talks with its neighbours\nwould resume next month, after a pause of almost two years, and\nthat both sides had agreed to meet in Geneva.",
            "Officials declined\nto give a date.",
            "Reporters were told nothing else.",
        ]
    );
    // Short lines are a thread or a list, not wrapped prose: each line stands alone.
    assert_eq!(
        sents("What do you eat there?\nFish, of course\nseafood\nyou mean the coast"),
        [
            "What do you eat there?",
            "Fish, of course",
            "seafood",
            "you mean the coast"
        ]
    );
    // One paragraph per line, as scraped news has it: a line break ends a sentence.
    assert_eq!(
        sents("Quake hits Japan\nA strong earthquake struck northern Japan on Monday, officials said, and\nno tsunami warning was issued"),
        ["Quake hits Japan", "A strong earthquake struck northern Japan on Monday, officials said, and", "no tsunami warning was issued"]
    );
}

#[test]
fn items_numbered_in_lowercase_inside_a_sentence_stay_in_it() {
    assert_eq!(
        sents("The plan has three parts: 1. cut costs, 2. raise prices and 3. hire staff. It starts today."),
        [
            "The plan has three parts: 1. cut costs, 2. raise prices and 3. hire staff.",
            "It starts today."
        ]
    );
    assert_eq!(
        sents("Items: 1. apples 2. pears 3. plums."),
        ["Items: 1. apples 2. pears 3. plums."]
    );
    // A number alone before a stop is no item: no marker before or after it.
    assert_eq!(
        sents("He came in 2. nobody else did."),
        ["He came in 2.", "nobody else did."]
    );
    // Capitalised items are a list, one item each.
    assert_eq!(
        sents("Items: 1. Apples 2. Pears"),
        ["Items: 1. Apples", "2. Pears"]
    );
}
