package mou.web.api;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes HTML that cannot carry markup or script from the data it shows: every text and every
 * attribute value is escaped ({@link #escape}), only plain structural elements and harmless
 * attributes are accepted, and a link goes only to a page of the application or to an
 * {@code http(s)} address, and a form posts only to a page of the application (the pages' policy
 * allows no other). Anything else is refused with an {@link IllegalArgumentException}, so
 * that a mistake shows at once instead of in a reader's browser. Elements still open at the end
 * are closed by {@link #html()}.
 */
public final class HtmlWriter {

    private static final Set<String> ELEMENTS = Set.of("a", "abbr", "article", "br", "caption", "code", "dd", "div", "dl", "dt", "em",
            "footer", "h1", "h2", "h3", "h4", "header", "li", "main", "meter", "nav", "ol", "p", "progress", "section", "small", "span",
            "strong", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "ul",
            // forms: they post only to this application (form-action 'self'), and their values are escaped like any text
            "form", "fieldset", "legend", "label", "input", "select", "option", "optgroup", "textarea", "button", "details", "summary", "output");
    private static final Set<String> VOID = Set.of("br", "input");
    private static final Set<String> ATTRIBUTES = Set.of("class", "id", "title", "lang", "colspan", "rowspan", "scope", "headers",
            "href", "value", "min", "max", "low", "high", "optimum", "datetime", "role", "aria-label", "aria-labelledby",
            "aria-describedby", "aria-current", "hreflang", "download",
            "action", "method", "enctype", "name", "type", "for", "required", "selected", "checked", "disabled", "readonly", "maxlength",
            "minlength", "rows", "cols", "accept", "autocomplete", "step", "placeholder", "pattern", "inputmode", "multiple", "size",
            "open", "aria-invalid", "aria-required", "aria-live", "autofocus", "form", "spellcheck", "tabindex");
    /** A page of this application ({@code /report/2016}), a fragment, or a web address; never {@code javascript:}, {@code data:}, {@code //host}. */
    private static final Pattern SAFE_HREF = Pattern.compile("(?i)(https?://[^\\s]+|/(?!/)[^\\s]*|#[^\\s]*|\\?[^\\s]*)");

    private final StringBuilder out = new StringBuilder();
    private final Deque<String> open = new ArrayDeque<>();

    /**
     * The text with {@code & < > " '} replaced by character references, safe inside an element
     * and inside a quoted attribute value; null gives the empty string. Characters that are not
     * allowed in an HTML document (controls other than tab and line breaks, lone surrogates) are
     * replaced by U+FFFD.
     */
    public static String escape(CharSequence text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        b.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c) || (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c < 0xa0)) {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /**
     * Opens an element.
     *
     * @param element a plain element such as {@code p}, {@code table}, {@code a}
     * @param attributes names and values in turn: {@code "class", "figures", "scope", "col"}
     */
    public HtmlWriter start(String element, String... attributes) {
        String name = element(element);
        StringBuilder tag = new StringBuilder("<").append(name);
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name and value pairs; " + name + " has " + attributes.length + " words");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            String attribute = attributes[i] == null ? "" : attributes[i].toLowerCase(Locale.ROOT);
            if (!ATTRIBUTES.contains(attribute)) {
                throw new IllegalArgumentException("the attribute '" + attributes[i] + "' is not allowed; allowed: " + String.join(", ",
                        new java.util.TreeSet<>(ATTRIBUTES)));
            }
            String value = attributes[i + 1] == null ? "" : attributes[i + 1];
            if ((attribute.equals("href") || attribute.equals("action")) && !SAFE_HREF.matcher(value).matches()) {
                throw new IllegalArgumentException("a link goes to a page of the application (/...) or to an http(s) address, not to '"
                        + value + "'");
            }
            if (attribute.equals("tabindex") && !value.equals("0") && !value.equals("-1")) {
                // 0 lets the keyboard reach a box that scrolls (a table wider than a phone); a positive one would reorder the page's tabbing
                throw new IllegalArgumentException("tabindex is 0 or -1, not '" + value + "'");
            }
            tag.append(' ').append(attribute).append("=\"").append(escape(value)).append('"');
        }
        out.append(tag).append('>');
        if (!VOID.contains(name)) {
            open.push(name);
        }
        return this;
    }

    /** Closes the element opened last, which must be {@code element}. */
    public HtmlWriter end(String element) {
        String name = element(element);
        if (open.isEmpty() || !open.peek().equals(name)) {
            throw new IllegalArgumentException("</" + name + "> closes nothing: " + (open.isEmpty() ? "no element is open"
                    : "the element open last is " + open.peek()));
        }
        open.pop();
        out.append("</").append(name).append('>');
        return this;
    }

    /** Writes text, escaped; null writes nothing. */
    public HtmlWriter text(Object text) {
        if (text != null) {
            out.append(escape(String.valueOf(text)));
        }
        return this;
    }

    /** Writes an element holding only text: {@code element("td", "3,800 m³")}. */
    public HtmlWriter element(String element, Object text, String... attributes) {
        return start(element, attributes).text(text).end(element);
    }

    /** Writes a link: {@code link("/report/2016", "2016 report")}. */
    public HtmlWriter link(String href, Object text, String... attributes) {
        String[] all = new String[attributes.length + 2];
        all[0] = "href";
        all[1] = href;
        System.arraycopy(attributes, 0, all, 2, attributes.length);
        return element("a", text, all);
    }

    /** Appends what another writer wrote (its open elements closed): how a page takes in a panel. */
    public HtmlWriter append(HtmlWriter other) {
        out.append(other.html());
        return this;
    }

    /** What was written, with the elements still open closed. */
    public String html() {
        if (open.isEmpty()) {
            return out.toString();
        }
        StringBuilder b = new StringBuilder(out);
        for (String name : open) {
            b.append("</").append(name).append('>');
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return html();
    }

    private static String element(String element) {
        String name = element == null ? "" : element.toLowerCase(Locale.ROOT);
        if (!ELEMENTS.contains(name)) {
            throw new IllegalArgumentException("the element '" + element + "' is not allowed; allowed: " + String.join(", ",
                    new java.util.TreeSet<>(ELEMENTS)));
        }
        return name;
    }
}
