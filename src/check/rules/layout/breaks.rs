//! Line treatment: which breaks between two lines are forbidden, how good each legal break is, and
//! the reflow that moves only line breaks.
//!
//! Netflix's General Requirements (§5, Line treatment) and the English (USA) and Spanish Timed
//! Text Style Guides: keep the text on one line unless it exceeds the limit; break after
//! punctuation, before conjunctions and before prepositions; never separate a noun from its
//! article or adjective, a first name from a last name, a verb from its subject pronoun, a
//! prepositional verb from its preposition, or a verb from an auxiliary, reflexive pronoun or
//! negation. The words each language needs are data files next to this module
//! (`words/es.txt`, `words/en.txt`), read once.
//!
//! **The score.** Among the layouts that keep every line within the limit and split nothing
//! forbidden, the reflow takes one line when the text fits on one; otherwise the two-line layout
//! with, in this order: the best break class (after punctuation; then before a conjunction; then
//! before a preposition, except `de`, `a` and `of`, which tie a complement to the word before;
//! then any other; last, after an auxiliary or an adverb that goes with the verb after it, such
//! as `ya`, `siempre`, `always`); a bottom-heavy shape (the top line no longer than the bottom
//! one); then the smallest difference between the two lines. A break whose shorter line is less
//! than a third of the longer counts as the lowest class: a two-word line under a full one reads
//! as a fragment, whatever the punctuation.
//!
//! **What a reflow may change.** Only the spaces between words (a space becomes a line break, a
//! line break a space) and, where a break falls inside `<i>`, `<b>` or `<u>`, the tags, which are
//! closed at the end of each line and reopened on the next so every line is balanced. Words are
//! never changed, added or removed. Cues with other markup, dialogue (a dash per speaker line)
//! and cues with unbalanced tags are never re-broken.
use crate::check::fix::Proposal;
use crate::check::rule::{Context, Lang};
use crate::srt::{Cue, SourceFormat};
use crate::visible::{Piece, grapheme_count, pieces, strip_markup};
use std::collections::HashSet;
use std::sync::OnceLock;

/// One section of a word list: single words, and entries of several words.
#[derive(Debug, Default)]
pub(crate) struct Section {
    single: HashSet<String>,
    multi: Vec<Vec<String>>,
}

impl Section {
    fn has(&self, word: &str) -> bool {
        self.single.contains(word)
    }
}

/// The words one language's line-break rules need, from its data file.
#[derive(Debug, Default)]
pub(crate) struct Lexicon {
    lang: Option<Lang>,
    articles: Section,
    determiners: Section,
    prepositions: Section,
    conjunctions: Section,
    subject_pronouns: Section,
    clitics: Section,
    reflexives: Section,
    auxiliaries: Section,
    modals: Section,
    negations: Section,
    first_names: Section,
    titles: Section,
    names: Section,
    prepositional_verbs: Section,
    adjectives: Section,
    tight_prepositions: Section,
    verb_adverbs: Section,
}

const SPANISH_WORDS: &str = include_str!("words/es.txt");
const ENGLISH_WORDS: &str = include_str!("words/en.txt");

