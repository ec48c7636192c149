//! `dejamos locales`.
use super::{GlobalArgs, Outcome};
use crate::error::Error;

/// Run the command.
pub fn run_check(_args: &super::LocalesCheckArgs, _global: &GlobalArgs) -> Result<Outcome, Error> {
    Err(Error::usage("this command is not built yet"))
}
