//! Lookups by purchase id: one map type for every one of them, a purchase id to an index, with
//! std's hasher. One key and value type means one copy of the hash table code in the wasm, and
//! `(&str, usize)` is pointer-sized like the map Yew keeps for attributes (measured: a fast
//! hash of our own made tierup's maps a second and third copy, and maps to `&Purchase` beside
//! this one cost 307 B gzip). SipHash on 10,000 short ids is well under a millisecond.

use std::collections::HashMap;

use super::Purchase;

pub type IdMap<'a> = HashMap<&'a str, usize>;

/// Where each of `purchases` is, by id (the last one, should two share an id).
pub fn index_by_id(purchases: &[Purchase]) -> IdMap<'_> {
    purchases.iter().enumerate().map(|(i, p)| (&*p.id, i)).collect()
}
