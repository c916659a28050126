//! The crate's one integration-test binary (each test binary links the whole SDK, so there is
//! one, with a module per concern). Tests that need a Cognito endpoint are `#[ignore]`d and run
//! by `scripts/test`, which starts moto.

mod catalog;
mod events;
mod fault_matrix;
mod federated;
#[path = "../support/http_faults.rs"]
mod http_faults;
mod in_memory;
mod lifecycle;
mod lifecycle_federated;
mod live;
mod live_faults;
mod live_federated;
mod live_lifecycle;
mod property;
mod provision_mock;
mod read_back;
mod resume;
mod review_page;
mod round_trips;
mod sdk_http;
#[path = "../support/seed.rs"]
mod seed;
#[cfg(feature = "serde")]
mod spec;
#[path = "../support/tampered.rs"]
mod tampered;
