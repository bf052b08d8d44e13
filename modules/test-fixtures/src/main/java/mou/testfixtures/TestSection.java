package mou.testfixtures;

import java.util.List;
import mou.core.report.Section;
import mou.core.spi.ReportContext;
import mou.core.spi.ReportSectionContributor;

/** A report section for tests that contributes nothing, or throws the failure it is given. */
public record TestSection(String id, double order, RuntimeException failure) implements ReportSectionContributor {

    public TestSection(String id, double order) {
        this(id, order, null);
    }

    /** A section that cannot even say where it goes: its {@code order()} throws. */
    public static ReportSectionContributor unplaceable(String id) {
        return new ReportSectionContributor() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public double order() {
                throw new IllegalStateException("section " + id + " broke");
            }

            @Override
            public List<Section> contribute(ReportContext context) {
                return List.of();
            }
        };
    }

    @Override
    public List<Section> contribute(ReportContext context) {
        if (failure != null) {
            throw failure;
        }
        return List.of();
    }
}
