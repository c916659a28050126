//! The review page's writer, shared by every step's section of the page.

use std::fmt;

use crate::validate::Step;
use crate::validate::check::quote;

/// Writes the review page's rows: `  Label<padding>  value`.
pub(crate) struct Page<'a, 'b> {
    pub(crate) f: &'a mut fmt::Formatter<'b>,
}

impl<'a, 'b> Page<'a, 'b> {
    /// A page written to `f`.
    pub(crate) fn new(f: &'a mut fmt::Formatter<'b>) -> Self {
        Page { f }
    }

    /// Labels are padded to this width so values line up.
    const LABEL_WIDTH: usize = 52;

    /// A step's heading.
    pub(crate) fn section(&mut self, step: Step) -> fmt::Result {
        writeln!(self.f, "\nStep {}: {}", step.number(), step.title())
    }

    /// One labelled value.
    pub(crate) fn row(&mut self, label: &str, value: impl fmt::Display) -> fmt::Result {
        writeln!(
            self.f,
            "  {label:<width$}  {value}",
            width = Self::LABEL_WIDTH
        )
    }
}

/// Items separated by `, `.
pub(crate) struct Join<I>(I);

/// Shows the items of a collection separated by `, `.
pub(crate) fn join<I>(items: I) -> Join<I::IntoIter>
where
    I: IntoIterator,
    I::IntoIter: Clone,
    I::Item: fmt::Display,
{
    Join(items.into_iter())
}

impl<I> fmt::Display for Join<I>
where
    I: Iterator + Clone,
    I::Item: fmt::Display,
{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, item) in self.0.clone().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{item}")?;
        }
        Ok(())
    }
}

/// A value that may be empty, shown as `-` when it is.
pub(crate) trait MaybeEmpty {
    fn is_empty(&self) -> bool;
    fn write(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}

impl<I> MaybeEmpty for Join<I>
where
    I: Iterator + Clone,
    I::Item: fmt::Display,
{
    fn is_empty(&self) -> bool {
        self.0.clone().next().is_none()
    }

    fn write(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl MaybeEmpty for Option<&str> {
    fn is_empty(&self) -> bool {
        self.is_none_or(str::is_empty)
    }

    fn write(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.unwrap_or_default())
    }
}

/// Shows `-` for an empty value.
pub(crate) struct OrNone<T>(T);

/// Wraps a value so that an empty one shows as `-`.
pub(crate) fn or_none<T: MaybeEmpty>(value: T) -> OrNone<T> {
    OrNone(value)
}

impl<T: MaybeEmpty> fmt::Display for OrNone<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            f.write_str("-")
        } else {
            self.0.write(f)
        }
    }
}

/// A free text (a message template), quoted and cut so the page stays readable.
pub(crate) fn shown(text: &str) -> String {
    quote(text)
}
