package mou.web.internal;

import java.util.List;
import java.util.Optional;
import mou.core.cycle.Acting;
import mou.core.cycle.CycleException;
import mou.core.cycle.PartVersion;
import mou.core.cycle.WriteIntroduction;
import mou.core.model.AnnualReport;
import mou.core.model.GroupYear;
import mou.core.model.Text;
import mou.core.model.Workspace;
import mou.web.api.HtmlWriter;
import mou.web.internal.GroupPages.Given;
import mou.web.internal.GroupPages.Problems;
import mou.web.internal.WebApp.Refusal;

/**
 * The program office's part of a year's report ({@code /review/YEAR/introduction/PART}): its introduction and its
 * final comments, written as paragraphs in English and Spanish with the narrative's form, for the program office only.
 * Each save is the cycle service's {@code introduction}, which holds the rules; a refusal shows the form again with
 * the problems beside their fields, and a change over someone else's the conflict page.
 */
final class IntroductionPages {

    private final WebApp app;

    IntroductionPages(WebApp app) {
        this.app = app;
    }

    List<Route> routes() {
        return List.of(
                new Route("GET", "/review/{year}/introduction/{part}", Access.PROGRAM_OFFICE, this::page),
                new Route("POST", "/review/{year}/introduction/{part}", Access.PROGRAM_OFFICE, this::save));
    }

    /** The address of a part's page. */
    static String href(int year, String part) {
        return "/review/" + year + "/introduction/" + part;
    }

    /** A part of the year's report as it is now: null parts are empty; refused (404) for a year nobody opened or an unknown part. */
    private record Context(int year, String part, List<Text> now, boolean published) {
    }

    private Context context(Call call) throws Refusal {
        Ui ui = call.ui();
        int year = WebApp.year(call.part("year"));
        String part = call.part("part");
        if (!WriteIntroduction.PARTS.contains(part)) {
            throw WebApp.notFound(call, call.request().path());
        }
        Workspace ws = app.workspace();
        List<GroupYear> years = ws.years().stream().filter(y -> y.year() == year).toList();
        if (years.isEmpty()) {
            throw new Refusal(404, ui.t("review.notOpened", year), ui.t("review.notOpened.text", year));
        }
        Optional<AnnualReport> report = ws.report(year);
        List<Text> now = report.map(r -> WriteIntroduction.INTRODUCTION.equals(part) ? r.introduction() : r.finalComments()).orElse(List.of());
        return new Context(year, part, now, years.stream().anyMatch(GroupYear::published));
    }

    private String title(Ui ui, Context c) {
        return ui.t("office." + c.part() + ".title", c.year());
    }

    private Response page(Call call) throws Refusal {
        Context c = context(call);
        return page(call, c, 200, GroupPages.join(c.now(), false), GroupPages.join(c.now(), true), PartVersion.of(c.now()),
                GroupPages.shownOf(c.now()), Problems.NONE, call.query("saved").isPresent());
    }

    /** @param shown the part's English and Spanish as the form first showed them at {@code version} (carried in hidden fields), or null */
    private Response page(Call call, Context c, int status, String english, String spanish, String version, List<String> shown,
            Problems problems, boolean saved) {
        Ui ui = call.ui();
        HtmlWriter html = new HtmlWriter().start("p", "class", "crumbs").link("/review/" + c.year(), ui.t("review.title", c.year())).end("p");
        html.element("h1", title(ui, c));
        if (saved) {
            html.element("p", ui.t("office.saved." + c.part()), "class", "saved", "role", "status");
        }
        html.element("p", ui.t("office." + c.part() + ".about", c.year()), "class", "help");
        if (c.published()) {
            html.element("p", ui.t("review.published", c.year()), "class", "saved");
            if (c.now().isEmpty()) {
                html.element("p", ui.t("group.part.empty"), "class", "empty");
            }
            c.now().forEach(p -> html.element("p", GroupPages.text(p, call)));
        } else {
            GroupPages.paragraphsForm(html, call, href(c.year(), c.part()), c.now(), english, spanish, version, shown, problems);
        }
        other(html, ui, c);
        return Response.html(status, Page.of(call, title(ui, c), "/review", app.menu(call), html));
    }

    /** A link to the other part. */
    private static void other(HtmlWriter html, Ui ui, Context c) {
        String other = WriteIntroduction.INTRODUCTION.equals(c.part()) ? WriteIntroduction.FINAL_COMMENTS : WriteIntroduction.INTRODUCTION;
        html.start("p").link(href(c.year(), other), ui.t("office." + other + ".title", c.year())).end("p");
    }

    private Response save(Call call) throws Refusal {
        Ui ui = call.ui();
        Context c = context(call);
        String version = call.field("version").orElseThrow(() -> new Refusal(400, ui.t("group.noVersion"), ui.t("group.noVersion.text")));
        String english = call.field("paragraphs").orElse("");
        String spanish = call.field("paragraphsEs").orElse("");
        Given given = Given.of(call, c.now());
        if (given.problems() != null) {
            return page(call, c, 422, english, spanish, version, GroupPages.shownPosted(call), given.problems(), false);
        }
        try {
            app.cycle.introduction(new WriteIntroduction(new Acting(app.data, call.by(), null).readAt(version), c.year(), c.part(),
                    given.texts(), false, given.spanishRemoved()));
        } catch (CycleException e) {
            var names = GroupPages.rateNames(ui, GroupPages.PARAGRAPH_FIELDS);
            if (e.kind() == CycleException.Kind.CONFLICT) {
                return conflict(call, english, spanish, GroupPages.shownPosted(call));
            }
            if (e.kind() == CycleException.Kind.REFUSED) {
                throw GroupPages.refusal(ui, e, names);
            }
            return page(call, c, 422, english, spanish, version, GroupPages.shownPosted(call),
                    Problems.of(e, call.language(), names, GroupPages.PARAGRAPH_FIELDS), false);
        }
        return Response.seeOther(href(c.year(), c.part()) + "?saved=1");
    }

    /**
     * Someone saved the part since the person read it: theirs beside the person's, and the form again, read now. As the
     * narrative's ({@link GroupPages#yours}): the person's are the texts (English, Spanish) they changed from what their form
     * showed; one left as shown is the colleague's as saved now, so that applying the person's again keeps the colleague's.
     */
    private Response conflict(Call call, String typedEnglish, String typedSpanish, List<String> shown) throws Refusal {
        Ui ui = call.ui();
        Context now = context(call);
        List<String> saved = GroupPages.shownOf(now.now());
        List<String> yours = GroupPages.yours(saved, typedEnglish, typedSpanish, shown);
        String english = yours.get(0);
        String spanish = yours.get(1);
        ConflictPage page = new ConflictPage(call, "/review/" + now.year(), ui.t("review.title", now.year()),
                ui.t("office." + now.part() + ".subject", now.year()))
                .compare(ConflictPage.lastChange(app, call, null, now.part(), now.year()),
                        html -> GroupPages.bothLanguages(html, ui, saved.get(0), saved.get(1)),
                        html -> GroupPages.bothLanguages(html, ui, english, spanish));
        if (!now.published()) {
            page.again(html -> GroupPages.paragraphsForm(html, call, href(now.year(), now.part()), now.now(), english, spanish,
                    PartVersion.of(now.now()), saved, Problems.NONE));
        }
        return page.keepTheirs(href(now.year(), now.part())).response(app, "/review");
    }
}
