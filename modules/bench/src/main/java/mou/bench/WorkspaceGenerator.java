package mou.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import mou.core.model.Activity;
import mou.core.model.Agreement;
import mou.core.model.AnnualReport;
import mou.core.model.Assessment;
import mou.core.model.DateSpan;
import mou.core.model.Deliverable;
import mou.core.model.Event;
import mou.core.model.GroupYear;
import mou.core.model.Link;
import mou.core.model.Metric;
import mou.core.model.Narrative;
import mou.core.model.Organization;
import mou.core.model.OverarchingGoal;
import mou.core.model.ProgressLevel;
import mou.core.model.RelatedAgreement;
import mou.core.model.Text;
import mou.core.model.WorkingGroupPlan;
import mou.core.model.Workspace;
import mou.core.spi.DeliverableType;
import mou.core.spi.WorkspaceStore;

/**
 * Writes a synthetic but valid workspace of a given {@link Shape}: working groups {@code g0001}...
 * with goals, activities and deliverables of the installed types, years of assessments whose
 * levels drift upward, figures and events, the organizations they name, the agreement and the
 * program office's yearly texts. Everything is drawn from the shape's seed (each group from its own
 * stream), so the same seed gives byte-identical files, and the files are written by the real store.
 */
public final class WorkspaceGenerator {

    /** Groups whose files are saved together: bounds the memory a large workspace takes to write. */
    private static final int BATCH = 50;
    private static final int SHARED_ORGANIZATIONS = 12;
    private static final int EVENT_KIND_COUNT = Event.Kind.values().length;

    /** What was written. */
    public record Summary(Shape shape, long files, long bytes, long assessments, long deliverables, List<String> types,
            List<String> unusableTypes) {
    }

    private final Shape shape;
    private final WorkspaceStore store;
    private final List<DeliverableType> types;
    private final Workspace examples;

    /**
     * @param shape what to generate
     * @param store the store that writes the files
     * @param types the installed deliverable types to draw from, in a stable order
     * @param examples a workspace whose deliverables give sample attribute values (e.g. the shipped one), or null
     */
    public WorkspaceGenerator(Shape shape, WorkspaceStore store, List<DeliverableType> types, Workspace examples) {
        this.shape = shape;
        this.store = store;
        this.types = List.copyOf(types);
        this.examples = examples;
    }

    /** Generates with the application's own store and types, sample values from {@code examples} (may be null). */
    public static Summary generate(Shape shape, Path folder, Path examples) throws IOException {
        Application app = Application.withSyntheticGroups(shape.groups());
        Workspace sample = null;
        if (examples != null && Files.isRegularFile(examples.resolve("agreement.json"))) {
            sample = app.store().load(examples).workspace();
        }
        return new WorkspaceGenerator(shape, app.store(), app.deliverableTypes(), sample).write(folder);
    }

