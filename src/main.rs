//! The `dejamos` binary: parse arguments, run, map the outcome to an exit code.
//!
//! The command line ([`cli`]) lives here, not in the library: clap, completions, the man page,
//! progress bars and terminal output are the binary's concern, and the library never sees them.
use std::process::ExitCode;

mod cli;

// mimalloc reuses freed pages instead of returning them to the kernel and refaulting them,
// which is where a third of a large file's parse time went with the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    cli::main()
}
