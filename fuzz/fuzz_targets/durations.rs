//! The durations, times and frame rates people type: never panic, never wrap around.
#![no_main]
use dejamos::time::{FrameRate, MAX_MS, TypedDuration, parse_duration, parse_time};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // Split "duration|rate" so that frames meet arbitrary rates too.
    let (duration_text, rate_text) = text.split_once('|').unwrap_or((text, "23.976"));
    let rate = FrameRate::parse(rate_text);
    if let Some(rate) = rate {
        assert!(rate.num() > 0 && rate.den() > 0);
        let shown = rate.to_string();
        assert!(!shown.is_empty());
        for ms in [0, 1, 41, 1001, 3_600_000, MAX_MS as i64] {
            let frame = rate.ms_to_nearest_frame(ms);
            let back = rate.frames_to_ms(frame);
            assert!(back >= 0, "{ms} ms at {rate} → frame {frame} → {back} ms");
            let _ = rate.snap_ms(ms);
            let _ = rate.whole_frames(ms);
            let _ = rate.frames_covering(ms as u64);
        }
    }
    match parse_duration(duration_text) {
        Ok(TypedDuration::Millis(ms)) => assert!(ms.unsigned_abs() <= MAX_MS, "{duration_text} → {ms}"),
        Ok(typed @ TypedDuration::Frames(frames)) => {
            if let Some(rate) = rate {
                let resolved = typed.resolve(Some(rate));
                if let Ok(ms) = resolved {
                    // The sign of a frame count survives conversion (no wrap-around).
                    assert!(frames == 0 || ms == 0 || (ms < 0) == (frames < 0), "{frames}f at {rate} → {ms} ms");
                }
            }
            assert!(typed.resolve(None).is_err());
        }
        Ok(typed @ TypedDuration::Timecode { .. }) => assert!(typed.resolve(None).is_err()),
        Err(message) => assert!(!message.to_string().is_empty(), "an error says what is wrong"),
    }
    if let Ok(time) = parse_time(duration_text) {
        assert!(time.ms() <= MAX_MS);
        assert_eq!(parse_time(&time.srt()), Ok(time), "canonical form reparses");
    }
});
