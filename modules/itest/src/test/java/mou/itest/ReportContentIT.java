package mou.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mou.testfixtures.Golden;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The combined report of the shipped workspace, with all five shipped group plugins installed
 * in the real framework: every goal, activity, deliverable, figure and event of the workspace
 * appears in every format, and a group whose plugin is not installed is simply absent. One
 * framework for the class.
 */
class ReportContentIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    static InProcessApp mou;
    static App app;
    static Map<String, String> reports = new LinkedHashMap<>();
    static String html;
    static Map<String, byte[]> written = new LinkedHashMap<>();

    @BeforeAll
    static void reportWithEveryShippedGroup() throws Exception {
        mou = InProcessApp.boot();
        mou.reset(App.shippedGroupJars().toArray(Path[]::new));
        app = mou.app;
        App.Run run = mou.run("report", "--out", "out");
        assertThat(run.exit()).as(run.toString()).isZero();
        Path out = app.home.resolve("out");
        for (String name : List.of("progress-report-2016.html", "progress-report-2016.md", "progress-report-2016.json")) {
            written.put(name, Files.readAllBytes(out.resolve(name)));
        }
        html = Files.readString(out.resolve("progress-report-2016.html"));
        reports.put("html", plainHtml(html));
        reports.put("md", plainMarkdown(Files.readString(out.resolve("progress-report-2016.md"))));
        reports.put("json", jsonStrings(JSON.readTree(out.resolve("progress-report-2016.json").toFile())));
    }

    @AfterAll
    static void stop() throws Exception {
        mou.close();
    }

    /**
     * The shipped report in every format, byte for byte as approved in src/test/resources/golden; a
     * deliberate change: {@code mvn -B verify -Dgolden.update=true} rewrites every golden file, then
     * review them with {@code git diff} and commit them with the change.
     */
    @Test
    void theShippedReportIsWrittenAsApproved() {
        written.forEach(Golden::assertMatches);
    }

    @Test
    void everyGoalActivityAndDeliverableOfEveryPlanIsInEveryFormat() throws IOException {
        List<String> expected = new ArrayList<>();
        for (Path plan : files("groups/*/plan.json")) {
            for (JsonNode goal : JSON.readTree(plan.toFile()).path("goals")) {
                expected.add(english(goal.path("statement")));
                for (JsonNode activity : goal.path("activities")) {
                    expected.add(english(activity.path("description")));
                    for (JsonNode deliverable : activity.path("deliverables")) {
                        expected.add(english(deliverable.path("title")));
                    }
                }
            }
        }
        assertThat(expected).hasSizeGreaterThan(120);
        assertAllInEveryFormat(expected);
    }

    @Test
    void everyFigureWithItsValueAndEveryEventIsInEveryFormat() throws IOException {
        List<String> expected = new ArrayList<>();
        for (Path year : files("groups/*/2016.json")) {
            JsonNode node = JSON.readTree(year.toFile());
            for (JsonNode metric : node.path("metrics")) {
                expected.add(english(metric.path("label")));
                expected.add(grouped(metric.path("value").decimalValue()));
            }
            for (JsonNode event : node.path("events")) {
                expected.add(english(event.path("title")));
            }
        }
        assertThat(expected).hasSizeGreaterThan(40);
        assertAllInEveryFormat(expected);
    }

    @Test
    void theProgramOfficeTextsAndEveryGroupSummaryAreInEveryFormat() throws IOException {
        List<String> expected = new ArrayList<>();
        JsonNode report = JSON.readTree(app.data.resolve("reports/2016.json").toFile());
        report.path("introduction").forEach(p -> expected.add(english(p)));
        report.path("finalComments").forEach(p -> expected.add(english(p)));
        for (JsonNode related : JSON.readTree(app.data.resolve("related-agreements.json").toFile()).path("relatedAgreements")) {
            expected.add(english(related.path("title")));
        }
        for (Path year : files("groups/*/2016.json")) {
            JsonNode narrative = JSON.readTree(year.toFile()).path("narrative");
            for (String part : List.of("summary", "accomplishments", "challenges", "nextSteps")) {
                narrative.path(part).forEach(p -> expected.add(english(p)));
            }
        }
        assertAllInEveryFormat(expected);
    }

    @Test
    void theChaptersFollowThePluginsOrderAndEachActivityShowsItsLevelInWords() throws IOException {
        String html = reports.get("html");
        List<String> chapters = List.of("Cooperation on Climate Change", "Cooperation on Air Quality",
                "Cooperation on Clean Vehicles", "Cooperation on Wildfires", "Cooperation on Solid Waste");
        int previous = html.indexOf("Executive Summary");
        for (String chapter : chapters) {
            int at = html.indexOf(chapter, previous + 1);
            assertThat(at).as(chapter + " after the one before").isGreaterThan(previous);
            previous = at;
        }
        assertThat(html.indexOf("Final Comments", previous)).isGreaterThan(previous);
        int rated = 0;
        for (Path year : files("groups/*/2016.json")) {
            rated += JSON.readTree(year.toFile()).path("assessments").size();
        }
        List<String> levelWords = List.of("No Progress", "Initial Progress", "Moderate Progress", "Significant Progress", "Deliverable Achieved");
        for (String format : reports.keySet()) {
            int shown = 0;
            for (String words : levelWords) {
                shown += count(reports.get(format), words);
            }
            assertThat(shown).as("level words in %s (at least one per rated activity)", format).isGreaterThanOrEqualTo(rated);
        }
    }

    @Test
    void theHtmlReportIsValidHtml5WithNoErrorsOrWarnings() throws Exception {
        nu.validator.client.EmbeddedValidator validator = new nu.validator.client.EmbeddedValidator();
        validator.setOutputFormat(nu.validator.client.EmbeddedValidator.OutputFormat.TEXT);
        String result = validator.validate(new java.io.ByteArrayInputStream(html.getBytes(java.nio.charset.StandardCharsets.UTF_8))).strip();
        assertThat(result).isEqualTo("Document checking completed. No errors found.");
    }

    @Test
    void theHtmlReportIsSelfContained() {
        assertThat(html).doesNotContainPattern("(?i)<(script|link|img|iframe)\\b")
                .doesNotContainPattern("(?i)(src|href)=\"(https?:)?//[^\"]*\\.(css|js|png|svg|woff2?)\"")
                .doesNotContain("@import").doesNotContainPattern("url\\((?!#)");
    }

    @Test
    void aGroupWhosePluginIsNotInstalledIsSimplyAbsent() throws Exception {
        mou.reset(App.shippedGroupJars().stream().filter(jar -> !jar.getFileName().toString().startsWith("group-wildfires"))
                .toArray(Path[]::new));
        App without = mou.app;
        App.Run run = mou.run("report", "--format", "json,html", "--out", "out");
        assertThat(run.exit()).as(run.toString()).isZero();
        JsonNode report = JSON.readTree(without.home.resolve("out/progress-report-2016.json").toFile());
        List<String> ids = new ArrayList<>();
        report.path("sections").forEach(s -> ids.add(s.path("id").asText()));
        assertThat(ids).contains("climate-change", "air-quality", "clean-vehicles", "solid-waste").doesNotContain("wildfires");
        String html = plainHtml(Files.readString(without.home.resolve("out/progress-report-2016.html")));
        assertThat(html).doesNotContain("Cooperation on Wildfires").doesNotContain("In 2016, the Wildfires Working Group made progress")
                .contains("In 2016, the Climate Change Working Group continued");
    }

    private void assertAllInEveryFormat(List<String> expected) {
        for (Map.Entry<String, String> report : reports.entrySet()) {
            List<String> missing = expected.stream().map(ReportContentIT::normal).filter(text -> !report.getValue().contains(text)).toList();
            assertThat(missing).as("texts missing from the %s report", report.getKey()).isEmpty();
        }
    }

    private static List<Path> files(String glob) throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> groups = Files.newDirectoryStream(app.data.resolve("groups"))) {
            for (Path group : groups) {
                try (DirectoryStream<Path> matching = Files.newDirectoryStream(group, glob.substring(glob.lastIndexOf('/') + 1))) {
                    matching.forEach(found::add);
                }
            }
        }
        assertThat(found).isNotEmpty();
        return found;
    }

    private static String english(JsonNode text) {
        return text.isTextual() ? text.asText() : text.path("en").asText();
    }

    private static String grouped(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.US);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    private static int count(String text, String words) {
        int count = 0;
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            count++;
        }
        return count;
    }

    /** Whitespace runs become one space, so line wrapping in a format does not matter. */
    static String normal(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** The text a reader of the HTML sees: tags dropped, entities decoded. */
    static String plainHtml(String html) {
        String text = html.replaceAll("(?s)<style.*?</style>", " ").replaceAll("<[^>]+>", "");
        return normal(decodeEntities(text));
    }

    /** The text a reader of the rendered Markdown sees: escapes and entities decoded, table/line breaks as spaces. */
    static String plainMarkdown(String markdown) {
        String text = markdown.replace("<br>", " ").replaceAll("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|<>~$=])", "$1");
        return normal(decodeEntities(text));
    }

    static String jsonStrings(JsonNode node) {
        StringBuilder all = new StringBuilder();
        collect(node, all);
        return normal(all.toString());
    }

    private static void collect(JsonNode node, StringBuilder into) {
        if (node.isTextual()) {
            into.append(node.asText()).append('\n');
        }
        node.forEach(child -> collect(child, into));
    }

    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);");

    static String decodeEntities(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String replacement = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> new String(Character.toChars(e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1))));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
