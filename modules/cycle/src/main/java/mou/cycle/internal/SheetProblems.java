package mou.cycle.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** The Spanish of the problem at {@code index} of {@code problems}, or null when it has none. */
    static String spanish(List<String> problems, int index) {
        return problems instanceof SheetProblems sheet ? sheet.spanish.get(index) : null;
    }
}
