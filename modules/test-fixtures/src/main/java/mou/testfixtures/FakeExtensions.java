package mou.testfixtures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mou.core.spi.DeliverableType;
import mou.core.spi.Extensions;
import mou.core.spi.ReportFormat;
import mou.core.spi.ReportSectionContributor;
import mou.core.spi.WorkingGroupPlugin;

/**
 * What a test says is installed: working groups (in the order given), the core's common
 * deliverable types, report formats. The lists are fixed when it is made.
 *
 * @deprecated Extensions is a provider type: use the core's {@link Extensions#forTest}. Only the
 *             JSON store's tests still use this (their TestExtensions); it goes when they switch.
 */
@Deprecated
public final class FakeExtensions implements Extensions {

    private final List<WorkingGroupPlugin> groups;
    private final List<DeliverableType> commonTypes;
    private final List<ReportFormat> formats;

    public FakeExtensions(List<WorkingGroupPlugin> groups, List<DeliverableType> commonTypes, List<ReportFormat> formats) {
        this.groups = List.copyOf(groups);
        this.commonTypes = List.copyOf(commonTypes);
        this.formats = List.copyOf(formats);
    }

    @Override
    public List<WorkingGroupPlugin> groups() {
        return groups;
    }

    @Override
    public Optional<WorkingGroupPlugin> group(String id) {
        return groups.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    /** The common types first, then each group's. */
    @Override
    public List<DeliverableType> deliverableTypes() {
        List<DeliverableType> types = new ArrayList<>(commonTypes);
        groups.forEach(g -> types.addAll(g.deliverableTypes()));
        return types;
    }

    @Override
    public Optional<DeliverableType> deliverableType(String id) {
        return deliverableTypes().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    @Override
    public Optional<WorkingGroupPlugin> ownerOf(DeliverableType type) {
        return groups.stream().filter(g -> g.deliverableTypes().contains(type)).findFirst();
    }

    /** The groups' sections, in the groups' order. */
    @Override
    public List<ReportSectionContributor> sections() {
        return groups.stream().flatMap(g -> g.sections().stream()).toList();
    }

    @Override
    public List<ReportFormat> formats() {
        return formats;
    }

    @Override
    public Optional<ReportFormat> format(String id) {
        return formats.stream().filter(f -> f.id().equals(id)).findFirst();
    }
}