impl Lexicon {
    /// Parse a word list: `[section]` lines, entries separated by commas or line breaks, `#`
    /// comments. An unknown section is an error (the test of the shipped lists catches it).
    pub(crate) fn parse(text: &str, lang: Lang) -> Result<Lexicon, String> {
        let mut lexicon = Lexicon { lang: Some(lang), ..Lexicon::default() };
        let mut current: Option<&mut Section> = None;
        for (number, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                current = Some(
                    lexicon
                        .section_mut(name)
                        // not user-facing: the shipped word lists are tested to parse.
                        .ok_or_else(|| format!("line {}: unknown section `{name}`", number + 1))?,
                );
                continue;
            }
            let Some(section) = current.as_deref_mut() else {
                // not user-facing: the shipped word lists are tested to parse.
                return Err(format!("line {}: an entry before any section", number + 1));
            };
            for entry in line.split(',').map(str::trim).filter(|e| !e.is_empty()) {
                let words: Vec<String> = entry.split_whitespace().map(str::to_lowercase).collect();
                match words.as_slice() {
                    [one] => {
                        section.single.insert(one.clone());
                    }
                    _ => section.multi.push(words),
                }
            }
        }
        Ok(lexicon)
    }

    fn section_mut(&mut self, name: &str) -> Option<&mut Section> {
        Some(match name {
            "articles" => &mut self.articles,
            "determiners" => &mut self.determiners,
            "prepositions" => &mut self.prepositions,
            "conjunctions" => &mut self.conjunctions,
            "subject-pronouns" => &mut self.subject_pronouns,
            "clitics" => &mut self.clitics,
            "reflexives" => &mut self.reflexives,
            "auxiliaries" => &mut self.auxiliaries,
            "modals" => &mut self.modals,
            "negations" => &mut self.negations,
            "first-names" => &mut self.first_names,
            "titles" => &mut self.titles,
            "names" => &mut self.names,
            "prepositional-verbs" => &mut self.prepositional_verbs,
            "adjectives" => &mut self.adjectives,
            "tight-prepositions" => &mut self.tight_prepositions,
            "verb-adverbs" => &mut self.verb_adverbs,
            _ => return None,
        })
    }

    /// The lexicon of a language with word lists (Spanish, English).
    pub(crate) fn of(lang: Lang) -> Option<&'static Lexicon> {
        static SPANISH: OnceLock<Lexicon> = OnceLock::new();
        static ENGLISH: OnceLock<Lexicon> = OnceLock::new();
        let (cell, text) = match lang {
            Lang::Spanish => (&SPANISH, SPANISH_WORDS),
            Lang::English => (&ENGLISH, ENGLISH_WORDS),
            Lang::Other => return None,
        };
        // The shipped lists parse (a unit test says so); an error would leave the list empty.
        Some(cell.get_or_init(|| Lexicon::parse(text, lang).unwrap_or_default()))
    }

    fn spanish(&self) -> bool {
        self.lang == Some(Lang::Spanish)
    }

    /// A word that links to what follows rather than ending a phrase: a preposition or a
    /// conjunction (the start of a multiword one included).
    fn is_link(&self, keys: &[String], at: usize) -> bool {
        let Some(word) = keys.get(at) else { return false };
        self.prepositions.has(word)
            || self.conjunctions.has(word)
            || starts_entry(&self.prepositions, keys, at)
            || starts_entry(&self.conjunctions, keys, at)
    }

    /// A word no function list knows: a noun, verb, adjective or adverb, as far as the lists can
    /// tell.
    fn is_content(&self, word: &str) -> bool {
        word.chars().next().is_some_and(char::is_alphanumeric)
            && ![
                &self.articles,
                &self.determiners,
                &self.prepositions,
                &self.conjunctions,
                &self.subject_pronouns,
                &self.clitics,
                &self.auxiliaries,
                &self.modals,
                &self.negations,
            ]
            .iter()
            .any(|s| s.has(word))
    }

    /// A participle or a gerund (what follows `ha`, `estaba`, `had`, `was`).
    fn is_participle(&self, word: &str) -> bool {
        if self.spanish() {
            const ENDINGS: &[&str] =
                &["ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "ído", "ída", "ando", "iendo", "yendo"];
            const IRREGULAR: &[&str] = &[
                "hecho", "hecha", "dicho", "puesto", "puesta", "escrito", "visto", "vuelto", "muerto", "muerta",
                "abierto", "abierta", "roto", "rota", "cubierto", "resuelto", "sido", "ido",
            ];
            ENDINGS.iter().any(|e| word.ends_with(e) && word.len() > e.len() + 1) || IRREGULAR.contains(&word)
        } else {
            const IRREGULAR: &[&str] = &[
                "been",
                "done",
                "gone",
                "made",
                "built",
                "seen",
                "taken",
                "given",
                "known",
                "left",
                "lost",
                "brought",
                "bought",
                "thought",
                "told",
                "said",
                "found",
                "come",
                "become",
                "run",
                "grown",
                "sent",
                "spent",
                "kept",
                "held",
                "heard",
                "felt",
                "met",
                "paid",
                "put",
                "read",
                "written",
                "driven",
                "ridden",
                "fallen",
                "forgotten",
                "gotten",
                "got",
                "begun",
                "broken",
                "chosen",
                "eaten",
                "hidden",
                "shown",
                "spoken",
                "stolen",
                "sung",
                "worn",
                "won",
                "born",
                "buried",
                "married",
                "raised",
                "taught",
            ];
            ((word.ends_with("ing") || word.ends_with("ed")) && word.len() > 4) || IRREGULAR.contains(&word)
        }
    }

    /// A verb as a modal takes it: a Spanish infinitive (`construir`, `irme`, `verla`), or in
    /// English any word that is not an object, a link or a determiner.
    fn is_verb_after_modal(&self, word: &str) -> bool {
        if self.spanish() {
            let mut stem = word;
            for _ in 0..2 {
                if let Some(s) = ["los", "las", "les", "nos", "lo", "la", "le", "me", "te", "se"]
                    .iter()
                    .find_map(|c| stem.strip_suffix(c).filter(|s| s.len() >= 3))
                {
                    stem = s;
                }
            }
            ["ar", "er", "ir", "ár", "ér", "ír"].iter().any(|e| stem.ends_with(e)) && stem.len() >= 3
        } else {
            const OBJECTS: &[&str] = &[
                "it",
                "them",
                "him",
                "her",
                "me",
                "us",
                "you",
                "that",
                "this",
                "what",
                "which",
                "who",
                "why",
                "how",
                "something",
                "everything",
                "nothing",
                "anything",
                "so",
                "too",
                "again",
                "there",
                "here",
            ];
            self.is_content(word) && !OBJECTS.contains(&word)
        }
    }
}

