//! Exact, lossless retiming: shift, scale, frame-rate conversion, two-point sync, ranges, snapping,
//! and sync to a reference file.
//!
//! The operations apply in this order, to each cue's ORIGINAL times:
//!
//! 1. `--shift DUR` (frames in the duration count at `--fps`, or at FROM of `--fps FROM:TO`);
//! 2. `--scale FACTOR` and `--fps FROM:TO` (t × FROM / TO);
//! 3. `--sync CUE=TIME`: one anchor fixes the offset, two fix offset and speed;
//! 4. `--snap`: to the nearest frame at `--fps` (TO of a conversion).
//!
//! Steps 1–3 compose into one exact rational affine map ([`plan::Affine`]), so a time is rounded
//! once (half away from zero, to the millisecond) and nothing drifts over a long file.
//! [`ops`] parses what the user typed, [`plan`] composes it, [`apply`] rewrites the document.
pub mod apply;
pub mod ops;
pub mod plan;

pub use apply::{ApplyOptions, Change, IssueKind, RetimeError, Retimed, TimingIssue, TimingIssues, retime};
pub use ops::{Anchor, FpsSpec, Operations, Ratio, Selection};
pub use plan::{Affine, Mapped, Plan, PlanError, TimeMap};
