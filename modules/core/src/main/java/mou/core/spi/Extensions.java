package mou.core.spi;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What the installed bundles contribute right now: working groups, deliverable types, report
 * sections and formats. Offered by the core as a service; the lists change as bundles come and go.
 */
@ProviderType
public interface Extensions {

    /** Installed working groups, in chapter order. */
    List<WorkingGroupPlugin> groups();

    Optional<WorkingGroupPlugin> group(String id);

    /** Every installed deliverable type: the core's common ones and those of the installed groups. */
    List<DeliverableType> deliverableTypes();

    Optional<DeliverableType> deliverableType(String id);

    /** The working group that contributes a deliverable type, or empty for the core's common types. */
    Optional<WorkingGroupPlugin> ownerOf(DeliverableType type);

    /** Every report section contributor, the groups' included, in report order. */
    List<ReportSectionContributor> sections();

    /** Installed report formats, by id order. */
    List<ReportFormat> formats();

    Optional<ReportFormat> format(String id);
}
