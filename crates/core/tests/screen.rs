//! The screen's reducer, natively: every action, what it changes and what
//! it asks of the browser. Each case starts from a named screen, runs one
//! action through one helper, `check`, and says what must hold after it.

use chrono::NaiveDate;
use refund_core::policy::{Change, ClauseId, Evidence, Field, Lang, Remedy};
use refund_core::session::screen::{Action, Anchor, Effect, Flash, Screen, Target};
use refund_core::session::{Notice, Shared, Step, View};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 1).expect("a real date")
}

/// The screen a case starts from, by name.
fn start(name: &str) -> Screen {
    let fresh = |lang, view| Screen::new(lang, view, today());
    let run = |mut s: Screen, actions: Vec<Action>| {
        for a in actions {
            if let Some((next, _)) = s.update(a) {
                s = next;
            }
        }
        s
    };
    let filled = || {
        vec![
            Action::Set(Field::Problem, "hardware_failure".to_owned()),
            Action::Set(Field::Remedy, "refund".to_owned()),
            Action::Set(Field::AmountPaid, "1200".to_owned()),
            Action::Set(Field::ServiceStart, "2026-01-01".to_owned()),
            Action::Set(Field::ServiceEnd, "2027-01-01".to_owned()),
            Action::Set(Field::ProblemStart, "2026-03-01".to_owned()),
        ]
    };
    match name {
        "a fresh questionnaire" => fresh(Lang::En, View::Questionnaire),
        "a fresh questionnaire in Chinese" => fresh(Lang::ZhCn, View::Questionnaire),
        "a fresh calculator" => fresh(Lang::En, View::Calculator),
        "a problem chosen" => run(
            fresh(Lang::En, View::Questionnaire),
            vec![Action::Set(Field::Problem, "hardware_failure".to_owned())],
        ),
        "the details step" => {
            let mut s = run(fresh(Lang::En, View::Questionnaire), filled());
            s.step = Step::Details;
            s
        }
        "a result" => {
            let mut s = run(fresh(Lang::En, View::Questionnaire), filled());
            s.step = Step::Result;
            s
        }
        "a suggestion taken up" => run(
            start("a result"),
            vec![Action::Apply(Change::Remedy(Remedy::Either))],
        ),
        "the rules view at a clause" => run(
            start("a result"),
            vec![Action::Reveal(Anchor::Clause(ClauseId::RefundQuality))],
        ),
        "a notice shown" => {
            let mut s = fresh(Lang::En, View::Questionnaire);
            s.notices = vec![Notice::Damaged];
            s
        }
        other => panic!("no starting screen named {other:?}"),
    }
}

/// One row: from a named screen, one action, and what must hold.
struct Case {
    name: &'static str,
    from: &'static str,
    action: Action,
    /// `None`: the action changes nothing at all.
    then: Option<fn(&Screen, &Screen, &[Effect])>,
}

fn check(case: Case) {
    let before = start(case.from);
    let after = before.update(case.action.clone());
    match (after, case.then) {
        (None, None) => {}
        (Some((next, effects)), Some(then)) => then(&before, &next, &effects),
        (Some((next, effects)), None) => panic!(
            "{}: expected no change, got {effects:?} and {:?}",
            case.name, next
        ),
        (None, Some(_)) => panic!("{}: expected a change, got none", case.name),
    }
}

const NAVIGATED: [Effect; 2] = [Effect::PushAddress, Effect::Focus(Target::Screen)];