    /** Writes the workspace into {@code folder}, which must be empty or absent. */
    public Summary write(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException(folder + " is not empty; generate into a new folder (the store would merge into old files)");
                }
            }
        }
        Random office = new Random(shape.seed());
        Words words = new Words(office);
        List<Organization> organizations = organizations(words);
        List<String> shared = organizations.subList(0, SHARED_ORGANIZATIONS).stream().map(Organization::id).toList();
        DeliverableTemplates templates = new DeliverableTemplates(types, examples, shared, shape.firstYear(), shape.seed());
        Agreement agreement = agreement(words, shared);
        List<RelatedAgreement> related = relatedAgreements(words);
        List<AnnualReport> reports = new ArrayList<>();
        for (int year = shape.firstYear(); year <= shape.lastYear(); year++) {
            reports.add(new AnnualReport(year, Text.of(agreement.shortTitle().en() + " Progress Report " + year),
                    List.of(Text.of(words.paragraph(5)), Text.of(words.paragraph(4))), Text.of(words.sentence(25)),
                    List.of(Text.of(words.paragraph(4)))));
        }

        long assessments = 0;
        long deliverables = 0;
        for (int first = 1; first <= shape.groups(); first += BATCH) {
            List<WorkingGroupPlan> plans = new ArrayList<>();
            List<GroupYear> years = new ArrayList<>();
            for (int n = first; n < first + BATCH && n <= shape.groups(); n++) {
                GroupData group = group(n, templates);
                plans.add(group.plan());
                years.addAll(group.years());
            }
            deliverables += plans.stream().mapToLong(p -> p.activities().stream().mapToLong(a -> a.deliverables().size()).sum()).sum();
            assessments += years.stream().mapToLong(y -> y.assessments().size()).sum();
            store.save(folder, new Workspace(agreement, organizations, related, plans, years, reports));
        }

        long[] totals = new long[2];
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(Files::isRegularFile).forEach(f -> {
                totals[0]++;
                try {
                    totals[1] += Files.size(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return new Summary(shape, totals[0], totals[1], assessments, deliverables,
                templates.templates().stream().map(t -> t.type().id()).toList(), templates.unusable());
    }

    // ------------------------------------------------------------------ the program office's files

    private List<Organization> organizations(Words words) {
        List<Organization> all = new ArrayList<>();
        Organization.Kind[] kinds = Organization.Kind.values();
        for (int i = 1; i <= SHARED_ORGANIZATIONS; i++) {
            all.add(new Organization(String.format(Locale.ROOT, "office-%02d", i), Text.of(String.format(Locale.ROOT, "OF%02d", i)),
                    Text.of("Office of " + capitalise(words.phrase())), i % 2 == 0 ? "MX" : "US", Organization.Kind.GOVERNMENT));
        }
        for (int n = 1; n <= shape.groups(); n++) {
            SyntheticGroup group = new SyntheticGroup(n, shape.groups());
            for (int i = 1; i <= 3; i++) {
                all.add(new Organization(group.organization(i), Text.of("G" + n + "-" + (char) ('A' + i - 1)),
                        Text.of(capitalise(words.phrase()) + " " + (i == 3 ? "Institute" : "Agency") + " " + n),
                        i == 2 ? "MX" : "US", kinds[(n + i) % kinds.length]));
            }
        }
        return all;
    }

    private Agreement agreement(Words words, List<String> shared) {
        List<Agreement.ActionArea> areas = new ArrayList<>();
        for (int n = 1; n <= shape.groups(); n++) {
            SyntheticGroup group = new SyntheticGroup(n, shape.groups());
            areas.add(new Agreement.ActionArea(group.id(), group.topic(), n % 5 != 0));
        }
        return new Agreement("bench-mou",
                Text.of("Synthetic Memorandum of Understanding on Cooperation (" + shape.groups() + " working groups)",
                        "Memorando de Entendimiento sintético (" + shape.groups() + " grupos de trabajo)"),
                Text.of("Synthetic MOU"), DateSpan.parse((shape.firstYear() - 1) + "-07-28"), Text.of(words.place()),
                List.of(new Agreement.Signatory(Text.of("First Signatory"), Text.of("Governor"), shared.get(0)),
                        new Agreement.Signatory(Text.of("Second Signatory"), Text.of("Secretary"), shared.get(1))),
                shape.years() + 1, List.of(Text.of("equality"), Text.of("reciprocity"), Text.of("mutual benefit")),
                Text.of(words.sentence(30)), areas,
                new Agreement.JointActionPlan(DateSpan.parse(shape.firstYear() + "-04"), Text.of(words.sentence(20)),
                        new Link(Text.of("Joint Action Plan"), "https://example.org/mou/joint-action-plan")),
                List.of(new Link(Text.of("Text of the MOU"), "https://example.org/mou/text")));
    }

    private List<RelatedAgreement> relatedAgreements(Words words) {
        List<RelatedAgreement> related = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            List<Metric> figures = List.of(
                    new Metric("related-" + i + "-jurisdictions", Text.of("Jurisdictions that joined"), BigDecimal.valueOf(20L * i + 5),
                            "jurisdictions", null, null, DateSpan.parse(String.valueOf(shape.lastYear())), null, null),
                    new Metric("related-" + i + "-funding", Text.of("Funding committed"), BigDecimal.valueOf(250_000L * i),
                            "USD", BigDecimal.valueOf(1_000_000L * i), null, DateSpan.parse(shape.lastYear() + "-12"), null, null));
            related.add(new RelatedAgreement("related-" + i, Text.of("Related Agreement " + i + " on " + capitalise(words.phrase())),
                    List.of(Text.of("California"), Text.of("Baja California")), DateSpan.parse(String.valueOf(shape.lastYear() - i)),
                    List.of(Text.of(words.paragraph(3))), figures, List.of(new Link(Text.of("Announcement"), "https://example.org/related/" + i))));
        }
        return related;
    }

    // ------------------------------------------------------------------ one group

    private record GroupData(WorkingGroupPlan plan, List<GroupYear> years) {
    }

    private GroupData group(int n, DeliverableTemplates templates) {
        // each group draws from its own stream, so that its files do not depend on how the groups are batched
        Random random = new Random(shape.seed() * 1_000_003L + n);
        Words words = new Words(random);
        SyntheticGroup group = new SyntheticGroup(n, shape.groups());
        String id = group.id();
        List<DeliverableTemplates.Template> kinds = templates.templates();

        List<OverarchingGoal> goals = new ArrayList<>();
        List<String> activityIds = new ArrayList<>();
        for (int g = 1; g <= shape.goals(); g++) {
            List<Activity> activities = new ArrayList<>();
            for (int a = 1; a <= shape.activitiesPerGoal(); a++) {
                String activityId = String.format(Locale.ROOT, "%s-%d-%02d", id, g, a);
                activityIds.add(activityId);
                List<Deliverable> deliverables = new ArrayList<>();
                for (int d = 1; d <= shape.deliverablesPerActivity(); d++) {
                    DeliverableTemplates.Template kind = kinds.get(random.nextInt(kinds.size()));
                    Map<String, Object> attributes = kind.variants().get(random.nextInt(kind.variants().size()));
                    deliverables.add(new Deliverable(activityId + "-" + d, kind.type().id(), Text.of(words.sentence(18 + random.nextInt(12))),
                            random.nextInt(20) == 0 ? Text.of(words.sentence(10)) : null, attributes));
                }
                activities.add(new Activity(activityId, Text.of(words.sentence(14 + random.nextInt(10))), deliverables,
                        random.nextInt(25) == 0 ? Text.of(words.sentence(8)) : null));
            }
            goals.add(new OverarchingGoal(id + "-" + g, g, random.nextInt(3) == 0 ? null : Text.of(capitalise(words.phrase())),
                    Text.of(words.sentence(16 + random.nextInt(10))), activities));
        }
        WorkingGroupPlan plan = new WorkingGroupPlan(id, group.name(), group.memberOrganizations(), group.partnerOrganizations(),
                n % 7 != 0, goals);

        int[] levels = new int[activityIds.size()];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = random.nextInt(3);
        }
        List<String> organizations = List.of(group.organization(1), group.organization(2), group.organization(3), "office-01", "office-02");
        List<GroupYear> years = new ArrayList<>();
        for (int year = shape.firstYear(); year <= shape.lastYear(); year++) {
            if (year > shape.firstYear()) {
                // levels drift upward: a third of the activities move up a level each year, a few slip back
                for (int i = 0; i < levels.length; i++) {
                    int step = random.nextInt(100);
                    levels[i] = step < 35 ? Math.min(4, levels[i] + 1) : step < 38 ? Math.max(0, levels[i] - 1) : levels[i];
                }
            }
            years.add(groupYear(id, year, activityIds, levels, organizations, random, words));
        }
        return new GroupData(plan, years);
    }

    private GroupYear groupYear(String id, int year, List<String> activityIds, int[] levels, List<String> organizations,
            Random random, Words words) {
        Narrative narrative = new Narrative(List.of(Text.of(words.paragraph(4))),
                List.of(Text.of(words.paragraph(5)), Text.of(words.paragraph(5)), Text.of(words.paragraph(4))),
                List.of(Text.of(words.paragraph(2))), List.of(Text.of(words.paragraph(3))));
        ProgressLevel[] all = ProgressLevel.values();
        List<Assessment> assessments = new ArrayList<>();
        for (int i = 0; i < activityIds.size(); i++) {
            List<Link> evidence = random.nextInt(10) < 3
                    ? List.of(new Link(Text.of("Progress report " + year), "https://example.org/" + id + "/" + year + "/" + (i + 1)))
                    : List.of();
            assessments.add(new Assessment(activityIds.get(i), all[levels[i]], Text.of(words.sentence(16 + random.nextInt(16))),
                    evidence, random.nextInt(10) == 0));
        }
        List<Metric> metrics = new ArrayList<>();
        for (int m = 1; m <= shape.metricsPerYear(); m++) {
            BigDecimal value = BigDecimal.valueOf(10L + random.nextInt(5000));
            metrics.add(new Metric(id + "-" + year + "-m" + m, Text.of(capitalise(words.phrase()) + " delivered"), value,
                    random.nextBoolean() ? "samples" : "people", random.nextBoolean() ? value.add(BigDecimal.valueOf(random.nextInt(3000))) : null,
                    null, DateSpan.parse(String.valueOf(year)), activityIds.get(random.nextInt(activityIds.size())), null));
        }
        List<Event> events = new ArrayList<>();
        for (int e = 1; e <= shape.eventsPerYear(); e++) {
            LocalDate day = LocalDate.of(year, 1, 1).plusDays(random.nextInt(360));
            DateSpan date = random.nextInt(4) == 0 ? new DateSpan(day, day.plusDays(1 + random.nextInt(4)), DateSpan.Precision.DAY) : DateSpan.ofDay(day);
            List<String> who = organizations.subList(0, 1 + random.nextInt(organizations.size()));
            events.add(new Event(id + "-" + year + "-e" + e, Event.Kind.values()[random.nextInt(EVENT_KIND_COUNT)], date,
                    Text.of(capitalise(words.phrase()) + " " + (random.nextBoolean() ? "meeting" : "workshop")), Text.of(words.place()),
                    who, random.nextBoolean() ? 10 + random.nextInt(90) : null,
                    random.nextBoolean() ? Text.of(words.sentence(20)) : null, activityIds.get(random.nextInt(activityIds.size()))));
        }
        return new GroupYear(id, year, narrative, assessments, metrics, events);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
