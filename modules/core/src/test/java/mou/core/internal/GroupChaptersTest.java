package mou.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import mou.core.internal.sections.AtAGlanceSection;
import mou.core.internal.sections.ExecutiveSummarySection;
import mou.core.internal.sections.IntroductionSection;
import mou.core.internal.types.WorkshopType;
import mou.core.model.GroupYear;
import mou.core.model.Narrative;
import mou.core.model.Organization;
import mou.core.model.Text;
import mou.core.model.Workspace;
import mou.core.report.Block;
import mou.core.report.Chapters;
import mou.core.report.ReportDocument;
import mou.core.report.Section;
import mou.core.spi.ReportContext;
import mou.core.spi.ReportSectionContributor;
import mou.core.spi.WorkingGroupPlugin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A working group's sections are kept between assemblies while their group and what every chapter
 * shares are unchanged, and they see the workspace through their own group ({@link GroupChapters}).
 */
class GroupChaptersTest {

    private ExtensionRegistry registry;
    private final Map<String, AtomicInteger> written = new ConcurrentHashMap<>();
    private final List<String> seen = new ArrayList<>();

    @BeforeEach
    void install() {
        registry = new ExtensionRegistry();
        Stream.of(new IntroductionSection(), new ExecutiveSummarySection(), new AtAGlanceSection()).forEach(registry::addSection);
        registry.addDeliverableType(new WorkshopType());
        registry.addGroup(counted("alpha", "Alpha", 610));
        registry.addGroup(counted("beta", "Beta", 620));
    }

    /** A group whose chapter is the standard one, counting how often it is written and noting what it saw. */
    private WorkingGroupPlugin counted(String id, String topic, double order) {
        WorkingGroupPlugin plain = Fixtures.group(id, topic, order);
        ReportSectionContributor chapter = new ReportSectionContributor() {
            public String id() {
                return id + ".chapter";
            }

            public double order() {
                return order;
            }

            public List<Section> contribute(ReportContext context) {
                written.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                synchronized (seen) {
                    seen.add(id + " sees plans " + context.workspace().plans().stream().map(p -> p.groupId()).toList() + ", years "
                            + context.workspace().years().stream().map(y -> y.groupId() + " " + y.year()).toList() + ", other group's year "
                            + context.groupYear("alpha".equals(id) ? "beta" : "alpha").isPresent());
                }
                if ("fails".equals(context.workspace().agreement().shortTitle().en())) {
                    throw new IllegalStateException("broken on purpose");
                }
                return Chapters.standard(context, plain, List.of()).map(List::of).orElse(List.of());
            }
        };
        return Fixtures.groupWith(plain, chapter);
    }

    private int writes(String group) {
        AtomicInteger count = written.get(group);
        return count == null ? 0 : count.get();
    }

    /** The workspace with beta's 2016 narrative changed: every other object is the very one given. */
    private static Workspace betaChanged(Workspace workspace) {
        List<GroupYear> years = new ArrayList<>();
        for (GroupYear year : workspace.years()) {
            years.add(year.groupId().equals("beta") && year.year() == 2016
                    ? year.withNarrative(new Narrative(List.of(Text.of("Beta summary, corrected.")), List.of(), List.of(), List.of()))
                    : year);
        }
        return workspace.with(years, workspace.reports());
    }

    @Test
    void aSecondAssemblyOfTheSameWorkspaceWritesNoChapterAgainAndGivesTheSameReport() {
        ReportAssembler assembler = new ReportAssembler(registry);
        Workspace workspace = Fixtures.workspace();
        ReportDocument first = assembler.assemble(workspace, 2016, "en");
        ReportDocument second = assembler.assemble(workspace, 2016, "en");
        assertThat(second).isEqualTo(first);
        assertThat(writes("alpha")).isEqualTo(1);
        assertThat(writes("beta")).isEqualTo(1);
    }

    @Test
    void aChangeToOneGroupWritesThatGroupsChapterOnlyAndTheReportIsAsIfWrittenAfresh() {
        ReportAssembler assembler = new ReportAssembler(registry);
        Workspace workspace = Fixtures.workspace();
        assembler.assemble(workspace, 2016, "en");
        Workspace changed = betaChanged(workspace);
        ReportDocument again = assembler.assemble(changed, 2016, "en");
        assertThat(writes("alpha")).isEqualTo(1);
        assertThat(writes("beta")).isEqualTo(2);
        ReportDocument fresh = new ReportAssembler(registry).assemble(changed, 2016, "en");
        assertThat(again).isEqualTo(fresh);
        assertThat(text(again)).contains("Beta summary, corrected.");
    }

