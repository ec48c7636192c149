//! `retime --reference` on long synthetic pairs with known damage, through the real binary.
//!
//! The generator writes a Spanish file of 720 cues in the film's voice (Julián, the house he
//! builds in Jiménez, the bus to El Paso, family, work, memory), frame-accurate at 23.976, and
//! an English file of the same film spotted by another hand: some cues merged, some split, every
//! in- and out-time moved by up to two frames. It then damages a copy of the Spanish file (shifts,
//! frame-rate changes, cuts) and syncs it back to the English one with `dejamos retime
//! --reference`. A damaged case passes when at least 97% of the cue starts come back within one
//! frame of where they were; the identity and a 2-frame shift must come back byte for byte
//! (already in sync); no case may exit 2. `cargo test --test sync_cases -- --nocapture` prints
//! the per-case table (the README's benchmark section has the last one).
use assert_cmd::Command;
use dejamos::srt::parse_str;
use dejamos::time::{FrameRate, Timestamp, mul_div_round};
use std::path::Path;
use std::time::Instant;

/// Spanish clauses and their English translations: what the film's people say.
const CLAUSES: [(&str, &str); 20] = [
    ("Julián levanta otra pared de la casa", "Julián is putting up another wall of the house"),
    ("la casa de Jiménez sigue sin ventanas", "the house in Jiménez still has no windows"),
    ("el camión a El Paso sale antes del amanecer", "the bus to El Paso leaves before dawn"),
    ("mis hijas me esperan del otro lado", "my daughters are waiting for me on the other side"),
    ("trabajé treinta años en Estados Unidos", "I worked thirty years in the United States"),
    ("el cemento subió otra vez", "cement went up again"),
    ("mi esposa sembró ese nogal", "my wife planted that walnut tree"),
    ("ya no me acuerdo bien de su voz", "I don't really remember her voice anymore"),
    ("aquí va a ir la cocina", "this is where the kitchen goes"),
    ("en Chihuahua el sol quema desde temprano", "in Chihuahua the sun burns from early on"),
    ("los nietos vienen en diciembre", "the grandchildren are coming in December"),
    ("en la frontera revisan todo", "at the border they check everything"),
    ("cada mes cruzo el puente", "every month I cross the bridge"),
    ("a la fachada le falta pintura", "the front still needs paint"),
    ("nadie va a vivir en esta casa", "nobody is going to live in this house"),
    ("me duelen las rodillas de tanto subir", "my knees hurt from all the climbing"),
    ("el viaje a Durango son casi veinte horas", "the trip to Durango is almost twenty hours"),
    ("mi papá hacía adobes con sus manos", "my father made adobe bricks with his own hands"),
    ("la Iliana me sigue grabando", "Iliana keeps filming me"),
    ("en la noche el rancho se queda callado", "at night the ranch goes quiet"),
];

/// How a clause is said: Spanish opening and close, English opening and close.
const FORMS: [(&str, &str, &str, &str); 7] = [
    ("", ".", "", "."),
    ("Mira, ", ".", "Look, ", "."),
    ("Fíjate que ", ".", "You know, ", "."),
    ("Pues ", "...", "Well, ", "..."),
    ("¿De veras ", "?", "Is it true ", "?"),
    ("¡Ay, mija, ", "!", "Oh, honey, ", "!"),
    ("Yo creo que ", ".", "I think ", "."),
];

/// One frame at 23.976 in ms, rounded up: "within one frame".
const FRAME_MS: u64 = 42;

/// A deterministic linear congruential generator (same numbers everywhere).
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

/// A cue: times in ms and its lines.
#[derive(Clone, Debug)]
struct Cue {
    start: u64,
    end: u64,
    lines: Vec<String>,
}

/// A line in both languages.
fn sentence(rng: &mut Lcg) -> (String, String) {
    let (es, en) = CLAUSES[rng.below(CLAUSES.len() as u64) as usize];
    let (es_open, es_close, en_open, en_close) = FORMS[rng.below(FORMS.len() as u64) as usize];
    let capital = |text: &str| {
        let mut chars = text.chars();
        chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
    };
    // "Is it true" takes "that" before a clause: "Is it true that cement went up again?"
    let en = if en_open == "Is it true " { format!("that {en}") } else { en.to_string() };
    let es_text = if es_open.is_empty() { capital(es) } else { format!("{es_open}{es}") };
    let en_text = if en_open.is_empty() { capital(&en) } else { format!("{en_open}{en}") };
    (format!("{es_text}{es_close}"), format!("{en_text}{en_close}"))
}