#[test]
fn every_action() {
    let cases = vec![
        Case {
            name: "typing an answer keeps it as typed and asks nothing of the browser",
            from: "a fresh questionnaire",
            action: Action::Set(Field::AmountPaid, "12x".to_owned()),
            then: Some(|_, s, fx| {
                assert_eq!(s.answers().text(Field::AmountPaid), "12x");
                assert!(fx.is_empty());
                assert!(s.shown.is_empty(), "the questionnaire shows errors on Next");
            }),
        },
        Case {
            name: "typing an amount in Chinese fixes the currency shown (CNY)",
            from: "a fresh questionnaire in Chinese",
            action: Action::Set(Field::AmountPaid, "3650".to_owned()),
            then: Some(|_, s, _| assert_eq!(s.answers().text(Field::Currency), "CNY")),
        },
        Case {
            name: "in the calculator a typed field shows its error at once",
            from: "a fresh calculator",
            action: Action::Set(Field::AmountPaid, "12x".to_owned()),
            then: Some(|_, s, _| assert_eq!(s.shown, [Field::AmountPaid])),
        },
        Case {
            name: "an edit by hand drops the undo of a suggestion",
            from: "a suggestion taken up",
            action: Action::Set(Field::AmountPaid, "1300".to_owned()),
            then: Some(|_, s, _| {
                assert!(s.undo.is_none());
                assert!(s.flash.is_none());
            }),
        },
        Case {
            name: "ticking evidence adds it",
            from: "a result",
            action: Action::ToggleEvidence(Evidence::UsageRecords),
            then: Some(|_, s, fx| {
                assert!(s.answers().evidence().contains(&Evidence::UsageRecords));
                assert!(fx.is_empty());
            }),
        },
        Case {
            name: "Next with the step answered moves on: a history entry and the focus on the new step",
            from: "a problem chosen",
            action: Action::Next,
            then: Some(|_, s, fx| {
                assert_eq!(s.step, Step::Remedy);
                assert_eq!(fx, NAVIGATED);
            }),
        },
        Case {
            name: "Next with the step unanswered stays, shows its error and focuses it, no history entry",
            from: "a fresh questionnaire",
            action: Action::Next,
            then: Some(|_, s, fx| {
                assert_eq!(s.step, Step::Problem);
                assert_eq!(s.shown, [Field::Problem]);
                assert_eq!(fx, [Effect::Focus(Target::Screen)]);
            }),
        },
        Case {
            name: "Back goes to the previous step",
            from: "the details step",
            action: Action::Back,
            then: Some(|_, s, fx| {
                assert_eq!(s.step, Step::Remedy);
                assert_eq!(fx, NAVIGATED);
            }),
        },
        Case {
            name: "Edit goes to the first step, answers kept",
            from: "a result",
            action: Action::Edit,
            then: Some(|b, s, fx| {
                assert_eq!(s.step, Step::Problem);
                assert_eq!(s.answers(), b.answers());
                assert_eq!(fx, NAVIGATED);
            }),
        },
        Case {
            name: "Start over clears every answer, language kept",
            from: "a result",
            action: Action::StartOver,
            then: Some(|b, s, fx| {
                assert_eq!(*s, Screen::new(b.lang(), View::Questionnaire, today()));
                assert_eq!(fx, NAVIGATED);
            }),
        },
        Case {
            name: "the calculator shows the errors of everything typed so far",
            from: "the details step",
            action: Action::View(View::Calculator),
            then: Some(|_, s, fx| {
                assert_eq!(s.view, View::Calculator);
                assert!(s.shown.contains(&Field::AmountPaid));
                assert_eq!(fx, NAVIGATED);
            }),
        },
        Case {
            name: "the view already shown changes nothing",
            from: "a fresh questionnaire",
            action: Action::View(View::Questionnaire),
            then: None,
        },
        Case {
            name: "the rules view remembers where it came from and leaves its anchor on the way back",
            from: "the rules view at a clause",
            action: Action::View(View::Questionnaire),
            then: Some(|_, s, fx| {
                assert_eq!(s.view, View::Questionnaire);
                assert_eq!(s.anchor, None);
                assert_eq!(fx, NAVIGATED);
            }),
        },
        Case {
            name: "another language changes the words only",
            from: "a result",
            action: Action::Lang(Lang::ZhCn),
            then: Some(|b, s, fx| {
                assert_eq!(s.lang(), Lang::ZhCn);
                assert_eq!(s.answers(), b.answers());
                assert!(fx.is_empty());
            }),
        },
        Case {
            name: "the same language changes nothing",
            from: "a result",
            action: Action::Lang(Lang::En),
            then: None,
        },
        Case {
            name: "a clause link opens the rules view there and brings the clause into view",
            from: "a result",
            action: Action::Reveal(Anchor::Clause(ClauseId::RefundQuality)),
            then: Some(|_, s, fx| {
                let anchor = Anchor::Clause(ClauseId::RefundQuality);
                assert_eq!(s.view, View::Policy);
                assert_eq!(s.came_from, View::Questionnaire);
                assert_eq!(s.anchor, Some(anchor));
                assert_eq!(fx, [Effect::PushAddress, Effect::Reveal(anchor)]);
            }),
        },
        Case {
            name: "a share link restores its answers and focuses the screen, without a history entry",
            from: "a fresh questionnaire",
            action: Action::Restore(
                Box::new(Shared {
                    answers: start("a result").answers().clone(),
                    view: View::Calculator,
                    step: Step::Problem,
                    lang: Some(Lang::ZhCn),
                }),
                vec![Notice::Damaged],
            ),
            then: Some(|_, s, fx| {
                assert_eq!(s.view, View::Calculator);
                assert_eq!(s.lang(), Lang::ZhCn);
                assert_eq!(s.notices, [Notice::Damaged]);
                assert!(s.shown.contains(&Field::AmountPaid));
                assert!(!s.shown.contains(&Field::ListPrice), "left empty, not marked");
                assert_eq!(fx, [Effect::Focus(Target::Screen)]);
            }),
        },
        Case {
            name: "the screen's own link changes nothing",
            from: "a result",
            action: Action::Restore(Box::new(start("a result").shared()), Vec::new()),
            then: None,
        },
        Case {
            name: "following the address to a share link restores it, as opening it would",
            from: "a fresh questionnaire",
            action: Action::Follow(refund_core::session::encode(&start("a result").shared())),
            then: Some(|_, s, fx| {
                assert_eq!(s.answers(), start("a result").answers());
                assert_eq!(s.step, Step::Result);
                assert!(s.notices.is_empty());
                assert_eq!(fx, [Effect::Focus(Target::Screen)]);
            }),
        },
        Case {
            name: "following the address to the screen's own link changes nothing",
            from: "a result",
            action: Action::Follow(refund_core::session::encode(&start("a result").shared())),
            then: None,
        },
        Case {
            name: "following the address to a clause opens the rules view there",
            from: "a result",
            action: Action::Follow("#clause-refund.quality".to_owned()),
            then: Some(|_, s, fx| {
                assert_eq!(s.view, View::Policy);
                assert_eq!(s.anchor, Some(Anchor::Clause(ClauseId::RefundQuality)));
                assert!(fx.contains(&Effect::Reveal(Anchor::Clause(ClauseId::RefundQuality))));
            }),
        },
        Case {
            name: "following the address to something that is not a share link (#top) keeps the answers and says so",
            from: "a result",
            action: Action::Follow("#top".to_owned()),
            then: Some(|before, s, fx| {
                assert_eq!(s.answers(), before.answers(), "the answers stay");
                assert_eq!(s.step, before.step);
                assert_eq!(s.notices, [Notice::Damaged]);
                assert!(fx.is_empty());
            }),
        },
        Case {
            name: "following the address to a link of a newer build keeps the answers and says so",
            from: "a result",
            action: Action::Follow("#v=9&policy=other&x=1".to_owned()),
            then: Some(|before, s, _| {
                assert_eq!(s.answers(), before.answers(), "the answers stay");
                assert!(!s.notices.is_empty(), "a notice says why the link did nothing");
            }),
        },
        Case {
            name: "following an empty fragment changes nothing",
            from: "a result",
            action: Action::Follow(String::new()),
            then: None,
        },
        Case {
            name: "dismissing a notice hides it",
            from: "a notice shown",
            action: Action::Dismiss(0),
            then: Some(|_, s, _| assert!(s.notices.is_empty())),
        },
        Case {
            name: "dismissing a notice that is not there changes nothing",
            from: "a fresh questionnaire",
            action: Action::Dismiss(3),
            then: None,
        },
        Case {
            name: "a confirmation is shown",
            from: "a result",
            action: Action::Flash(Some(Flash::LinkCopied)),
            then: Some(|_, s, fx| {
                assert_eq!(s.flash, Some(Flash::LinkCopied));
                assert!(fx.is_empty());
            }),
        },
        Case {
            name: "a suggestion that changes the answers is taken up, can be undone, and Undo gets the focus",
            from: "a result",
            action: Action::Apply(Change::Remedy(Remedy::Either)),
            then: Some(|b, s, fx| {
                assert_eq!(s.answers().text(Field::Remedy), "either");
                assert_eq!(s.undo.as_deref(), Some(&(b.answers().clone(), b.step)));
                assert_eq!(s.flash, Some(Flash::Applied(Change::Remedy(Remedy::Either))));
                assert_eq!(fx, [Effect::Focus(Target::Undo)]);
            }),
        },
        Case {
            name: "a suggestion that changes no answer is not taken up",
            from: "a result",
            action: Action::Apply(Change::Unsubscribe),
            then: None,
        },
        Case {
            name: "Undo puts the answers back and focuses the suggestions",
            from: "a suggestion taken up",
            action: Action::Undo,
            then: Some(|_, s, fx| {
                assert_eq!(s.answers().text(Field::Remedy), "refund");
                assert_eq!(s.flash, Some(Flash::Undone));
                assert!(s.undo.is_none());
                assert_eq!(fx, [Effect::Focus(Target::Suggestions)]);
            }),
        },
        Case {
            name: "Undo with nothing to undo changes nothing",
            from: "a result",
            action: Action::Undo,
            then: None,
        },
        Case {
            name: "going to an item of evidence opens the evidence step and focuses its box",
            from: "a result",
            action: Action::GoToEvidence(Evidence::ProblemPhotos),
            then: Some(|_, s, fx| {
                assert_eq!(s.step, Step::Evidence);
                assert_eq!(
                    fx,
                    [
                        Effect::PushAddress,
                        Effect::Focus(Target::Evidence(Evidence::ProblemPhotos))
                    ]
                );
            }),
        },
        Case {
            name: "in the calculator, going to an item of evidence only moves the focus",
            from: "a fresh calculator",
            action: Action::GoToEvidence(Evidence::ProblemPhotos),
            then: Some(|b, s, fx| {
                assert_eq!(s, b);
                assert_eq!(fx, [Effect::Focus(Target::Evidence(Evidence::ProblemPhotos))]);
            }),
        },
        Case {
            name: "a focus asked for is an effect only",
            from: "a fresh calculator",
            action: Action::Focus(Target::Result),
            then: Some(|b, s, fx| {
                assert_eq!(s, b);
                assert_eq!(fx, [Effect::Focus(Target::Result)]);
            }),
        },
        Case {
            name: "folding parts is remembered",
            from: "a result",
            action: Action::Fold(0b101),
            then: Some(|_, s, _| assert_eq!(s.open, Some(0b101))),
        },
        Case {
            name: "an example fills in every answer, shows the result and can be undone",
            from: "a problem chosen",
            action: Action::Example(0),
            then: Some(|b, s, fx| {
                assert_eq!(s.step, Step::Result);
                assert_eq!(s.flash, Some(Flash::Example(0)));
                assert_eq!(s.undo.as_deref(), Some(&(b.answers().clone(), b.step)));
                assert_eq!(fx, [Effect::PushAddress, Effect::Focus(Target::Undo)]);
            }),
        },
        Case {
            name: "in the calculator an example stays there",
            from: "a fresh calculator",
            action: Action::Example(1),
            then: Some(|_, s, _| {
                assert_eq!(s.view, View::Calculator);
                assert_eq!(s.answers().text(Field::Problem), "bandwidth_below_contract");
                assert!(s.shown.contains(&Field::AmountPaid));
            }),
        },
        Case {
            name: "an example that does not exist changes nothing",
            from: "a fresh calculator",
            action: Action::Example(99),
            then: None,
        },
    ];
    for case in cases {
        check(case);
    }
}

