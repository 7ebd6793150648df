//! Sets and maps keyed by purchase id, with a fast hash. std's SipHash defends servers against
//! keys chosen by an attacker; one person's ledger in their own browser needs speed instead
//! (loading or changing 10,000 purchases hashes every id once or twice).

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

pub type IdSet<'a> = HashSet<&'a str, BuildHasherDefault<Fnv>>;
pub type IdMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// FNV-1a, 64 bits, with a final mix: ids differ in a few characters and end alike, and the
/// table places keys by the hash's high bits, which plain FNV leaves clumped.
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        // MurmurHash3's 64-bit finaliser.
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }
}
