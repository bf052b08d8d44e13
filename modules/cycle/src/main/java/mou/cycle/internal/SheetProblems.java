package mou.cycle.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mou.core.cycle.Problem;

/**
 * Problems of sheet content in English, as the commands print them ({@code "Sheet!Cell: what"}), each
 * with its Spanish for pages in Spanish, said where the problem is found ({@link #add(List, String, String)}).
 */
final class SheetProblems extends ArrayList<String> {

    private static final long serialVersionUID = 1L;

    private final Map<Integer, String> spanish = new HashMap<>();

    /** Adds a problem in English and Spanish to {@code problems}; a plain list takes the English only. */
    static void add(List<String> problems, String en, String es) {
        if (problems instanceof SheetProblems sheet) {
            sheet.spanish.put(sheet.size(), es);
        }
        problems.add(en);
    }

    /**
     * Adds a problem of the cell {@code ref} in the cycle's words: {@code problem}'s field is {@code ref},
     * named "the cell" ("Figures!D2: the cell has 1,200 characters, ...").
     */
    static void add(List<String> problems, String ref, Problem problem) {
        String field = "{" + ref + "}";
        // the cycle's "{field}: the text has ..." is the cell's: "the cell has ..."
        add(problems, ref + ": " + problem.message("en").replace(field + ": the text", "the cell").replace(field, "the cell"),
                ref + ": " + problem.message("es").replace(field + ": el texto", "la celda").replace(field, "la celda"));
    }

    /** Adds the problems of the text in the cell {@code ref} ({@link Workbench#checkText}, or {@link Workbench#checkLine} for a one-line text). */
    static void checkCell(List<String> problems, String ref, String text, boolean line) {
        List<Problem> found = new ArrayList<>(1);
        if (!(line ? Workbench.checkLine(ref, text, found) : Workbench.checkText(ref, text, found))) {
            found.forEach(p -> add(problems, ref, p));
        }
    }

    /** The Spanish of the problem at {@code index} of {@code problems}, or null when it has none. */
    static String spanish(List<String> problems, int index) {
        return problems instanceof SheetProblems sheet ? sheet.spanish.get(index) : null;
    }
}