/// The Spanish file and the English one, spotted independently from one picture.
fn film(n: usize) -> (Vec<Cue>, Vec<Cue>) {
    let rate = FrameRate::FILM;
    let ms = |frame: i64| rate.frames_to_ms(frame) as u64;
    let mut rng = Lcg(2022);
    let mut frame: i64 = 192; // 00:00:08,008, so a 7 s shift back stays on the timeline
    let mut template = Vec::with_capacity(n);
    for _ in 0..n {
        let duration = 24 + rng.below(96) as i64;
        let gap = [2, 2, 3, 6, 12, 24, 48, 96][rng.below(8) as usize];
        let lines = 1 + rng.below(2) as usize;
        let dialogue = lines == 2 && rng.below(3) == 0;
        let (mut es, mut en) = (Vec::new(), Vec::new());
        for _ in 0..lines {
            let (s, e) = sentence(&mut rng);
            es.push(if dialogue { format!("- {s}") } else { s });
            en.push(if dialogue { format!("-{e}") } else { e });
        }
        template.push((frame, frame + duration, es, en));
        frame += duration + gap;
    }
    let spanish: Vec<Cue> =
        template.iter().map(|(s, e, es, _)| Cue { start: ms(*s), end: ms(*e), lines: es.clone() }).collect();

    // The English subtitler merges some cues, splits some, and places every time by eye.
    let mut english: Vec<Cue> = Vec::new();
    let jitter = |rng: &mut Lcg| [-2i64, -1, 0, 0, 0, 1, 2][rng.below(7) as usize];
    let mut i = 0;
    while i < template.len() {
        let (start, end, _, en) = &template[i];
        let roll = rng.below(100);
        let mut pieces: Vec<(i64, i64, Vec<String>)> = Vec::new();
        if roll < 5 && i + 1 < template.len() {
            let (_, next_end, _, next_en) = &template[i + 1];
            pieces.push((*start, *next_end, en.iter().chain(next_en).cloned().collect()));
            i += 1;
        } else if roll < 11 && en.len() == 2 && end - start >= 60 {
            let middle = (start + end) / 2;
            pieces.push((*start, middle - 2, vec![en[0].clone()]));
            pieces.push((middle, *end, vec![en[1].clone()]));
        } else {
            pieces.push((*start, *end, en.clone()));
        }
        for (s, e, lines) in pieces {
            let previous_end = english.last().map_or(0, |c: &Cue| rate.ms_to_nearest_frame(c.end as i64) + 2);
            let s = (s + jitter(&mut rng)).max(previous_end);
            let e = (e + jitter(&mut rng)).max(s + 12);
            english.push(Cue { start: ms(s), end: ms(e), lines });
        }
        i += 1;
    }
    (spanish, english)
}

fn srt(cues: &[Cue]) -> String {
    let mut out = String::new();
    for (i, cue) in cues.iter().enumerate() {
        let start = Timestamp::from_ms(cue.start).expect("in range");
        let end = Timestamp::from_ms(cue.end).expect("in range");
        out.push_str(&format!("{}\n{start} --> {end}\n{}\n\n", i + 1, cue.lines.join("\n")));
    }
    out
}

/// A damaged copy: each cue with its true start (where it belongs), or dropped.
type Damage = Box<dyn Fn(&[Cue]) -> Vec<(Cue, u64)>>;

/// Every time through `f`.
fn remap(f: impl Fn(u64) -> u64 + 'static) -> Damage {
    Box::new(move |cues| {
        cues.iter().map(|c| (Cue { start: f(c.start), end: f(c.end), ..c.clone() }, c.start)).collect()
    })
}

