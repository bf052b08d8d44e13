package mou.store.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mou.core.spi.Problem.Severity;

/**
 * Reads a workspace file into a Jackson tree with Jackson's streaming parser, recording the
 * line and column of every value by its JSON path. Only the tree model is used: no data binding,
 * and so no polymorphic typing of any kind.
 */
final class LocatedJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern QUOTED_CHAR = Pattern.compile("^Unexpected character \\('(.)' \\(code (\\d+)\\)\\)");
    private static final Pattern TOKEN = Pattern.compile("^Unrecognized token '([^']*)'");

    private final Limits limits;
    private final JsonFactory factory;

    LocatedJson(Limits limits) {
        this.limits = limits;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxDocumentLength(limits.maxDocumentLength())
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
        if (bytes.length > limits.maxDocumentLength()) {
            problems.add(Severity.ERROR, file, Position.UNKNOWN, "", tooLongMessage(bytes.length));
            return null;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            problems.add(Severity.ERROR, file, Position.UNKNOWN, "",
                    "the file is not valid UTF-8 text; save it with the UTF-8 encoding");
            return null;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a byte order mark some editors add; it is not part of the JSON
        }
        // Parsing from characters (not bytes) makes columns count characters, as editors do.
        Map<String, Position> positions = new HashMap<>();
        JsonParser parser;
        try {
            parser = factory.createParser(text);
        } catch (IOException e) {
            problems.add(Severity.ERROR, file, Position.UNKNOWN, "", "the file could not be read as JSON");
            return null;
        }
        try (parser) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(Severity.ERROR, file, new Position(1, 1), "",
                        "the file is empty; it must hold a JSON object, {...}");
                return null;
            }
            JsonNode root = readValue(parser, JsonPaths.ROOT, positions, file, problems);
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                problems.add(Severity.ERROR, file, position(parser.currentTokenLocation()), "",
                        "there is more after the end of the JSON value that starts the file; "
                                + "a file holds one object {...}: remove what follows its closing '}'");
                return null;
            }
            return new ParsedFile(file, root, positions);
        } catch (StreamConstraintsException e) {
            // A limit is met while reading on: where the parser stands is where the problem is.
            JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            problems.add(Severity.ERROR, file, position(at), "", constraintMessage(e));
            return null;
        } catch (JsonProcessingException e) {
            problems.add(Severity.ERROR, file, position(e.getLocation()), "", syntaxMessage(e.getOriginalMessage()));
            return null;
        } catch (IOException e) {
            // Reading from a String fails only on malformed input, reported above; keep a plain message regardless.
            problems.add(Severity.ERROR, file, Position.UNKNOWN, "", "the file could not be read as JSON");
            return null;
        }
    }

    private JsonNode readValue(JsonParser parser, String path, Map<String, Position> positions,
            String file, Problems problems) throws IOException {
        positions.put(path, position(parser.currentTokenLocation()));
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                Map<String, Position> keys = new HashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    Position keyAt = position(parser.currentTokenLocation());
                    parser.nextToken();
                    String childPath = JsonPaths.key(path, name);
                    if (keys.containsKey(name)) {
                        Position first = keys.get(name);
                        // Read the value aside so the first one's positions stay those recorded.
                        readValue(parser, childPath + "#duplicate", new HashMap<>(), file, problems);
                        problems.add(Severity.ERROR, file, keyAt, childPath, "the key '" + name
                                + "' appears twice in this object (first at line " + first.line() + ", column "
                                + first.column() + "); keep only one of them");
                        continue;
                    }
                    keys.put(name, keyAt);
                    object.set(name, readValue(parser, childPath, positions, file, problems));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(readValue(parser, JsonPaths.index(path, index++), positions, file, problems));
                }
                return array;
            }
            case VALUE_STRING:
                return TextNode.valueOf(parser.getText());
            case VALUE_NUMBER_INT:
                switch (parser.getNumberType()) {
                    case INT:
                        return IntNode.valueOf(parser.getIntValue());
                    case LONG:
                        return LongNode.valueOf(parser.getLongValue());
                    default:
                        return BigIntegerNode.valueOf(parser.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                // DecimalNode.valueOf keeps the scale as written (1.50 stays 1.50); the factory would strip zeros.
                return DecimalNode.valueOf(parser.getDecimalValue());
            case VALUE_TRUE:
                return BooleanNode.TRUE;
            case VALUE_FALSE:
                return BooleanNode.FALSE;
            case VALUE_NULL:
                return NullNode.getInstance();
            default:
                throw new IllegalStateException("unexpected JSON token " + token);
        }
    }

    private static Position position(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return Position.UNKNOWN;
        }
        return new Position(location.getLineNr(), Math.max(location.getColumnNr(), 0));
    }

    String tooLongMessage(long length) {
        return "the file is " + number(length) + " bytes long, more than the limit of "
                + number(limits.maxDocumentLength()) + " for a workspace file; split it or remove what is not needed";
    }

    private String constraintMessage(StreamConstraintsException e) {
        String raw = String.valueOf(e.getOriginalMessage());
        if (raw.contains("nesting depth")) {
            return "objects and lists are nested more than " + limits.maxNestingDepth()
                    + " levels deep, the limit for a workspace file; check for brackets that are opened but never closed";
        }
        if (raw.contains("String value length")) {
            return "a text here is longer than " + number(limits.maxStringLength())
                    + " characters, the limit for a workspace file; shorten it or keep it in a separate file and link to it";
        }
        if (raw.contains("Document length")) {
            return "the file is longer than " + number(limits.maxDocumentLength())
                    + " characters, the limit for a workspace file; split it or remove what is not needed";
        }
        if (raw.contains("Number value length")) {
            return "a number here has too many digits; write it with fewer digits";
        }
        if (raw.contains("Name length")) {
            return "a key here is too long; use a shorter key";
        }
        return "the file exceeds a size limit for workspace files; make it smaller";
    }

    /** Turns the parser's message into plain words that say how to fix the file. */
    static String syntaxMessage(String raw) {
        String message = raw == null ? "" : raw;
        Matcher quoted = QUOTED_CHAR.matcher(message);
        if (message.startsWith("Unexpected end-of-input")) {
            return "the file ends before the JSON is complete: a closing '}', ']' or '\"' is missing";
        }
        if (message.contains("was expecting double-quote to start field name")) {
            if (quoted.find() && "}".equals(quoted.group(1))) {
                return "there is a comma before this '}'; remove it (JSON allows no comma after the last entry)";
            }
            return "a key must be written in double quotes, e.g. \"title\"";
        }
        if (message.contains("was expecting comma to separate Object entries")) {
            return "a comma is missing between two entries of this object";
        }
        if (message.contains("was expecting comma to separate Array entries")) {
            return "a comma is missing between two entries of this list";
        }
        if (message.contains("was expecting a colon to separate field name and value")) {
            return "a ':' is missing between a key and its value";
        }
        if (message.startsWith("Unexpected close marker")) {
            return "this closing bracket does not match the one that was opened; check the '{' '}' and '[' ']' pairs";
        }
        if (message.startsWith("Illegal unquoted character")) {
            return "a text may not contain a raw line break or tab; write \\n or \\t instead";
        }
        if (message.startsWith("Unrecognized character escape")) {
            return "this backslash escape is not valid JSON; write \\\\ for a backslash";
        }
        Matcher token = TOKEN.matcher(message);
        if (token.find()) {
            return "'" + token.group(1) + "' is not a JSON value; put texts in double quotes, "
                    + "and write true, false and null in lower case";
        }
        if (quoted.find()) {
            switch (quoted.group(1)) {
                case "]":
                    return "there is a comma before this ']' or a value is missing; remove the comma after the last entry";
                case "/":
                case "#":
                    return "JSON does not allow comments; remove this one (or keep the note in a \"note\" field)";
                case "'":
                    return "JSON texts and keys use double quotes (\"), not single quotes";
                default:
                    return "the character '" + quoted.group(1) + "' is not allowed here; check the JSON syntax around it";
            }
        }
        if (message.startsWith("Invalid numeric value") || message.startsWith("Non-standard token")
                || message.contains("in numeric value")) {
            return "this is not a valid JSON number; write numbers like 3800 or 12.5";
        }
        // Anything else: keep the parser's words, minus its technical references.
        String plain = message.split("\n", 2)[0]
                .replaceAll("\\(CTRL-CHAR, code \\d+\\)", "a control character")
                .replaceAll("\\[Source:[^\\]]*\\]", "")
                .replaceAll("\\(code \\d+\\)", "")
                .replaceAll("`[^`]*`", "")
                .replaceAll("\\(?[A-Za-z]*Feature[^)]*\\)?", "")
                .replaceAll("\\s+", " ")
                .trim();
        return "invalid JSON: " + (plain.isEmpty() ? "check the syntax here" : plain);
    }

    private static String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.US).format(value);
    }
}
