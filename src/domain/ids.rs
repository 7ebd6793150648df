//! Lookups by purchase id: one map type for every one of them, a purchase id to a pointer-sized
//! value (a purchase, or its index), with std's hasher. That is the shape of the map Yew keeps
//! for attributes, so the wasm holds one copy of the hash table code for all of them (measured:
//! a fast hash of our own made tierup's maps a second and third copy). SipHash on 10,000 short
//! ids is well under a millisecond.

use std::collections::HashMap;

pub type IdMap<'a, V> = HashMap<&'a str, V>;
