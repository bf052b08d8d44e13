package mou.cycle.internal;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import mou.core.cycle.Acting;
import mou.core.cycle.CycleException.Kind;
import mou.core.cycle.CycleException;
import mou.core.cycle.CycleService;
import mou.core.cycle.EditDeliverable;
import mou.core.cycle.EvidenceFile;
import mou.core.cycle.Due;
import mou.core.cycle.DueQuery;
import mou.core.model.Deliverable;
import mou.core.spi.Extensions;
import mou.core.cycle.ExportYear;
import mou.core.cycle.History;
import mou.core.cycle.HistoryQuery;
import mou.core.cycle.ImportWorkbook;
import mou.core.cycle.ImportYear;
import mou.core.cycle.Imported;
import mou.core.cycle.OpenYear;
import mou.core.cycle.PartVersion;
import mou.core.cycle.Problem;
import mou.core.cycle.Publish;
import mou.core.cycle.Published;
import mou.core.cycle.Rate;
import mou.core.cycle.RecordEvent;
import mou.core.cycle.RecordFigure;
import mou.core.cycle.RecordUpdate;
import mou.core.cycle.Remove;
import mou.core.cycle.ReviewYear;
import mou.core.cycle.Saved;
import mou.core.cycle.StatusQuery;
import mou.core.cycle.WriteIntroduction;
import mou.core.cycle.WriteNarrative;
import mou.core.cycle.YearOpened;
import mou.core.cycle.YearSheet;
import mou.core.cycle.YearStatus;
import mou.core.model.Activity;
import mou.core.model.AnnualReport;
import mou.core.model.Assessment;
import mou.core.model.Bounds;
import mou.core.model.DateSpan;
import mou.core.model.Event;
import mou.core.model.Gap;
import mou.core.model.GroupYear;
import mou.core.model.HistoryEntry;
import mou.core.model.InvalidValueException;
import mou.core.model.Ids;
import mou.core.model.Link;
import mou.core.model.Metric;
import mou.core.model.Narrative;
import mou.core.model.ProgressLevel;
import mou.core.model.Quarter;
import mou.core.model.QuarterlyUpdate;
import mou.core.model.ReportingCalendar;
import mou.core.model.ReviewAction;
import mou.core.model.ReviewState;
import mou.core.model.ReviewStep;
import mou.core.model.Text;
import mou.core.model.WorkingGroupPlan;
import mou.core.model.Workspace;
import mou.core.model.Years;
import mou.core.spi.ReportService;
import mou.core.spi.ReportWriter;
import mou.core.spi.WorkspaceStore;
import mou.cycle.internal.Workbench.Loaded;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The cycle's rules, for every front door: each operation loads the workspace, checks the request
 * (collecting every problem it can, each naming its field), and saves with the store's check for
 * concurrent changes and the history entries of what changed.
 */
@Component(service = CycleService.class)
public final class CycleServiceImpl implements CycleService {

    private final Workbench bench;
    private final Publisher publisher;
    private final Deliverables deliverables;
    private final TranslationExchange translations;

    @Activate
    public CycleServiceImpl(@Reference WorkspaceStore store, @Reference ReportService reports, @Reference ReportWriter writer,
            @Reference Extensions extensions) {
        this(store, reports, writer, extensions, Clock.systemUTC());
    }

    /** Without the installed extensions: every operation but {@link #editDeliverable}, which then knows no deliverable type. */
    public CycleServiceImpl(WorkspaceStore store, ReportService reports, ReportWriter writer) {
        this(store, reports, writer, null, Clock.systemUTC());
    }

    CycleServiceImpl(WorkspaceStore store, ReportService reports, ReportWriter writer, Clock clock) {
        this(store, reports, writer, null, clock);
    }

    CycleServiceImpl(WorkspaceStore store, ReportService reports, ReportWriter writer, Extensions extensions, Clock clock) {
        this.bench = new Workbench(store, clock, extensions);
        this.publisher = new Publisher(bench, reports, writer);
        this.deliverables = new Deliverables(bench, extensions);
        this.translations = new TranslationExchange(bench);
    }

    private static HistoryEntry entry(Instant at, String by, String action, GroupYear year, String subject, String why,
            Object before, Object after) {
        return new HistoryEntry(at, by, action, year.groupId(), year.year(), subject, why, before, after);
    }

    private static CycleException usage(String field, String message) {
        return Workbench.usage(field, message);
    }

    private static void check(List<Problem> problems) throws CycleException {
        if (!problems.isEmpty()) {
            throw new CycleException(Kind.USAGE, problems);
        }
    }

    // year open / status --------------------------------------------------------------------

    @Override
    public YearOpened openYear(OpenYear request) throws CycleException {
        return bench.retried(request.acting(), () -> openYearOnce(request));
    }

    private YearOpened openYearOnce(OpenYear request) throws CycleException {
        int year = request.year();
        if (!Years.inRange(year)) {
            throw Workbench.usage(Problem.of("year", "year.range", year, Years.MIN, Years.MAX));
        }
        String by = Workbench.actor(request.acting());
        Loaded loaded = bench.load(request.acting());
        Workspace ws = loaded.workspace();
        List<WorkingGroupPlan> plans;
        if (request.groupId() != null) {
            plans = List.of(Workbench.plan(ws, request.groupId()));
        } else {
            plans = ws.plans();
            if (plans.isEmpty()) {
                throw Workbench.usage(Problem.of(null, "plans.none"));
            }
        }
        Instant now = bench.now();
        Workspace changed = ws;
        List<HistoryEntry> history = new ArrayList<>();
        List<YearOpened.Opened> opened = new ArrayList<>();
        List<String> already = new ArrayList<>();
        for (WorkingGroupPlan plan : plans) {
            if (ws.year(plan.groupId(), year).isPresent()) {
                already.add(plan.groupId());
                continue;
            }
            OptionalInt latest = ws.years().stream().filter(y -> y.groupId().equals(plan.groupId())).mapToInt(GroupYear::year).max();
            if (latest.isPresent() && latest.getAsInt() > year) {
                throw Workbench.usage(Problem.of("year", "year.notAfter", plan.groupId(), latest.getAsInt(), latest.getAsInt() + 1));
            }
            List<Assessment> carried = new ArrayList<>();
            Optional<GroupYear> previous = latest.isPresent() ? ws.year(plan.groupId(), latest.getAsInt()) : Optional.empty();
            for (Activity activity : plan.activities()) {
                previous.flatMap(p -> p.assessment(activity.id())).filter(p -> p.level() != null)
                        .ifPresent(p -> carried.add(Assessment.carriedOver(p, previous.get().year(), year)));
            }
            GroupYear fresh = new GroupYear(plan.groupId(), year, Narrative.EMPTY, carried, List.of(), List.of());
            changed = Workbench.withYear(changed, fresh);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("state", ReviewState.DRAFT.id());
            after.put("levelsCarriedOver", carried.size());
            after.put("from", previous.map(GroupYear::year).orElse(null));
            history.add(entry(now, by, "year open", fresh, null, request.acting().why(), null, after));
            opened.add(new YearOpened.Opened(plan.groupId(), previous.map(GroupYear::year).orElse(null), carried.size(),
                    plan.activities().size()));
        }
        boolean report = false;
        // also when one group opens it first: publish asks for the introduction in this file
        if (ws.report(year).isEmpty()) {
            Text title = ws.reports().stream().filter(r -> r.year() < year).max((x, y) -> Integer.compare(x.year(), y.year()))
                    .map(AnnualReport::title).orElse(ws.agreement().title());
            List<AnnualReport> reports = new ArrayList<>(changed.reports());
            reports.add(new AnnualReport(year, title, List.of(), null, List.of()));
            changed = changed.with(changed.years(), reports);
            report = true;
        }
        if (history.isEmpty()) {
            return new YearOpened(year, List.of(), already, false, List.of());
        }
        List<String> files = bench.save(loaded, changed, history);
        return new YearOpened(year, opened, already, report, files);
    }

    @Override
    public YearStatus status(StatusQuery request) throws CycleException {
        Workspace ws = bench.load(request.acting(), request.read()).workspace();
        int year = request.year() != null ? request.year()
                : ws.years().stream().mapToInt(GroupYear::year).max().orElseThrow(() -> Workbench.usage(Problem.of("year", "year.none")));
        List<YearStatus.Group> groups = new ArrayList<>();
        for (WorkingGroupPlan plan : ws.plans()) {
            if (request.groupId() != null && !request.groupId().equals(plan.groupId())) {
                continue;
            }
            groups.add(groupStatus(plan, ws.year(plan.groupId(), year).orElse(null), year));
        }
        if (statuses.size() > 4 * ws.plans().size() + 16) {
            statuses.clear(); // groups and years that are gone
        }
        // the program office's part, for the year as a whole (not asked with one group, nor of a published year)
        boolean allPublished = ws.years().stream().filter(y -> y.year() == year).allMatch(GroupYear::published);
        return new YearStatus(year, groups, allPublished || request.groupId() != null ? List.of() : Gap.of(ws.report(year).orElse(null), year));
    }