/// Whether a multiword entry of `section` starts at `keys[at]`.
fn starts_entry(section: &Section, keys: &[String], at: usize) -> bool {
    section.multi.iter().any(|entry| matches_at(entry, keys, at))
}

fn matches_at(entry: &[String], keys: &[String], at: usize) -> bool {
    keys.get(at..at + entry.len()).is_some_and(|window| window.iter().zip(entry).all(|(k, e)| k == e))
}

/// What a forbidden break separates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Split {
    /// `la` / `casa`.
    Article,
    /// `mis` / `hijas`, `doce` / `horas`.
    Determiner,
    /// `casa` / `nueva`.
    Adjective,
    /// `Julián` / `Sosa`.
    FirstName,
    /// `El` / `Paso`.
    Name,
    /// `don` / `Julián`.
    Title,
    /// `yo` / `trabajé`.
    Subject,
    /// `se` / `fue`, `la` / `vi`.
    Clitic,
    /// `built` / `himself`.
    Reflexive,
    /// `ha` / `construido`, `va a` / `construir`.
    Auxiliary,
    /// `no` / `la vi`.
    Negation,
    /// `pensaba en` / `su casa`, `pensaba` / `en su casa`.
    PrepositionalVerb,
    /// `para` / `la casa`.
    Preposition,
    /// `y` / `luego`.
    Conjunction,
}

impl Split {
    /// What the split separates, for messages.
    pub(crate) fn describe(self) -> crate::ui::Message {
        use crate::msg;
        match self {
            Split::Article => msg!("split-article"),
            Split::Determiner => msg!("split-determiner"),
            Split::Adjective => msg!("split-adjective"),
            Split::FirstName => msg!("split-first-name"),
            Split::Name => msg!("split-name"),
            Split::Title => msg!("split-title"),
            Split::Subject => msg!("split-subject"),
            Split::Clitic => msg!("split-clitic"),
            Split::Reflexive => msg!("split-reflexive"),
            Split::Auxiliary => msg!("split-auxiliary"),
            Split::Negation => msg!("split-negation"),
            Split::PrepositionalVerb => msg!("split-prepositional-verb"),
            Split::Preposition => msg!("split-preposition"),
            Split::Conjunction => msg!("split-conjunction"),
        }
    }
}

/// How good a legal break is: higher is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Class {
    /// After an adverb that goes with the verb after it (`ya` / `casi no queda`, `always` /
    /// `saved`) or after an auxiliary (`fueron` / `jóvenes`, `there's` / `hardly`); or any break
    /// whose shorter line is under a third of the longer.
    Weak = 0,
    /// Any other legal break.
    Other = 1,
    /// Before a preposition (not `de`, `a`, `of`, which tie a complement to the word before:
    /// those count as any other break).
    Preposition = 2,
    /// Before a conjunction.
    Conjunction = 3,
    /// After punctuation.
    Punctuation = 4,
}

/// A word as the lists match it: lowercase, typographic apostrophes made straight, punctuation
/// around it removed (a final `.` kept in `dotted` for abbreviations such as `Sr.`).
fn key(word: &str) -> (String, String) {
    let lower = word.to_lowercase().replace('’', "'");
    let bare = lower.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    let dotted = if lower.trim_end_matches(is_closer).ends_with('.') { format!("{bare}.") } else { bare.clone() };
    (bare, dotted)
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | '»' | ')' | ']')
}

/// The analysis of a cue's words: their keys, and per gap (between word `i` and `i + 1`) its
/// class or the split it would make.
pub(crate) struct Words<'a> {
    lexicon: &'a Lexicon,
    visible: Vec<String>,
    keys: Vec<String>,
    dotted: Vec<String>,
}

