package mou.cycle.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mou.core.cycle.Problem;
import mou.core.model.Gap;

/**
 * A history line's reason in Spanish where the software wrote it: the history keeps the reason as it was recorded (it is
 * data, in English where the cycle made it), and a Spanish page shows the parts the cycle wrote in Spanish, what a person
 * typed as it was typed.
 *
 * <p>The parts the cycle writes (the submit and the import of {@code CycleServiceImpl}, {@code Publisher.why}, {@code
 * Translations.why}, {@code TranslationExchange}) are recognised by their English words where a part begins (at the start or
 * after "; "): "submitted incomplete (…): ", "published without …: ", "published incomplete (…): ", "published with N texts
 * without a current Spanish version: ", "imported from …", and a translations import's "from FILE". The missing parts inside
 * the parentheses are read back from {@link Gap#describe()}'s words and said by the problems' {@code missing.*} words, the
 * words the refusals use. Anything else is shown as it is.
 */
final class HistoryReasons {

    private static final Pattern NOT_RATED = Pattern.compile("(\\d+) of (\\d+) activities are not rated: (.+)");
    private static final Pattern CARRIED_OVER = Pattern.compile(
            "(\\d+) of (\\d+) activities are not re-rated for (\\d{4}) \\(their level was carried over from the year before\\): (.+)");
    private static final Pattern EMPTY_NARRATIVE = Pattern.compile("the narrative's (.+) (?:is|are) empty");
    private static final Pattern NO_INTRODUCTION = Pattern.compile("the program office's introduction for (\\d{4}) is empty");
    private static final Pattern UNTRANSLATED = Pattern.compile("published with (\\d+) texts? without a current Spanish version: ");

    private HistoryReasons() {
    }

    /** The reason as a page in {@code language} shows it: in Spanish the parts the cycle wrote, else as recorded. */
    static String shown(String why, String action, String language) {
        if (why == null || !"es".equals(language)) {
            return why;
        }
        if ("import".equals(action) && why.startsWith("imported from ")) {
            return "se importó de " + why.substring("imported from ".length());
        }
        if (TranslationExchange.ACTION.equals(action) && why.startsWith("from ")) {
            return "del archivo " + why.substring("from ".length());
        }
        if (!mou.core.model.ReviewAction.SUBMIT.id().equals(action) && !Publisher.COMMAND.equals(action)) {
            return why; // a person's reason, as typed
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < why.length()) {
            int next = partAt(why, at);
            if (next < 0) {
                out.append(why, at, why.length());
                break;
            }
            out.append(why, at, next);
            at = spanishPart(why, next, out);
        }
        return out.toString();
    }

    /** Where the next part the cycle wrote begins, from {@code from} on (at the start or after "; "); -1 for none. */
    private static int partAt(String why, int from) {
        for (int i = from; i < why.length(); i++) {
            if ((i == 0 || why.startsWith("; ", i - 2)) && begins(why, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean begins(String why, int i) {
        return why.startsWith("submitted incomplete (", i) || why.startsWith("published incomplete (", i)
                || why.startsWith("published without ", i) || UNTRANSLATED.matcher(why).region(i, why.length()).lookingAt();
    }

    /** Writes the part that begins at {@code i} in Spanish, up to its person's reason (kept as typed); the index after it. */
    private static int spanishPart(String why, int i, StringBuilder out) {
        for (String[] incomplete : new String[][] {{"submitted incomplete (", "se envió incompleto ("},
                {"published incomplete (", "se publicó incompleto ("}}) {
            if (why.startsWith(incomplete[0], i)) {
                int open = i + incomplete[0].length();
                int close = closing(why, open);
                if (close < 0) {
                    break;
                }
                out.append(incomplete[1]).append(gaps(why.substring(open, close))).append(')');
                return close + 1;
            }
        }
        if (why.startsWith("published without ", i)) {
            out.append("se publicó sin ");
            return i + "published without ".length();
        }
        Matcher untranslated = UNTRANSLATED.matcher(why).region(i, why.length());
        if (untranslated.lookingAt()) {
            int count = Integer.parseInt(untranslated.group(1));
            out.append("se publicó con ").append(count).append(count == 1 ? " texto" : " textos").append(" sin versión vigente en español: ");
            return untranslated.end();
        }
        out.append(why.charAt(i));
        return i + 1;
    }

    /** The index of the parenthesis that closes the one opened before {@code from}; -1 when it is not closed. */
    private static int closing(String text, int from) {
        int depth = 1;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The missing parts, as {@link Gap#describe()} wrote them joined by "; ", each in Spanish where it reads as one. */
    private static String gaps(String described) {
        List<String> out = new ArrayList<>();
        for (String one : described.split("; ", -1)) {
            out.add(gap(one).map(g -> Problem.missing(g).message("es")).orElse(one));
        }
        return String.join("; ", out);
    }

    /** A missing part read back from {@link Gap#describe()}'s words (its year where the words give none is 0, unused). */
    static Optional<Gap> gap(String described) {
        Matcher m = NOT_RATED.matcher(described);
        if (m.matches()) {
            return Optional.of(new Gap(null, 0, Gap.Kind.NOT_RATED, List.of(m.group(3).split(", ")), Integer.parseInt(m.group(2))));
        }
        m = CARRIED_OVER.matcher(described);
        if (m.matches()) {
            return Optional.of(new Gap(null, Integer.parseInt(m.group(3)), Gap.Kind.CARRIED_OVER, List.of(m.group(4).split(", ")),
                    Integer.parseInt(m.group(2))));
        }
        m = EMPTY_NARRATIVE.matcher(described);
        if (m.matches()) {
            // "summary", "summary and next steps", "summary, challenges and next steps": the parts' ids have dashes for spaces
            List<String> parts = new ArrayList<>();
            for (String part : m.group(1).split(", | and ")) {
                parts.add(part.strip().replace(' ', '-'));
            }
            return Optional.of(new Gap(null, 0, Gap.Kind.EMPTY_NARRATIVE, parts, 0));
        }
        m = NO_INTRODUCTION.matcher(described);
        if (m.matches()) {
            return Optional.of(new Gap(null, Integer.parseInt(m.group(1)), Gap.Kind.NO_INTRODUCTION, List.of(), 0));
        }
        return Optional.empty();
    }
}