/// Cuts at template cues `at` (the pause before that cue): a positive jump inserts material
/// there, a negative one removes it and the cues in it.
fn cuts(at: Vec<(usize, i64)>) -> Damage {
    Box::new(move |cues| {
        let mut out = Vec::new();
        for (i, c) in cues.iter().enumerate() {
            let mut shift = 0i64;
            let mut removed = false;
            for &(k, jump) in &at {
                if i < k {
                    continue;
                }
                // Removed material starts at the cut cue: a cue within `jump` of it is gone.
                if jump < 0 && c.start < cues[k].start + jump.unsigned_abs() {
                    removed = true;
                }
                shift += jump;
            }
            if !removed {
                let f = |t: u64| (t as i64 + shift) as u64;
                out.push((Cue { start: f(c.start), end: f(c.end), ..c.clone() }, c.start));
            }
        }
        out
    })
}

/// What one run did.
struct Outcome {
    code: i32,
    stdout: Vec<u8>,
    stderr: String,
    millis: f64,
}

fn run(dir: &Path, args: &[&str]) -> Outcome {
    let started = Instant::now();
    let output = Command::cargo_bin("dejamos").expect("binary").current_dir(dir).args(args).output().expect("run");
    Outcome {
        code: output.status.code().unwrap_or(-1),
        stdout: output.stdout,
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        millis: started.elapsed().as_secs_f64() * 1000.0,
    }
}

/// Whether a case must come back unchanged (in sync) or within a frame of the truth.
#[derive(Clone, Copy, PartialEq)]
enum Expect {
    Unchanged,
    Restored,
}

