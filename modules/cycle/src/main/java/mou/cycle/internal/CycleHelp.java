package mou.cycle.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** The reporting cycle commands' usage texts: what {@code COMMAND --help} prints. */
final class CycleHelp {

    /** The heading help lists the cycle's commands under. */
    static final String TITLE = "The yearly reporting cycle";

    /** The walk-through of the cycle, relative to the application home. */
    static final String GUIDE = "docs/reporting-cycle.md";

    /** The cycle commands, in the order of the cycle, with a one-line summary each. */
    static final Map<String, String> SUMMARIES = new LinkedHashMap<>();

    static {
        SUMMARIES.put("year", "open a reporting year (year open 2017), or see where it stands (year status)");
        SUMMARIES.put("rate", "rate an activity on the Progress Key, with its rationale and evidence");
        SUMMARIES.put("update", "record a group's quarterly update: what happened, its figures and events");
        SUMMARIES.put("event", "add, correct or remove an event of a group's year");
        SUMMARIES.put("figure", "add, correct or remove a figure of a group's year");
        SUMMARIES.put("narrative", "write a part of a group's narrative (summary, accomplishments, ...)");
        SUMMARIES.put("introduction", "the program office writes the introduction and final comments of a year's report");
        SUMMARIES.put("export", "export a group's year as an XLSX workbook or CSV files to fill in");
        SUMMARIES.put("import", "import a filled-in workbook or CSV files, all or nothing");
        SUMMARIES.put("submit", "a group submits its year to the program office");
        SUMMARIES.put("return", "the program office returns a submitted year with its reason");
        SUMMARIES.put("approve", "the program office approves a submitted year");
        SUMMARIES.put("publish", "publish a year whose groups are all approved: lock it, write its report");
        SUMMARIES.put("history", "the changes recorded in the workspace, of a group or an activity");
        SUMMARIES.put("due", "what the reporting calendar says is due and overdue, per group");
        SUMMARIES.put("translations", "texts to translate into Spanish, as XLIFF 2 for translation tools, and back");
    }

    static final String COMMON = """
              --data DIR       the workspace folder (default: data/ in the application home)
              --by NAME        who is acting, recorded in the history (default: your account's user name)

            Exit status: 0 done, 1 invalid data (the workspace or the workbook has errors; nothing changed),
                         2 usage error, 3 could not be done (review state, published year, a concurrent change).
            """;

    /** How a text given without its Spanish keeps the Spanish it had: the same for every command that writes a text. */
    static final String SPANISH = """
            A text given without its Spanish keeps the Spanish it had, which then translates an older English:
            validate --language es lists it and publish refuses it until its Spanish is given again.
            """;

    private CycleHelp() {
    }