impl<'a> Words<'a> {
    pub(crate) fn new(lexicon: &'a Lexicon, visible: Vec<String>) -> Words<'a> {
        let (keys, dotted) = visible.iter().map(|w| key(w)).unzip();
        Words { lexicon, visible, keys, dotted }
    }

    /// Whether word `i` ends with punctuation that closes a phrase (not an abbreviation).
    fn ends_phrase(&self, i: usize) -> bool {
        let Some(word) = self.visible.get(i) else { return false };
        let last = word.trim_end_matches(is_closer).chars().last();
        let punctuation = matches!(last, Some('.' | ',' | ';' | ':' | '!' | '?' | '…' | '—' | '–'));
        punctuation && !self.lexicon.titles.has(&self.dotted[i])
    }

    fn capitalized(&self, i: usize) -> bool {
        self.visible.get(i).and_then(|w| w.chars().find(|c| c.is_alphabetic())).is_some_and(char::is_uppercase)
    }

    /// Whether an entry of `section` covers both word `i` and word `i + 1`.
    fn spans_gap(&self, section: &Section, i: usize) -> bool {
        section
            .multi
            .iter()
            .any(|entry| (0..entry.len() - 1).any(|offset| i >= offset && matches_at(entry, &self.keys, i - offset)))
    }

    /// An entry of `section` that ends at word `i`.
    fn ends_entry(&self, section: &Section, i: usize) -> bool {
        section.has(&self.keys[i])
            || section
                .multi
                .iter()
                .any(|entry| i + 1 >= entry.len() && matches_at(entry, &self.keys, i + 1 - entry.len()))
    }

    /// The forbidden split a break after word `i` would make, if any.
    pub(crate) fn split(&self, i: usize) -> Option<Split> {
        let lex = self.lexicon;
        if i + 1 >= self.keys.len() || self.ends_phrase(i) {
            return None;
        }
        let (a, b) = (self.keys[i].as_str(), self.keys[i + 1].as_str());
        if a.is_empty() || b.is_empty() {
            return None;
        }
        let link_after = lex.is_link(&self.keys, i + 1);
        if lex.first_names.has(a) && self.capitalized(i + 1) && !lex.first_names.has(b) {
            return Some(Split::FirstName);
        }
        // Entries of several words that the break would cut.
        if self.spans_gap(&lex.names, i) {
            return Some(Split::Name);
        }
        if self.spans_gap(&lex.prepositional_verbs, i) {
            return Some(Split::PrepositionalVerb);
        }
        if self.spans_gap(&lex.modals, i) {
            return Some(Split::Auxiliary);
        }
        if self.spans_gap(&lex.prepositions, i) {
            return Some(Split::Preposition);
        }
        if self.spans_gap(&lex.conjunctions, i) {
            return Some(Split::Conjunction);
        }
        let previous = i.checked_sub(1).map(|p| self.keys[p].as_str());
        let after_phrase_end = i == 0 || self.ends_phrase(i - 1);
        if lex.articles.has(a) {
            // `la`, `lo`, `los`, `las` are also object pronouns: before a verb after `no`, `que`,
            // a subject or another pronoun they are.
            let pronoun = lex.clitics.has(a)
                && (after_phrase_end
                    || previous.is_some_and(|p| {
                        lex.negations.has(p)
                            || lex.clitics.has(p)
                            || lex.subject_pronouns.has(p)
                            || matches!(p, "que" | "ya" | "también" | "siempre")
                    }));
            return Some(if pronoun { Split::Clitic } else { Split::Article });
        }
        if lex.clitics.has(a) {
            return Some(Split::Clitic);
        }
        if self.ends_entry(&lex.modals, i) && lex.is_verb_after_modal(b) {
            return Some(Split::Auxiliary);
        }
        if lex.auxiliaries.has(a) && lex.is_participle(b) {
            return Some(Split::Auxiliary);
        }
        if lex.negations.has(a) && !link_after {
            return Some(Split::Negation);
        }
        if lex.subject_pronouns.has(a)
            && !link_after
            && !(lex.spanish() && previous.is_some_and(|p| lex.prepositions.has(p)))
        {
            return Some(Split::Subject);
        }
        if lex.titles.has(&self.dotted[i]) && self.capitalized(i + 1) {
            return Some(Split::Title);
        }
        if self.ends_entry(&lex.prepositional_verbs, i) {
            return Some(Split::PrepositionalVerb);
        }
        if lex.prepositions.has(a) {
            return Some(Split::Preposition);
        }
        if lex.conjunctions.has(a) {
            return Some(Split::Conjunction);
        }
        let number = a.chars().all(|c| c.is_ascii_digit());
        if (lex.determiners.has(a) || number) && !link_after && lex.is_content(b) {
            return Some(Split::Determiner);
        }
        if lex.reflexives.has(b) && lex.is_content(a) {
            return Some(Split::Reflexive);
        }
        if lex.spanish() && lex.adjectives.has(b) && lex.is_content(a) && !lex.adjectives.has(a) {
            return Some(Split::Adjective);
        }
        if lex.spanish() && lex.adjectives.has(a) && lex.is_content(b) && !link_after && !self.capitalized(i + 1) {
            return Some(Split::Adjective);
        }
        None
    }

    /// The class of a legal break after word `i`.
    pub(crate) fn class(&self, i: usize) -> Class {
        let lex = self.lexicon;
        let next = self.keys.get(i + 1).map_or("", String::as_str);
        if self.ends_phrase(i) {
            Class::Punctuation
        } else if lex.conjunctions.has(next) || starts_entry(&lex.conjunctions, &self.keys, i + 1) {
            Class::Conjunction
        } else if (lex.prepositions.has(next) && !self.tight(i + 1))
            || starts_entry(&lex.prepositions, &self.keys, i + 1)
        {
            Class::Preposition
        } else if [&lex.verb_adverbs, &lex.auxiliaries, &lex.modals].iter().any(|s| s.has(&self.keys[i])) {
            Class::Weak
        } else {
            Class::Other
        }
    }

    /// Whether word `i` is a preposition that ties a complement to the word before it: `de`, `of`,
    /// and `a` except before an infinitive (`a trabajar`).
    fn tight(&self, i: usize) -> bool {
        let lex = self.lexicon;
        let word = self.keys.get(i).map_or("", String::as_str);
        let infinitive = self.keys.get(i + 1).is_some_and(|w| lex.spanish() && lex.is_verb_after_modal(w));
        lex.tight_prepositions.has(word) && !(word == "a" && infinitive)
    }

    /// The words on each side of the break after word `i`, as written.
    pub(crate) fn pair(&self, i: usize) -> (&str, &str) {
        let word = |j: usize| self.visible.get(j).map_or("", String::as_str);
        (word(i), word(i + 1))
    }
}

/// A character of visible text and the tags (bits of [`CueText::tags`]) around it.
#[derive(Debug, Clone, Copy)]
struct Styled {
    ch: char,
    style: u8,
}

/// A cue's text as words with their styling, ready to be laid out again.
#[derive(Debug, Clone)]
pub(crate) struct CueText {
    /// Visible words.
    words: Vec<Vec<Styled>>,
    /// The spaces between word `i` and `i + 1` as written (a line break counts as one space).
    gaps: Vec<usize>,
    /// Gaps that are line breaks now.
    pub(crate) breaks: Vec<usize>,
    /// Tag names, by bit.
    tags: Vec<String>,
    /// Markup before the text (`{\an8}`), kept at the start of the first line.
    prefix: String,
    /// Whether the markup allows a reflow (only `<i>`, `<b>`, `<u>`, balanced; an override block
    /// only at the start).
    pub(crate) reflowable: bool,
}

/// The tags a reflow can close and reopen at a line break.
const SIMPLE_TAGS: &[&str] = &["i", "b", "u"];

impl CueText {
    /// Read the cue's raw lines (SRT-style markup). `None` for dialogue, blank lines or no text.
    pub(crate) fn read<'l>(lines: impl IntoIterator<Item = &'l str>) -> Option<CueText> {
        /// A visible character, a space, or a line break.
        enum Item {
            Char(Styled),
            Space,
            Break,
        }
        let mut text = CueText {
            words: Vec::new(),
            gaps: Vec::new(),
            breaks: Vec::new(),
            tags: Vec::new(),
            prefix: String::new(),
            reflowable: true,
        };
        let mut items = Vec::new();
        let mut open: Vec<usize> = Vec::new();
        for (n, raw) in lines.into_iter().enumerate() {
            let visible = strip_markup(raw);
            let visible = visible.trim();
            if visible.is_empty() || visible.starts_with(['-', '‐', '–', '—']) {
                return None;
            }
            if n > 0 {
                items.push(Item::Break);
            }
            for piece in pieces(raw) {
                match piece {
                    Piece::Text(range) => {
                        for ch in raw.get(range).unwrap_or("").chars() {
                            if ch == ' ' {
                                items.push(Item::Space);
                            } else {
                                let style = open.iter().fold(0u8, |s, &bit| s | (1 << bit));
                                items.push(Item::Char(Styled { ch, style }));
                            }
                        }
                    }
                    Piece::Tag { range, name, closing, self_closing } => {
                        let name = name.to_ascii_lowercase();
                        let plain =
                            raw.get(range.clone()).is_some_and(|t| t.len() == name.len() + 2 + usize::from(closing));
                        if self_closing || !plain || !SIMPLE_TAGS.contains(&name.as_str()) {
                            text.reflowable = false;
                            continue;
                        }
                        let bit = match text.tags.iter().position(|t| *t == name) {
                            Some(bit) => bit,
                            None => {
                                text.tags.push(name.clone());
                                text.tags.len() - 1
                            }
                        };
                        if closing {
                            match open.iter().rposition(|&b| b == bit) {
                                Some(at) => {
                                    open.remove(at);
                                }
                                None => text.reflowable = false,
                            }
                        } else if open.contains(&bit) {
                            text.reflowable = false;
                        } else {
                            open.push(bit);
                        }
                    }
                    Piece::Override(range) => {
                        if items.iter().all(|i| matches!(i, Item::Space)) && n == 0 {
                            text.prefix.push_str(raw.get(range).unwrap_or(""));
                        } else {
                            text.reflowable = false;
                        }
                    }
                }
            }
        }
        let (mut current, mut spaces, mut broken) = (Vec::new(), 0usize, false);
        for item in items {
            match item {
                Item::Char(styled) => {
                    if current.is_empty() && !text.words.is_empty() {
                        if broken {
                            text.breaks.push(text.words.len() - 1);
                        }
                        text.gaps.push(if broken { 1 } else { spaces.max(1) });
                    }
                    current.push(styled);
                    (spaces, broken) = (0, false);
                }
                Item::Space | Item::Break => {
                    if !current.is_empty() {
                        text.words.push(std::mem::take(&mut current));
                    }
                    match item {
                        Item::Break => broken = true,
                        _ => spaces += 1,
                    }
                }
            }
        }
        if !current.is_empty() {
            text.words.push(current);
        }
        if text.words.is_empty() {
            return None;
        }
        if !open.is_empty() || text.tags.len() > 8 {
            text.reflowable = false;
        }
        Some(text)
    }

