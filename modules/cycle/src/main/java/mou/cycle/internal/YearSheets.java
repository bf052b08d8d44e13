package mou.cycle.internal;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import mou.core.cycle.Imported;
import mou.core.cycle.SheetColumn;
import mou.core.cycle.SheetTable;
import mou.core.cycle.WriteNarrative;
import mou.core.model.Activity;
import mou.core.model.Assessment;
import mou.core.model.Bounds;
import mou.core.model.DateSpan;
import mou.core.model.Event;
import mou.core.model.GroupYear;
import mou.core.cycle.Problem;
import mou.core.model.Ids;
import mou.core.model.InvalidValueException;
import mou.core.model.Link;
import mou.core.model.Metric;
import mou.core.model.Narrative;
import mou.core.model.OverarchingGoal;
import mou.core.model.ProgressLevel;
import mou.core.model.Quarter;
import mou.core.model.QuarterlyUpdate;
import mou.core.model.Text;
import mou.core.model.WorkingGroupPlan;
import mou.core.model.Workspace;
import mou.core.model.Years;
import mou.core.report.Labels;
import mou.cycle.internal.Tables.Read;

/**
 * A group's year as the tables of its spreadsheet, and back. Export writes the plan (read-only)
 * beside what the group fills in; import checks every cell, collects every problem with its sheet
 * and cell, and only when there is none gives the new year. Each text has its Spanish column beside the
 * English (at the end of its table for the ratings, figures and events): a Spanish cell left as exported
 * keeps the Spanish, which is stale when the English changed; a changed one translates the English. What a
 * cell does not show (evidence titles, whether a level was inferred) is kept as long as the cell is unchanged.
 */
final class YearSheets {

    static final String ABOUT = "About";
    static final String ASSESSMENTS = "Assessments";
    static final String FIGURES = "Figures";
    static final String EVENTS = "Events";
    static final String NARRATIVE = "Narrative";
    static final String UPDATES = "Updates";
    /** The sheets by their English names, which are also their keys (and name the CSV files, whatever the export's language). */
    static final List<String> NAMES = List.of(ABOUT, ASSESSMENTS, FIGURES, EVENTS, NARRATIVE, UPDATES);

    /** Each sheet's Spanish name, by its English one. */
    private static final Map<String, String> SPANISH_NAMES = Map.of(ABOUT, "Acerca de", ASSESSMENTS, "Calificaciones", FIGURES, "Cifras",
            EVENTS, "Eventos", NARRATIVE, "Narrativa", UPDATES, "Informes trimestrales");

    static final List<String> PARTS = WriteNarrative.PARTS;
    static final List<String> QUARTERS = List.of("1", "2", "3", "4");

    /** The About sheet's rows that import reads, by the English and Spanish words of their first cell. */
    private static final Words GROUP_FIELD = new Words("Working group", "Grupo de trabajo");
    private static final Words YEAR_FIELD = new Words("Year", "Año");
    private static final Words EXPORTED_FIELD = new Words("Exported", "Exportado");

    private static final Labels ENGLISH = Labels.forLanguage("en");

    private YearSheets() {
    }

    /**
     * A word of the workbook (a sheet's name, a column's heading, an About field) in English and Spanish: the workbook is
     * exported in one language and either is read back.
     */
    record Words(String en, String es) {

        String in(String language) {
            return "es".equals(language) ? es : en;
        }

        /** Whether {@code text} is this word in either language (case and surrounding spaces aside). */
        boolean said(String text) {
            String t = text.strip();
            return t.equalsIgnoreCase(en) || t.equalsIgnoreCase(es);
        }
    }

    /** The workbook's name of a sheet (its English name) in {@code language}. */
    static String name(String sheet, String language) {
        return "es".equals(language) ? SPANISH_NAMES.get(sheet) : sheet;
    }

    /** The English name of a sheet named in either language ({@code Calificaciones}: {@code Assessments}), or null. */
    static String key(String name) {
        for (String sheet : NAMES) {
            if (new Words(sheet, SPANISH_NAMES.get(sheet)).said(name)) {
                return sheet;
            }
        }
        return null;
    }

    /** The sheet of {@code sheets} that is {@code sheet} (an English name), under its English or Spanish name; null when none is. */
    static Read sheet(Map<String, Read> sheets, String sheet) {
        Read read = sheets.get(sheet);
        if (read == null) {
            read = sheets.get(SPANISH_NAMES.get(sheet));
        }
        if (read == null) {
            for (Map.Entry<String, Read> e : sheets.entrySet()) {
                if (sheet.equals(key(e.getKey()))) {
                    return e.getValue();
                }
            }
        }
        return read;
    }

    /**
     * The language a workbook was exported in: Spanish when its About sheet has its Spanish name or headings (a CSV
     * file's names are English in both), else English (every workbook exported before it could be Spanish).
     */
    static String language(Map<String, Read> sheets) {
        Read about = sheet(sheets, ABOUT);
        if (about == null) {
            return "en";
        }
        boolean spanish = about.name().strip().equalsIgnoreCase(SPANISH_NAMES.get(ABOUT))
                || !about.rows().isEmpty() && about.cell(0, 0).equalsIgnoreCase("Campo");
        return spanish ? "es" : "en";
    }

    static List<String> levelChoices() {
        return levelChoices("en");
    }

    /** The Progress Key's levels in {@code language}, as the Level drop-down offers them (import reads any of them, and the ids). */
    static List<String> levelChoices(String language) {
        Labels labels = Labels.forLanguage(language);
        return Arrays.stream(ProgressLevel.values()).map(labels::level).toList();
    }

    static List<String> kindChoices() {
        return kindChoices("en");
    }

    /** The event kinds as the Kind drop-down offers them: their ids in English (as before), their words in Spanish. */
    static List<String> kindChoices(String language) {
        if (!"es".equals(language)) {
            return Arrays.stream(Event.Kind.values()).map(Event.Kind::id).toList();
        }
        Labels labels = Labels.forLanguage(language);
        return Arrays.stream(Event.Kind.values()).map(k -> labels.get("event." + k.id())).toList();
    }

    /** The kind a Kind cell names: its id, or its word in English or Spanish. */
    static Optional<Event.Kind> kind(String text) {
        Optional<Event.Kind> byId = Event.Kind.byId(text);
        if (byId.isPresent()) {
            return byId;
        }
        for (String language : List.of("en", "es")) {
            Labels labels = Labels.forLanguage(language);
            for (Event.Kind k : Event.Kind.values()) {
                if (labels.get("event." + k.id()).equalsIgnoreCase(text.strip())) {
                    return Optional.of(k);
                }
            }
        }
        return Optional.empty();
    }

    /** The narrative's parts as the Part drop-down offers them: their ids in English (as before), their words in Spanish. */
    static List<String> partChoices(String language) {
        if (!"es".equals(language)) {
            return PARTS;
        }
        Map<String, String> words = mou.core.cycle.Problem.valueWords(language);
        return PARTS.stream().map(p -> words.getOrDefault("part." + p, p)).toList();
    }

    /** The part a Part cell names: its id, or its Spanish word; null when it names none. */
    static String part(String text) {
        if (PARTS.contains(text)) {
            return text;
        }
        List<String> spanish = partChoices("es");
        for (int i = 0; i < PARTS.size(); i++) {
            if (spanish.get(i).equalsIgnoreCase(text.strip())) {
                return PARTS.get(i);
            }
        }
        return null;
    }

