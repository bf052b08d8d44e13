package mou.core.cycle;

import java.util.List;
import mou.core.model.Link;
import mou.core.model.Text;

/**
 * Rate an activity on the Progress Key.
 *
 * @param acting who rates it
 * @param activityId the activity (its plan says which group's)
 * @param year the year, or null for the group's latest year
 * @param level a level of the Progress Key, by id ({@code moderate}) or its English words ({@code Moderate Progress})
 * @param rationale why the activity stands at this level; given without Spanish, it keeps the Spanish the rationale had
 *        (stale when the English changed); with its Spanish, the Spanish translates it
 * @param evidence what the rating rests on (see {@link mou.core.model.Evidence}), or null to keep the evidence it has
 * @param files files to keep in the workspace as more evidence, saved with the rating in one transaction
 *        ({@link EvidenceFile}); each adds a link after {@code evidence} (or after the evidence kept). Null or
 *        empty for none. Since 1.3.
 * @param spanishRemoved whether a rationale given without Spanish has none: the Spanish it had is removed rather than kept
 *        (a form whose Spanish field showed the Spanish and was emptied). Since 1.8.
 * @param evidenceEs the Spanish of each evidence link's title, by the link's place in {@code evidence}, as a form gives it
 *        (as {@link RecordFigure}'s Spanish texts): null (or no element at that place) gives none, so the title keeps the
 *        Spanish the same link (the same address) had, stale when its English changed; empty ({@code ""}) removes it; any
 *        other text translates the title's English as given, in place of a Spanish the link's title carries. A Spanish
 *        for a link without a title is refused (field {@code evidenceEs[i]}), as every Spanish without its English. Null
 *        or empty for none. Since 1.11.
 */
public record Rate(Acting acting, String activityId, Integer year, String level, Text rationale, List<Link> evidence, List<EvidenceFile> files,
        boolean spanishRemoved, List<String> evidenceEs) {

    public Rate {
        files = files == null ? List.of() : List.copyOf(files);
        evidenceEs = evidenceEs == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(evidenceEs));
    }

    /** A rating whose links' titles carry their own Spanish, if any (every caller before 1.11). */
    public Rate(Acting acting, String activityId, Integer year, String level, Text rationale, List<Link> evidence, List<EvidenceFile> files,
            boolean spanishRemoved) {
        this(acting, activityId, year, level, rationale, evidence, files, spanishRemoved, null);
    }

    /** A rating whose rationale given without Spanish keeps the Spanish it had (every caller before 1.8). */
    public Rate(Acting acting, String activityId, Integer year, String level, Text rationale, List<Link> evidence, List<EvidenceFile> files) {
        this(acting, activityId, year, level, rationale, evidence, files, false);
    }

    /** A rating without files (the command line, and every caller before 1.3). */
    public Rate(Acting acting, String activityId, Integer year, String level, Text rationale, List<Link> evidence) {
        this(acting, activityId, year, level, rationale, evidence, List.of());
    }
}
