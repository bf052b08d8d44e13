package mou.store.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mou.core.model.Bounds;
import mou.core.spi.Problem.Severity;

/**
 * Reads a workspace file with Jackson's streaming parser, straight from its bytes, into a tree of
 * {@link JsonObject}s and {@link JsonList}s that records where every value starts. No data binding
 * is used, and so no polymorphic typing of any kind.
 */
final class LocatedJson {

    private static final Pattern QUOTED_CHAR = Pattern.compile("^Unexpected character \\('(.)' \\(code (\\d+)[^)]*\\)\\)");
    private static final Pattern TOKEN = Pattern.compile("^Unrecognized token '([^']*)'");
    private static final Said NUL = new Said("a NUL (zero) byte is not allowed in a workspace file; remove it (such bytes come from "
            + "a damaged file or one saved in another encoding)", "un byte NUL (cero) no se permite en un archivo del espacio de trabajo;"
            + " quítelo (esos bytes vienen de un archivo dañado o guardado con otra codificación)");
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");
    private static final Pattern CONTROL = Pattern.compile("\\(CTRL-CHAR, code (\\d+)\\)");

    /** The most characters the parser reads of a number; {@link Bounds#ANY} allows far fewer. */
    private static final int LONGEST_NUMBER = 100;

    private final Limits limits;
    private final JsonFactory factory;

