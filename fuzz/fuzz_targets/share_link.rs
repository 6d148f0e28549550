//! The share-link decoder: any fragment opens (or is ignored), never
//! panics; whatever it restores encodes and decodes back to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use refund_core::session::{decode, encode};

fuzz_target!(|fragment: &str| {
    if let Some((shared, _notices)) = decode(fragment) {
        let again = encode(&shared);
        let (round_trip, notices) = decode(&again).unwrap_or_default();
        assert_eq!(round_trip, shared, "decode(encode(x)) != x for {fragment:?}");
        assert!(notices.is_empty(), "a fresh link has notices: {notices:?}");
    }
});
