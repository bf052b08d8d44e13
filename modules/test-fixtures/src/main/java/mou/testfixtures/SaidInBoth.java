package mou.testfixtures;

import java.util.List;
import java.util.Map;
import mou.core.spi.AttributeProblem;
import mou.core.spi.DeliverableType;

/**
 * A deliverable type's {@code validate} that also checks that every problem it finds is said in
 * Spanish: a Spanish text that is there, differs from the English and reads as Spanish, so that a
 * page in Spanish shows no English. The group plugins' tests call it in place of {@code validate}.
 */
public final class SaidInBoth {

    /** English words that a Spanish sentence does not use; one of them in the Spanish means it was left English. */
    private static final List<String> ENGLISH = List.of(" the ", " is ", " must ", " should ", " but ", " has ", " add ", " when ", " not ");

    private SaidInBoth() {
    }

    /** {@code type.validate(attributes)}, after checking that each problem has its Spanish. */
    public static List<AttributeProblem> validate(DeliverableType type, Map<String, Object> attributes) {
        List<AttributeProblem> problems = type.validate(attributes);
        for (AttributeProblem p : problems) {
            if (p.messageEs() == null || p.messageEs().isBlank() || p.messageEs().equals(p.message()) || !p.message("es").equals(p.messageEs())) {
                throw new AssertionError("no Spanish for " + type.id() + "'s problem: " + p.message());
            }
            String spanish = " " + p.messageEs().replaceAll("'[^']*'|\"[^\"]*\"", "''") + " ";
            for (String word : ENGLISH) {
                if (spanish.contains(word)) {
                    throw new AssertionError("English ('" + word.strip() + "') in the Spanish of " + type.id() + "'s problem: " + p.messageEs());
                }
            }
        }
        return problems;
    }
}