    LocatedJson(Limits limits) {
        this.limits = limits;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxDocumentLength(limits.maxDocumentLength())
                        // a number's digits are few (Bounds): a longer one is refused while it is read
                        .maxNumberLength(LONGEST_NUMBER)
                        .build())
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
    }

    Limits limits() {
        return limits;
    }

    /**
     * Parses a file's bytes.
     *
     * @param file the file's name relative to the workspace, for problems
     * @return the parsed file, or null when it is not valid JSON (the reason is added to problems)
     */
    ParsedFile parse(String file, byte[] bytes, Problems problems) {
        return parse(file, bytes, problems, new SharedStrings());
    }

    /**
     * Parses a file's bytes, sharing the short texts read with other files.
     *
     * @param file the file's name relative to the workspace, for problems
     * @param strings gives one instance of each short text
     * @return the parsed file, or null when it is not valid JSON (the reason is added to problems)
     */
    ParsedFile parse(String file, byte[] bytes, Problems problems, SharedStrings strings) {
        if (bytes.length > limits.maxDocumentLength()) {
            problems.add(Severity.ERROR, file, Position.UNKNOWN, "", tooLongMessage(bytes.length), tooLong(bytes.length).es());
            return null;
        }
        if (looksLikeUtf16(bytes)) {
            problems.add(Severity.ERROR, file, new Position(1, 1), "",
                    "the file is saved as UTF-16 (two bytes a character), not as UTF-8 text; save it with the UTF-8 encoding",
                    "el archivo está guardado como UTF-16 (dos bytes por carácter), no como texto UTF-8; guárdelo con la codificación UTF-8");
            return null;
        }
        int malformed = Utf8.firstMalformed(bytes);
        if (malformed >= 0) {
            problems.add(Severity.ERROR, file, Source.positionOfByte(bytes, malformed), "",
                    String.format(Locale.ROOT, "invalid UTF-8 (byte 0x%02X): the file must be UTF-8 text; save it with the UTF-8 "
                            + "encoding, or type the character here again", bytes[malformed] & 0xFF),
                    String.format(Locale.ROOT, "UTF-8 no válido (byte 0x%02X): el archivo debe ser texto UTF-8; guárdelo con la codificación"
                            + " UTF-8, o vuelva a escribir aquí el carácter", bytes[malformed] & 0xFF));
            return null;
        }
        // A byte order mark some editors add is not part of the JSON.
        int start = Utf8.startsWithByteOrderMark(bytes, 0) ? Utf8.BYTE_ORDER_MARK.length : 0;
        ParsedFile parsed = readsAsUtf8(bytes, start) ? readBytes(file, bytes, start, strings) : null;
        if (parsed == null) {
            // Rare: the file is not valid JSON, or holds a key twice. Its text is read again the careful
            // way, which says what is wrong where an editor shows it (columns counting characters).
            parsed = readText(file, new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8), problems, strings);
        }
        return parsed;
    }

    /**
     * True when the file starts as UTF-16 text does: with its byte order mark, or with two
     * characters of the ASCII range each beside a zero byte, as "{" and a line break are written in UTF-16.
     */
    private static boolean looksLikeUtf16(byte[] bytes) {
        if (bytes.length < 2) {
            return false;
        }
        int first = bytes[0] & 0xFF;
        int second = bytes[1] & 0xFF;
        if (first == 0xFF && second == 0xFE || first == 0xFE && second == 0xFF) {
            return true;
        }
        return bytes.length >= 4 && (ascii(bytes[0]) && bytes[1] == 0 && ascii(bytes[2]) && bytes[3] == 0
                || bytes[0] == 0 && ascii(bytes[1]) && bytes[2] == 0 && ascii(bytes[3]));
    }

    private static boolean ascii(byte b) {
        return b > 0;
    }

    /**
     * True when Jackson reads these bytes as UTF-8 from {@code start}. It guesses the encoding from
     * the first four bytes, taking zero bytes for UTF-16 or UTF-32, and skips a byte order mark;
     * the text of such bytes is not JSON, so they are not read as bytes at all.
     */
    private static boolean readsAsUtf8(byte[] bytes, int start) {
        if (Utf8.startsWithByteOrderMark(bytes, start)) {
            return false;
        }
        for (int i = start; i < Math.min(bytes.length, start + 4); i++) {
            if (bytes[i] == 0) {
                return false;
            }
        }
        return true;
    }

    /** Reads a valid file straight from its bytes; null for anything else (a file that is not JSON, or a key given twice). */
    private ParsedFile readBytes(String file, byte[] bytes, int start, SharedStrings strings) {
        Source source = Source.ofBytes(bytes, start);
        try (JsonParser parser = factory.createParser(bytes, start, bytes.length - start)) {
            if (parser.nextToken() == null) {
                return null;
            }
            long rootPlace = place(parser, source);
            BytesReading reading = new BytesReading(parser, source, strings);
            Object root = reading.value();
            if (reading.keyGivenTwice || parser.nextToken() != null) {
                return null;
            }
            return new ParsedFile(file, root, rootPlace, source);
        } catch (IOException e) {
            return null;
        }
    }

    /** The reading of a valid file from its bytes: nothing is reported, and nothing is done that only a problem needs. */
    private static final class BytesReading {

        private final JsonParser parser;
        private final Source source;
        private final SharedStrings strings;
        private final Members members = new Members();
        private boolean keyGivenTwice;

        BytesReading(JsonParser parser, Source source, SharedStrings strings) {
            this.parser = parser;
            this.source = source;
            this.strings = strings;
        }

        /** The value at the current token. */
        Object value() throws IOException {
            switch (parser.currentToken()) {
                case START_OBJECT: {
                    int mark = members.mark();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String key = parser.currentName();
                        parser.nextToken();
                        long place = place(parser, source);
                        members.add(key, value(), place);
                    }
                    keyGivenTwice |= members.keyGivenTwice(mark);
                    return members.object(mark);
                }
                case START_ARRAY: {
                    int mark = members.mark();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        long place = place(parser, source);
                        members.add(null, value(), place);
                    }
                    return members.list(mark);
                }
                default:
                    return scalar(parser, strings);
            }
        }
    }

    /**
     * Reads a file's text the careful way, reporting what is wrong: a key given twice (the first is
     * kept), or what makes it invalid JSON.
     *
     * @return the parsed file, or null when it is not valid JSON
     */
    private ParsedFile readText(String file, String text, Problems problems, SharedStrings strings) {
        Source source = Source.ofText(text);
        JsonParser parser;
        try {
            parser = factory.createParser(text);
        } catch (IOException e) {
            problems.add(Severity.ERROR, file, Position.UNKNOWN, "", "the file could not be read as JSON", NOT_JSON_ES);
            return null;
        }
        try (parser) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(Severity.ERROR, file, new Position(1, 1), "",
                        "the file is empty; it must hold a JSON object, {...}", "el archivo está vacío; debe contener un objeto JSON, {...}");
                return null;
            }
            long rootPlace = place(parser, source);
            Object root = new TextReading(parser, source, strings, file, problems).value(JsonPaths.ROOT);
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                problems.add(Severity.ERROR, file, position(parser.currentTokenLocation()), "",
                        "there is more after the end of the JSON value that starts the file; "
                                + "a file holds one object {...}: remove what follows its closing '}'", "hay algo más después del final del valor"
                                + " JSON con que empieza el archivo; un archivo contiene un objeto {...}: quite lo que sigue a su '}' de cierre");
                return null;
            }
            return new ParsedFile(file, root, rootPlace, source);
        } catch (StreamConstraintsException e) {
            // A limit is met while reading on: where the parser stands is where the problem is.
            JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            JsonLocation token = parser.currentTokenLocation();
            if (startsNumber(text, token)) {
                // the parser gathers a number's digits as text, and so may call a long number a long text
                problems.add(Severity.ERROR, file, position(token), "", "a number here has too many digits for a workspace file: give "
                        + Bounds.ANY.describe(), "un número de aquí tiene demasiadas cifras para un archivo del espacio de trabajo: indique "
                        + Bounds.ANY.describe("es"));
                return null;
            }
            Said said = constraintMessage(e);
            problems.add(Severity.ERROR, file, position(at), "", said.en(), said.es());
            return null;
        } catch (JsonProcessingException e) {
            Said said = syntax(e.getOriginalMessage());
            problems.add(Severity.ERROR, file, errorPosition(e, text), "", said.en(), said.es());
            return null;
        } catch (NumberOutOfBounds e) {
            problems.add(Severity.ERROR, file, position(e.location), e.path, e.getMessage(), e.messageEs);
            return null;
        } catch (IOException e) {
            // Reading from a String fails only on malformed input, reported above; keep a plain message regardless.
            problems.add(Severity.ERROR, file, Position.UNKNOWN, "", "the file could not be read as JSON", NOT_JSON_ES);
            return null;
        }
    }

    /** Whether a number starts where the parser's current token starts. */
    private static boolean startsNumber(String text, JsonLocation token) {
        long offset = token == null ? -1 : token.getCharOffset();
        if (offset < 0 || offset >= text.length()) {
            return false;
        }
        char c = text.charAt((int) offset);
        return c == '-' || c >= '0' && c <= '9';
    }

    /** The careful reading of a file's text, with the JSON path of each value at hand for a problem. */
    private static final class TextReading {

        private final JsonParser parser;
        private final Source source;
        private final SharedStrings strings;
        private final String file;
        private final Problems problems;
        private final Members members = new Members();

        TextReading(JsonParser parser, Source source, SharedStrings strings, String file, Problems problems) {
            this.parser = parser;
            this.source = source;
            this.strings = strings;
            this.file = file;
            this.problems = problems;
        }

        /** The value at the current token. */
        Object value(String path) throws IOException {
            switch (parser.currentToken()) {
                case START_OBJECT: {
                    int mark = members.mark();
                    Map<String, Position> keys = new HashMap<>();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String key = parser.currentName();
                        Position keyAt = position(parser.currentTokenLocation());
                        parser.nextToken();
                        String childPath = JsonPaths.key(path, key);
                        Position first = keys.get(key);
                        if (first != null) {
                            // Read the value aside: the first one is kept.
                            value(childPath + "#duplicate");
                            problems.add(Severity.ERROR, file, keyAt, childPath, "the key '" + key
                                    + "' appears twice in this object (first at line " + first.line() + ", column "
                                    + first.column() + "); keep only one of them", "la clave '" + key + "' aparece dos veces en este objeto"
                                    + " (la primera en la línea " + first.line() + ", columna " + first.column() + "); deje solo una");
                            continue;
                        }
                        keys.put(key, keyAt);
                        long place = place(parser, source);
                        members.add(key, value(childPath), place);
                    }
                    return members.object(mark);
                }
                case START_ARRAY: {
                    int mark = members.mark();
                    int index = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        long place = place(parser, source);
                        members.add(null, value(JsonPaths.index(path, index++)), place);
                    }
                    return members.list(mark);
                }
                default:
                    try {
                        return scalar(parser, strings);
                    } catch (NumberOutOfBounds e) {
                        e.path = path;
                        throw e;
                    }
            }
        }
    }

    /** Where the value at the parser's current token starts. */
    private static long place(JsonParser parser, Source source) {
        return source.place(parser.currentTokenLocation());
    }

    /**
     * The members or elements of the objects and lists being read, the innermost's last: an object
     * or list is made from its part when it is complete, once, at its size. One file's reading uses
     * it, so what is taken off need not be cleared.
     */
    private static final class Members {

        private String[] keys = new String[64];
        private Object[] values = new Object[64];
        private long[] places = new long[64];
        private int size;

        int mark() {
            return size;
        }

        void add(String key, Object value, long place) {
            if (size == values.length) {
                keys = Arrays.copyOf(keys, size * 2);
                values = Arrays.copyOf(values, size * 2);
                places = Arrays.copyOf(places, size * 2);
            }
            keys[size] = key;
            values[size] = value;
            places[size] = place;
            size++;
        }

        /** Whether a key is given twice among the members added since {@code mark}: pairwise for the few keys of most objects, by hashing for many. */
        boolean keyGivenTwice(int mark) {
            if (size - mark <= 16) {
                for (int i = mark + 1; i < size; i++) {
                    for (int j = mark; j < i; j++) {
                        if (keys[i].equals(keys[j])) {
                            return true;
                        }
                    }
                }
                return false;
            }
            Set<String> seen = new HashSet<>();
            for (int i = mark; i < size; i++) {
                if (!seen.add(keys[i])) {
                    return true;
                }
            }
            return false;
        }

        /** The object of the members added since {@code mark}, which are taken off. */
        JsonObject object(int mark) {
            JsonObject object = new JsonObject(Arrays.copyOfRange(keys, mark, size), Arrays.copyOfRange(values, mark, size),
                    Arrays.copyOfRange(places, mark, size));
            size = mark;
            return object;
        }

        /** The list of the elements added since {@code mark}, which are taken off. */
        JsonList list(int mark) {
            JsonList list = new JsonList(Arrays.copyOfRange(values, mark, size), Arrays.copyOfRange(places, mark, size));
            size = mark;
            return list;
        }
    }

    /**
     * A number outside what a workspace may hold ({@link Bounds#ANY}), found from its text before it
     * is turned into a number: {@code 1e999999999} is refused without being written out.
     */
    static final class NumberOutOfBounds extends IOException {

        private static final long serialVersionUID = 1L;

        private final transient JsonLocation location;
        private final String messageEs;

        /** The JSON path of the number, where the careful reading knows it. */
        private String path = "";

        NumberOutOfBounds(JsonLocation location, CharSequence text) {
            super("the number " + shortened(text) + " is outside the range of numbers a workspace file may hold: give "
                    + Bounds.ANY.describe());
            this.location = location;
            this.messageEs = "el número " + shortened(text) + " está fuera del intervalo de números que puede contener un archivo del"
                    + " espacio de trabajo: indique " + Bounds.ANY.describe("es");
        }

        private static String shortened(CharSequence text) {
            return text.length() > 30 ? text.subSequence(0, 20) + "... (" + text.length() + " characters)" : text.toString();
        }
    }

    /** A value that is neither an object nor a list; numbers keep the form they are written in. */
    private static Object scalar(JsonParser parser, SharedStrings strings) throws IOException {
        JsonToken token = parser.currentToken();
        // a whole number of at most fifteen characters is within the bounds: only the others are looked at
        if (token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT && parser.getTextLength() > 15) {
            CharSequence text = CharBuffer.wrap(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
            if (!Bounds.allows(text)) {
                throw new NumberOutOfBounds(parser.currentTokenLocation(), text);
            }
        }
        switch (token) {
            case VALUE_STRING:
                return strings.share(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
            case VALUE_NUMBER_INT:
                switch (parser.getNumberType()) {
                    case INT:
                        return parser.getIntValue();
                    case LONG:
                        return parser.getLongValue();
                    default:
                        return parser.getBigIntegerValue();
                }
            case VALUE_NUMBER_FLOAT:
                return parser.getDecimalValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return JsonNull.NULL;
            default:
                throw new IllegalStateException("unexpected JSON token " + token);
        }
    }

    /**
     * Where a syntax error is: where the parser stands, except for a control character between
     * tokens, which it reports after having read it: then the character's own column.
     */
    private static Position errorPosition(JsonProcessingException e, String text) {
        Position at = position(e.getLocation());
        Matcher token = TOKEN.matcher(String.valueOf(e.getOriginalMessage()));
        if (token.find() && at.line() > 0 && firstInvisible(token.group(1)) > 0) {
            // the parser names the token where it starts; the control character in it is further on
            return new Position(at.line(), at.column() + firstInvisible(token.group(1)));
        }
        Matcher control = CONTROL.matcher(String.valueOf(e.getOriginalMessage()));
        long offset = e.getLocation() == null ? -1 : e.getLocation().getCharOffset();
        if (control.find() && at.line() > 0 && offset >= 0 && offset <= text.length()) {
            // The parser stands before, on or after the character it names (after it between tokens, before it in a
            // number): the character's own place is where it occurs from one before on that line.
            char code = (char) Integer.parseInt(control.group(1));
            for (int i = (int) Math.max(offset - 1, 0); code != '\n' && code != '\r' && i < text.length()
                    && text.charAt(i) != '\n' && text.charAt(i) != '\r'; i++) {
                if (text.charAt(i) == code) {
                    return new Position(at.line(), at.column() + (int) (i - offset));
                }
            }
        }
        return at;
    }

    /** Where the first control or invisible character of a text is, or -1. */
    private static int firstInvisible(String text) {
        Matcher m = INVISIBLE.matcher(text);
        return m.find() ? m.start() : -1;
    }

    private static Position position(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return Position.UNKNOWN;
        }
        return new Position(location.getLineNr(), Math.max(location.getColumnNr(), 0));
    }

    String tooLongMessage(long length) {
        return tooLong(length).en();
    }

    /** A file over the limit, in both languages. */
    Said tooLong(long length) {
        return new Said("the file is " + number(length) + " bytes long, more than the limit of "
                + number(limits.maxDocumentLength()) + " for a workspace file; split it or remove what is not needed",
                "el archivo tiene " + number(length) + " bytes, más que el límite de " + number(limits.maxDocumentLength())
                        + " para un archivo del espacio de trabajo; divídalo o quite lo que no haga falta");
    }

    private static final String NOT_JSON_ES = "el archivo no se pudo leer como JSON";

    private Said constraintMessage(StreamConstraintsException e) {
        String raw = String.valueOf(e.getOriginalMessage());
        if (raw.contains("nesting depth")) {
            return new Said("objects and lists are nested more than " + limits.maxNestingDepth()
                    + " levels deep, the limit for a workspace file; check for brackets that are opened but never closed",
                    "los objetos y las listas están anidados más de " + limits.maxNestingDepth() + " niveles, el límite para un archivo"
                            + " del espacio de trabajo; busque corchetes o llaves que se abren y nunca se cierran");
        }
        if (raw.contains("String value length")) {
            return new Said("a text here is longer than " + number(limits.maxStringLength())
                    + " characters, the limit for a workspace file; shorten it or keep it in a separate file and link to it",
                    "un texto de aquí tiene más de " + number(limits.maxStringLength()) + " caracteres, el límite para un archivo del"
                            + " espacio de trabajo; acórtelo o guárdelo en un archivo aparte y enlácelo");
        }
        if (raw.contains("Document length")) {
            return new Said("the file is longer than " + number(limits.maxDocumentLength())
                    + " characters, the limit for a workspace file; split it or remove what is not needed",
                    "el archivo tiene más de " + number(limits.maxDocumentLength()) + " caracteres, el límite para un archivo del"
                            + " espacio de trabajo; divídalo o quite lo que no haga falta");
        }
        if (raw.contains("Number value length")) {
            return new Said("a number here has too many digits for a workspace file: give " + Bounds.ANY.describe(),
                    "un número de aquí tiene demasiadas cifras para un archivo del espacio de trabajo: indique " + Bounds.ANY.describe("es"));
        }
        if (raw.contains("Name length")) {
            return new Said("a key here is too long; use a shorter key", "una clave de aquí es demasiado larga; use una clave más corta");
        }
        return new Said("the file exceeds a size limit for workspace files; make it smaller",
                "el archivo supera un límite de tamaño de los archivos del espacio de trabajo; hágalo más pequeño");
    }

    /** Turns the parser's message into plain words that say how to fix the file. */
    static String syntaxMessage(String raw) {
        return syntax(raw).en();
    }

    /** {@link #syntaxMessage} in both languages. */
    static Said syntax(String raw) {
        String message = raw == null ? "" : raw;
        Matcher quoted = QUOTED_CHAR.matcher(message);
        Matcher control = CONTROL.matcher(message);
        if (control.find()) {
            int code = Integer.parseInt(control.group(1));
            if (code == 0) {
                return NUL;
            }
            boolean whiteSpace = code == '\n' || code == '\r' || code == '\t';
            if (whiteSpace && message.startsWith("Illegal unquoted character")) {
                return new Said("a text may not contain a raw line break or tab; write \\n or \\t instead",
                        "un texto no puede contener un salto de línea o un tabulador sin escapar; escriba \\n o \\t en su lugar");
            }
            if (!whiteSpace) {
                return control(code);
            }
        }
        // (after the control characters: a NUL or a control inside an escape is named as such)
        if (message.contains("expected a hex-digit for character escape sequence")) {
            return new Said("a \\u escape needs four hexadecimal digits (0-9, a-f), e.g. \\u00e1 for á; write \\\\ for a backslash",
                    "un escape \\u necesita cuatro dígitos hexadecimales (0-9, a-f), p. ej. \\u00e1 para á; escriba \\\\ para una barra"
                            + " invertida");
        }
        if (message.startsWith("Unexpected end-of-input")) {
            return new Said("the file ends before the JSON is complete: a closing '}', ']' or '\"' is missing",
                    "el archivo termina antes de que el JSON esté completo: falta un '}', ']' o '\"' de cierre");
        }
        if (message.contains("was expecting double-quote to start field name")) {
            if (quoted.find() && "}".equals(quoted.group(1))) {
                return new Said("there is a comma before this '}'; remove it (JSON allows no comma after the last entry)",
                        "hay una coma antes de esta '}'; quítela (JSON no permite una coma después de la última entrada)");
            }
            return new Said("a key must be written in double quotes, e.g. \"title\"", "una clave se escribe entre comillas dobles, p. ej. \"title\"");
        }
        if (message.contains("was expecting comma to separate Object entries")) {
            return new Said("a comma is missing between two entries of this object", "falta una coma entre dos entradas de este objeto");
        }
        if (message.contains("was expecting comma to separate Array entries")) {
            return new Said("a comma is missing between two entries of this list", "falta una coma entre dos entradas de esta lista");
        }
        if (message.contains("was expecting a colon to separate field name and value")) {
            return new Said("a ':' is missing between a key and its value", "falta ':' entre una clave y su valor");
        }
        if (message.startsWith("Unexpected close marker")) {
            return new Said("this closing bracket does not match the one that was opened; check the '{' '}' and '[' ']' pairs",
                    "este cierre no corresponde al que se abrió; revise los pares '{' '}' y '[' ']'");
        }
        if (message.startsWith("Unrecognized character escape")) {
            return new Said("this backslash escape is not valid JSON; write \\\\ for a backslash",
                    "este escape con barra invertida no es JSON válido; escriba \\\\ para una barra invertida");
        }
        Matcher token = TOKEN.matcher(message);
        if (token.find()) {
            int invisible = firstInvisible(token.group(1));
            if (invisible >= 0) {
                int code = token.group(1).codePointAt(invisible);
                return code == 0 ? NUL : control(code);
            }
            return new Said("'" + token.group(1) + "' is not a JSON value; put texts in double quotes, "
                    + "and write true, false and null in lower case", "'" + token.group(1) + "' no es un valor JSON; ponga los textos entre"
                    + " comillas dobles y escriba true, false y null en minúsculas");
        }
        if (quoted.find()) {
            switch (quoted.group(1)) {
                case "]":
                    return new Said("there is a comma before this ']' or a value is missing; remove the comma after the last entry",
                            "hay una coma antes de este ']' o falta un valor; quite la coma después de la última entrada");
                case "/":
                case "#":
                    return new Said("JSON does not allow comments; remove this one (or keep the note in a \"note\" field)",
                            "JSON no permite comentarios; quite este (o guarde la nota en un campo \"note\")");
                case "'":
                    return new Said("JSON texts and keys use double quotes (\"), not single quotes",
                            "los textos y las claves de JSON usan comillas dobles (\"), no simples");
                default:
                    int code = Integer.parseInt(quoted.group(2));
                    boolean unseen = Character.isISOControl(code) || !Character.isDefined(code) || Character.getType(code) == Character.FORMAT;
                    return new Said((unseen ? String.format(Locale.ROOT, "the character U+%04X", code) : "the character '" + quoted.group(1) + "'")
                            + " is not allowed here; check the JSON syntax around it", (unseen ? String.format(Locale.ROOT, "el carácter U+%04X", code)
                            : "el carácter '" + quoted.group(1) + "'") + " no se permite aquí; revise la sintaxis JSON a su alrededor");
            }
        }
        if (message.startsWith("Invalid numeric value") || message.startsWith("Non-standard token")
                || message.contains("in numeric value")) {
            return new Said("this is not a valid JSON number; write numbers like 3800 or 12.5",
                    "este no es un número JSON válido; escriba los números como 3800 o 12.5");
        }
        // Anything else: keep the parser's words, minus its technical references.
        String plain = message.split("\n", 2)[0]
                .replaceAll("\\(CTRL-CHAR, code \\d+\\)", "a control character")
                .replaceAll("\\[Source:[^\\]]*\\]", "")
                .replaceAll("\\(code \\d+[^)]*\\)", "")
                .replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "")
                .replaceAll("`[^`]*`", "")
                .replaceAll("\\(?[A-Za-z]*Feature[^)]*\\)?", "")
                .replaceAll("\\s+", " ")
                .trim();
        // the parser's own words are English: the Spanish says where (the problem's line and column) and what to do, without them
        return new Said("invalid JSON: " + (plain.isEmpty() ? "check the syntax here" : plain), "JSON no válido en este punto: revise"
                + " la sintaxis aquí (claves y textos entre comillas dobles, una coma entre dos entradas, cada '{' y '[' con su cierre)");
    }

    private static Said control(int code) {
        return new Said(String.format(Locale.ROOT, "a control character (U+%04X) is not allowed here; remove it", code),
                String.format(Locale.ROOT, "un carácter de control (U+%04X) no se permite aquí; quítelo", code));
    }

    private static String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.US).format(value);
    }
}
