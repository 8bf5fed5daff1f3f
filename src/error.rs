//! The one error type of the crate.

use core::fmt;

/// A specialized `Result` whose error is [`Error`].
pub type Result<T, E = Error> = core::result::Result<T, E>;

/// The error returned for bad input, bad configuration and inputs over a
/// limit.
///
/// "Nothing found" is never an error: an article without figures yields an
/// empty list of claims. Errors are reserved for input that cannot be
/// processed as given. Each error names the offending article (when there
/// is one) and field, and says what was expected and what was found.
///
/// Branch on [`Error::kind`]; the message is for people.
///
/// # Example
///
/// ```
/// use crosscheck::{Article, ErrorKind};
///
/// let err = Article::new("afp-1", "text").published("2025-13-01").unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::InvalidInput);
/// assert_eq!(err.article(), Some("afp-1"));
/// assert_eq!(err.field(), Some("published"));
/// assert_eq!(
///     err.to_string(),
///     "article `afp-1`: field `published`: expected a calendar date as \
///      YYYY-MM-DD, found `2025-13-01`",
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    article: Option<String>,
    field: Option<&'static str>,
    detail: Detail,
}

/// The coarse category of an [`Error`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// An article or its metadata is malformed: an empty or duplicate id, an
    /// unparseable publication date.
    InvalidInput,
    /// A configuration value is out of its documented range.
    InvalidConfig,
    /// An input exceeds a configured limit (article size, number of
    /// articles, mentions per article).
    LimitExceeded,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub(crate) enum Detail {
    #[error(
        "expected a non-empty article id, found an empty one (article #{0} of the input, counting from 0)"
    )]
    EmptyId(usize),
    #[error("expected unique article ids, found `{0}` more than once")]
    DuplicateId(String),
    #[error("expected a calendar date as YYYY-MM-DD, found `{0}`")]
    InvalidDate(String),
    #[error("expected {expected}, found {found}")]
    InvalidConfig { expected: &'static str, found: String },
    #[error("expected at most {limit} {unit}, found {found}")]
    Limit { limit: usize, found: usize, unit: &'static str },
}

impl Error {
    /// The category of this error.
    #[must_use]
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The id of the article this error concerns, if any.
    #[must_use]
    pub fn article(&self) -> Option<&str> {
        self.article.as_deref()
    }

    /// The input or configuration field this error concerns, if any
    /// (`"id"`, `"published"`, `"text"`, `"articles"`, or a configuration
    /// field such as `"compare.approx_tolerance"`).
    #[must_use]
    pub fn field(&self) -> Option<&'static str> {
        self.field
    }

    pub(crate) fn input(article: Option<&str>, field: &'static str, detail: Detail) -> Error {
        Error {
            kind: ErrorKind::InvalidInput,
            article: article.map(str::to_owned),
            field: Some(field),
            detail,
        }
    }

    pub(crate) fn config(field: &'static str, expected: &'static str, found: String) -> Error {
        Error {
            kind: ErrorKind::InvalidConfig,
            article: None,
            field: Some(field),
            detail: Detail::InvalidConfig { expected, found },
        }
    }

    pub(crate) fn limit(
        article: Option<&str>,
        field: &'static str,
        limit: usize,
        found: usize,
        unit: &'static str,
    ) -> Error {
        Error {
            kind: ErrorKind::LimitExceeded,
            article: article.map(str::to_owned),
            field: Some(field),
            detail: Detail::Limit { limit, found, unit },
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(a) = &self.article {
            write!(f, "article `{a}`: ")?;
        }
        if let Some(field) = self.field {
            write!(f, "field `{field}`: ")?;
        }
        write!(f, "{}", self.detail)
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_article_and_field() {
        let cases = [
            (
                Error::input(Some("a"), "id", Detail::DuplicateId("a".into())),
                "article `a`: field `id`: expected unique article ids, found `a` more than once",
            ),
            (
                Error::config("compare.approx_tolerance", "a number in [0, 1)", "1.5".into()),
                "field `compare.approx_tolerance`: expected a number in [0, 1), found 1.5",
            ),
            (
                Error::limit(Some("x"), "text", 10, 11, "bytes"),
                "article `x`: field `text`: expected at most 10 bytes, found 11",
            ),
        ];
        for (err, want) in cases {
            assert_eq!(err.to_string(), want);
        }
    }
}
