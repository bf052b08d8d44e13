package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mou.core.model.Assessment;
import mou.core.model.DateSpan;
import mou.core.model.Event;
import mou.core.model.HistoryEntry;
import mou.core.model.Link;
import mou.core.model.ProgressLevel;
import mou.core.model.Text;
import org.junit.jupiter.api.Test;

/** A recorded change in words: what changed, then one field per line, never cut. */
class HistoryFormatTest {

    private static final String LONG_TITLE = "Visit to the Mexicali monitoring stations with the district and the state air quality"
            + " staff, and the new sensors of the university";

    private static Event visit() {
        return new Event("aq-2017-q2-visit", Event.Kind.SITE_VISIT, DateSpan.parse("2017-05-10"), Text.of(LONG_TITLE),
                Text.of("Mexicali"), List.of("carb", "spa"), 12, null, "aq-3-1");
    }

    @Test
    void anAddedEventIsShownFieldByFieldInWords() {
        List<String> lines = HistoryFormat.change("aq-2017-q2-visit", null, Plain.event(visit()), "  ");

        assertThat(lines).containsExactly(
                "  event aq-2017-q2-visit added:",
                "    kind: site visit",
                "    date: 2017-05-10",
                "    title: Visit to the Mexicali monitoring stations with the district and the state air quality",
                "        staff, and the new sensors of the university",
                "    place: Mexicali",
                "    organizations: carb, spa",
                "    participants: 12",
                "    activity: aq-3-1");
    }

    @Test
    void aChangedRatingShowsOnlyWhatChangedBeforeAndAfterWithLevelsInWords() {
        Assessment before = new Assessment("aq-2-1", ProgressLevel.INITIAL, Text.of("Started."), List.of(), true);
        Assessment after = new Assessment("aq-2-1", ProgressLevel.MODERATE, Text.of("The system went live.", "El sistema funciona."),
                List.of(new Link(Text.of("Minutes"), "https://example.org/m.pdf")), false);

        List<String> lines = HistoryFormat.change("aq-2-1", Plain.assessment(before), Plain.assessment(after), "  ");

        assertThat(lines).containsExactly(
                "  activity aq-2-1 changed:",
                "    level: Initial Progress → Moderate Progress",
                "    rationale: Started. → The system went live.",
                "    rationale in Spanish: (none) → El sistema funciona.",
                "    evidence: (none) → Minutes (https://example.org/m.pdf)",
                "    inferred from the narrative: yes → no");
    }

    @Test
    void aRemovedFigureNamesWhatWasRemoved() {
        Map<String, Object> figure = new LinkedHashMap<>();
        figure.put("label", "Stations reporting");
        figure.put("value", 12.0);
        figure.put("unit", null);
        figure.put("target", 12.5);

        assertThat(HistoryFormat.change("aq-fig-1", figure, null, "")).containsExactly(
                "figure aq-fig-1 removed:",
                "  label: Stations reporting",
                "  value: 12",
                "  target: 12.5");
    }

    @Test
    void aNarrativePartIsShownParagraphByParagraph() {
        List<Object> before = List.of("The group met twice.");
        List<Object> after = List.of("The group met twice.", Map.of("en", "It adopted its plan.", "es", "Adoptó su plan."));

        assertThat(HistoryFormat.change("summary", before, after, "")).containsExactly(
                "narrative summary changed:",
                "  paragraph 2: (none) → It adopted its plan.",
                "  paragraph 2 in Spanish: (none) → Adoptó su plan.");
    }

    @Test
    void inSpanishANarrativePartIsNamedByItsWords() {
        List<Object> before = List.of();
        List<Object> after = List.of("It adopted its plan.");
        assertThat(HistoryFormat.headline("accomplishments", before, after, true)).contains("la narrativa: logros").doesNotContain("accomplishments");
        assertThat(HistoryFormat.headline("next-steps", before, after, true)).contains("próximos pasos");
        assertThat(HistoryFormat.headline("accomplishments", before, after, false)).contains("narrative accomplishments");
    }

    @Test
    void aHistoryEntrySaysWhenWhoWhatOnWhichYearThenTheFieldsThenWhy() {
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("state", "submitted");
        step.put("by", "Ana");
        step.put("at", "2017-04-03T15:20:00Z");
        step.put("reason", null);
        HistoryEntry submit = new HistoryEntry(Instant.parse("2017-04-03T15:20:00Z"), "Ana", "submit", "air-quality", 2017, null,
                "ready for review", Map.of("state", "draft"), step);

        assertThat(HistoryFormat.entry(submit)).containsExactly(
                "2017-04-03T15:20:00Z  Ana  submit  air-quality 2017",
                "  state: draft → submitted",
                "  because: ready for review");
    }

