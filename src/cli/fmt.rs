//! `dejamos fmt`.
use super::{GlobalArgs, Outcome};
use crate::error::Error;

/// Run the command.
pub fn run(_args: &super::FmtArgs, _global: &GlobalArgs) -> Result<Outcome, Error> {
    Err(Error::usage("this command is not built yet"))
}
