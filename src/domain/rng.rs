//! Seeded random numbers for the solver and the plan generator: SplitMix64,
//! the same on every platform, so a seed reproduces its result anywhere.

/// A SplitMix64 generator.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// The generator whose state is exactly `state`.
    pub fn from_state(state: u64) -> Self {
        Self(state)
    }

    /// The solver's generator of `seed`.
    pub fn new(seed: u64) -> Self {
        Self(seed ^ 0x5DEE_CE66_D1CE_4E5B)
    }

    /// The stream of `seed` for one `part` of a generated plan.
    pub fn stream(seed: u64, part: u64) -> Self {
        Self(seed ^ part.wrapping_mul(0xD1B5_4A32_D192_ED03))
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n`; 0 when `n` is 0.
    pub fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// In `lo..=hi` (by remainder: slightly uneven, fine for test data).
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next_u64() % (hi - lo + 1)
    }

    /// Uniform in `(0, 1]`.
    pub fn unit(&mut self) -> f64 {
        ((self.next_u64() >> 11) + 1) as f64 / (1u64 << 53) as f64
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next_u64() >> 11) as f64) < p * (1u64 << 53) as f64
    }

    /// One of `items`, or `None` when there is none.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        items.get(self.below(items.len()))
    }

    /// Shuffles `items` in place.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.below(i + 1));
        }
    }

    /// `k` of `items` drawn without replacement, each with chance in
    /// proportion to its weight (Efraimidis–Spirakis); weight 0 is never drawn.
    pub fn sample<T>(&mut self, items: impl Iterator<Item = (T, f64)>, k: usize) -> Vec<T> {
        let mut keyed: Vec<(f64, T)> =
            items.filter(|(_, w)| *w > 0.0).map(|(item, w)| (self.unit().ln() / w, item)).collect();
        keyed.sort_by(|a, b| b.0.total_cmp(&a.0));
        keyed.into_iter().take(k).map(|(_, item)| item).collect()
    }
}