    /// The visible words.
    pub(crate) fn visible_words(&self) -> Vec<String> {
        self.words.iter().map(|w| w.iter().map(|s| s.ch).collect()).collect()
    }

    /// The visible length of words `from..to` on one line, with their spaces.
    fn length(&self, lengths: &[usize], from: usize, to: usize) -> usize {
        lengths[from..to].iter().sum::<usize>() + self.gaps[from..to - 1].iter().sum::<usize>()
    }

    /// The raw lines of a layout: `breaks` are the gaps that become line breaks.
    pub(crate) fn render(&self, breaks: &[usize]) -> Vec<String> {
        let mut lines = Vec::new();
        let mut from = 0;
        for end in breaks.iter().map(|&b| b + 1).chain([self.words.len()]) {
            let mut chars: Vec<Styled> = Vec::new();
            for i in from..end {
                chars.extend(&self.words[i]);
                if i + 1 < end {
                    let next = self.words[i + 1].first().map_or(0, |s| s.style);
                    let previous = self.words[i].last().map_or(0, |s| s.style);
                    let space = Styled { ch: ' ', style: next & previous };
                    chars.extend(std::iter::repeat_n(space, self.gaps[i]));
                }
            }
            let mut line = if from == 0 { self.prefix.clone() } else { String::new() };
            line.push_str(&self.styled_line(&chars));
            lines.push(line);
            from = end;
        }
        lines
    }

