package mou.web.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import mou.core.cycle.Acting;
import mou.core.cycle.CycleException;
import mou.core.cycle.EvidenceFile;
import mou.core.cycle.PartVersion;
import mou.core.cycle.Problem;
import mou.core.cycle.Rate;
import mou.core.cycle.WriteNarrative;
import mou.core.model.Activity;
import mou.core.model.Assessment;
import mou.core.model.Deliverable;
import mou.core.model.Evidence;
import mou.core.model.GroupYear;
import mou.core.model.HistoryEntry;
import mou.core.model.Link;
import mou.core.model.OverarchingGoal;
import mou.core.model.ProgressLevel;
import mou.core.model.ReviewState;
import mou.core.model.ReviewStep;
import mou.core.model.Text;
import mou.core.model.WorkingGroupPlan;
import mou.core.model.Workspace;
import mou.core.report.Labels;
import mou.web.api.HtmlWriter;
import mou.web.internal.WebApp.Refusal;

/**
 * A group's year: the list of groups and years, the year's plan with each activity's rating and
 * the narrative, and for the group's members (and the program office) while the year is a draft or
 * returned, the forms that rate an activity (level, rationale, evidence links and files) and write
 * a narrative part. Every change is a call of the {@link mou.core.cycle.CycleService} with the
 * version of the part the form showed; its problems are shown beside the fields they name, and a
 * change over someone else's gets the conflict page with both values.
 */
final class GroupPages {

    /** How many empty rows for evidence links a rate form shows below the links the rating has. */
    static final int EMPTY_ROWS = 2;
    /** How many file fields a rate form has. */
    static final int FILE_FIELDS = 2;

    private final WebApp app;

    GroupPages(WebApp app) {
        this.app = app;
    }

    List<Route> routes() {
        return List.of(
                new Route("GET", "/group", Access.SIGNED_IN, this::groups),
                new Route("GET", "/group/{group}/{year}", Access.SIGNED_IN, this::year),
                new Route("GET", "/group/{group}/{year}/activity/{activity}", Access.SIGNED_IN, this::activity),
                new Route("POST", "/group/{group}/{year}/rate/{activity}", Access.GROUP_EDITOR, this::rate),
                new Route("GET", "/group/{group}/{year}/narrative/{part}", Access.SIGNED_IN, this::narrativePage),
                new Route("POST", "/group/{group}/{year}/narrative/{part}", Access.GROUP_EDITOR, this::narrative),
                new Route("GET", "/group/{group}/{year}/evidence/{file}", Access.SIGNED_IN, this::evidenceFile));
    }

    // what a page is about ------------------------------------------------------------------------

    /** The workspace, the group's plan and its year of the path; an unknown group or year is a 404 naming those there are. */
    private record Context(Workspace workspace, WorkingGroupPlan plan, GroupYear year) {
        String base() {
            return "/group/" + plan.groupId() + "/" + year.year();
        }
    }

    private Context context(Call call) throws Refusal {
        Ui ui = call.ui();
        Workspace ws = app.workspace();
        String groupId = call.part("group");
        Optional<WorkingGroupPlan> plan = ws.plan(groupId);
        if (plan.isEmpty()) {
            throw new Refusal(404, ui.t("group.unknown"), ui.t("group.unknown.text", groupId,
                    ws.plans().stream().map(WorkingGroupPlan::groupId).collect(Collectors.joining(", "))));
        }
        int year = WebApp.year(call.part("year"));
        Optional<GroupYear> groupYear = ws.year(groupId, year);
        if (groupYear.isEmpty()) {
            throw new Refusal(404, ui.t("group.unknownYear"), ui.t("group.unknownYear.text", groupId, year, years(ws, groupId)));
        }
        return new Context(ws, plan.get(), groupYear.get());
    }

    private static String years(Workspace ws, String groupId) {
        return ws.years().stream().filter(y -> y.groupId().equals(groupId)).map(y -> String.valueOf(y.year())).sorted()
                .collect(Collectors.joining(", "));
    }

    private static Activity activityOf(Call call, Context c) throws Refusal {
        String id = call.part("activity");
        return c.plan().activity(id).orElseThrow(() -> new Refusal(404, call.ui().t("group.unknownActivity"), call.ui().t(
                "group.unknownActivity.text", id, c.plan().groupId(), c.plan().activities().stream().map(Activity::id)
                        .collect(Collectors.joining(", ")))));
    }

    private static String partOf(Call call) throws Refusal {
        String part = call.part("part");
        if (!WriteNarrative.PARTS.contains(part)) {
            throw new Refusal(404, call.ui().t("group.unknownPart"), call.ui().t("group.unknownPart.text", part,
                    String.join(", ", WriteNarrative.PARTS)));
        }
        return part;
    }

    /** Whether the signed-in person may change the year now: a member of the group or the office, while it is a draft or returned. */
    private static boolean editable(Call call, Context c) {
        return call.user().map(u -> u.mayEdit(c.plan().groupId())).orElse(false) && c.year().review().state().editable();
    }

    private static Acting acting(WebApp app, Call call, String version) {
        return new Acting(app.data, call.by(), null).readAt(version);
    }

    // GET /group ----------------------------------------------------------------------------------

    private Response groups(Call call) throws Refusal {
        Ui ui = call.ui();
        Workspace ws = app.workspace();
        User user = call.user().orElseThrow();
        List<WorkingGroupPlan> plans = new ArrayList<>(ws.plans());
        plans.sort(Comparator.comparing((WorkingGroupPlan p) -> !user.memberOf(p.groupId())));
        HtmlWriter html = new HtmlWriter().element("h1", ui.t("group.list.title"));
        if (plans.isEmpty()) {
            html.element("p", ui.t("group.list.none"));
        }
        for (WorkingGroupPlan plan : plans) {
            html.start("section", "aria-labelledby", "g-" + plan.groupId());
            html.start("h2", "id", "g-" + plan.groupId()).text(plan.name().in(call.language()));
            if (user.memberOf(plan.groupId())) {
                html.text(" ").element("small", ui.t("group.list.yours"), "class", "tag");
            }
            html.end("h2");
            List<GroupYear> years = ws.years().stream().filter(y -> y.groupId().equals(plan.groupId()))
                    .sorted(Comparator.comparingInt(GroupYear::year).reversed()).toList();
            if (years.isEmpty()) {
                html.element("p", ui.t("group.list.noYear"));
            } else {
                html.start("ul", "class", "years");
                for (GroupYear y : years) {
                    html.start("li").link("/group/" + plan.groupId() + "/" + y.year(), ui.t("group.list.year", y.year(),
                            plan.name().in(call.language()))).text(" — " + state(ui, y.review().state())).end("li");
                }
                html.end("ul");
            }
            html.end("section");
        }
        return app.page(call, ui.t("group.list.title"), "/group", html);
    }

    /** A review state as it stands alone (in a list, after "Review state:"): its words with a capital. */
    static String state(Ui ui, ReviewState state) {
        String words = ui.state(state);
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + words.substring(1);
    }

    // GET /group/{group}/{year} -----------------------------------------------------------------------