    @Test
    void aChangeToWhatEveryChapterSharesWritesEveryChapterAgain() {
        ReportAssembler assembler = new ReportAssembler(registry);
        Workspace workspace = Fixtures.workspace();
        assembler.assemble(workspace, 2016, "en");
        List<Organization> organizations = new ArrayList<>(workspace.organizations());
        organizations.add(new Organization("other", Text.of("OT"), Text.of("Another State"), "MX", Organization.Kind.GOVERNMENT));
        Workspace changed = new Workspace(workspace.agreement(), organizations, workspace.relatedAgreements(), workspace.plans(),
                workspace.years(), workspace.reports(), workspace.calendar());
        assembler.assemble(changed, 2016, "en");
        assertThat(writes("alpha")).isEqualTo(2);
        assertThat(writes("beta")).isEqualTo(2);
        // an equal copy of the shared parts (a store reads the workspace's own files at every load) keeps them
        Workspace copied = new Workspace(changed.agreement(), new ArrayList<>(organizations), changed.relatedAgreements(), changed.plans(),
                changed.years(), changed.reports(), changed.calendar());
        assembler.assemble(copied, 2016, "en");
        assertThat(writes("alpha")).isEqualTo(2);
    }

    @Test
    void eachLanguageAndYearHasItsOwnChapters() {
        ReportAssembler assembler = new ReportAssembler(registry);
        Workspace workspace = Fixtures.workspace();
        ReportDocument english = assembler.assemble(workspace, 2016, "en");
        ReportDocument spanish = assembler.assemble(workspace, 2016, "es");
        assembler.assemble(workspace, 2015, "en");
        assertThat(writes("alpha")).isEqualTo(3);
        assertThat(spanish).isNotEqualTo(english);
        assertThat(assembler.assemble(workspace, 2016, "es")).isEqualTo(spanish);
        assertThat(assembler.assemble(workspace, 2016, "en")).isEqualTo(english);
        assertThat(writes("alpha")).isEqualTo(3);
    }

    @Test
    void aGroupsSectionSeesOnlyItsOwnGroupBesideWhatEveryChapterShares() {
        new ReportAssembler(registry).assemble(Fixtures.workspace(), 2016, "en");
        assertThat(seen).containsExactly("alpha sees plans [alpha], years [alpha 2015, alpha 2016], other group's year false",
                "beta sees plans [beta], years [beta 2016], other group's year false");
    }

    @Test
    void aSectionThatFailedIsNotKeptAndIsWrittenAgainNextTime() {
        ReportAssembler assembler = new ReportAssembler(registry);
        Workspace workspace = Fixtures.workspace();
        mou.core.model.Agreement a = workspace.agreement();
        mou.core.model.Agreement broken = new mou.core.model.Agreement(a.id(), a.title(), Text.of("fails"), a.signed(), a.place(),
                a.signatories(), a.termYears(), a.principles(), a.objective(), a.actionAreas(), a.jointActionPlan(), a.links());
        Workspace failing = new Workspace(broken, workspace.organizations(), workspace.relatedAgreements(), workspace.plans(),
                workspace.years(), workspace.reports(), workspace.calendar());
        var first = assembler.assemble(failing, 2016, "en", List.of());
        assertThat(first.failures()).hasSize(2);
        var second = assembler.assemble(failing, 2016, "en", List.of());
        assertThat(second.failures()).hasSize(2);
        assertThat(writes("alpha")).isEqualTo(2);
        assertThat(text(second.document())).contains("broken on purpose");
    }

    private static String text(ReportDocument document) {
        StringBuilder all = new StringBuilder();
        for (Section section : document.sections()) {
            text(section, all);
        }
        return all.toString();
    }

    private static void text(Section section, StringBuilder all) {
        all.append(section.title()).append('\n');
        for (Block block : section.blocks()) {
            all.append(block).append('\n');
        }
        for (Section sub : section.subsections()) {
            text(sub, all);
        }
    }
}
