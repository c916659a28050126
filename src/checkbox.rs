//! The checkbox set every step uses: which of a group of console options are ticked.

use std::fmt;
use std::marker::PhantomData;

/// A group of console checkboxes: which of the options `T` are ticked. `Copy`, and free of
/// allocation, unlike a `BTreeSet`; iterates in the console's order.
///
/// # Examples
///
/// ```
/// use cognito_wizard::{Checkboxes, MfaMethod};
///
/// let methods: Checkboxes<MfaMethod> = [MfaMethod::Sms, MfaMethod::AuthenticatorApp].into();
/// assert!(methods.contains(MfaMethod::Sms));
/// assert_eq!(
///     methods.iter().collect::<Vec<_>>(),
///     [MfaMethod::AuthenticatorApp, MfaMethod::Sms]
/// );
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Checkboxes<T> {
    bits: u32,
    options: PhantomData<T>,
}

/// An option of a group of checkboxes (implemented by this crate's checkbox enums).
pub trait Checkbox: Copy + Eq + sealed::Sealed + 'static {
    /// Every option, in the console's order (at most 32).
    const ALL: &'static [Self];
}

mod sealed {
    pub trait Sealed {}
}

impl<T: Checkbox> Checkboxes<T> {
    /// No box ticked.
    pub const fn new() -> Self {
        Checkboxes {
            bits: 0,
            options: PhantomData,
        }
    }

    fn bit(option: T) -> u32 {
        // `ALL` lists every variant, so the position always exists; at most 32 of them.
        T::ALL
            .iter()
            .position(|o| *o == option)
            .map_or(0, |i| 1 << i)
    }

    /// Whether `option` is ticked.
    pub fn contains(&self, option: T) -> bool {
        self.bits & Self::bit(option) != 0
    }

    /// Ticks `option`.
    pub fn insert(&mut self, option: T) {
        self.bits |= Self::bit(option);
    }

    /// Unticks `option`.
    pub fn remove(&mut self, option: T) {
        self.bits &= !Self::bit(option);
    }

    /// Whether no box is ticked.
    pub fn is_empty(&self) -> bool {
        self.bits == 0
    }

    /// How many boxes are ticked.
    pub fn len(&self) -> usize {
        self.bits.count_ones() as usize
    }

    /// The ticked options, in the console's order.
    pub fn iter(&self) -> CheckboxIter<T> {
        CheckboxIter {
            bits: self.bits,
            next: 0,
            options: PhantomData,
        }
    }
}

impl<T: Checkbox> Default for Checkboxes<T> {
    fn default() -> Self {
        Checkboxes::new()
    }
}

impl<T: Checkbox + fmt::Debug> fmt::Debug for Checkboxes<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl<T: Checkbox> FromIterator<T> for Checkboxes<T> {
    fn from_iter<I: IntoIterator<Item = T>>(options: I) -> Self {
        let mut set = Checkboxes::new();
        set.extend(options);
        set
    }
}

impl<T: Checkbox> Extend<T> for Checkboxes<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, options: I) {
        for option in options {
            self.insert(option);
        }
    }
}

impl<T: Checkbox, const N: usize> From<[T; N]> for Checkboxes<T> {
    fn from(options: [T; N]) -> Self {
        options.into_iter().collect()
    }
}

impl<T: Checkbox> IntoIterator for Checkboxes<T> {
    type Item = T;
    type IntoIter = CheckboxIter<T>;
    fn into_iter(self) -> CheckboxIter<T> {
        self.iter()
    }
}

impl<T: Checkbox> IntoIterator for &Checkboxes<T> {
    type Item = T;
    type IntoIter = CheckboxIter<T>;
    fn into_iter(self) -> CheckboxIter<T> {
        self.iter()
    }
}

/// The ticked options of a [`Checkboxes`], in the console's order.
#[derive(Debug, Clone)]
pub struct CheckboxIter<T> {
    bits: u32,
    next: usize,
    options: PhantomData<T>,
}

impl<T: Checkbox> Iterator for CheckboxIter<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        while let Some(option) = T::ALL.get(self.next) {
            let bit = 1u32.checked_shl(u32::try_from(self.next).ok()?)?;
            self.next += 1;
            if self.bits & bit != 0 {
                return Some(*option);
            }
        }
        None
    }
}

/// Implements [`Checkbox`] for enums whose variants are listed in the console's order.
macro_rules! checkbox {
    ($ty:ty => [$($variant:expr),* $(,)?]) => {
        impl $crate::checkbox::CheckboxSealed for $ty {}
        impl $crate::checkbox::Checkbox for $ty {
            const ALL: &'static [Self] = &[$($variant),*];
        }
    };
}
pub(crate) use checkbox;
pub(crate) use sealed::Sealed as CheckboxSealed;

/// A group of checkboxes in a spec: the list of ticked options, in the console's order. Any
/// order reads back, and a repeated option is ticked once; an option that is not one of `T`'s
/// is an error that lists the valid ones.
#[cfg(feature = "serde")]
mod spec {
    use std::fmt;
    use std::marker::PhantomData;

    use serde::de::{Deserialize, Deserializer, SeqAccess, Visitor};
    use serde::ser::{Serialize, SerializeSeq, Serializer};

    use super::{Checkbox, Checkboxes};

    impl<T: Checkbox + Serialize> Serialize for Checkboxes<T> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut seq = serializer.serialize_seq(Some(self.len()))?;
            for option in self {
                seq.serialize_element(&option)?;
            }
            seq.end()
        }
    }

    impl<'de, T: Checkbox + Deserialize<'de>> Deserialize<'de> for Checkboxes<T> {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            struct Ticked<T>(PhantomData<T>);

            impl<'de, T: Checkbox + Deserialize<'de>> Visitor<'de> for Ticked<T> {
                type Value = Checkboxes<T>;

                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str("a list of options")
                }

                fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                    let mut set = Checkboxes::new();
                    while let Some(option) = seq.next_element()? {
                        set.insert(option);
                    }
                    Ok(set)
                }
            }

            deserializer.deserialize_seq(Ticked(PhantomData))
        }
    }
}
