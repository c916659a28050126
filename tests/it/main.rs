//! The crate's one integration-test binary (each test binary links the whole SDK, so there is
//! one, with a module per concern).

mod property;
mod review_page;
