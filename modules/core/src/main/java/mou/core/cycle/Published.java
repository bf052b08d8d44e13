package mou.core.cycle;

import java.nio.file.Path;
import java.util.List;
import mou.core.model.Gap;
import mou.core.spi.PluginFailure;
import mou.core.spi.TextPlace;

/**
 * What a publication did.
 *
 * @param year the year
 * @param groups the groups whose year is now published and locked
 * @param notOpened the groups with a plan that did not open the year: their chapters show their plans without
 *        ratings of the year, each with a notice saying so
 * @param files the report's files written
 * @param missing the parts the report misses, published so with {@link Publish#allowMissing()}; empty when none is
 * @param incomplete what the year missed (activities not rated for it, empty narrative parts, the
 *        introduction) and was published without with {@link Publish#allowMissing()}; empty when
 *        nothing was missing (since 1.1)
 * @param untranslated the texts the report shows without a current Spanish version (none, or older than its
 *        English), published so with {@link Publish#allowUntranslated()}, each where it was read; empty when none (since 1.4)
 */
public record Published(int year, List<String> groups, List<String> notOpened, List<Path> files, List<PluginFailure> missing,
        List<Gap> incomplete, List<TextPlace> untranslated) {

    /**
     * The workspace's folder of publications, relative to it: each published year's report is in {@code published/YEAR/}
     * ({@link #folder}), where the web application serves it from and no other report may be written.
     *
     * @since 1.9
     */
    public static final String FOLDER = "published";

    /**
     * The folder of a year's publication in a workspace: {@code published/YEAR/}.
     *
     * @since 1.9
     */
    public static Path folder(Path workspace, int year) {
        return workspace.resolve(FOLDER).resolve(String.valueOf(year));
    }

    public Published {
        incomplete = List.copyOf(incomplete);
        untranslated = untranslated == null ? List.of() : List.copyOf(untranslated);
    }

    /** A publication whose texts were all translated. */
    public Published(int year, List<String> groups, List<String> notOpened, List<Path> files, List<PluginFailure> missing,
            List<Gap> incomplete) {
        this(year, groups, notOpened, files, missing, incomplete, List.of());
    }

    /** A publication with nothing of the year's content missing. */
    public Published(int year, List<String> groups, List<String> notOpened, List<Path> files, List<PluginFailure> missing) {
        this(year, groups, notOpened, files, missing, List.of());
    }
}
