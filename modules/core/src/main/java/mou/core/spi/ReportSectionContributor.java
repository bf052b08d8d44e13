package mou.core.spi;

import java.util.List;
import mou.core.report.Section;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Contributes a section to the combined report. The core assembles the report from every
 * contributor installed, in {@link #order()}; it never names a working group. Register one as
 * a service, or return it from {@link WorkingGroupPlugin#sections()}.
 */
@ConsumerType
public interface ReportSectionContributor {

    /** A stable id, e.g. {@code "air-quality.chapter"}; unique among installed contributors. */
    String id();

    /** Where the section goes: lower comes first. See {@link ReportOrder} for the report's landmarks. */
    double order();

    /**
     * The section(s) to add for the context's year, or an empty list when there is nothing to say
     * (for example, no data for this year).
     */
    List<Section> contribute(ReportContext context);
}
