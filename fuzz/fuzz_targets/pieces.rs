//! `check` in pieces against `check` of the whole file, on arbitrary text. Whenever the scan
//! agrees to read a file in pieces, the pieces must find exactly what the whole-file check
//! finds, in the same order, with the same fixes. Pieces are tiny here (a few cues) so that
//! every short input has seams.
//!
//! The first byte picks the language and the piece sizes.
#![no_main]
use dejamos::check::config::{CliSettings, ConfigSource, Resolver};
use dejamos::check::engine::{Engine, FileSettings};
use dejamos::check::pieces::{FileFacts, MIN_CONTEXT, Outline, Sizes};
use dejamos::check::rule::Lang;
use dejamos::decode::{EncodingSource, TextEncoding};
use dejamos::srt::parse_str;
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, bytes)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(bytes);
    let engine = Engine::new();
    let Ok(mut resolver) = Resolver::new(engine.infos(), &CliSettings::default(), ConfigSource::Isolated) else {
        return;
    };
    let Ok(settings) = resolver.settings_for(Path::new("fuzz.srt")) else { return };
    let lang = [Lang::Spanish, Lang::English, Lang::Other][usize::from(selector % 3)];
    let sizes =
        Sizes { core: 2 + usize::from(selector / 3 % 5), context: MIN_CONTEXT + usize::from(selector / 15 % 3) };
    let facts = FileFacts { encoding: TextEncoding::UTF_8, encoding_source: EncodingSource::ValidUtf8, bom: false };
    // Half the time as if the language were unknown before reading the file.
    let known = (selector & 0x80 == 0).then_some(lang);
    let Ok(outline) = Outline::scan(&text, facts, known, sizes) else { return };
    let file = FileSettings {
        lang,
        fps: settings.fps,
        thresholds: settings.thresholds(lang),
        rules: &settings.rules,
        timing: settings.timing.clone(),
    };
    let whole = engine.check(&parse_str(&text), &file);
    let pieces: Vec<_> = (0..outline.pieces()).flat_map(|k| outline.check_piece(k, &text, &engine, &file)).collect();
    assert_eq!(pieces, whole, "pieces differ from the whole file (sizes {sizes:?}, {lang:?})");
});
