//! Library benchmarks: parsing and canonical writing, with srtlib on the same bytes as the
//! baseline. Whole-process comparisons with the other peers live in `benches/compare.sh`.
//!
//! `cargo bench --bench parse` runs them; sizes are modest so that `cargo bench --no-run` stays
//! cheap in CI.
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use dejamos::srt::{ParseOptions, Rewrite, WriteOptions, parse_bytes, rewrite_times, write_subtitles};
use dejamos::time::Timestamp;
use std::hint::black_box;

const LINES: &[&str] = &[
    "¿Dónde estabas anoche?",
    "<i>Mañana salimos a las seis.</i>",
    "- ¿Qué quieres que te diga?",
    "- Lo siento, señora Núñez.",
    "Vámonos, el camión ya llegó.",
    "Where were you last night?",
    "We leave tomorrow at six.",
    "<i>Julián builds the house one wall at a time.</i>",
    "The bus to El Paso leaves at dawn.",
];

/// A deterministic SRT file of `cues` cues, one or two lines each, realistic timings.
fn generate(cues: usize) -> String {
    let mut out = String::with_capacity(cues * 80);
    let mut state: u64 = 0x2022_0dea_d0de;
    let mut next = move || {
        // xorshift64*: deterministic and dependency-free.
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        state.wrapping_mul(0x2545_f491_4f6c_dd1d)
    };
    let mut at = 1_000u64;
    for i in 1..=cues {
        let start = Timestamp::from_ms(at).unwrap_or(Timestamp::ZERO);
        let end = Timestamp::from_ms(at + 1_200 + next() % 4_000).unwrap_or(start);
        out.push_str(&format!("{i}\n{} --> {}\n", start.srt(), end.srt()));
        let lines = 1 + (next() % 2) as usize;
        for _ in 0..lines {
            out.push_str(LINES[(next() % LINES.len() as u64) as usize]);
            out.push('\n');
        }
        out.push('\n');
        at = end.ms() + 80 + next() % 2_000;
    }
    out.pop(); // one line break at the end, not a blank line
    out
}

fn parse_and_write(c: &mut Criterion) {
    let mut group = c.benchmark_group("srt");
    for cues in [1_000usize, 10_000] {
        let text = generate(cues);
        let bytes = text.as_bytes();
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_with_input(BenchmarkId::new("dejamos parse", cues), bytes, |b, bytes| {
            b.iter(|| parse_bytes(black_box(bytes), ParseOptions::default()).map(|doc| doc.cues.len()))
        });
        group.bench_with_input(BenchmarkId::new("dejamos parse+write", cues), bytes, |b, bytes| {
            b.iter(|| {
                parse_bytes(black_box(bytes), ParseOptions::default())
                    .map(|doc| write_subtitles(&doc.subtitles(), &WriteOptions::default()).len())
            })
        });
        group.bench_with_input(BenchmarkId::new("dejamos parse+rewrite", cues), bytes, |b, bytes| {
            b.iter(|| {
                parse_bytes(black_box(bytes), ParseOptions::default()).map(|doc| {
                    rewrite_times(&doc, |cue| {
                        match (cue.start.ms().checked_add(1000), cue.end.ms().checked_add(1000)) {
                            (Some(s), Some(e)) => match (Timestamp::from_ms(s), Timestamp::from_ms(e)) {
                                (Some(s), Some(e)) => Rewrite::Times(s, e),
                                _ => Rewrite::Keep,
                            },
                            _ => Rewrite::Keep,
                        }
                    })
                    .len()
                })
            })
        });
        group.bench_with_input(BenchmarkId::new("srtlib parse+write", cues), &text, |b, text| {
            b.iter(|| srtlib::Subtitles::parse_from_str(black_box(text.clone())).map(|subs| subs.to_string().len()))
        });
    }
    group.finish();
}

criterion_group!(benches, parse_and_write);
criterion_main!(benches);
