package mou.core.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one rule for what evidence (a {@link Link}'s url) may be: a web address
 * ({@code https://host/path}, no spaces), or the path of a file inside the workspace folder,
 * relative to it, with '/' between folders. A path may not lead outside the workspace, neither
 * with {@code ..} nor through a symbolic link; it must name a file, not a folder.
 *
 * <p>A path whose file does not exist is a {@link Kind#MISSING} finding, and what it means is
 * decided here, once: it is <b>refused when a person records it</b> (rate, import: they are
 * pointing at a file now, so a typo is caught at once and nothing is saved) and <b>a warning when
 * a saved workspace is read</b> (the file went away afterwards: were it an error, the workspace
 * would be invalid and every command refused, including the {@code rate} that would correct the
 * reference; {@code validate} and the store still show it, and a new reference to the same path is
 * refused until the file is there). A reference that can never be right ({@link Kind#INVALID}: not
 * a web address, outside the workspace, a link leading outside) is an error on both occasions.
 *
 * @since 1.2
 */
public final class Evidence {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final String HOW = "; write a web address (https://...) or a path relative to the workspace folder, e.g. evidence/report.pdf";

    /** How a reference fails the rule. */
    public enum Kind {
        /** It can never be right: not a web address, nor a path inside the workspace. */
        INVALID,
        /** A well-formed path inside the workspace, but there is no file there (yet). */
        MISSING
    }

    /**
     * What is wrong with a reference.
     *
     * @param kind how it fails
     * @param message what is wrong and what to do, in plain words, starting with the reference or "there is"
     */
    public record Finding(Kind kind, String message) {

        /** Whether recording this reference is refused: always (see the class comment). */
        public boolean refusedWhenRecorded() {
            return true;
        }

        /** Whether a saved workspace holding this reference is invalid: only when it can never be right. */
        public boolean errorWhenRead() {
            return kind == Kind.INVALID;
        }
    }

    private Evidence() {
    }

    /** Whether the reference is a web address (http or https), rather than a path. */
    public static boolean isWebAddress(String reference) {
        String lower = reference == null ? "" : reference.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    /**
     * Checks a reference against the rule.
     *
     * @param workspace the workspace folder with its links resolved ({@link Path#toRealPath})
     * @param reference the url as written
     * @return empty when the reference is acceptable, else what is wrong
     */
    public static Optional<Finding> check(Path workspace, String reference) {
        String u = reference == null ? "" : reference;
        if (isWebAddress(u)) {
            String lower = u.toLowerCase(Locale.ROOT);
            return u.length() > lower.indexOf("//") + 2 && !u.strip().contains(" ") ? Optional.empty()
                    : invalid("'" + u + "' is not a web address; write it as https://host/path, without spaces");
        }
        if (u.isBlank()) {
            return invalid("the evidence is empty" + HOW);
        }
        if (u.startsWith("/") || u.startsWith("\\") || SCHEME.matcher(u).find()) {
            return invalid("'" + u + "' is neither a web address nor a path inside the workspace" + HOW);
        }
        if (u.contains("\\")) {
            return invalid("'" + u + "' uses '\\' between folders; use '/' (e.g. evidence/report.pdf)");
        }
        Path target;
        try {
            target = workspace.resolve(u).normalize();
        } catch (InvalidPathException e) {
            return invalid("'" + u + "' is not a valid path" + HOW);
        }
        if (!target.startsWith(workspace) || target.equals(workspace)) {
            return invalid("'" + u + "' leads outside the workspace folder; keep the file inside the workspace "
                    + "and write its path relative to the workspace folder, without '..'");
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(new Finding(Kind.MISSING, "there is no file '" + u + "' in the workspace; add it or correct the path"));
        }
        Path real;
        try {
            real = target.toRealPath();
        } catch (IOException e) {
            return Optional.of(new Finding(Kind.MISSING, "'" + u + "' is a link to a file that does not exist; add the file or correct the path"));
        }
        if (!real.startsWith(workspace)) {
            return invalid("'" + u + "' is a link to a place outside the workspace folder; keep the file itself inside the workspace");
        }
        if (Files.isDirectory(real)) {
            return invalid("'" + u + "' is a folder; give the path of a file in it");
        }
        return Optional.empty();
    }

    private static Optional<Finding> invalid(String message) {
        return Optional.of(new Finding(Kind.INVALID, message));
    }
}
