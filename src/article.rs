//! The input: one news article and its metadata.

use crate::error::{Detail, Error, Result};
use crate::time::Date;

/// One news article: an id unique within a call, optional outlet, url and
/// publication date, and the text.
///
/// The publication date anchors relative expressions ("on Monday",
/// "last week"); without it they are kept but left unresolved. Spans in
/// the report are byte offsets into [`Article::text`] exactly as given:
/// crosscheck never rewrites the text it cites.
///
/// # Example
///
/// ```
/// use crosscheck::Article;
///
/// let a = Article::new("afp-1", "Talks are set for Monday.")
///     .outlet("AFP")
///     .url("https://example.org/talks")
///     .published("2025-12-27")?;
/// assert_eq!(a.published_date().map(|d| d.to_string()).as_deref(), Some("2025-12-27"));
/// # Ok::<(), crosscheck::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Article {
    id: String,
    #[cfg_attr(feature = "serde", serde(default))]
    outlet: Option<String>,
    #[cfg_attr(feature = "serde", serde(default))]
    url: Option<String>,
    #[cfg_attr(feature = "serde", serde(default))]
    published: Option<Date>,
    text: String,
}

impl Article {
    /// An article with an id and its text. The id is checked when the
    /// article is analysed: it must be non-empty and unique in the call.
    #[must_use]
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Article {
        Article { id: id.into(), outlet: None, url: None, published: None, text: text.into() }
    }

    /// Sets the outlet name ("AFP", "Financial Times").
    #[must_use]
    pub fn outlet(mut self, outlet: impl Into<String>) -> Article {
        self.outlet = Some(outlet.into());
        self
    }

    /// Sets the article's url.
    #[must_use]
    pub fn url(mut self, url: impl Into<String>) -> Article {
        self.url = Some(url.into());
        self
    }

    /// Sets the publication date from text: `YYYY-MM-DD`, optionally
    /// followed by a time (`2025-12-27T08:30:00Z`), which is ignored.
    ///
    /// # Errors
    ///
    /// An [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error
    /// naming this article and the field `published` when the text is not
    /// such a date.
    pub fn published(mut self, date: &str) -> Result<Article> {
        match Date::parse_lenient(date) {
            Ok(d) => {
                self.published = Some(d);
                Ok(self)
            }
            Err(_) => {
                Err(Error::input(Some(&self.id), "published", Detail::InvalidDate(date.to_owned())))
            }
        }
    }

    /// Sets (or clears) the publication date.
    #[must_use]
    pub fn published_on(mut self, date: Option<Date>) -> Article {
        self.published = date;
        self
    }

    /// The article id.
    #[must_use]
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The outlet, if known.
    #[must_use]
    pub fn outlet_name(&self) -> Option<&str> {
        self.outlet.as_deref()
    }

    /// The url, if known.
    #[must_use]
    pub fn url_str(&self) -> Option<&str> {
        self.url.as_deref()
    }

    /// The publication date, if known.
    #[must_use]
    pub fn published_date(&self) -> Option<Date> {
        self.published
    }