    /** A group's status as last worked out, for the plan and the year it was worked out from (the very objects). */
    private record KeptStatus(WorkingGroupPlan plan, GroupYear year, YearStatus.Group status) {
    }

    /**
     * Each group's status by group and year, worked out again only when its plan or year is another
     * object (the store gives the same objects for unchanged files): the dashboard asks the status of
     * every group after each change, and at a thousand groups that is 100,000 assessments looked at.
     */
    private final Map<String, KeptStatus> statuses = new java.util.concurrent.ConcurrentHashMap<>();

    /** Where a group's year stands: its plan's activities by level, rated and carried over, and what it misses. */
    private YearStatus.Group groupStatus(WorkingGroupPlan plan, GroupYear g, int year) {
        String key = plan.groupId() + " " + year;
        KeptStatus kept = statuses.get(key);
        if (kept != null && kept.plan() == plan && kept.year() == g) {
            return kept.status();
        }
        int rated = 0;
        int carried = 0;
        Map<ProgressLevel, Integer> levels = new EnumMap<>(ProgressLevel.class);
        for (Activity activity : plan.activities()) {
            Assessment a = g == null ? null : g.assessment(activity.id()).orElse(null);
            if (a != null && a.level() != null) {
                levels.merge(a.level(), 1, Integer::sum);
            }
            if (a != null && a.rated()) {
                rated++;
            } else if (a != null && a.carriedOver() && a.level() != null) {
                carried++;
            }
        }
        YearStatus.Group status = new YearStatus.Group(plan.groupId(), g, rated, carried, plan.activities().size(),
                g == null || g.published() ? List.of() : Gap.of(plan, g), levels);
        statuses.put(key, new KeptStatus(plan, g, status));
        return status;
    }

    // due -----------------------------------------------------------------------------------

    @Override
    public Due due(DueQuery request) throws CycleException {
        if (request.year() != null && !Years.inRange(request.year())) {
            throw Workbench.usage(Problem.of("year", "year.range", request.year(), Years.MIN, Years.MAX));
        }
        Workspace ws = bench.load(request.acting(), request.read()).workspace();
        if (request.groupId() != null && ws.plan(request.groupId()).isEmpty()) {
            List<String> groups = ws.plans().stream().map(WorkingGroupPlan::groupId).toList();
            String guess = mou.core.command.Args.didYouMean(request.groupId(), groups);
            throw Workbench.usage(guess.isEmpty() ? Problem.of("groupId", "group.unknown", request.groupId(), String.join(", ", groups))
                    : new Problem("groupId", "there is no working group '" + request.groupId() + "' in the workspace; "
                            + guess + " groups: " + String.join(", ", groups)));
        }
        LocalDate on = request.on() != null ? request.on() : LocalDate.ofInstant(bench.now(), ZoneOffset.UTC);
        ReportingCalendar calendar = ws.calendar();
        java.util.SortedSet<Integer> years = new java.util.TreeSet<>();
        if (request.year() != null) {
            years.add(request.year());
        } else {
            ws.years().forEach(y -> years.add(y.year()));
        }
        List<Due.Group> groups = new ArrayList<>();
        for (WorkingGroupPlan plan : ws.plans()) {
            if (request.groupId() != null && !request.groupId().equals(plan.groupId())) {
                continue;
            }
            List<Due.Item> items = new ArrayList<>();
            for (int year : years) {
                GroupYear g = ws.year(plan.groupId(), year).orElse(null);
                boolean published = g != null && g.published();
                for (int quarter = 1; quarter <= 4; quarter++) {
                    int q = quarter;
                    boolean done = g != null && g.updates().stream().anyMatch(u -> u.quarter() == q && reportsSomething(u));
                    calendar.updateDue(year, quarter).ifPresent(date -> items.add(new Due.Item(plan.groupId(), year, q,
                            Due.Kind.QUARTERLY_UPDATE, date, Due.State.of(done, published, date, on))));
                }
                calendar.reportDue(year).ifPresent(date -> items.add(new Due.Item(plan.groupId(), year, 0, Due.Kind.ANNUAL_REPORT,
                        date, Due.State.of(published, published, date, on))));
            }
            items.sort(java.util.Comparator.comparing(Due.Item::date));
            groups.add(new Due.Group(plan.groupId(), items));
        }
        return new Due(on, !calendar.empty(), groups);
    }

    /**
     * Whether a quarterly update says anything: a paragraph, a figure or an event. An update left with nothing
     * (its only event removed, its figures dropped) is no update of its quarter: the quarter is still due.
     */
    static boolean reportsSomething(QuarterlyUpdate u) {
        return !u.happened().isEmpty() || !u.metrics().isEmpty() || !u.events().isEmpty();
    }

    // rate ----------------------------------------------------------------------------------

    @Override
    public Saved<Assessment> rate(Rate request) throws CycleException {
        return bench.retried(request.acting(), () -> rateOnce(request));
    }

