package mou.testfixtures;

import java.util.List;
import mou.core.model.Text;
import mou.core.spi.AttributeSpec;
import mou.core.spi.DeliverableType;

/** A deliverable type for tests: an id, a label and its attributes. */
public record TestType(String id, Text label, List<AttributeSpec> attributes) implements DeliverableType {

    public TestType(String id, String label, List<AttributeSpec> attributes) {
        this(id, Text.of(label), attributes);
    }
}
