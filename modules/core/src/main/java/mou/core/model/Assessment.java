package mou.core.model;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An activity's level on the Progress Key in a year, as its working group rated it.
 *
 * <p>A year that is opened starts each activity from its level of the year before, <em>carried
 * over</em>: that is not a rating of the new year. It stays carried over until the group rates the
 * activity for the year, with a new level or confirming the level unchanged, and always with a
 * rationale of its own ({@link #ratingProblem}, the one rule every front door applies).
 *
 * @param activityId the activity rated
 * @param level its level
 * @param rationale why the group gives this level
 * @param evidence what supports the rating
 * @param inferred true when the level was not stated by the group but inferred from the
 *        narrative (the 2016 report's progress icons were lost), so a reader can tell
 * @param carriedOver true when the level was carried over from the year before when the year was
 *        opened and the group has not rated the activity for this year yet (since 1.4)
 */
public record Assessment(String activityId, ProgressLevel level, Text rationale, List<Link> evidence, boolean inferred, boolean carriedOver) {

    private static final Pattern CARRIED_OVER = Pattern.compile("Level carried over from (\\d{4}); not yet re-rated for (\\d{4})\\.");
    private static final Pattern CARRIED_OVER_ES = Pattern.compile("Nivel que viene de \\d{4}; aún sin calificar de nuevo para \\d{4}\\.");

    public Assessment {
        evidence = List.copyOf(evidence);
    }

    /** A level the group gave (not carried over). */
    public Assessment(String activityId, ProgressLevel level, Text rationale, List<Link> evidence, boolean inferred) {
        this(activityId, level, rationale, evidence, inferred, false);
    }

    /**
     * The assessment a year opened after {@code from}'s year starts with: the same level (and
     * whether it was inferred), carried over, with a rationale that says so (in English and Spanish) and no evidence.
     *
     * @since 1.4
     */
    public static Assessment carriedOver(Assessment from, int fromYear, int year) {
        return new Assessment(from.activityId(), from.level(), carriedOverText(fromYear, year), List.of(), from.inferred(), true);
    }

    /** In both languages: the sentence is the model's, not a person's text to translate. */
    private static Text carriedOverText(int fromYear, int year) {
        return Text.of(carriedOverRationale(fromYear, year), "Nivel que viene de " + fromYear + "; aún sin calificar de nuevo para " + year + ".");
    }

    /**
     * The rationale as a reader is shown it, in every language: a carried-over level's is the model's sentence in
     * English and Spanish, also when the workspace keeps only its English (a year opened before the sentence had its
     * Spanish, or a Spanish a hand removed); any other rationale as it is. The reports, the pages and the workbook
     * show this one.
     *
     * @since 1.10
     */
    public Text shownRationale() {
        if (!carriedOver || rationale == null || rationale.es() != null) {
            return rationale;
        }
        java.util.regex.Matcher m = CARRIED_OVER.matcher(rationale.en().strip());
        return m.matches() ? carriedOverText(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : rationale;
    }

    /**
     * The rationale of a carried-over level: {@code Level carried over from 2016; not yet re-rated for 2017.}
     *
     * @since 1.4
     */
    public static String carriedOverRationale(int fromYear, int year) {
        return "Level carried over from " + fromYear + "; not yet re-rated for " + year + ".";
    }

    /**
     * Whether a text is the rationale {@link #carriedOverRationale} writes (for any two years), in English or (since 1.10) in
     * Spanish: a year written before carried-over levels were recorded as such is read by this sentence, and a workbook that
     * shows it in Spanish gives no Spanish of a rationale of the group's.
     *
     * @since 1.4
     */
    public static boolean isCarriedOverRationale(String text) {
        return text != null && (CARRIED_OVER.matcher(text.strip()).matches() || CARRIED_OVER_ES.matcher(text.strip()).matches());
    }

    /**
     * Whether the group rated the activity for its year: a level that is not carried over.
     *
     * @since 1.4
     */
    public boolean rated() {
        return level != null && !carriedOver;
    }

    /**
     * Why a rating of an activity may not stand, or empty when it may: the one rule of a new rating,
     * for the rate command, the spreadsheet import and any other front door. A rating needs a
     * rationale of its own: a new level never keeps the rationale of the level it replaces, a
     * carried-over level is confirmed or re-rated only with a rationale that is not the carried-over
     * one, and no rating takes the sentence of a carried-over level as its rationale.
     *
     * @param before the activity's assessment in the year before the rating, or null
     * @param level the level given
     * @param rationale the rationale given (in English), not blank
     * @return what is wrong, in plain words, for the person rating
     * @since 1.4
     */
    public static Optional<String> ratingProblem(Assessment before, ProgressLevel level, String rationale) {
        return ratingProblem(before, level, rationale, "en");
    }

    /**
     * {@link #ratingProblem(Assessment, ProgressLevel, String)} in {@code language} ({@code en} or {@code es}).
     *
     * @since 1.7
     */
    public static Optional<String> ratingProblem(Assessment before, ProgressLevel level, String rationale, String language) {
        if ("es".equals(language)) {
            return ratingProblemEs(before, level, rationale);
        }
        String given = rationale == null ? "" : rationale.strip();
        if (before == null || before.rationale() == null || !before.rationale().en().strip().equals(given)) {
            return isCarriedOverRationale(given) ? Optional.of("the rationale is the sentence of a carried-over level, which is no rating;"
                    + " say why the activity stands at " + words(level) + " this year") : Optional.empty();
        }
        boolean newLevel = before.level() != level;
        if (before.carriedOver()) {
            return Optional.of(newLevel
                    ? "the level changes from " + words(before.level()) + " to " + words(level)
                            + " but the rationale is still the one carried over from last year; a new level needs a new rationale:"
                            + " say why the activity now stands at " + words(level)
                    : "the rationale is the one carried over from last year; to confirm the level unchanged, say why the activity still"
                            + " stands at " + words(level));
        }
        if (newLevel) {
            return Optional.of("the level changes from " + words(before.level()) + " to " + words(level) + " but the rationale is the one"
                    + " given for " + words(before.level()) + "; a new level needs a new rationale: say why the activity now stands at "
                    + words(level));
        }
        return isCarriedOverRationale(given) ? Optional.of("the rationale is the sentence of a carried-over level, which is no rating;"
                + " say why the activity stands at " + words(level) + " this year") : Optional.empty();
    }

    private static Optional<String> ratingProblemEs(Assessment before, ProgressLevel level, String rationale) {
        String given = rationale == null ? "" : rationale.strip();
        String carriedSentence = "la justificación es la frase de un nivel que viene del año anterior, que no es una calificación;"
                + " diga por qué la actividad está en " + palabras(level) + " este año";
        if (before == null || before.rationale() == null || !before.rationale().en().strip().equals(given)) {
            return isCarriedOverRationale(given) ? Optional.of(carriedSentence) : Optional.empty();
        }
        boolean newLevel = before.level() != level;
        if (before.carriedOver()) {
            return Optional.of(newLevel
                    ? "el nivel cambia de " + palabras(before.level()) + " a " + palabras(level) + " pero la justificación sigue siendo la que"
                            + " viene del año anterior; un nivel nuevo necesita una justificación nueva: diga por qué la actividad está ahora en "
                            + palabras(level)
                    : "la justificación es la que viene del año anterior; para confirmar el nivel sin cambios, diga por qué la actividad"
                            + " sigue en " + palabras(level));
        }
        if (newLevel) {
            return Optional.of("el nivel cambia de " + palabras(before.level()) + " a " + palabras(level) + " pero la justificación es la que"
                    + " se dio para " + palabras(before.level()) + "; un nivel nuevo necesita una justificación nueva: diga por qué la actividad"
                    + " está ahora en " + palabras(level));
        }
        return isCarriedOverRationale(given) ? Optional.of(carriedSentence) : Optional.empty();
    }

    /** A level as a Spanish reader reads it in these messages: its words in the report ({@code Avance moderado}). */
    private static String palabras(ProgressLevel level) {
        return level == null ? "ningún nivel" : mou.core.report.Labels.forLanguage("es").get(level.labelKey());
    }

    /** A level as people read it in these messages: its id ({@code moderate}). */
    private static String words(ProgressLevel level) {
        return level == null ? "no level" : level.id();
    }
}
