package mou.core.internal;

import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mou.core.model.Agreement;
import mou.core.model.AnnualReport;
import mou.core.model.GroupYear;
import mou.core.model.Organization;
import mou.core.model.RelatedAgreement;
import mou.core.model.ReportingCalendar;
import mou.core.model.WorkingGroupPlan;
import mou.core.model.Workspace;
import mou.core.report.Section;
import mou.core.spi.DeliverableType;
import mou.core.spi.ReportSectionContributor;
import mou.core.spi.WorkingGroupPlugin;

/**
 * The sections of each working group as last written, kept so that a report assembled again after a
 * change writes again only the groups that changed: with a thousand groups, one rating must not cost
 * a thousand chapters.
 *
 * <p>A group's sections ({@link WorkingGroupPlugin#sections()}) see the workspace through their group
 * ({@link #scoped}): its plan and its years, and what every chapter shares (the agreement, the
 * organizations, the related agreements, the office's reports, the calendar, the installed groups and
 * deliverable types). What they write is therefore made from those alone, and is kept while they are the
 * same: the group's plan and years the very objects they were made from (the store keeps the objects of
 * the files it did not read again), the shared parts equal. A section that failed or ran out of time is
 * not kept. Kept are the sections of the last assembly of a few years and languages
 * ({@value #KEPT_REPORTS}), each softly, so that memory that is needed takes them back.
 */
final class GroupChapters {

    /** How many (year, language) reports' chapters are kept. */
    static final int KEPT_REPORTS = 4;

    /** What every group's chapter may read besides its own group: a change of any of it writes every chapter again. */
    record Shared(Agreement agreement, List<Organization> organizations, List<RelatedAgreement> relatedAgreements, List<AnnualReport> reports,
            ReportingCalendar calendar, List<WorkingGroupPlugin> groups, List<DeliverableType> types) {

        static Shared of(AssemblyContext context) {
            Workspace workspace = context.workspace();
            return new Shared(workspace.agreement(), workspace.organizations(), workspace.relatedAgreements(), workspace.reports(),
                    workspace.calendar(), context.groups(), context.deliverableTypes());
        }
    }

    /** A group's own inputs: the plan and the years, compared by identity. */
    record Inputs(WorkingGroupPlan plan, List<GroupYear> years) {

        boolean same(Inputs other) {
            if (other == null || plan != other.plan || years.size() != other.years.size()) {
                return false;
            }
            for (int i = 0; i < years.size(); i++) {
                if (years.get(i) != other.years.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    private record Kept(Inputs inputs, SoftReference<List<Section>> sections) {
    }

    /** The chapters of one year in one language, as the last assembly of it left them (never changed after). */
    private record Report(Shared shared, Map<ReportSectionContributor, Kept> kept) {
    }

    private record YearLanguage(int year, String language) {
    }

    private final Map<YearLanguage, Report> reports = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<YearLanguage, Report> eldest) {
            return size() > KEPT_REPORTS;
        }
    };

    /**
     * One assembly's use of what is kept: {@link #kept} before the sections run, {@link #keep} for
     * what they wrote, {@link #finish} at the end (what the assembly did not use is dropped).
     */
    Round round(AssemblyContext context) {
        return new Round(new YearLanguage(context.year(), String.valueOf(context.language())), Shared.of(context));
    }

    final class Round {
        private final YearLanguage key;
        private final Shared shared;
        private final Map<ReportSectionContributor, Kept> before;
        /** Used on the assembling thread only: {@link #kept} before the sections run, {@link #keep} after. */
        private final Map<ReportSectionContributor, Kept> now = new IdentityHashMap<>();

        private Round(YearLanguage key, Shared shared) {
            this.key = key;
            this.shared = shared;
            synchronized (GroupChapters.this) {
                Report report = reports.get(key);
                this.before = report != null && report.shared().equals(shared) ? report.kept() : Map.of();
            }
        }

        /** The sections the contributor wrote from these very inputs, or null when they must be written. */
        List<Section> kept(ReportSectionContributor contributor, Inputs inputs) {
            Kept kept = before.get(contributor);
            List<Section> sections = kept != null && kept.inputs().same(inputs) ? kept.sections().get() : null;
            if (sections != null) {
                now.put(contributor, kept);
            }
            return sections;
        }

        /** What the contributor wrote from these inputs. */
        void keep(ReportSectionContributor contributor, Inputs inputs, List<Section> sections) {
            now.put(contributor, new Kept(inputs, new SoftReference<>(sections)));
        }

        /** What this assembly used and wrote is what is kept for its year and language. */
        void finish() {
            Report report = new Report(shared, now);
            synchronized (GroupChapters.this) {
                reports.put(key, report);
            }
        }
    }

    /** Nothing kept any more. */
    synchronized void clear() {
        reports.clear();
    }

    /**
     * The context a group's section is given: the assembly's, with a workspace that holds only the
     * group's plan and years beside what every chapter shares.
     */
    static AssemblyContext scoped(AssemblyContext context, String groupId) {
        Workspace all = context.workspace();
        WorkingGroupPlan plan = context.plans().get(groupId);
        List<GroupYear> years = context.groupYears(groupId);
        Workspace view = new Workspace(all.agreement(), all.organizations(), all.relatedAgreements(), plan == null ? List.of() : List.of(plan),
                years, all.reports(), all.calendar());
        Map<String, WorkingGroupPlan> plans = plan == null ? Map.of() : Map.of(groupId, plan);
        Map<Integer, GroupYear> byYear = context.years().get(groupId);
        return new AssemblyContext(view, context.year(), context.language(), context.labels(), context.groups(), context.deliverableTypes(),
                context.typesById(), plans, years.isEmpty() ? Map.of() : Map.of(groupId, years),
                byYear == null ? Map.of() : Map.of(groupId, byYear), context.organizations(), new java.util.concurrent.ConcurrentHashMap<>());
    }

    /** The working group each group contributor belongs to, by identity ({@link WorkingGroupPlugin#sections()}). */
    static Map<ReportSectionContributor, String> owners(List<WorkingGroupPlugin> groups) {
        Map<ReportSectionContributor, String> owners = new IdentityHashMap<>();
        for (WorkingGroupPlugin group : groups) {
            try {
                String id = group.id();
                List<ReportSectionContributor> sections = group.sections();
                if (id == null || sections == null) {
                    continue;
                }
                for (ReportSectionContributor section : new ArrayList<>(sections)) {
                    owners.putIfAbsent(section, id);
                }
            } catch (RuntimeException e) {
                // a group that cannot say its sections: its sections (if any reach the report) see the whole workspace
            }
        }
        return owners;
    }
}
