//! crosscheck
#![forbid(unsafe_code)]
pub mod article;
pub mod error;
pub mod number;
mod lexicon;
pub mod span;
pub mod text;
pub mod time;
pub use article::Article;
pub use error::{Error, ErrorKind, Result};
pub use span::Span;
pub use time::Date;