    private Response year(Call call) throws Refusal {
        Ui ui = call.ui();
        Context c = context(call);
        Labels labels = Labels.forLanguage(call.language());
        String name = c.plan().name().in(call.language());
        boolean editable = editable(call, c);
        HtmlWriter html = new HtmlWriter().element("h1", ui.t("group.year.title", name, c.year().year()));
        Optional<String> saved = call.query("saved");
        if (saved.isPresent() && (c.plan().activity(saved.get()).isPresent() || WriteNarrative.PARTS.contains(saved.get()))) {
            String what = WriteNarrative.PARTS.contains(saved.get()) ? ui.t("group.part." + saved.get()) : saved.get();
            html.element("p", ui.t("group.saved", what), "class", "saved", "role", "status");
        }
        review(html, ui, call, c);
        html.start("nav", "aria-label", ui.t("group.year.more")).start("ul", "class", "links");
        for (String[] link : new String[][] {{"/events", "group.year.events"}, {"/figures", "group.year.figures"},
                {"/updates", "group.year.updates"}, {"/workbook", "group.year.workbook"}}) {
            html.start("li").link(c.base() + link[0], ui.t(link[1])).end("li");
        }
        html.start("li").link("/review/" + c.year().year(), ui.t("group.year.review", c.year().year())).end("li");
        html.end("ul").end("nav");

        Optional<PublishedPlan> asPublished = asPublished(call, c);
        if (asPublished.isPresent()) {
            // a published year shows its plan as its report published it: the plan may have changed since
            publishedPlan(html, call, c, asPublished.get());
        } else {
            html.start("section", "aria-labelledby", "plan").element("h2", ui.t("group.year.plan"), "id", "plan");
            publishedNotice(html, ui, c, false);
            for (OverarchingGoal goal : c.plan().goals()) {
                html.start("section", "class", "goal", "aria-labelledby", "goal-" + goal.id());
                html.element("h3", ui.t("group.year.goal", goal.number(), text(goal.statement(), call)), "id", "goal-" + goal.id());
                for (Activity activity : goal.activities()) {
                    activity(html, call, c, activity, labels, editable);
                }
                html.end("section");
            }
            html.end("section");
        }

        html.start("section", "aria-labelledby", "narrative").element("h2", ui.t("group.year.narrative"), "id", "narrative");
        for (String part : WriteNarrative.PARTS) {
            html.start("section", "id", "narrative-" + part, "aria-labelledby", "h-" + part);
            html.element("h3", ui.t("group.part." + part), "id", "h-" + part);
            List<Text> paragraphs = c.year().narrative().part(part);
            if (paragraphs.isEmpty()) {
                html.element("p", ui.t("group.part.empty"), "class", "empty");
            }
            for (Text p : paragraphs) {
                html.element("p", text(p, call));
            }
            if (editable) {
                html.start("p").link(c.base() + "/narrative/" + part, ui.t("group.part.edit", ui.t("group.part." + part))).end("p");
            }
            html.end("section");
        }
        html.end("section");
        return app.page(call, ui.t("group.year.title", name, c.year().year()), "/group", html);
    }

    /** The review state, who took the last step, and the office's reason when the year was returned. */
    private static void review(HtmlWriter html, Ui ui, Call call, Context c) {
        ReviewState state = c.year().review().state();
        html.start("p", "class", "state").text(ui.t("group.review.state")).text(" ").element("strong", state(ui, state));
        Optional<ReviewStep> last = c.year().review().last();
        last.ifPresent(step -> html.text(" " + ui.t("group.review.by", step.by(), step.at().toString().substring(0, 10))));
        html.end("p");
        if (state == ReviewState.RETURNED && last.isPresent() && last.get().reason() != null) {
            html.start("div", "class", "returned", "role", "note").element("h2", ui.t("group.review.returned"))
                    .element("p", last.get().reason()).end("div");
        }
        if (!state.editable() && call.user().map(u -> u.mayEdit(c.plan().groupId())).orElse(false)) {
            html.element("p", state == ReviewState.PUBLISHED ? ui.t("group.review.published") : ui.t("group.review.readOnly", ui.state(state)),
                    "class", "notice");
        }
    }

    private static void activity(HtmlWriter html, Call call, Context c, Activity activity, Labels labels, boolean editable) {
        Ui ui = call.ui();
        html.start("article", "class", "activity", "id", "activity-" + activity.id(), "aria-labelledby", "a-" + activity.id());
        html.element("h4", activity.id() + " · " + text(activity.description(), call), "id", "a-" + activity.id());
        Optional<Assessment> a = c.year().assessment(activity.id());
        html.start("dl", "class", "rating");
        html.element("dt", ui.t("group.rating.level")).element("dd", level(a.orElse(null), labels, ui), "class", "level"
                + a.filter(Assessment::rated).map(x -> " level-" + x.level().id()).orElse(""));
        if (a.isPresent() && a.get().rationale() != null && !a.get().rationale().en().isBlank()) {
            html.element("dt", ui.t("group.rating.rationale")).element("dd", text(a.get().shownRationale(), call));
        }
        if (a.isPresent() && !a.get().evidence().isEmpty()) {
            html.element("dt", ui.t("group.rating.evidence")).start("dd");
            evidenceList(html, a.get().evidence(), c, call);
            html.end("dd");
        }
        if (!activity.deliverables().isEmpty()) {
            html.element("dt", ui.t("group.rating.deliverables")).start("dd").start("ul");
            for (Deliverable d : activity.deliverables()) {
                html.start("li").link(c.base() + "/deliverable/" + d.id(), d.title() == null ? d.id() : text(d.title(), call)).end("li");
            }
            html.end("ul").end("dd");
        }
        html.end("dl");
        html.start("p").link(c.base() + "/activity/" + activity.id(), editable ? ui.t("group.rating.rate", activity.id())
                : ui.t("group.rating.open", activity.id())).end("p");
        html.end("article");
    }

    // a published year, as published --------------------------------------------------------------

    /** The group's plan as the year's published report shows it, for a published year; empty for any other year, or when that report's JSON is not there. */
    private Optional<PublishedPlan> asPublished(Call call, Context c) {
        return c.year().published() ? PublishedPlan.read(app.data, c.year().year(), c.plan().groupId(), call.language()) : Optional.empty();
    }

    /**
     * For a published year, what the plan shown is: the plan as published (with a link to the published report), or, when the
     * published report cannot be read, the plan as it is now, which may differ from what was published. Nothing for any other year.
     */
    static void publishedNotice(HtmlWriter html, Ui ui, Context c, boolean asPublished) {
        if (!c.year().published()) {
            return;
        }
        int year = c.year().year();
        html.start("p", "class", "notice", "id", "as-published").text(ui.t(asPublished ? "group.year.asPublished" : "group.year.currentPlan", year))
                .text(" ").link("/report/" + year + "?lang=" + ui.language(), ui.t("group.year.publishedReport", year)).end("p");
    }

    /** The goals, activities, deliverables and levels of a published year as its published report shows them. */
    private static void publishedPlan(HtmlWriter html, Call call, Context c, PublishedPlan plan) {
        Ui ui = call.ui();
        if (plan.language().equals(call.language())) {
            html.start("section", "aria-labelledby", "plan");
        } else {
            html.start("section", "aria-labelledby", "plan", "lang", plan.language());
        }
        html.element("h2", ui.t("group.year.plan"), "id", "plan");
        publishedNotice(html, ui, c, true);
        int n = 0;
        for (PublishedPlan.Goal goal : plan.goals()) {
            String id = "goal-" + (goal.id() == null ? String.valueOf(++n) : goal.id());
            html.start("section", "class", "goal", "aria-labelledby", id);
            String heading = goal.caption() == null ? goal.statement() : goal.statement() == null ? goal.caption() : goal.caption() + ": " + goal.statement();
            html.element("h3", heading == null ? "" : heading, "id", id);
            for (PublishedPlan.Row row : goal.rows()) {
                publishedActivity(html, call, c, row);
            }
            html.end("section");
        }
        html.end("section");
    }

