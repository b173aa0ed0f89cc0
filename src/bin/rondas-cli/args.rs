//! Splitting a subcommand's arguments into positional ones, options with a
//! value (`-o OUT`) and flags (`--accept-conflicts`).

/// A subcommand's arguments, split.
pub struct Args {
    /// The arguments that are neither options nor their values, in order.
    pub positional: Vec<String>,
    options: Vec<(String, String)>,
    flags: Vec<String>,
}

impl Args {
    /// Splits `args`, knowing the `options` that take a value and the `flags`.
    pub fn parse(args: &[String], options: &[&str], flags: &[&str]) -> Result<Self, String> {
        let mut parsed = Self { positional: Vec::new(), options: Vec::new(), flags: Vec::new() };
        let mut rest = args.iter();
        while let Some(arg) = rest.next() {
            if options.contains(&arg.as_str()) {
                let value = rest.next().ok_or_else(|| format!("option {arg} needs a value"))?;
                if parsed.value(arg).is_some() {
                    return Err(format!("option {arg} is given twice"));
                }
                parsed.options.push((arg.clone(), value.clone()));
            } else if flags.contains(&arg.as_str()) {
                parsed.flags.push(arg.clone());
            } else if arg.starts_with('-') && arg.len() > 1 {
                return Err(format!("unknown option {arg}"));
            } else {
                parsed.positional.push(arg.clone());
            }
        }
        Ok(parsed)
    }

    /// The value of an option, if given.
    pub fn value(&self, option: &str) -> Option<&str> {
        self.options.iter().find(|(o, _)| o == option).map(|(_, v)| v.as_str())
    }

    /// Whether a flag is given.
    pub fn flag(&self, flag: &str) -> bool {
        self.flags.iter().any(|f| f == flag)
    }
}
