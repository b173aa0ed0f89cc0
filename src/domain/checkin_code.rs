//! A delegate's check-in code: six characters printed on their badge (and in
//! its QR code) that find them again when typed or scanned at the door.
//!
//! The code is made from the delegate's id alone, so it is the same on every
//! copy of the plan and on any device, offline. It uses Crockford's base 32
//! (no I, L, O or U), and reading it forgives case, spaces, dashes and the
//! letters people mistake for digits.

use crate::domain::ids::DelegateId;
use crate::domain::model::Delegate;
use crate::domain::Plan;

/// The 32 characters of a code, Crockford's base 32.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// How many characters a code has.
pub const CODE_LEN: usize = 6;

/// The check-in code of the delegate with this id: FNV-1a of the id, mixed by MurmurHash3's
/// finalizer (so ids that differ in one character get unrelated codes), as six base-32 digits.
pub fn checkin_code(id: &DelegateId) -> String {
    let mut hash =
        id.as_str().bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3));
    hash ^= hash >> 33;
    hash = hash.wrapping_mul(0xff51_afd7_ed55_8ccd);
    hash ^= hash >> 33;
    hash = hash.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    hash ^= hash >> 33;
    (0..CODE_LEN).map(|i| char::from(ALPHABET[((hash >> (5 * i)) & 31) as usize])).collect()
}

/// `typed` as a code: upper case, without spaces or dashes, with O read as 0 and I or L as 1;
/// `None` when it cannot be one.
pub fn normalize(typed: &str) -> Option<String> {
    let code: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        })
        .collect();
    (code.len() == CODE_LEN && code.bytes().all(|b| ALPHABET.contains(&b))).then_some(code)
}

/// The delegate whose code `typed` is, if exactly one has it.
pub fn find_by_code<'a>(plan: &'a Plan, typed: &str) -> Option<&'a Delegate> {
    let code = normalize(typed)?;
    let mut matching = plan.delegates.iter().filter(|d| checkin_code(&d.id) == code);
    let first = matching.next()?;
    matching.next().is_none().then_some(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_short_stable_and_forgiving() {
        let id = DelegateId::from("del-pe-1");
        let code = checkin_code(&id);
        assert_eq!(code.len(), CODE_LEN);
        assert_eq!(code, checkin_code(&id), "the same id gives the same code");
        let next = checkin_code(&DelegateId::from("del-pe-2"));
        let shared = code.chars().zip(next.chars()).filter(|(a, b)| a == b).count();
        assert!(shared <= 2, "neighbouring ids get unrelated codes: {code} {next}");
        let typed = format!(" {}-{} ", &code[..3], &code[3..]).to_lowercase();
        assert_eq!(normalize(&typed).as_deref(), Some(code.as_str()));
        assert_eq!(normalize("OIL000").as_deref(), Some("011000"));
        assert_eq!(normalize("ABC"), None);
        assert_eq!(normalize("UUUUUU"), None, "U is not a digit of the code");
    }

    #[test]
    fn finds_the_demo_delegates_by_their_codes() {
        let plan = crate::domain::demo::demo_plan().expect("the demo reads");
        for delegate in &plan.delegates {
            let found = find_by_code(&plan, &checkin_code(&delegate.id)).map(|d| &d.id);
            assert_eq!(found, Some(&delegate.id));
        }
        assert!(find_by_code(&plan, "").is_none());
    }
}
