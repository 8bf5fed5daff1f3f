//! Configuration of a whole run: one section per stage, plus limits.

use crate::align::AlignConfig;
use crate::compare::CompareConfig;
use crate::error::{Error, Result};
use crate::number::NumberConfig;
use crate::time::TimeConfig;

/// Bounds on the work one call may do. An input over a limit is an
/// [`ErrorKind::LimitExceeded`](crate::ErrorKind::LimitExceeded) error
/// naming the article, never a hang.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default))]
#[non_exhaustive]
pub struct Limits {
    /// Largest article text, in bytes. Default: 16 MiB.
    pub max_article_bytes: usize,
    /// Most articles in one call. Default: 100,000.
    pub max_articles: usize,
    /// Most number and time mentions in one article. Default: 200,000.
    pub max_mentions_per_article: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_article_bytes: 16 << 20,
            max_articles: 100_000,
            max_mentions_per_article: 200_000,
        }
    }
}

/// The configuration of [`check`](crate::check): one section per stage.
///
/// Every field has a documented default; [`Config::validate`] checks the
/// ranges, and [`check`](crate::check) calls it.
///
/// ```
/// use crosscheck::Config;
///
/// let mut config = Config::default();
/// config.number.approx_tolerance = 0.1; // "about 600" is 540..660
/// config.compare.min_confidence = 0.5;  // report only likely findings
/// assert!(config.validate().is_ok());
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default))]
#[non_exhaustive]
pub struct Config {
    /// The number stage.
    pub number: NumberConfig,
    /// The time stage.
    pub time: TimeConfig,
    /// Alignment of claims across articles.
    pub align: AlignConfig,
    /// Comparison of aligned claims.
    pub compare: CompareConfig,
    /// Limits on input size.
    pub limits: Limits,
}

impl Config {
    /// Checks every value against its documented range.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidConfig`](crate::ErrorKind::InvalidConfig) naming
    /// the first field out of range.
    pub fn validate(&self) -> Result<()> {
        self.number.validate()?;
        self.time.validate()?;
        self.align.validate()?;
        self.compare.validate()?;
        let l = &self.limits;
        if l.max_article_bytes == 0 {
            return Err(Error::config(
                "limits.max_article_bytes",
                "a positive number of bytes",
                "0".to_owned(),
            ));
        }
        if l.max_articles == 0 {
            return Err(Error::config(
                "limits.max_articles",
                "a positive number of articles",
                "0".to_owned(),
            ));
        }
        if l.max_mentions_per_article == 0 {
            return Err(Error::config(
                "limits.max_mentions_per_article",
                "a positive number of mentions",
                "0".to_owned(),
            ));
        }
        Ok(())
    }
}

/// Checks that `v` is a probability.
pub(crate) fn check_probability(field: &'static str, v: f64) -> Result<()> {
    if (0.0..=1.0).contains(&v) {
        Ok(())
    } else {
        Err(Error::config(field, "a probability in [0, 1]", v.to_string()))
    }
}
