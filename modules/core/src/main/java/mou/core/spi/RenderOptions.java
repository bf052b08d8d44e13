package mou.core.spi;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * What a report format may be told beyond the document: the page size of a paged format (the PDF
 * publication; formats that have no pages ignore it), and the workspace folder the report was made
 * from, where a format may read files that belong in it (the PDF's cover images); null when the
 * document comes from no workspace. A format reads files of the workspace only, never a path that
 * leads out of it.
 *
 * @param pageSize the page size; never null
 * @param workspace the workspace folder, or null
 * @since 1.5
 */
public record RenderOptions(PageSize pageSize, Path workspace) {

    /** US Letter, no workspace: what a format renders with when nobody says otherwise. */
    public static final RenderOptions DEFAULT = new RenderOptions(PageSize.LETTER, null);

    public RenderOptions {
        if (pageSize == null) {
            pageSize = PageSize.LETTER;
        }
    }

    /** These options with another page size. */
    public RenderOptions withPageSize(PageSize size) {
        return new RenderOptions(size, workspace);
    }

    /** The page sizes of paged formats: US Letter (the default) and ISO A4. */
    public enum PageSize {
        LETTER, A4;

        /** The page size by its name as a command takes it ({@code letter}, {@code a4}, in any case), or empty. */
        public static Optional<PageSize> named(String name) {
            if (name == null) {
                return Optional.empty();
            }
            for (PageSize size : values()) {
                if (size.name().equalsIgnoreCase(name.strip())) {
                    return Optional.of(size);
                }
            }
            return Optional.empty();
        }

        /** The name a command takes: {@code letter}, {@code a4}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
