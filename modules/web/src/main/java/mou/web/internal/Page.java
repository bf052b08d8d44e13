package mou.web.internal;

import static mou.web.api.HtmlWriter.escape;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import mou.web.api.HtmlWriter;

/**
 * The frame every page of the application shares: the document head with the application's own
 * style sheet (no script, nothing from another site), a link past the menu, the menu, who is
 * signed in (with the form to sign out) or the link to sign in, the language switch, and the
 * page's content. Every value in it is escaped; the content comes from an {@link HtmlWriter}.
 */
final class Page {

    /** A menu entry: where it goes and its words. */
    record Link(String href, String label) {
    }

    private Page() {
    }

    static String of(Call call, String title, String current, List<Link> menu, HtmlWriter content) {
        String html = content.html();
        StringBuilder b = new StringBuilder(html.length() + 4096);
        Head head = head(call.ui(), title, current, menu);
        return who(b.append(head.text()), call).append(html).append(END).toString();
    }

    private static final String END = "\n</main>\n</body>\n</html>\n";
    private static final byte[] END_BYTES = END.getBytes(StandardCharsets.UTF_8);

    /**
     * As {@link #of}, with content already written as UTF-8 bytes (kept between requests): only the
     * frame (menu, who is signed in, the CSRF field, the language switch) is made for the request.
     */
    static byte[][] of(Call call, String title, String current, List<Link> menu, byte[] content) {
        Head head = head(call.ui(), title, current, menu);
        byte[] who = who(new StringBuilder(768), call).toString().getBytes(StandardCharsets.UTF_8);
        // the page in parts, never joined for the request: the kept head, who is signed in, the kept content, the end
        return new byte[][] {head.bytes(), who, content, END_BYTES};
    }

    /** The frame's part that is the same for everyone who sees the same title and menu in the same language: as text and as UTF-8. */
    record Head(String text, byte[] bytes) {
    }

    private record HeadKey(String language, String title, String current, List<Link> menu) {
    }

    /** The heads made, by what they are made of (a page's words, title and menu): at most {@link #HEADS_KEPT}, then made again. */
    private static final java.util.Map<HeadKey, Head> HEADS = new java.util.concurrent.ConcurrentHashMap<>();
    static final int HEADS_KEPT = 512;

    /** The page up to who is signed in: the head, the menu. Made once for each language, title, current entry and menu. */
    static Head head(Ui ui, String title, String current, List<Link> menu) {
        HeadKey key = new HeadKey(ui.language(), title, current, menu);
        Head head = HEADS.get(key);
        if (head == null) {
            String text = headText(ui, title, current, menu);
            head = new Head(text, text.getBytes(StandardCharsets.UTF_8));
            if (HEADS.size() >= HEADS_KEPT) {
                HEADS.clear(); // many titles (one per activity's page): the common ones are made again at once
            }
            HEADS.put(key, head);
        }
        return head;
    }

    /** The head and the menu, as {@link #head} keeps them; only what it is given goes into it (no person, no token, no path). */
    private static String headText(Ui ui, String title, String current, List<Link> menu) {
        StringBuilder b = new StringBuilder(2048);
        b.append("<!DOCTYPE html>\n<html lang=\"").append(ui.language()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append(" · mou-progress</title>\n")
                .append("<link rel=\"stylesheet\" href=\"/static/web.css\">\n</head>\n<body>\n")
                .append("<a class=\"skip\" href=\"#main\">").append(escape(ui.t("page.skip"))).append("</a>\n")
                .append("<header class=\"top\"><nav aria-label=\"").append(escape(ui.t("page.menu"))).append("\"><ul>");
        for (Link link : menu) {
            b.append("<li><a href=\"").append(escape(link.href())).append('"')
                    .append(link.href().equals(current) ? " aria-current=\"page\"" : "").append('>')
                    .append(escape(link.label())).append("</a></li>");
        }
        b.append("</ul></nav>\n<div class=\"who\">");
        return b.toString();
    }

    /** The page a request is for: its path and its query (a history's filters, a report's language), to come back to. */
    static String here(Request request) {
        return request.path() + WebApp.queryString(request.query());
    }

    /** The frame's part for the request: who is signed in (with the CSRF field) or the link to sign in, the language switch, the start of {@code main}. */
    private static StringBuilder who(StringBuilder b, Call call) {
        Ui ui = call.ui();
        String here = escape(URLEncoder.encode(here(call.request()), StandardCharsets.UTF_8));
        if (call.user().isPresent()) {
            User user = call.user().get();
            b.append("<a class=\"person\" href=\"/account\">").append(escape(ui.t("page.signedIn", user.name()))).append("</a> ")
                    .append("<form method=\"post\" action=\"/sign-out\" class=\"inline\">").append(csrfField(call))
                    .append("<button type=\"submit\">").append(escape(ui.t("page.signOut"))).append("</button></form>");
        } else {
            b.append("<a href=\"/sign-in?back=").append(here).append("\">").append(escape(ui.t("page.signIn"))).append("</a>");
        }
        String other = ui.language().equals("en") ? "es" : "en";
        b.append(" <a class=\"language\" lang=\"").append(other).append("\" hreflang=\"").append(other).append("\" href=\"/language/")
                .append(other).append("?back=").append(here).append("\">").append(escape(ui.t("page.otherLanguage"))).append("</a>");
        b.append("</div></header>\n<main id=\"main\">\n");
        return b;
    }

    /** The hidden field with the CSRF token that every form posting a change carries. */
    static String csrfField(Call call) {
        return "<input type=\"hidden\" name=\"csrf\" value=\"" + escape(call.csrf()) + "\">";
    }

    /** A page that says what went wrong and what to do, for a 4xx or 5xx status. */
    static String problem(Call call, String title, String message, List<Link> menu) {
        HtmlWriter html = new HtmlWriter().element("h1", title).element("p", message, "class", "problem")
                .start("p").link("/", call.ui().t("page.backToDashboard")).end("p");
        return of(call, title, "", menu, html);
    }
}