    private static void publishedActivity(HtmlWriter html, Call call, Context c, PublishedPlan.Row row) {
        Ui ui = call.ui();
        String id = row.activityId() == null ? row.reference() : row.activityId();
        html.start("article", "class", "activity", "id", "activity-" + id, "aria-labelledby", "a-" + id);
        html.element("h4", (row.activityId() == null ? row.reference() : row.activityId()) + " · " + row.activity(), "id", "a-" + id);
        publishedRating(html, c, row, ui, false);
        if (!row.deliverables().isEmpty()) {
            html.start("dl", "class", "rating").element("dt", ui.t("group.rating.deliverables")).start("dd").start("ul");
            for (PublishedPlan.Item d : row.deliverables()) {
                String title = d.title() == null ? d.id() : d.title();
                html.start("li");
                if (d.id() == null) {
                    html.text(title);
                } else {
                    html.link(c.base() + "/deliverable/" + RecordPages.encode(d.id()), title);
                }
                html.end("li");
            }
            html.end("ul").end("dd").end("dl");
        }
        if (row.activityId() != null) {
            html.start("p").link(c.base() + "/activity/" + row.activityId(), ui.t("group.rating.open", row.activityId())).end("p");
        }
        html.end("article");
    }

    /** An activity's level, rationale and evidence as published; with {@code dashes}, a dash for what it has none of. */
    private static void publishedRating(HtmlWriter html, Context c, PublishedPlan.Row row, Ui ui, boolean dashes) {
        PublishedPlan.Level level = row.level();
        String words = level.label() == null ? "" : level.label();
        if (level.carriedOver()) {
            words += " (" + ui.t("group.rating.carriedOver") + ")";
        }
        html.start("dl", "class", "rating");
        html.element("dt", ui.t("group.rating.level")).element("dd", words, "class", "level" + (level.id() == null ? "" : " level-" + level.id()));
        if (level.rationale() != null || dashes) {
            html.element("dt", ui.t("group.rating.rationale")).element("dd", level.rationale() == null ? "—" : level.rationale());
        }
        if (!level.evidence().isEmpty() || dashes) {
            html.element("dt", ui.t("group.rating.evidence")).start("dd");
            if (level.evidence().isEmpty()) {
                html.text("—");
            } else {
                html.start("ul", "class", "evidence");
                for (PublishedPlan.Evidence e : level.evidence()) {
                    evidenceItem(html, e.title() == null ? e.reference() : e.title(), e.reference() == null ? "" : e.reference(), c);
                }
                html.end("ul");
            }
            html.end("dd");
        }
        html.end("dl");
    }

    static String level(Assessment a, Labels labels, Ui ui) {
        if (a == null || a.level() == null) {
            return labels.level(null);
        }
        if (a.carriedOver()) {
            return labels.level(a.level()) + " (" + ui.t("group.rating.carriedOver") + ")";
        }
        return labels.level(a.level());
    }

    static String text(Text text, Call call) {
        return text == null ? "" : text.in(call.language());
    }

    /** Evidence as links: a web address as it is, a file of this year's evidence folder through its page; anything else as text. */
    private static void evidenceList(HtmlWriter html, List<Link> evidence, Context c, Call call) {
        html.start("ul", "class", "evidence");
        for (Link link : evidence) {
            evidenceItem(html, link.title() == null || link.title().en().isBlank() ? link.url() : text(link.title(), call), link.url(), c);
        }
        html.end("ul");
    }

    /** A piece of evidence as a list item: a web address as it is, a file of this year's evidence folder through its page; anything else as text. */
    private static void evidenceItem(HtmlWriter html, String title, String url, Context c) {
        String folder = EvidenceFile.folder(c.plan().groupId(), c.year().year()) + "/";
        html.start("li");
        if (Evidence.isWebAddress(url)) {
            html.link(url.strip(), title);
        } else if (url.startsWith(folder) && EvidenceFile.keptName(url.substring(folder.length()))) {
            html.link(c.base() + "/evidence/" + url.substring(folder.length()), title);
        } else {
            html.text(title).text(" ").element("code", url);
        }
        html.end("li");
    }

    // the rate form -----------------------------------------------------------------------------

    /**
     * What a rate form shows: the values (as saved, or as the person typed them), the version they rest on, and the
     * rating's values as the form first showed them at that version ({@code shown}, carried in hidden {@link #SHOWN} fields;
     * null when a request did not carry them): on a conflict, what the person left as shown is not theirs to apply again.
     */
    record RateForm(String level, String rationale, String rationaleEs, List<String[]> links, List<String[]> fileTitles, String version,
            Shown shown) {

        static RateForm of(Assessment a) {
            Shown shown = Shown.of(a);
            return new RateForm(shown.level(), shown.rationale(), shown.rationaleEs(), shown.links(), List.of(), PartVersion.of(a), shown);
        }

        /**
         * Yours on a conflict page: each value the person changed from what their form showed, as they typed it; each one they
         * left as shown, as saved now ({@code theirs}): applying yours again then never undoes a colleague's change of another
         * value of the rating (its Spanish, its level, its links). Without what was shown every value is as typed. The form
         * rests on the version saved now and shows theirs as shown.
         */
        RateForm overTheirs(Assessment theirs) {
            Shown now = Shown.of(theirs);
            String version = PartVersion.of(theirs);
            if (shown == null) {
                return new RateForm(level, rationale, rationaleEs, links, fileTitles, version, now);
            }
            return new RateForm(RecordForm.same(level, shown.level()) ? now.level() : level,
                    RecordForm.same(rationale, shown.rationale()) ? now.rationale() : rationale,
                    RecordForm.same(rationaleEs, shown.rationaleEs()) ? now.rationaleEs() : rationaleEs,
                    Shown.rows(links).equals(Shown.rows(shown.links())) ? now.links() : links, fileTitles, version, now);
        }
    }

    /** The prefix of the hidden fields of a rate form that carry the rating's values as the form first showed them. */
    static final String SHOWN = RecordForm.SHOWN;

    /** A rating's values as a rate form shows them: the level's id, the rationale's English and Spanish, the evidence links' rows. */
    record Shown(String level, String rationale, String rationaleEs, List<String[]> links) {

        static Shown of(Assessment a) {
            List<String[]> links = new ArrayList<>();
            if (a != null) {
                for (Link l : a.evidence()) {
                    links.add(new String[] {l.title() == null ? "" : l.title().en(), l.url(),
                            l.title() == null || l.title().es() == null ? "" : l.title().es()});
                }
            }
            boolean rated = a != null && a.level() != null;
            return new Shown(rated ? a.level().id() : "", a == null || a.rationale() == null || a.carriedOver() ? "" : a.rationale().en(),
                    a == null || a.rationale() == null || a.carriedOver() || a.rationale().es() == null ? "" : a.rationale().es(), links);
        }

        /** What a rate form carried as shown, or null when it carried nothing (a request made without the page). */
        static Shown posted(Call call) throws Refusal {
            Optional<String> level = call.field(SHOWN + "level");
            if (level.isEmpty()) {
                return null;
            }
            List<String> titles = call.fields(SHOWN + "evidenceTitle");
            List<String> urls = call.fields(SHOWN + "evidenceUrl");
            List<String> titlesEs = call.fields(SHOWN + "evidenceTitleEs");
            List<String[]> links = new ArrayList<>();
            for (int i = 0; i < Math.max(titles.size(), urls.size()); i++) {
                links.add(new String[] {i < titles.size() ? titles.get(i) : "", i < urls.size() ? urls.get(i) : "",
                        i < titlesEs.size() ? titlesEs.get(i) : ""});
            }
            return new Shown(level.get(), call.field(SHOWN + "rationale").orElse(""), call.field(SHOWN + "rationaleEs").orElse(""), links);
        }

