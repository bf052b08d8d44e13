package mou.web.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import mou.core.cycle.Published;
import mou.core.spi.ReportWriter;

/**
 * A group's plan in a published year as the year's published report shows it: its goals, activities, deliverables and
 * each activity's level, rationale and evidence, read from the report's JSON that {@code publish} put into
 * {@code published/YEAR/} ({@code progress-report-YEAR.json}, {@code progress-report-YEAR-es.json}; docs/report-json.md).
 * The plan of the workspace may change after a year is published (a deliverable edited from a later year, an activity
 * added); the published year's pages show what was published instead. The files are only read, never written.
 *
 * @param language the language of the texts (the report's), {@code en} or {@code es}
 * @param goals the group's progress tables, one per overarching goal, in the report's order
 */
record PublishedPlan(String language, List<Goal> goals) {

    /** An overarching goal's table: its id, its caption ("Air Quality Overarching Goal 3"), its statement and its activities. */
    record Goal(String id, String caption, String statement, List<Row> rows) {
    }

    /** An activity as published: its id, short reference ("3.1"), words, note, deliverables and level. */
    record Row(String activityId, String reference, String activity, String note, List<Item> deliverables, Level level) {
    }

    /** A deliverable as published: its id, its type (id and words), title, the type's summary of its attributes and note. */
    record Item(String id, String typeId, String typeLabel, String title, String summary, String note) {
    }

    /** An activity's level as published: the level's id (null when not rated) and words, and why. */
    record Level(String id, String label, boolean carriedOver, boolean inferred, String rationale, String change, List<Evidence> evidence) {
    }

    /** A piece of evidence as published: its title, and a web address or the path of a file of the workspace. */
    record Evidence(String title, String reference, boolean webAddress) {
    }

    /** The activity of this id, with the goal it is under. */
    /** How many of its activities the published report shows at each level, and how many without one. */
    record Counts(Map<mou.core.model.ProgressLevel, Integer> levels, int unrated) {
    }

    /** The published report's activities counted by level, as the dashboard counts a year in progress. */
    Counts counts() {
        Map<mou.core.model.ProgressLevel, Integer> levels = new java.util.EnumMap<>(mou.core.model.ProgressLevel.class);
        int unrated = 0;
        for (Goal goal : goals) {
            for (Row row : goal.rows()) {
                Optional<mou.core.model.ProgressLevel> level = mou.core.model.ProgressLevel.byId(row.level().id());
                if (level.isPresent()) {
                    levels.merge(level.get(), 1, Integer::sum);
                } else {
                    unrated++;
                }
            }
        }
        return new Counts(levels, unrated);
    }

    Optional<Row> activity(String id) {
        return goals.stream().flatMap(g -> g.rows().stream()).filter(r -> id.equals(r.activityId())).findFirst();
    }

    /** The deliverable of this id, with the activity it belongs to. */
    Optional<Map.Entry<Row, Item>> deliverable(String id) {
        for (Goal goal : goals) {
            for (Row row : goal.rows()) {
                for (Item item : row.deliverables()) {
                    if (id.equals(item.id())) {
                        return Optional.of(Map.entry(row, item));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What was read from a file, by its path, size and modification time: published files do not change, so each is read once. */
    private record Read(Path file, long size, long modified) {
    }

    private static final Map<Read, JsonNode> READ = new ConcurrentHashMap<>();

    /**
     * The group's plan as the year's published report in {@code language} shows it, else as the report in the other
     * language shows it; empty when neither report's JSON is there (a year published without the JSON format), cannot
     * be read, or has no chapter of the group.
     */
    static Optional<PublishedPlan> read(Path data, int year, String groupId, String language) {
        List<String> languages = new ArrayList<>(List.of(language));
        WebApp.LANGUAGES.stream().filter(l -> !l.equals(language)).forEach(languages::add);
        for (String l : languages) {
            Optional<PublishedPlan> plan = readOne(Published.folder(data, year).resolve(ReportWriter.annualStem(year, l) + ".json"), groupId, l);
            if (plan.isPresent()) {
                return plan;
            }
        }
        return Optional.empty();
    }

    private static Optional<PublishedPlan> readOne(Path file, String groupId, String language) {
        JsonNode report;
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile()) {
                return Optional.empty();
            }
            Read key = new Read(file, attributes.size(), attributes.lastModifiedTime().toMillis());
            report = READ.get(key);
            if (report == null) {
                report = JSON.readTree(file.toFile());
                READ.keySet().removeIf(k -> k.file().equals(file));
                READ.put(key, report);
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        for (JsonNode section : report.path("sections")) {
            if (groupId.equals(section.path("id").asText(null))) {
                List<Goal> goals = new ArrayList<>();
                tables(section, goals);
                return Optional.of(new PublishedPlan(report.path("language").asText(language), List.copyOf(goals)));
            }
        }
        return Optional.empty();
    }

    /** Every progress table of a section and its subsections, in reading order. */
    private static void tables(JsonNode section, List<Goal> goals) {
        for (JsonNode block : section.path("blocks")) {
            if ("progress-table".equals(block.path("type").asText())) {
                List<Row> rows = new ArrayList<>();
                for (JsonNode row : block.path("rows")) {
                    List<Item> items = new ArrayList<>();
                    for (JsonNode d : row.path("deliverables")) {
                        items.add(new Item(text(d, "id"), text(d, "typeId"), text(d, "typeLabel"), text(d, "title"), text(d, "summary"),
                                text(d, "note")));
                    }
                    JsonNode level = row.path("level");
                    List<Evidence> evidence = new ArrayList<>();
                    for (JsonNode e : level.path("evidence")) {
                        evidence.add(new Evidence(text(e, "title"), text(e, "reference"), e.path("webAddress").asBoolean(false)));
                    }
                    rows.add(new Row(text(row, "activityId"), text(row, "reference"), text(row, "activity"), text(row, "note"), List.copyOf(items),
                            new Level(text(level, "id"), text(level, "label"), level.path("carriedOver").asBoolean(false),
                                    level.path("inferred").asBoolean(false), text(level, "rationale"), text(level, "change"), List.copyOf(evidence))));
                }
                goals.add(new Goal(text(block, "goalId"), text(block, "caption"), text(block, "goal"), List.copyOf(rows)));
            }
        }
        for (JsonNode sub : section.path("subsections")) {
            tables(sub, goals);
        }
    }

    /** A key's text, or null when it is absent, null or not a text. */
    private static String text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || !value.isTextual() ? null : value.asText();
    }
}
