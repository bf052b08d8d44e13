package mou.web.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A small iCalendar (RFC 5545) writer for the feed of due dates: content lines ended by CRLF and
 * folded at 75 octets (never inside a UTF-8 character), TEXT values escaped (backslash, semicolon,
 * comma, line breaks), control characters left out. Written here rather than with ical4j, whose
 * 4.x jar is no OSGi bundle, finds its property and component factories with
 * {@link java.util.ServiceLoader} (which needs a Service Loader Mediator in the framework) and
 * brings commons-lang3, commons-codec, threeten-extra and slf4j along, for about twenty lines of
 * output; the tests read the feed back with ical4j.
 */
final class Ics {

    private static final int FOLD = 75;
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final StringBuilder out = new StringBuilder();

    /** A property whose value is written as it is (a name, a date, a number: nothing to escape). */
    Ics raw(String name, String value) {
        return line(name + ":" + value);
    }

    /** A property of type TEXT, escaped. */
    Ics text(String name, String value) {
        return line(name + ":" + escape(value));
    }

    /** An all-day date: {@code NAME;VALUE=DATE:20160430}. */
    Ics date(String name, LocalDate date) {
        return line(name + ";VALUE=DATE:" + DATE.format(date));
    }

    /** A moment in UTC: {@code NAME:20170403T152000Z}. */
    Ics stamp(String name, Instant at) {
        return line(name + ":" + STAMP.format(at));
    }

    byte[] bytes() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** A TEXT value escaped as RFC 5545 3.3.11 says; other control characters are not allowed in TEXT and are left out. */
    static String escape(String value) {
        String v = value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder b = new StringBuilder(v.length() + 8);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case ';' -> b.append("\\;");
                case ',' -> b.append("\\,");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c == '\t' || !Character.isISOControl(c)) {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** One content line, folded: at most 75 octets a line, each continuation starting with a space. */
    private Ics line(String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = utf8Length(codePoint);
            if (octets + size > FOLD) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
        return this;
    }

    private static int utf8Length(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
}