    private Saved<Assessment> rateOnce(Rate request) throws CycleException {
        // the year the activity's rating belongs to first: a year under review or published is refused for that reason,
        // before the request's fields, which could not be saved there however they were corrected
        String by = Workbench.actor(request.acting());
        Loaded loaded = bench.load(request.acting());
        Workspace ws = loaded.workspace();
        String activityId = request.activityId();
        WorkingGroupPlan plan = Workbench.planOfActivity(ws, activityId);
        int year = request.year() != null ? request.year()
                : ws.years().stream().filter(y -> y.groupId().equals(plan.groupId())).mapToInt(GroupYear::year).max()
                        .orElseThrow(() -> Workbench.usage(Problem.of("year", "rate.year.none", plan.groupId())));
        GroupYear current = Workbench.groupYear(ws, plan.groupId(), year);
        Workbench.editable(current);
        List<Problem> problems = new ArrayList<>();
        Optional<ProgressLevel> level = Workbench.level(request.level());
        if (level.isEmpty()) {
            problems.add(Problem.of("level", "rate.level.unknown", request.level(), Workbench.levels()));
        }
        Text rationale = request.rationale();
        if (rationale == null || rationale.en().isBlank()) {
            problems.add(Problem.of("rationale", "rate.rationale.missing"));
        }
        Workbench.checkText("rationale", rationale, problems);
        // every mistake in the request's own fields is said at once, so that a form is corrected in one go: the
        // links' too, which need the workspace's folder only, not its contents
        Path workspace = Workbench.folder(request.acting());
        List<Link> evidence = new ArrayList<>();
        if (request.evidence() != null) {
            for (int i = 0; i < request.evidence().size(); i++) {
                Link link = request.evidence().get(i);
                String url = link.url() == null ? "" : link.url().strip();
                String field = "evidence[" + i + "]";
                Workbench.checkLine(field, link.title(), problems);
                String es = request.evidenceEs().size() > i ? request.evidenceEs().get(i) : null;
                Workbench.checkLine("evidenceEs[" + i + "]", es, problems);
                spanishAlone("evidenceEs[" + i + "]", "evidenceTitle[" + i + "]", link.title() == null || link.title().en().isBlank() ? null
                        : link.title(), es, problems);
                Workbench.evidenceProblem(workspace, url).ifPresent(p -> problems.add(Problem.said(field, "{" + field + "}: " + p.message(),
                        "{" + field + "}: " + p.message("es"))));
                evidence.add(new Link(link.title(), url));
            }
        }
        List<String> fileNames = EvidenceFiles.check(request.files(), problems);
        for (int i = 0; i < request.files().size(); i++) {
            // a file's title as every text: one line, and a Spanish only beside its English (the file's name is no English)
            Text title = request.files().get(i).title();
            String field = "fileTitles[" + i + "]";
            Workbench.checkLine(field, title, problems);
            if (title != null && title.en().isBlank()) {
                spanishAlone(field + "Es", field, null, title.es(), problems);
            }
        }
        check(problems);
        Optional<Assessment> before = current.assessment(activityId);
        Problem conflict = Problem.of(null, "conflict.rating", activityId);
        boolean asRead = Workbench.asRead(request.acting(), before.orElse(null));
        if (!asRead && before.isEmpty()) {
            throw Workbench.conflict(conflict);
        }
        // a new level needs a new rationale, a carried-over level is rated only with a rationale of the group's own
        Optional<String> refused = Assessment.ratingProblem(before.orElse(null), level.get(), rationale.en());
        if (refused.isPresent()) {
            if (!asRead) {
                throw Workbench.conflict(conflict);
            }
            throw Workbench.usage(Problem.said("rationale", refused.get(),
                    Assessment.ratingProblem(before.orElse(null), level.get(), rationale.en(), "es").orElse(null)));
        }
        List<Link> kept = new ArrayList<>(request.evidence() == null ? before.map(Assessment::evidence).orElse(List.of())
                : withTheirSpanish(evidence, request.evidenceEs(), before.map(Assessment::evidence).orElse(List.of())));
        String folder = EvidenceFiles.folder(plan.groupId(), year);
        // a file the rating has already, stored by this very rating sent before (a double click, a resend), is not stored again
        List<EvidenceFile> toStore = new ArrayList<>();
        List<String> namesToStore = new ArrayList<>();
        List<Integer> storedAt = new ArrayList<>();
        List<Link> had = before.map(Assessment::evidence).orElse(List.of());
        for (int i = 0; i < request.files().size(); i++) {
            EvidenceFile file = request.files().get(i);
            Text title = file.title() == null || file.title().en().isBlank() ? Text.of(fileNames.get(i)) : file.title();
            Optional<Link> already = EvidenceFiles.storedAlready(loaded.folder(), folder, activityId, title, file, had, kept);
            if (already.isPresent()) {
                kept.add(already.get());
            } else {
                toStore.add(file);
                namesToStore.add(fileNames.get(i));
                storedAt.add(kept.size());
                kept.add(new Link(title, ""));
            }
        }
        List<String> stored = EvidenceFiles.names(activityId, namesToStore);
        for (int n = 0; n < stored.size(); n++) {
            kept.set(storedAt.get(n), new Link(kept.get(storedAt.get(n)).title(), folder + "/" + stored.get(n)));
        }
        // a carried-over level's rationale is the model's sentence, no translation of the group's words: its Spanish is not kept
        Text why = Revisions.revised(before.filter(a -> !a.carriedOver()).map(Assessment::rationale).orElse(null), rationale,
                request.spanishRemoved());
        Assessment rated = new Assessment(activityId, level.get(), why, kept, false);
        if (before.isPresent() && before.get().equals(rated)) {
            // also a form read before: the same rating sent again, saved already
            return new Saved<>(plan.groupId(), year, activityId, before.get(), rated, false, List.of());
        }
        if (!asRead) {
            throw Workbench.conflict(conflict);
        }
        List<Assessment> assessments = new ArrayList<>();
        boolean placed = false;
        for (Activity activity : plan.activities()) {
            if (activity.id().equals(activityId)) {
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
        String reason = request.acting().why() != null ? request.acting().why() : why.en();
        List<HistoryEntry> history = List.of(entry(bench.now(), by, "rate", current, activityId, reason, Plain.assessment(before.orElse(null)),
                Plain.assessment(rated)));
        List<String> files = stored.isEmpty() ? bench.save(loaded, Workbench.withYear(ws, changed), history)
                : EvidenceFiles.save(bench, loaded, Workbench.withYear(ws, changed), history, folder, stored, toStore);
        return new Saved<>(plan.groupId(), year, activityId, before.orElse(null), rated, true, files);
    }

    // quarterly update ------------------------------------------------------------------------

    @Override
    public Saved<QuarterlyUpdate> update(RecordUpdate request) throws CycleException {
        return bench.retried(request.acting(), () -> updateOnce(request));
    }

    private Saved<QuarterlyUpdate> updateOnce(RecordUpdate request) throws CycleException {
        Quarter quarter;
        try {
            quarter = Quarter.parse(request.quarter());
        } catch (IllegalArgumentException e) {
            throw Workbench.usage(said("quarter", "{quarter}: ", e));
        }
        // the year first (a year under review or published is refused for that reason, before the request's fields)
        String by = Workbench.actor(request.acting());
        Loaded loaded = bench.load(request.acting());
        Workspace ws = loaded.workspace();
        String group = request.groupId();
        GroupYear current = Workbench.groupYear(ws, group, quarter.year());
        Workbench.editable(current);
        List<Text> texts = request.happened() == null ? List.of() : request.happened();
        List<String> figures = request.figures() == null ? List.of() : request.figures();
        List<String> events = request.events() == null ? List.of() : request.events();
        List<String> dropFigures = request.dropFigures() == null ? List.of() : request.dropFigures();
        List<String> dropEvents = request.dropEvents() == null ? List.of() : request.dropEvents();
        if (texts.isEmpty() && figures.isEmpty() && events.isEmpty() && dropFigures.isEmpty() && dropEvents.isEmpty()) {
            throw Workbench.usage(Problem.of("happened", "update.empty", quarter));
        }
        List<Problem> controls = new ArrayList<>();
        texts.forEach(t -> Workbench.checkText("happened", t, controls));
        check(controls.stream().distinct().toList());
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            String id = figures.get(i);
            if (current.metric(id).isEmpty()) {
                problems.add(Problem.of("figures[" + i + "]", "update.figure.unknown", "figures[" + i + "]", id, group, quarter.year()));
            }
        }
        for (int i = 0; i < events.size(); i++) {
            String id = events.get(i);
            if (current.event(id).isEmpty()) {
                problems.add(Problem.of("events[" + i + "]", "update.event.unknown", "events[" + i + "]", id, group, quarter.year()));
            }
        }
        Optional<QuarterlyUpdate> before = current.update(quarter.quarter());
        List<String> reportedFigures = before.map(QuarterlyUpdate::metrics).orElse(List.of());
        List<String> reportedEvents = before.map(QuarterlyUpdate::events).orElse(List.of());
        for (int i = 0; i < dropFigures.size(); i++) {
            if (!reportedFigures.contains(dropFigures.get(i))) {
                problems.add(Problem.of("dropFigures[" + i + "]", "update.drop.figure.notReported", "dropFigures[" + i + "]", dropFigures.get(i),
                        quarter, reportedFigures.isEmpty() ? "-" : String.join(", ", reportedFigures)));
            }
        }
        for (int i = 0; i < dropEvents.size(); i++) {
            if (!reportedEvents.contains(dropEvents.get(i))) {
                problems.add(Problem.of("dropEvents[" + i + "]", "update.drop.event.notReported", "dropEvents[" + i + "]", dropEvents.get(i),
                        quarter, reportedEvents.isEmpty() ? "-" : String.join(", ", reportedEvents)));
            }
        }
        for (String id : figures) {
            if (dropFigures.contains(id)) {
                problems.add(Problem.of("dropFigures", "update.drop.figure.both", id));
            }
        }
        for (String id : events) {
            if (dropEvents.contains(id)) {
                problems.add(Problem.of("dropEvents", "update.drop.event.both", id));
            }
        }
        check(problems);
        boolean asRead = Workbench.asRead(request.acting(), before.orElse(null));
        List<Text> happened = new ArrayList<>(before.map(QuarterlyUpdate::happened).orElse(List.of()));
        if (!texts.isEmpty()) {
            if (request.append()) {
                happened.addAll(texts);
            } else {
                List<Text> replaced = Revisions.revised(happened, texts, request.spanishRemoved());
                happened.clear();
                happened.addAll(replaced);
            }
        }
        List<String> metrics = union(reportedFigures, figures).stream().filter(id -> !dropFigures.contains(id)).toList();
        List<String> eventIds = union(reportedEvents, events).stream().filter(id -> !dropEvents.contains(id)).toList();
        QuarterlyUpdate after = new QuarterlyUpdate(quarter.quarter(), happened, metrics, eventIds);
        String subject = "Q" + quarter.quarter();
        if (before.isPresent() && before.get().equals(after)) {
            return new Saved<>(group, quarter.year(), subject, before.get(), after, false, List.of());
        }
        if (!asRead) {
            throw Workbench.conflict(Problem.of(null, "conflict.update", quarter));
        }
        GroupYear changed = current.withUpdates(withUpdate(current.updates(), after));
        List<String> files = bench.save(loaded, Workbench.withYear(ws, changed), List.of(entry(bench.now(), by, "update", current, subject,
                request.acting().why(), Plain.update(before.orElse(null)), Plain.update(after))));
        return new Saved<>(group, quarter.year(), subject, before.orElse(null), after, true, files);
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

    /** The year with a figure or event named in a quarter's update (the update is made when there is none). */
    private static GroupYear reportIn(GroupYear year, int quarter, String metricId, String eventId) {
        QuarterlyUpdate u = year.update(quarter).orElse(new QuarterlyUpdate(quarter, List.of(), List.of(), List.of()));
        QuarterlyUpdate with = new QuarterlyUpdate(quarter, u.happened(),
                metricId == null ? u.metrics() : union(u.metrics(), List.of(metricId)),
                eventId == null ? u.events() : union(u.events(), List.of(eventId)));
        return year.withUpdates(withUpdate(year.updates(), with));
    }

    // events ----------------------------------------------------------------------------------

    /** The group's year an event or figure belongs to, with a valid id, ready to change. */
    private record Target(Loaded loaded, String by, WorkingGroupPlan plan, GroupYear current) {
    }

    private Target target(Acting acting, String groupId, int year, String id, String idField) throws CycleException {
        String by = Workbench.actor(acting);
        Loaded loaded = bench.load(acting);
        WorkingGroupPlan plan = Workbench.plan(loaded.workspace(), groupId);
        GroupYear current = Workbench.groupYear(loaded.workspace(), plan.groupId(), year);
        // a year under review or published is refused for that reason, before the request's fields (the id first)
        Workbench.editable(current);
        if (!Ids.valid(id)) {
            throw Workbench.usage(Problem.of(idField, "id.invalid", id));
        }
        return new Target(loaded, by, plan, current);
    }

    @Override
    public Saved<Event> recordEvent(RecordEvent r) throws CycleException {
        return bench.retried(r.acting(), () -> recordEventOnce(r));
    }

    private Saved<Event> recordEventOnce(RecordEvent r) throws CycleException {
        Target t = target(r.acting(), r.groupId(), r.year(), r.eventId(), "eventId");
        Workspace ws = t.loaded().workspace();
        GroupYear current = t.current();
        String id = r.eventId();
        int year = r.year();
        Optional<Event> before = current.event(id);
        // a new event whose id the year has: a colleague's event, never replaced by an "add"; unless it is this very event,
        // sent again (a double click, a form sent again after a slow answer, Back and send): then it is there already
        boolean repeated = r.adding() && before.isPresent();
        if (repeated && !omitsNothing(before.get(), r)) {
            throw Workbench.usage(Problem.of("eventId", "id.exists.event", id, year, before.get().title() == null ? "" : before.get().title().en()));
        }
        Problem conflict = Problem.of(null, "conflict.event", id);
        boolean asRead = repeated || Workbench.asRead(r.acting(), before.orElse(null));
        if (!asRead && before.isEmpty()) {
            throw Workbench.conflict(conflict);
        }
        if (before.isEmpty()) {
            unusedId(ws, id, "eventId");
        }
        List<Problem> problems = new ArrayList<>();
        Workbench.checkLine("title", r.title(), problems);
        Workbench.checkLine("titleEs", r.titleEs(), problems);
        Workbench.checkLine("place", r.place(), problems);
        Workbench.checkLine("placeEs", r.placeEs(), problems);
        Workbench.checkText("description", r.description(), problems);
        Workbench.checkText("descriptionEs", r.descriptionEs(), problems);
        String kinds = Arrays.stream(Event.Kind.values()).map(Event.Kind::id).collect(Collectors.joining(", "));
        Event.Kind kind = before.map(Event::kind).orElse(null);
        if (r.kind() != null) {
            kind = Event.Kind.byId(r.kind().strip()).orElse(null);
            if (kind == null) {
                problems.add(Problem.of("kind", "event.kind.unknown", r.kind(), kinds));
            }
        }
        DateSpan date = before.map(Event::date).orElse(null);
        if (r.date() != null) {
            date = date(r.date(), "date", problems);
            if (date != null && (date.start().getYear() > year || date.end().getYear() < year)) {
                problems.add(Problem.of("date", "event.date.outside", date.iso(), year));
            }
        }
        Text title = before.map(Event::title).orElse(null);
        if (r.title() != null) {
            if (r.title().isBlank()) {
                problems.add(Problem.of("title", "event.title.empty"));
            } else {
                title = Revisions.revised(title, r.title(), r.titleEs());
            }
        } else {
            title = Revisions.translated(title, r.titleEs());
        }
        Text place = optional(r.place(), p -> Revisions.revised(before.map(Event::place).orElse(null), p, r.placeEs()),
                Revisions.translated(before.map(Event::place).orElse(null), r.placeEs()));
        List<String> organizations = r.organizations() == null ? before.map(Event::organizations).orElse(List.of())
                : organizations(ws, r.organizations(), problems);
        Integer participants = r.participants() == null ? before.map(Event::participants).orElse(null) : count(r.participants(), problems);
        Text description = optional(r.description(), d -> Revisions.revised(before.map(Event::description).orElse(null), d,
                r.descriptionEs()), Revisions.translated(before.map(Event::description).orElse(null), r.descriptionEs()));
        String activity = optional(r.activityId(), x -> activityOf(t.plan(), x, problems), before.map(Event::activityId).orElse(null));
        spanishAlone("placeEs", "place", place, r.placeEs(), problems);
        spanishAlone("descriptionEs", "description", description, r.descriptionEs(), problems);
        if (before.isEmpty()) {
            if (kind == null && r.kind() == null) {
                problems.add(Problem.of("kind", "event.kind.missing", kinds));
            }
            if (date == null && r.date() == null) {
                problems.add(Problem.of("date", "event.date.missing"));
            }
            if (title == null && r.title() == null) {
                problems.add(Problem.of("title", "event.title.missing"));
            }
        }
        OptionalInt quarter = quarter(r.quarter(), year, problems);
        if (!asRead && !problems.isEmpty()) {
            throw Workbench.conflict(conflict);
        }
        check(problems);
        Event after = new Event(id, kind, date, title, place, organizations, participants, description, activity);
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
        GroupYear changed = current.withEvents(events);
        if (quarter.isPresent()) {
            changed = reportIn(changed, quarter.getAsInt(), null, id);
        }
        if (changed.equals(current)) {
            return new Saved<>(current.groupId(), year, id, before.orElse(null), after, false, List.of());
        }
        if (!asRead) {
            throw Workbench.conflict(conflict);
        }
        if (repeated) {
            throw Workbench.usage(Problem.of("eventId", "id.exists.event", id, year, before.get().title() == null ? "" : before.get().title().en()));
        }
        List<String> files = bench.save(t.loaded(), Workbench.withYear(ws, changed), List.of(entry(bench.now(), t.by(), "event", current, id,
                r.acting().why(), Plain.event(before.orElse(null)), Plain.event(after))));
        return new Saved<>(current.groupId(), year, id, before.orElse(null), after, true, files);
    }

    /**
     * Whether an "add" of an event the year has leaves out nothing the saved one has: what it leaves out would be kept
     * from the saved one, so only then can "the same as saved" mean that it is the same event sent again.
     */
    private static boolean omitsNothing(Event saved, RecordEvent r) {
        return (r.place() != null || saved.place() == null) && (r.description() != null || saved.description() == null)
                && (r.participants() != null || saved.participants() == null) && (r.activityId() != null || saved.activityId() == null)
                && (r.organizations() != null || saved.organizations().isEmpty())
                && (r.titleEs() != null || saved.title() == null || saved.title().es() == null)
                && (r.placeEs() != null || saved.place() == null || saved.place().es() == null)
                && (r.descriptionEs() != null || saved.description() == null || saved.description().es() == null);
    }

    /** The same for a figure. */
    private static boolean omitsNothing(Metric saved, RecordFigure r) {
        return (r.unit() != null || saved.unit() == null) && (r.target() != null || saved.target() == null)
                && (r.baseline() != null || saved.baseline() == null) && (r.asOf() != null || saved.asOf() == null)
                && (r.activityId() != null || saved.activityId() == null) && (r.note() != null || saved.note() == null)
                && (r.labelEs() != null || saved.label() == null || saved.label().es() == null)
                && (r.noteEs() != null || saved.note() == null || saved.note().es() == null)
                && (r.unitEs() != null || saved.unitText() == null || saved.unitText().es() == null)
                && saved.words() == null;
    }

    @Override
    public Saved<Event> removeEvent(Remove r) throws CycleException {
        return bench.retried(r.acting(), () -> removeEventOnce(r));
    }

    private Saved<Event> removeEventOnce(Remove r) throws CycleException {
        Target t = target(r.acting(), r.groupId(), r.year(), r.id(), "id");
        GroupYear current = t.current();
        String id = r.id();
        if (Workbench.removedAlready(r.acting(), current.event(id).orElse(null))) {
            return new Saved<>(current.groupId(), r.year(), id, null, null, false, List.of());
        }
        Event gone = current.event(id).orElseThrow(() -> Workbench.usage(Problem.of("id", "event.unknown", current.groupId(), r.year(), id,
                current.events().stream().map(Event::id).collect(Collectors.joining(", ")))));
        Workbench.stillAsRead(r.acting(), Problem.of(null, "conflict.event", id), gone);
        GroupYear changed = current.withEvents(current.events().stream().filter(e -> e != gone).toList())
                .withUpdates(current.updates().stream().map(u -> new QuarterlyUpdate(u.quarter(), u.happened(), u.metrics(),
                        u.events().stream().filter(x -> !x.equals(id)).toList())).toList());
        List<String> files = bench.save(t.loaded(), Workbench.withYear(t.loaded().workspace(), changed), List.of(entry(bench.now(), t.by(),
                "event", current, id, r.acting().why(), Plain.event(gone), null)));
        return new Saved<>(current.groupId(), r.year(), id, gone, null, true, files);
    }

    // figures ---------------------------------------------------------------------------------

    @Override
    public Saved<Metric> recordFigure(RecordFigure r) throws CycleException {
        return bench.retried(r.acting(), () -> recordFigureOnce(r));
    }

    private Saved<Metric> recordFigureOnce(RecordFigure r) throws CycleException {
        Target t = target(r.acting(), r.groupId(), r.year(), r.figureId(), "figureId");
        Workspace ws = t.loaded().workspace();
        GroupYear current = t.current();
        String id = r.figureId();
        Optional<Metric> before = current.metric(id);
        // a new figure whose id the year has: a colleague's figure, never replaced by an "add"; unless it is this very figure,
        // sent again (a double click, a form sent again after a slow answer): then it is there already
        boolean repeated = r.adding() && before.isPresent();
        if (repeated && !omitsNothing(before.get(), r)) {
            throw Workbench.usage(Problem.of("figureId", "id.exists.figure", id, r.year(), before.get().label() == null ? "" : before.get().label().en()));
        }
        Problem conflict = Problem.of(null, "conflict.figure", id);
        boolean asRead = repeated || Workbench.asRead(r.acting(), before.orElse(null));
        if (!asRead && before.isEmpty()) {
            throw Workbench.conflict(conflict);
        }
        if (before.isEmpty()) {
            unusedId(ws, id, "figureId");
        }
        List<Problem> problems = new ArrayList<>();
        Workbench.checkLine("label", r.label(), problems);
        Workbench.checkLine("labelEs", r.labelEs(), problems);
        Workbench.checkLine("unit", r.unit(), problems);
        Workbench.checkLine("unitEs", r.unitEs(), problems);
        Workbench.checkText("note", r.note(), problems);
        Workbench.checkText("noteEs", r.noteEs(), problems);
        Text label = before.map(Metric::label).orElse(null);
        if (r.label() != null) {
            if (r.label().isBlank()) {
                problems.add(Problem.of("label", "figure.label.empty"));
            } else {
                label = Revisions.revised(label, r.label(), r.labelEs());
            }
        } else {
            label = Revisions.translated(label, r.labelEs());
        }
        BigDecimal value = r.value() == null ? before.map(Metric::value).orElse(null) : number(r.value(), "value", problems);
        String unit = optional(r.unit(), String::strip, before.map(Metric::unit).orElse(null));
        // the unit's Spanish by the rule of every text a change gives: the English changed alone keeps it, stale
        Text unitBefore = before.map(Metric::unitText).orElse(null);
        Text unitText = r.unit() == null ? Revisions.translated(unitBefore, r.unitEs())
                : r.unit().isBlank() ? null : Revisions.revised(unitBefore, r.unit(), r.unitEs());
        spanishAlone("unitEs", "unit", unit == null ? null : Text.of(unit), r.unitEs(), problems);
        BigDecimal target = optional(r.target(), v -> number(v, "target", problems), before.map(Metric::target).orElse(null));
        BigDecimal baseline = optional(r.baseline(), v -> number(v, "baseline", problems), before.map(Metric::baseline).orElse(null));
        DateSpan asOf = r.asOf() == null ? before.map(Metric::asOf).orElse(null) : date(r.asOf(), "asOf", problems);
        String activity = optional(r.activityId(), x -> activityOf(t.plan(), x, problems), before.map(Metric::activityId).orElse(null));
        Text note = optional(r.note(), n -> Revisions.revised(before.map(Metric::note).orElse(null), n, r.noteEs()),
                Revisions.translated(before.map(Metric::note).orElse(null), r.noteEs()));
        spanishAlone("noteEs", "note", note, r.noteEs(), problems);
        if (label == null && r.label() == null) {
            problems.add(Problem.of("label", "figure.label.missing"));
        }
        if (value == null && r.value() == null) {
            problems.add(Problem.of("value", "figure.value.missing"));
        }
        OptionalInt quarter = quarter(r.quarter(), r.year(), problems);
        if (!asRead && !problems.isEmpty()) {
            throw Workbench.conflict(conflict);
        }
        check(problems);
        Metric after = new Metric(id, label, value, unit, target, baseline, asOf, activity, note, null, unitText).keepingWordsOf(before.orElse(null));
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
        GroupYear changed = current.withMetrics(metrics);
        if (quarter.isPresent()) {
            changed = reportIn(changed, quarter.getAsInt(), id, null);
        }
        if (changed.equals(current)) {
            return new Saved<>(current.groupId(), r.year(), id, before.orElse(null), after, false, List.of());
        }
        if (!asRead) {
            throw Workbench.conflict(conflict);
        }
        if (repeated) {
            throw Workbench.usage(Problem.of("figureId", "id.exists.figure", id, r.year(), before.get().label() == null ? "" : before.get().label().en()));
        }
        List<String> files = bench.save(t.loaded(), Workbench.withYear(ws, changed), List.of(entry(bench.now(), t.by(), "figure", current, id,
                r.acting().why(), Plain.metric(before.orElse(null)), Plain.metric(after))));
        return new Saved<>(current.groupId(), r.year(), id, before.orElse(null), after, true, files);
    }

    @Override
    public Saved<Metric> removeFigure(Remove r) throws CycleException {
        return bench.retried(r.acting(), () -> removeFigureOnce(r));
    }

    private Saved<Metric> removeFigureOnce(Remove r) throws CycleException {
        Target t = target(r.acting(), r.groupId(), r.year(), r.id(), "id");
        GroupYear current = t.current();
        String id = r.id();
        if (Workbench.removedAlready(r.acting(), current.metric(id).orElse(null))) {
            return new Saved<>(current.groupId(), r.year(), id, null, null, false, List.of());
        }
        Metric gone = current.metric(id).orElseThrow(() -> Workbench.usage(Problem.of("id", "figure.unknown", current.groupId(), r.year(), id,
                current.metrics().stream().map(Metric::id).collect(Collectors.joining(", ")))));
        Workbench.stillAsRead(r.acting(), Problem.of(null, "conflict.figure", id), gone);
        GroupYear changed = current.withMetrics(current.metrics().stream().filter(m -> m != gone).toList())
                .withUpdates(current.updates().stream().map(u -> new QuarterlyUpdate(u.quarter(), u.happened(),
                        u.metrics().stream().filter(x -> !x.equals(id)).toList(), u.events())).toList());
        List<String> files = bench.save(t.loaded(), Workbench.withYear(t.loaded().workspace(), changed), List.of(entry(bench.now(), t.by(),
                "figure", current, id, r.acting().why(), Plain.metric(gone), null)));
        return new Saved<>(current.groupId(), r.year(), id, gone, null, true, files);
    }

    /**
     * The links given, each title given in English only keeping the Spanish of the title the same link (the same
     * address) had, as every text given in English only does ({@link Revisions#revised}): a form shows a link's
     * title in English and sends it back so, which dropped a translated title's Spanish at every rating. A Spanish
     * given apart ({@code spanish}, by the link's place: a form's Spanish field) is the title's Spanish by the same
     * rule: empty removes it, a text translates the English given.
     */
    private static List<Link> withTheirSpanish(List<Link> given, List<String> spanish, List<Link> before) {
        List<Link> links = new ArrayList<>(given.size());
        for (int i = 0; i < given.size(); i++) {
            Link link = given.get(i);
            Text title = link.title();
            String es = i < spanish.size() ? spanish.get(i) : null;
            Text was = before.stream().filter(b -> link.url().equals(b.url()) && b.title() != null).map(Link::title).findFirst().orElse(null);
            if (title != null && es != null) {
                title = Revisions.revised(was, title.en(), es);
            } else if (title != null && title.es() == null && was != null) {
                title = Revisions.revised(was, title.en(), null);
            }
            links.add(new Link(title, link.url()));
        }
        return links;
    }

    // values as people type them ---------------------------------------------------------------

    /** A Spanish given for an optional text that has no English ({@link Revisions#spanishAlone}), said beside its field. */
    static void spanishAlone(String spanishField, String field, Text text, String spanish, List<Problem> problems) {
        if (Revisions.spanishAlone(text != null, spanish)) {
            problems.add(Problem.of(spanishField, "text.spanish.alone", spanishField, field));
        }
    }

    /** An optional value: the one before when not given (null), none when given empty, else the parsed value. */
    private static <T> T optional(String given, Function<String, T> parse, T before) {
        if (given == null) {
            return before;
        }
        return given.isBlank() ? null : parse.apply(given);
    }

    private static OptionalInt quarter(String given, int year, List<Problem> problems) {
        if (given == null) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Quarter.inYear(given, year).quarter());
        } catch (IllegalArgumentException e) {
            problems.add(said("quarter", "{quarter}: ", e));
            return OptionalInt.empty();
        }
    }

