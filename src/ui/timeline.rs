//! The service period as a picture: charged days hatched, refundable days
//! solid, the cutoff marked, every part labelled in words as well.

use yew::prelude::*;

use crate::i18n::{fill, t};
use crate::policy::{format_date, Basis, Computation, Lang};

/// Props: the computation and the language.
#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    /// The numbers to draw.
    pub computation: Computation,
    /// The language.
    pub lang: Lang,
}

/// The timeline.
#[function_component(Timeline)]
pub fn timeline(p: &TimelineProps) -> Html {
    let lang = p.lang;
    let c = &p.computation;
    let cutoff_label = match c.basis {
        Basis::UsageTime => t::CUTOFF_PROBLEM,
        Basis::UnusedTime => t::CUTOFF_APPLICATION,
        Basis::UnusableSince => t::CUTOFF_UNUSABLE,
    }
    .get(lang);
    let start = format_date(c.start, lang);
    let end = format_date(c.last_day(), lang);
    let cutoff = format_date(c.cutoff, lang);
    let charged = c.charged_days.to_string();
    let refundable = c.refundable_days.to_string();
    let description = fill(
        t::TIMELINE_DESC,
        lang,
        &[
            ("term", &c.term_days.to_string()),
            ("charged", &charged),
            ("refundable", &refundable),
            ("start", &start),
            ("end", &end),
            ("cutoff_label", cutoff_label),
            ("cutoff", &cutoff),
        ],
    );
    // The bar is 1000 units wide, so the core's per-mille share is the x
    // coordinate as it is: the UI draws, it does not compute.
    let share = c.charged_permille().to_string();
    // The cutoff label's position goes through the CSSOM, not a style
    // attribute, so a strict Content-Security-Policy (style-src 'self')
    // allows it.
    let marks = use_node_ref();
    {
        let marks = marks.clone();
        use_effect_with(share.clone(), move |share| {
            if let Some(el) = marks.cast::<web_sys::HtmlElement>() {
                let _ = el.style().set_property("--re-cut", share);
            }
        });
    }
    html! {
        <figure class="re-timeline">
            <figcaption class="re-h3">{ t::TIMELINE_TITLE.get(lang) }</figcaption>
            <svg class="re-timeline-bar" viewBox="0 0 1000 40" preserveAspectRatio="none"
                 role="img" aria-label={description.clone()}>
                <defs>
                    <pattern id="re-hatch" width="12" height="12" patternUnits="userSpaceOnUse"
                             patternTransform="rotate(45)">
                        <rect width="12" height="12" class="re-charged-bg" />
                        <line x1="0" y1="0" x2="0" y2="12" class="re-charged-line" />
                    </pattern>
                </defs>
                <rect x="0" y="4" width="1000" height="32" class="re-refundable" />
                <rect x="0" y="4" width={share.clone()} height="32" fill="url(#re-hatch)" class="re-charged" />
                <line x1={share.clone()} x2={share.clone()} y1="0" y2="40" class="re-cutoff" />
            </svg>
            <div class="re-timeline-marks" ref={marks} aria-hidden="true">
                <span class="re-mark re-mark-start"><b>{ t::TIMELINE_START.get(lang) }</b>{ start }</span>
                <span class="re-mark re-mark-cut"><b>{ cutoff_label }</b>{ cutoff }</span>
                <span class="re-mark re-mark-end"><b>{ t::TIMELINE_END.get(lang) }</b>{ end }</span>
            </div>
            <ul class="re-legend">
                <li><span class="re-swatch re-swatch-charged" aria-hidden="true"></span>
                    { fill(t::TIMELINE_CHARGED, lang, &[("n", &charged)]) }</li>
                <li><span class="re-swatch re-swatch-refundable" aria-hidden="true"></span>
                    { fill(t::TIMELINE_REFUNDABLE, lang, &[("n", &refundable)]) }</li>
            </ul>
        </figure>
    }
}
