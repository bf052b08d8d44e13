package mou.core.internal.types;

import java.util.List;
import mou.core.model.Text;
import mou.core.spi.AttributeSpec;
import mou.core.spi.DeliverableType;

/** A deliverable type defined by its id, label and attributes alone, with the default checks and summary. */
abstract class BasicDeliverableType implements DeliverableType {

    private final String id;
    private final Text label;
    private final List<AttributeSpec> attributes;

    BasicDeliverableType(String id, Text label, List<AttributeSpec> attributes) {
        this.id = id;
        this.label = label;
        this.attributes = List.copyOf(attributes);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Text label() {
        return label;
    }

    @Override
    public final List<AttributeSpec> attributes() {
        return attributes;
    }

    /** Writes organization ids as the workspace's acronyms. */
    @Override
    public String summarise(mou.core.model.Deliverable deliverable, mou.core.spi.ReportContext context) {
        return AttributeSpec.summarise(attributes, deliverable.attributes(), context.language(), context::organization);
    }

    @Override
    public String toString() {
        return id;
    }
}