    /** Ids of goals, activities, deliverables, figures and events are unique in the whole workspace. */
    private static void unusedId(Workspace ws, String id, String field) throws CycleException {
        for (GroupYear y : ws.years()) {
            if (y.metric(id).isPresent() || y.event(id).isPresent()) {
                throw Workbench.usage(Problem.of(field, y.metric(id).isPresent() ? "id.used.figure" : "id.used.event", id, y.groupId(), y.year()));
            }
        }
        for (WorkingGroupPlan p : ws.plans()) {
            boolean used = p.goals().stream().anyMatch(g -> g.id().equals(id)) || p.activities().stream().anyMatch(x -> x.id().equals(id)
                    || x.deliverables().stream().anyMatch(d -> id.equals(d.id())));
            if (used) {
                throw Workbench.usage(Problem.of(field, "id.used.plan", id, p.groupId()));
            }
        }
        for (var related : ws.relatedAgreements()) {
            if (related.figures().stream().anyMatch(f -> id.equals(f.id()))) {
                throw Workbench.usage(Problem.of(field, "id.used.related", id));
            }
        }
    }

    /** A value that could not be read, as a problem about {@code field} in both languages when the model said it in both. */
    private static Problem said(String field, String before, IllegalArgumentException e) {
        String es = mou.core.model.InvalidValueException.spanish(e);
        return Problem.said(field, before + e.getMessage(), es == null ? null : before + es);
    }

