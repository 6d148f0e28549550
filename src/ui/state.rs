//! The screen's reducer as Yew's `Reducible`. The reducer itself is pure
//! and lives in the core (`session::screen`), where it is tested natively;
//! this adds what the browser needs to perform the effects of the last
//! change exactly once.

use std::rc::Rc;

use yew::Reducible;

pub use crate::session::screen::{Action, Anchor, Effect, Flash, Screen, Target};

/// The screen, with the effects of the change that led to it.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// What is on screen.
    pub screen: Screen,
    /// What the last change asks of the browser.
    pub effects: Rc<Vec<Effect>>,
    /// Counts the changes, so an effect runs once per change.
    pub change: u32,
}

impl State {
    /// The first screen, with what opening it asks.
    pub fn new(screen: Screen, effects: Vec<Effect>) -> State {
        State {
            screen,
            effects: Rc::new(effects),
            change: 0,
        }
    }

    /// Whether the last change adds a history entry.
    pub fn push(&self) -> bool {
        self.effects.contains(&Effect::PushAddress)
    }
}

impl std::ops::Deref for State {
    type Target = Screen;

    fn deref(&self) -> &Screen {
        &self.screen
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // The one panic in src/, on purpose: it exists only in the test
        // build (feature "test-hooks", never shipped), to prove that a
        // fault shows the crash screen (src/crash.rs).
        #[cfg(feature = "test-hooks")]
        if matches!(&action, Action::Set(_, value) if value == "__panic__") {
            #[allow(clippy::panic)]
            {
                panic!("deliberate fault for the crash-screen test");
            }
        }
        match self.screen.update(action) {
            None => self,
            Some((screen, effects)) => Rc::new(State {
                screen,
                effects: Rc::new(effects),
                change: self.change.wrapping_add(1),
            }),
        }
    }
}
