package mou.cycle.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import mou.core.model.Activity;
import mou.core.model.AnnualReport;
import mou.core.model.Assessment;
import mou.core.model.DateSpan;
import mou.core.model.Event;
import mou.core.model.GroupYear;
import mou.core.model.HistoryEntry;
import mou.core.model.Ids;
import mou.core.model.Link;
import mou.core.model.Metric;
import mou.core.model.Narrative;
import mou.core.model.ProgressLevel;
import mou.core.model.Quarter;
import mou.core.model.QuarterlyUpdate;
import mou.core.model.ReviewAction;
import mou.core.model.ReviewState;
import mou.core.model.ReviewStep;
import mou.core.model.Text;
import mou.core.model.WorkingGroupPlan;
import mou.core.model.Workspace;
import mou.cycle.internal.Workbench.Loaded;

/**
 * The commands of the reporting cycle that record progress and move years through review, free
 * of Gogo so they are tested with plain objects: each takes the words typed after its name and
 * returns its exit status ({@link Status}). Every change is saved with a check that nobody else
 * saved the same file since it was read, and recorded in the workspace's history.
 */
final class Cycle {

    static final Set<String> NARRATIVE_PARTS = Set.of("summary", "accomplishments", "challenges", "next-steps");

    private final Workbench bench;
    private final Publisher publisher;
    private final Sheets sheets;

    Cycle(Workbench bench, Publisher publisher, Sheets sheets) {
        this.bench = bench;
        this.publisher = publisher;
        this.sheets = sheets;
    }

    int run(String command, List<String> words, Io io) {
        try {
            switch (command) {
                case "year" -> year(words, io);
                case "rate" -> rate(words, io);
                case "update" -> update(words, io);
                case "event" -> event(words, io);
                case "figure" -> figure(words, io);
                case "narrative" -> narrative(words, io);
                case "submit", "return", "approve" -> review(command, words, io);
                case "publish" -> publisher.publish(words, io);
                case "history" -> history(words, io);
                case "export" -> sheets.export(words, io);
                case "import" -> sheets.importFrom(words, io);
                default -> throw CommandException.usage("unknown command '" + command + "'; cycle commands: "
                        + String.join(", ", CycleHelp.SUMMARIES.keySet()));
            }
            return Status.OK;
        } catch (CommandException e) {
            e.lines().forEach(io.err()::println);
            return e.status();
        }
    }

    private static boolean help(Args args, String command, Io io) {
        if (args.help()) {
            io.out().print(CycleHelp.of(command));
            return true;
        }
        return false;
    }

    private static HistoryEntry entry(java.time.Instant at, String by, String action, GroupYear year, String subject, String why,
            Object before, Object after) {
        return new HistoryEntry(at, by, action, year.groupId(), year.year(), subject, why, before, after);
    }

    // year open / year status ---------------------------------------------------------------

    private void year(List<String> words, Io io) throws CommandException {
        Args args = Args.parse("year", words, Set.of("--group", "--data", "--by", "--why"), Set.of(), Set.of());
        if (help(args, "year", io)) {
            return;
        }
        List<String> a = args.arguments();
        String action = a.isEmpty() ? "" : a.get(0);
        switch (action) {
            case "open" -> {
                args.expect(2, "year open YEAR [--group GROUP-ID]");
                yearOpen(Workbench.year(a.get(1), "year open"), args, io);
            }
            case "status" -> {
                if (a.size() > 2) {
                    throw CommandException.usage("year status: unexpected argument '" + a.get(2) + "'; usage: year status [YEAR]");
                }
                yearStatus(a.size() == 2 ? OptionalInt.of(Workbench.year(a.get(1), "year status")) : OptionalInt.empty(), args, io);
            }
            default -> throw CommandException.usage("year: say what to do: year open YEAR [--group GROUP-ID], or year status [YEAR]"
                    + (action.isEmpty() ? "" : " ('" + action + "' is not one of them)"));
        }
    }

