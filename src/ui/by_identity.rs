//! A shared value that compares by identity rather than by content.

use std::rc::Rc;

/// A shared value compared by identity: two are equal when they are the same allocation. The
/// state makes a new one for every change and never changes one in place, so the same pointer
/// means the same value, and props compare in O(1) rather than walking a ledger of 10,000
/// purchases in every component on every render.
#[derive(Debug, Default)]
pub struct ByIdentity<T>(Rc<T>);

impl<T> ByIdentity<T> {
    pub fn new(value: T) -> ByIdentity<T> {
        ByIdentity(Rc::new(value))
    }
}

impl<T> Clone for ByIdentity<T> {
    fn clone(&self) -> ByIdentity<T> {
        ByIdentity(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for ByIdentity<T> {
    fn eq(&self, other: &ByIdentity<T>) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> core::ops::Deref for ByIdentity<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}