    // export ------------------------------------------------------------------------------------

    /** The year's sheets in English. */
    static List<SheetTable> export(Workspace ws, WorkingGroupPlan plan, GroupYear year, String exportedBy, String exportedAt) {
        return export(ws, plan, year, exportedBy, exportedAt, "en");
    }

    /**
     * The year's sheets in {@code language} ({@code es}, else English): the sheets' names, headings, instructions and
     * choices, and the plan's words (an activity, a level) in it; the group's texts in their English and Spanish columns
     * in either. This is the one description of the workbook's layout: import reads the columns by these headings.
     */
    static List<SheetTable> export(Workspace ws, WorkingGroupPlan plan, GroupYear year, String exportedBy, String exportedAt, String language) {
        String l = "es".equals(language) ? "es" : "en";
        Labels labels = Labels.forLanguage(l);
        List<String> levels = levelChoices(l);
        List<SheetTable> tables = new ArrayList<>();
        tables.add(new SheetTable(name(ABOUT, l), aboutColumns(l), List.of(
                List.of(GROUP_FIELD.in(l), plan.groupId()),
                List.of(YEAR_FIELD.in(l), String.valueOf(year.year())),
                List.of(w(l, "Review state", "Estado de revisión"), l.equals("es") ? labels.state(year.review().state()) : year.review().state().id()),
                List.of(EXPORTED_FIELD.in(l), exportedAt + w(l, " by ", " por ") + exportedBy),
                List.of(w(l, "How to fill", "Cómo llenarlo"), w(l, "Yellow cells are yours to fill in; grey cells come from the plan and are locked.",
                        "Las celdas amarillas son las que usted llena; las grises vienen del plan y están bloqueadas.")),
                List.of(w(l, "Levels", "Niveles"), w(l, "Pick a level of the Progress Key from the drop-down: " + String.join(", ", levels) + "."
                        + " A level carried over from last year is not a rating of this year: give each activity a rationale of this"
                        + " year, also to keep its level; a new level needs a new rationale.",
                        "Elija un nivel de la Clave de avance en la lista desplegable: " + String.join(", ", levels) + "."
                        + " Un nivel arrastrado del año anterior no es una calificación de este año: dé a cada actividad una justificación"
                        + " de este año, también para mantener su nivel; un nivel nuevo necesita una justificación nueva.")),
                List.of(w(l, "Texts", "Textos"), w(l, "Each text has an English column and a Spanish one beside it: the English is the group's"
                        + " text, the Spanish its translation. A Spanish cell left as it is keeps its translation.",
                        "Cada texto tiene una columna en inglés y otra en español a su lado: el inglés es el texto del grupo y el español,"
                        + " su traducción. Una celda en español que no cambia conserva su traducción.")),
                List.of(w(l, "Evidence", "Evidencia"), w(l, "Web addresses (https://...) or paths of files in the workspace (evidence/minutes.pdf), one per line.",
                        "Direcciones web (https://...) o rutas de archivos del espacio de trabajo (evidence/minutes.pdf), una por línea.")),
                List.of(w(l, "Dates", "Fechas"), w(l, "2017-03-14, 2017-03, 2017, or a span such as 2017-10-20/2017-10-21.",
                        "2017-03-14, 2017-03, 2017, o un periodo como 2017-10-20/2017-10-21.")),
                List.of(w(l, "Quarters", "Trimestres"), w(l, "A figure's or event's Quarter names each quarterly update that reports it: pick one from the drop-down, or"
                        + " type several separated by commas (1, 3); leave it empty when no update reports it. A quarter taken out of the"
                        + " cell is taken out of that update.", "El Trimestre de una cifra o de un evento nombra cada informe trimestral que lo"
                        + " reporta: elija uno de la lista desplegable, o escriba varios separados por comas (1, 3); déjelo vacío si ningún"
                        + " informe lo reporta. Un trimestre que se quita de la celda se quita de ese informe.")),
                List.of(w(l, "Import", "Importar"), w(l, "mou import FILE (or the upload on the year's spreadsheet page) applies the workbook all or"
                        + " nothing: any problem is listed with its cell and nothing changes.", "mou import ARCHIVO (o la subida en la página de"
                        + " la hoja de cálculo del año) aplica el libro todo o nada: cada problema se indica con su celda y nada cambia.")))
                , 0));

        int previousYear = ws.years().stream().filter(y -> y.groupId().equals(plan.groupId()) && y.year() < year.year())
                .mapToInt(GroupYear::year).max().orElse(year.year() - 1);
        Optional<GroupYear> previous = ws.year(plan.groupId(), previousYear);
        List<List<String>> assessments = new ArrayList<>();
        for (OverarchingGoal goal : plan.goals()) {
            for (Activity activity : goal.activities()) {
                Optional<Assessment> a = year.assessment(activity.id());
                assessments.add(List.of(String.valueOf(goal.number()), activity.id(), activity.description().in(l),
                        previous.flatMap(p -> p.assessment(activity.id())).map(p -> labels.level(p.level())).orElse(""),
                        a.map(x -> x.level() == null ? "" : labels.level(x.level())).orElse(""),
                        a.map(x -> x.rationale() == null ? "" : x.rationale().en()).orElse(""),
                        a.map(x -> String.join("\n", x.evidence().stream().map(Link::url).toList())).orElse(""),
                        a.map(YearSheets::rationaleEs).orElse("")));
            }
        }
        tables.add(new SheetTable(name(ASSESSMENTS, l), List.of(Tables.plan(w(l, "Goal", "Meta general"), 6), Tables.plan(w(l, "Activity id", "Id de actividad"), 12),
                Tables.plan(w(l, "Activity", "Actividad"), 60), Tables.plan(w(l, "Level in ", "Nivel en ") + previousYear, 20),
                Tables.choice(w(l, "Level", "Nivel"), 22, levels), Tables.fill(w(l, "Rationale", "Justificación (inglés)"), 60),
                Tables.fill(w(l, "Evidence", "Evidencia"), 40), Tables.fill(w(l, "Rationale (Spanish)", "Justificación (español)"), 60)), assessments, 0));

        List<List<String>> figures = new ArrayList<>();
        for (Metric m : year.metrics()) {
            figures.add(List.of(m.id(), en(m.label()), number(m.value()), nz(m.unit()), number(m.target()), number(m.baseline()),
                    m.asOf() == null ? "" : m.asOf().iso(), nz(m.activityId()), en(m.note()), quartersOf(year, u -> u.metrics().contains(m.id())),
                    es(m.label()), es(m.note()), es(m.unitText())));
        }
        tables.add(new SheetTable(name(FIGURES, l), List.of(Tables.fill("Id", 24), Tables.fill(w(l, "Label", "Etiqueta (inglés)"), 50),
                Tables.number(w(l, "Value", "Valor"), 12), Tables.fill(w(l, "Unit", "Unidad"), 12), Tables.number(w(l, "Target", "Meta"), 12),
                Tables.number(w(l, "Baseline", "Línea base"), 12), Tables.fill(w(l, "As of", "Fecha del dato"), 12),
                Tables.fill(w(l, "Activity id", "Id de actividad"), 12), Tables.fill(w(l, "Note", "Nota (inglés)"), 30),
                Tables.choices(w(l, "Quarter", "Trimestre"), 9, QUARTERS), Tables.fill(w(l, "Label (Spanish)", "Etiqueta (español)"), 50),
                Tables.fill(w(l, "Note (Spanish)", "Nota (español)"), 30), Tables.fill(w(l, "Unit (Spanish)", "Unidad (español)"), 12)),
                figures, 15));

        List<String> kinds = kindChoices(l);
        List<List<String>> events = new ArrayList<>();
        for (Event e : year.events()) {
            events.add(List.of(e.id(), e.kind() == null ? "" : kinds.get(e.kind().ordinal()), e.date() == null ? "" : e.date().iso(), en(e.title()),
                    en(e.place()), String.join(", ", e.organizations()), e.participants() == null ? "" : String.valueOf(e.participants()),
                    en(e.description()), nz(e.activityId()), quartersOf(year, u -> u.events().contains(e.id())), es(e.title()), es(e.place()),
                    es(e.description())));
        }
        tables.add(new SheetTable(name(EVENTS, l), List.of(Tables.fill("Id", 24), Tables.choice(w(l, "Kind", "Tipo"), 14, kinds),
                Tables.fill(w(l, "Date", "Fecha"), 22), Tables.fill(w(l, "Title", "Título (inglés)"), 50), Tables.fill(w(l, "Place", "Lugar (inglés)"), 24),
                Tables.fill(w(l, "Organizations", "Organizaciones"), 24), Tables.number(w(l, "Participants", "Participantes"), 12),
                Tables.fill(w(l, "Description", "Descripción (inglés)"), 40), Tables.fill(w(l, "Activity id", "Id de actividad"), 12),
                Tables.choices(w(l, "Quarter", "Trimestre"), 9, QUARTERS), Tables.fill(w(l, "Title (Spanish)", "Título (español)"), 50),
                Tables.fill(w(l, "Place (Spanish)", "Lugar (español)"), 24), Tables.fill(w(l, "Description (Spanish)", "Descripción (español)"), 40)),
                events, 15));

        List<String> parts = partChoices(l);
        List<List<String>> narrative = new ArrayList<>();
        for (int i = 0; i < PARTS.size(); i++) {
            for (Text t : year.narrative().part(PARTS.get(i))) {
                narrative.add(List.of(parts.get(i), t.en(), t.es() == null ? "" : t.es()));
            }
        }
        tables.add(new SheetTable(name(NARRATIVE, l), List.of(Tables.choice(w(l, "Part", "Parte"), 16, parts), Tables.fill(w(l, "English", "Inglés"), 80),
                Tables.fill(w(l, "Spanish", "Español"), 80)), narrative, 20));

        List<List<String>> updates = new ArrayList<>();
        for (QuarterlyUpdate u : year.updates()) {
            for (Text t : u.happened()) {
                updates.add(List.of(String.valueOf(u.quarter()), t.en(), t.es() == null ? "" : t.es()));
            }
        }
        tables.add(new SheetTable(name(UPDATES, l), List.of(Tables.choice(w(l, "Quarter", "Trimestre"), 9, QUARTERS),
                Tables.fill(w(l, "What happened (English)", "Qué ocurrió (inglés)"), 80), Tables.fill(w(l, "Spanish", "Qué ocurrió (español)"), 80)),
                updates, 12));
        return tables;
    }

