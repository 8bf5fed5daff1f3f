//! The integration test binary: everything that goes through the public
//! API. Helpers are in `util`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod adversarial;
mod api;
mod claims_gold;
mod demo;
mod findings;
mod properties;
mod regressions;
mod samples;
mod scaling;
mod util;