    private void yearOpen(int year, Args args, Io io) throws CommandException {
        String by = bench.actor(args, "year open");
        Loaded loaded = bench.load(bench.data(args, io, "year open"), "year open");
        Workspace ws = loaded.workspace();
        List<WorkingGroupPlan> plans;
        Optional<String> group = args.value("--group");
        if (group.isPresent()) {
            plans = List.of(Workbench.plan(ws, group.get(), "year open"));
        } else {
            plans = ws.plans();
            if (plans.isEmpty()) {
                throw CommandException.usage("year open: the workspace has no working group plans (groups/GROUP-ID/plan.json)");
            }
        }
        java.time.Instant now = bench.now();
        Workspace changed = ws;
        List<HistoryEntry> history = new ArrayList<>();
        List<String> opened = new ArrayList<>();
        for (WorkingGroupPlan plan : plans) {
            if (ws.year(plan.groupId(), year).isPresent()) {
                io.out().println(plan.groupId() + " " + year + " is already open; left as it is");
                continue;
            }
            OptionalInt latest = ws.years().stream().filter(y -> y.groupId().equals(plan.groupId())).mapToInt(GroupYear::year).max();
            if (latest.isPresent() && latest.getAsInt() > year) {
                throw CommandException.usage("year open: " + plan.groupId() + " already has " + latest.getAsInt()
                        + "; a new reporting year comes after the last one, so open " + (latest.getAsInt() + 1) + " or later");
            }
            List<Assessment> carried = new ArrayList<>();
            Optional<GroupYear> previous = latest.isPresent() ? ws.year(plan.groupId(), latest.getAsInt()) : Optional.empty();
            for (Activity activity : plan.activities()) {
                previous.flatMap(p -> p.assessment(activity.id())).ifPresent(p -> carried.add(new Assessment(activity.id(), p.level(),
                        Text.of("Level carried over from " + previous.get().year() + "; not yet re-rated for " + year + "."),
                        List.of(), p.inferred())));
            }
            GroupYear fresh = new GroupYear(plan.groupId(), year, Narrative.EMPTY, carried, List.of(), List.of());
            changed = Workbench.withYear(changed, fresh);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("state", ReviewState.DRAFT.id());
            after.put("levelsCarriedOver", carried.size());
            after.put("from", previous.map(GroupYear::year).orElse(null));
            history.add(entry(now, by, "year open", fresh, null, args.value("--why").orElse(null), null, after));
            opened.add(plan.groupId() + " " + year + ": opened"
                    + previous.map(p -> ", " + carried.size() + " of " + plan.activities().size() + " activities start from their "
                            + p.year() + " level").orElse(", no earlier year to start from"));
        }
        if (group.isEmpty() && ws.report(year).isEmpty()) {
            Text title = ws.reports().stream().filter(r -> r.year() < year).max((x, y) -> Integer.compare(x.year(), y.year()))
                    .map(AnnualReport::title).orElse(ws.agreement().title());
            List<AnnualReport> reports = new ArrayList<>(changed.reports());
            reports.add(new AnnualReport(year, title, List.of(), null, List.of()));
            changed = new Workspace(changed.agreement(), changed.organizations(), changed.relatedAgreements(), changed.plans(),
                    changed.years(), reports);
            opened.add("reports/" + year + ".json: created for the program office's introduction and final comments");
        }
        if (history.isEmpty()) {
            io.out().println("year open: nothing to open");
            return;
        }
        bench.save(loaded, changed, history, "year open");
        opened.forEach(io.out()::println);
    }

    private void yearStatus(OptionalInt wanted, Args args, Io io) throws CommandException {
        Loaded loaded = bench.load(bench.data(args, io, "year status"), "year status");
        Workspace ws = loaded.workspace();
        int year = wanted.isPresent() ? wanted.getAsInt()
                : ws.years().stream().mapToInt(GroupYear::year).max().orElseThrow(() -> CommandException.usage(
                        "year status: the workspace records no year yet; open one with year open YEAR"));
        for (WorkingGroupPlan plan : ws.plans()) {
            if (args.value("--group").filter(g -> !g.equals(plan.groupId())).isPresent()) {
                continue;
            }
            Optional<GroupYear> y = ws.year(plan.groupId(), year);
            if (y.isEmpty()) {
                io.out().println(plan.groupId() + " " + year + ": not open");
                continue;
            }
            GroupYear g = y.get();
            long rated = plan.activities().stream().filter(act -> g.assessment(act.id()).isPresent()).count();
            String step = g.review().last().map(s -> " (by " + s.by() + " on " + s.at() + (s.reason() == null ? "" : ": " + s.reason()) + ")")
                    .orElse("");
            io.out().println(plan.groupId() + " " + year + ": " + g.review().state().id() + step + "; " + rated + " of "
                    + plan.activities().size() + " activities rated, " + g.metrics().size() + " figures, " + g.events().size()
                    + " events, quarterly updates: " + (g.updates().isEmpty() ? "none"
                            : g.updates().stream().map(u -> "Q" + u.quarter()).collect(Collectors.joining(", "))));
        }
    }

    // rate ----------------------------------------------------------------------------------

