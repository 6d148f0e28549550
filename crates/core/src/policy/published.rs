//! The second rulebook: the provider's own published rules for ending a
//! subscription early ("unsubscription"), computed beside the article's
//! (docs/rules.md, "Part 2: the provider's published unsubscription rules"). They need no reason at all, so they answer every case
//! that asks for money back, covered by the article or not.
//!
//! Each rule sits under the published rule it implements, in our words;
//! the pages are cited in `policy/policy.toml` (clauses `published.*`) and
//! in docs/rules.md, with the dates they were read. What the pages leave
//! open is marked ASSUMPTION, and the result says so.
//!
//! Deliberately left out: the five-day no-reason refund of the provider's
//! Chinese site (once a year per product, not for every product), the
//! service-level compensation (vouchers, not a refund), and promotions that
//! allow no unsubscription (the result names them as what can take the
//! figure lower; the tool cannot know an order's promotion).

use chrono::NaiveDate;

use super::data::{msg, Billing, ClauseId, Lang, Remedy, SHORT_USE_DAYS, SHORT_USE_SURCHARGE};
use super::date::{days_between, format_date};
use super::money::{format_money, plain, prorate, Currency};
use super::outcome::{Line, Published, PublishedRefund, Reason, Route};
use super::request::Request;
use super::text::fill;

/// Whether used days are few enough for the short-use surcharge
/// (`parameters.short_use_days`).
fn short_use(used_days: u32) -> bool {
    used_days < SHORT_USE_DAYS
}

/// The application date from which the surcharge no longer applies: the
/// day the used days reach `short_use_days` (counting the first day as
/// used, as [`partial`] does).
pub(crate) fn surcharge_ends(start: NaiveDate) -> NaiveDate {
    start + chrono::Duration::days(i64::from(SHORT_USE_DAYS) - 1)
}

