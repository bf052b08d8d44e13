package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** A unit's id is an XLIFF name (NMTOKEN) from which the text's path comes back whole: two places never share an id. */
class XliffUnitIdTest {

    @Property(tries = 500)
    void aUnitIdIsAnXliffNameThatGivesItsPathBack(@ForAll @Size(min = 1, max = 6) List<@StringLength(max = 10) String> path) {
        Assume.that(!path.equals(List.of(""))); // a path starts with a key of the model, never empty
        String id = Xliff.unitId(path);
        assertThat(id).matches("[A-Za-z0-9._-]+");
        assertThat(decode(id)).isEqualTo(path);
    }

    /** The path of an id: segments between '.', each {@code _hhhh} the character of that code. */
    private static List<String> decode(String id) {
        List<String> path = new ArrayList<>();
        for (String segment : id.split("\\.", -1)) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < segment.length(); i++) {
                char c = segment.charAt(i);
                if (c == '_') {
                    b.append((char) Integer.parseInt(segment.substring(i + 1, i + 5), 16));
                    i += 4;
                } else {
                    b.append(c);
                }
            }
            path.add(b.toString());
        }
        return path;
    }
}