    /** The words of the workbook in {@code language}. */
    private static String w(String language, String en, String es) {
        return new Words(en, es).in(language);
    }

    /** The Quarter cell of a figure or event: every quarter whose update reports it, in order, separated by commas ({@code 1, 3}). */
    private static String quartersOf(GroupYear year, java.util.function.Predicate<QuarterlyUpdate> names) {
        return String.join(", ", year.updates().stream().filter(names).map(QuarterlyUpdate::quarter).sorted().distinct()
                .map(String::valueOf).toList());
    }

    private static String en(Text t) {
        return t == null ? "" : t.en();
    }

    /** The Spanish cell of a text: its Spanish, or empty. */
    private static String es(Text t) {
        return t == null || t.es() == null ? "" : t.es();
    }

    /**
     * The Spanish cell of a rationale: a carried-over level's is the model's sentence in Spanish (shown to the reader, not the
     * group's to translate: import reads it back as no Spanish of the group's).
     */
    private static String rationaleEs(Assessment a) {
        return es(a.shownRationale());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static String number(BigDecimal n) {
        return n == null ? "" : n.stripTrailingZeros().scale() <= 0 ? n.toBigInteger().toString() : n.stripTrailingZeros().toPlainString();
    }

    // import ------------------------------------------------------------------------------------

    /** The outcome of reading a workbook: the new year when there were no problems. */
    /**
     * What a sheet gives: the year (null when there are problems), its problems, and the edits of
     * read-only plan cells that were not imported (each in English, with its Spanish as {@link SheetProblems} holds it).
     */
    record Result(GroupYear year, List<String> problems, List<String> ignored) {

        Result(GroupYear year, List<String> problems) {
            this(year, problems, List.of());
        }
    }

    /**
     * When the workbook was exported, from its About sheet ("Exported": "2017-03-01T10:00:00.250Z by Ana",
     * or to the second, "2017-03-01T10:00:00Z by Ana", as workbooks were stamped before); empty when the
     * cell does not say it (a workbook of an older version, an edited cell).
     */
    static Optional<java.time.Instant> exportedAt(Map<String, Read> sheets) {
        Read about = sheet(sheets, ABOUT);
        if (about == null) {
            return Optional.empty();
        }
        for (int r = 0; r < about.rows().size(); r++) {
            if (EXPORTED_FIELD.said(about.cell(r, 0))) {
                String moment = about.cell(r, 1).split(" ", 2)[0];
                try {
                    return Optional.of(java.time.Instant.parse(moment));
                } catch (java.time.format.DateTimeParseException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** The group and year a workbook is for, from its About sheet. */
    record Identity(String groupId, int year) {
    }

    static Identity identity(Map<String, Read> tables, List<String> problems) {
        Read about = sheet(tables, ABOUT);
        if (about == null) {
SheetProblems.add(problems, "the workbook has no sheet '" + ABOUT + "'; import a workbook made by export (it names the group and the year there)",
                    "el libro no tiene la hoja '" + name(ABOUT, "es") + "' ni '" + ABOUT + "'; importe un libro hecho con export (ahí nombra el grupo y el año)");
            return null;
        }
        about = about.byAnyHeaders(headers(export(ABOUT, language(tables)), export(ABOUT, other(language(tables)))), problems);
        if (about == null) {
            return null;
        }
        String group = about.cell(1, 1);
        String year = about.cell(2, 1);
        if (!GROUP_FIELD.said(about.cell(1, 0)) || group.isEmpty()) {
SheetProblems.add(problems, about.ref(1, 1) + ": the working group's id belongs here (as export wrote it)",
                    about.ref(1, 1) + ": aquí va el identificador del grupo de trabajo (como lo escribió export)");
            return null;
        }
        if (Years.parse(year).isEmpty()) {
SheetProblems.add(problems, about.ref(2, 1) + ": the year belongs here, four digits such as 2017 (as export wrote it)",
                    about.ref(2, 1) + ": aquí va el año, cuatro cifras como 2017 (como lo escribió export)");
            return null;
        }
        return new Identity(group, Years.parse(year).getAsInt());
    }

    static Result read(Map<String, Read> sheets, Workspace ws, WorkingGroupPlan plan, GroupYear current, Path workspaceFolder) {
        List<String> problems = new SheetProblems();
        String language = language(sheets);
        for (String name : NAMES) {
            if (sheet(sheets, name) == null) {
                SheetProblems.add(problems, "the workbook has no sheet '" + name(name, language) + "'; export the year again and fill in that workbook",
                        "el libro no tiene la hoja '" + name(name, language) + "'; exporte el año de nuevo y llene ese libro");
            }
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        // columns by their headers, as export writes them in either language, in any order
        Map<String, Read> tables = new LinkedHashMap<>();
        SheetTable exported = null;
        List<SheetTable> same = export(ws, plan, current, "", "", language);
        List<SheetTable> other = export(ws, plan, current, "", "", other(language));
        for (int i = 0; i < NAMES.size(); i++) {
            // the unit's Spanish came after workbooks were exported: one without it keeps each unit's Spanish
            Read read = sheet(sheets, NAMES.get(i)).byAnyHeaders(headers(same.get(i), other.get(i)), problems,
                    NAMES.get(i).equals(FIGURES) ? Set.of(UNIT_ES) : Set.of());
            if (read != null) {
                tables.put(NAMES.get(i), read);
            }
            if (NAMES.get(i).equals(ASSESSMENTS)) {
                exported = same.get(i);
            }
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        List<Assessment> assessments = assessments(tables.get(ASSESSMENTS), plan, current, workspaceFolder, language, problems);
        List<String> ignored = planEdits(tables.get(ASSESSMENTS), exported, plan.groupId());
        Set<String> otherIds = otherIds(ws, current);
        Map<String, Set<Integer>> metricQuarters = new LinkedHashMap<>();
        List<Metric> metrics = metrics(tables.get(FIGURES), plan, current, otherIds, metricQuarters, language, problems);
        Map<String, Set<Integer>> eventQuarters = new LinkedHashMap<>();
        List<Event> events = events(tables.get(EVENTS), ws, plan, current, otherIds, eventQuarters, language, problems);
        Set<String> both = new LinkedHashSet<>(metricQuarters.keySet());
        both.retainAll(eventQuarters.keySet());
        for (String id : both) {
SheetProblems.add(problems, tables.get(EVENTS).name() + ": the id '" + id + "' is used by a figure and an event; give each its own id",
                    tables.get(EVENTS).name() + ": el identificador '" + id + "' lo usan una cifra y un evento; dé a cada uno el suyo");
        }
        Narrative narrative = narrative(tables.get(NARRATIVE), current, language, problems);
        List<QuarterlyUpdate> updates = updates(tables.get(UPDATES), current, metricQuarters, eventQuarters, problems);
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        GroupYear year = new GroupYear(current.groupId(), current.year(), narrative, assessments, metrics, events, updates, current.review());
        return new Result(year, List.of(), ignored);
    }

    /**
     * The cells of the Assessments sheet's read-only columns (the plan's goal and activity, the level
     * of the year before: grey, locked in the workbook; a CSV file has no locks) whose text is not what
     * export wrote for that activity: such an edit is not imported, and the person who made it is told so.
     * Spaces and line breaks aside, and a goal number written as 1.0 is 1.
     */
    private static String other(String language) {
        return "es".equals(language) ? "en" : "es";
    }

    private static List<SheetColumn> aboutColumns(String language) {
        return List.of(Tables.plan(w(language, "Field", "Campo"), 22), Tables.plan(w(language, "Value", "Valor"), 90));
    }

    /** The About sheet's columns as export writes them in {@code language} (they do not depend on the group or year). */
    private static SheetTable export(String sheet, String language) {
        return new SheetTable(name(sheet, language), aboutColumns(language), List.of(), 0);
    }

    /** Each column's headers: first as {@code first} heads it (the workbook's language), then as {@code second} does. */
    private static List<List<String>> headers(SheetTable first, SheetTable second) {
        List<List<String>> headers = new ArrayList<>();
        for (int c = 0; c < first.columns().size(); c++) {
            headers.add(List.of(first.columns().get(c).header(), second.columns().get(c).header()));
        }
        return headers;
    }

    private static List<String> planEdits(Read sheet, SheetTable exported, String groupId) {
        List<String> ignored = new SheetProblems();
        Map<String, List<String>> byActivity = new HashMap<>();
        exported.rows().forEach(row -> byActivity.put(row.get(1), row));
        for (int r = 1; r < sheet.rows().size(); r++) {
            List<String> planRow = byActivity.get(sheet.cell(r, 1));
            if (planRow == null) {
                continue;
            }
            for (int c = 0; c < exported.columns().size(); c++) {
                if (c == 1 || exported.columns().get(c).fill() || samePlanText(sheet.cell(r, c), planRow.get(c))) {
                    continue;
                }
                String header = exported.columns().get(c).header();
                String was = planRow.get(c).length() > 60 ? planRow.get(c).substring(0, 59) + "…" : planRow.get(c);
                String file = "groups/" + groupId + "/plan.json";
                // the column before Level shows the level rated the year before: a rating of that year, not the plan's
                boolean previous = c == 3;
                SheetProblems.add(ignored, sheet.ref(r, c) + ": the column " + header + " is read-only (grey in the workbook), so the change"
                        + " there was not imported (it still says '" + was + "'); " + (previous ? "it is the level rated the year before"
                        : "the plan is changed in " + file + " (docs/workspace-format.md)"), sheet.ref(r, c) + ": la columna " + header
                        + " es de solo lectura (gris en el libro), así que el cambio ahí no se importó (sigue diciendo '" + was + "'); "
                        + (previous ? "es el nivel calificado el año anterior" : "el plan se cambia en " + file + " (docs/workspace-format.md)"));
            }
        }
        return ignored;
    }

    private static boolean samePlanText(String sheet, String plan) {
        String a = sheet.replaceAll("\\s+", " ").strip();
        String b = plan.replaceAll("\\s+", " ").strip();
        return a.equals(b) || a.matches("\\d+\\.0+") && a.substring(0, a.indexOf('.')).equals(b);
    }

    private static List<Assessment> assessments(Read sheet, WorkingGroupPlan plan, GroupYear current, Path folder, String language,
            List<String> problems) {
        Map<String, Assessment> byActivity = new LinkedHashMap<>();
        Map<String, Integer> rows = new HashMap<>();
        for (int r = 1; r < sheet.rows().size(); r++) {
            if (sheet.blank(r)) {
                continue;
            }
            String id = sheet.cell(r, 1);
            if (plan.activity(id).isEmpty()) {
SheetProblems.add(problems, sheet.ref(r, 1) + ": '" + id + "' is not an activity of the plan of " + plan.groupId()
                        + "; the plan columns are read-only, so keep the activity ids as exported", sheet.ref(r, 1) + ": '" + id
                        + "' no es una actividad del plan de " + plan.groupId() + "; las columnas del plan son de solo lectura, así que deje"
                        + " los identificadores de actividad como se exportaron");
                continue;
            }
            Integer first = rows.putIfAbsent(id, r);
            if (first != null) {
SheetProblems.add(problems, sheet.ref(r, 1) + ": the activity '" + id + "' has a row already (" + sheet.ref(first, 1) + "); keep one row per activity",
                        sheet.ref(r, 1) + ": la actividad '" + id + "' ya tiene una fila (" + sheet.ref(first, 1) + "); deje una fila por actividad");
                continue;
            }
            String levelText = sheet.cell(r, 4);
            String rationale = sheet.cell(r, 5);
            String evidenceText = sheet.cell(r, 6);
            Optional<Assessment> before = current.assessment(id);
            if (levelText.isEmpty()) {
                if (!rationale.isEmpty() || !evidenceText.isEmpty()) {
SheetProblems.add(problems, sheet.ref(r, 4) + ": a rationale or evidence is given but no level; choose a level of the Progress Key",
                            sheet.ref(r, 4) + ": hay justificación o evidencia pero no nivel; elija un nivel de la Clave de avance");
                }
                continue;
            }
            Optional<ProgressLevel> level = Workbench.level(levelText);
            if (level.isEmpty()) {
SheetProblems.add(problems, sheet.ref(r, 4) + ": '" + levelText + "' is not a level of the Progress Key; choose one of "
                        + String.join(", ", levelChoices(language)), sheet.ref(r, 4) + ": '" + levelText + "' no es un nivel de la Clave de avance;"
                        + " elija uno de estos: " + String.join(", ", levelChoices(language)));
            }
            if (rationale.isEmpty()) {
SheetProblems.add(problems, sheet.ref(r, 5) + ": a level needs its rationale: say why the activity stands at this level",
                        sheet.ref(r, 5) + ": un nivel necesita su justificación: diga por qué la actividad está en este nivel");
            }
            List<String> urls = evidenceText.isEmpty() ? List.of() : evidenceText.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
            List<String> known = before.map(b -> b.evidence().stream().map(Link::url).toList()).orElse(List.of());
            for (String url : urls) {
                if (!known.contains(url)) {
                    String at = sheet.ref(r, 6);
                    Workbench.evidenceProblem(folder, url).ifPresent(p -> SheetProblems.add(problems, at + ": " + p.message(), at + ": " + p.message("es")));
                }
            }
            if (level.isEmpty() || rationale.isEmpty()) {
                continue;
            }
            // a row that keeps the level and the rationale is no new rating (a carried-over level stays carried over);
            // any other is one, by the model's rule: a new level needs a new rationale
            boolean same = before.isPresent() && before.get().level() == level.get() && before.get().rationale() != null
                    && before.get().rationale().en().equals(rationale);
            if (!same) {
                Optional<String> refused = Assessment.ratingProblem(before.orElse(null), level.get(), rationale);
                if (refused.isPresent()) {
                    SheetProblems.add(problems, sheet.ref(r, 5) + ": " + refused.get(), sheet.ref(r, 5) + ": "
                            + Assessment.ratingProblem(before.orElse(null), level.get(), rationale, "es").orElse(refused.get()));
                    continue;
                }
            }
            byActivity.put(id, assessment(id, level.get(), rationale, sheet.cell(r, 7), urls, before));
        }
        for (Activity activity : plan.activities()) {
            if (!rows.containsKey(activity.id())) {
SheetProblems.add(problems, sheet.ref(0, 1) + ": the plan's activity '" + activity.id() + "' has no row; the plan is read-only,"
                        + " so keep every row as exported (leave " + w(language, "Level", "Nivel") + " empty for an activity not rated)",
                        sheet.ref(0, 1) + ": la actividad '" + activity.id() + "' del plan no tiene fila; el plan es de solo lectura, así que deje"
                        + " cada fila como se exportó (deje " + w(language, "Level", "Nivel") + " vacío para una actividad sin calificar)");
            }
        }
        List<Assessment> result = new ArrayList<>();
        for (Activity activity : plan.activities()) {
            Assessment a = byActivity.get(activity.id());
            if (a != null) {
                result.add(a);
            }
        }
        current.assessments().stream().filter(a -> plan.activity(a.activityId()).isEmpty()).forEach(result::add);
        return result;
    }

    /** The assessment a row gives; what the row does not show is kept from before while the row says the same. */
    private static Assessment assessment(String id, ProgressLevel level, String rationale, String rationaleEs, List<String> urls,
            Optional<Assessment> before) {
        if (before.isPresent()) {
            Assessment b = before.get();
            boolean sameRationale = b.rationale() != null && b.rationale().en().equals(rationale);
            if (Assessment.isCarriedOverRationale(rationaleEs)) {
                rationaleEs = rationaleEs(b); // the model's sentence, as the workbook showed a carried-over level: no Spanish given
            }
            boolean sameSpanish = rationaleEs.equals(rationaleEs(b));
            if (b.carriedOver() && sameSpanish) {
                rationaleEs = ""; // the model's sentence as exported: no Spanish of a new rationale
            }
            List<String> beforeUrls = b.evidence().stream().map(Link::url).toList();
            if (b.level() == level && sameRationale && sameSpanish && beforeUrls.equals(urls)) {
                return b;
            }
            List<Link> evidence = urls.stream().map(u -> b.evidence().stream().filter(l -> l.url().equals(u)).findFirst()
                    .orElse(new Link(null, u))).toList();
            // a rationale changed in English keeps its Spanish, which becomes stale (the sheet shows no Spanish of it);
            // a carried-over level's is the model's sentence, whose Spanish is no translation of the new rationale
            Text text = sameRationale && (sameSpanish || b.carriedOver()) ? b.rationale()
                    : paragraph(rationale, rationaleEs, b.carriedOver() ? null : b.rationale());
            boolean unchanged = b.level() == level && sameRationale;
            return new Assessment(id, level, text, evidence, unchanged && b.inferred(), unchanged && b.carriedOver());
        }
        return new Assessment(id, level, Text.of(rationale, rationaleEs.isEmpty() || Assessment.isCarriedOverRationale(rationaleEs) ? null
                : rationaleEs), urls.stream()
                .map(u -> new Link(null, u)).toList(), false);
    }

    /** Ids used elsewhere in the workspace, which this year's new figures and events may not take. */
    private static Set<String> otherIds(Workspace ws, GroupYear current) {
        Set<String> ids = new java.util.HashSet<>();
        for (GroupYear y : ws.years()) {
            if (y.groupId().equals(current.groupId()) && y.year() == current.year()) {
                continue;
            }
            y.metrics().forEach(m -> ids.add(m.id()));
            y.events().forEach(e -> ids.add(e.id()));
        }
        for (WorkingGroupPlan p : ws.plans()) {
            p.goals().forEach(g -> ids.add(g.id()));
            p.activities().forEach(a -> {
                ids.add(a.id());
                a.deliverables().forEach(d -> ids.add(d.id()));
            });
        }
        ws.relatedAgreements().forEach(r -> r.figures().forEach(f -> ids.add(f.id())));
        return ids;
    }

    private static String rowId(Read sheet, int r, Set<String> otherIds, Map<String, Integer> seen, String what, List<String> problems) {
        String id = sheet.cell(r, 0);
        if (id.isEmpty()) {
SheetProblems.add(problems, sheet.ref(r, 0) + ": the " + what + " needs an id (lower case letters, digits and '-', e.g. aq-2017-samples)",
                    sheet.ref(r, 0) + ": " + ("figure".equals(what) ? "la cifra" : "el evento") + " necesita un identificador (letras minúsculas,"
                    + " cifras y '-', p. ej. aq-2017-samples)");
            return null;
        }
        if (!Ids.valid(id)) {
SheetProblems.add(problems, sheet.ref(r, 0) + ": " + Ids.problem(id), sheet.ref(r, 0) + ": "
                    + Problem.of(null, "id.invalid", id).message("es"));
            return null;
        }
        if (otherIds.contains(id)) {
SheetProblems.add(problems, sheet.ref(r, 0) + ": the id '" + id + "' is already used elsewhere in the workspace; ids are unique, so choose another",
                    sheet.ref(r, 0) + ": el identificador '" + id + "' ya se usa en otro lugar del espacio de trabajo; los identificadores son"
                    + " únicos, así que elija otro");
            return null;
        }
        Integer first = seen.putIfAbsent(id, r);
        if (first != null) {
SheetProblems.add(problems, sheet.ref(r, 0) + ": the id '" + id + "' is used twice (also at " + sheet.ref(first, 0) + "); give each " + what + " its own id",
                    sheet.ref(r, 0) + ": el identificador '" + id + "' se usa dos veces (también en " + sheet.ref(first, 0) + "); dé a cada "
                    + ("figure".equals(what) ? "cifra" : "evento") + " su propio identificador");
            return null;
        }
        return id;
    }

    /** The Figures sheet's column of the unit's Spanish, its last. */
    private static final int UNIT_ES = 12;

    private static List<Metric> metrics(Read sheet, WorkingGroupPlan plan, GroupYear current, Set<String> otherIds,
            Map<String, Set<Integer>> quarters, String language, List<String> problems) {
        List<Metric> metrics = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int r = 1; r < sheet.rows().size(); r++) {
            if (sheet.blank(r)) {
                continue;
            }
            int before = problems.size();
            String id = rowId(sheet, r, otherIds, seen, "figure", problems);
            String label = sheet.cell(r, 1);
            lines(sheet, r, problems, 1, 3, 10, UNIT_ES);
            if (label.isEmpty()) {
SheetProblems.add(problems, sheet.ref(r, 1) + ": the figure needs a label: what is measured", sheet.ref(r, 1) + ": la cifra necesita una etiqueta: qué se mide");
            }
            BigDecimal value = number(sheet, r, 2, true, problems);
            BigDecimal target = number(sheet, r, 4, false, problems);
            BigDecimal baseline = number(sheet, r, 5, false, problems);
            DateSpan asOf = date(sheet, r, 6, false, problems);
            String activity = activity(sheet, r, 7, plan, language, problems);
            Set<Integer> quarter = quarters(sheet, r, 9, current.year(), problems);
            spanishAlone(sheet, r, 8, 11, problems);
            spanishAlone(sheet, r, 3, UNIT_ES, problems);
            if (problems.size() > before || id == null) {
                continue;
            }
            Optional<Metric> old = current.metric(id);
            String unit = sheet.cell(r, 3);
            // without the column (a workbook exported before it), each unit keeps its Spanish
            String unitEs = sheet.has(UNIT_ES) ? sheet.cell(r, UNIT_ES) : old.map(m -> es(m.unitText())).orElse("");
            metrics.add(new Metric(id, keep(label, sheet.cell(r, 10), old.map(Metric::label)), keepNumber(value, old.map(Metric::value)),
                    blankToNull(unit), keepNumber(target, old.map(Metric::target)), keepNumber(baseline, old.map(Metric::baseline)),
                    asOf, activity, keep(sheet.cell(r, 8), sheet.cell(r, 11), old.map(Metric::note)), null,
                    keep(unit, unitEs, old.map(Metric::unitText).filter(t -> t != null))).keepingWordsOf(old.orElse(null)));
            quarters.put(id, quarter);
        }
        return metrics;
    }

    private static List<Event> events(Read sheet, Workspace ws, WorkingGroupPlan plan, GroupYear current, Set<String> otherIds,
            Map<String, Set<Integer>> quarters, String language, List<String> problems) {
        List<Event> events = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int r = 1; r < sheet.rows().size(); r++) {
            if (sheet.blank(r)) {
                continue;
            }
            int before = problems.size();
            String id = rowId(sheet, r, otherIds, seen, "event", problems);
            String kindText = sheet.cell(r, 1);
            Event.Kind kind = kind(kindText).orElse(null);
            if (kind == null) {
SheetProblems.add(problems, sheet.ref(r, 1) + ": " + (kindText.isEmpty() ? "the event needs a kind" : "'" + kindText + "' is not an event kind")
                        + "; choose one of " + String.join(", ", kindChoices(language)), sheet.ref(r, 1) + ": " + (kindText.isEmpty()
                        ? "el evento necesita un tipo" : "'" + kindText + "' no es un tipo de evento") + "; elija uno de estos: "
                        + String.join(", ", kindChoices(language)));
            }
            DateSpan date = date(sheet, r, 2, true, problems);
            boolean sameDate = id != null && date != null && current.event(id).map(e -> date.equals(e.date())).orElse(false);
            if (date != null && !sameDate && (date.start().getYear() > current.year() || date.end().getYear() < current.year())) {
SheetProblems.add(problems, sheet.ref(r, 2) + ": " + date.iso() + " is not in " + current.year() + "; an event belongs to the year it happened in",
                        sheet.ref(r, 2) + ": " + date.iso() + " no está en " + current.year() + "; un evento pertenece al año en que ocurrió");
            }
            String title = sheet.cell(r, 3);
            lines(sheet, r, problems, 3, 4, 10, 11);
            if (title.isEmpty()) {
SheetProblems.add(problems, sheet.ref(r, 3) + ": the event needs a title", sheet.ref(r, 3) + ": el evento necesita un título");
            }
            OrganizationsWritten.Read read = OrganizationsWritten.read(ws, List.of(sheet.cell(r, 5)));
            List<String> organizations = new ArrayList<>(read.ids());
            String cell = sheet.ref(r, 5);
            read.unknown().forEach((org, near) -> SheetProblems.add(problems, cell + ": no organization '" + org
                    + "' in organizations.json; " + (near.isEmpty() ? "" : "did you mean " + String.join(", ", near) + "? ")
                    + "write each by its id, acronym or name (e.g. carb, CONAFOR), separated by commas",
                    cell + ": no hay ninguna organización '" + org + "' en organizations.json; "
                    + (near.isEmpty() ? "" : "¿quiso decir " + String.join(", ", near) + "? ")
                    + "escriba cada una por su identificador, sigla o nombre (p. ej. carb, CONAFOR), separadas por comas"));
            Integer participants = null;
            String p = sheet.cell(r, 6);
            if (!p.isEmpty()) {
                if (!Bounds.isNumber(p.replace(",", ""))) {
SheetProblems.add(problems, sheet.ref(r, 6) + ": '" + p + "' is not a number of people; give a whole number such as 25",
                            sheet.ref(r, 6) + ": '" + p + "' no es un número de personas; indique un número entero como 25");
                } else {
                    BigDecimal n = number(sheet, r, 6, Bounds.COUNT, problems);
                    participants = n == null ? null : n.intValueExact();
                }
            }
            String activity = activity(sheet, r, 8, plan, language, problems);
            Set<Integer> quarter = quarters(sheet, r, 9, current.year(), problems);
            spanishAlone(sheet, r, 4, 11, problems);
            spanishAlone(sheet, r, 7, 12, problems);
            if (problems.size() > before || id == null) {
                continue;
            }
            Optional<Event> old = current.event(id);
            events.add(new Event(id, kind, date, keep(title, sheet.cell(r, 10), old.map(Event::title)),
                    keep(sheet.cell(r, 4), sheet.cell(r, 11), old.map(Event::place)), organizations, participants,
                    keep(sheet.cell(r, 7), sheet.cell(r, 12), old.map(Event::description)), activity));
            quarters.put(id, quarter);
        }
        return events;
    }

    private static Narrative narrative(Read sheet, GroupYear current, String language, List<String> problems) {
        Map<String, List<Text>> parts = new LinkedHashMap<>();
        PARTS.forEach(p -> parts.put(p, new ArrayList<>()));
        for (int r = 1; r < sheet.rows().size(); r++) {
            if (sheet.blank(r)) {
                continue;
            }
            String part = part(sheet.cell(r, 0));
            String en = sheet.cell(r, 1);
            String es = sheet.cell(r, 2);
            if (part == null) {
                part = sheet.cell(r, 0);
SheetProblems.add(problems, sheet.ref(r, 0) + ": " + (part.isEmpty() ? "say which part of the narrative this paragraph is in"
                        : "'" + part + "' is not a part of the narrative") + "; choose one of " + String.join(", ", partChoices(language)), sheet.ref(r, 0) + ": "
                        + (part.isEmpty() ? "diga en qué parte de la narrativa está este párrafo" : "'" + part + "' no es una parte de la narrativa")
                        + "; elija una de estas: " + String.join(", ", partChoices(language)));
                continue;
            }
            if (en.isEmpty()) {
SheetProblems.add(problems, sheet.ref(r, 1) + ": the paragraph needs its English text" + (es.isEmpty() ? "" : " beside the Spanish"),
                        sheet.ref(r, 1) + ": el párrafo necesita su texto en inglés" + (es.isEmpty() ? "" : " junto al español"));
                continue;
            }
            List<Text> read = parts.get(part);
            List<Text> was = current.narrative().part(part);
            read.add(paragraph(en, es, read.size() < was.size() ? was.get(read.size()) : null));
        }
        Narrative n = new Narrative(parts.get("summary"), parts.get("accomplishments"), parts.get("challenges"), parts.get("next-steps"));
        return n.equals(current.narrative()) ? current.narrative() : n;
    }

    private static List<QuarterlyUpdate> updates(Read sheet, GroupYear current, Map<String, Set<Integer>> metricQuarters,
            Map<String, Set<Integer>> eventQuarters, List<String> problems) {
        Map<Integer, List<Text>> happened = new java.util.TreeMap<>();
        for (int r = 1; r < sheet.rows().size(); r++) {
            if (sheet.blank(r)) {
                continue;
            }
            Integer quarter = quarter(sheet, r, 0, current.year(), problems);
            String en = sheet.cell(r, 1);
            String es = sheet.cell(r, 2);
            if (quarter == null) {
                if (sheet.cell(r, 0).isEmpty()) {
SheetProblems.add(problems, sheet.ref(r, 0) + ": say which quarter (1 to 4) this paragraph reports on",
                            sheet.ref(r, 0) + ": diga de qué trimestre (1 a 4) informa este párrafo");
                }
                continue;
            }
            if (en.isEmpty()) {
SheetProblems.add(problems, sheet.ref(r, 1) + ": the paragraph needs its English text",
                        sheet.ref(r, 1) + ": el párrafo necesita su texto en inglés");
                continue;
            }
            List<Text> read = happened.computeIfAbsent(quarter, q -> new ArrayList<>());
            List<Text> was = current.update(quarter).map(QuarterlyUpdate::happened).orElse(List.of());
            read.add(paragraph(en, es, read.size() < was.size() ? was.get(read.size()) : null));
        }
        Set<Integer> quarters = new java.util.TreeSet<>(happened.keySet());
        metricQuarters.values().forEach(quarters::addAll);
        eventQuarters.values().forEach(quarters::addAll);
        // an update with nothing in it (its last event removed) has no row anywhere in the workbook: it stays as it is
        current.updates().stream().filter(u -> !CycleServiceImpl.reportsSomething(u)).forEach(u -> quarters.add(u.quarter()));
        List<QuarterlyUpdate> updates = new ArrayList<>();
        for (int q : quarters) {
            Optional<QuarterlyUpdate> old = current.update(q);
            List<String> metrics = ids(metricQuarters, q, old.map(QuarterlyUpdate::metrics));
            List<String> events = ids(eventQuarters, q, old.map(QuarterlyUpdate::events));
            updates.add(new QuarterlyUpdate(q, happened.getOrDefault(q, List.of()), metrics, events));
        }
        return updates;
    }

    /** The ids reported in a quarter, in the order the update had them when it names the same ones. */
    private static List<String> ids(Map<String, Set<Integer>> quarters, int q, Optional<List<String>> before) {
        List<String> ids = quarters.entrySet().stream().filter(e -> e.getValue().contains(q)).map(Map.Entry::getKey).toList();
        if (before.isPresent() && new LinkedHashSet<>(before.get()).equals(new LinkedHashSet<>(ids))) {
            return before.get();
        }
        return ids;
    }

    // cells -------------------------------------------------------------------------------------

    /** The one-line texts of a row (a label, unit, title, place; columns {@code columns}): each at most {@link mou.core.model.Lengths#LINE} characters. */
    private static void lines(Read sheet, int r, List<String> problems, int... columns) {
        for (int c : columns) {
            SheetProblems.checkCell(problems, sheet.ref(r, c), sheet.cell(r, c), true);
        }
    }

    /** A figure's number (value, target, baseline): a number within the model's bounds for amounts. */
    private static BigDecimal number(Read sheet, int r, int c, boolean required, List<String> problems) {
        if (sheet.cell(r, c).isEmpty()) {
            if (required) {
SheetProblems.add(problems, sheet.ref(r, c) + ": a number is needed here", sheet.ref(r, c) + ": aquí se necesita un número");
            }
            return null;
        }
        return number(sheet, r, c, Bounds.AMOUNT, problems);
    }

    /**
     * The number in a cell, read by the model's rule for numbers people write within {@code bounds} (a comma only between
     * thousands, {@link Bounds#parseWritten}); null after a problem.
     */
    private static BigDecimal number(Read sheet, int r, int c, Bounds bounds, List<String> problems) {
        try {
            return bounds.parseWritten(sheet.cell(r, c));
        } catch (IllegalArgumentException e) {
            SheetProblems.add(problems, sheet.ref(r, c) + ": " + e.getMessage(), sheet.ref(r, c) + ": " + InvalidValueException.message(e, "es"));
            return null;
        }
    }

    private static DateSpan date(Read sheet, int r, int c, boolean required, List<String> problems) {
        String text = sheet.cell(r, c);
        if (text.isEmpty()) {
            if (required) {
SheetProblems.add(problems, sheet.ref(r, c) + ": a date is needed here, e.g. 2017-03-14, 2017-03 or 2017-10-20/2017-10-21",
                        sheet.ref(r, c) + ": aquí se necesita una fecha, p. ej. 2017-03-14, 2017-03 o 2017-10-20/2017-10-21");
            }
            return null;
        }
        try {
            return DateSpan.parse(text);
        } catch (IllegalArgumentException e) {
            SheetProblems.add(problems, sheet.ref(r, c) + ": " + e.getMessage(), sheet.ref(r, c) + ": " + InvalidValueException.message(e, "es"));
            return null;
        }
    }

    private static String activity(Read sheet, int r, int c, WorkingGroupPlan plan, String language, List<String> problems) {
        String id = sheet.cell(r, c);
        if (id.isEmpty()) {
            return null;
        }
        if (plan.activity(id).isEmpty()) {
SheetProblems.add(problems, sheet.ref(r, c) + ": no activity '" + id + "' in the plan of " + plan.groupId() + "; use one of its activity ids"
                    + " (see the " + name(ASSESSMENTS, language) + " sheet) or leave the cell empty", sheet.ref(r, c) + ": no hay ninguna actividad '"
                    + id + "' en el plan de " + plan.groupId() + "; use uno de sus identificadores de actividad (vea la hoja " + name(ASSESSMENTS, language)
                    + ") o deje la celda vacía");
        }
        return id;
    }

    /**
     * The quarters a figure's or event's Quarter cell names: none when it is empty, one ({@code 2}, {@code Q2}), or several
     * separated by commas ({@code 1, 3}); null after a problem.
     */
    private static Set<Integer> quarters(Read sheet, int r, int c, int year, List<String> problems) {
        String text = sheet.cell(r, c);
        Set<Integer> quarters = new java.util.TreeSet<>();
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                quarters.add(Quarter.inYear(part, year).quarter());
            } catch (IllegalArgumentException e) {
SheetProblems.add(problems, sheet.ref(r, c) + ": '" + text + "' is not a quarter of " + year + "; choose 1, 2, 3 or 4, or list several"
                        + " separated by commas (1, 3)", sheet.ref(r, c) + ": '" + text + "' no es un trimestre de " + year + "; elija 1, 2,"
                        + " 3 o 4, o indique varios separados por comas (1, 3)");
                return null;
            }
        }
        return quarters;
    }

    private static Integer quarter(Read sheet, int r, int c, int year, List<String> problems) {
        String text = sheet.cell(r, c);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Quarter.inYear(text, year).quarter();
        } catch (IllegalArgumentException e) {
SheetProblems.add(problems, sheet.ref(r, c) + ": '" + text + "' is not a quarter of " + year + "; choose 1, 2, 3 or 4",
                    sheet.ref(r, c) + ": '" + text + "' no es un trimestre de " + year + "; elija 1, 2, 3 o 4");
            return null;
        }
    }

    /**
     * A paragraph of the sheet: its Spanish cell as exported (unchanged) keeps the Spanish, stale when the English
     * changed; a changed Spanish cell translates the English beside it; an emptied one removes the Spanish.
     *
     * @param was the paragraph at the same place before, or null
     */
    private static Text paragraph(String en, String es, Text was) {
        if (was != null && was.es() != null && was.es().equals(es)) {
            return Revisions.revised(was, en, null);
        }
        return Text.of(en, es.isEmpty() ? null : es);
    }

    /**
     * A text of two cells, English and Spanish: a Spanish cell as exported keeps the Spanish (stale when the English
     * changed); a changed one translates the English beside it; an emptied one removes the Spanish.
     */
    private static Text keep(String en, String es, Optional<Text> before) {
        if (en.isEmpty()) {
            return null;
        }
        if (before.isPresent()) {
            Text b = before.get();
            if (es.equals(es(b))) {
                return Revisions.revised(b, en, null);
            }
            return es.isEmpty() ? new Text(en, null, b.asIs(), null) : Revisions.revised(b, en, es);
        }
        return Text.of(en, es.isEmpty() ? null : es);
    }

    /** A Spanish cell filled beside an empty English one of an optional text ({@link Revisions#spanishAlone}), said by its cells. */
    private static void spanishAlone(Read sheet, int r, int english, int spanish, List<String> problems) {
        if (Revisions.spanishAlone(!sheet.cell(r, english).isBlank(), sheet.cell(r, spanish))) {
            SheetProblems.add(problems, sheet.ref(r, spanish) + ": the Spanish has no English to translate: write the English in "
                    + sheet.ref(r, english) + " too, or empty " + sheet.ref(r, spanish), sheet.ref(r, spanish) + ": el español no tiene un inglés"
                    + " que traducir: escriba también el inglés en " + sheet.ref(r, english) + " o vacíe " + sheet.ref(r, spanish));
        }
    }

    private static BigDecimal keepNumber(BigDecimal value, Optional<BigDecimal> before) {
        if (value == null) {
            return null;
        }
        return before.filter(b -> b.compareTo(value) == 0).orElse(value);
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    /** What changed between two versions of a year, one history subject each: activity, figure and event ids, narrative parts, quarters. */
    static List<Imported.Change> changes(GroupYear before, GroupYear after) {
        List<Imported.Change> changes = new ArrayList<>();
        Set<String> activities = new LinkedHashSet<>();
        before.assessments().forEach(a -> activities.add(a.activityId()));
        after.assessments().forEach(a -> activities.add(a.activityId()));
        for (String id : activities) {
            diff(changes, id, before.assessment(id).orElse(null), after.assessment(id).orElse(null), Plain::assessment);
        }
        Set<String> metrics = new LinkedHashSet<>();
        before.metrics().forEach(m -> metrics.add(m.id()));
        after.metrics().forEach(m -> metrics.add(m.id()));
        for (String id : metrics) {
            diff(changes, id, before.metric(id).orElse(null), after.metric(id).orElse(null), Plain::metric);
        }
        Set<String> events = new LinkedHashSet<>();
        before.events().forEach(e -> events.add(e.id()));
        after.events().forEach(e -> events.add(e.id()));
        for (String id : events) {
            diff(changes, id, before.event(id).orElse(null), after.event(id).orElse(null), Plain::event);
        }
        for (String part : PARTS) {
            List<Text> was = before.narrative().part(part);
            List<Text> is = after.narrative().part(part);
            if (!was.equals(is)) {
                changes.add(new Imported.Change(part, Plain.texts(was), Plain.texts(is)));
            }
        }
        for (int q = 1; q <= 4; q++) {
            diff(changes, "Q" + q, before.update(q).orElse(null), after.update(q).orElse(null), Plain::update);
        }
        if (changes.isEmpty() && !before.equals(after)) {
            // an order changed only (e.g. of figures): still a change worth recording
            changes.add(new Imported.Change(null, null, null));
        }
        return changes;
    }

    private static <T> void diff(List<Imported.Change> changes, String subject, T was, T is, Function<T, Object> plain) {
        if (!Objects.equals(was, is)) {
            changes.add(new Imported.Change(subject, plain.apply(was), plain.apply(is)));
        }
    }

}
