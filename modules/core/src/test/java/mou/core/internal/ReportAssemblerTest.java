package mou.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mou.core.internal.sections.AgreementSection;
import mou.core.internal.sections.AtAGlanceSection;
import mou.core.internal.sections.ExecutiveSummarySection;
import mou.core.internal.sections.FiguresSection;
import mou.core.internal.sections.FinalCommentsSection;
import mou.core.internal.sections.IntroductionSection;
import mou.core.internal.sections.OverarchingGoalsSection;
import mou.core.internal.sections.ProgressKeySection;
import mou.core.internal.sections.TimelineSection;
import mou.core.internal.types.WorkshopType;
import mou.core.model.ProgressLevel;
import mou.core.report.Block;
import mou.core.report.ReportDocument;
import mou.core.report.Section;
import mou.core.model.Text;
import mou.core.spi.AssembledReport;
import mou.core.spi.PluginFailure;
import mou.core.spi.ReportContext;
import mou.core.spi.ReportSectionContributor;
import mou.core.spi.WorkingGroupPlugin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReportAssemblerTest {

    private ExtensionRegistry registry;

    @BeforeEach
    void installCore() {
        registry = new ExtensionRegistry();
        Stream.of(new IntroductionSection(), new AgreementSection(), new ExecutiveSummarySection(), new AtAGlanceSection(),
                new OverarchingGoalsSection(), new FinalCommentsSection(), new ProgressKeySection(), new FiguresSection(),
                new TimelineSection()).forEach(registry::addSection);
        registry.addDeliverableType(new WorkshopType());
    }

    private ReportDocument assemble() {
        return new ReportAssembler(registry).assemble(Fixtures.workspace(), 2016, "en");
    }

    private static List<String> ids(ReportDocument document) {
        return document.sections().stream().map(Section::id).toList();
    }

    /**
     * The report names its publisher, the program office of the agreement by the agreement's short title, in the report's
     * language (a PDF's Author): not the report's title ("Test MOU 2016"), which the program office words as it likes.
     */
    @Test
    void theReportNamesTheProgramOfficeOfTheAgreementAsItsPublisherInItsLanguage() {
        registry.addGroup(Fixtures.group("alpha", "Alpha", 610));
        ReportDocument english = assemble();
        assertThat(english.title()).isEqualTo("Test MOU 2016");
        assertThat(english.publisher()).isEqualTo("Program Office, Test MOU");
        ReportDocument spanish = new ReportAssembler(registry).assemble(Fixtures.workspace(), 2016, "es");
        assertThat(spanish.publisher()).as("the untranslated short title without its [EN] mark").isEqualTo("Oficina del Programa, Test MOU");
        assertThat(spanish.withSections(List.of()).publisher()).isEqualTo(spanish.publisher());
    }

    @Test
    void sectionsComeInTheOrderTheyAskForAndGroupChaptersFollowTheirPluginOrder() {
        registry.addGroup(Fixtures.group("beta", "Beta", 690));
        registry.addGroup(Fixtures.group("alpha", "Alpha", 610));
        ReportDocument document = assemble();
        assertThat(ids(document)).containsExactly("introduction", "agreement", "executive-summary", "at-a-glance",
                "overarching-goals", "alpha", "beta", "final-comments", "progress-key", "figures", "timeline");
        assertThat(document.title()).isEqualTo("Test MOU 2016");
        assertThat(document.subtitle()).isEqualTo("2016 Progress Report");
    }

    @Test
    void aGroupThatIsNotInstalledIsSimplyAbsentAndTheSummaryAdapts() {
        registry.addGroup(Fixtures.group("alpha", "Alpha", 610));
        ReportDocument document = assemble();
        assertThat(ids(document)).contains("alpha").doesNotContain("beta");
        Section summary = section(document, "executive-summary");
        assertThat(summary.blocks()).containsExactly(new Block.Paragraph("Alpha summary."));
        Block.LevelChart byGroup = (Block.LevelChart) section(document, "at-a-glance").blocks().get(0);
        assertThat(byGroup.rows()).extracting(Block.ChartRow::label).containsExactly("Alpha");
        assertThat(byGroup.rows().get(0).counts()).containsExactly(0, 0, 1, 1, 0);
    }

    /** A group that did not open the year shows its plan without ratings: its chapter says why, so it does not read as a year of no progress. */
    @Test
    void aGroupThatDidNotOpenTheYearHasItsChapterSaySo() {
        registry.addGroup(Fixtures.group("alpha", "Alpha", 610));
        registry.addGroup(Fixtures.group("beta", "Beta", 690));
        mou.core.model.Workspace all = Fixtures.workspace();
        mou.core.model.Workspace betaNotOpened = new mou.core.model.Workspace(all.agreement(), all.organizations(), all.relatedAgreements(),
                all.plans(), all.years().stream().filter(y -> !y.groupId().equals("beta")).toList(), all.reports());

        ReportDocument document = new ReportAssembler(registry).assemble(betaNotOpened, 2016, "en");

        assertThat(section(document, "beta").blocks().get(0)).isInstanceOfSatisfying(Block.Notice.class, notice -> {
            assertThat(notice.severity()).isEqualTo(Block.Severity.WARNING);
            assertThat(notice.text()).isEqualTo("The " + all.plan("beta").orElseThrow().name().en()
                    + " did not open 2016: its plan is shown without ratings of 2016.");
        });
        assertThat(section(document, "alpha").blocks()).noneMatch(b -> b instanceof Block.Notice);
        ReportDocument spanish = new ReportAssembler(registry).assemble(betaNotOpened, 2016, "es");
        assertThat(((Block.Notice) section(spanish, "beta").blocks().get(0)).text()).startsWith("El ").contains(" no abrió 2016: su plan se muestra"
                + " sin calificaciones de 2016.");
    }

    @Test
    void theChapterHasTheNarrativeAndOneProgressTablePerGoalWithLevelsAndChanges() {
        registry.addGroup(Fixtures.group("alpha", "Alpha", 610));
        Section chapter = section(assemble(), "alpha");
        assertThat(chapter.title()).isEqualTo("Cooperation on Alpha");
        assertThat(chapter.blocks()).containsExactly(new Block.Paragraph("Alpha did things."));
        assertThat(chapter.subsections()).extracting(Section::id).containsExactly("alpha.challenges", "alpha.next-steps", "alpha.progress");
        List<Block> tables = chapter.subsections().get(2).blocks();
        assertThat(tables).hasSize(4);
        assertThat(tables.get(2)).isEqualTo(new Block.Notice(Block.Severity.INFO, "Derived from the narrative."));
        Block.ProgressTable first = (Block.ProgressTable) tables.get(0);
        assertThat(first.caption()).isEqualTo("Alpha Overarching Goal 1");
        assertThat(first.headers()).containsExactly("Overarching Goal 1", "Working Group Activities", "Deliverables", "Progress");
        Block.ProgressRow row = first.rows().get(0);
        assertThat(row.level().level()).isEqualTo(ProgressLevel.MODERATE);
        assertThat(row.level().label()).isEqualTo("Moderate Progress");
        assertThat(row.level().inferred()).isTrue();
        assertThat(row.level().change()).isEqualTo("Initial Progress → Moderate Progress");
        assertThat(row.deliverables()).extracting(Block.DeliverableLine::typeLabel).containsExactly("Workshop", "unknown-type");
        assertThat(row.deliverables().get(0).summary()).contains("Place: Mexico City").contains("Participants: 30")
                .contains("Organizations: ST, nobody");
        assertThat(row.deliverables().get(1).note()).isEqualTo("not currently considered necessary");
        Block.ProgressTable second = (Block.ProgressTable) tables.get(3);
        assertThat(second.goal()).isEqualTo("Suppression: Put out fires.");
        assertThat(second.rows().get(0).level().level()).isNull();
        assertThat(second.rows().get(0).level().label()).isEqualTo("Not rated");
    }

    @Test
    void onlyGroupsInTheJointActionPlanAppearAmongItsOverarchingGoals() {
        registry.addGroup(Fixtures.group("alpha", "Alpha", 610));
        registry.addGroup(Fixtures.group("beta", "Beta", 690));
        Section goals = section(assemble(), "overarching-goals");
        assertThat(goals.subsections()).extracting(Section::title).containsExactly("Alpha");
        assertThat(((Block.BulletList) goals.subsections().get(0).blocks().get(0)).items())
                .containsExactly("1. Share knowledge and technology.", "2. Put out fires.");
    }

    @Test
    void figuresShowProgressTowardsTargetsAndTheTimelineIsInDateOrder() {
        registry.addGroup(Fixtures.group("alpha", "Alpha", 610));
        registry.addGroup(Fixtures.group("beta", "Beta", 690));
        ReportDocument document = assemble();
        Block.FigureTable figures = (Block.FigureTable) section(document, "figures").blocks().get(0);
        assertThat(figures.rows()).extracting(Block.FigureRow::value).containsExactly("355 samples", "3,800 m³");
        assertThat(figures.rows().get(1).target()).isEqualTo("6,000 m³");
        assertThat(figures.rows().get(1).share()).isBetween(0.63, 0.64);
        assertThat(figures.rows().get(0).share()).isEqualTo(-1);
        Block.Timeline timeline = (Block.Timeline) section(document, "timeline").blocks().get(0);
        assertThat(timeline.entries()).extracting(Block.TimelineEntry::isoDate).containsExactly("2016-01-15", "2016-02", "2016-08");
        assertThat(timeline.entries().get(1).details()).contains("ST").contains("30 participants");
    }

    @Test
    void aSectionThatThrowsLeavesANoticeAndTheRestOfTheReport() {
        registry.addGroup(Fixtures.group("alpha", "Alpha", 610));
        registry.addSection(new ReportSectionContributor() {
            public String id() {
                return "broken";
            }

            public double order() {
                return 700;
            }

            public List<Section> contribute(ReportContext context) {
                throw new IllegalStateException("the data source is down");
            }
        });
        AssembledReport report = new ReportAssembler(registry).assemble(Fixtures.workspace(), 2016, "en", List.of());
        ReportDocument document = report.document();
        Section broken = section(document, "broken");
        assertThat(broken.blocks()).singleElement().isInstanceOfSatisfying(Block.Notice.class, notice -> {
            assertThat(notice.severity()).isEqualTo(Block.Severity.ERROR);
            assertThat(notice.text()).contains("broken").contains("the data source is down");
        });
        assertThat(ids(document)).contains("alpha", "final-comments");
        assertThat(report.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.kind()).isEqualTo(PluginFailure.Kind.SECTION_FAILED);
            assertThat(failure.part()).isEqualTo("broken");
            assertThat(failure.cause()).isEqualTo("IllegalStateException: the data source is down");
        });
    }

    @Test
    void aGroupWhoseChapterThrowsIsNamedInTheNoticeAndTheOtherChaptersStay() {
        registry.addGroup(Fixtures.group("alpha", "Alpha", 610));
        registry.addGroup(throwingGroup("gamma", 650));
        registry.addGroup(Fixtures.group("beta", "Beta", 690));

        AssembledReport report = new ReportAssembler(registry).assemble(Fixtures.workspace(), 2016, "en", List.of());

        assertThat(ids(report.document())).containsSubsequence("alpha", "gamma.chapter", "beta", "final-comments");
        Block.Notice notice = (Block.Notice) section(report.document(), "gamma.chapter").blocks().get(0);
        assertThat(notice.text()).isEqualTo("The section \"gamma.chapter\" of Gamma Working Group (working group gamma)"
                + " could not be written: ArithmeticException: / by zero");
        assertThat(report.failures()).singleElement().extracting(PluginFailure::group).isEqualTo("gamma");
        assertThat(section(report.document(), "gamma.chapter").title()).as("headed in the contents as the chapter would have been")
                .isEqualTo("Cooperation on Gamma");
    }

    @Test
    void aFailedChapterIsHeadedInTheReportsLanguage() {
        registry.addGroup(throwingGroup("gamma", 650));

        AssembledReport report = new ReportAssembler(registry).assemble(Fixtures.workspace(), 2016, "es", List.of());

        assertThat(section(report.document(), "gamma.chapter").title()).isEqualTo("Cooperación en " + untranslated("Gamma"));
    }

    @Test
    void aSectionThatDoesNotFinishInTimeIsInterruptedAndLeavesANoticeWhileTheRestIsWritten() throws Exception {
        registry.addGroup(Fixtures.group("alpha", "Alpha", 610));
        CountDownLatch interrupted = new CountDownLatch(1);
        registry.addSection(new ReportSectionContributor() {
            public String id() {
                return "slow";
            }

            public double order() {
                return 700;
            }

            public List<Section> contribute(ReportContext context) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
                return List.of(Section.of("slow", "Too late", List.of()));
            }
        });
        ReportAssembler assembler = new ReportAssembler(registry, Duration.ofMillis(300), null);

        long started = System.nanoTime();
        AssembledReport report = assembler.assemble(Fixtures.workspace(), 2016, "en", List.of());
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).isLessThan(Duration.ofSeconds(10));
        assertThat(interrupted.await(10, TimeUnit.SECONDS)).as("the abandoned section was interrupted").isTrue();
        Section slow = section(report.document(), "slow");
        assertThat(slow.title()).isEqualTo("slow");
        assertThat(((Block.Notice) slow.blocks().get(0)).text()).endsWith("could not be written: it did not finish within 0.3 s");
        assertThat(ids(report.document())).contains("alpha", "final-comments", "progress-key");
        assertThat(report.failures()).singleElement().extracting(PluginFailure::kind).isEqualTo(PluginFailure.Kind.SECTION_TIMED_OUT);
        assembler.deactivate();
    }

    @Test
    void aSectionThatCannotSayWhereItGoesIsLeftOutWithItsFailure_theOthersKeepTheirOrder() {
        registry.addGroup(Fixtures.group("alpha", "Alpha", 610));
        registry.addSection(section("early", 150, () -> { }));
        registry.addSection(new ReportSectionContributor() {
            public String id() {
                return "broken";
            }

            public double order() {
                throw new IllegalStateException("no place");
            }

            public List<Section> contribute(ReportContext context) {
                return List.of(Section.of("broken", "Broken", List.of()));
            }
        });
        registry.addSection(section("no-number", Double.NaN, () -> { }));

        AssembledReport report = new ReportAssembler(registry).assemble(Fixtures.workspace(), 2016, "en", List.of());

        List<String> ids = ids(report.document());
        assertThat(ids).contains("early", "alpha", "broken", "no-number");
        assertThat(ids.indexOf("early")).isLessThan(ids.indexOf("alpha"));
        assertThat(report.failures()).extracting(PluginFailure::kind).containsOnly(PluginFailure.Kind.SECTION_FAILED);
        assertThat(report.failures()).extracting(PluginFailure::cause)
                .anySatisfy(cause -> assertThat(cause).contains("no place"))
                .anySatisfy(cause -> assertThat(cause).contains("not a number"));
        // neither wrote its own section; each has the failure notice in its place, after the rest
        assertThat(section(report.document(), "broken").blocks()).singleElement().isInstanceOf(Block.Notice.class);
        assertThat(section(report.document(), "no-number").blocks()).singleElement().isInstanceOf(Block.Notice.class);
    }

    /** A section contributed at {@code order} that runs {@code work} and writes one section named by its id. */
    private static ReportSectionContributor section(String id, double order, Runnable work) {
        return new ReportSectionContributor() {
            public String id() {
                return id;
            }

            public double order() {
                return order;
            }

            public List<Section> contribute(ReportContext context) {
                work.run();
                return List.of(Section.of(id, id, List.of()));
            }
        };
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Test
    void sectionsAfterOnesThatTimeOutOrThrowAreWrittenInTheirOrderOnAnotherWorker() {
        registry.addSection(section("slow-1", 700, () -> sleep(60_000)));
        registry.addSection(section("fine-1", 701, () -> { }));
        registry.addSection(section("slow-2", 702, () -> sleep(60_000)));
        registry.addSection(section("slow-3", 703, () -> sleep(60_000)));
        registry.addSection(section("broken", 704, () -> {
            throw new IllegalStateException("the data source is down");
        }));
        registry.addSection(section("fine-2", 705, () -> sleep(5)));
        // a second: the sections that are fine must start and end within it on a machine under load (200 ms once was not)
        ReportAssembler assembler = new ReportAssembler(registry, Duration.ofSeconds(1), null);

        AssembledReport report = assembler.assemble(Fixtures.workspace(), 2016, "en", List.of());

        assertThat(ids(report.document())).containsSubsequence("slow-1", "fine-1", "slow-2", "slow-3", "broken", "fine-2", "final-comments");
        assertThat(section(report.document(), "fine-1").title()).isEqualTo("fine-1");
        assertThat(section(report.document(), "fine-2").title()).isEqualTo("fine-2");
        assertThat(report.failures()).extracting(PluginFailure::part, PluginFailure::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("slow-1", PluginFailure.Kind.SECTION_TIMED_OUT),
                org.assertj.core.groups.Tuple.tuple("slow-2", PluginFailure.Kind.SECTION_TIMED_OUT),
                org.assertj.core.groups.Tuple.tuple("slow-3", PluginFailure.Kind.SECTION_TIMED_OUT),
                org.assertj.core.groups.Tuple.tuple("broken", PluginFailure.Kind.SECTION_FAILED));
        assembler.deactivate();
    }

    @Test
    void anInterruptOneSectionLeavesBehindDoesNotReachTheNext() {
        registry.addSection(section("leaves-an-interrupt", 700, () -> Thread.currentThread().interrupt()));
        registry.addSection(section("sleeps", 701, () -> sleep(5)));

        AssembledReport report = new ReportAssembler(registry).assemble(Fixtures.workspace(), 2016, "en", List.of());

        assertThat(report.failures()).isEmpty();
        assertThat(section(report.document(), "sleeps").title()).isEqualTo("sleeps");
    }

    @Test
    void sectionsRunOneAfterTheOtherOnOneWorkerWhileNoneRunsOutOfTime() {
        java.util.Set<Thread> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger mostAtOnce = new java.util.concurrent.atomic.AtomicInteger();
        for (int i = 0; i < 50; i++) {
            registry.addSection(section("s" + i, 700 + i / 100.0, () -> {
                threads.add(Thread.currentThread());
                mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                running.decrementAndGet();
            }));
        }
        ReportAssembler assembler = new ReportAssembler(registry);
        Thread caller = Thread.currentThread();

        assembler.assemble(Fixtures.workspace(), 2016, "en");

        assertThat(threads).hasSize(1).doesNotContain(caller);
        assertThat(mostAtOnce.get()).isEqualTo(1);
        assembler.deactivate();
    }

    @Test
    void pluginsThatNeverRanGetNoticesWhereTheGroupChaptersBegin() {
        registry.addGroup(Fixtures.group("alpha", "Alpha", 610));
        PluginFailure notActivated = new PluginFailure("org.example.group-gamma 1.0.0", "gamma", "org.example.gamma.GammaGroup",
                PluginFailure.Kind.NOT_ACTIVATED, "IllegalStateException: no licence");
        PluginFailure notActive = new PluginFailure("org.example.group-delta 2.0.0", null, "org.example.group-delta",
                PluginFailure.Kind.NOT_ACTIVE, "it needs mou.core.spi [2.0,3)");

        AssembledReport report = new ReportAssembler(registry).assemble(Fixtures.workspace(), 2016, "es", List.of(notActivated, notActive));

        assertThat(ids(report.document())).containsSubsequence("overarching-goals", "plugin-failures", "alpha");
        Section missing = section(report.document(), "plugin-failures");
        assertThat(missing.title()).isEqualTo("Partes que faltan en este informe");
        assertThat(missing.blocks()).extracting(b -> ((Block.Notice) b).text()).containsExactly(
                "El complemento org.example.group-gamma 1.0.0 (grupo de trabajo gamma) está instalado pero no funciona, por lo que"
                        + " falta su parte de este informe: su componente org.example.gamma.GammaGroup no pudo iniciarse:"
                        + " IllegalStateException: no licence",
                "El complemento org.example.group-delta 2.0.0 está instalado pero no funciona, por lo que falta su parte de este"
                        + " informe: it needs mou.core.spi [2.0,3)");
        assertThat(report.failures()).containsExactly(notActivated, notActive);
    }

    @Test
    void aReportWithoutFailuresHasNoNoticeOfThem() {
        registry.addGroup(Fixtures.group("alpha", "Alpha", 610));
        AssembledReport report = new ReportAssembler(registry).assemble(Fixtures.workspace(), 2016, "en", List.of());
        assertThat(report.hasFailures()).isFalse();
        assertThat(ids(report.document())).doesNotContain("plugin-failures");
        assertThat(report.document()).isEqualTo(new ReportAssembler(registry).assemble(Fixtures.workspace(), 2016, "en"));
    }

    @Test
    void theTimeLimitComesFromAPropertyInMillisecondsAndFallsBackToTheDefault() {
        assertThat(ReportAssembler.timeout("1500")).isEqualTo(Duration.ofMillis(1500));
        assertThat(ReportAssembler.timeout(" 200 ")).isEqualTo(Duration.ofMillis(200));
        Duration fallback = Duration.ofMillis(ReportAssembler.DEFAULT_TIMEOUT_MILLIS);
        assertThat(ReportAssembler.timeout(null)).isEqualTo(fallback);
        assertThat(ReportAssembler.timeout("2s")).isEqualTo(fallback);
        assertThat(ReportAssembler.timeout("0")).isEqualTo(fallback);
        assertThat(new ReportAssembler(registry, null).timeout()).isEqualTo(fallback);
    }

    /** A working group whose chapter throws. */
    @Test
    void aGroupWithProgressButNoPluginIsAMissingPluginAndItsNoticeNamesIt() {
        registry.addGroup(Fixtures.group("alpha", "Alpha", 610));
        ReportAssembler assembler = new ReportAssembler(registry);

        List<PluginFailure> missing = assembler.missingPlugins(Fixtures.workspace(), 2016);
        AssembledReport report = assembler.assemble(Fixtures.workspace(), 2016, "en", missing);

        assertThat(missing).containsExactly(new PluginFailure(null, "beta", "beta", PluginFailure.Kind.NOT_INSTALLED, null));
        assertThat(missing.get(0).describe()).isEqualTo("group beta: no plugin is installed for it, though the workspace has its data");
        assertThat(assembler.missingPlugins(Fixtures.workspace(), 2015)).as("beta has no progress for 2015").isEmpty();
        assertThat(report.failures()).isEqualTo(missing);
        assertThat(section(report.document(), "plugin-failures").blocks()).containsExactly(new Block.Notice(Block.Severity.ERROR,
                "Beta Working Group (working group beta) has progress for this year in the workspace, but no plugin for it is"
                        + " installed, so its chapter is missing."));
    }

    @Test
    void aReportPublishedWithPartsMissingSaysWhyWhereEachIsMissing() {
        registry.addGroup(Fixtures.group("alpha", "Alpha", 610));
        registry.addGroup(throwingGroup("gamma", 650));
        ReportAssembler assembler = new ReportAssembler(registry);

        AssembledReport report = assembler.assemble(Fixtures.workspace(), 2016, "es", assembler.missingPlugins(Fixtures.workspace(), 2016),
                "  the beta plugin is being rewritten ");

        assertThat(report.failures()).extracting(PluginFailure::group).containsExactly("beta", "gamma");
        assertThat(section(report.document(), "plugin-failures").blocks()).element(1)
                .isEqualTo(new Block.Notice(Block.Severity.WARNING,
                        "Publicado sin " + untranslated("Beta Working Group") + " (grupo de trabajo beta): the beta plugin is being rewritten"));
        assertThat(section(report.document(), "gamma.chapter").blocks()).hasSize(2).last()
                .isEqualTo(new Block.Notice(Block.Severity.WARNING,
                        "Publicado sin " + untranslated("Gamma Working Group") + " (grupo de trabajo gamma): the beta plugin is being rewritten"));
        AssembledReport unexplained = assembler.assemble(Fixtures.workspace(), 2016, "en", List.of(), null);
        assertThat(section(unexplained.document(), "gamma.chapter").blocks()).hasSize(1);
    }

    private static List<Block> blocks(ReportDocument document) {
        return document.sections().stream().flatMap(s -> s.blocks().stream()).toList();
    }

    @Test
    void aQuarterlyReportWhosePluginFailsHasANoticeAndTheFailure() {
        WorkingGroupPlugin failing = new WorkingGroupPlugin() {
            public String id() {
                return "alpha";
            }

            public Text name() {
                throw new IllegalStateException("no name today");
            }

            public Text topic() {
                return Text.of("Alpha");
            }

            public double order() {
                return 610;
            }

            public List<String> memberOrganizations() {
                return List.of();
            }

            public List<ReportSectionContributor> sections() {
                return List.of();
            }
        };
        registry.addGroup(failing);

        AssembledReport report = new ReportAssembler(registry).assembleQuarter(Fixtures.workspace(), "alpha", 2016, 1, "en");

        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.group()).isEqualTo("alpha");
            assertThat(f.part()).isEqualTo("alpha.quarter");
            assertThat(f.kind()).isEqualTo(PluginFailure.Kind.SECTION_FAILED);
            assertThat(f.cause()).isEqualTo("IllegalStateException: no name today");
        });
        assertThat(report.document().title()).as("the plan's name instead").isEqualTo("Alpha Working Group: internal report for 2016-Q1");
        assertThat(blocks(report.document())).singleElement().isEqualTo(new Block.Notice(Block.Severity.ERROR,
                "The section \"alpha.quarter\" of Alpha Working Group (working group alpha) could not be written:"
                        + " IllegalStateException: no name today"));
    }

    @Test
    void aQuarterlyReportIsMadeWithinTheSectionTimeLimit() {
        registry.addGroup(Fixtures.group("alpha", "Alpha", 610));
        WorkingGroupPlugin slow = new WorkingGroupPlugin() {
            public String id() {
                return "beta";
            }

            public Text name() {
                return Text.of("Beta Working Group");
            }

            public Text topic() {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Text.of("Beta");
            }

            public double order() {
                return 690;
            }

            public List<String> memberOrganizations() {
                return List.of();
            }

            public List<ReportSectionContributor> sections() {
                return List.of();
            }
        };
        registry.addGroup(slow);
        ReportAssembler assembler = new ReportAssembler(registry, Duration.ofMillis(300), null);

        long started = System.nanoTime();
        AssembledReport report = assembler.assembleQuarter(Fixtures.workspace(), "beta", 2016, 3, "en");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
        assertThat(report.failures()).singleElement().extracting(PluginFailure::kind).isEqualTo(PluginFailure.Kind.SECTION_TIMED_OUT);
        assertThat(new ReportAssembler(registry).assembleQuarter(Fixtures.workspace(), "alpha", 2016, 3, "en").failures()).isEmpty();
    }

    @Test
    void aQuarterlyReportNeedsTheGroupsProgressForTheYear() {
        ReportAssembler assembler = new ReportAssembler(registry);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> assembler.assembleQuarter(Fixtures.workspace(), "beta", 2015, 1, "en"))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> assembler.assembleQuarter(Fixtures.workspace(), "alpha", 2016, 5, "en"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static WorkingGroupPlugin throwingGroup(String id, double order) {
        ReportSectionContributor chapter = new ReportSectionContributor() {
            public String id() {
                return id + ".chapter";
            }

            public double order() {
                return order;
            }

            public List<Section> contribute(ReportContext context) {
                int none = context.groups().size() - context.groups().size();
                return List.of(Section.of(id, "never", List.of(new Block.Paragraph(String.valueOf(1 / none)))));
            }
        };
        return new WorkingGroupPlugin() {
            public String id() {
                return id;
            }

            public Text name() {
                return Text.of("Gamma Working Group");
            }

            public Text topic() {
                return Text.of("Gamma");
            }

            public double order() {
                return order;
            }

            public List<String> memberOrganizations() {
                return List.of();
            }

            public List<ReportSectionContributor> sections() {
                return List.of(chapter);
            }
        };
    }

    @Test
    void aSpanishReportTakesItsWordsFromTheSpanishLabels() {
        registry.addGroup(Fixtures.group("alpha", "Alpha", 610));
        ReportDocument document = new ReportAssembler(registry).assemble(Fixtures.workspace(), 2016, "es");
        assertThat(document.subtitle()).isEqualTo("Informe de Avances 2016");
        assertThat(section(document, "executive-summary").title()).isEqualTo("Resumen ejecutivo");
        Block.LevelLegend key = (Block.LevelLegend) section(document, "progress-key").blocks().get(0);
        assertThat(key.levels()).extracting(Block.LevelMark::label)
                .containsExactly("Sin avance", "Avance inicial", "Avance moderado", "Avance significativo", "Entregable logrado");
    }

    private static Section section(ReportDocument document, String id) {
        return document.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no section " + id));
    }

    /** A text of the workspace with no Spanish, as a Spanish report carries it: marked, for the formats to show. */
    private static String untranslated(String english) {
        return mou.core.report.TextMarks.UNTRANSLATED + english + mou.core.report.TextMarks.END;
    }
}
