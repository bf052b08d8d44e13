package mou.cycle.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import net.sf.okapi.lib.xliff2.core.Fragment;
import net.sf.okapi.lib.xliff2.core.Note;
import net.sf.okapi.lib.xliff2.core.Part;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.StartFileData;
import net.sf.okapi.lib.xliff2.core.StartXliffData;
import net.sf.okapi.lib.xliff2.core.Tag;
import net.sf.okapi.lib.xliff2.core.TargetState;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.metadata.IMetadataItem;
import net.sf.okapi.lib.xliff2.metadata.Meta;
import net.sf.okapi.lib.xliff2.metadata.MetaGroup;
import net.sf.okapi.lib.xliff2.metadata.Metadata;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import net.sf.okapi.lib.xliff2.writer.XLIFFWriter;

/**
 * XLIFF 2.0 documents of the workspace's texts, written and read with Okapi's XLIFF 2 library (no XML
 * by hand). A document has one {@code <file>} per workspace file and one {@code <unit>} per text; the
 * unit's id is the text's path in the file ({@link #unitId}), its name the JSON-pointer form of that
 * path, a note says the whole place, and the metadata module ({@code <mda:meta type="english">} in the
 * group {@value #META_GROUP}) carries the fingerprint of the English it was exported with.
 *
 * <p>Reading first checks the bytes with the platform's StAX parser with DTDs off: a document with a
 * DOCTYPE (and so any entity, internal or external) is refused, as is one nested deeper than
 * {@value #DEEPEST} elements or not well-formed (with its line and column); only then does Okapi read it,
 * with its full validation (XLIFF 2.0 schemas and constraints).
 */
final class Xliff {

    /** The metadata group of mou-progress in a unit. */
    static final String META_GROUP = "mou-progress";
    /** The meta holding the fingerprint of the English the unit was exported with. */
    static final String META_ENGLISH = "english";
    /** The note category of the place note. */
    static final String NOTE_PLACE = "location";
    /** The note category of the note on a stale translation. */
    static final String NOTE_STALE = "english-changed";
    /** The largest file read: some fifty times a full export of the 2016 workspace (565 KB with --all). */
    static final long LARGEST = 32L * 1024 * 1024;
    /** How deep elements may nest: an exported document nests 7 deep, a translator's tool adds a few groups. */
    static final int DEEPEST = 40;

    private static final String XLIFF_2 = "urn:oasis:names:tc:xliff:document:2.0";
    private static final Pattern LINE_COLUMN = Pattern.compile("lineNumber: (\\d+); columnNumber: (\\d+); (.*)", Pattern.DOTALL);

    /** A file that could not be read, with each problem for the person. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient List<String> problems;

        Unreadable(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        List<String> problems() {
            return problems;
        }
    }

    /** A text to write as a unit: its place, the target it starts with (or null), and whether that target is a stale translation. */
    record Out(WorkspaceTexts.Place place, String target, boolean stale) {
    }

    /**
     * A unit as read.
     *
     * @param file the {@code original} of its {@code <file>} (or its id when it has none)
     * @param id the unit's id
     * @param english the fingerprint of the English it was exported with, or null when it carries none
     * @param source its source text
     * @param target its target text (the parts in target order, an ignorable without target as its
     *        source), or null when a segment has no target
     * @param codes the inline codes of its target ({@code <ph>}, {@code <pc>}, {@code <sc>}, {@code <ec>}), as {@code <ph id="1">}
     * @param translated whether a segment's state says translated, reviewed or final
     */
    record In(String file, String id, String english, String source, String target, List<String> codes, boolean translated) {
    }

    /** A document as read: its languages and its units. */
    record Read(String sourceLanguage, String targetLanguage, List<In> units) {
    }

    private Xliff() {
    }

    /** The id of a unit for a path: its segments joined by '.', each letter, digit and '-' as it is, any other character as {@code _hhhh}. */
    static String unitId(List<String> path) {
        StringBuilder b = new StringBuilder();
        boolean first = true;
        for (String segment : path) {
            if (!first) {
                b.append('.');
            }
            first = false;
            for (int i = 0; i < segment.length(); i++) {
                char c = segment.charAt(i);
                if (c < 128 && (Character.isLetterOrDigit(c) || c == '-')) {
                    b.append(c);
                } else {
                    b.append('_').append(String.format(Locale.ROOT, "%04x", (int) c));
                }
            }
        }
        return b.toString();
    }

