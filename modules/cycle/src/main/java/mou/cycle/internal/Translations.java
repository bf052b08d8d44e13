package mou.cycle.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mou.core.cycle.Problem;
import mou.core.model.Text;
import mou.core.report.Block;
import mou.core.report.ReportDocument;
import mou.core.report.Section;
import mou.core.spi.LoadResult;
import mou.core.spi.TextPlace;

/**
 * The publication's rule of translations: the report is binational, so a year whose report shows a text
 * without a current Spanish version (none, or one that translates an older English) is published only
 * when the program office says why ({@code --allow-untranslated REASON}); the reason goes into the history
 * and the report's notice.
 */
final class Translations {

    /** How many texts a refusal names; {@code validate --language es} lists them all. */
    static final int SHOWN = 10;

    private Translations() {
    }

    /**
     * The texts the report shows that a Spanish reader would not read in current Spanish, each where it was
     * read, in file order. A text that was not read from a file (a sentence the model makes) is not counted.
     */
    static List<TextPlace> missing(List<Text> shown, LoadResult loaded) {
        Set<Text> shownHere = Collections.newSetFromMap(new IdentityHashMap<>());
        shownHere.addAll(shown);
        List<TextPlace> missing = new ArrayList<>();
        for (TextPlace place : loaded.texts()) {
            if (shownHere.contains(place.text()) && place.translationProblem("es") != null) {
                missing.add(place);
            }
        }
        return missing;
    }

    /** Why a year is not published: how many texts, the first {@link #SHOWN} in their files, and what to do. */
    static List<Problem> refusal(int year, List<TextPlace> missing, mou.core.model.Workspace workspace) {
        long stale = missing.stream().filter(p -> p.text().spanishStale()).count();
        List<Problem> problems = new ArrayList<>();
        boolean one = missing.size() == 1;
        problems.add(Problem.said(null, year + " was not published: " + Count.of(missing.size(), "text") + " of its report "
                + (one ? "has" : "have") + " no current Spanish version (" + (missing.size() - stale) + " without Spanish, "
                + stale + " older than " + (stale == 1 ? "its" : "their") + " English):", year + " no se publicó: " + missing.size()
                + (one ? " texto de su informe no tiene" : " textos de su informe no tienen") + " versión vigente en español ("
                + (missing.size() - stale) + " sin español, " + stale + " con el español anterior a su inglés):"));
        // each text where its file has it (the command line's words), and, for a front door that names it in its own words,
        // where the workspace keeps it: the group, the year and the place by ids (WorkspaceTexts: /assessments/aq-1-1/rationale)
        Map<Text, WorkspaceTexts.Place> kept = new IdentityHashMap<>();
        if (workspace != null) {
            WorkspaceTexts.of(workspace).forEach(p -> kept.putIfAbsent(p.text(), p));
        }
        for (TextPlace place : missing.subList(0, Math.min(SHOWN, missing.size()))) {
            WorkspaceTexts.Place at = kept.get(place.text());
            mou.core.cycle.PartPlace placed = at == null ? new mou.core.cycle.PartPlace(null, null, mou.core.cycle.PartPlace.Part.WORKSPACE, null,
                    place.where()) : at.partPlace();
            List<Object> args = new ArrayList<>(List.of(place.where(), place.path(), excerpt(place.text().en())));
            args.addAll(placed.args());
            problems.add(Problem.of(null, place.text().spanishStale() ? "publish.untranslated.stale" : "publish.untranslated.none",
                    args.toArray()));
        }
        if (missing.size() > SHOWN) {
            // indented under the texts it follows, as they are; its words a code's, for each front door's own
            Problem more = Problem.of(null, "publish.untranslated.more", missing.size() - SHOWN);
            problems.add(new Problem(more.field(), more.code(), more.args(), "  " + more.message()));
        }
        problems.add(Problem.of("allowUntranslated", "publish.untranslated", year));
        return problems;
    }

    /** What the history records: how many texts were published without a current Spanish version, and why. */
    static String why(List<TextPlace> missing, String reason) {
        return "published with " + Count.of(missing.size(), "text") + " without a current Spanish version: " + reason;
    }

    /** The report with a notice in its first section: how many texts were published without current Spanish, and why. */
    static ReportDocument withNotice(ReportDocument document, List<TextPlace> missing, String reason, String language) {
        boolean es = "es".equals(language);
        String text = es ? "Este informe se publicó con " + missing.size() + (missing.size() == 1 ? " texto" : " textos")
                + " sin versión vigente en español, por decisión de la oficina del programa. Motivo: " + reason
                : "This report was published with " + Count.of(missing.size(), "text") + " without a current Spanish version, by"
                        + " decision of the program office. Reason: " + reason;
        Block notice = new Block.Notice(Block.Severity.WARNING, text);
        List<Section> sections = new ArrayList<>(document.sections());
        if (sections.isEmpty()) {
            sections.add(Section.of(Publisher.INCOMPLETE_SECTION, es ? "Aviso" : "Notice", List.of(notice)));
        } else {
            Section first = sections.get(0);
            List<Block> blocks = new ArrayList<>();
            blocks.add(notice);
            blocks.addAll(first.blocks());
            sections.set(0, new Section(first.id(), first.title(), blocks, first.subsections()));
        }
        return document.withSections(sections);
    }

    private static String excerpt(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }
}
