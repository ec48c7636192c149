//! Retiming throughput on a generated feature-length-times-many SRT (about 100 MB by default).
//!
//! `cargo bench --bench retime`; set `DEJAMOS_BENCH_MB` to change the size (e.g. 4 for a quick
//! run). Measures the whole library path of `dejamos retime --shift 1s` (decode, parse, plan,
//! rewrite, encode) and, separately, the rewrite alone on an already parsed document.
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dejamos::decode;
use dejamos::retime::{ApplyOptions, FpsSpec, Operations, Plan, retime};
use dejamos::srt::{ParseOptions, parse_bytes};
use dejamos::time::{Timestamp, TypedDuration};
use std::hint::black_box;
use std::time::Duration;

const LINES: [&str; 8] = [
    "¿Ya te vas a El Paso otra vez, abuelo?",
    "Cada mes, mija. Desde hace treinta años.",
    "<i>El camión sale a las seis de la mañana.</i>",
    "- ¿Y quién te va a esperar allá?",
    "Aquí voy a construir la casa.",
    "Every month, for thirty years now.",
    "-Who's going to pick you up there?",
    "¡Ándale! Pásame esos ladrillos.",
];

/// A deterministic SRT of about `megabytes` MB: 1–2 lines per cue, realistic durations and gaps.
fn generate(megabytes: usize) -> Vec<u8> {
    let target = megabytes * 1_000_000;
    let mut out = String::with_capacity(target + 256);
    let mut seed: u64 = 0x5eed;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut t = 1_000u64;
    let mut index = 1u64;
    while out.len() < target {
        let duration = 900 + next() % 4_600;
        let gap = [0, 40, 80, 120, 250, 500, 1_200, 3_000][(next() % 8) as usize];
        let (start, end) =
            (Timestamp::from_ms(t).unwrap_or_default(), Timestamp::from_ms(t + duration).unwrap_or_default());
        out.push_str(&format!("{index}\n{start} --> {end}\n{}\n", LINES[(next() % 8) as usize]));
        if next() % 2 == 0 {
            out.push_str(LINES[(next() % 8) as usize]);
            out.push('\n');
        }
        out.push('\n');
        t += duration + gap;
        index += 1;
    }
    out.into_bytes()
}

fn run(bytes: &[u8], ops: &Operations) -> Vec<u8> {
    let doc = parse_bytes(bytes, ParseOptions::default()).unwrap_or_else(|e| panic!("parse: {e}"));
    let plan = Plan::build(ops, &doc).unwrap_or_else(|e| panic!("plan: {e}"));
    let done = retime(&doc, &plan, ApplyOptions::default()).unwrap_or_else(|e| panic!("retime: {e}"));
    decode::encode(&done.text, doc.encoding, doc.bom).unwrap_or_else(|e| panic!("encode: {e}"))
}

fn bench(c: &mut Criterion) {
    let megabytes = std::env::var("DEJAMOS_BENCH_MB").ok().and_then(|v| v.parse().ok()).unwrap_or(100);
    let bytes = generate(megabytes);
    let shift = Operations { shift: Some(TypedDuration::Millis(1_000)), ..Operations::default() };
    let convert = Operations { fps: FpsSpec::parse("25:23.976").ok(), snap: true, ..Operations::default() };
    let mut group = c.benchmark_group("retime");
    group.throughput(Throughput::Bytes(bytes.len() as u64));
    group.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(15));
    group
        .bench_function(format!("shift 1s, {megabytes} MB, whole path"), |b| b.iter(|| run(black_box(&bytes), &shift)));
    group.bench_function(format!("fps 25:23.976 + snap, {megabytes} MB, whole path"), |b| {
        b.iter(|| run(black_box(&bytes), &convert))
    });
    let doc = parse_bytes(&bytes, ParseOptions::default()).unwrap_or_else(|e| panic!("parse: {e}"));
    let plan = Plan::build(&shift, &doc).unwrap_or_else(|e| panic!("plan: {e}"));
    group.bench_function(format!("shift 1s, {megabytes} MB, rewrite only"), |b| {
        b.iter(|| retime(black_box(&doc), &plan, ApplyOptions::default()).map(|done| done.text.len()))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
