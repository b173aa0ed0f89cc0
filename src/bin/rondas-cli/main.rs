//! `rondas-cli`: the Rondas core on files, without a browser.
//!
//! The commands, their arguments and their help are declared once, with
//! clap, in [`args`]: `rondas-cli --help` lists them, `rondas-cli help
//! COMMAND` (or `COMMAND --help`) tells one. Each command is a function from
//! its arguments to the text it prints, or to the message of its failure
//! (printed on stderr, exit code 1).
//!
//! The command line is native only: built for wasm32 (as `clippy --bins`
//! does) it is an empty program, so clap never reaches the browser's wasm.

/// Declares items for native targets only.
macro_rules! native {
    ($($item:item)*) => { $( #[cfg(not(target_arch = "wasm32"))] $item )* };
}

native! {
    mod args;
    mod explain;
    mod export_csv;
    mod export_ics;
    mod files;
    mod generate;
    mod lang;
    mod merge;
    mod plan;
    mod replan;
    mod report;
    mod respond;
    mod schedule;
    mod select;

    fn main() -> std::process::ExitCode {
        use clap::Parser;
        use std::io::Write;
        use std::process::ExitCode;
        let result = match args::Cli::try_parse() {
            Ok(cli) => lang::choose(cli.lang.as_deref()).and_then(|()| cli.command.run()),
            // `--help` and `--version` are answers, not failures.
            Err(e) if !e.use_stderr() => Ok(e.to_string()),
            Err(e) => Err(e.to_string()),
        };
        // Written, not printed: a closed pipe (`| head`) is not a reason to panic.
        match result {
            Ok(out) => {
                let _ = writeln!(std::io::stdout(), "{}", out.trim_end());
                ExitCode::SUCCESS
            }
            Err(message) => {
                let _ = writeln!(std::io::stderr(), "{}", message.trim_end());
                ExitCode::FAILURE
            }
        }
    }
}

/// The command line is native only.
#[cfg(target_arch = "wasm32")]
fn main() {}