    private static DateSpan date(String text, String field, List<Problem> problems) {
        try {
            return DateSpan.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(said(field, "{" + field + "}: ", e));
            return null;
        }
    }

    /**
     * A figure's number, within the model's bounds ({@link Bounds#AMOUNT}); read from its text before it is expanded, by the
     * model's rule for numbers people write (a comma only between thousands: {@link Bounds#parseWritten}).
     */
    private static BigDecimal number(String text, String field, List<Problem> problems) {
        String plain = text.strip().replace(",", "");
        try {
            return Bounds.AMOUNT.parseWritten(text);
        } catch (IllegalArgumentException e) {
            problems.add(Bounds.isNumber(plain) ? said(field, "{" + field + "}: ", e)
                    : Problem.of(field, "figure.value.notNumber", field, text));
            return null;
        }
    }

    /** A number of people, within the model's bounds ({@link Bounds#COUNT}), written as {@link Bounds#parseWritten} reads it. */
    private static Integer count(String text, List<Problem> problems) {
        String plain = text.strip().replace(",", "");
        try {
            return Bounds.COUNT.parseWritten(text).intValueExact();
        } catch (IllegalArgumentException | ArithmeticException e) {
            problems.add(Bounds.isNumber(plain) ? Problem.said("participants", "{participants}: " + e.getMessage(),
                    e instanceof IllegalArgumentException i && InvalidValueException.spanish(i) != null
                            ? "{participants}: " + InvalidValueException.spanish(i) : null)
                    : Problem.of("participants", "event.participants.notNumber", text));
            return null;
        }
    }

