//! `dejamos check`.
use super::{GlobalArgs, Outcome};
use crate::error::Error;

/// Run the command.
pub fn run(_args: &super::CheckArgs, _global: &GlobalArgs) -> Result<Outcome, Error> {
    Err(Error::usage("this command is not built yet"))
}
