package mou.core.cycle;

import mou.core.model.Text;

/**
 * A file given as evidence with a rating (an upload from a form): the {@link CycleService} keeps
 * it inside the workspace, in {@code evidence/GROUP/YEAR/}, under a name it makes itself, and
 * adds a link to it to the activity's evidence, in the same transaction as the rating. The name
 * given is used only for its extension (which must be one of {@link #TYPES}) and, when no title is
 * given, as the link's title; it is never a path: a name with a folder, {@code ..} or a control
 * character is refused.
 *
 * @param title the link's title, or null to use the file's name
 * @param fileName the file's name as the person's computer gave it (e.g. {@code minutes.pdf})
 * @param content the file's bytes: at most {@link #MAX_BYTES}, not empty
 * @since 1.3
 */
public record EvidenceFile(Text title, String fileName, byte[] content) {

    /** The file types kept as evidence, by extension: documents, sheets, text and images, nothing that runs. */
    public static final java.util.List<String> TYPES = java.util.List.of("pdf", "txt", "csv", "png", "jpg", "jpeg", "gif", "webp", "docx",
            "xlsx", "pptx", "odt", "ods", "odp");

    /** The largest evidence file: 20 MB. */
    public static final int MAX_BYTES = 20 << 20;

    /** The longest name of a kept file: what file systems allow. */
    private static final int LONGEST_NAME = 255;

    /**
     * The folder of a group's year's evidence files, relative to the workspace: {@code evidence/GROUP/YEAR}, where the
     * service keeps them and the web application serves them from.
     *
     * @since 1.9
     */
    public static String folder(String groupId, int year) {
        return "evidence/" + groupId + "/" + year;
    }

    /**
     * Whether {@code name} is a kept evidence file's name as the service makes it, {@code ACTIVITY-RANDOM.TYPE}
     * ({@code aq-1-1-3f9c0a1b2c4d.pdf}): an {@link mou.core.model.Ids id}, a '.' and one of {@link #TYPES}; never a path.
     * The web application serves no other file of an evidence folder.
     *
     * @since 1.9
     */
    public static boolean keptName(String name) {
        if (name == null || name.length() > LONGEST_NAME) {
            return false;
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 && mou.core.model.Ids.valid(name.substring(0, dot)) && TYPES.contains(name.substring(dot + 1));
    }
}