    /** The organizations of an event as written (OrganizationsWritten): each text may name several, by id, acronym or name. */
    private static List<String> organizations(Workspace ws, List<String> given, List<Problem> problems) {
        OrganizationsWritten.Read read = OrganizationsWritten.read(ws, given);
        read.unknown().forEach((piece, near) -> problems.add(near.isEmpty() ? Problem.of("organizations", "event.organization.unknown", piece)
                : Problem.of("organizations", "event.organization.near", piece, String.join(", ", near))));
        return read.ids();
    }

    private static String activityOf(WorkingGroupPlan plan, String id, List<Problem> problems) {
        String a = id.strip();
        if (plan.activity(a).isEmpty()) {
            problems.add(Problem.of("activityId", "activity.notInPlan", a, plan.groupId(), Workbench.activities(plan)));
        }
        return a;
    }

    // deliverables ----------------------------------------------------------------------------

    @Override
    public Saved<Deliverable> editDeliverable(EditDeliverable request) throws CycleException {
        return bench.retried(request.acting(), () -> editDeliverableOnce(request));
    }

    private Saved<Deliverable> editDeliverableOnce(EditDeliverable request) throws CycleException {
        return deliverables.edit(request);
    }

    // narrative -------------------------------------------------------------------------------

    @Override
    public Saved<List<Text>> narrative(WriteNarrative r) throws CycleException {
        return bench.retried(r.acting(), () -> narrativeOnce(r));
    }

    private Saved<List<Text>> narrativeOnce(WriteNarrative r) throws CycleException {
        // the year first: a year under review or published is refused for that reason, before the request's fields
        String by = Workbench.actor(r.acting());
        Loaded loaded = bench.load(r.acting());
        Workspace ws = loaded.workspace();
        GroupYear current = Workbench.groupYear(ws, r.groupId(), r.year());
        Workbench.editable(current);
        String part = r.part();
        if (!WriteNarrative.PARTS.contains(part)) {
            throw Workbench.usage(Problem.of("part", "narrative.part.unknown", part));
        }
        List<Problem> controls = new ArrayList<>();
        if (r.paragraphs() != null) {
            r.paragraphs().forEach(p -> Workbench.checkText("paragraphs", p, controls));
        }
        check(controls.stream().distinct().toList());
        Narrative n = current.narrative();
        List<Text> before = n.part(part);
        boolean asRead = Workbench.asRead(r.acting(), before);
        List<Text> after = new ArrayList<>(r.append() ? before : List.of());
        // a paragraph given in English only keeps the Spanish of the one it replaces (stale when the English differs)
        after.addAll(r.append() ? r.paragraphs() : Revisions.revised(before, r.paragraphs(), r.spanishRemoved()));
        if (after.equals(before)) {
            return new Saved<>(r.groupId(), r.year(), part, before, after, false, List.of());
        }
        if (!asRead) {
            throw Workbench.conflict(Problem.of(null, "conflict.narrative", part, r.groupId(), r.year()));
        }
        Narrative changed = n.withPart(part, after);
        List<String> files = bench.save(loaded, Workbench.withYear(ws, current.withNarrative(changed)), List.of(entry(bench.now(), by,
                "narrative", current, part, r.acting().why(), Plain.texts(before), Plain.texts(after))));
        return new Saved<>(r.groupId(), r.year(), part, before, List.copyOf(after), true, files);
    }

    // the program office's introduction and final comments ------------------------------------------

    @Override
    public Saved<List<Text>> introduction(WriteIntroduction r) throws CycleException {
        return bench.retried(r.acting(), () -> introductionOnce(r));
    }

    private Saved<List<Text>> introductionOnce(WriteIntroduction r) throws CycleException {
        String part = r.part();
        if (!WriteIntroduction.PARTS.contains(part)) {
            throw Workbench.usage(Problem.of("part", "introduction.part.unknown", part));
        }
        // the year first: a published year is refused for that reason, before the request's texts (as every change is)
        String by = Workbench.actor(r.acting());
        Loaded loaded = bench.load(r.acting());
        Workspace ws = loaded.workspace();
        int year = r.year();
        List<GroupYear> years = ws.years().stream().filter(y -> y.year() == year).toList();
        if (years.isEmpty()) {
            throw Workbench.usage(Problem.of("year", "introduction.notOpened", year));
        }
        for (GroupYear y : years) {
            if (y.review().state() == ReviewState.PUBLISHED) {
                mou.core.model.ReviewStep last = y.review().last().orElseThrow();
                throw Workbench.refused(Problem.of(null, "introduction.published", year, last.by(), last.at()));
            }
        }
        List<Problem> controls = new ArrayList<>();
        if (r.paragraphs() != null) {
            r.paragraphs().forEach(p -> Workbench.checkText("paragraphs", p, controls));
        }
        check(controls.stream().distinct().toList());
        List<Text> given = r.paragraphs() == null ? List.of() : r.paragraphs();
        boolean introduction = WriteIntroduction.INTRODUCTION.equals(part);
        // a year opened before the report file was made gets it, as year open makes it
        AnnualReport report = ws.report(year).orElseGet(() -> new AnnualReport(year, ws.reports().stream().filter(x -> x.year() < year)
                .max((x, y) -> Integer.compare(x.year(), y.year())).map(AnnualReport::title).orElse(ws.agreement().title()),
                List.of(), null, List.of()));
        List<Text> before = introduction ? report.introduction() : report.finalComments();
        boolean asRead = Workbench.asRead(r.acting(), before);
        List<Text> after = new ArrayList<>(r.append() ? before : List.of());
        // a paragraph given in English only keeps the Spanish of the one it replaces (stale when the English differs)
        after.addAll(r.append() ? given : Revisions.revised(before, given, r.spanishRemoved()));
        if (after.equals(before) && ws.report(year).isPresent()) {
            return new Saved<>(null, year, part, before, before, false, List.of());
        }
        if (!asRead) {
            throw Workbench.conflict(Problem.of(null, introduction ? "conflict.introduction" : "conflict.finalComments", year));
        }
        AnnualReport changed = introduction
                ? new AnnualReport(year, report.title(), after, report.relatedAgreementsIntro(), report.finalComments())
                : new AnnualReport(year, report.title(), report.introduction(), report.relatedAgreementsIntro(), after);
        List<AnnualReport> reports = new ArrayList<>();
        boolean replaced = false;
        for (AnnualReport x : ws.reports()) {
            if (x.year() == year) {
                reports.add(changed);
                replaced = true;
            } else {
                reports.add(x);
            }
        }
        if (!replaced) {
            reports.add(changed);
        }
        List<String> files = bench.save(loaded, ws.with(ws.years(), reports), List.of(new HistoryEntry(bench.now(), by, "introduction",
                null, year, part, r.acting().why(), Plain.texts(before), Plain.texts(after))));
        return new Saved<>(null, year, part, before, List.copyOf(after), true, files);
    }

    // submit / return / approve ---------------------------------------------------------------

    @Override
    public Saved<ReviewState> review(ReviewYear r) throws CycleException {
        return bench.retried(r.acting(), () -> reviewOnce(r));
    }

