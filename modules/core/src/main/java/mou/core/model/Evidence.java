package mou.core.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for what evidence (a {@link Link}'s url) may be: a web address
 * ({@code https://host/path}, no spaces), or the path of a file inside the workspace folder,
 * relative to it, with '/' between folders. A path may not lead outside the workspace, neither
 * with {@code ..} nor through a symbolic link; it must name a file, not a folder. Nothing else is
 * evidence: no other scheme ({@code javascript:}, {@code data:}, {@code vbscript:}, {@code file:}),
 * and nothing with a control or invisible character anywhere (a browser drops a tab or line break
 * from an address, so {@code java<TAB>script:} would run as {@code javascript:}).
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

    /** What a browser or the system would take for the scheme of an address: letters before a colon, e.g. {@code javascript:}, {@code C:}. */
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    /** Schemes of addresses that run code or show content made by whoever wrote the address. */
    private static final Set<String> ACTIVE = Set.of("javascript", "vbscript", "data", "blob");
    /** Control, format (zero-width, direction) and line or paragraph separator characters: none is visible, none belongs in an address. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");
    private static final String HOW = "; write a web address (https://...) or a path relative to the workspace folder, e.g. evidence/report.pdf";
    private static final String HOW_ES = "; escriba una dirección web (https://...) o una ruta relativa a la carpeta del espacio de trabajo, p. ej. evidence/report.pdf";

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
     * @param messageEs the same in Spanish (since 1.7)
     */
    public record Finding(Kind kind, String message, String messageEs) {

        /** A finding said in English only. */
        public Finding(Kind kind, String message) {
            this(kind, message, null);
        }

        /** The message in {@code language} ({@code en} or {@code es}) (since 1.7). */
        public String message(String language) {
            return Text.in(language, message, messageEs);
        }

        /** Whether recording this reference is refused: always (see the class comment). */
        public boolean refusedWhenRecorded() {
            return true;
        }

        /** Whether a saved workspace holding this reference is invalid: only when it can never be right. */
        public boolean errorWhenRead() {
            return kind == Kind.INVALID;
        }
    }

    /** The workspace's folder of accounts ({@code access/users.json}): never evidence, never served. */
    public static final String PRIVATE = "access";

    private Evidence() {
    }

    private static boolean isPrivate(Path workspace, Path target) {
        Path relative = workspace.relativize(target);
        return relative.getNameCount() > 0 && relative.getName(0).toString().equalsIgnoreCase(PRIVATE);
    }

    /**
     * Whether the reference is a web address: {@code http://} or {@code https://} (any case) and a
     * host, with no space, tab, line break or other control or invisible character anywhere in it
     * (spaces around it are ignored).
     */
    public static boolean isWebAddress(String reference) {
        if (reference == null || hasInvisible(reference)) {
            return false;
        }
        String s = reference.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        int rest = lower.startsWith("https://") ? 8 : lower.startsWith("http://") ? 7 : -1;
        return rest > 0 && s.length() > rest && s.chars().noneMatch(Character::isWhitespace);
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
        if (hasInvisible(u)) {
            // a browser drops tabs and line breaks from an address: "java<TAB>script:" would run as "javascript:"
            return invalid("'" + shown(u) + "' holds a tab, line break or other invisible character; write the web address "
                    + "(https://...) or the path without it", "'" + shown(u) + "' contiene un tabulador, un salto de línea u otro carácter invisible;"
                    + " escriba la dirección web (https://...) o la ruta sin él");
        }
        String stripped = u.strip();
        String lower = stripped.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return isWebAddress(u) ? Optional.empty()
                    : invalid("'" + u + "' is not a web address; write it as https://host/path, without spaces",
                            "'" + u + "' no es una dirección web; escríbala como https://servidor/ruta, sin espacios");
        }
        if (u.isBlank()) {
            return invalid("the evidence is empty" + HOW, "la evidencia está vacía" + HOW_ES);
        }
        Matcher scheme = SCHEME.matcher(stripped);
        if (scheme.find()) {
            String name = scheme.group(1).toLowerCase(Locale.ROOT);
            return invalid("'" + u + "' is " + (ACTIVE.contains(name) ? "a " + name + ": address, which a browser would run or "
                    + "open as a page, not" : "neither") + " a web address nor a path inside the workspace; only https:// and http:// "
                    + "web addresses and files inside the workspace are evidence" + HOW,
                    "'" + u + "' " + (ACTIVE.contains(name) ? "es una dirección " + name + ":, que un navegador ejecutaría o abriría como página, no"
                    : "no es ni") + " una dirección web ni una ruta dentro del espacio de trabajo; solo las direcciones web https:// y http://"
                    + " y los archivos dentro del espacio de trabajo son evidencia" + HOW_ES);
        }
        if (u.startsWith("/") || u.startsWith("\\") || stripped.startsWith("/") || stripped.startsWith("\\")) {
            return invalid("'" + u + "' is neither a web address nor a path inside the workspace" + HOW,
                    "'" + u + "' no es ni una dirección web ni una ruta dentro del espacio de trabajo" + HOW_ES);
        }
        if (u.contains("\\")) {
            return invalid("'" + u + "' uses '\\' between folders; use '/' (e.g. evidence/report.pdf)",
                    "'" + u + "' usa '\\' entre carpetas; use '/' (p. ej. evidence/report.pdf)");
        }
        Path target;
        try {
            target = workspace.resolve(u).normalize();
        } catch (InvalidPathException e) {
            return invalid("'" + u + "' is not a valid path" + HOW, "'" + u + "' no es una ruta válida" + HOW_ES);
        }
        if (!target.startsWith(workspace) || target.equals(workspace)) {
            return invalid("'" + u + "' leads outside the workspace folder; keep the file inside the workspace "
                    + "and write its path relative to the workspace folder, without '..'", "'" + u + "' lleva fuera de la carpeta del espacio"
                    + " de trabajo; guarde el archivo dentro del espacio de trabajo y escriba su ruta relativa a esa carpeta, sin '..'");
        }
        if (isPrivate(workspace, target)) {
            return invalid("'" + u + "' is in the workspace's " + PRIVATE + "/ folder, which holds the accounts and is never shown;"
                    + " evidence is a file elsewhere in the workspace or a web address", "'" + u + "' está en la carpeta " + PRIVATE
                    + "/ del espacio de trabajo, que guarda las cuentas y nunca se muestra; la evidencia es un archivo en otro lugar del"
                    + " espacio de trabajo o una dirección web");
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(new Finding(Kind.MISSING, "there is no file '" + u + "' in the workspace; correct the path or add the file,"
                    + " or give a web address starting with https://", "no hay ningún archivo '" + u + "' en el espacio de trabajo; corrija la"
                    + " ruta o agregue el archivo, o indique una dirección web que empiece por https://"));
        }
        Path real;
        try {
            real = target.toRealPath();
        } catch (IOException e) {
            return Optional.of(new Finding(Kind.MISSING, "'" + u + "' is a link to a file that does not exist; add the file or correct the path",
                    "'" + u + "' es un enlace a un archivo que no existe; agregue el archivo o corrija la ruta"));
        }
        if (!real.startsWith(workspace)) {
            return invalid("'" + u + "' is a link to a place outside the workspace folder; keep the file itself inside the workspace",
                    "'" + u + "' es un enlace a un lugar fuera de la carpeta del espacio de trabajo; guarde el archivo mismo dentro del espacio de trabajo");
        }
        if (isPrivate(workspace, real)) {
            return invalid("'" + u + "' is a link into the workspace's " + PRIVATE + "/ folder, which holds the accounts and is never"
                    + " shown; evidence is a file elsewhere in the workspace or a web address", "'" + u + "' es un enlace a la carpeta " + PRIVATE
                    + "/ del espacio de trabajo, que guarda las cuentas y nunca se muestra; la evidencia es un archivo en otro lugar del"
                    + " espacio de trabajo o una dirección web");
        }
        if (Files.isDirectory(real)) {
            return invalid("'" + u + "' is a folder; give the path of a file in it", "'" + u + "' es una carpeta; indique la ruta de un archivo que contenga");
        }
        return Optional.empty();
    }

    private static boolean hasInvisible(String s) {
        return INVISIBLE.matcher(s).find();
    }

    /** The reference with each invisible character written as its code, e.g. java<U+0009>script:, so that a message shows it. */
    private static String shown(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (INVISIBLE.matcher(Character.toString(c)).matches()) {
                b.append(String.format(Locale.ROOT, "<U+%04X>", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    private static Optional<Finding> invalid(String message, String messageEs) {
        return Optional.of(new Finding(Kind.INVALID, message, messageEs));
    }
}