        /** The hidden fields that carry these values. */
        void write(HtmlWriter html) {
            html.start("input", "type", "hidden", "name", SHOWN + "level", "value", level);
            html.start("input", "type", "hidden", "name", SHOWN + "rationale", "value", rationale);
            html.start("input", "type", "hidden", "name", SHOWN + "rationaleEs", "value", rationaleEs);
            for (String[] link : links) {
                html.start("input", "type", "hidden", "name", SHOWN + "evidenceTitle", "value", link[0]);
                html.start("input", "type", "hidden", "name", SHOWN + "evidenceUrl", "value", link[1]);
                html.start("input", "type", "hidden", "name", SHOWN + "evidenceTitleEs", "value", link[2]);
            }
        }

        /** The rows that say something, each as its stripped title, address and Spanish title: what is compared. */
        static List<List<String>> rows(List<String[]> links) {
            return links.stream().filter(l -> !l[0].isBlank() || !l[1].isBlank() || !l[2].isBlank())
                    .map(l -> List.of(l[0].strip(), l[1].strip(), l[2].strip())).toList();
        }
    }

    /** Problems by field, and those of no field of the form. */
    record Problems(Map<String, List<String>> byField, List<String> general) {
        static final Problems NONE = new Problems(Map.of(), List.of());

        static Problems of(CycleException e, String language, Function<String, String> names, Map<String, String> fieldOf) {
            Map<String, List<String>> byField = new LinkedHashMap<>();
            List<String> general = new ArrayList<>();
            for (Problem p : e.problems()) {
                String field = p.field() == null ? null : fieldOf.getOrDefault(p.field(), p.field());
                String text = p.text(language, names, Ui.of(language)::problemWords);
                if (field != null && fieldOf.containsValue(field)) {
                    byField.computeIfAbsent(field, k -> new ArrayList<>()).add(text);
                } else {
                    general.add(text);
                }
            }
            return new Problems(byField, general);
        }

        List<String> of(String field) {
            return byField.getOrDefault(field, List.of());
        }

        boolean any() {
            return !byField.isEmpty() || !general.isEmpty();
        }
    }

    private void rateForm(HtmlWriter html, Call call, Context c, Activity activity, RateForm form, Problems problems, int extraRows) {
        Ui ui = call.ui();
        Labels labels = Labels.forLanguage(call.language());
        summary(html, ui, problems);
        html.start("form", "method", "post", "action", c.base() + "/rate/" + activity.id(), "enctype", "multipart/form-data", "class", "edit rate",
                "id", "rate-form");
        html.start("input", "type", "hidden", "name", "csrf", "value", call.csrf());
        html.start("input", "type", "hidden", "name", "version", "value", form.version());
        if (form.shown() != null) {
            form.shown().write(html);
        }
        // level
        field(html, "level", ui.t("group.rating.level"), problems);
        html.start("select", attrs("id", "level", "name", "level", "required", "required", problems, "level"));
        html.element("option", ui.t("group.form.chooseLevel"), "value", "");
        for (ProgressLevel level : ProgressLevel.values()) {
            if (level.id().equals(form.level())) {
                html.element("option", labels.level(level), "value", level.id(), "selected", "selected");
            } else {
                html.element("option", labels.level(level), "value", level.id());
            }
        }
        html.end("select").end("div");
        // rationale
        field(html, "rationale", ui.t("group.form.rationale"), problems);
        html.element("textarea", form.rationale(), attrs("id", "rationale", "name", "rationale", "rows", "5", "required", "required", "lang",
                "en", problems, "rationale"));
        html.end("div");
        field(html, "rationaleEs", ui.t("group.form.rationaleEs"), problems);
        String stale = ShownSpanish.staleNote(ui, c.year().assessment(activity.id()).map(Assessment::rationale).orElse(null));
        if (stale != null) {
            html.element("p", stale, "class", "help stale", "id", "rationaleEs-stale");
        }
        html.element("textarea", form.rationaleEs(), attrs("id", "rationaleEs", "name", "rationaleEs", "rows", "3", "lang", "es", problems,
                "rationaleEs"));
        if (stale != null) {
            ShownSpanish.fitsBox(html, ui, "rationaleEs");
        }
        html.end("div");
        // evidence links
        html.start("fieldset", "class", "evidence-rows").element("legend", ui.t("group.form.links"));
        html.element("p", ui.t("group.form.links.help"), "class", "help", "id", "links-help");
        int rows = form.links().size() + EMPTY_ROWS + extraRows;
        for (int i = 0; i < rows; i++) {
            String[] link = i < form.links().size() ? form.links().get(i) : new String[] {"", "", ""};
            String key = "evidence-" + i;
            List<String> here = problems.of(key);
            html.start("div", "class", "row" + (here.isEmpty() ? "" : " invalid"));
            html.start("label", "for", "evidenceTitle-" + i).text(ui.t("group.form.linkTitle", i + 1)).end("label");
            html.start("input", "type", "text", "id", "evidenceTitle-" + i, "name", "evidenceTitle", "value", link[0]);
            html.start("label", "for", "evidenceUrl-" + i).text(ui.t("group.form.linkUrl", i + 1)).end("label");
            for (String p : here) {
                html.element("p", p, "class", "field-problem", "id", key + "-problem");
            }
            html.start("input", attrs("type", "text", "id", "evidenceUrl-" + i, "name", "evidenceUrl", "value", link[1], "inputmode", "url",
                    "aria-describedby", "links-help", problems, key));
            // the title's Spanish, with the note and the box of a Spanish older than its English, as the rationale's
            String es = "evidenceTitleEs-" + i;
            html.start("label", "for", es).text(ui.t("group.form.linkTitleEs", i + 1)).end("label");
            for (String p : problems.of(es)) {
                html.element("p", p, "class", "field-problem", "id", es + "-problem");
            }
            String staleTitle = ShownSpanish.staleNote(ui, savedTitle(c, activity, link[1]));
            if (staleTitle != null) {
                html.element("p", staleTitle, "class", "help stale", "id", es + "-stale");
            }
            html.start("input", attrs("type", "text", "id", es, "name", "evidenceTitleEs", "value", link[2], "lang", "es",
                    "aria-describedby", staleTitle == null ? null : es + "-stale", problems, es));
            if (staleTitle != null) {
                ShownSpanish.fitsBox(html, ui, es);
            }
            html.end("div");
        }
        html.end("fieldset");
        // files
        html.start("fieldset", "class", "evidence-files").element("legend", ui.t("group.form.files"));
        html.element("p", ui.t("group.form.files.help", String.join(", ", EvidenceFile.TYPES), EvidenceFile.MAX_BYTES >> 20), "class", "help",
                "id", "files-help");
        String accept = EvidenceFile.TYPES.stream().map(t -> "." + t).collect(Collectors.joining(","));
        for (int i = 1; i <= FILE_FIELDS; i++) {
            String key = "file" + i;
            List<String> here = problems.of(key);
            html.start("div", "class", "row" + (here.isEmpty() ? "" : " invalid"));
            html.start("label", "for", key).text(ui.t("group.form.file", i)).end("label");
            for (String p : here) {
                html.element("p", p, "class", "field-problem", "id", key + "-problem");
            }
            html.start("input", attrs("type", "file", "id", key, "name", key, "accept", accept, "aria-describedby", "files-help", problems, key));
            html.start("label", "for", "fileTitle" + i).text(ui.t("group.form.fileTitle", i)).end("label");
            String[] titles = i - 1 < form.fileTitles().size() ? form.fileTitles().get(i - 1) : new String[] {"", ""};
            html.start("input", "type", "text", "id", "fileTitle" + i, "name", "fileTitle" + i, "value", titles[0]);
            String es = "fileTitleEs" + i;
            html.start("label", "for", es).text(ui.t("group.form.fileTitleEs", i)).end("label");
            for (String p : problems.of(es)) {
                html.element("p", p, "class", "field-problem", "id", es + "-problem");
            }
            html.start("input", attrs("type", "text", "id", es, "name", es, "value", titles[1], "lang", "es", problems, es));
            html.end("div");
        }
        html.end("fieldset");
        // Save first: the button Enter presses in a field is the form's first
        html.start("p", "class", "actions").element("button", ui.t("group.form.save"), "type", "submit", "class", "primary").text(" ")
                .element("button", ui.t("group.form.moreRows"), "type", "submit", "name", "more", "value", String.valueOf(extraRows + 1),
                        "class", "secondary").end("p");
        html.end("form");
    }