#[test]
#[allow(clippy::print_stderr)]
fn retime_reference_restores_every_damaged_case() {
    let (spanish, english) = film(720);
    assert!(spanish.len() >= 600);
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("en.srt"), srt(&english)).expect("write");
    let n = spanish.len();
    let ratio = |num: i128, den: i128| move |t: u64| mul_div_round(i128::from(t), num, den) as u64;
    let pal = ratio(1001, 960);
    let cases: Vec<(&str, Expect, Damage)> = vec![
        ("identity", Expect::Unchanged, remap(|t| t)),
        ("shift +2 frames", Expect::Unchanged, remap(|t| t + 83)),
        ("shift +3.2 s", Expect::Restored, remap(|t| t + 3_200)),
        ("shift −3.2 s", Expect::Restored, remap(|t| t - 3_200)),
        ("shift −7 s", Expect::Restored, remap(|t| t - 7_000)),
        ("fps 25 → 23.976", Expect::Restored, remap(pal)),
        ("fps 23.976 → 25", Expect::Restored, remap(ratio(960, 1001))),
        ("fps 25 → 23.976, shift +1.2 s", Expect::Restored, remap(move |t| pal(t) + 1_200)),
        ("fps 24 → 25 (PAL speed-up), shift −2 s", Expect::Restored, remap(move |t| ratio(24, 25)(t) - 2_000)),
        ("fps 30 → 29.97", Expect::Restored, remap(ratio(1001, 1000))),
        ("cut at 1/3, +2.5 s", Expect::Restored, cuts(vec![(n / 3, 2_500)])),
        ("cut at 1/2, +2.5 s", Expect::Restored, cuts(vec![(n / 2, 2_500)])),
        ("cut at 2/3, +2.5 s", Expect::Restored, cuts(vec![(2 * n / 3, 2_500)])),
        ("cut at 1/3, +0.6 s", Expect::Restored, cuts(vec![(n / 3, 600)])),
        ("cut at 1/2, +0.6 s", Expect::Restored, cuts(vec![(n / 2, 600)])),
        ("cut at 2/3, +0.6 s", Expect::Restored, cuts(vec![(2 * n / 3, 600)])),
        ("cut at 1/3, −2.5 s (material removed)", Expect::Restored, cuts(vec![(n / 3, -2_500)])),
        ("cut at 2/3, −0.6 s (material removed)", Expect::Restored, cuts(vec![(2 * n / 3, -600)])),
        ("two cuts: +1.5 s at 1/4, −2 s at 3/4", Expect::Restored, cuts(vec![(n / 4, 1_500), (3 * n / 4, -2_000)])),
        ("cut after cue 12, +2.6 s (short first part)", Expect::Restored, cuts(vec![(12, 2_600)])),
        ("cut after cue 7, +2.58 s (shorter first part)", Expect::Restored, cuts(vec![(7, 2_580)])),
        ("cut after cue 5, −2.58 s (shortest first part)", Expect::Restored, cuts(vec![(5, -2_580)])),
    ];
    let mut failures = Vec::new();
    eprintln!("\n| case | exit | result | cue starts within 1 frame | score | time | fit |");
    eprintln!("|---|---|---|---|---|---|---|");
    for (name, expect, damage) in &cases {
        let damaged = damage(&spanish);
        let input = srt(&damaged.iter().map(|(c, _)| c.clone()).collect::<Vec<_>>());
        std::fs::write(dir.path().join("es.srt"), &input).expect("write");
        let out = run(dir.path(), &["retime", "es.srt", "--reference", "en.srt"]);
        let fitted = out.stderr.lines().find(|l| l.contains("fitted to")).unwrap_or("").to_string();
        let fitted = fitted.split_once(": fitted to en.srt: ").map_or(fitted.as_str(), |(_, f)| f).to_string();
        // "offset …, 2 segments (…); score 95.8% (…); retimed": the transform and the score.
        let (transform, score) = fitted.split_once("; score ").unwrap_or((&fitted, ""));
        let score = score.split_once(' ').map_or(score, |(s, _)| s);
        let retimed = parse_str(&String::from_utf8_lossy(&out.stdout));
        let close = retimed
            .cues
            .iter()
            .zip(&damaged)
            .filter(|(cue, (_, truth))| cue.start.ms().abs_diff(*truth) <= FRAME_MS)
            .count();
        let share = close as f64 / damaged.len() as f64;
        let unchanged = out.stdout == input.as_bytes();
        let result = match expect {
            Expect::Unchanged if unchanged => "unchanged",
            Expect::Unchanged => "CHANGED",
            Expect::Restored if out.code == 0 && retimed.cues.len() == damaged.len() && share >= 0.97 => "restored",
            Expect::Restored => "NOT RESTORED",
        };
        eprintln!(
            "| {name} | {} | {result} | {close}/{} ({:.1}%) | {score} | {:.0} ms | {transform} |",
            out.code,
            damaged.len(),
            share * 100.0,
            out.millis,
        );
        if out.code == 2 || !matches!(result, "unchanged" | "restored") {
            failures.push(format!("{name}: exit {}, {result}, {:.1}%\n{}", out.code, share * 100.0, out.stderr));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A file 3.2 s late whose middle third was retimed by hand, badly, fails the quality gate: nothing is
/// written, the exit code is 1 and the message names the score and the worst stretch; `--force`
/// writes it anyway, and `--dry-run` shows the plan without writing.
#[test]
fn the_quality_gate_refuses_a_poor_fit_and_dry_run_shows_the_plan() {
    let (spanish, english) = film(720);
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("en.srt"), srt(&english)).expect("write");
    let mut rng = Lcg(99);
    let third = spanish.len() / 3;
    let garbled: Vec<Cue> = spanish
        .iter()
        .enumerate()
        .map(|(i, c)| {
            if (third..2 * third).contains(&i) {
                // Each cue moved by its own 0.3–1.2 s, either way: no offset fits them.
                let by = 300 + rng.below(900);
                let (start, end) =
                    if rng.below(2) == 0 { (c.start + by, c.end + by) } else { (c.start - by, c.end - by) };
                Cue { start: start + 3_200, end: end + 3_200, ..c.clone() }
            } else {
                Cue { start: c.start + 3_200, end: c.end + 3_200, ..c.clone() }
            }
        })
        .collect();
    std::fs::write(dir.path().join("es.srt"), srt(&garbled)).expect("write");

    let out = run(dir.path(), &["retime", "es.srt", "--reference", "en.srt", "-o", "out.srt"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(!dir.path().join("out.srt").exists(), "nothing is written");
    assert!(out.stderr.contains("below the 90% threshold"), "{}", out.stderr);
    assert!(out.stderr.contains("worst stretch: cues "), "{}", out.stderr);

    let out = run(dir.path(), &["retime", "es.srt", "--reference", "en.srt", "--dry-run"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let plan = String::from_utf8_lossy(&out.stdout);
    assert!(plan.contains("dry run, nothing written"), "{plan}");
    assert!(plan.contains("segment 1: cues 1–"), "{plan}");
    assert!(plan.contains("score: "), "{plan}");
    assert!(plan.contains("verdict: would write nothing"), "{plan}");

    let out = run(dir.path(), &["retime", "es.srt", "--reference", "en.srt", "--force", "-o", "out.srt"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(dir.path().join("out.srt").exists());
    assert!(out.stderr.contains("--force: written with a score below"), "{}", out.stderr);
}

/// A plan with a cut: `--dry-run` names the cut with the offsets on both sides, and writes
/// nothing even with `-o`; `--min-cut` above the jump folds the two segments into one.
#[test]
fn dry_run_reports_cuts_and_min_cut_is_configurable() {
    let (spanish, english) = film(720);
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("en.srt"), srt(&english)).expect("write");
    let damaged: Vec<Cue> = cuts(vec![(360, 2_500)])(&spanish).into_iter().map(|(c, _)| c).collect();
    std::fs::write(dir.path().join("es.srt"), srt(&damaged)).expect("write");
    let out = run(dir.path(), &["retime", "es.srt", "--reference", "en.srt", "--dry-run", "-o", "out.srt"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(!dir.path().join("out.srt").exists());
    let plan = String::from_utf8_lossy(&out.stdout);
    assert!(plan.contains("rate: unchanged"), "{plan}");
    assert!(plan.contains("segment 2: cues 361–720"), "{plan}");
    assert!(plan.contains(": +0.000 s → −2.500 s (jump −2.500 s)"), "{plan}");
    assert!(plan.contains("verdict: would write the retimed file"), "{plan}");

    let out = run(dir.path(), &["retime", "es.srt", "--reference", "en.srt", "--dry-run", "--min-cut", "3s"]);
    let plan = String::from_utf8_lossy(&out.stdout);
    assert!(!plan.contains("segment 2"), "{plan}");
    // One offset for the whole file leaves half the cues 2.5 s off: refused.
    assert_eq!(out.code, 1, "{plan}");

    // `pair` reports the same transform, English onto the damaged Spanish, in its summary.
    let out = run(dir.path(), &["pair", "es.srt", "en.srt", "--format", "human"]);
    assert_ne!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr.contains("sync en.srt → es.srt: offset +0.000 s, 2 segments (cut at ")
            && out.stderr.contains(": +0.000 s → +2.500 s); score "),
        "{}",
        out.stderr
    );
}

/// A file two frames off, stored as Windows-1252 with CRLF line ends and stray spacing, is
/// already in sync: `-o` gets it byte for byte and `-i` leaves it untouched; `--force` applies
/// the 2-frame fit.
#[test]
fn a_file_already_in_sync_is_written_back_byte_for_byte() {
    let (spanish, english) = film(720);
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("en.srt"), srt(&english)).expect("write");
    let late: Vec<Cue> = spanish.iter().map(|c| Cue { start: c.start + 83, end: c.end + 83, ..c.clone() }).collect();
    let text = srt(&late).replace("\n", "\r\n").replace(" --> ", "  -->  ");
    let bytes: Vec<u8> = text.chars().map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?')).collect();
    std::fs::write(dir.path().join("es.srt"), &bytes).expect("write");

    let out = run(dir.path(), &["retime", "es.srt", "--reference", "en.srt", "-o", "out.srt"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.contains("already in sync"), "{}", out.stderr);
    assert_eq!(std::fs::read(dir.path().join("out.srt")).expect("written"), bytes);

    let out = run(dir.path(), &["retime", "es.srt", "--reference", "en.srt", "-i", "--backup"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(std::fs::read(dir.path().join("es.srt")).expect("read"), bytes);
    assert!(!dir.path().join("es.srt.bak").exists(), "nothing was rewritten, so nothing was backed up");

    let out = run(dir.path(), &["retime", "es.srt", "--reference", "en.srt", "--force", "-o", "forced.srt"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let forced = std::fs::read(dir.path().join("forced.srt")).expect("written");
    assert_ne!(forced, bytes);
    assert!(String::from_utf8_lossy(&forced).contains("00:00:08,008  -->  "), "times move, spelling stays");
}
