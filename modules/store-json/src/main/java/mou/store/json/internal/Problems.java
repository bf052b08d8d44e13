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
        add(Severity.ERROR, at, message);
    }

    void warning(Loc at, String message) {
        add(Severity.WARNING, at, message);
    }

    void add(Severity severity, Loc at, String message) {
        Position p = at.position();
        problems.add(new Problem(severity, at.file(), p.line(), p.column(), at.path(), message));
    }

    void add(Severity severity, String file, Position position, String path, String message) {
        problems.add(new Problem(severity, file, position.line(), position.column(), path, message));
    }

    /** Every problem of {@code other}, in its order, after those found so far. */
    void addAll(Problems other) {
        problems.addAll(other.problems);
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