    /** The title the rating as saved gives the link to {@code url}, or null (no such link, or no title). */
    private static Text savedTitle(Context c, Activity activity, String url) {
        String address = url == null ? "" : url.strip();
        return c.year().assessment(activity.id()).filter(a -> !address.isEmpty()).flatMap(a -> a.evidence().stream()
                .filter(l -> l.url().equals(address) && l.title() != null).map(Link::title).findFirst()).orElse(null);
    }

    /** Opens a field's div with its label and its problems (each with an id the field's aria-describedby names). */
    static void field(HtmlWriter html, String id, String label, Problems problems) {
        List<String> here = problems.of(id);
        html.start("div", "class", "field" + (here.isEmpty() ? "" : " invalid"));
        html.element("label", label, "for", id);
        for (String p : here) {
            html.element("p", p, "class", "field-problem", "id", id + "-problem");
        }
    }

    /** The attributes, and for a field with problems aria-invalid and aria-describedby naming them (with any it had). */
    static String[] attrs(Object... all) {
        Problems problems = (Problems) all[all.length - 2];
        String key = (String) all[all.length - 1];
        List<String> list = new ArrayList<>();
        String describedBy = null;
        for (int i = 0; i + 1 < all.length - 2; i += 2) {
            if ("aria-describedby".equals(all[i])) {
                describedBy = (String) all[i + 1];
            } else {
                list.add((String) all[i]);
                list.add((String) all[i + 1]);
            }
        }
        if (!problems.of(key).isEmpty()) {
            list.add("aria-invalid");
            list.add("true");
            describedBy = describedBy == null ? key + "-problem" : key + "-problem " + describedBy;
        }
        if (describedBy != null) {
            list.add("aria-describedby");
            list.add(describedBy);
        }
        return list.toArray(String[]::new);
    }

    /** The list of every problem at the top of a form, and those that belong to no field. */
    static void summary(HtmlWriter html, Ui ui, Problems problems) {
        if (!problems.any()) {
            return;
        }
        html.start("div", "class", "problems", "role", "alert").element("h2", ui.t("group.form.problems"));
        html.start("ul");
        problems.general().forEach(p -> html.element("li", p));
        // each problem of a field links to the field, as the records' forms do (RecordForm.summary)
        problems.byField().forEach((field, list) -> list.forEach(p -> html.start("li").link("#" + inputOf(field), p).end("li")));
        html.end("ul").end("div");
    }

    /** The id of the input a problem's field names: the address of an evidence row ({@code evidence-1}: {@code evidenceUrl-1}), else the field's. */
    static String inputOf(String field) {
        return field.startsWith("evidence-") ? "evidenceUrl-" + field.substring("evidence-".length()) : field;
    }

    // GET /group/{group}/{year}/activity/{activity} ---------------------------------------------------

    private Response activity(Call call) throws Refusal {
        Context c = context(call);
        Optional<PublishedPlan> asPublished = asPublished(call, c);
        if (asPublished.isPresent()) {
            return publishedActivityPage(call, c, asPublished.get());
        }
        Activity activity = activityOf(call, c);
        return ratePage(call, c, activity, 200, RateForm.of(c.year().assessment(activity.id()).orElse(null)), Problems.NONE, 0);
    }

    private Response ratePage(Call call, Context c, Activity activity, int status, RateForm form, Problems problems, int extraRows) {
        Ui ui = call.ui();
        Labels labels = Labels.forLanguage(call.language());
        String name = c.plan().name().in(call.language());
        HtmlWriter html = new HtmlWriter().start("p", "class", "crumbs").link(c.base(), ui.t("group.year.title", name, c.year().year()))
                .end("p");
        html.element("h1", ui.t("group.rate.title", name, activity.id(), c.year().year()));
        html.element("p", text(activity.description(), call), "class", "lead");
        Optional<Assessment> a = c.year().assessment(activity.id());
        html.start("section", "aria-labelledby", "now").element("h2", ui.t("group.rate.now"), "id", "now");
        rating(html, call, c, a.orElse(null), labels);
        html.end("section");
        if (editable(call, c)) {
            html.start("section", "aria-labelledby", "form-title").element("h2", ui.t("group.rate.form"), "id", "form-title");
            rateForm(html, call, c, activity, form, problems, extraRows);
            html.end("section");
        } else {
            review(html, ui, call, c);
            publishedNotice(html, ui, c, false);
        }
        return Response.html(status, Page.of(call, ui.t("group.rate.title", name, activity.id(), c.year().year()), "/group", app.menu(call), html));
    }

    /** An activity of a published year as its published report shows it: its words, level, rationale and evidence; no form. */
    private Response publishedActivityPage(Call call, Context c, PublishedPlan plan) throws Refusal {
        Ui ui = call.ui();
        String id = call.part("activity");
        PublishedPlan.Row row = plan.activity(id).orElseThrow(() -> new Refusal(404, ui.t("group.unknownActivity"), ui.t(
                "group.unknownActivity.published", id, c.year().year(), plan.goals().stream().flatMap(g -> g.rows().stream())
                        .map(PublishedPlan.Row::activityId).filter(a -> a != null).collect(Collectors.joining(", ")))));
        String name = c.plan().name().in(call.language());
        HtmlWriter html = new HtmlWriter().start("p", "class", "crumbs").link(c.base(), ui.t("group.year.title", name, c.year().year()))
                .end("p");
        html.element("h1", ui.t("group.rate.title", id));
        String lang = plan.language().equals(call.language()) ? null : plan.language();
        if (lang == null) {
            html.element("p", row.activity(), "class", "lead");
            html.start("section", "aria-labelledby", "now");
        } else {
            html.element("p", row.activity(), "class", "lead", "lang", lang);
            html.start("section", "aria-labelledby", "now", "lang", lang);
        }
        html.element("h2", ui.t("group.rate.published"), "id", "now");
        publishedNotice(html, ui, c, true);
        publishedRating(html, c, row, ui, true);
        html.end("section");
        review(html, ui, call, c);
        return Response.html(200, Page.of(call, ui.t("group.rate.title", id), "/group", app.menu(call), html));
    }