/// The published rules' answer, or `None` when no refund was asked for
/// (an exchange) or, for a reason the article does not list, when the
/// amount or the term is missing.
pub fn published(req: &Request) -> Option<Published> {
    if req.remedy == Remedy::Exchange {
        return None;
    }
    let (paid, start, end) = (req.amount_paid?, req.service_start?, req.service_end?);
    let lang = req.lang;
    let money = |m: u64| format_money(m, req.currency, lang);
    let on = format_date(req.application_date, lang);
    let line = |clause, template: super::data::Text, values: &[(&str, &str)]| Line {
        clause,
        text: fill(template.get(lang), values),
    };
    let none = |reason, explanation| {
        Some(Published {
            route: Route::None,
            reason,
            refund: None,
            explanation,
        })
    };

    // Pay-as-you-go resources are billed afterwards for the use already
    // made, and used pay-as-you-go time is never refunded.
    if req.billing == Billing::PayAsYouGo {
        let text = line(ClauseId::PublishedPayAsYouGo, msg::PUBLISHED_PAYG, &[]);
        return none(Reason::PayAsYouGo, vec![text]);
    }
    // Only cash is refunded; vouchers and coupons never are.
    if paid == 0 {
        let text = line(
            ClauseId::PublishedVouchers,
            msg::PUBLISHED_NOTHING_PAID,
            &[],
        );
        return none(Reason::NothingPaid, vec![text]);
    }
    let term_days = u32::try_from(days_between(start, end)).unwrap_or(0);
    // A term that has ended by the application day leaves nothing to
    // unsubscribe.
    if req.application_date >= end {
        let last = format_date(end.pred_opt().unwrap_or(end), lang);
        let text = line(
            ClauseId::PublishedUnsubscribe,
            msg::PUBLISHED_TERM_ENDED,
            &[("date", &on), ("end", &last)],
        );
        return none(Reason::TermEnded, vec![text]);
    }
    // An order whose term has not started (a renewal not yet in effect)
    // is cancelled for everything paid in cash.
    if req.application_date < start {
        let refund = PublishedRefund {
            currency: req.currency.code(),
            high: plain(paid, req.currency),
            high_minor: paid,
            low: req.list_price.map(|_| plain(paid, req.currency)),
            low_minor: req.list_price.map(|_| paid),
            used_days: 0,
            term_days,
            surcharge: false,
        };
        let text = line(
            ClauseId::PublishedNotStarted,
            msg::PUBLISHED_NOT_STARTED,
            &[
                ("date", &on),
                ("start", &format_date(start, lang)),
                ("refund", &money(paid)),
            ],
        );
        return Some(Published {
            route: Route::Full,
            reason: Reason::NotStarted,
            refund: Some(refund),
            explanation: vec![text],
        });
    }

    // Otherwise: cash paid minus the cost of the days used. The day you
    // apply counts as used (a started day is a whole day).
    let used = partial(req, paid, start, term_days);
    let mut explanation = vec![line(
        ClauseId::PublishedUnsubscribe,
        msg::PUBLISHED_PARTIAL,
        &[
            ("date", &on),
            ("used", &used.used_days.to_string()),
            ("term", &term_days.to_string()),
        ],
    )];
    // ASSUMPTION: unsubscription prices the used days as the provider's
    // downgrade rules do: from what the customer paid per day (the kind
    // end) to the order's original price per day, times 1.5 for an ECS
    // subscription used under 30 days (the harsh end).
    let consumed_high = paid.saturating_sub(used.high);
    explanation.push(line(
        ClauseId::PublishedConsumed,
        msg::PUBLISHED_HIGH,
        &[
            ("paid", &money(paid)),
            ("used", &used.used_days.to_string()),
            ("term", &term_days.to_string()),
            ("consumed", &money(consumed_high)),
            ("high", &money(used.high)),
        ],
    ));
    match (req.list_price, used.low) {
        (Some(list), Some((low, consumed_low))) => {
            let template = if used.surcharge {
                msg::PUBLISHED_LOW_SURCHARGE
            } else {
                msg::PUBLISHED_LOW
            };
            explanation.push(line(
                ClauseId::PublishedConsumed,
                template,
                &[
                    ("list", &money(list)),
                    ("used", &used.used_days.to_string()),
                    ("term", &term_days.to_string()),
                    ("consumed", &money(consumed_low)),
                    ("low", &money(low)),
                ],
            ));
        }
        _ => explanation.push(line(
            ClauseId::PublishedConsumed,
            msg::PUBLISHED_NO_LIST,
            &[],
        )),
    }
    Some(Published {
        route: Route::Partial,
        reason: Reason::UnusedTime,
        refund: Some(PublishedRefund {
            currency: req.currency.code(),
            high: plain(used.high, req.currency),
            high_minor: used.high,
            low: used.low.map(|(low, _)| plain(low, req.currency)),
            low_minor: used.low.map(|(low, _)| low),
            used_days: used.used_days,
            term_days,
            surcharge: used.surcharge,
        }),
        explanation,
    })
}

/// The numbers of a partial refund.
struct Partial {
    used_days: u32,
    surcharge: bool,
    high: u64,
    /// (low, what the used days cost at the original price)
    low: Option<(u64, u64)>,
}

/// `usedDays = min(application - start + 1, termDays)`; each consumed
/// figure rounded half up once, never a daily price.
fn partial(req: &Request, paid: u64, start: NaiveDate, term_days: u32) -> Partial {
    let since = days_between(start, req.application_date).saturating_add(1);
    let used_days = u32::try_from(since).unwrap_or(u32::MAX).min(term_days);
    let surcharge = short_use(used_days);
    let high = paid.saturating_sub(prorate(paid, used_days, term_days));
    let low = req.list_price.map(|list| {
        let (num, den) = if surcharge {
            SHORT_USE_SURCHARGE
        } else {
            (1, 1)
        };
        let consumed = prorate(
            list.saturating_mul(num),
            used_days,
            term_days.saturating_mul(den),
        );
        (paid.saturating_sub(consumed).min(high), consumed)
    });
    Partial {
        used_days,
        surcharge,
        high,
        low,
    }
}

impl Published {
    /// The figure in words: `USD 927.78 – USD 973.15`, `about USD 973.15`,
    /// or `None` when nothing comes back.
    pub fn figure(&self, currency: Currency, lang: Lang) -> Option<String> {
        let r = self.refund.as_ref()?;
        let high = format_money(r.high_minor, currency, lang);
        Some(match r.low_minor {
            Some(low) if low == r.high_minor => high,
            Some(low) => format!("{} – {high}", format_money(low, currency, lang)),
            None => fill(msg::PUBLISHED_ABOUT.get(lang), &[("high", &high)]),
        })
    }
}