    /// A line of styled characters with the fewest tags that give each character its style,
    /// every tag closed at the end.
    fn styled_line(&self, chars: &[Styled]) -> String {
        let mut out = String::new();
        let mut stack: Vec<usize> = Vec::new();
        for styled in chars {
            // Close down to the first open tag the character does not have, then reopen.
            if let Some(at) = stack.iter().position(|&bit| styled.style & (1 << bit) == 0) {
                for &bit in stack[at..].iter().rev() {
                    out.push_str(&format!("</{}>", self.tags[bit]));
                }
                stack.truncate(at);
            }
            for bit in 0..self.tags.len() {
                if styled.style & (1 << bit) != 0 && !stack.contains(&bit) {
                    out.push_str(&format!("<{}>", self.tags[bit]));
                    stack.push(bit);
                }
            }
            out.push(styled.ch);
        }
        for &bit in stack.iter().rev() {
            out.push_str(&format!("</{}>", self.tags[bit]));
        }
        out
    }
}

/// A legal two-line layout: the gap that becomes the line break, its class (demoted when lopsided,
/// see the module documentation), and the visible lengths of the two lines.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Candidate {
    /// The gap (after word `gap`) that becomes the line break.
    pub(crate) gap: usize,
    /// The class it scores with.
    pub(crate) class: Class,
    /// Visible characters on the top line.
    pub(crate) top: usize,
    /// Visible characters on the bottom line.
    pub(crate) bottom: usize,
}

