package mou.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mou.core.report.Block;
import mou.core.report.Section;

/**
 * Each figure and event lives once in the report: a group's chapter that shows its figures or
 * events in full is their home, and the combined "figures" and "timeline" sections then list them
 * as an overview that links there (an event's details are left out of it). Figures and events that
 * no chapter shows keep their full row in the combined sections, their only home.
 */
final class Overviews {

    /** The ids of the core's combined sections. */
    static final String FIGURES = "figures";
    static final String TIMELINE = "timeline";

    private Overviews() {
    }

    /** The sections with the combined sections' rows linked to their homes in the chapters. */
    static List<Section> link(List<Section> sections) {
        Map<String, String> figureHomes = new HashMap<>();
        Map<String, String> eventHomes = new HashMap<>();
        for (Section section : sections) {
            if (!section.id().equals(FIGURES) && !section.id().equals(TIMELINE)) {
                collect(section, figureHomes, eventHomes);
            }
        }
        if (figureHomes.isEmpty() && eventHomes.isEmpty()) {
            return sections;
        }
        List<Section> linked = new ArrayList<>(sections.size());
        for (Section section : sections) {
            if (section.id().equals(FIGURES) || section.id().equals(TIMELINE)) {
                linked.add(linked(section, figureHomes, eventHomes));
            } else {
                linked.add(section);
            }
        }
        return linked;
    }

    /** Where each figure and event with an id is shown in full: the first section that shows it. */
    private static void collect(Section section, Map<String, String> figureHomes, Map<String, String> eventHomes) {
        for (Block block : section.blocks()) {
            if (block instanceof Block.FigureTable table) {
                for (Block.FigureRow row : table.rows()) {
                    if (row.id() != null && row.home() == null) {
                        figureHomes.putIfAbsent(key(row.groupId(), row.id()), section.id());
                    }
                }
            } else if (block instanceof Block.Timeline timeline) {
                for (Block.TimelineEntry entry : timeline.entries()) {
                    if (entry.id() != null && entry.home() == null) {
                        eventHomes.putIfAbsent(key(entry.groupId(), entry.id()), section.id());
                    }
                }
            }
        }
        for (Section sub : section.subsections()) {
            collect(sub, figureHomes, eventHomes);
        }
    }

    private static Section linked(Section section, Map<String, String> figureHomes, Map<String, String> eventHomes) {
        List<Block> blocks = new ArrayList<>(section.blocks().size());
        for (Block block : section.blocks()) {
            if (block instanceof Block.FigureTable table) {
                List<Block.FigureRow> rows = new ArrayList<>(table.rows().size());
                for (Block.FigureRow row : table.rows()) {
                    String home = row.id() == null ? null : figureHomes.get(key(row.groupId(), row.id()));
                    rows.add(home == null ? row : row.linkedTo(home));
                }
                blocks.add(new Block.FigureTable(table.caption(), table.headers(), rows));
            } else if (block instanceof Block.Timeline timeline) {
                List<Block.TimelineEntry> entries = new ArrayList<>(timeline.entries().size());
                for (Block.TimelineEntry entry : timeline.entries()) {
                    String home = entry.id() == null ? null : eventHomes.get(key(entry.groupId(), entry.id()));
                    entries.add(home == null ? entry : entry.linkedTo(home));
                }
                blocks.add(new Block.Timeline(timeline.caption(), entries));
            } else {
                blocks.add(block);
            }
        }
        List<Section> subsections = new ArrayList<>(section.subsections().size());
        for (Section sub : section.subsections()) {
            subsections.add(linked(sub, figureHomes, eventHomes));
        }
        return new Section(section.id(), section.title(), blocks, subsections);
    }

    private static String key(String groupId, String id) {
        return (groupId == null ? "" : groupId) + '\n' + id;
    }
}
