//! `rondas-cli generate PRESET [--seed N] -o OUT`: a seeded benchmark plan.

use crate::files::write;
use rondas::domain::format;
use rondas::domain::generate::{generate, GenSpec, PRESETS};

/// `generate`'s arguments.
#[derive(clap::Args)]
pub struct GenerateArgs {
    /// The preset: demo-like, medium, large, bilateral, or one of the first
    /// three with -tight (see `domain::generate`)
    #[arg(value_name = "PRESET")]
    preset: String,
    /// The seed of the generator (each preset has its own by default)
    #[arg(long, value_name = "N")]
    seed: Option<u64>,
    /// The plan file to write
    #[arg(short, value_name = "OUT")]
    out: String,
}

/// Writes the plan of the preset to OUT and says what it holds.
pub fn generate_cmd(args: &GenerateArgs) -> Result<String, String> {
    let (name, out) = (&args.preset, &args.out);
    let mut spec = GenSpec::preset(name)
        .ok_or_else(|| format!("generate: no preset \"{name}\"; the presets are {}", PRESETS.join(", ")))?;
    spec.seed = args.seed.unwrap_or(spec.seed);
    let plan = generate(&spec);
    write(out, &format::to_json(&plan))?;
    Ok(format!(
        "{out}: {} countries, {} delegates, {} offers, {} interests, {} slots, {} rooms (load {:.2})",
        plan.countries.len(),
        plan.delegates.len(),
        plan.offers.len(),
        plan.interests.len(),
        plan.event.slots.len(),
        plan.event.rooms.len(),
        spec.load()
    ))
}
