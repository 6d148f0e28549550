//! Writes the result's markup into the page by changing only what differs.
//!
//! The result is read-only markup (`markup.rs`, chosen for size) cut into
//! parts, and nearly every keystroke changes a figure in five of them.
//! Replaced whole, those parts were parsed, styled, laid out and painted
//! again (about 105 elements a keystroke). Here only a part whose markup
//! changed is parsed (outside the page: never styled or laid out), and the
//! page's nodes are brought to it: a changed text or attribute is written,
//! an element of another shape or with other attributes replaces the old
//! one, and every other node stays as it is, with the keyboard focus on it.
//!
//! Nothing here can fail in a way that matters: a refused DOM call leaves
//! that node as it was, and any doubt about what the page holds (a part
//! count that differs, nodes missing) redraws the whole result.

use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

/// `Node.ELEMENT_NODE`.
const ELEMENT: u16 = 1;

/// What the page holds: each part's markup and its number of top-level
/// nodes, in order.
pub type Drawn = Vec<(String, u32)>;

/// Makes `root`'s children the markup of `parts`, given what was `drawn`
/// there last (updated to match).
pub fn parts(root: &Element, drawn: &mut Drawn, parts: &[String]) {
    let Some(scratch) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("div").ok())
    else {
        return;
    };
    let total: u32 = drawn.iter().map(|(_, n)| n).sum();
    if drawn.len() != parts.len() || nodes(root) != total {
        redraw(root, &scratch, drawn, parts);
        return;
    }
    let mut cursor = root.first_child();
    for ((old_markup, count), markup) in drawn.iter_mut().zip(parts) {
        let changed = old_markup != markup;
        // (The part's nodes are kept only when the part changed; an
        // unchanged part is stepped over.)
        let mut old = Vec::new();
        for _ in 0..*count {
            let Some(node) = cursor else {
                break;
            };
            cursor = node.next_sibling();
            if changed {
                old.push(node);
            }
        }
        if !changed {
            continue;
        }
        scratch.set_inner_html(markup);
        let new = nodes(&scratch);
        if new == *count {
            let mut next = scratch.first_child();
            for current in &old {
                let Some(n) = next else {
                    break;
                };
                next = n.next_sibling();
                pair(root, current, &n);
            }
        } else {
            while let Some(next) = scratch.first_child() {
                let _ = root.insert_before(&next, cursor.as_ref());
            }
            for current in &old {
                let _ = root.remove_child(current);
            }
        }
        markup.clone_into(old_markup);
        *count = new;
    }
}

/// The number of `node`'s children.
fn nodes(node: &Node) -> u32 {
    let mut n = 0;
    let mut child = node.first_child();
    while let Some(c) = child {
        n += 1;
        child = c.next_sibling();
    }
    n
}

/// Writes every part anew, counting each one's nodes.
fn redraw(root: &Element, scratch: &Element, drawn: &mut Drawn, parts: &[String]) {
    root.set_inner_html("");
    drawn.clear();
    for markup in parts {
        scratch.set_inner_html(markup);
        drawn.push((markup.clone(), nodes(scratch)));
        while let Some(next) = scratch.first_child() {
            let _ = root.append_child(&next);
        }
    }
}

/// Makes `old`'s children match `new`'s, taking from `new` what `old` lacks.
fn children(old: &Node, new: &Node) {
    let mut o = old.first_child();
    let mut n = new.first_child();
    while let Some(next) = n {
        n = next.next_sibling();
        match o {
            Some(current) => {
                // (Read first: `pair` may replace `current`.)
                o = current.next_sibling();
                pair(old, &current, &next);
            }
            None => {
                let _ = old.append_child(&next);
            }
        }
    }
    while let Some(extra) = o {
        o = extra.next_sibling();
        let _ = old.remove_child(&extra);
    }
}

/// Brings `current`, a child of `parent`, to `next`: nothing when they are
/// equal (compared by the browser, deep, in one call: most of a part is as
/// it was), `next`'s text or children written into it when they have the
/// same shape and attributes, else `next` in its place.
fn pair(parent: &Node, current: &Node, next: &Node) {
    if current.is_equal_node(Some(next)) || (same_shape(current, next) && node(current, next)) {
        return;
    }
    let _ = parent.replace_child(next, current);
}

/// Whether `new` can be written into `old`: the same kind of node, and
/// for an element the same tag.
fn same_shape(old: &Node, new: &Node) -> bool {
    old.node_type() == new.node_type() && old.node_name() == new.node_name()
}

/// Writes `new`'s text or children into `old` (of the same shape); `false`
/// when `old`'s own attributes differ and it must be replaced (a keystroke
/// changes one or two: the figure's amount, the timeline's mark).
fn node(old: &Node, new: &Node) -> bool {
    if new.node_type() != ELEMENT {
        let text = new.node_value();
        if old.node_value() != text {
            old.set_node_value(text.as_deref());
        }
        return true;
    }
    // (A style is never in the markup, which the page's policy would
    // refuse: one set through the CSSOM, the timeline's mark, is ours and
    // stays.)
    let same = match (old.clone_node(), new.clone_node()) {
        (Ok(a), Ok(b)) => {
            let _ = a.unchecked_ref::<Element>().remove_attribute("style");
            a.is_equal_node(Some(&b))
        }
        _ => false,
    };
    if same {
        children(old, new);
    }
    same
}
