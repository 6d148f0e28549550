//! The refund against the cutoff day, drawn from the points the core
//! computes in a 1000 x 1000 box, with the same facts in a sentence.

use crate::policy::Curve;

use crate::markup::Markup;

pub fn draw(m: &mut Markup, curve: &Curve) {
    let points: Vec<String> = curve
        .points
        .iter()
        .map(|(x, y)| format!("{x},{y}"))
        .collect();
    let (x, y) = (curve.you.0.to_string(), curve.you.1.to_string());
    m.open("figure", &[("class", "re-curve")]);
    m.open("div", &[("class", "re-curve-plot")]);
    m.el(
        "span",
        &[
            ("class", "re-curve-y re-curve-top"),
            ("aria-hidden", "true"),
        ],
        &curve.paid,
    );
    m.open(
        "svg",
        &[
            ("class", "re-curve-svg"),
            ("viewBox", "0 0 1000 1000"),
            ("preserveAspectRatio", "none"),
            // The sentence below the chart describes it: read once.
            ("aria-hidden", "true"),
        ],
    );
    m.fixed(r#"<polyline class="re-curve-grid" points="0,0 0,1000 1000,1000"/>"#);
    m.open(
        "polyline",
        &[("class", "re-curve-line"), ("points", &points.join(" "))],
    )
    .close("polyline");
    m.open(
        "line",
        &[
            ("class", "re-curve-you"),
            ("x1", &x),
            ("x2", &x),
            ("y1", "0"),
            ("y2", "1000"),
        ],
    )
    .close("line");
    m.open(
        "line",
        &[
            ("class", "re-curve-you"),
            ("x1", "0"),
            ("x2", "1000"),
            ("y1", &y),
            ("y2", &y),
        ],
    )
    .close("line");
    m.close("svg");
    m.el(
        "span",
        &[
            ("class", "re-curve-y re-curve-bottom"),
            ("aria-hidden", "true"),
        ],
        "0",
    );
    m.close("div");
    m.open("div", &[("class", "re-curve-x"), ("aria-hidden", "true")]);
    m.el("span", &[], &curve.start)
        .el("span", &[], &curve.end)
        .close("div");
    m.el("p", &[("class", "re-hint")], &curve.description);
    m.close("figure");
}
