package mou.store.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import mou.core.spi.Problem;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever damage a file takes (bytes inserted, removed or replaced anywhere: cut-off text, bytes
 * that are not UTF-8, NUL and control bytes, stray brackets), reading it never fails: it is read,
 * or refused with every error at a line and column, in words without a program's internals.
 */
class DamagedFileTest {

    private static final byte[] FILE = """
            {
              "id": "aq-3-2",
              "title": {"en": "Monitoring in Mexicali", "es": "Monitoreo en Mexicali, Baja California — año 2016"},
              "sites": 2,
              "share": 12.5,
              "inferred": true,
              "note": null,
              "evidence": [{"title": "Minutes \\"final\\"", "url": "https://example.org/a?b=c"}],
              "goals": [[1, 2], {"deep": {"deeper": ["😀", "\\u00e1"]}}]
            }
            """.getBytes(StandardCharsets.UTF_8);

    private final LocatedJson json = new LocatedJson(Limits.DEFAULT);

    /** One change to the bytes: at a place (a fraction of the length), insert, remove or replace a byte. */
    record Damage(int kind, double at, byte value) {

        byte[] apply(byte[] bytes) {
            int i = (int) (at * bytes.length);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(bytes, 0, i);
            if (kind == 0) {
                out.write(value);
                out.write(bytes, i, bytes.length - i);
            } else if (i < bytes.length) {
                if (kind == 2) {
                    out.write(value);
                }
                out.write(bytes, i + 1, bytes.length - i - 1);
            }
            return out.toByteArray();
        }
    }

    @Provide
    Arbitrary<List<Damage>> damage() {
        Arbitrary<Byte> bytes = Arbitraries.oneOf(Arbitraries.bytes(), Arbitraries.of((byte) 0, (byte) 1, (byte) '\t', (byte) '\n',
                (byte) '"', (byte) '{', (byte) '}', (byte) '[', (byte) ']', (byte) ',', (byte) ':', (byte) 0x80, (byte) 0xC3, (byte) 0xFF));
        return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.doubles().between(0, 1), bytes)
                .as(Damage::new).list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 1500)
    void aDamagedFileIsReadOrRefusedWithEveryErrorAtALineAndColumnInWords(@ForAll("damage") List<Damage> damage) {
        byte[] bytes = FILE;
        for (Damage d : damage) {
            bytes = d.apply(bytes);
        }
        Problems problems = new Problems();

        ParsedFile parsed = json.parse("groups/x/2016.json", bytes, problems);

        List<Problem> all = problems.sorted();
        if (parsed == null) {
            assertThat(all).as("a file that is not read says why").anyMatch(Problem::isError);
        }
        for (Problem p : all) {
            assertThat(p.line()).as(p.format()).isPositive();
            assertThat(p.column()).as(p.format()).isPositive();
            assertThat(p.message()).as(p.format()).doesNotContainPattern(MalformedWorkspaceTest.INTERNALS);
            assertThat(p.messageEs()).as("the Spanish of " + p.format()).isNotBlank().isNotEqualTo(p.message());
        }
    }

    /** Every place of the file that starts a character, with each of a NUL, a control and four bytes that are not UTF-8: all of them. */
    @Example
    void aNulOrABadByteAnywhereIsNamedAtItsOwnLineAndColumn() {
        int checked = 0;
        for (int at = 0; at < FILE.length; at++) {
            if ((FILE[at] & 0xC0) == 0x80) {
                continue; // inside a character
            }
            for (byte bad : new byte[] {0, 1, (byte) 0x80, (byte) 0xFF, (byte) 0xC0, (byte) 0xF8}) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(FILE, 0, at);
                out.write(bad);
                out.write(FILE, at, FILE.length - at);
                Problems problems = new Problems();

                assertThat(json.parse("f.json", out.toByteArray(), problems)).isNull();

                String before = new String(FILE, 0, at, StandardCharsets.UTF_8);
                int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
                int column = before.length() - (before.lastIndexOf('\n') + 1) + 1;
                Problem p = problems.sorted().get(0);
                assertThat(p.line() + ":" + p.column()).as("byte %02X at %d: %s", bad, at, p.format()).isEqualTo(line + ":" + column);
                assertThat(p.message()).as(p.format()).startsWith(bad == 0 ? "a NUL (zero) byte" : bad == 1 ? "a control character (U+0001)"
                        : String.format("invalid UTF-8 (byte 0x%02X)", bad & 0xFF));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(2000);
    }
}
