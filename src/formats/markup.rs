//! HTML and SVG written as text, for the parts of a view with nothing to click or type in: the
//! browser parses such a part in one go, where a virtual DOM builds and compares each element
//! (and every element `html!` builds costs the wasm about half a kilobyte).
//!
//! Safe by construction, as text nodes are: tags and attribute names are literals in the code
//! (`&'static str`), and every text and attribute value passes through the one escape, so names
//! from a page's schedule file show as the text they are. `ui::raw` is the only way to the page.

/// Markup being written: open an element, put text in it, close it.
#[derive(Default)]
pub struct Markup(String);

impl Markup {
    /// `<tag name="value" ...>`.
    pub fn open(&mut self, tag: &'static str, attributes: &[(&'static str, &str)]) -> &mut Self {
        self.0.push('<');
        self.0.push_str(tag);
        for (name, value) in attributes {
            self.0.push(' ');
            self.0.push_str(name);
            self.0.push_str("=\"");
            self.escaped(value);
            self.0.push('"');
        }
        self.0.push('>');
        self
    }

    /// An element with nothing in it: `<tag ...></tag>`, which HTML and SVG both parse.
    pub fn empty(&mut self, tag: &'static str, attributes: &[(&'static str, &str)]) -> &mut Self {
        self.open(tag, attributes).close(tag)
    }

    /// `<tag ...>text</tag>`.
    pub fn element(&mut self, tag: &'static str, attributes: &[(&'static str, &str)], text: &str) -> &mut Self {
        self.open(tag, attributes).text(text).close(tag)
    }

    pub fn text(&mut self, text: &str) -> &mut Self {
        self.escaped(text);
        self
    }

    pub fn close(&mut self, tag: &'static str) -> &mut Self {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    pub fn finish(self) -> String {
        self.0
    }

    /// What markup would read as syntax (`<` and `&` in text, `"` in a value) as character
    /// references; `>` too, so no text can close what a parser thinks is open.
    fn escaped(&mut self, text: &str) {
        for c in text.chars() {
            match c {
                '&' => self.0.push_str("&amp;"),
                '<' => self.0.push_str("&lt;"),
                '>' => self.0.push_str("&gt;"),
                '"' => self.0.push_str("&quot;"),
                c => self.0.push(c),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Markup;

    #[test]
    fn elements_attributes_and_text() {
        let mut m = Markup::default();
        m.open("g", &[("class", "step")]).empty("rect", &[("x", "1"), ("y", "2")]).element("text", &[], "Tier 1");
        m.close("g");
        assert_eq!(m.finish(), r#"<g class="step"><rect x="1" y="2"></rect><text>Tier 1</text></g>"#);
    }

    #[test]
    fn markup_in_text_and_values_is_escaped() {
        let mut m = Markup::default();
        m.element("text", &[("aria-label", r#"a "b" & <c>"#)], "<img src=x onerror=alert(1)> & é");
        assert_eq!(
            m.finish(),
            "<text aria-label=\"a &quot;b&quot; &amp; &lt;c&gt;\">&lt;img src=x onerror=alert(1)&gt; &amp; é</text>"
        );
    }
}
