package mou.cycle.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import mou.core.cycle.CycleException;
import mou.core.cycle.CycleException.Kind;
import mou.core.cycle.ExportTranslations;
import mou.core.cycle.ExportedTranslations;
import mou.core.cycle.ImportTranslations;
import mou.core.cycle.ImportedTranslations;
import mou.core.cycle.Problem;
import mou.core.model.GroupYear;
import mou.core.model.HistoryEntry;
import mou.core.model.ReviewState;
import mou.core.model.Text;
import mou.core.model.Workspace;
import mou.core.model.Years;
import mou.cycle.internal.Workbench.Loaded;
import mou.cycle.internal.WorkspaceTexts.Place;

/**
 * The workspace's texts to translators and back ({@code translations export} and {@code import}): which
 * texts go out ({@link WorkspaceTexts}, as XLIFF 2 by {@link Xliff}), and the rules for bringing a
 * translation back, all or nothing, in one save of the workspace with a history entry per text.
 *
 * <p>A translation is taken when its unit names a text of the workspace whose English is still the
 * one exported (the unit's fingerprint, or its source where a tool dropped the fingerprint), of a year
 * that is not published, with a plain target (no inline codes). A unit without a target, or with an
 * empty one, is skipped and counted, unless its state says translated, reviewed or final: then the
 * file contradicts itself and is refused. A stale text's old Spanish that comes back unchanged and
 * still in state {@code initial} was not checked by anyone and stays stale (counted as unconfirmed).
 * A translation is recorded for a group's year that is under review or approved too: it does not
 * change what the group reported, and a year is translated before it is published.
 */
final class TranslationExchange {

    /** The history's action for a text translated by an import. */
    static final String ACTION = "translations import";

    private final Workbench bench;

    TranslationExchange(Workbench bench) {
        this.bench = bench;
    }

    ExportedTranslations export(ExportTranslations r) throws CycleException {
        String language = language(r.language());
        Loaded loaded = bench.load(r.acting());
        Workspace ws = loaded.workspace();
        if (r.groupId() != null) {
            Workbench.plan(ws, r.groupId());
        }
        if (r.year() != null) {
            int year = r.year();
            if (!Years.inRange(year)) {
                throw Workbench.usage("year", "{year} " + year + " is outside the allowed range: give " + Years.RULE);
            }
            if (r.groupId() != null) {
                Workbench.groupYear(ws, r.groupId(), year);
            } else if (ws.years().stream().noneMatch(y -> y.year() == year) && ws.report(year).isEmpty()) {
                throw Workbench.usage("year", "no group has " + year + " and there is no report of it; the workspace's years: "
                        + ws.years().stream().map(y -> String.valueOf(y.year())).distinct().sorted().collect(Collectors.joining(", ")));
            }
        }
        List<Xliff.Out> units = new ArrayList<>();
        Set<String> files = new LinkedHashSet<>();
        int untranslated = 0;
        int stale = 0;
        int locked = 0;
        for (Place place : WorkspaceTexts.of(ws)) {
            if (!place.translatable() || !inScope(place, r.groupId(), r.year())) {
                continue;
            }
            Text text = place.text();
            boolean missing = text.untranslatedIn(language);
            boolean changed = text.spanishStale();
            if (!r.all() && !missing && !changed) {
                continue;
            }
            if (published(ws, place)) {
                locked++;
                continue;
            }
            units.add(new Xliff.Out(place, text.es(), changed));
            files.add(place.file());
            untranslated += missing ? 1 : 0;
            stale += changed ? 1 : 0;
        }
        byte[] xliff = units.isEmpty() ? new byte[0] : Xliff.write(units, language);
        return new ExportedTranslations(xliff, units.size(), untranslated, stale, List.copyOf(files), locked);
    }

    /** The language to translate into: Spanish, the one the workspace keeps beside English. */
    private static String language(String language) throws CycleException {
        String l = language == null ? "es" : language.strip().toLowerCase(Locale.ROOT);
        if (l.equals("es")) {
            return l;
        }
        throw Workbench.usage("language", l.equals("en") ? "English is the language the texts are translated from; give {language} es"
                : "the workspace keeps its texts in English and Spanish, so {language} is es, not '" + language + "'");
    }

    private static boolean inScope(Place place, String groupId, Integer year) {
        if (groupId != null && !groupId.equals(place.groupId())) {
            return false;
        }
        return year == null || place.year() == null || place.year().equals(year);
    }

    /** Whether the place is in a group's year that is published (and so locked). */
    private static boolean published(Workspace ws, Place place) {
        return place.groupId() != null && place.year() != null && ws.year(place.groupId(), place.year())
                .map(GroupYear::review).map(review -> review.state() == ReviewState.PUBLISHED).orElse(false);
    }

    ImportedTranslations importTranslations(ImportTranslations r) throws CycleException {
        String by = Workbench.actor(r.acting());
        String name = r.source() == null || r.source().isBlank() ? "the translations file" : r.source().strip();
        if (r.xliff() == null || r.xliff().length == 0) {
            throw new CycleException(Kind.INVALID, "xliff", name + " is empty; give the XLIFF file that translations export wrote,"
                    + " translated; nothing was imported");
        }
        Xliff.Read read;
        try {
            read = Xliff.read(r.xliff(), name);
        } catch (Xliff.Unreadable e) {
            throw invalid(e.problems(), List.of());
        }
        if (!language(read.sourceLanguage(), "en") || !language(read.targetLanguage(), "es")) {
            throw new CycleException(Kind.INVALID, "xliff", name + " translates from '" + read.sourceLanguage() + "' into '"
                    + read.targetLanguage() + "'; mou-progress takes translations from English (en) into Spanish (es), as"
                    + " translations export writes them; nothing was imported");
        }
        return bench.retried(r.acting(), () -> apply(r, by, name, read));
    }