    /// The article text, exactly as given.
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Reads a plain-text article that may start with header lines
    /// (`id:`, `outlet:`, `url:`, `date:` or `published:`, one per line,
    /// ended by a blank line). The rest is the text; spans are offsets
    /// into it, not into `content`. Without an `id:` header the article's
    /// id is `default_id`.
    ///
    /// ```
    /// use crosscheck::Article;
    ///
    /// let a = Article::from_plain_text("f1", "outlet: AFP\ndate: 2025-12-27\n\nTalks on Monday.")?;
    /// assert_eq!(a.outlet_name(), Some("AFP"));
    /// assert_eq!(a.text(), "Talks on Monday.");
    /// # Ok::<(), crosscheck::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// An [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput)
    /// error when the date header is not a date.
    pub fn from_plain_text(default_id: &str, content: &str) -> Result<Article> {
        let mut id = default_id.to_owned();
        let (mut outlet, mut url, mut published) = (None, None, None);
        let mut body_start = 0;
        let mut offset = 0;
        let mut saw_header = false;
        for line in content.split_inclusive('\n') {
            let l = line.trim_end_matches(['\n', '\r']);
            let header = l.split_once(':').and_then(|(k, v)| {
                let k = k.trim().to_ascii_lowercase();
                matches!(k.as_str(), "id" | "outlet" | "url" | "date" | "published")
                    .then(|| (k, v.trim().to_owned()))
            });
            match header {
                Some((k, v)) if !v.is_empty() => {
                    saw_header = true;
                    match k.as_str() {
                        "id" => id = v,
                        "outlet" => outlet = Some(v),
                        "url" => url = Some(v),
                        _ => published = Some(v),
                    }
                    offset += line.len();
                    body_start = offset;
                }
                _ if saw_header && l.trim().is_empty() => {
                    body_start = offset + line.len();
                    break;
                }
                _ => break,
            }
        }
        let text = content.get(body_start..).unwrap_or("");
        let mut a = Article::new(id, text);
        a.outlet = outlet;
        a.url = url;
        match published {
            Some(d) => a.published(&d),
            None => Ok(a),
        }
    }

    /// The outlet if known, else the id: how findings name this article.
    #[must_use]
    pub fn label(&self) -> &str {
        self.outlet.as_deref().filter(|s| !s.trim().is_empty()).unwrap_or(&self.id)
    }
}

/// Checks ids of a batch: non-empty and unique.
pub(crate) fn validate_ids(articles: &[Article]) -> Result<()> {
    let mut seen: Vec<&str> = Vec::with_capacity(articles.len());
    for (i, a) in articles.iter().enumerate() {
        if a.id.trim().is_empty() {
            return Err(Error::input(None, "id", Detail::EmptyId(i)));
        }
        seen.push(&a.id);
    }
    seen.sort_unstable();
    for w in seen.windows(2) {
        if let [a, b] = w
            && a == b
        {
            return Err(Error::input(Some(a), "id", Detail::DuplicateId((*a).to_owned())));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;

    #[test]
    fn published_accepts_dates_and_datetimes() {
        let a = Article::new("x", "").published("2025-12-27T10:00:00+02:00").unwrap();
        assert_eq!(a.published_date().unwrap().to_string(), "2025-12-27");
        let e = Article::new("x", "").published("27/12/2025").unwrap_err();
        assert_eq!(e.kind(), ErrorKind::InvalidInput);
        assert_eq!(e.field(), Some("published"));
    }

    #[test]
    fn plain_text_headers() {
        let a = Article::from_plain_text(
            "x",
            "id: a1\nurl: https://e.org/1\npublished: 2025-01-02\n\nBody: 3 dead.",
        )
        .unwrap();
        assert_eq!(
            (a.id(), a.url_str(), a.text()),
            ("a1", Some("https://e.org/1"), "Body: 3 dead.")
        );
        assert_eq!(a.published_date().unwrap().to_string(), "2025-01-02");
        // no header: the whole content is text, even a line with a colon
        let b = Article::from_plain_text("x", "Note: 3 dead.\nMore.").unwrap();
        assert_eq!((b.id(), b.text()), ("x", "Note: 3 dead.\nMore."));
        let e = Article::from_plain_text("x", "date: someday\n\nText").unwrap_err();
        assert_eq!(e.field(), Some("published"));
    }

    #[test]
    fn ids_must_be_nonempty_and_unique() {
        let ok = [Article::new("a", ""), Article::new("b", "")];
        assert!(validate_ids(&ok).is_ok());
        let dup = [Article::new("a", ""), Article::new("b", ""), Article::new("a", "")];
        let e = validate_ids(&dup).unwrap_err();
        assert_eq!(e.article(), Some("a"));
        assert_eq!(e.field(), Some("id"));
        let empty = [Article::new("a", ""), Article::new(" ", "")];
        let e = validate_ids(&empty).unwrap_err();
        assert!(e.to_string().contains("#1"), "{e}");
    }
}