    static String of(String command) {
        String text = switch (command) {
            case "year" -> """
                    Usage: year open YEAR [--group GROUP-ID] [--why TEXT]
                           year status [YEAR] [--group GROUP-ID]

                    year open starts a reporting year for every working group of the workspace (or one):
                    the plan carries over, each activity starts from its level of the group's last year
                    (marked as not yet re-rated), the narrative, figures and events start empty, and the
                    year is a draft. Opening for every group also creates reports/YEAR.json for the
                    program office's introduction and final comments (write them with introduction YEAR).
                    A year already open is left as it is.
                    year status shows each group's review state, who moved it there and when, how many
                    activities are rated this year and how many still carry last year's level, and what is missing.
                    """;
            case "rate" -> """
                    Usage: rate ACTIVITY-ID LEVEL --rationale TEXT [--rationale-es TEXT]
                                [--evidence URL-OR-PATH [--evidence-title TITLE]]... [--no-evidence] [--year YEAR] [--why TEXT]

                    Rates an activity of a group's year (the group's latest year unless --year is given).
                    LEVEL is a level of the Progress Key: no-progress, initial, moderate, significant, achieved
                    (or its words, e.g. "Moderate Progress"). Evidence is a web address or the path of a file
                    inside the workspace (e.g. evidence/minutes-2017-03.pdf); it replaces the activity's
                    evidence when given and is kept when not (--no-evidence removes it). --rationale-es ""
                    removes the rationale's Spanish.
                    """ + SPANISH;
            case "update" -> """
                    Usage: update GROUP-ID YEAR-Qn --text TEXT [--es TEXT]... [--append] [--figure ID]... [--event ID]...
                                  [--drop-figure ID]... [--drop-event ID]... [--why TEXT]

                    Records a group's internal update for a quarter, e.g. update air-quality 2017-Q1:
                    what happened (one --text per paragraph, each optionally followed by its Spanish --es;
                    they replace the quarter's paragraphs unless --append), and the figures and events of the
                    year that it reports (record those with figure/event, or give --quarter there);
                    --drop-figure and --drop-event take one it reports off it (the figure or event stays in the year).
                    `report --group GROUP-ID --quarter YEAR-Qn` writes the quarterly report.
                    """ + SPANISH;
            case "event" -> """
                    Usage: event GROUP-ID YEAR EVENT-ID [--kind KIND] [--date DATE] [--title TEXT] [--title-es TEXT]
                                 [--place TEXT] [--place-es TEXT] [--organizations ID,ID] [--participants N]
                                 [--description TEXT] [--description-es TEXT]
                                 [--activity ACTIVITY-ID] [--quarter N] [--new] [--why TEXT]
                           event GROUP-ID YEAR EVENT-ID --remove

                    Adds an event to a group's year (a new one needs --kind, --date and --title) or corrects the
                    values given of an existing one; with --new it only adds, and an EVENT-ID the year already
                    has is refused instead of corrected. KIND: meeting, training, workshop, teleconference, site-visit,
                    delivery, publication, signing, other. DATE: 2017-03-14, 2017-03, or 2017-10-20/2017-10-21,
                    within YEAR. Organizations by id, acronym or name, separated by commas ("CONAFOR, CAL FIRE").
                    --quarter names the quarterly update that reports it (1 to 4, or YEAR-Qn). A Spanish option
                    given alone translates the event's present English.
                    """ + SPANISH;
            case "figure" -> """
                    Usage: figure GROUP-ID YEAR FIGURE-ID [--label TEXT] [--label-es TEXT] [--value NUMBER] [--unit UNIT]
                                  [--unit-es UNIT] [--target NUMBER] [--baseline NUMBER] [--as-of DATE] [--activity ACTIVITY-ID]
                                  [--note TEXT] [--note-es TEXT] [--quarter N] [--new] [--why TEXT]
                           figure GROUP-ID YEAR FIGURE-ID --remove

                    Adds a quantified figure to a group's year (a new one needs --label and --value) or corrects
                    the values given of an existing one; with --new it only adds, and a FIGURE-ID the year already
                    has is refused instead of corrected. An empty --target, --baseline, --unit or --note clears it.
                    A Spanish option given alone translates the figure's present English. --unit-es is the unit in
                    Spanish (tires: llantas); a symbol or code (%, m3, MW, USD, ...) and the units the reports
                    already know in Spanish need none.
                    """ + SPANISH;
            case "narrative" -> """
                    Usage: narrative GROUP-ID YEAR PART --text TEXT [--es TEXT]... [--append] [--why TEXT]
                           narrative GROUP-ID YEAR PART --clear

                    Writes a part of the group's narrative for the year: summary (its paragraph of the executive
                    summary), accomplishments, challenges or next-steps. One --text per paragraph, each optionally
                    followed by its Spanish --es; they replace the part unless --append is given.
                    """ + SPANISH;
            case "introduction" -> """
                    Usage: introduction YEAR [--final] --text TEXT [--es TEXT]... [--append] [--why TEXT]
                           introduction YEAR [--final] --clear

                    The program office writes the introduction of the year's combined report (publish needs it),
                    or with --final its final comments, into reports/YEAR.json; the rest of that file is kept.
                    One --text per paragraph, each optionally followed by its Spanish --es; they replace the
                    part unless --append is given. A published year cannot be changed. The web application's
                    review page of the year links to a form that writes the same.
                    """ + SPANISH;
            case "export" -> """
                    Usage: export GROUP-ID YEAR [--format xlsx|csv] [--language en|es] [--out PATH] [--replace]

                    Writes the group's year to fill in: an XLSX workbook (default GROUP-YEAR.xlsx in the current
                    directory) with the sheets About, Assessments, Figures, Events, Narrative and Updates — the
                    plan is grey and locked, the cells to fill are yellow, and the Progress Key, event kinds,
                    quarters and narrative parts are drop-downs — or, with --format csv, one CSV file per sheet
                    (GROUP-YEAR-assessments.csv, ...) into the folder --out (default: the current directory).
                    A CSV cell a spreadsheet would run as a formula (starting with = + - @, a tab or a line
                    break) is written with a ' before it; import takes it off again. Prints each file written.
                    A file that is there already is not written over (it may hold what someone filled in)
                    unless --replace is given, and nothing is written inside the workspace.
                    --language es writes it in Spanish: the sheets' names (Acerca de, Calificaciones, Cifras,
                    Eventos, Narrativa, Informes trimestrales), headings, instructions, levels, event kinds and
                    narrative parts; each text keeps its English and Spanish columns, in either language. The CSV
                    files keep their English names. import reads a workbook in either language.
                    """;
            case "import" -> """
                    Usage: import FILE.xlsx | FILE.csv | FOLDER [--why TEXT] [--language en|es]

                    Applies a workbook made by export (or its CSV files: give one of them or their folder) to the
                    group's year it names in its About sheet. All or nothing: every problem is listed as
                    Sheet!Cell: what is wrong, and then nothing is applied. Importing a workbook that says what
                    the workspace already holds changes nothing. Each change is recorded in the history.
                    Formula cells are refused: type the values themselves. CSV columns are read by their
                    headers, in any order; every row has as many cells as the header row. Files over 20 MB,
                    tables over 10,000 rows and more than 50,000 cells are refused. The workbook may be in
                    English or Spanish (export --language), or as export wrote it before. --language es says
                    the problems in Spanish.
                    """;
            case "submit" -> """
                    Usage: submit GROUP-ID YEAR [--incomplete REASON]

                    The group submits its year (a draft, or one the program office returned) for review. Every
                    activity of the plan must be rated for the year (a level carried over is not) and the
                    narrative's summary, accomplishments and next-steps written; otherwise submit lists what is
                    missing and exits 3. The year cannot be changed while it is under review.
                      --incomplete REASON  submit it as it is, saying why (the program office sees it)
                    """;
            case "return" -> """
                    Usage: return GROUP-ID YEAR --reason TEXT

                    The program office sends a submitted (or approved, not yet published) year back to the group,
                    saying what to change. The group can change it again and submit it once more.
                    """;
            case "approve" -> """
                    Usage: approve GROUP-ID YEAR

                    The program office approves a submitted year. The year is published with publish YEAR once
                    every group's year is approved.
                    """;
            case "publish" -> """
                    Usage: publish YEAR [--out DIR] [--format html,md,json,pdf] [--language en|es] [--paper letter|a4] [--why TEXT]
                                        [--allow-missing REASON] [--allow-untranslated REASON]

                    Publishes a year: every group's year of it must be approved. The combined report of the year
                    is written in English and in Spanish, as progress-report-YEAR.EXT and progress-report-YEAR-es.EXT,
                    in every installed format (the PDF too when its bundle is installed), or those given, and
                    checked (--language en|es writes that language only; --paper a4 puts the PDF on A4 pages, else Letter);
                    then, in one step that a crash cannot cut in half, it is put into published/YEAR/ in the
                    workspace, each group's year is marked published, by whom and when, and locked (any later
                    change is refused), and the history records it. Each path is printed. --out DIR also puts a
                    copy into DIR (written before anything is locked). A published year whose report went missing
                    from published/YEAR/ gets it written again, from its locked data, by publishing it again.

                    A year whose report would miss a part is not published: when a plugin fails (a section throws
                    or runs out of time, see `groups`) or a group has progress for the year but no plugin installed.
                    publish names each missing part, locks and writes nothing, and exits 3, as for any other year
                    it refuses to publish (exit 4 is for a report that was written with parts missing).
                      --allow-missing REASON  publish it all the same, saying why (e.g. "the wildfires plugin is
                                              being rewritten"): the reason is recorded in the history and printed
                                              in the report where each part is missing ("Published without ...").
                    A year that misses content (no introduction (see introduction), levels not rated for the
                    year, empty narrative parts) is refused the same way, naming each; --allow-missing publishes
                    it with a notice at the top of the report.
                    The report is binational: a year whose report shows a text without its Spanish version (names
                    and English-only titles marked "asIs" aside), or whose Spanish is older than its English (the
                    English changed after it was translated), is refused the same way, naming the first ten in their
                    files and counting them all (validate --language es lists every one).
                      --allow-untranslated REASON  publish them in English or as they were translated, saying why:
                                              the reason is recorded in the history and in the report's notice.
                    """;
            case "history" -> """
                    Usage: history [--group GROUP-ID] [--activity ID] [--year YEAR] [--person NAME]

                    Shows the changes recorded in the workspace's history (history.jsonl), oldest first: when,
                    who, what, on which group, year and activity (or figure, event, narrative part, quarter),
                    the value before -> after, and why. --activity also takes a figure or event id; --person
                    shows the changes one person made.
                    """;
            case "due" -> """
                    Usage: due [--year YEAR] [--group GROUP-ID] [--on DATE]

                    Lists what the workspace's reporting calendar (calendar.json) says is due, by date: each
                    group's quarterly updates (due a number of days after each quarter; done when the group's
                    year has that quarter's update with a paragraph, a figure or an event in it) and each year's annual report (due on a day of the year
                    after; done when the year is published). Each is DONE, DUE (its day has not passed),
                    OVERDUE, or CLOSED: a quarterly update never written of a year that is published, which is
                    final and locked, so the update can no longer be written and is not owed. Without --year,
                    every year a group has opened; --on DATE (YEAR-MM-DD) tells the state on another day than
                    today. A workspace without calendar.json has nothing due.
                    """;
            case "translations" -> """
                    Usage: translations export [--language es] [--group GROUP-ID] [--year YEAR] [--all] [--out FILE]
                           translations import FILE.xlf [--why TEXT]

                    export writes the texts to translate into Spanish as one XLIFF 2.0 file (default
                    translations-es[-GROUP][-YEAR].xlf in the current directory), which translation tools such as
                    OmegaT, Trados and Okapi open: the texts without Spanish, and those whose English changed after
                    they were translated (their old Spanish as the target, with a note). --all exports every text,
                    the translated ones too. Names and English-only titles (asIs) never go, nor texts of a published
                    year. --group: the group's plan and its years; --year: that year's texts with the plans and the
                    agreement's texts (the agreement, organizations, related agreements, the year's report).
                    Each unit's id is the text's path in its file (file groups/air-quality/2016.json, unit
                    assessments.aq-1.rationale) and carries a fingerprint of its English.
                    import brings the translated file back, all or nothing, in one change recorded in the history
                    (one entry per text, with the file's name): a unit naming no text of the workspace, whose English
                    changed since the export, or of a published year, or a target with inline codes, refuses the
                    whole file with each unit named. A unit without a target is skipped (an error when its state
                    says translated); a stale text's old Spanish that comes back unchanged and still in state
                    initial stays stale. Then validate --language es shows what is left.
                    """;
            default -> throw new IllegalArgumentException(command);
        };
        return text + "\n" + COMMON;
    }
}