impl Candidate {
    /// The score: class, then a bottom-heavy shape, then balance.
    fn score(&self) -> (Class, bool, std::cmp::Reverse<usize>) {
        (self.class, self.top <= self.bottom, std::cmp::Reverse(self.top.abs_diff(self.bottom)))
    }
}

impl CueText {
    fn lengths(&self) -> Vec<usize> {
        self.words.iter().map(|w| grapheme_count(&w.iter().map(|s| s.ch).collect::<String>())).collect()
    }

    /// Whether the whole text fits on one line of `limit` characters.
    pub(crate) fn fits_one_line(&self, limit: usize) -> bool {
        self.length(&self.lengths(), 0, self.words.len()) <= limit
    }

    /// Every two-line layout that keeps both lines within `limit` and splits nothing forbidden.
    pub(crate) fn candidates(&self, words: &Words<'_>, limit: usize) -> Vec<Candidate> {
        let lengths = self.lengths();
        let n = self.words.len();
        let mut out = Vec::new();
        // Both lines' lengths are carried from one gap to the next (summing them afresh at each
        // gap made a long line of many words quadratic).
        let whole = self.length(&lengths, 0, n);
        let mut top = 0;
        for gap in 0..n.saturating_sub(1) {
            top += lengths.get(gap).copied().unwrap_or(0);
            if gap > 0 {
                top += self.gaps.get(gap - 1).copied().unwrap_or(0);
            }
            let bottom = whole.saturating_sub(top + self.gaps.get(gap).copied().unwrap_or(0));
            if top > limit || bottom > limit || words.split(gap).is_some() {
                continue;
            }
            let mut class = words.class(gap);
            if top.min(bottom) * 3 < top.max(bottom) {
                class = Class::Weak;
            }
            out.push(Candidate { gap, class, top, bottom });
        }
        out
    }
}

/// The best layout of a cue's text within `limit` characters a line and at most `max_lines`
/// lines (one or two): the gaps that become line breaks, or `None` when no layout fits without a
/// forbidden split. Without a lexicon (a language without word lists) only one line is tried.
pub(crate) fn best_layout(
    text: &CueText,
    lexicon: Option<&Lexicon>,
    limit: usize,
    max_lines: usize,
) -> Option<Vec<usize>> {
    if text.fits_one_line(limit) {
        return Some(Vec::new());
    }
    let lexicon = lexicon?;
    if max_lines < 2 {
        return None;
    }
    let words = Words::new(lexicon, text.visible_words());
    text.candidates(&words, limit).into_iter().max_by_key(Candidate::score).map(|c| vec![c.gap])
}

/// The cue's text as the reflow reads it, when it may be re-broken in this file: SRT, or WebVTT
/// whose text has no entities or markup beyond `<i>`, `<b>`, `<u>`.
pub(crate) fn cue_text(ctx: &Context<'_>, cue: &Cue) -> Option<CueText> {
    let raw: Vec<&str> = cue.text_lines(ctx.doc).collect();
    let mut text = CueText::read(raw.iter().copied())?;
    if ctx.doc.format == SourceFormat::Vtt && raw.iter().any(|l| l.contains('&')) {
        text.reflowable = false;
    }
    Some(text)
}

/// Why a cue cannot be re-broken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unfit {
    /// Dialogue, other markup, or no text: left alone.
    NotEligible,
    /// No layout keeps every line within the limits without a forbidden split.
    NoLegalLayout,
}

/// The reflow of a cue as a fix: one edit replacing its text lines with the best layout. `Ok(None)`
/// when the cue already has it.
pub(crate) fn reflow_fix(ctx: &Context<'_>, cue: &Cue) -> Result<Option<Proposal>, Unfit> {
    let text = cue_text(ctx, cue).ok_or(Unfit::NotEligible)?;
    if !text.reflowable {
        return Err(Unfit::NotEligible);
    }
    let layout = best_layout(&text, Lexicon::of(ctx.lang), ctx.thresholds.max_line_length, ctx.thresholds.max_lines)
        .ok_or(Unfit::NoLegalLayout)?;
    layout_fix(ctx, cue, &text, &layout)
}