    /** Whether an XLIFF language tag is the language (en, en-US; es, es-MX, es-419). */
    private static boolean language(String tag, String language) {
        return tag != null && tag.toLowerCase(Locale.ROOT).split("-", 2)[0].equals(language);
    }

    private ImportedTranslations apply(ImportTranslations r, String by, String name, Xliff.Read read) throws CycleException {
        Loaded loaded = bench.load(r.acting());
        Workspace ws = loaded.workspace();
        Map<String, Place> places = new HashMap<>();
        for (Place place : WorkspaceTexts.of(ws)) {
            String unit = Xliff.unitId(place.path());
            places.put(place.file() + "\n" + unit, place);
            places.putIfAbsent(Xliff.fileId(place.file()) + "\n" + unit, place);
        }
        List<String> problems = new ArrayList<>();
        List<String> changedEnglish = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, String> spanish = new LinkedHashMap<>();
        List<HistoryEntry> history = new ArrayList<>();
        Instant now = bench.now();
        String why = "from " + name + (r.acting().why() == null || r.acting().why().isBlank() ? "" : ": " + r.acting().why().strip());
        int unchanged = 0;
        int untranslated = 0;
        int unconfirmed = 0;
        for (Xliff.In unit : read.units()) {
            String label = "unit " + unit.id() + " of " + unit.file();
            Place place = places.get(unit.file() + "\n" + unit.id());
            if (place == null) {
                problems.add(label + ": the workspace has no such text (a unit names a text by its file and its path there,"
                        + " as translations export wrote them)");
                continue;
            }
            if (!seen.add(place.name())) {
                problems.add(label + ": the file has this unit more than once; keep one");
                continue;
            }
            Text text = place.text();
            if (!place.translatable()) {
                problems.add(label + ": " + place.name() + (text.isAsIs() ? " is marked asIs (\"" + text.asIs()
                        + "\") and stays as it is in every language" : " has no English to translate"));
                continue;
            }
            boolean sameEnglish = unit.english() != null ? unit.english().equals(Text.fingerprint(text.en()))
                    : unit.source().equals(text.en());
            if (!sameEnglish) {
                changedEnglish.add(label + ": the English of " + place.name() + " changed since the export"
                        + (unit.english() == null ? " (the unit carries no fingerprint of its English, and its source differs)" : "")
                        + "; it is now " + quote(text.en()));
                continue;
            }
            if (published(ws, place)) {
                problems.add(label + ": " + place.groupId() + " " + place.year() + " is published and locked; its texts cannot change");
                continue;
            }
            String target = unit.target() == null ? "" : unit.target().strip();
            if (target.isEmpty()) {
                if (unit.translated()) {
                    problems.add(label + ": its state says translated but it has no Spanish; give the Spanish or set the state"
                            + " back to initial");
                } else {
                    untranslated++;
                }
                continue;
            }
            if (!unit.codes().isEmpty()) {
                problems.add(label + ": its Spanish has inline codes (" + String.join(", ", unit.codes()) + ") that the English"
                        + " has none of; the workspace's texts are plain text: remove them");
                continue;
            }
            int control = Workbench.controlCharacter(target);
            if (control >= 0) {
                problems.add(label + ": its Spanish has the control character U+" + String.format(Locale.ROOT, "%04X", control)
                        + ", which no text shows; remove it");
                continue;
            }
            if (target.equals(text.es())) {
                if (!text.spanishStale()) {
                    unchanged++;
                    continue;
                }
                if (!unit.translated()) {
                    unconfirmed++;
                    continue;
                }
            }
            spanish.put(place.name(), target);
            Map<String, Object> before = new LinkedHashMap<>();
            before.put("es", text.es());
            history.add(new HistoryEntry(now, by, ACTION, place.groupId(), place.year(), place.name(), why, before,
                    Map.of("es", target)));
        }
        if (!problems.isEmpty() || !changedEnglish.isEmpty()) {
            List<String> all = new ArrayList<>(problems);
            all.addAll(changedEnglish);
            List<String> advice = new ArrayList<>();
            if (!changedEnglish.isEmpty()) {
                advice.add(Count.of(changedEnglish.size(), "text's English", "texts' English") + " changed since the export: export"
                        + " again (translations export) and translate " + (changedEnglish.size() == 1 ? "it" : "them") + " anew");
            }
            CycleException e = invalid(all, advice);
            throw problems.isEmpty() ? new CycleException(Kind.CONFLICT, e.problems()) : e;
        }
        List<String> files = spanish.isEmpty() ? List.of() : bench.save(loaded, WorkspaceTexts.withSpanish(ws, spanish), history);
        return new ImportedTranslations(List.copyOf(spanish.keySet()), unchanged, untranslated, unconfirmed, files);
    }

    private static String quote(String english) {
        return "\"" + (english.length() > 80 ? english.substring(0, 77) + "..." : english) + "\"";
    }

    /** Every problem (the first {@value Tables#MOST_PROBLEMS} of many), the advice, and that nothing was imported. */
    private static CycleException invalid(List<String> problems, List<String> advice) {
        List<Problem> all = new ArrayList<>();
        Tables.capped(problems).forEach(p -> all.add(new Problem("xliff", p)));
        advice.forEach(a -> all.add(new Problem("xliff", a)));
        all.add(new Problem("xliff", (problems.size() > 1 ? Count.of(problems.size(), "problem") + "; " : "")
                + "nothing was imported, the workspace is unchanged"));
        return new CycleException(Kind.INVALID, all);
    }
}