    @Test
    void anEntryOfAnEventNamesItInItsFirstLine() {
        HistoryEntry added = new HistoryEntry(Instant.parse("2017-05-11T08:00:00Z"), "Luis", "import", "air-quality", 2017,
                "aq-2017-q2-visit", "imported from aq.xlsx", null, Plain.event(visit()));

        List<String> lines = HistoryFormat.entry(added);

        assertThat(lines.get(0)).isEqualTo("2017-05-11T08:00:00Z  Luis  import  air-quality 2017: event aq-2017-q2-visit added");
        assertThat(lines).contains("  kind: site visit", "  because: imported from aq.xlsx");
    }

    @Test
    void noFieldIsCutAndNoLineIsLongerThanAHundredColumnsUnlessOneWordIs() {
        String word = "https://example.org/" + "a".repeat(120);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("description", LONG_TITLE + " " + LONG_TITLE + " " + word + " end");

        List<String> lines = HistoryFormat.fields(null, after, "  ");

        assertThat(lines).allSatisfy(l -> assertThat(l.length() <= 100 || l.strip().equals(word)).as(l).isTrue());
        assertThat(String.join(" ", lines.stream().map(String::strip).toList()))
                .isEqualTo("description: " + LONG_TITLE + " " + LONG_TITLE + " " + word + " end");
    }

    @Test
    void aChangeTooLongForALineShowsTheValueAfterOnLinesOfItsOwn() {
        List<String> lines = HistoryFormat.fields(Map.of("title", "Border meeting of the air quality working group"),
                Map.of("title", LONG_TITLE), "  ");

        assertThat(lines).containsExactly(
                "  title: Border meeting of the air quality working group",
                "    → Visit to the Mexicali monitoring stations with the district and the state air quality staff,",
                "      and the new sensors of the university");
    }

    @Test
    void aFlagWrittenOnlyWhenSetReadsNoWhereItIsLeftOut() {
        Map<String, Object> carried = new LinkedHashMap<>();
        carried.put("level", "moderate");
        carried.put("carriedOver", true);

        assertThat(HistoryFormat.fields(carried, Map.of("level", "moderate"), "  ")).containsExactly("  carried over: yes → no");
    }

    @Test
    void anOrderOnlyChangeAndAnUnknownValueAreStillSaid() {
        assertThat(HistoryFormat.change(null, null, null, "  ")).containsExactly("  only the order of rows changed");
        assertThat(HistoryFormat.change("x-1", Map.of("colour", "red"), Map.of("colour", "blue"), ""))
                .containsExactly("x-1 changed:", "  colour: red → blue");
        assertThat(HistoryFormat.name("levelsCarriedOver")).isEqualTo("levels carried over");
    }

    @Test
    void theHistorysWordsAreInBothLanguagesKeyForKey() {
        Map<String, String> en = HistoryFormat.words("history.properties");
        Map<String, String> es = HistoryFormat.words("history_es.properties");
        assertThat(es.keySet()).isEqualTo(en.keySet());
        assertThat(en).containsEntry("action.year-open", "year open").containsEntry("field.activityId", "activity")
                .containsEntry("field.asOf", "as of");
        assertThat(es).containsEntry("action.year-open", "apertura del año").containsEntry("field.activityId", "actividad");
        en.forEach((key, words) -> assertThat(es.get(key)).as(key).isNotBlank().isNotEqualTo(words));
    }

    @Test
    void anEntryIsSaidInSpanishWithTheWordsOfTheFiles() {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("levelsCarriedOver", 6);
        after.put("state", "draft");
        HistoryEntry e = new HistoryEntry(Instant.parse("2017-03-01T10:00:00Z"), "ana", "year open", "air-quality", 2017, null, null, null,
                after);
        assertThat(HistoryFormat.entry(e, "es")).containsExactly("2017-03-01T10:00:00Z  ana  apertura del año  air-quality 2017",
                "  niveles que vienen del año anterior: 6", "  estado: borrador");
        assertThat(HistoryFormat.entry(e, "en")).containsExactly("2017-03-01T10:00:00Z  ana  year open  air-quality 2017",
                "  levels carried over: 6", "  state: draft");
    }
}
