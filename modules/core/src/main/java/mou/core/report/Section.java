package mou.core.report;

import java.util.List;

/**
 * A section of the report: a heading, its blocks, then its subsections.
 *
 * @param id a stable id, usable as an HTML anchor (letters, digits, '-' and '.')
 * @param title the heading
 * @param blocks the content under the heading, in order
 * @param subsections nested sections, in order
 */
public record Section(String id, String title, List<Block> blocks, List<Section> subsections) {

    public Section {
        blocks = List.copyOf(blocks);
        subsections = List.copyOf(subsections);
    }

    public static Section of(String id, String title, List<Block> blocks) {
        return new Section(id, title, blocks, List.of());
    }
}
