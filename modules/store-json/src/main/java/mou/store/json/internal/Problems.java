package mou.store.json.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import mou.core.spi.Problem;
import mou.core.spi.Problem.Severity;

/** Collects the problems of one load, each located in its file. */
final class Problems {

    private static final Comparator<Problem> FILE_ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column);

    private final List<Problem> problems = new ArrayList<>();

    void error(Loc at, String message) {
        add(Severity.ERROR, at, message, null);
    }

    /** An error said in English and Spanish ({@code es}), for pages in Spanish. */
    void error(Loc at, String message, String es) {
        add(Severity.ERROR, at, message, es);
    }

    void warning(Loc at, String message) {
        add(Severity.WARNING, at, message, null);
    }

    /** A warning said in English and Spanish ({@code es}), for pages in Spanish. */
    void warning(Loc at, String message, String es) {
        add(Severity.WARNING, at, message, es);
    }

    void add(Severity severity, Loc at, String message) {
        add(severity, at, message, null);
    }

    void add(Severity severity, Loc at, String message, String es) {
        Position p = at.position();
        problems.add(new Problem(severity, at.file(), p.line(), p.column(), at.path(), message, es));
    }

    void add(Severity severity, String file, Position position, String path, String message) {
        add(severity, file, position, path, message, null);
    }

    void add(Severity severity, String file, Position position, String path, String message, String es) {
        problems.add(new Problem(severity, file, position.line(), position.column(), path, message, es));
    }

    /** Every problem of {@code other}, in its order, after those found so far. */
    void addAll(Problems other) {
        problems.addAll(other.problems);
    }

    /** How many problems were found so far (where a part of the reading starts, for {@link #since}). */
    int size() {
        return problems.size();
    }

    /** The problems found since there were {@code start} of them, in their order. */
    List<Problem> since(int start) {
        return List.copyOf(problems.subList(start, problems.size()));
    }

    /** These problems, in their order, after those found so far (a part's problems found by an earlier reading). */
    void addAll(List<Problem> found) {
        problems.addAll(found);
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** Every problem, by file, line and column (a stable sort, so problems at one place keep their order). */
    List<Problem> sorted() {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(FILE_ORDER);
        return sorted;
    }
}