    private Saved<ReviewState> reviewOnce(ReviewYear r) throws CycleException {
        // the year first: a published year is refused for that reason, before the request's fields (a year under review
        // is what the review steps act on)
        String by = Workbench.actor(r.acting());
        Loaded loaded = bench.load(r.acting());
        Workspace ws = loaded.workspace();
        WorkingGroupPlan plan = Workbench.plan(ws, r.groupId());
        GroupYear current = Workbench.groupYear(ws, plan.groupId(), r.year());
        ReviewState state = current.review().state();
        if (state == ReviewState.PUBLISHED) {
            Workbench.editable(current);
        }
        ReviewAction action = r.action();
        if (action == null || action == ReviewAction.PUBLISH) {
            throw Workbench.usage(Problem.of("action", "review.action.publish"));
        }
        String command = action.id();
        String reason = r.reason() == null || r.reason().isBlank() ? null : r.reason().strip();
        if (action == ReviewAction.RETURN && reason == null) {
            throw Workbench.usage(Problem.of("reason", "review.reason.missing"));
        }
        List<Problem> controls = new ArrayList<>();
        Workbench.checkText("reason", r.reason(), controls);
        Workbench.checkText("incomplete", r.incomplete(), controls);
        check(controls);
        String incomplete = r.incomplete() == null ? null : r.incomplete().strip();
        if (incomplete != null && incomplete.isEmpty()) {
            throw Workbench.usage(Problem.of("incomplete", "review.incomplete.empty"));
        }
        if (incomplete != null && action != ReviewAction.SUBMIT) {
            throw Workbench.usage(Problem.of("incomplete", "review.incomplete.notSubmit"));
        }
        String name = plan.groupId() + " " + r.year();
        if (!Workbench.asRead(r.acting(), current)) {
            // the very step sent again by the same person (a double click, a form sent again after a slow answer): taken already
            Optional<ReviewStep> last = current.review().last();
            if (last.isPresent() && state == action.to() && by.equals(last.get().by()) && Objects.equals(reason, last.get().reason())
                    && (last.get().incomplete() == null || last.get().incomplete().equals(incomplete))) {
                return new Saved<>(plan.groupId(), r.year(), null, state, state, false, List.of());
            }
            throw Workbench.conflict(Problem.of(null, "conflict.review", name));
        }
        if (!action.allowedFrom(state)) {
            // the code says the action refused, the state (who moved it there, but for a draft) and what comes next
            Optional<ReviewStep> last = current.review().last();
            throw Workbench.refused(Problem.of(null, switch (action) {
                case SUBMIT -> state == ReviewState.SUBMITTED ? "review.refused.submit.submitted" : "review.refused.submit.approved";
                case RETURN -> state == ReviewState.DRAFT ? "review.refused.return.draft" : "review.refused.return.returned";
                default -> state == ReviewState.DRAFT ? "review.refused.approve.draft"
                        : state == ReviewState.RETURNED ? "review.refused.approve.returned" : "review.refused.approve.approved";
            }, name, last.map(ReviewStep::by).orElse(""), last.map(ReviewStep::at).orElse(null), r.year()));
        }
        List<Gap> gaps = action == ReviewAction.SUBMIT ? Gap.of(plan, current) : List.of();
        if (!gaps.isEmpty() && incomplete == null) {
            List<Problem> problems = new ArrayList<>();
            problems.add(Problem.of(null, gaps.size() == 1 ? "submit.misses.one" : "submit.misses.many", name, gaps.size()));
            problems.addAll(Gaps.problems(gaps));
            problems.add(Problem.of("incomplete", "submit.incomplete", name));
            throw new CycleException(Kind.REFUSED, problems);
        }
        // a reason to go on incomplete is recorded only when something is missing
        String goesOnIncomplete = gaps.isEmpty() ? null : incomplete;
        ReviewStep step = new ReviewStep(action.to(), by, bench.now(), reason, goesOnIncomplete);
        GroupYear changed = current.withReview(current.review().with(step));
        String why = goesOnIncomplete == null ? reason : (reason == null ? "" : reason + "; ") + "submitted incomplete ("
                + gaps.stream().map(Gap::describe).collect(Collectors.joining("; ")) + "): " + goesOnIncomplete;
        List<String> files = bench.save(loaded, Workbench.withYear(ws, changed), List.of(entry(step.at(), by, command, current, null, why,
                Plain.state(state.id()), Plain.step(step))));
        return new Saved<>(plan.groupId(), r.year(), null, state, action.to(), true, files);
    }

    // history ---------------------------------------------------------------------------------

    @Override
    public History history(HistoryQuery q) throws CycleException {
        Path folder = Workbench.folder(q.acting());
        List<HistoryEntry> entries;
        try {
            entries = bench.store().history(folder);
        } catch (java.io.IOException e) {
            throw Workbench.refused(e.getMessage());
        }
        String person = q.by() == null ? null : q.by().strip();
        List<HistoryEntry> matching = entries.stream().filter(e -> (q.groupId() == null || q.groupId().equals(e.groupId()))
                && (q.subject() == null || q.subject().equals(e.subject()))
                && (q.year() == null || q.year().equals(e.year()))
                && (person == null || e.by() != null && person.equalsIgnoreCase(e.by().strip()))).toList();
        int matched = matching.size();
        if (matched == 0 && q.groupId() != null) {
            // a group the workspace has no plan for is a mistake (a typo), said with the groups there are rather than
            // "nothing matches"; looked at only when nothing matched, and not in a workspace with errors (its history is still read)
            Workspace workspace = null;
            try {
                workspace = bench.load(q.acting()).workspace();
            } catch (CycleException e) {
                // a workspace with errors: its history as it is
            }
            if (workspace != null) {
                Workbench.plan(workspace, q.groupId());
            }
        }
        if (q.newest() != null && q.newest() < matched) {
            matching = matching.subList(matched - q.newest(), matched);
        }
        return new History(matching, entries.size(), matched);
    }

    @Override
    public List<String> describe(HistoryEntry entry) {
        return HistoryFormat.entry(entry);
    }

    @Override
    public List<String> describe(HistoryEntry entry, String language) {
        return HistoryFormat.entry(entry, language);
    }

    // spreadsheets ------------------------------------------------------------------------------

    @Override
    public YearSheet exportYear(ExportYear r) throws CycleException {
        String by = Workbench.actor(r.acting());
        Workspace ws = bench.load(r.acting()).workspace();
        WorkingGroupPlan plan = Workbench.plan(ws, r.groupId());
        GroupYear current = Workbench.groupYear(ws, plan.groupId(), r.year());
        return new YearSheet(plan.groupId(), r.year(), current.review().state(),
                YearSheets.export(ws, plan, current, by, bench.exportMoment(), r.language()));
    }

    @Override
    public Imported importYear(ImportYear r) throws CycleException {
        Map<String, Tables.Read> tables = new LinkedHashMap<>();
        r.sheets().forEach((name, content) -> tables.put(name, Tables.Read.of(content)));
        return importTables(r.acting(), tables, r.source(), null, r.language());
    }

    @Override
    public byte[] exportWorkbook(ExportYear r) throws CycleException {
        YearSheet sheet = exportYear(r);
        Xlsx.fits(sheet.tables(), sheet.groupId(), sheet.year());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(1 << 16);
        try {
            Xlsx.write(sheet.tables(), out);
        } catch (java.io.IOException e) {
            throw Workbench.refused("the workbook of " + sheet.groupId() + " " + sheet.year() + " could not be written: " + e.getMessage());
        }
        return out.toByteArray();
    }

