//! `rondas-cli generate PRESET [--seed N] -o OUT`: a seeded benchmark plan.

use crate::files::write;
use rondas::domain::format;
use rondas::domain::generate::{generate, GenSpec, PRESETS};

/// Writes the plan of the preset to OUT and says what it holds.
pub fn generate_cmd(args: &[String]) -> Result<String, String> {
    let (mut preset, mut seed, mut out) = (None, None, None);
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--seed" => {
                seed = Some(args.next().and_then(|n| n.parse::<u64>().ok()).ok_or("--seed takes a whole number")?)
            }
            "-o" => out = Some(args.next().ok_or("-o takes a file name")?),
            name if preset.is_none() && !name.starts_with('-') => preset = Some(name),
            other => return Err(format!("generate: unexpected argument \"{other}\"")),
        }
    }
    let (Some(name), Some(out)) = (preset, out) else { return Err(crate::usage()) };
    let mut spec = GenSpec::preset(name)
        .ok_or_else(|| format!("generate: no preset \"{name}\"; the presets are {}", PRESETS.join(", ")))?;
    spec.seed = seed.unwrap_or(spec.seed);
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
