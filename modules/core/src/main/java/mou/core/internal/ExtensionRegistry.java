package mou.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import mou.core.spi.DeliverableType;
import mou.core.spi.Extensions;
import mou.core.spi.ReportFormat;
import mou.core.spi.ReportSectionContributor;
import mou.core.spi.WorkingGroupPlugin;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The whiteboard: collects the working groups, deliverable types, report sections and formats
 * that installed bundles register, as they come and go. Dynamic references cannot be
 * constructor-injected, so they are bound through methods into copy-on-write lists that
 * readers can iterate while bundles change.
 */
@Component(service = Extensions.class)
public final class ExtensionRegistry implements Extensions {

    private final List<WorkingGroupPlugin> groups = new CopyOnWriteArrayList<>();
    private final List<DeliverableType> types = new CopyOnWriteArrayList<>();
    private final List<ReportSectionContributor> sections = new CopyOnWriteArrayList<>();
    private final List<ReportFormat> formats = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addGroup(WorkingGroupPlugin group) {
        groups.add(group);
    }

    void removeGroup(WorkingGroupPlugin group) {
        groups.remove(group);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addDeliverableType(DeliverableType type) {
        types.add(type);
    }

    void removeDeliverableType(DeliverableType type) {
        types.remove(type);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addSection(ReportSectionContributor section) {
        sections.add(section);
    }

    void removeSection(ReportSectionContributor section) {
        sections.remove(section);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addFormat(ReportFormat format) {
        formats.add(format);
    }

    void removeFormat(ReportFormat format) {
        formats.remove(format);
    }

    @Override
    public List<WorkingGroupPlugin> groups() {
        List<WorkingGroupPlugin> sorted = new ArrayList<>(groups);
        sorted.sort(Comparator.comparingDouble(WorkingGroupPlugin::order).thenComparing(WorkingGroupPlugin::id));
        return List.copyOf(sorted);
    }

    @Override
    public Optional<WorkingGroupPlugin> group(String id) {
        return groups.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    @Override
    public List<DeliverableType> deliverableTypes() {
        List<DeliverableType> all = new ArrayList<>(types);
        for (WorkingGroupPlugin group : groups()) {
            all.addAll(safely(group::deliverableTypes));
        }
        return List.copyOf(all);
    }

    @Override
    public Optional<DeliverableType> deliverableType(String id) {
        return deliverableTypes().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    @Override
    public Optional<WorkingGroupPlugin> ownerOf(DeliverableType type) {
        return groups().stream().filter(g -> safely(g::deliverableTypes).contains(type)).findFirst();
    }

    @Override
    public List<ReportSectionContributor> sections() {
        List<ReportSectionContributor> all = new ArrayList<>(sections);
        for (WorkingGroupPlugin group : groups()) {
            all.addAll(safely(group::sections));
        }
        all.sort(Comparator.comparingDouble(ReportSectionContributor::order).thenComparing(ReportSectionContributor::id));
        return List.copyOf(all);
    }

    @Override
    public List<ReportFormat> formats() {
        List<ReportFormat> sorted = new ArrayList<>(formats);
        sorted.sort(Comparator.comparing(ReportFormat::id));
        return List.copyOf(sorted);
    }

    @Override
    public Optional<ReportFormat> format(String id) {
        return formats.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** A plugin whose list accessor throws contributes nothing rather than taking the registry down. */
    private static <T> List<T> safely(java.util.function.Supplier<List<T>> supplier) {
        try {
            List<T> list = supplier.get();
            return list == null ? List.of() : list;
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