    private void rate(List<String> words, Io io) throws CommandException {
        Args args = Args.parse("rate", words, Set.of("--rationale", "--rationale-es", "--evidence", "--evidence-title", "--year",
                "--data", "--by", "--why"), Set.of("--evidence", "--evidence-title"), Set.of("--no-evidence"));
        if (help(args, "rate", io)) {
            return;
        }
        List<String> a = args.expect(2, "rate ACTIVITY-ID LEVEL --rationale TEXT [--evidence URL-OR-PATH]...");
        ProgressLevel level = Workbench.level(a.get(1)).orElseThrow(() -> CommandException.usage("rate: '" + a.get(1)
                + "' is not a level of the Progress Key; use one of " + Workbench.levels()));
        String rationale = args.text("--rationale").orElseThrow(() -> CommandException.usage(
                "rate: say why the activity stands at this level with --rationale TEXT"));
        Optional<String> rationaleEs = args.text("--rationale-es");
        List<String> titles = args.values("--evidence-title");
        List<String> urls = args.values("--evidence");
        if (titles.size() > urls.size()) {
            throw CommandException.usage("rate: there are more --evidence-title than --evidence; give each title after its --evidence");
        }
        if (args.flag("--no-evidence") && !urls.isEmpty()) {
            throw CommandException.usage("rate: --no-evidence and --evidence contradict each other; give one of them");
        }
        String by = bench.actor(args, "rate");
        Loaded loaded = bench.load(bench.data(args, io, "rate"), "rate");
        Workspace ws = loaded.workspace();
        WorkingGroupPlan plan = Workbench.planOfActivity(ws, a.get(0), "rate");
        int year = args.value("--year").isPresent() ? Workbench.year(args.value("--year").get(), "rate")
                : ws.years().stream().filter(y -> y.groupId().equals(plan.groupId())).mapToInt(GroupYear::year).max()
                        .orElseThrow(() -> CommandException.usage("rate: " + plan.groupId() + " has no year yet; open one with year open YEAR"));
        GroupYear current = Workbench.groupYear(ws, plan.groupId(), year, "rate");
        Workbench.editable(current, "rate");
        List<Link> evidence = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            String url = urls.get(i).strip();
            Optional<String> problem = Workbench.evidenceProblem(loaded.folder(), url);
            if (problem.isPresent()) {
                problems.add("rate: --evidence " + problem.get());
            }
            evidence.add(new Link(i < titles.size() ? Text.of(titles.get(i).strip()) : null, url));
        }
        if (!problems.isEmpty()) {
            throw CommandException.usage(String.join("\n", problems));
        }
        Optional<Assessment> before = current.assessment(a.get(0));
        List<Link> kept = urls.isEmpty() && !args.flag("--no-evidence") ? before.map(Assessment::evidence).orElse(List.of()) : evidence;
        Assessment rated = new Assessment(a.get(0), level, Text.of(rationale, rationaleEs.orElse(null)), kept, false);
        if (before.isPresent() && before.get().equals(rated)) {
            io.out().println("rate: " + a.get(0) + " already stands at " + level.id() + " with this rationale and evidence; nothing changed");
            return;
        }
        List<Assessment> assessments = new ArrayList<>();
        boolean placed = false;
        for (Activity activity : plan.activities()) {
            if (activity.id().equals(a.get(0))) {
                assessments.add(rated);
                placed = true;
            } else {
                current.assessment(activity.id()).ifPresent(assessments::add);
            }
        }
        // assessments of activities no longer in the plan are kept as they were
        current.assessments().stream().filter(x -> plan.activity(x.activityId()).isEmpty()).forEach(assessments::add);
        if (!placed) {
            assessments.add(rated);
        }
        GroupYear changed = current.withAssessments(assessments);
        bench.save(loaded, Workbench.withYear(ws, changed),
                List.of(entry(bench.now(), by, "rate", current, a.get(0), args.value("--why").orElse(rationale),
                        Plain.assessment(before.orElse(null)), Plain.assessment(rated))), "rate");
        io.out().println(plan.groupId() + " " + year + " " + a.get(0) + ": "
                + before.map(b -> b.level() == null ? "not rated" : b.level().id()).orElse("not rated") + " -> " + level.id());
    }

    // update (quarterly) --------------------------------------------------------------------

    private void update(List<String> words, Io io) throws CommandException {
        Args args = Args.parse("update", words, Set.of("--text", "--es", "--figure", "--event", "--data", "--by", "--why"),
                Set.of("--text", "--es", "--figure", "--event"), Set.of("--append"));
        if (help(args, "update", io)) {
            return;
        }
        List<String> a = args.expect(2, "update GROUP-ID YEAR-Qn --text TEXT... [--figure ID]... [--event ID]...");
        Quarter quarter;
        try {
            quarter = Quarter.parse(a.get(1));
        } catch (IllegalArgumentException e) {
            throw CommandException.usage("update: " + e.getMessage());
        }
        List<Text> texts = texts(args, "update");
        if (texts.isEmpty() && args.values("--figure").isEmpty() && args.values("--event").isEmpty()) {
            throw CommandException.usage("update: say what happened in " + quarter + " with --text TEXT (one per paragraph),"
                    + " and/or name the figures and events it reports with --figure ID / --event ID");
        }
        String by = bench.actor(args, "update");
        Loaded loaded = bench.load(bench.data(args, io, "update"), "update");
        Workspace ws = loaded.workspace();
        GroupYear current = Workbench.groupYear(ws, a.get(0), quarter.year(), "update");
        Workbench.editable(current, "update");
        List<String> problems = new ArrayList<>();
        for (String id : args.values("--figure")) {
            if (current.metric(id).isEmpty()) {
                problems.add("update: --figure " + id + ": " + a.get(0) + " " + quarter.year() + " has no figure '" + id
                        + "'; record it first with figure " + a.get(0) + " " + quarter.year() + " " + id + " --label ... --value ...");
            }
        }
        for (String id : args.values("--event")) {
            if (current.event(id).isEmpty()) {
                problems.add("update: --event " + id + ": " + a.get(0) + " " + quarter.year() + " has no event '" + id
                        + "'; record it first with event " + a.get(0) + " " + quarter.year() + " " + id + " --kind ... --date ... --title ...");
            }
        }
        if (!problems.isEmpty()) {
            throw CommandException.usage(String.join("\n", problems));
        }
        Optional<QuarterlyUpdate> before = current.update(quarter.quarter());
        List<Text> happened = new ArrayList<>(before.map(QuarterlyUpdate::happened).orElse(List.of()));
        if (!texts.isEmpty()) {
            if (!args.flag("--append")) {
                happened.clear();
            }
            happened.addAll(texts);
        }
        List<String> metrics = union(before.map(QuarterlyUpdate::metrics).orElse(List.of()), args.values("--figure"));
        List<String> events = union(before.map(QuarterlyUpdate::events).orElse(List.of()), args.values("--event"));
        QuarterlyUpdate after = new QuarterlyUpdate(quarter.quarter(), happened, metrics, events);
        if (before.isPresent() && before.get().equals(after)) {
            io.out().println("update: " + a.get(0) + " " + quarter + " already says this; nothing changed");
            return;
        }
        GroupYear changed = current.withUpdates(withUpdate(current.updates(), after));
        bench.save(loaded, Workbench.withYear(ws, changed), List.of(entry(bench.now(), by, "update", current, "Q" + quarter.quarter(),
                args.value("--why").orElse(null), Plain.update(before.orElse(null)), Plain.update(after))), "update");
        io.out().println(a.get(0) + " " + quarter + ": update recorded (" + happened.size() + " paragraph(s), "
                + metrics.size() + " figure(s), " + events.size() + " event(s))");
    }

    private static List<String> union(List<String> first, List<String> more) {
        List<String> all = new ArrayList<>(first);
        more.stream().map(String::strip).filter(id -> !all.contains(id)).forEach(all::add);
        return all;
    }

    static List<QuarterlyUpdate> withUpdate(List<QuarterlyUpdate> updates, QuarterlyUpdate update) {
        List<QuarterlyUpdate> all = new ArrayList<>(updates.stream().filter(u -> u.quarter() != update.quarter()).toList());
        all.add(update);
        all.sort((x, y) -> Integer.compare(x.quarter(), y.quarter()));
        return all;
    }

    /** The --text paragraphs, with the --es translations paired by position. */
    private static List<Text> texts(Args args, String command) throws CommandException {
        List<String> en = args.values("--text");
        List<String> es = args.values("--es");
        if (es.size() > en.size()) {
            throw CommandException.usage(command + ": there are more --es than --text; give each Spanish paragraph after its English one");
        }
        List<Text> texts = new ArrayList<>();
        for (int i = 0; i < en.size(); i++) {
            if (en.get(i).isBlank()) {
                throw CommandException.usage(command + ": --text number " + (i + 1) + " is empty; give the paragraph's text");
            }
            texts.add(Text.of(en.get(i).strip(), i < es.size() ? es.get(i).strip() : null));
        }
        return texts;
    }

    // event -----------------------------------------------------------------------------------

    private void event(List<String> words, Io io) throws CommandException {
        Args args = Args.parse("event", words, Set.of("--kind", "--date", "--title", "--title-es", "--place", "--organizations",
                "--participants", "--description", "--activity", "--quarter", "--data", "--by", "--why"), Set.of(), Set.of("--remove"));
        if (help(args, "event", io)) {
            return;
        }
        List<String> a = args.expect(3, "event GROUP-ID YEAR EVENT-ID [--kind K --date D --title T ...] [--remove]");
        int year = Workbench.year(a.get(1), "event");
        String id = id(a.get(2), "event");
        String by = bench.actor(args, "event");
        Loaded loaded = bench.load(bench.data(args, io, "event"), "event");
        Workspace ws = loaded.workspace();
        WorkingGroupPlan plan = Workbench.plan(ws, a.get(0), "event");
        GroupYear current = Workbench.groupYear(ws, plan.groupId(), year, "event");
        Workbench.editable(current, "event");
        Optional<Event> before = current.event(id);
        GroupYear changed;
        Event after = null;
        if (args.flag("--remove")) {
            if (args.has("--kind") || args.has("--date") || args.has("--title") || args.has("--quarter")) {
                throw CommandException.usage("event: --remove takes no other values");
            }
            Event gone = before.orElseThrow(() -> CommandException.usage("event: " + plan.groupId() + " " + year + " has no event '" + id
                    + "' to remove; its events: " + current.events().stream().map(Event::id).collect(Collectors.joining(", "))));
            changed = current.withEvents(current.events().stream().filter(e -> e != gone).toList())
                    .withUpdates(current.updates().stream().map(u -> new QuarterlyUpdate(u.quarter(), u.happened(), u.metrics(),
                            u.events().stream().filter(x -> !x.equals(id)).toList())).toList());
        } else {
            if (before.isEmpty()) {
                unusedId(ws, id, "event");
            }
            List<String> problems = new ArrayList<>();
            Event.Kind kind = args.value("--kind").map(k -> Event.Kind.byId(k.strip()).orElseGet(() -> {
                problems.add("event: --kind '" + k + "' is not an event kind; use one of "
                        + java.util.Arrays.stream(Event.Kind.values()).map(Event.Kind::id).collect(Collectors.joining(", ")));
                return null;
            })).orElse(before.map(Event::kind).orElse(null));
            DateSpan date = before.map(Event::date).orElse(null);
            if (args.value("--date").isPresent()) {
                date = date(args.value("--date").get(), "event: --date", problems);
                if (date != null && (date.start().getYear() > year || date.end().getYear() < year)) {
                    problems.add("event: --date " + date.iso() + " is not in " + year + "; an event belongs to the year it happened in");
                }
            }
            Text title = args.text("--title").map(t -> Text.of(t, args.value("--title-es").map(String::strip).orElse(null)))
                    .orElse(before.map(Event::title).orElse(null));
            Text place = field(args, "--place", p -> Text.of(p.strip()), before.map(Event::place).orElse(null));
            List<String> organizations = args.value("--organizations").map(o -> organizations(ws, o, problems))
                    .orElse(before.map(Event::organizations).orElse(List.of()));
            Integer participants = args.value("--participants").map(p -> count(p, "event: --participants", problems))
                    .orElse(before.map(Event::participants).orElse(null));
            Text description = field(args, "--description", d -> Text.of(d.strip()), before.map(Event::description).orElse(null));
            String activity = field(args, "--activity", x -> activityOf(plan, x, "event", problems), before.map(Event::activityId).orElse(null));
            if (before.isEmpty()) {
                if (kind == null && args.value("--kind").isEmpty()) {
                    problems.add("event: a new event needs --kind (one of " + java.util.Arrays.stream(Event.Kind.values())
                            .map(Event.Kind::id).collect(Collectors.joining(", ")) + ")");
                }
                if (date == null && args.value("--date").isEmpty()) {
                    problems.add("event: a new event needs --date (e.g. 2017-03-14, 2017-03 or 2017-10-20/2017-10-21)");
                }
                if (title == null) {
                    problems.add("event: a new event needs --title TEXT");
                }
            }
            OptionalInt quarter = quarter(args, year, "event", problems);
            if (!problems.isEmpty()) {
                throw CommandException.usage(String.join("\n", problems));
            }
            after = new Event(id, kind, date, title, place, organizations, participants, description, activity);
            List<Event> events = new ArrayList<>();
            boolean replaced = false;
            for (Event e : current.events()) {
                if (e.id().equals(id)) {
                    events.add(after);
                    replaced = true;
                } else {
                    events.add(e);
                }
            }
            if (!replaced) {
                events.add(after);
            }
            changed = current.withEvents(events);
            if (quarter.isPresent()) {
                changed = reportIn(changed, quarter.getAsInt(), null, id);
            }
            if (changed.equals(current)) {
                io.out().println("event: " + id + " already says this; nothing changed");
                return;
            }
        }
        bench.save(loaded, Workbench.withYear(ws, changed), List.of(entry(bench.now(), by, "event", current, id,
                args.value("--why").orElse(null), Plain.event(before.orElse(null)), Plain.event(after))), "event");
        io.out().println(plan.groupId() + " " + year + " event " + id + ": " + (after == null ? "removed" : before.isPresent() ? "corrected" : "added"));
    }

    // figure ----------------------------------------------------------------------------------

    private void figure(List<String> words, Io io) throws CommandException {
        Args args = Args.parse("figure", words, Set.of("--label", "--label-es", "--value", "--unit", "--target", "--baseline", "--as-of",
                "--activity", "--note", "--quarter", "--data", "--by", "--why"), Set.of(), Set.of("--remove"));
        if (help(args, "figure", io)) {
            return;
        }
        List<String> a = args.expect(3, "figure GROUP-ID YEAR FIGURE-ID [--label L --value V --unit U ...] [--remove]");
        int year = Workbench.year(a.get(1), "figure");
        String id = id(a.get(2), "figure");
        String by = bench.actor(args, "figure");
        Loaded loaded = bench.load(bench.data(args, io, "figure"), "figure");
        Workspace ws = loaded.workspace();
        WorkingGroupPlan plan = Workbench.plan(ws, a.get(0), "figure");
        GroupYear current = Workbench.groupYear(ws, plan.groupId(), year, "figure");
        Workbench.editable(current, "figure");
        Optional<Metric> before = current.metric(id);
        GroupYear changed;
        Metric after = null;
        if (args.flag("--remove")) {
            Metric gone = before.orElseThrow(() -> CommandException.usage("figure: " + plan.groupId() + " " + year + " has no figure '" + id
                    + "' to remove; its figures: " + current.metrics().stream().map(Metric::id).collect(Collectors.joining(", "))));
            changed = current.withMetrics(current.metrics().stream().filter(m -> m != gone).toList())
                    .withUpdates(current.updates().stream().map(u -> new QuarterlyUpdate(u.quarter(), u.happened(),
                            u.metrics().stream().filter(x -> !x.equals(id)).toList(), u.events())).toList());
        } else {
            if (before.isEmpty()) {
                unusedId(ws, id, "figure");
            }
            List<String> problems = new ArrayList<>();
            Text label = args.text("--label").map(t -> Text.of(t, args.value("--label-es").map(String::strip).orElse(null)))
                    .orElse(before.map(Metric::label).orElse(null));
            BigDecimal value = args.value("--value").map(v -> number(v, "figure: --value", problems)).orElse(before.map(Metric::value).orElse(null));
            String unit = field(args, "--unit", String::strip, before.map(Metric::unit).orElse(null));
            BigDecimal target = field(args, "--target", v -> number(v, "figure: --target", problems), before.map(Metric::target).orElse(null));
            BigDecimal baseline = field(args, "--baseline", v -> number(v, "figure: --baseline", problems), before.map(Metric::baseline).orElse(null));
            DateSpan asOf = args.value("--as-of").map(d -> date(d, "figure: --as-of", problems)).orElse(before.map(Metric::asOf).orElse(null));
            String activity = field(args, "--activity", x -> activityOf(plan, x, "figure", problems), before.map(Metric::activityId).orElse(null));
            Text note = field(args, "--note", n -> Text.of(n.strip()), before.map(Metric::note).orElse(null));
            if (label == null) {
                problems.add("figure: a new figure needs --label TEXT (what is measured)");
            }
            if (value == null && args.value("--value").isEmpty()) {
                problems.add("figure: a new figure needs --value NUMBER");
            }
            OptionalInt quarter = quarter(args, year, "figure", problems);
            if (!problems.isEmpty()) {
                throw CommandException.usage(String.join("\n", problems));
            }
            after = new Metric(id, label, value, unit, target, baseline, asOf, activity, note);
            List<Metric> metrics = new ArrayList<>();
            boolean replaced = false;
            for (Metric m : current.metrics()) {
                if (m.id().equals(id)) {
                    metrics.add(after);
                    replaced = true;
                } else {
                    metrics.add(m);
                }
            }
            if (!replaced) {
                metrics.add(after);
            }
            changed = current.withMetrics(metrics);
            if (quarter.isPresent()) {
                changed = reportIn(changed, quarter.getAsInt(), id, null);
            }
            if (changed.equals(current)) {
                io.out().println("figure: " + id + " already says this; nothing changed");
                return;
            }
        }
        bench.save(loaded, Workbench.withYear(ws, changed), List.of(entry(bench.now(), by, "figure", current, id,
                args.value("--why").orElse(null), Plain.metric(before.orElse(null)), Plain.metric(after))), "figure");
        io.out().println(plan.groupId() + " " + year + " figure " + id + ": " + (after == null ? "removed" : before.isPresent() ? "corrected" : "added"));
    }

    /** The year with a figure or event named in a quarter's update (the update is made when there is none). */
    private static GroupYear reportIn(GroupYear year, int quarter, String metricId, String eventId) {
        QuarterlyUpdate u = year.update(quarter).orElse(new QuarterlyUpdate(quarter, List.of(), List.of(), List.of()));
        QuarterlyUpdate with = new QuarterlyUpdate(quarter, u.happened(),
                metricId == null ? u.metrics() : union(u.metrics(), List.of(metricId)),
                eventId == null ? u.events() : union(u.events(), List.of(eventId)));
        return year.withUpdates(withUpdate(year.updates(), with));
    }

    /** An optional value: the one before when the option is not given, none when it is given empty, else the parsed value. */
    private static <T> T field(Args args, String name, java.util.function.Function<String, T> parse, T before) {
        Optional<String> given = args.value(name);
        if (given.isEmpty()) {
            return before;
        }
        return given.get().isBlank() ? null : parse.apply(given.get());
    }

    private static OptionalInt quarter(Args args, int year, String command, List<String> problems) {
        Optional<String> q = args.value("--quarter");
        if (q.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Quarter.inYear(q.get(), year).quarter());
        } catch (IllegalArgumentException e) {
            problems.add(command + ": --quarter " + e.getMessage());
            return OptionalInt.empty();
        }
    }

    private static String id(String id, String command) throws CommandException {
        if (!Ids.valid(id)) {
            throw CommandException.usage(command + ": " + Ids.problem(id) + ", e.g. aq-2017-tijuana-meeting");
        }
        return id;
    }

    /** Ids of goals, activities, deliverables, figures and events are unique in the whole workspace. */
    private static void unusedId(Workspace ws, String id, String command) throws CommandException {
        for (GroupYear y : ws.years()) {
            if (y.metric(id).isPresent() || y.event(id).isPresent()) {
                throw CommandException.usage(command + ": the id '" + id + "' is already used by a " + (y.metric(id).isPresent() ? "figure" : "event")
                        + " of " + y.groupId() + " " + y.year() + "; ids are unique in the whole workspace, so choose another (e.g. with the year in it)");
            }
        }
        for (WorkingGroupPlan p : ws.plans()) {
            boolean used = p.goals().stream().anyMatch(g -> g.id().equals(id)) || p.activities().stream().anyMatch(x -> x.id().equals(id)
                    || x.deliverables().stream().anyMatch(d -> id.equals(d.id())));
            if (used) {
                throw CommandException.usage(command + ": the id '" + id + "' is already used in the plan of " + p.groupId() + "; choose another");
            }
        }
        for (var related : ws.relatedAgreements()) {
            if (related.figures().stream().anyMatch(f -> id.equals(f.id()))) {
                throw CommandException.usage(command + ": the id '" + id + "' is already used by a figure of a related agreement; choose another");
            }
        }
    }

    private static DateSpan date(String text, String what, List<String> problems) {
        try {
            return DateSpan.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(what + ": " + e.getMessage());
            return null;
        }
    }

    private static BigDecimal number(String text, String what, List<String> problems) {
        try {
            return new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            problems.add(what + " '" + text + "' is not a number; write digits with a '.' for decimals, e.g. 3800 or 12.5");
            return null;
        }
    }

    private static Integer count(String text, String what, List<String> problems) {
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        problems.add(what + " '" + text + "' is not a number of people; give a whole number such as 25");
        return null;
    }

    private static List<String> organizations(Workspace ws, String list, List<String> problems) {
        List<String> ids = new ArrayList<>();
        for (String part : list.split(",")) {
            String id = part.strip();
            if (id.isEmpty()) {
                continue;
            }
            if (ws.organization(id).isEmpty()) {
                problems.add("event: --organizations: no organization '" + id + "' in organizations.json; use the ids of its organizations (e.g. carb, semarnat)"
                        + " or add it there first");
            } else if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static String activityOf(WorkingGroupPlan plan, String id, String command, List<String> problems) {
        String a = id.strip();
        if (a.isEmpty()) {
            return null;
        }
        if (plan.activity(a).isEmpty()) {
            problems.add(command + ": --activity: no activity '" + a + "' in the plan of " + plan.groupId() + "; its activities: "
                    + plan.activities().stream().map(Activity::id).collect(Collectors.joining(", ")));
        }
        return a;
    }

    // narrative -------------------------------------------------------------------------------

    private void narrative(List<String> words, Io io) throws CommandException {
        Args args = Args.parse("narrative", words, Set.of("--text", "--es", "--data", "--by", "--why"), Set.of("--text", "--es"),
                Set.of("--append", "--clear"));
        if (help(args, "narrative", io)) {
            return;
        }
        List<String> a = args.expect(3, "narrative GROUP-ID YEAR PART --text TEXT... (PART: summary, accomplishments, challenges, next-steps)");
        int year = Workbench.year(a.get(1), "narrative");
        String part = a.get(2);
        if (!NARRATIVE_PARTS.contains(part)) {
            throw CommandException.usage("narrative: '" + part + "' is not a part of the narrative; use summary, accomplishments, challenges or next-steps");
        }
        List<Text> texts = texts(args, "narrative");
        if (texts.isEmpty() != args.flag("--clear")) {
            throw CommandException.usage(texts.isEmpty() ? "narrative: give the paragraphs with --text TEXT (one per paragraph), or --clear to empty the part"
                    : "narrative: --clear empties the part; give it without --text");
        }
        String by = bench.actor(args, "narrative");
        Loaded loaded = bench.load(bench.data(args, io, "narrative"), "narrative");
        Workspace ws = loaded.workspace();
        GroupYear current = Workbench.groupYear(ws, a.get(0), year, "narrative");
        Workbench.editable(current, "narrative");
        Narrative n = current.narrative();
        List<Text> before = part(n, part);
        List<Text> after = new ArrayList<>(args.flag("--append") ? before : List.of());
        after.addAll(texts);
        if (after.equals(before)) {
            io.out().println("narrative: the " + part + " already says this; nothing changed");
            return;
        }
        Narrative changed = new Narrative(part.equals("summary") ? after : n.summary(), part.equals("accomplishments") ? after : n.accomplishments(),
                part.equals("challenges") ? after : n.challenges(), part.equals("next-steps") ? after : n.nextSteps());
        bench.save(loaded, Workbench.withYear(ws, current.withNarrative(changed)), List.of(entry(bench.now(), by, "narrative", current, part,
                args.value("--why").orElse(null), Plain.texts(before), Plain.texts(after))), "narrative");
        io.out().println(a.get(0) + " " + year + " narrative " + part + ": " + after.size() + " paragraph(s)");
    }

    static List<Text> part(Narrative n, String part) {
        return switch (part) {
            case "summary" -> n.summary();
            case "accomplishments" -> n.accomplishments();
            case "challenges" -> n.challenges();
            default -> n.nextSteps();
        };
    }

    // submit / return / approve -------------------------------------------------------------

    private void review(String command, List<String> words, Io io) throws CommandException {
        Args args = Args.parse(command, words, Set.of("--reason", "--data", "--by"), Set.of(), Set.of());
        if (help(args, command, io)) {
            return;
        }
        List<String> a = args.expect(2, command + " GROUP-ID YEAR" + (command.equals("return") ? " --reason TEXT" : ""));
        int year = Workbench.year(a.get(1), command);
        Optional<String> reason = args.text("--reason");
        if (command.equals("return") && reason.isEmpty()) {
            throw CommandException.usage("return: say why the year goes back to the group with --reason TEXT (what to change)");
        }
        String by = bench.actor(args, command);
        Loaded loaded = bench.load(bench.data(args, io, command), command);
        Workspace ws = loaded.workspace();
        WorkingGroupPlan plan = Workbench.plan(ws, a.get(0), command);
        GroupYear current = Workbench.groupYear(ws, plan.groupId(), year, command);
        ReviewState state = current.review().state();
        ReviewAction action = ReviewAction.byId(command).orElseThrow();
        ReviewState to = action.to();
        String name = plan.groupId() + " " + year;
        if (state == ReviewState.PUBLISHED) {
            Workbench.editable(current, command);
        }
        if (!action.allowedFrom(state)) {
            String who = current.review().last().map(s -> " (by " + s.by() + " on " + s.at() + ")").orElse("");
            String next = switch (state) {
                case DRAFT, RETURNED -> "the group submits it first: submit " + name;
                case SUBMITTED -> "the program office approves it (approve " + name + ") or returns it (return " + name + " --reason TEXT)";
                case APPROVED -> "the program office publishes the year (publish " + year + ") or returns it (return " + name + " --reason TEXT)";
                default -> "";
            };
            throw CommandException.refused(command + ": " + name + " is " + state.id() + who + ", so it cannot be "
                    + (command.equals("submit") ? "submitted" : command.equals("return") ? "returned" : "approved") + "; " + next);
        }
        if (command.equals("submit")) {
            List<String> unrated = plan.activities().stream().map(Activity::id).filter(id -> current.assessment(id).isEmpty()).toList();
            if (!unrated.isEmpty()) {
                throw CommandException.refused("submit: " + name + " cannot be submitted: " + unrated.size() + " of " + plan.activities().size()
                        + " activities are not rated: " + String.join(", ", unrated) + "; rate each with rate ACTIVITY-ID LEVEL --rationale TEXT");
            }
        }
        ReviewStep step = new ReviewStep(to, by, bench.now(), reason.orElse(null));
        GroupYear changed = current.withReview(current.review().with(step));
        bench.save(loaded, Workbench.withYear(ws, changed), List.of(entry(step.at(), by, command, current, null, reason.orElse(null),
                Plain.state(state.id()), Plain.step(step))), command);
        io.out().println(name + ": " + state.id() + " -> " + to.id() + " (by " + by + ")");
    }

    // history ---------------------------------------------------------------------------------

    private void history(List<String> words, Io io) throws CommandException {
        Args args = Args.parse("history", words, Set.of("--group", "--activity", "--year", "--data"), Set.of(), Set.of());
        if (help(args, "history", io)) {
            return;
        }
        args.expect(0, "history [--group GROUP-ID] [--activity ID] [--year YEAR]");
        Optional<Integer> year = args.value("--year").isPresent() ? Optional.of(Workbench.year(args.value("--year").get(), "history"))
                : Optional.empty();
        java.nio.file.Path folder = bench.data(args, io, "history");
        List<HistoryEntry> entries;
        try {
            entries = bench.store().history(folder);
        } catch (java.io.IOException e) {
            throw CommandException.refused("history: " + e.getMessage());
        }
        int shown = 0;
        for (HistoryEntry e : entries) {
            if (args.value("--group").filter(g -> !g.equals(e.groupId())).isPresent()
                    || args.value("--activity").filter(x -> !x.equals(e.subject())).isPresent()
                    || year.filter(y -> !y.equals(e.year())).isPresent()) {
                continue;
            }
            io.out().println(HistoryFormat.line(e));
            shown++;
        }
        if (shown == 0) {
            io.out().println("history: no change recorded" + (entries.isEmpty() ? " in this workspace yet" : " that matches"));
        }
    }
}