/// A fix giving `cue` the layout `breaks` of its `text`; `Ok(None)` when it already has it.
pub(crate) fn layout_fix(
    ctx: &Context<'_>,
    cue: &Cue,
    text: &CueText,
    breaks: &[usize],
) -> Result<Option<Proposal>, Unfit> {
    if !text.reflowable {
        return Err(Unfit::NotEligible);
    }
    let lines = text.render(breaks);
    let current: Vec<&str> = cue.text_lines(ctx.doc).collect();
    if lines.iter().map(String::as_str).eq(current.iter().copied()) {
        return Ok(None);
    }
    // The words, once markup and spaces are set aside, are the same (a guard on the contract).
    let words = |lines: &mut dyn Iterator<Item = &str>| -> Vec<String> {
        lines.flat_map(|l| strip_markup(l).split_whitespace().map(str::to_string).collect::<Vec<_>>()).collect()
    };
    if words(&mut lines.iter().map(String::as_str)) != words(&mut current.iter().copied()) {
        return Err(Unfit::NotEligible);
    }
    let (Some(first), Some(last)) = (cue.lines.first(), cue.lines.last()) else { return Err(Unfit::NotEligible) };
    let newline = ctx.doc.line_endings.dominant().newline();
    let shown = lines.iter().map(|l| strip_markup(l)).collect::<Vec<_>>().join(" / ");
    Ok(Some(Proposal {
        description: crate::msg!("fix-rebreak", lines = shown),
        edits: vec![crate::check::fix::edit(ctx.doc, first.span.start..last.span.end, lines.join(newline))],
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_word_lists_parse_and_have_every_section_they_need() {
        for (text, lang) in [(SPANISH_WORDS, Lang::Spanish), (ENGLISH_WORDS, Lang::English)] {
            let lexicon = Lexicon::parse(text, lang).expect("parses");
            assert!(lexicon.articles.has(if lang == Lang::Spanish { "la" } else { "the" }));
            assert!(lexicon.first_names.has("julián") && lexicon.first_names.has("iliana"));
            assert!(lexicon.names.multi.iter().any(|n| n == &["iliana", "sosa"]));
            assert!(!lexicon.negations.single.is_empty() && !lexicon.auxiliaries.single.is_empty());
        }
        let spanish = Lexicon::parse(SPANISH_WORDS, Lang::Spanish).expect("parses");
        assert!(spanish.modals.multi.iter().any(|m| m == &["va", "a"]));
        assert!(Lexicon::parse("[nouns]\ncasa\n", Lang::Spanish).is_err());
        assert!(Lexicon::parse("casa\n", Lang::Spanish).is_err());
    }

    fn layout(lines: &[&str], lang: Lang) -> Vec<String> {
        let text = CueText::read(lines.iter().copied()).expect("text");
        let breaks = best_layout(&text, Lexicon::of(lang), 42, 2).expect("a layout");
        text.render(&breaks)
    }

    #[test]
    fn italics_are_closed_and_reopened_at_a_new_break() {
        let lines = layout(&["<i>Cada mes tomaba el camión de Durango a Ciudad Juárez.</i>"], Lang::Spanish);
        assert_eq!(lines, ["<i>Cada mes tomaba el camión</i>", "<i>de Durango a Ciudad Juárez.</i>"]);
        let lines = layout(&["<i>Ya casi</i>", "<i>llegamos.</i>"], Lang::Spanish);
        assert_eq!(lines, ["<i>Ya casi llegamos.</i>"]);
        let lines = layout(&["Dijo <i>nunca</i>", "y se fue."], Lang::Spanish);
        assert_eq!(lines, ["Dijo <i>nunca</i> y se fue."]);
    }

    #[test]
    fn dialogue_and_other_markup_are_left_alone() {
        assert!(CueText::read(["- ¿Vienes?", "- Ahora voy."]).is_none());
        let font = CueText::read(["<font color=\"red\">Hola</font> a todos"]).expect("text");
        assert!(!font.reflowable);
        let open = CueText::read(["<i>Hola a todos"]).expect("text");
        assert!(!open.reflowable);
        let an8 = CueText::read(["{\\an8}Cada mes tomaba el camión de Durango a Ciudad Juárez."]).expect("text");
        assert!(an8.reflowable);
        let breaks = best_layout(&an8, Lexicon::of(Lang::Spanish), 42, 2).expect("layout");
        assert_eq!(an8.render(&breaks)[0], "{\\an8}Cada mes tomaba el camión");
    }

    #[test]
    fn text_that_cannot_fit_is_not_forced() {
        let text = CueText::read(["a".repeat(50).as_str()]).expect("text");
        assert_eq!(best_layout(&text, Lexicon::of(Lang::Spanish), 42, 2), None);
        // Without word lists, only one line is tried.
        let text = CueText::read(["Ya casi", "llegamos."]).expect("text");
        assert_eq!(best_layout(&text, None, 42, 2), Some(Vec::new()));
        let long = CueText::read(["Cada mes tomaba el camión de Durango a Ciudad Juárez."]).expect("text");
        assert_eq!(best_layout(&long, None, 42, 2), None);
    }
}
