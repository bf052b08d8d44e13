package mou.core.cycle;

import java.util.List;
import java.util.stream.Collectors;

/** A request the {@link CycleService} refused, with every problem found; nothing was changed. */
public final class CycleException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the request was refused; the commands exit with a status for each. */
    public enum Kind {
        /** The request itself is wrong: a bad value, an unknown group, activity or year (exit 2). */
        USAGE,
        /** The data is invalid: the workspace has errors, or imported sheet content has (exit 1). */
        INVALID,
        /** It may not or could not be done: the review state or the publication lock forbids it, a file error (exit 3). */
        REFUSED,
        /** Someone else saved a file this request would change since it was read; read again and repeat (exit 3). */
        CONFLICT
    }

    private final Kind kind;
    private final transient List<Problem> problems;

    public CycleException(Kind kind, List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.kind = kind;
        this.problems = List.copyOf(problems);
    }

    public CycleException(Kind kind, String field, String message) {
        this(kind, List.of(new Problem(field, message)));
    }

    public Kind kind() {
        return kind;
    }

    public List<Problem> problems() {
        return problems;
    }
}