    private static void rating(HtmlWriter html, Call call, Context c, Assessment a, Labels labels) {
        Ui ui = call.ui();
        html.start("dl", "class", "rating");
        html.element("dt", ui.t("group.rating.level")).element("dd", level(a, labels, ui));
        html.element("dt", ui.t("group.rating.rationale")).element("dd", a == null || a.rationale() == null ? "—" : text(a.shownRationale(), call));
        html.element("dt", ui.t("group.rating.evidence")).start("dd");
        if (a == null || a.evidence().isEmpty()) {
            html.text("—");
        } else {
            evidenceList(html, a.evidence(), c, call);
        }
        html.end("dd").end("dl");
    }

    // POST /group/{group}/{year}/rate/{activity} ------------------------------------------------------

    private Response rate(Call call) throws Refusal {
        Ui ui = call.ui();
        Context c = context(call);
        Activity activity = activityOf(call, c);
        String version = call.field("version").orElseThrow(() -> new Refusal(400, ui.t("group.noVersion"), ui.t("group.noVersion.text")));
        List<String> titles = call.fields("evidenceTitle");
        List<String> urls = call.fields("evidenceUrl");
        List<String> titlesEs = call.fields("evidenceTitleEs");
        List<String[]> rows = new ArrayList<>();
        // each row's place in the form as sent, by which its box beside a stale Spanish title is named
        List<Integer> sentAt = new ArrayList<>();
        for (int i = 0; i < Math.max(titles.size(), urls.size()); i++) {
            String title = i < titles.size() ? titles.get(i) : "";
            String url = i < urls.size() ? urls.get(i) : "";
            String titleEs = i < titlesEs.size() ? titlesEs.get(i) : "";
            if (!title.isBlank() || !url.isBlank() || !titleEs.isBlank()) {
                rows.add(new String[] {title, url, titleEs});
                sentAt.add(i);
            }
        }
        List<String[]> fileTitles = new ArrayList<>();
        for (int i = 1; i <= FILE_FIELDS; i++) {
            fileTitles.add(new String[] {call.field("fileTitle" + i).orElse(""), call.field("fileTitleEs" + i).orElse("")});
        }
        RateForm form = new RateForm(call.field("level").orElse(""), call.field("rationale").orElse(""), call.field("rationaleEs").orElse(""),
                rows, fileTitles, version, Shown.posted(call));
        Optional<String> more = call.field("more");
        if (more.isPresent()) {
            // "more rows": the same form again with the values typed, nothing saved
            int extra = more.get().matches("[1-9]") ? Integer.parseInt(more.get()) : 1;
            return ratePage(call, c, activity, 200, form, Problems.NONE, extra);
        }
        List<Link> links = new ArrayList<>();
        Map<String, String> fieldOf = new LinkedHashMap<>();
        fieldOf.put("level", "level");
        fieldOf.put("rationale", "rationale");
        fieldOf.put("rationaleEs", "rationaleEs");
        // each title's Spanish as the rationale's: sent back as shown it is none (kept, stale when the English changed), unless its
        // box says it still fits; emptied, it is removed; a form that sent no Spanish titles (made before they had one) gives none
        List<String> titlesSpanish = new ArrayList<>();
        boolean spanishSent = !titlesEs.isEmpty();
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            links.add(new Link(row[0].isBlank() ? null : Text.of(row[0].strip()), row[1]));
            fieldOf.put("evidence[" + i + "]", "evidence-" + i);
            fieldOf.put("evidenceTitle[" + i + "]", "evidenceTitle-" + i);
            fieldOf.put("evidenceEs[" + i + "]", "evidenceTitleEs-" + i);
            Text shownTitle = savedTitle(c, activity, row[1]);
            String es = ShownSpanish.given(row[2], shownTitle, call.field(ShownSpanish.fitsName("evidenceTitleEs-" + sentAt.get(i))).isPresent());
            if (row[0].isBlank() && !row[2].isBlank()) {
                es = row[2]; // a Spanish left without its English title: given, so that the service says it has nothing to translate
            }
            titlesSpanish.add(!spanishSent ? null : es != null ? es : ShownSpanish.emptied(Optional.of(row[2]), shownTitle) ? "" : null);
        }
        List<EvidenceFile> files = new ArrayList<>();
        for (int i = 1; i <= FILE_FIELDS; i++) {
            String field = "file" + i;
            for (Upload upload : call.request().uploads()) {
                if (upload.field().equals(field)) {
                    String title = fileTitles.get(i - 1)[0];
                    String titleEs = fileTitles.get(i - 1)[1];
                    fieldOf.put("fileTitles[" + files.size() + "]", "fileTitle" + i);
                    fieldOf.put("fileTitles[" + files.size() + "]Es", "fileTitleEs" + i);
                    fieldOf.put("files[" + files.size() + "]", field);
                    // a Spanish title without an English one is given so, for the service to say it has nothing to translate
                    Text titled = title.isBlank() ? (titleEs.isBlank() ? null : new Text("", titleEs.strip())) : Text.of(title.strip(),
                            titleEs.isBlank() ? null : titleEs.strip());
                    files.add(new EvidenceFile(titled, upload.fileName(), upload.content()));
                }
            }
        }
        // the form shows a rationale's Spanish, but none of a level carried over (RateForm.of)
        Text shownRationale = c.year().assessment(activity.id()).filter(a -> !a.carriedOver()).map(Assessment::rationale).orElse(null);
        String es = ShownSpanish.given(form.rationaleEs(), shownRationale, call.field(ShownSpanish.fitsName("rationaleEs")).isPresent());
        Rate request = new Rate(acting(app, call, version), activity.id(), c.year().year(), form.level(), Text.of(form.rationale(), es),
                links, files, ShownSpanish.emptied(call.field("rationaleEs"), shownRationale), titlesSpanish);
        try {
            app.cycle.rate(request);
        } catch (CycleException e) {
            Function<String, String> names = rateNames(ui, fieldOf);
            if (e.kind() == CycleException.Kind.CONFLICT) {
                return rateConflict(call, activity, form);
            }
            if (e.kind() == CycleException.Kind.REFUSED) {
                throw refusal(ui, e, names);
            }
            Problems problems = Problems.of(e, call.language(), names, fieldOf);
            // a page sent back cannot hold a chosen file: each file sent without a problem of its own is named, to be chosen again
            Map<String, List<String>> byField = new LinkedHashMap<>(problems.byField());
            for (Upload upload : call.request().uploads()) {
                if (upload.field().matches("file[0-9]+") && !upload.fileName().isBlank() && !byField.containsKey(upload.field())) {
                    byField.put(upload.field(), List.of(ui.t("group.form.file.again", upload.fileName())));
                }
            }
            return ratePage(call, c, activity, 422, form, new Problems(byField, problems.general()), 0);
        }
        return Response.seeOther(c.base() + "?saved=" + activity.id() + "#activity-" + activity.id());
    }

    /** What the form calls each field a problem names. */
    static Function<String, String> rateNames(Ui ui, Map<String, String> fieldOf) {
        return field -> FieldNames.label(ui, fieldOf.getOrDefault(field, field));
    }

    /** The service refused the change (the year is under review or published): a page saying so, status 409. */
    static Refusal refusal(Ui ui, CycleException e, Function<String, String> names) {
        return new Refusal(409, ui.t("group.refused"), e.problems().stream().map(p -> p.text(ui.language(), names, ui::problemWords)).collect(Collectors.joining(" ")));
    }

    /**
     * Someone saved the rating since the person read it: theirs (read again) beside the person's, and the form to apply the
     * person's again. The person's are the values they changed from what their form showed; those they left as shown are
     * theirs, as saved now ({@link RateForm#overTheirs}).
     */
    private Response rateConflict(Call call, Activity activity, RateForm typed) throws Refusal {
        Ui ui = call.ui();
        Context now = context(call);
        Labels labels = Labels.forLanguage(call.language());
        Assessment theirs = now.year().assessment(activity.id()).orElse(null);
        RateForm yours = typed.overTheirs(theirs);
        ConflictPage page = new ConflictPage(call, now.base(), ui.t("group.year.title", now.plan().name().in(call.language()), now.year().year()),
                activity.id()).compare(lastChange(call, now, activity.id()), html -> {
                    rating(html, call, now, theirs, labels);
                    // its Spanish too, which the person may have changed (the rating above is in the page's language)
                    String theirsEs = Shown.of(theirs).rationaleEs();
                    if (!theirsEs.isBlank() && !"es".equals(call.language())) {
                        html.start("dl", "class", "rating").element("dt", ui.t("group.rating.rationaleEs")).element("dd", theirsEs, "lang", "es")
                                .end("dl");
                    }
                }, html -> {
                    html.start("dl", "class", "rating");
                    html.element("dt", ui.t("group.rating.level")).element("dd",
                            ProgressLevel.byId(yours.level()).map(labels::level).orElse(yours.level()));
                    html.element("dt", ui.t("group.rating.rationale")).element("dd", yours.rationale(), "lang", "en");
                    if (!yours.rationaleEs().isBlank()) {
                        html.element("dt", ui.t("group.rating.rationaleEs")).element("dd", yours.rationaleEs(), "lang", "es");
                    }
                    html.element("dt", ui.t("group.rating.evidence")).start("dd").start("ul", "class", "evidence");
                    for (String[] link : yours.links()) {
                        html.start("li").text(link[0]).text(" ").element("code", link[1]);
                        if (!link[2].isBlank()) {
                            html.text(" ").element("span", link[2], "lang", "es");
                        }
                        html.end("li");
                    }
                    html.end("ul").end("dd").end("dl");
                });
        if (editable(call, now)) {
            page.again(html -> rateForm(html, call, now, activity, yours, Problems.NONE, 0));
        } else {
            page.then(html -> review(html, ui, call, now));
        }
        return page.keepTheirs(now.base() + "/activity/" + activity.id()).response(app, "/group");
    }

    /** Who made the change saved now, and when, from the history; empty when the history cannot be read (the values still show). */
    private Optional<HistoryEntry> lastChange(Call call, Context c, String subject) {
        return ConflictPage.lastChange(app, call, c.plan().groupId(), subject, c.year().year());
    }

    // narrative ------------------------------------------------------------------------------------

    private Response narrativePage(Call call) throws Refusal {
        Context c = context(call);
        String part = partOf(call);
        List<Text> now = c.year().narrative().part(part);
        return narrativePage(call, c, part, 200, join(now, false), join(now, true), PartVersion.of(now), shownOf(now), Problems.NONE);
    }

    static String join(List<Text> paragraphs, boolean spanish) {
        if (spanish && paragraphs.stream().allMatch(p -> p.es() == null)) {
            return "";
        }
        return paragraphs.stream().map(p -> spanish ? (p.es() == null ? "" : p.es()) : p.en()).collect(Collectors.joining("\n\n"));
    }

    /** A part's paragraphs as its form shows them, English and Spanish: what the form carries as shown. */
    static List<String> shownOf(List<Text> paragraphs) {
        return List.of(join(paragraphs, false), join(paragraphs, true));
    }

    /** What a form of paragraphs (a narrative part, the introduction) carried as shown (English, Spanish), or null when it carried nothing. */
    static List<String> shownPosted(Call call) throws Refusal {
        Optional<String> english = call.field(SHOWN + "paragraphs");
        return english.isEmpty() ? null : List.of(english.get(), call.field(SHOWN + "paragraphsEs").orElse(""));
    }

    private Response narrativePage(Call call, Context c, String part, int status, String english, String spanish, String version,
            List<String> shown, Problems problems) {
        Ui ui = call.ui();
        String partName = ui.t("group.part." + part);
        HtmlWriter html = new HtmlWriter().start("p", "class", "crumbs").link(c.base(), ui.t("group.year.title",
                c.plan().name().in(call.language()), c.year().year())).end("p");
        html.element("h1", ui.t("group.narrative.title", c.plan().name().in(call.language()), partName.toLowerCase(java.util.Locale.ROOT), c.year().year()));
        if (editable(call, c)) {
            narrativeForm(html, call, c, part, english, spanish, version, shown, problems);
        } else {
            List<Text> paragraphs = c.year().narrative().part(part);
            if (paragraphs.isEmpty()) {
                html.element("p", ui.t("group.part.empty"), "class", "empty");
            }
            paragraphs.forEach(p -> html.element("p", text(p, call)));
            review(html, ui, call, c);
        }
        return Response.html(status, Page.of(call, ui.t("group.narrative.title", c.plan().name().in(call.language()), partName.toLowerCase(java.util.Locale.ROOT), c.year().year()), "/group", app.menu(call), html));
    }

    /** @param shown the part's English and Spanish as the form first showed them at {@code version} (carried in hidden fields), or null */
    private static void narrativeForm(HtmlWriter html, Call call, Context c, String part, String english, String spanish, String version,
            List<String> shown, Problems problems) {
        paragraphsForm(html, call, c.base() + "/narrative/" + part, c.year().narrative().part(part), english, spanish, version, shown, problems);
    }

    /**
     * The form of a part written as paragraphs, in English and Spanish (a narrative part, the program office's introduction):
     * it posts {@code paragraphs}, {@code paragraphsEs} and the {@code version} of the part as it is now ({@code current}),
     * and, when {@code shown} is given, the English and Spanish as the form first showed them (for a conflict's page).
     */
    static void paragraphsForm(HtmlWriter html, Call call, String action, List<Text> current, String english, String spanish, String version,
            List<String> shown, Problems problems) {
        Ui ui = call.ui();
        summary(html, ui, problems);
        html.start("form", "method", "post", "action", action, "class", "edit narrative");
        html.start("input", "type", "hidden", "name", "csrf", "value", call.csrf());
        html.start("input", "type", "hidden", "name", "version", "value", version);
        if (shown != null) {
            html.start("input", "type", "hidden", "name", SHOWN + "paragraphs", "value", shown.get(0));
            html.start("input", "type", "hidden", "name", SHOWN + "paragraphsEs", "value", shown.get(1));
        }
        html.element("p", ui.t("group.narrative.help"), "class", "help", "id", "paragraphs-help");
        field(html, "paragraphs", ui.t("group.narrative.paragraphs"), problems);
        html.element("textarea", english, attrs("id", "paragraphs", "name", "paragraphs", "rows", "14", "lang", "en", "aria-describedby",
                "paragraphs-help", problems, "paragraphs"));
        html.end("div");
        field(html, "paragraphsEs", ui.t("group.narrative.paragraphsEs"), problems);
        String stale = ShownSpanish.staleNote(ui, current);
        if (stale != null) {
            html.element("p", stale, "class", "help stale", "id", "paragraphsEs-stale");
        }
        html.element("textarea", spanish, attrs("id", "paragraphsEs", "name", "paragraphsEs", "rows", "8", "lang", "es", "aria-describedby",
                "paragraphs-help", problems, "paragraphsEs"));
        if (stale != null) {
            ShownSpanish.fitsBox(html, ui, "paragraphsEs");
        }
        html.end("div");
        html.start("p", "class", "actions").element("button", ui.t("group.form.save"), "type", "submit", "class", "primary").end("p");
        html.end("form");
    }

    /** Paragraphs are separated by an empty line. */
    static List<String> paragraphs(String text) {
        List<String> all = new ArrayList<>();
        for (String p : text.replace("\r\n", "\n").replace('\r', '\n').split("\n[ \t]*\n")) {
            if (!p.isBlank()) {
                all.add(p.strip());
            }
        }
        return all;
    }

    private Response narrative(Call call) throws Refusal {
        Ui ui = call.ui();
        Context c = context(call);
        String part = partOf(call);
        String version = call.field("version").orElseThrow(() -> new Refusal(400, ui.t("group.noVersion"), ui.t("group.noVersion.text")));
        String english = call.field("paragraphs").orElse("");
        String spanish = call.field("paragraphsEs").orElse("");
        List<Text> shown = c.year().narrative().part(part);
        Given given = Given.of(call, shown);
        if (given.problems() != null) {
            return narrativePage(call, c, part, 422, english, spanish, version, shownPosted(call), given.problems());
        }
        try {
            app.cycle.narrative(new WriteNarrative(acting(app, call, version), c.plan().groupId(), c.year().year(), part, given.texts(), false,
                    given.spanishRemoved()));
        } catch (CycleException e) {
            Map<String, String> fieldOf = PARAGRAPH_FIELDS;
            Function<String, String> names = rateNames(ui, fieldOf);
            if (e.kind() == CycleException.Kind.CONFLICT) {
                return narrativeConflict(call, part, english, spanish, shownPosted(call));
            }
            if (e.kind() == CycleException.Kind.REFUSED) {
                throw refusal(ui, e, names);
            }
            return narrativePage(call, c, part, 422, english, spanish, version, shownPosted(call), Problems.of(e, call.language(), names, fieldOf));
        }
        return Response.seeOther(c.base() + "?saved=" + part + "#narrative-" + part);
    }

    /** The fields of a form of paragraphs, as the cycle's problems name them. */
    static final Map<String, String> PARAGRAPH_FIELDS = Map.of("paragraphs", "paragraphs", "paragraphsEs", "paragraphsEs");

    /**
     * The paragraphs a form of paragraphs ({@link #paragraphsForm}) gave, each with its Spanish as read against the
     * part as shown ({@link ShownSpanish}), and whether an emptied Spanish field removes the Spanish; or, when there are
     * Spanish paragraphs but not as many as English ones, the problem beside the Spanish field (and no texts).
     */
    record Given(List<Text> texts, boolean spanishRemoved, Problems problems) {

        static Given of(Call call, List<Text> shown) throws Refusal {
            Ui ui = call.ui();
            List<String> en = paragraphs(call.field("paragraphs").orElse(""));
            List<String> es = paragraphs(call.field("paragraphsEs").orElse(""));
            if (!es.isEmpty() && es.size() != en.size()) {
                String counts = es.size() == 1 ? "group.narrative.counts.oneSpanish" : en.size() == 1 ? "group.narrative.counts.oneEnglish"
                        : "group.narrative.counts";
                return new Given(List.of(), false, new Problems(Map.of("paragraphsEs", List.of(ui.t(counts, es.size(), en.size()))), List.of()));
            }
            List<Text> texts = new ArrayList<>();
            for (int i = 0; i < en.size(); i++) {
                texts.add(Text.of(en.get(i), es.isEmpty() ? null : ShownSpanish.given(es.get(i), shown, i,
                        call.field(ShownSpanish.fitsName("paragraphsEs")).isPresent())));
            }
            return new Given(texts, ShownSpanish.emptied(call.field("paragraphsEs"), shown), null);
        }
    }

    /**
     * Someone saved the part since the person read it. The person's are the texts (English, Spanish) they changed from what their
     * form showed; one they left as shown is theirs, as saved now, so that applying the person's again never puts back what a
     * colleague changed meanwhile (a Spanish fixed while the person rewrote the English). Without what was shown both are as typed.
     */
    private Response narrativeConflict(Call call, String part, String typedEnglish, String typedSpanish, List<String> shown) throws Refusal {
        Ui ui = call.ui();
        Context now = context(call);
        List<Text> theirs = now.year().narrative().part(part);
        List<String> saved = shownOf(theirs);
        List<String> yours = yours(saved, typedEnglish, typedSpanish, shown);
        String english = yours.get(0);
        String spanish = yours.get(1);
        ConflictPage page = new ConflictPage(call, now.base(), ui.t("group.year.title", now.plan().name().in(call.language()), now.year().year()),
                ui.t("group.part." + part)).compare(lastChange(call, now, part), html -> bothLanguages(html, ui, saved.get(0), saved.get(1)),
                        html -> bothLanguages(html, ui, english, spanish));
        if (editable(call, now)) {
            page.again(html -> narrativeForm(html, call, now, part, english, spanish, PartVersion.of(theirs), saved, Problems.NONE));
        } else {
            page.then(html -> review(html, ui, call, now));
        }
        return page.keepTheirs(now.base() + "/narrative/" + part).response(app, "/group");
    }

    /**
     * A part's paragraphs on a conflict's page, theirs and yours alike: the English, then the Spanish, each marked with its
     * language, so that the person compares both whatever the page's language (either may be the one that changed).
     */
    static void bothLanguages(HtmlWriter html, Ui ui, String english, String spanish) {
        if (english.isBlank() && spanish.isBlank()) {
            html.element("p", ui.t("group.part.empty"), "class", "empty");
        }
        paragraphs(english).forEach(p -> html.element("p", p, "lang", "en"));
        paragraphs(spanish).forEach(p -> html.element("p", p, "lang", "es"));
    }

    /**
     * On a conflict over a part written as paragraphs, the person's English and Spanish: each as typed where the person
     * changed it from what their form showed ({@code shown}, null when the form carried nothing), else as saved now
     * ({@code saved}, {@link #shownOf}), so that applying the person's again never puts back what a colleague changed.
     */
    static List<String> yours(List<String> saved, String typedEnglish, String typedSpanish, List<String> shown) {
        return List.of(shown != null && RecordForm.same(typedEnglish, shown.get(0)) ? saved.get(0) : typedEnglish,
                shown != null && RecordForm.same(typedSpanish, shown.get(1)) ? saved.get(1) : typedSpanish);
    }

    // GET /group/{group}/{year}/evidence/{file} -------------------------------------------------------

    private Response evidenceFile(Call call) throws Refusal {
        Context c = context(call);
        String name = call.part("file");
        if (!EvidenceFile.keptName(name)) {
            throw WebApp.notFound(call, call.request().path());
        }
        String type = name.substring(name.lastIndexOf('.') + 1);
        Path file = app.data.resolve(EvidenceFile.folder(c.plan().groupId(), c.year().year())).resolve(name);
        try {
            Path root = app.data.toRealPath();
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || !file.toRealPath().startsWith(root)) {
                throw WebApp.notFound(call, call.request().path());
            }
            byte[] bytes = Files.readAllBytes(file);
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Disposition", "attachment; filename=\"" + name + "\"");
            headers.put("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; sandbox");
            return new Response(200, mediaType(type), headers, bytes);
        } catch (IOException e) {
            throw WebApp.notFound(call, call.request().path());
        }
    }

    private static String mediaType(String type) {
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "pdf" -> "application/pdf";
            case "txt" -> "text/plain; charset=utf-8";
            case "csv" -> "text/csv; charset=utf-8";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "gif" -> "image/gif";
            case "webp" -> "image/webp";
            default -> "application/octet-stream";
        };
    }
}