/// An address naming a part of the rules view opens the view there; a
/// share link restores its screen and focuses it; anything else opens a
/// fresh screen with nothing asked.
#[test]
fn opening_an_address() {
    let fresh = || Screen::new(Lang::En, View::Questionnaire, today());
    let anchor = Anchor::parse("clause-refund.quality");
    assert_eq!(anchor, Some(Anchor::Clause(ClauseId::RefundQuality)));
    let (s, fx) = fresh().opened(anchor, None);
    assert_eq!(s.view, View::Policy);
    assert_eq!(
        fx,
        [Effect::Reveal(Anchor::Clause(ClauseId::RefundQuality))]
    );

    let shared = start("a result").shared();
    let (s, fx) = fresh().opened(None, Some((shared, Vec::new())));
    assert_eq!(s.step, Step::Result);
    assert_eq!(fx, [Effect::Focus(Target::Screen)]);

    let (s, fx) = fresh().opened(None, None);
    assert_eq!(s, fresh());
    assert!(fx.is_empty());
}

/// Anchors read back what they write; unknown clauses are not anchors.
#[test]
fn anchors_round_trip() {
    for clause in ClauseId::ALL {
        let anchor = Anchor::Clause(clause);
        assert_eq!(Anchor::parse(&anchor.id()), Some(anchor));
    }
    assert_eq!(
        Anchor::parse(&Anchor::PublishedRules.id()),
        Some(Anchor::PublishedRules)
    );
    assert_eq!(Anchor::parse("clause-nothing.here"), None);
    assert_eq!(Anchor::parse("top"), None);
}

/// The screen holds the core's report on its answers: a new one when the
/// answers or the language change, the very same one otherwise, so a view
/// that compares it by pointer redraws only then.
#[test]
fn the_report_is_computed_once_per_change_of_the_answers() {
    let s = start("a result");
    assert!(s.report().assessment().is_some());
    let (folded, _) = s.update(Action::Fold(1)).expect("a change");
    assert!(std::rc::Rc::ptr_eq(folded.report(), s.report()));
    let (typed, _) = s
        .update(Action::Set(Field::AmountPaid, "12x".to_owned()))
        .expect("a change");
    assert!(!std::rc::Rc::ptr_eq(typed.report(), s.report()));
    assert_eq!(typed.report().errors()[0].field, Field::AmountPaid);
    let (zh, _) = s.update(Action::Lang(Lang::ZhCn)).expect("a change");
    assert_eq!(zh.report().lang, Lang::ZhCn);
}