    /** The id of a {@code <file>} for a workspace file: its path with '.' for '/' ({@code groups.air-quality.2016.json}). */
    static String fileId(String file) {
        return unitId(List.of(file.split("/", -1))).replace("_002e", ".");
    }

    /** The document of the given units (grouped by file, in order), from English into {@code language}. */
    static byte[] write(List<Out> units, String language) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        try (XLIFFWriter writer = new XLIFFWriter()) {
            writer.setLineBreak("\n");
            writer.setUseIndentation(true);
            writer.create(out, "en", language);
            writer.writeStartDocument(new StartXliffData(null), null);
            String file = null;
            for (Out unit : units) {
                WorkspaceTexts.Place place = unit.place();
                if (!place.file().equals(file)) {
                    if (file != null) {
                        writer.writeEndFile();
                    }
                    file = place.file();
                    StartFileData start = new StartFileData(fileId(file));
                    start.setOriginal(file);
                    writer.writeStartFile(start);
                }
                writer.writeUnit(unit(unit));
            }
            if (file != null) {
                writer.writeEndFile();
            }
            writer.writeEndDocument();
        }
        return bytes.toByteArray();
    }

    private static Unit unit(Out out) {
        WorkspaceTexts.Place place = out.place();
        Unit unit = new Unit(unitId(place.path()));
        unit.setName(place.pointer());
        Metadata metadata = new Metadata();
        MetaGroup group = new MetaGroup(META_GROUP);
        group.add(new Meta(META_ENGLISH, mou.core.model.Text.fingerprint(place.text().en())));
        metadata.add(group);
        unit.setMetadata(metadata);
        Note where = new Note(place.name());
        where.setCategory(NOTE_PLACE);
        unit.addNote(where);
        if (out.stale()) {
            Note stale = new Note("The English changed after this Spanish was written: check the Spanish against the English"
                    + " and correct it, then mark the segment translated. A target left as it is and still in state initial"
                    + " is not imported.");
            stale.setCategory(NOTE_STALE);
            stale.setPriority(1);
            unit.addNote(stale);
        }
        Segment segment = unit.appendSegment();
        segment.setPreserveWS(true);
        segment.setSource(place.text().en());
        if (out.target() != null) {
            segment.setTarget(out.target());
            segment.setState(out.stale() ? TargetState.INITIAL : TargetState.TRANSLATED);
        }
        return unit;
    }

    /** Reads a document: refused with every problem found, each starting with {@code name} (and the line and column where known). */
    static Read read(byte[] bytes, String name) throws Unreadable {
        if (bytes.length > LARGEST) {
            throw new Unreadable(List.of(name + " is larger than " + LARGEST / (1024 * 1024) + " MB; translations export writes far"
                    + " smaller files (all of the 2016 workspace: 0.6 MB); for a very large workspace, export and import a group or a"
                    + " year at a time (--group, --year)"));
        }
        check(bytes, name);
        XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL);
        List<In> units = new ArrayList<>();
        String source = null;
        String target = null;
        try {
            reader.open(new ByteArrayInputStream(bytes));
            String file = null;
            while (reader.hasNext()) {
                Event event = reader.next();
                if (event.isStartXliff()) {
                    source = event.getStartXliffData().getSourceLanguage();
                    target = event.getStartXliffData().getTargetLanguage();
                } else if (event.isStartFile()) {
                    StartFileData start = event.getStartFileData();
                    file = start.getOriginal() != null && !start.getOriginal().isBlank() ? start.getOriginal() : start.getId();
                } else if (event.isUnit()) {
                    units.add(in(file, event.getUnit()));
                }
            }
        } catch (RuntimeException e) {
            // Okapi's XLIFFException and its kin: the document is no valid XLIFF 2
            throw new Unreadable(List.of(okapiProblem(name, e)));
        } finally {
            reader.close();
        }
        return new Read(source, target, units);
    }

    private static In in(String file, Unit unit) {
        StringBuilder target = new StringBuilder();
        List<String> codes = new ArrayList<>();
        boolean complete = true;
        boolean translated = false;
        List<Part> parts;
        try {
            parts = unit.getTargetOrderedParts();
        } catch (IndexOutOfBoundsException e) {
            parts = new ArrayList<>();
            unit.forEach(parts::add);
        }
        for (Part part : parts) {
            if (part instanceof Segment segment && segment.getState() != null && segment.getState() != TargetState.INITIAL) {
                translated = true;
            }
            if (part.hasTarget()) {
                Fragment fragment = part.getTarget();
                for (Tag tag : fragment.getOwnTags()) {
                    if (tag.isCode()) {
                        codes.add(describe(tag));
                    }
                }
                target.append(fragment.getPlainText());
            } else if (part.isSegment()) {
                complete = false;
            } else {
                target.append(part.getSource().getPlainText());
            }
        }
        return new In(file, unit.getId(), english(unit), unit.getPlainText(false, false), complete ? target.toString() : null,
                List.copyOf(codes), translated);
    }

    private static String describe(Tag tag) {
        String element = switch (tag.getTagType()) {
            case OPENING -> "pc or sc";
            case CLOSING -> "pc or ec";
            default -> "ph";
        };
        return "<" + element + " id=\"" + tag.getId() + "\">";
    }

    /** The fingerprint of the English a unit carries in mou-progress' metadata group, or null. */
    private static String english(Unit unit) {
        if (!unit.hasMetadata()) {
            return null;
        }
        for (MetaGroup group : unit.getMetadata()) {
            if (META_GROUP.equals(group.getCategory())) {
                for (IMetadataItem item : group) {
                    if (item instanceof Meta meta && META_ENGLISH.equals(meta.getType())) {
                        return meta.getData();
                    }
                }
            }
        }
        return null;
    }

    /**
     * Checks the bytes with the platform's StAX parser, DTDs and external entities off: well-formed,
     * no DOCTYPE, nested at most {@link #DEEPEST} deep, an XLIFF 2 root.
     */
    private static void check(byte[] bytes, String name) throws Unreadable {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            int depth = 0;
            boolean root = true;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new Unreadable(List.of(at(name, xml.getLocation()) + "the document has a DOCTYPE; an XLIFF document has none,"
                            + " and entities are not read (a file that declares them is refused)"));
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (root) {
                        root = false;
                        String namespace = xml.getNamespaceURI();
                        if (!"xliff".equals(xml.getLocalName()) || namespace == null || !namespace.startsWith("urn:oasis:names:tc:xliff:document:")) {
                            throw new Unreadable(List.of(name + " is not an XLIFF document (its first element is <" + xml.getName().getLocalPart()
                                    + ">); give the file that translations export wrote, as your translation tool saved it"));
                        }
                        if (!XLIFF_2.equals(namespace)) {
                            throw new Unreadable(List.of(name + " is XLIFF " + namespace.substring(namespace.lastIndexOf(':') + 1)
                                    + "; mou-progress reads XLIFF 2.0, the version translations export writes: save the translation"
                                    + " as XLIFF 2.0 (the file's own format)"));
                        }
                    }
                    if (++depth > DEEPEST) {
                        throw new Unreadable(List.of(at(name, xml.getLocation()) + "elements nest more than " + DEEPEST
                                + " deep; a document of translations nests a few levels"));
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            if (root) {
                throw new Unreadable(List.of(name + " is empty; give the file that translations export wrote"));
            }
        } catch (XMLStreamException e) {
            throw new Unreadable(List.of(at(name, e.getLocation()) + "the XML is malformed: " + streamMessage(e)));
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException e) {
                    // nothing more to read
                }
            }
        }
    }

    private static String at(String name, Location location) {
        return location == null || location.getLineNumber() < 0 ? name + ": "
                : name + ":" + location.getLineNumber() + ":" + location.getColumnNumber() + ": ";
    }

    /** The parser's own words without its position prefix ("ParseError at [row,col]:[4,37]\nMessage: ..."). */
    private static String streamMessage(XMLStreamException e) {
        String message = e.getMessage() == null ? "it cannot be read" : e.getMessage();
        int at = message.indexOf("Message: ");
        return (at >= 0 ? message.substring(at + "Message: ".length()) : message).strip();
    }

    /** Okapi's message, its position as file:line:column where it gives one, without its own headings. */
    static String okapiProblem(String name, RuntimeException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().strip();
        Matcher position = LINE_COLUMN.matcher(message);
        if (position.find()) {
            return name + ":" + position.group(1) + ":" + position.group(2) + ": not valid XLIFF 2.0: " + oneLine(position.group(3));
        }
        message = message.replaceAll("(?m)^Last element read: .*$", "").replace("Error in <file>", "in <file>");
        return name + ": not valid XLIFF 2.0: " + (message.isBlank() ? "it cannot be read" : oneLine(message));
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
