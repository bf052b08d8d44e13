package mou.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
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

    /**
     * A registry with these installed and nothing coming or going, for tests and tools outside a
     * framework ({@link Extensions#forTest}).
     */
    public static ExtensionRegistry of(List<? extends WorkingGroupPlugin> groups, List<? extends DeliverableType> commonTypes,
            List<? extends ReportSectionContributor> sections, List<? extends ReportFormat> formats) {
        ExtensionRegistry registry = new ExtensionRegistry();
        groups.forEach(registry::addGroup);
        commonTypes.forEach(registry::addDeliverableType);
        sections.forEach(registry::addSection);
        formats.forEach(registry::addFormat);
        return registry;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addGroup(WorkingGroupPlugin group) {
        groups.add(group);
        changed();
    }

    void removeGroup(WorkingGroupPlugin group) {
        groups.remove(group);
        changed();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addDeliverableType(DeliverableType type) {
        types.add(type);
        changed();
    }

    void removeDeliverableType(DeliverableType type) {
        types.remove(type);
        changed();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addSection(ReportSectionContributor section) {
        sections.add(section);
        changed();
    }

    void removeSection(ReportSectionContributor section) {
        sections.remove(section);
        changed();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addFormat(ReportFormat format) {
        formats.add(format);
        changed();
    }

    void removeFormat(ReportFormat format) {
        formats.remove(format);
        changed();
    }

    /**
     * What is installed changes rarely and is read once per deliverable while a workspace loads, so
     * the sorted groups and the types are worked out once per change: each bind and unbind bumps
     * the version, and a snapshot of an older version is rebuilt on the next read.
     */
    private final AtomicLong version = new AtomicLong();

    private record Snapshot(long version, List<WorkingGroupPlugin> groups, Map<String, WorkingGroupPlugin> groupsById,
            List<DeliverableType> types, Map<String, DeliverableType> typesById, List<WorkingGroupPlugin> setAside) {
    }

    private volatile Snapshot snapshot;

    private void changed() {
        version.incrementAndGet();
    }

    private Snapshot snapshot() {
        long v = version.get();
        Snapshot s = snapshot;
        if (s == null || s.version() != v) {
            // by id, the first registered wins, as a search of the registrations would find it; a second plugin of the
            // same group (a copy dropped into the plugins folder beside it) is set aside, so that the group has one
            // chapter and one set of types, and named by warnings()
            Map<String, WorkingGroupPlugin> groupsById = new HashMap<>();
            List<WorkingGroupPlugin> sorted = new ArrayList<>();
            List<WorkingGroupPlugin> setAside = new ArrayList<>();
            for (WorkingGroupPlugin group : groups) {
                String id = name(group::id);
                if (groupsById.putIfAbsent(id, group) == null || id.isEmpty()) {
                    sorted.add(group);
                } else {
                    setAside.add(group);
                }
            }
            sorted.sort(Comparator.comparingDouble((WorkingGroupPlugin g) -> place(g::order)).thenComparing(g -> name(g::id)));
            List<DeliverableType> all = new ArrayList<>(types);
            for (WorkingGroupPlugin group : sorted) {
                all.addAll(safely(group::deliverableTypes));
            }
            Map<String, DeliverableType> byId = new HashMap<>();
            for (DeliverableType t : all) {
                byId.putIfAbsent(t.id(), t);
            }
            s = new Snapshot(v, List.copyOf(sorted), groupsById, List.copyOf(all), byId, List.copyOf(setAside));
            snapshot = s;
        }
        return s;
    }

    @Override
    public List<WorkingGroupPlugin> groups() {
        return snapshot().groups();
    }

    /**
     * The warnings of {@link Extensions#warnings()}, and one for each working group that two plugins are
     * installed for: the one registered first is used; the other is set aside, named by its bundle.
     */
    @Override
    public List<String> warnings(String language) {
        Snapshot s = snapshot();
        List<String> warnings = new ArrayList<>(Extensions.orderWarnings(s.groups(), language));
        for (WorkingGroupPlugin other : s.setAside()) {
            String id = name(other::id);
            String used = bundleOf(s.groupsById().get(id));
            warnings.add("es".equals(language)
                    ? "hay dos complementos instalados para el grupo de trabajo " + id + ": " + used + " y " + bundleOf(other) + "; el informe"
                            + " y las órdenes usan " + used + " (instalado primero) y dejan el otro aparte; saque de la carpeta de complementos"
                            + " el que no quiera"
                    : "two plugins are installed for the working group " + id + ": " + used + " and " + bundleOf(other) + "; the report and"
                            + " the commands use " + used + " (installed first) and leave the other aside; take the one you do not want out"
                            + " of the plugins folder");
        }
        return List.copyOf(warnings);
    }

    /** A plugin's bundle, {@code symbolic-name version}, or its class outside a framework. */
    private static String bundleOf(Object plugin) {
        org.osgi.framework.Bundle bundle = org.osgi.framework.FrameworkUtil.getBundle(plugin.getClass());
        return bundle == null ? plugin.getClass().getName() : bundle.getSymbolicName() + " " + bundle.getVersion();
    }

    @Override
    public Optional<WorkingGroupPlugin> group(String id) {
        return Optional.ofNullable(snapshot().groupsById().get(id));
    }

    @Override
    public List<DeliverableType> deliverableTypes() {
        return snapshot().types();
    }

    @Override
    public Optional<DeliverableType> deliverableType(String id) {
        return Optional.ofNullable(snapshot().typesById().get(id));
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
        all.sort(Comparator.comparingDouble((ReportSectionContributor c) -> place(c::order)).thenComparing(c -> name(c::id)));
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

    /**
     * A plugin's place: what its {@code order()} says, or last when it throws or says no number, so
     * that one broken plugin cannot stop the others being put in order (the report service names
     * such a section's failure and leaves it out).
     */
    private static double place(DoubleSupplier order) {
        try {
            double value = order.getAsDouble();
            return Double.isNaN(value) ? Double.POSITIVE_INFINITY : value;
        } catch (RuntimeException e) {
            return Double.POSITIVE_INFINITY;
        }
    }

    /** A plugin's id for ordering ties, or empty when its {@code id()} throws. */
    private static String name(Supplier<String> id) {
        try {
            String value = id.get();
            return value == null ? "" : value;
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** A plugin whose list accessor throws contributes nothing rather than taking the registry down. */
    private static <T> List<T> safely(Supplier<List<T>> supplier) {
        try {
            List<T> list = supplier.get();
            return list == null ? List.of() : list;
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
