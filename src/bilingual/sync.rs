//! Finding the timing transform that maps one language's file onto the other's.
use crate::error::{Error, Result};
use crate::srt::Document;
use crate::time::{FrameRate, Timestamp};

/// The transform found by [`fit`].
#[derive(Debug, Clone)]
pub struct SyncFit {
    /// Human description: offset, rate factor, cut points.
    pub description: String,
    /// Share of INPUT cues that overlap a reference cue after mapping (0..=1).
    pub overlap: f64,
}

impl SyncFit {
    /// Map one time of INPUT onto the reference's timeline (`None` if it would be negative).
    pub fn map(&self, time: Timestamp) -> Option<Timestamp> {
        Some(time)
    }
}

/// Find the transform that best maps `input` onto `reference`.
pub fn fit(input: &Document, reference: &Document, fps: Option<FrameRate>) -> Result<SyncFit> {
    let _ = (input, reference, fps);
    Err(Error::usage("sync to a reference is not built yet"))
}
