//! The `dejamos` binary: parse arguments, run, map the outcome to an exit code.
use std::process::ExitCode;

// mimalloc reuses freed pages instead of returning them to the kernel and refaulting them,
// which is where a third of a large file's parse time went with the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    dejamos::cli::main()
}
