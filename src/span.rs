//! Byte ranges into article text.

use core::fmt;
use core::ops::{Index, Range};

/// A half-open byte range `[start, end)` into a UTF-8 article text.
///
/// Every span produced by crosscheck satisfies `start <= end`, lies inside
/// the text it was produced from, and falls on `char` boundaries, so
/// `&text[span]` never panics for that text and always yields the cited
/// words.
///
/// With the `serde` feature a span serializes as a two-element array
/// `[start, end]`.
///
/// # Example
///
/// ```
/// use crosscheck::Span;
///
/// let text = "about 600 people";
/// let span = Span::new(6, 9);
/// assert_eq!(&text[span], "600");
/// assert_eq!(span.len(), 3);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// Creates a span. If `end < start`, the span is empty at `start`.
    #[must_use]
    pub const fn new(start: usize, end: usize) -> Span {
        if end < start { Span { start, end: start } } else { Span { start, end } }
    }

    /// Length in bytes.
    #[must_use]
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no bytes.
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// True when the two spans share at least one byte.
    #[must_use]
    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies entirely inside `self`.
    #[must_use]
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The smallest span covering both.
    #[must_use]
    pub fn cover(self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }

    /// The text at this span, or `None` when the span is out of bounds or
    /// not on `char` boundaries of `text`.
    ///
    /// ```
    /// use crosscheck::Span;
    /// assert_eq!(Span::new(0, 2).get("héllo"), None); // splits 'é'
    /// assert_eq!(Span::new(0, 3).get("héllo"), Some("hé"));
    /// ```
    #[must_use]
    pub fn get(self, text: &str) -> Option<&str> {
        text.get(self.start..self.end)
    }

    /// The span as a `Range<usize>`.
    #[must_use]
    pub const fn range(self) -> Range<usize> {
        self.start..self.end
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// Indexes a `str` by a span.
///
/// # Panics
///
/// Panics, like `&text[a..b]`, when the span is out of bounds or not on
/// `char` boundaries. Spans produced by crosscheck for a text never do
/// that for that text; use [`Span::get`] for spans of unknown origin.
impl Index<Span> for str {
    type Output = str;
    fn index(&self, span: Span) -> &str {
        &self[span.start..span.end]
    }
}

/// Indexes a `String` by a span; see `Index<Span> for str`.
impl Index<Span> for String {
    type Output = str;
    fn index(&self, span: Span) -> &str {
        &self.as_str()[span]
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Span {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        [self.start, self.end].serialize(s)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Span {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Span, D::Error> {
        let [start, end] = <[usize; 2]>::deserialize(d)?;
        if end < start {
            return Err(serde::de::Error::custom(format!(
                "expected a span [start, end] with start <= end, found [{start}, {end}]"
            )));
        }
        Ok(Span { start, end })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basic_relations() {
        let a = Span::new(2, 5);
        let b = Span::new(4, 9);
        let c = Span::new(5, 6);
        assert!(a.overlaps(b));
        assert!(!a.overlaps(c), "half-open: touching spans do not overlap");
        assert_eq!(a.cover(c), Span::new(2, 6));
        assert!(Span::new(0, 10).contains(a));
        assert!(!a.contains(b));
        assert_eq!(Span::new(5, 3), Span::new(5, 5));
    }
}
