package mou.bench;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mou.core.model.Text;
import mou.core.report.Chapters;
import mou.core.report.Section;
import mou.core.spi.AbstractWorkingGroup;
import mou.core.spi.ReportContext;
import mou.core.spi.ReportSectionContributor;

/**
 * A working group that exists only in the benchmark: {@code g0001}, {@code g0002}... Its chapter is
 * the core's standard one ({@link Chapters#standard}), as a plugin that adds nothing of its own
 * writes it; its deliverables use the installed plugins' types. Its identity follows from its number
 * alone, so that a workspace written by one JVM is read with the same groups by another.
 */
public final class SyntheticGroup extends AbstractWorkingGroup {

    private static final Pattern ID = Pattern.compile("g(\\d{4,})");

    // worked out once, like a real plugin's constants: the registry and the report sections ask for them very often
    private final List<ReportSectionContributor> sections = List.of(new Chapter());

    /**
     * @param number the group's number, from 1
     * @param of how many synthetic groups there are, so that their chapters fit between the report's landmarks
     *        (between the first group chapter and the final comments, in number order)
     */
    public SyntheticGroup(int number, int of) {
        super(idOf(number),
                Text.of(topicOf(number) + " Working Group " + number, "Grupo de Trabajo " + number + " de " + topicOf(number)),
                Text.of(topicOf(number) + " " + number),
                600 + 290.0 * number / (of + 1),
                List.of(organization(number, 1), organization(number, 2)),
                List.of(organization(number, 3)));
    }

    private static String topicOf(int number) {
        return Words.TOPICS[(number - 1) % Words.TOPICS.length];
    }

    private static String organization(int number, int i) {
        return idOf(number) + "-org" + i;
    }

    /** The number of a synthetic group's id ({@code g0042} gives 42), or empty for any other id. */
    public static Optional<Integer> numberOf(String id) {
        Matcher m = ID.matcher(id);
        return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    public static String idOf(int number) {
        return String.format(java.util.Locale.ROOT, "g%04d", number);
    }

    /** The id of the group's {@code i}-th own organization (1, 2, 3). */
    String organization(int i) {
        return id() + "-org" + i;
    }

    @Override
    public List<ReportSectionContributor> sections() {
        return sections;
    }

    private final class Chapter implements ReportSectionContributor {

        @Override
        public String id() {
            return id() + ".chapter";
        }

        @Override
        public double order() {
            return SyntheticGroup.this.order();
        }

        @Override
        public List<Section> contribute(ReportContext context) {
            return Chapters.standard(context, SyntheticGroup.this, List.of()).map(List::of).orElse(List.of());
        }
    }
}
