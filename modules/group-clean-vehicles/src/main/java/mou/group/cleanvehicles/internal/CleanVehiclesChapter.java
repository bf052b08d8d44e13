package mou.group.cleanvehicles.internal;

import mou.core.spi.Attributes;
import mou.core.spi.Numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mou.core.model.Deliverable;
import mou.core.model.GroupYear;
import mou.core.model.WorkingGroupPlan;
import mou.core.report.Block;
import mou.core.report.Chapters;
import mou.core.report.Labels;
import mou.core.report.Section;
import mou.core.spi.ReportContext;
import mou.core.spi.ReportSectionContributor;
import mou.core.spi.WorkingGroupPlugin;

/**
 * The chapter "Cooperation on Clean Vehicles": the standard narrative and progress tables, then
 * the group's own sections: where each Mexican vehicle emission standard it works on stands,
 * the year's figures, and its trainings, meetings and publications.
 */
final class CleanVehiclesChapter implements ReportSectionContributor {

    private final WorkingGroupPlugin group;

    CleanVehiclesChapter(WorkingGroupPlugin group) {
        this.group = group;
    }

    @Override
    public String id() {
        return group.id() + ".chapter";
    }

    @Override
    public double order() {
        return group.order();
    }

    @Override
    public List<Section> contribute(ReportContext context) {
        Optional<WorkingGroupPlan> plan = context.plan(group.id());
        Optional<GroupYear> year = context.groupYear(group.id());
        if (plan.isEmpty() && year.isEmpty()) {
            return List.of();
        }
        Labels words = Labels.forPlugin(getClass(), context.language());
        String yearText = String.valueOf(context.year());
        String figuresTitle = words.format("section.figures", yearText);
        String eventsTitle = words.format("section.events", yearText);
        List<Section> extra = new ArrayList<>();
        plan.flatMap(p -> standards(context, words, p)).ifPresent(extra::add);
        year.filter(y -> !y.metrics().isEmpty()).ifPresent(y -> extra.add(Section.of(group.id() + ".figures", figuresTitle,
                List.of(Chapters.figures(context, figuresTitle, words.get("figures.activity"), plan.orElse(null), y.metrics(), unit -> unitWords(words, unit))))));
        year.filter(y -> !y.events().isEmpty()).ifPresent(y -> extra.add(Section.of(group.id() + ".events", eventsTitle,
                List.of(Chapters.timeline(context, eventsTitle, context.text(group.name()), y.events())))));
        return Chapters.standard(context, group, extra).stream().toList();
    }

    /**
     * One row per emission-standard deliverable of the plan, followed by a row per standard it
     * names as related, so that every standard the group works on shows with its status.
     */
    private Optional<Section> standards(ReportContext context, Labels words, WorkingGroupPlan plan) {
        String language = context.language();
        List<List<String>> rows = new ArrayList<>();
        for (var activity : plan.activities()) {
            for (Deliverable deliverable : activity.deliverables()) {
                if (!EmissionStandardType.ID.equals(deliverable.type())) {
                    continue;
                }
                Map<String, Object> a = deliverable.attributes();
                String title = context.text(deliverable.title());
                String code = EmissionStandardType.code(a).orElse(words.get("standards.no-code"));
                rows.add(List.of(code, covers(a, language), EmissionStandardType.status(a, language).orElse(""), title));
                List<String> english = Attributes.texts(a, "relatedStandards", "en");
                List<String> shown = Attributes.texts(a, "relatedStandards", language);
                for (int i = 0; i < english.size(); i++) {
                    String translated = i < shown.size() ? shown.get(i) : null;
                    EmissionStandard.Related.parse(english.get(i)).ifPresent(r -> rows.add(List.of(
                            r.code(),
                            subject(r, translated),
                            r.status() == null ? "" : EmissionStandard.statusWords(r.status(), language),
                            words.format("standards.related-to", title))));
                }
            }
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        String caption = words.get("section.standards");
        Block table = new Block.Table(caption, List.of(words.get("standards.standard"), words.get("standards.covers"),
                words.get("standards.status"), words.get("standards.deliverable")), rows);
        return Optional.of(Section.of(group.id() + ".standards", caption, List.of(table)));
    }

    /** What a standard covers: its subject, else its pollutants and vehicles; and where it applies. */
    private static String covers(Map<String, Object> a, String language) {
        List<String> parts = new ArrayList<>();
        Attributes.text(a, "subject", language).ifPresent(parts::add);
        if (parts.isEmpty()) {
            List<String> pollutants = Attributes.texts(a, "pollutants", language);
            List<String> vehicles = Attributes.texts(a, "vehicles", language);
            if (!pollutants.isEmpty()) {
                parts.add(Numbers.list(pollutants, language));
            }
            if (!vehicles.isEmpty()) {
                parts.add(Numbers.list(vehicles, language));
            }
        }
        List<String> places = Attributes.texts(a, "jurisdictions", language);
        if (!places.isEmpty()) {
            parts.add(("es".equals(language) ? "se aplica en " : "applies in ") + Numbers.list(places, language));
        }
        return String.join("; ", parts);
    }

    /** The group's words for a unit ("samples" → "muestras" in Spanish), or the unit itself. */
    private static String unitWords(Labels words, String unit) {
        String translated = words.get("unit." + unit);
        return translated.startsWith("[") ? unit : translated;
    }

    /**
     * What a related standard is about, in the report's language: the code and status are read from
     * the English entry ("CODE (status): subject"), the subject from the entry in the report's language
     * (what follows its first "): "), else from the English.
     */
    private static String subject(EmissionStandard.Related related, String translated) {
        if (translated != null) {
            int colon = translated.indexOf("): ");
            if (colon >= 0) {
                return translated.substring(colon + 3).strip();
            }
        }
        return related.subject() == null ? "" : related.subject();
    }
}
