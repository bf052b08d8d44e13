package mou.web.internal;

import static mou.web.api.HtmlWriter.escape;

import java.util.List;
import mou.web.api.HtmlWriter;

/**
 * The frame every page of the application shares: the document head with the application's own
 * style sheet (no script, nothing from another site), the menu, and the page's content. Every
 * value in it is escaped; the content comes from an {@link HtmlWriter}.
 */
final class Page {

    /** A menu entry: where it goes and its words. */
    record Link(String href, String label) {
    }

    private Page() {
    }

    static String of(String title, String current, List<Link> menu, HtmlWriter content) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append(" · mou-progress</title>\n")
                .append("<link rel=\"stylesheet\" href=\"/static/web.css\">\n</head>\n<body>\n")
                .append("<header class=\"top\"><nav aria-label=\"Main\"><ul>");
        for (Link link : menu) {
            b.append("<li><a href=\"").append(escape(link.href())).append('"')
                    .append(link.href().equals(current) ? " aria-current=\"page\"" : "").append('>')
                    .append(escape(link.label())).append("</a></li>");
        }
        b.append("</ul></nav></header>\n<main id=\"main\">\n").append(content.html()).append("\n</main>\n</body>\n</html>\n");
        return b.toString();
    }

    /** A page that says what went wrong and what to do, for a 4xx or 5xx status. */
    static String problem(String title, String message, List<Link> menu) {
        HtmlWriter html = new HtmlWriter().element("h1", title).element("p", message, "class", "problem")
                .start("p").link("/", "Back to the dashboard").end("p");
        return of(title, "", menu, html);
    }
}
