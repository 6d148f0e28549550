//! The refund against the cutoff day, as a chart drawn from the points the
//! core computes, with the same facts in a sentence for screen readers.

use yew::prelude::*;

use crate::i18n::t;
use crate::policy::{Curve, Lang};

/// The chart. The core gives points in a 1000 x 1000 box; the SVG uses
/// that box as its coordinates, so nothing is computed here.
pub fn curve_chart(curve: &Curve, lang: Lang) -> Html {
    let points: Vec<String> = curve
        .points
        .iter()
        .map(|(x, y)| format!("{x},{y}"))
        .collect();
    let (x, y) = (curve.you.0.to_string(), curve.you.1.to_string());
    html! {
        <figure class="re-curve">
            <figcaption class="re-h4">{ t::CURVE_HEADING.get(lang) }</figcaption>
            <div class="re-curve-plot">
                <span class="re-curve-y re-curve-top" aria-hidden="true">{ &curve.paid }</span>
                <svg class="re-curve-svg" viewBox="0 0 1000 1000" preserveAspectRatio="none"
                     role="img" aria-label={curve.description.clone()}>
                    <polyline class="re-curve-grid" points="0,0 0,1000 1000,1000" />
                    <polyline class="re-curve-line" points={points.join(" ")} />
                    <line class="re-curve-you" x1={x.clone()} x2={x.clone()} y1="0" y2="1000" />
                    <line class="re-curve-you" x1="0" x2="1000" y1={y.clone()} y2={y} />
                </svg>
                <span class="re-curve-y re-curve-bottom" aria-hidden="true">{ "0" }</span>
            </div>
            <div class="re-curve-x" aria-hidden="true">
                <span>{ &curve.start }</span><span>{ &curve.end }</span>
            </div>
            <p class="re-hint">{ &curve.description }</p>
        </figure>
    }
}