    @Override
    public Imported importWorkbook(ImportWorkbook r) throws CycleException {
        Workbench.actor(r.acting());
        String name = r.source() == null || r.source().isBlank() ? "the workbook" : r.source().strip();
        if (r.workbook() == null || r.workbook().length == 0) {
            lockedFirst(r.acting(), r.groupId(), r.year());
            throw new CycleException(Kind.INVALID, List.of(Problem.of("workbook", "import.empty", name, r.groupId(), r.year())));
        }
        Map<String, Tables.Read> tables;
        Path file = null;
        try {
            // read as the import command reads a file, with the same limits
            file = Files.createTempFile("mou-upload-", ".xlsx");
            Files.write(file, r.workbook());
            tables = Xlsx.read(file, name);
        } catch (Tables.Unreadable e) {
            lockedFirst(r.acting(), r.groupId(), r.year());
            throw new CycleException(Kind.INVALID, cells(e.problems(), Problem.of(null, "import.unchanged")));
        } catch (java.io.IOException e) {
            lockedFirst(r.acting(), r.groupId(), r.year());
            throw Workbench.refused(name + " could not be read: " + Tables.reason(e) + "; nothing was imported");
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (java.io.IOException e) {
                    // a temporary copy left behind is removed with the system's temporary files
                }
            }
        }
        return importTables(r.acting(), tables, name, new YearSheets.Identity(r.groupId(), r.year()), r.language());
    }

    /**
     * Refuses a change to a group's year that is under review or published, for that reason, before anything else is said
     * of the request. A workspace that cannot be read, or a group or year it does not have, is left to the request's own
     * checks, which say so.
     */
    private Workspace lockedFirst(Acting acting, String groupId, int year) throws CycleException {
        Workspace ws;
        try {
            ws = bench.load(acting).workspace();
        } catch (CycleException e) {
            return null;
        }
        Optional<GroupYear> y = ws.year(groupId, year);
        if (y.isPresent()) {
            Workbench.editable(y.get());
        }
        return ws;
    }

    /** Applies read tables all or nothing; with {@code expected}, only when their About sheet names that group's year. */
    private Imported importTables(Acting acting, Map<String, Tables.Read> tables, String source, YearSheets.Identity expected,
            String language) throws CycleException {
        String by = Workbench.actor(acting);
        List<String> problems = new SheetProblems();
        // the group's year the sheets are of, when they say it, first: a year under review or published is refused for
        // that reason, before what its cells hold
        YearSheets.Identity named = YearSheets.identity(tables, new SheetProblems());
        Workspace ws = null;
        if (named != null) {
            ws = lockedFirst(acting, named.groupId(), named.year());
        } else if (expected != null) {
            ws = lockedFirst(acting, expected.groupId(), expected.year());
        }
        textCells(tables, problems);
        if (!problems.isEmpty()) {
            throw new CycleException(Kind.INVALID, cells(problems, Problem.of(null, "import.unchanged")));
        }
        YearSheets.Identity identity = YearSheets.identity(tables, problems);
        if (identity == null) {
            throw new CycleException(Kind.INVALID, cells(problems, Problem.of(null, "import.nothing")));
        }
        if (expected != null && !expected.equals(identity)) {
            // the groups by their titles in the language of the person importing, as the pages name them
            throw new CycleException(Kind.INVALID, List.of(Problem.of(YearSheets.sheet(tables, YearSheets.ABOUT).name()
                    + (expected.groupId().equals(identity.groupId()) ? "!B3" : "!B2"), "import.otherWorkbook",
                    Workbench.groupName(ws, identity.groupId(), language) + " " + identity.year(),
                    Workbench.groupName(ws, expected.groupId(), language) + " " + expected.year()),
                    Problem.of(null, "import.nothing")));
        }
        return bench.retried(acting, () -> importOnce(acting, by, tables, source, identity));
    }

    private Imported importOnce(Acting acting, String by, Map<String, Tables.Read> tables, String source, YearSheets.Identity identity)
            throws CycleException {
        Loaded loaded = bench.load(acting);
        Workspace ws = loaded.workspace();
        WorkingGroupPlan plan = Workbench.plan(ws, identity.groupId());
        GroupYear current = Workbench.groupYear(ws, plan.groupId(), identity.year());
        Workbench.editable(current);
        YearSheets.Result result = YearSheets.read(tables, ws, plan, current, loaded.folder());
        if (!result.problems().isEmpty()) {
            throw new CycleException(Kind.INVALID, cells(result.problems(), Problem.of(null, result.problems().size() == 1 ? "import.problems.one"
                    : "import.problems.many", result.problems().size())));
        }
        GroupYear changed = result.year();
        List<Imported.Change> changes = YearSheets.changes(current, changed);
        undoesLaterChanges(tables, changes, loaded.folder(), plan.groupId(), identity.year(), by);
        List<Problem> ignored = cells(result.ignored());
        if (changes.isEmpty()) {
            return new Imported(plan.groupId(), identity.year(), List.of(), List.of(), ignored);
        }
        Instant now = bench.now();
        String why = acting.why() != null ? acting.why() : "imported from " + source;
        List<HistoryEntry> history = changes.stream().map(c -> new HistoryEntry(now, by, "import", plan.groupId(), identity.year(),
                c.subject(), why, c.before(), c.after())).toList();
        List<String> written = bench.save(loaded, Workbench.withYear(ws, changed), history);
        return new Imported(plan.groupId(), identity.year(), changes, written, ignored);
    }

    /**
     * Refuses an import that would undo what was changed after its workbook was exported: a row left
     * as exported, of an activity (figure, event, narrative part, quarter) that someone changed since,
     * would put back the value it had then. The export's moment is on its About sheet; a person's own
     * imports since are no such change (filling in a workbook and importing it again as the work goes on).
     */
    private void undoesLaterChanges(Map<String, Tables.Read> tables, List<Imported.Change> changes, Path folder, String groupId, int year,
            String by) throws CycleException {
        Optional<Instant> exported = YearSheets.exportedAt(tables);
        Set<String> subjects = new HashSet<>();
        changes.forEach(c -> subjects.add(c.subject()));
        subjects.remove(null);
        if (exported.isEmpty() || subjects.isEmpty()) {
            return;
        }
        List<HistoryEntry> entries;
        try {
            entries = bench.store().history(folder);
        } catch (java.io.IOException e) {
            throw Workbench.refused(e.getMessage());
        }
        Map<String, HistoryEntry> later = new LinkedHashMap<>();
        for (HistoryEntry e : entries) {
            if (groupId.equals(e.groupId()) && e.year() != null && e.year() == year && e.at() != null && !before(e.at(), exported.get())
                    && e.subject() != null && subjects.contains(e.subject()) && !("import".equals(e.action()) && by.equals(e.by()))) {
                later.put(e.subject(), e);
            }
        }
        if (later.isEmpty()) {
            return;
        }
        List<Problem> problems = new ArrayList<>();
        for (HistoryEntry e : later.values()) {
            java.time.Instant at = e.at().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            problems.add(Problem.said(null, e.subject() + " changed after this workbook was exported (" + exported.get() + "): " + e.action()
                    + " by " + e.by() + " at " + at + "; importing it would undo that change",
                    e.subject() + " cambió después de que se exportó este libro (" + exported.get() + "): " + e.action() + " de " + e.by()
                    + " el " + at + "; importarlo desharía ese cambio"));
        }
        problems.add(Problem.said(null, "nothing was imported; export the year again and make your changes in the new workbook",
                "no se importó nada; exporte el año de nuevo y haga sus cambios en el libro nuevo"));
        throw new CycleException(Kind.CONFLICT, problems);
    }

    /**
     * Whether a change was made before the export. A moment of whole seconds (the history's; an About
     * sheet of a workbook exported before stamps had milliseconds) says only its second, and a change
     * in the export's own second may have come just after it: compared to the second, it counts as later.
     */
    static boolean before(Instant change, Instant exported) {
        if (change.getNano() == 0 || exported.getNano() == 0) {
            return change.getEpochSecond() < exported.getEpochSecond();
        }
        return change.isBefore(exported);
    }

    /**
     * Each cell of the sheets whose text no front door would take ({@link Workbench#checkText}: a control character
     * that no text shows, or more characters than a text may have), as a problem of its cell.
     */
    private static void textCells(Map<String, Tables.Read> tables, List<String> problems) {
        for (Tables.Read sheet : tables.values()) {
            for (int row = 0; row < sheet.rows().size(); row++) {
                List<String> cells = sheet.rows().get(row);
                for (int column = 0; column < cells.size(); column++) {
                    SheetProblems.checkCell(problems, sheet.name() + "!" + Tables.columnName(column) + (row + 1), cells.get(column), false);
                }
            }
        }
    }

    // a sheet's name may have spaces (Informes trimestrales), never a colon
    private static final java.util.regex.Pattern CELL = java.util.regex.Pattern.compile("([^!:\\n]+![A-Z]+[0-9]+): (.*)", java.util.regex.Pattern.DOTALL);

    /** Problems of sheet content, each named by its cell where it has one, and a last line saying what happened. */
    private static List<Problem> cells(List<String> problems, Problem last) {
        List<Problem> all = cells(problems);
        all.add(last);
        return all;
    }

    /** Problems of sheet content, each named by its cell where it has one. */
    private static List<Problem> cells(List<String> problems) {
        List<Problem> all = new ArrayList<>();
        List<String> capped = Tables.capped(problems);
        for (int i = 0; i < capped.size(); i++) {
            String p = capped.get(i);
            String es = SheetProblems.spanish(capped, i);
            java.util.regex.Matcher m = CELL.matcher(p);
            java.util.regex.Matcher mEs = es == null ? null : CELL.matcher(es);
            all.add(m.matches() ? Problem.said(m.group(1), m.group(2), mEs != null && mEs.matches() ? mEs.group(2) : null)
                    : Problem.said(null, p, es));
        }
        return all;
    }

    // publish ---------------------------------------------------------------------------------

    @Override
    public Published publish(Publish request) throws CycleException {
        // with the version read at (the review page): the year as the program office read it, its groups' years as they were
        // (the publisher checks it on the reading it publishes), tried again when another save met its files; the command
        // line's publish, without one, is tried once. Outside the turn of this process's changes, which would all wait seconds
        // for the report (the PDF in two languages)
        return bench.retriedOutsideTheTurn(request.acting(), () -> publisher.publish(request));
    }

    @Override
    public mou.core.cycle.ExportedTranslations exportTranslations(mou.core.cycle.ExportTranslations request) throws CycleException {
        return translations.export(request);
    }

    @Override
    public mou.core.cycle.ImportedTranslations importTranslations(mou.core.cycle.ImportTranslations request) throws CycleException {
        return translations.importTranslations(request);
    }
}
