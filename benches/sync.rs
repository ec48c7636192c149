//! Time `retime --reference`'s fit on a feature-length pair: 1,500 cues at 23.976 fps, the input
//! converted 25 → 23.976, shifted by 1.2 s, with 3 s of material added after cue 400 and every
//! 25th cue missing (as in a loose translation).
use criterion::{Criterion, criterion_group, criterion_main};
use dejamos::bilingual::sync;
use dejamos::srt::{Subtitle, WriteOptions, parse_str, write_subtitles};
use dejamos::time::{FrameRate, Timestamp, mul_div_round};
use std::hint::black_box;

fn template(n: usize) -> Vec<(u64, u64)> {
    let rate = FrameRate::FILM;
    let mut state: u64 = 2022;
    let mut next = |m: u64| {
        state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) % m
    };
    let mut frame: i64 = 240;
    (0..n)
        .map(|_| {
            let duration = 24 + next(96) as i64;
            let gap = [2, 2, 2, 3, 6, 12, 24, 72][next(8) as usize];
            let cue = (rate.frames_to_ms(frame) as u64, rate.frames_to_ms(frame + duration) as u64);
            frame += duration + gap;
            cue
        })
        .collect()
}

fn srt(times: impl Iterator<Item = (u64, u64)>) -> String {
    let subs: Vec<Subtitle> = times
        .filter_map(|(s, e)| {
            Some(Subtitle {
                start: Timestamp::from_ms(s)?,
                end: Timestamp::from_ms(e)?,
                lines: vec!["Cada mes tomaba el camión a El Paso.".into()],
            })
        })
        .collect();
    write_subtitles(&subs, &WriteOptions::default())
}

fn bench_fit(c: &mut Criterion) {
    let times = template(1_500);
    let reference = parse_str(&srt(times.iter().copied()));
    let cut = times[399].1 + 40;
    let convert = |t: u64| {
        let t = if t > cut { t + 3_000 } else { t };
        mul_div_round(i128::from(t), 1001, 960) as u64 + 1_200
    };
    let input_times =
        times.iter().enumerate().filter(|(i, _)| i % 25 != 24).map(|(_, &(s, e))| (convert(s), convert(e)));
    let input = parse_str(&srt(input_times));
    report_accuracy(&input, &reference, &times);
    c.bench_function("fit 1500 cues (rate, offset, cut)", |b| {
        b.iter(|| sync::fit(black_box(&input), black_box(&reference), None))
    });
}

/// Print, once, how close the fitted map puts every input cue to its true reference time.
#[allow(clippy::print_stderr)]
fn report_accuracy(input: &dejamos::srt::Document, reference: &dejamos::srt::Document, times: &[(u64, u64)]) {
    let started = std::time::Instant::now();
    let Ok(fit) = sync::fit(input, reference, None) else {
        eprintln!("fit failed");
        return;
    };
    let elapsed = started.elapsed();
    let truth: Vec<(u64, u64)> = times.iter().enumerate().filter(|(i, _)| i % 25 != 24).map(|(_, &t)| t).collect();
    let (mut exact, mut frame, mut total) = (0, 0, 0);
    for (cue, &(s, e)) in input.cues.iter().zip(&truth) {
        let (Some(ms), Some(me)) = (fit.map(cue.start), fit.map(cue.end)) else { continue };
        let worst = ms.ms().abs_diff(s).max(me.ms().abs_diff(e));
        total += 1;
        exact += usize::from(worst <= 1);
        frame += usize::from(worst <= 42);
    }
    eprintln!(
        "fit: {} in {elapsed:?}; {exact}/{total} cues within 1 ms, {frame}/{total} within 1 frame; score {:.4}",
        fit.description, fit.score
    );
}

criterion_group!(benches, bench_fit);
criterion_main!(benches);
