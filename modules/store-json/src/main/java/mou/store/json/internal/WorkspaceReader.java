package mou.store.json.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import mou.core.model.Activity;
import mou.core.model.Agreement;
import mou.core.model.AnnualReport;
import mou.core.model.Assessment;
import mou.core.model.Bounds;
import mou.core.model.DateSpan;
import mou.core.model.Evidence;
import mou.core.model.Ids;
import mou.core.model.Deliverable;
import mou.core.model.Event;
import mou.core.model.GroupYear;
import mou.core.model.Link;
import mou.core.model.Metric;
import mou.core.model.Narrative;
import mou.core.model.Organization;
import mou.core.model.OverarchingGoal;
import mou.core.model.ProgressLevel;
import mou.core.model.QuarterlyUpdate;
import mou.core.model.Review;
import mou.core.model.ReviewState;
import mou.core.model.ReviewStep;
import mou.core.model.RelatedAgreement;
import mou.core.model.ReportingCalendar;
import mou.core.model.Text;
import mou.core.spi.TextPlace;
import mou.core.model.WorkingGroupPlan;
import mou.core.model.Years;
import mou.core.spi.Extensions;
import mou.core.spi.WorkspaceRules;
import mou.core.spi.Problem;
import mou.core.spi.Problem.Severity;

/**
 * Reads files of a workspace, maps them to the model and checks each file within itself; the rules
 * across files ({@link WorkspaceRules}: references to the workspace's organizations and to the plan's
 * activities, deliverables' types) are checked on the model of each file as soon as it is read, each
 * problem at its place in the file. One reader reads one part of a {@link WorkspaceLoad}: the
 * workspace's own files, or one working group's folder, so that parts can be read at the same time.
 * What only the whole workspace can tell (ids that must be unique in it, figures that name an
 * activity of any group) is kept, in the order found, for the load to check. Problems are
 * collected, never thrown.
 */
final class WorkspaceReader {

    static final Pattern YEAR_FILE = Pattern.compile("(\\d{4})\\.json");
    /** The reporting calendar's file, at the workspace's root. */
    static final String CALENDAR = "calendar.json";
    private static final Pattern MONTH_DAY = Pattern.compile("(?:--)?(\\d{2})-(\\d{2})");

    /** An id of a goal, activity, deliverable, metric or event, which must be unique in the whole workspace, and where it is given. */
    record Declared(String id, String kind, Loc at) {
        Declared {
            at = at.pinned();
        }
    }

    /** A reference to an id defined elsewhere. */
    record Ref(String id, Loc at) {
        Ref {
            at = at.pinned();
        }
    }

    /**
     * What references to organizations are checked against: the ids in organizations.json.
     *
     * @param file whether the workspace has an organizations.json
     * @param checked whether references are checked: when the file could be read, or when there is none at all
     */
    private record Organizations(boolean file, boolean checked, Set<String> ids) {
    }

    private final Path root;
    private final Extensions extensions;
    private final LocatedJson json;
    private final Problems problems = new Problems();
    private final Fields fields;
    private final boolean placeTexts;
    private final SharedStrings strings = new SharedStrings();
    private final Map<String, String> fingerprints = new HashMap<>();
    private final List<Declared> declared = new ArrayList<>();
    private final List<Ref> figureActivityRefs = new ArrayList<>();
    private final Set<String> planActivities = new HashSet<>();
    /** Each evidence reference to a file checked, with what {@link Evidence#check} found: a kept reading of a group is checked again with these. */
    private final Map<String, Optional<Evidence.Finding>> evidence = new HashMap<>();
    private final List<WorkingGroupPlan> plans = new ArrayList<>();
    private final List<GroupYear> years = new ArrayList<>();
    /** Null until organizations.json is read. */
    private Organizations organizations;
    /** The rules across files, checked against the organizations read; null until they are read. */
    private WorkspaceRules<Loc> rules;

    /** Where the rules across files say what they find, and how they make places in the files this reader reads. */
    private static final WorkspaceRules.Places<Loc> PLACES = new WorkspaceRules.Places<>() {
        @Override
        public Loc key(Loc at, String key) {
            return at.key(key);
        }

        @Override
        public Loc item(Loc at, int index) {
            return at.item(index);
        }

        @Override
        public Loc index(Loc at, int index) {
            return at.index(index);
        }
    };

    /** The rules across files, checking references to the organizations read. */
    private WorkspaceRules<Loc> rules() {
        if (rules == null) {
            if (organizations == null) {
                throw new IllegalStateException("organizations.json is read before the files that name organizations");
            }
            rules = new WorkspaceRules<>(PLACES, problems::add, extensions, organizations.checked() ? organizations.ids() : null,
                    organizations.file());
        }
        return rules;
    }

    /** Keeps the ids the rules say must be unique in the whole workspace, for the load to check. */
    private void declared(List<WorkspaceRules.Declared<Loc>> ids) {
        for (WorkspaceRules.Declared<Loc> id : ids) {
            declared.add(new Declared(id.id(), id.kind(), id.at()));
        }
    }

    /** @param root the workspace folder, links resolved */
    WorkspaceReader(Path root, Extensions extensions, LocatedJson json) {
        this(root, extensions, json, false);
    }

    /** @param placeTexts whether to keep the place of every text read ({@link #textPlaces()}) */
    WorkspaceReader(Path root, Extensions extensions, LocatedJson json, boolean placeTexts) {
        this(root, extensions, json, null, placeTexts);
    }

    private WorkspaceReader(Path root, Extensions extensions, LocatedJson json, Organizations organizations, boolean placeTexts) {
        this.fields = new Fields(problems, placeTexts);
        this.placeTexts = placeTexts;
        this.root = root;
        this.extensions = extensions;
        this.json = json;
        this.organizations = organizations;
    }

    /** A reader for another part of the same workspace, checking references to the organizations this one read. */
    WorkspaceReader part() {
        if (organizations == null) {
            throw new IllegalStateException("organizations.json is read before the other parts");
        }
        return new WorkspaceReader(root, extensions, json, organizations, placeTexts);
    }

    /** Every text read with its place, when this reader places them; else empty. */
    List<TextPlace> textPlaces() {
        return fields.places();
    }

    Problems problems() {
        return problems;
    }

    /** The workspace folder, links resolved. */
    Path root() {
        return root;
    }

    /** The fingerprint of each file read, by its path relative to the workspace. */
    Map<String, String> fingerprints() {
        return fingerprints;
    }

    /** The ids that must be unique in the whole workspace, in the order read. */
    List<Declared> declared() {
        return declared;
    }

    /** References of related agreements' figures to activities, which may be any group's. */
    List<Ref> figureActivityRefs() {
        return figureActivityRefs;
    }

    /** The evidence references checked, with what was found for each. */
    Map<String, Optional<Evidence.Finding>> evidence() {
        return evidence;
    }

    /** What references to organizations were checked against (equal values check alike). */
    Object organizationsRead() {
        return organizations;
    }

    /** The ids of the activities of the plans read. */
    Set<String> planActivities() {
        return planActivities;
    }

    List<WorkingGroupPlan> plans() {
        return plans;
    }

    List<GroupYear> years() {
        return years;
    }

    // ---------------------------------------------------------------- the workspace's own files

    /**
     * What reading the workspace's own files (organizations, agreement, related agreements, reports,
     * calendar) gave: their model and everything the reader kept of them (problems, fingerprints, ids,
     * references, evidence found, the organizations that later parts are checked against). A later load
     * whose own files are as they were starts from it ({@link #of}) instead of reading them again.
     */
    record OwnReading(List<Organization> organizations, Agreement agreement, List<RelatedAgreement> related, List<AnnualReport> reports,
            ReportingCalendar calendar, Problems problems, Map<String, String> fingerprints, List<Declared> declared,
            List<Ref> figureActivityRefs, Map<String, Optional<Evidence.Finding>> evidence, Object organizationIds) {
    }

    /**
     * Whether a file beside the groups' folders (a name relative to the workspace) is one that
     * {@link #readOwn} reads; others, such as the history that every save appends to, do not change
     * that reading.
     */
    static boolean ownFile(String name) {
        return List.of("agreement.json", "organizations.json", "related-agreements.json", CALENDAR).contains(name)
                || name.startsWith("reports/") && YEAR_FILE.matcher(name.substring("reports/".length())).matches();
    }

    /** Reads the workspace's own files, organizations first, and says what they gave. */
    OwnReading readOwn() {
        List<Organization> read = readOrganizationsFile();
        Agreement agreement = readAgreementFile();
        List<RelatedAgreement> related = readRelatedAgreementsFile();
        List<AnnualReport> reports = readReports();
        ReportingCalendar calendar = readCalendarFile();
        Problems found = new Problems();
        found.addAll(problems);
        return new OwnReading(read, agreement, related, reports, calendar, found, Map.copyOf(fingerprints), List.copyOf(declared),
                List.copyOf(figureActivityRefs), Map.copyOf(evidence), organizations);
    }

    /** A reader of the workspace as it is after {@code own} was read, its own files not read again. */
    static WorkspaceReader of(Path root, Extensions extensions, LocatedJson json, OwnReading own) {
        WorkspaceReader reader = new WorkspaceReader(root, extensions, json, (Organizations) own.organizationIds(), false);
        reader.problems.addAll(own.problems());
        reader.fingerprints.putAll(own.fingerprints());
        reader.declared.addAll(own.declared());
        reader.figureActivityRefs.addAll(own.figureActivityRefs());
        reader.evidence.putAll(own.evidence());
        return reader;
    }

    /** Reads organizations.json, first of all files: references to organizations are checked as they are read. */
    List<Organization> readOrganizationsFile() {
        Map<String, Loc> ids = new HashMap<>();
        ParsedFile parsed = readFile("organizations.json", false);
        List<Organization> read = parsed == null ? List.of() : readOrganizations(parsed, ids);
        boolean file = Files.exists(root.resolve("organizations.json"), LinkOption.NOFOLLOW_LINKS);
        organizations = new Organizations(file, parsed != null && parsed.root() instanceof JsonObject || !file, Set.copyOf(ids.keySet()));
        return read;
    }

    Agreement readAgreementFile() {
        ParsedFile parsed = readFile("agreement.json", true);
        return parsed == null ? null : readAgreement(parsed);
    }

    List<RelatedAgreement> readRelatedAgreementsFile() {
        ParsedFile parsed = readFile("related-agreements.json", false);
        return parsed == null ? List.of() : readRelatedAgreements(parsed);
    }

    /** Reads calendar.json, the reporting calendar; a workspace without it has no due dates. */
    ReportingCalendar readCalendarFile() {
        ParsedFile parsed = readFile(CALENDAR, false);
        if (parsed == null) {
            return ReportingCalendar.NONE;
        }
        JsonObject o = rootObject(parsed);
        if (o == null) {
            return ReportingCalendar.NONE;
        }
        Loc at = parsed.rootLoc();
        Integer days = fields.integer(o, at, "quarterlyUpdateDays", false, Bounds.DUE_DAYS);
        MonthDay due = null;
        String dueText = fields.string(o, at, "annualReportDue", false);
        if (dueText != null) {
            Matcher m = MONTH_DAY.matcher(dueText);
            try {
                if (!m.matches()) {
                    throw new java.time.DateTimeException(dueText);
                }
                due = MonthDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            } catch (java.time.DateTimeException e) {
                problems.error(at.key("annualReportDue"), "'" + dueText + "' is not a day of the year; write the month and the day"
                        + " of the year after the reporting year as MM-DD, e.g. 03-31 for the 31st of March", "'" + dueText + "' no es un día del año;"
                        + " escriba el mes y el día del año siguiente al año del informe como MM-DD, p. ej. 03-31 para el 31 de marzo");
            }
        }
        return new ReportingCalendar(days, due);
    }

    List<AnnualReport> readReports() {
        List<AnnualReport> reports = new ArrayList<>();
        for (Map.Entry<Integer, String> e : yearFiles("reports").entrySet()) {
            ParsedFile f = readFile(e.getValue(), true);
            AnnualReport report = f == null ? null : readReport(f, e.getKey());
            if (report != null) {
                reports.add(report);
            }
        }
        return reports;
    }

    // ---------------------------------------------------------------- files and folders

    /** Reads and parses one file of the layout; null when it is missing, unsafe or not JSON. */
    private ParsedFile readFile(String relative, boolean required) {
        Path file = root.resolve(relative);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            if (required) {
                problems.add(Severity.ERROR, relative, Position.UNKNOWN, "",
                        "there is no " + relative + " in the workspace; every workspace needs one (see docs/workspace-format.md)",
                        "no hay ningún " + relative + " en el espacio de trabajo; todo espacio de trabajo necesita uno (vea docs/workspace-format.md)");
            }
            return null;
        }
        if (!staysInside(file, relative)) {
            return null;
        }
        if (!Files.isRegularFile(file)) {
            problems.add(Severity.ERROR, relative, Position.UNKNOWN, "",
                    "this is not a file; the workspace layout expects a JSON file here",
                    "esto no es un archivo; la estructura del espacio de trabajo espera aquí un archivo JSON");
            return null;
        }
        try {
            long size = Files.size(file);
            if (size > json.limits().maxDocumentLength()) {
                // Said before reading, so that a huge file is never loaded into memory.
                problems.add(Severity.ERROR, relative, Position.UNKNOWN, "", json.tooLongMessage(size), json.tooLong(size).es());
                return null;
            }
            byte[] bytes = Files.readAllBytes(file);
            fingerprints.put(relative, Fingerprints.of(bytes));
            return json.parse(relative, bytes, problems, strings);
        } catch (IOException e) {
            problems.add(Severity.ERROR, relative, Position.UNKNOWN, "",
                    "the file cannot be read; check that it exists and that you may read it",
                    "no se puede leer el archivo; compruebe que existe y que usted puede leerlo");
            return null;
        }
    }

    /** True when the path, links resolved, is inside the workspace; else a problem says why it is not read. */
    private boolean staysInside(Path path, String relative) {
        try {
            if (path.toRealPath().startsWith(root)) {
                return true;
            }
            problems.add(Severity.ERROR, relative, Position.UNKNOWN, "",
                    "this is a link to a place outside the workspace folder, so it is not read; "
                            + "replace the link by the file or folder itself", "esto es un enlace a un lugar fuera de la carpeta del espacio de"
                            + " trabajo, así que no se lee; reemplace el enlace por el archivo o la carpeta mismos");
        } catch (IOException e) {
            problems.add(Severity.ERROR, relative, Position.UNKNOWN, "",
                    "this is a link to something that does not exist; remove the link or make it point inside the workspace",
                    "esto es un enlace a algo que no existe; quite el enlace o haga que apunte dentro del espacio de trabajo");
        }
        return false;
    }

    /** The {@code <year>.json} files of a folder by year; other files are not part of the layout and are ignored. */
    private Map<Integer, String> yearFiles(String relativeDir) {
        Map<Integer, String> files = new TreeMap<>();
        for (String name : entries(relativeDir)) {
            Matcher m = YEAR_FILE.matcher(name);
            if (m.matches()) {
                files.put(Integer.parseInt(m.group(1)), relativeDir + "/" + name);
            }
        }
        return files;
    }

    /** The groups' folders, by id; folders that are not named by a group id are not read. */
    Set<String> groupFolders() {
        Set<String> groups = new TreeSet<>();
        for (String name : entries("groups")) {
            Path dir = root.resolve("groups").resolve(name);
            if (name.startsWith(".") || !Files.isDirectory(dir)) {
                continue;
            }
            if (!Ids.valid(name)) {
                problems.add(Severity.WARNING, "groups/" + name, Position.UNKNOWN, "",
                        "'" + name + "' is not a group id (" + Ids.RULE + "), so this folder is not read; rename it",
                        "'" + name + "' no es un identificador de grupo (letras minúsculas, cifras y '-', empezando por una letra o cifra),"
                        + " así que esta carpeta no se lee; cámbiele el nombre");
                continue;
            }
            if (staysInside(dir, "groups/" + name)) {
                groups.add(name);
            }
        }
        return groups;
    }

    /** Names in a folder of the workspace, sorted; none when the folder is missing or unsafe. */
    private List<String> entries(String relativeDir) {
        Path dir = root.resolve(relativeDir);
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS) || !staysInside(dir, relativeDir) || !Files.isDirectory(dir)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path p : stream) {
                String name = p.getFileName().toString();
                if (!name.startsWith(".")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            problems.add(Severity.ERROR, relativeDir, Position.UNKNOWN, "",
                    "this folder cannot be read; check that you may read it", "no se puede leer esta carpeta; compruebe que usted puede leerla");
        }
        names.sort(null);
        return names;
    }

    private JsonObject rootObject(ParsedFile f) {
        return fields.object(f.root(), f.rootLoc(), "the file");
    }

    // ---------------------------------------------------------------- agreement.json

    private Agreement readAgreement(ParsedFile f) {
        JsonObject o = rootObject(f);
        if (o == null) {
            return null;
        }
        Loc at = f.rootLoc();
        String id = fields.id(o, at, "id", true);
        Text title = fields.text(o, at, "title", true);
        Text shortTitle = fields.text(o, at, "shortTitle", false);
        DateSpan signed = fields.date(o, at, "signed", false);
        Text place = fields.text(o, at, "place", false);
        List<Agreement.Signatory> signatories = fields.list(o, at, "signatories", (n, l) -> {
            JsonObject s = fields.object(n, l, "a signatory");
            if (s == null) {
                return null;
            }
            return new Agreement.Signatory(fields.text(s, l, "name", true), fields.text(s, l, "role", false),
                    fields.string(s, l, "organization", false));
        });
        Integer termYears = fields.integer(o, at, "termYears", false, Bounds.TERM_YEARS);
        List<Text> principles = fields.texts(o, at, "principles");
        Text objective = fields.text(o, at, "objective", false);
        Map<String, Loc> areaIds = new HashMap<>();
        List<Agreement.ActionArea> areas = fields.list(o, at, "actionAreas", (n, l) -> {
            JsonObject a = fields.object(n, l, "an action area");
            if (a == null) {
                return null;
            }
            String areaId = fields.id(a, l, "id", true);
            unique(areaIds, areaId, l.key("id"), "action area");
            return new Agreement.ActionArea(areaId, fields.text(a, l, "name", true), fields.bool(a, l, "priority", false));
        });
        Agreement.JointActionPlan plan = null;
        Object planValue = fields.value(o, at, "jointActionPlan", false);
        if (planValue != null) {
            Loc planAt = at.key("jointActionPlan");
            JsonObject p = fields.object(planValue, planAt, "'jointActionPlan'");
            if (p != null) {
                Object linkValue = fields.value(p, planAt, "link", false);
                plan = new Agreement.JointActionPlan(fields.date(p, planAt, "established", false),
                        fields.text(p, planAt, "description", false),
                        linkValue == null ? null : link(linkValue, planAt.key("link")));
            }
        }
        List<Link> links = fields.list(o, at, "links", this::link);
        Agreement agreement = new Agreement(id, title, shortTitle, signed, place, signatories, termYears, principles, objective,
                areas, plan, links);
        rules().agreement(agreement, at);
        return agreement;
    }

    // ---------------------------------------------------------------- organizations.json

    private List<Organization> readOrganizations(ParsedFile f, Map<String, Loc> organizationIds) {
        JsonObject o = rootObject(f);
        Loc at = f.rootLoc();
        if (o == null || fields.value(o, at, "organizations", true) == null) {
            return List.of();
        }
        return fields.list(o, at, "organizations", (n, l) -> {
            JsonObject org = fields.object(n, l, "an organization");
            if (org == null) {
                return null;
            }
            String id = fields.id(org, l, "id", true);
            unique(organizationIds, id, l.key("id"), "organization");
            Text acronym = fields.text(org, l, "acronym", false);
            Text name = fields.text(org, l, "name", true);
            String country = fields.string(org, l, "country", false);
            if (country != null && !Organization.isCountry(country)) {
                problems.error(l.key("country"), "'" + country + "' is not an ISO 3166-1 alpha-2 country code; "
                        + "write the two capital letters of a country such as US or MX, or null for an international body", "'" + country
                        + "' no es un código de país ISO 3166-1 alfa-2; escriba las dos letras mayúsculas de un país como US o MX, o null para"
                        + " un organismo internacional");
            }
            Organization.Kind kind = null;
            String kindId = fields.string(org, l, "kind", true);
            if (kindId != null) {
                for (Organization.Kind k : Organization.Kind.values()) {
                    if (k.id().equals(kindId)) {
                        kind = k;
                    }
                }
                if (kind == null) {
                    problems.error(l.key("kind"), "'" + kindId + "' is not an organization kind; use one of "
                            + ids(Organization.Kind.values()), "'" + kindId + "' no es un tipo de organización; use uno de estos: "
                            + ids(Organization.Kind.values()));
                }
            }
            return new Organization(id, acronym, name, country, kind);
        });
    }

    private static String ids(Organization.Kind[] kinds) {
        List<String> ids = new ArrayList<>();
        for (Organization.Kind k : kinds) {
            ids.add(k.id());
        }
        return String.join(", ", ids);
    }

    // ---------------------------------------------------------------- related-agreements.json

    private List<RelatedAgreement> readRelatedAgreements(ParsedFile f) {
        JsonObject o = rootObject(f);
        Loc at = f.rootLoc();
        if (o == null || fields.value(o, at, "relatedAgreements", true) == null) {
            return List.of();
        }
        Map<String, Loc> relatedIds = new HashMap<>();
        List<RelatedAgreement> related = fields.list(o, at, "relatedAgreements", (n, l) -> {
            JsonObject r = fields.object(n, l, "a related agreement");
            if (r == null) {
                return null;
            }
            String id = fields.id(r, l, "id", true);
            unique(relatedIds, id, l.key("id"), "related agreement");
            return new RelatedAgreement(id, fields.text(r, l, "title", true), fields.texts(r, l, "parties"),
                    fields.date(r, l, "date", false), fields.texts(r, l, "description"),
                    fields.list(r, l, "figures", this::metric),
                    fields.list(r, l, "links", this::link));
        });
        declared(rules().declared(related, at));
        for (WorkspaceRules.ActivityRef<Loc> ref : rules().figureActivityRefs(related, at)) {
            figureActivityRefs.add(new Ref(ref.id(), ref.at()));
        }
        return related;
    }

    // ---------------------------------------------------------------- reports/<year>.json

    private AnnualReport readReport(ParsedFile f, int fileYear) {
        JsonObject o = rootObject(f);
        if (o == null) {
            return null;
        }
        Loc at = f.rootLoc();
        checkYear(o, at, fileYear, f.name());
        return new AnnualReport(fileYear, fields.text(o, at, "title", true), fields.texts(o, at, "introduction"),
                fields.text(o, at, "relatedAgreementsIntro", false), fields.texts(o, at, "finalComments"));
    }

    private void checkYear(JsonObject o, Loc at, int fileYear, String file) {
        if (!Years.inRange(fileYear)) {
            problems.error(at, "the year " + fileYear + " of the file name " + file + " is outside the allowed range: give "
                    + Bounds.YEAR.describe() + " (rename the file)", "el año " + fileYear + " del nombre de archivo " + file
                    + " está fuera del intervalo permitido: indique " + Bounds.YEAR.describe("es") + " (cambie el nombre del archivo)");
        }
        Integer year = fields.integer(o, at, "year", true);
        if (year != null && year != fileYear) {
            problems.error(at.key("year"), "the year " + year + " does not match the file name " + file
                    + "; make them the same (the file name says which year the file is for)", "el año " + year + " no coincide con el"
                    + " nombre de archivo " + file + "; hágalos iguales (el nombre del archivo dice de qué año es el archivo)");
        }
    }

    // ---------------------------------------------------------------- groups/<id>/...

    /**
     * What reading a group's plan file gave: the plan (null when there is none or it could not be
     * read), whether the file exists, the problems it has, the ids it declares, its activities' ids and
     * its fingerprint. A load keeps it ({@link LoadCache}), so that a group whose plan file is as it was
     * (a rating changed only its year file) reads its year files again, not its plan.
     */
    record PlanReading(boolean exists, WorkingGroupPlan plan, List<Problem> problems, List<Declared> declared, Set<String> activities,
            String fingerprint) {
    }

    /** The plan's reading of the group this reader read last; null before a group is read. */
    private PlanReading planRead;

    /** Reads the plan and the years of a group, from its folder. */
    void readGroup(String groupId) {
        readGroup(groupId, null);
    }

    /**
     * Reads the plan and the years of a group, from its folder; with {@code plan}, the reading of the
     * group's plan file as it still is (the caller checked that the file is as read and that the
     * organizations and installed plugins it was checked against are the same), taken instead of
     * reading the file again. (A reader that places its texts reads every file.)
     */
    void readGroup(String groupId, PlanReading plan) {
        String dir = "groups/" + groupId;
        String planName = dir + "/plan.json";
        PlanReading reading = plan != null && !placeTexts ? again(plan, planName) : readPlanFile(groupId, planName);
        planRead = reading;
        Set<String> activities = reading.plan() == null ? null
                : reading.plan().activities().stream().map(Activity::id).filter(id -> id != null).collect(Collectors.toSet());
        for (Map.Entry<Integer, String> e : yearFiles(dir).entrySet()) {
            ParsedFile f = readFile(e.getValue(), true);
            if (!reading.exists()) {
                problems.error(f == null ? Loc.ofFile(e.getValue()) : f.rootLoc(), "there is no " + planName
                        + " for this year's progress; add the group's plan (assessments, metrics and events refer to its activities)",
                        "no hay ningún " + planName + " para el avance de este año; agregue el plan del grupo (las calificaciones, las cifras y"
                        + " los eventos se refieren a sus actividades)");
            }
            GroupYear year = f == null ? null : readYear(f, groupId, e.getKey(), activities);
            if (year != null) {
                years.add(year);
            }
        }
    }

    /** Reads a group's plan file: what it gave, also added to this reader's findings. */
    private PlanReading readPlanFile(String groupId, String planName) {
        int problemsBefore = problems.size();
        int declaredBefore = declared.size();
        Set<String> activitiesBefore = Set.copyOf(planActivities);
        boolean exists = Files.exists(root.resolve(planName), LinkOption.NOFOLLOW_LINKS);
        ParsedFile planFile = readFile(planName, false);
        WorkingGroupPlan plan = planFile == null ? null : readPlan(planFile, groupId);
        if (plan != null) {
            plans.add(plan);
        }
        Set<String> activities = new HashSet<>(planActivities);
        activities.removeAll(activitiesBefore);
        return new PlanReading(exists, plan, problems.since(problemsBefore), List.copyOf(declared.subList(declaredBefore, declared.size())),
                Set.copyOf(activities), fingerprints.get(planName));
    }

    /** Takes a plan file's earlier reading as this reader's own, as if it had read the file. */
    private PlanReading again(PlanReading plan, String planName) {
        problems.addAll(plan.problems());
        declared.addAll(plan.declared());
        planActivities.addAll(plan.activities());
        if (plan.plan() != null) {
            plans.add(plan.plan());
        }
        if (plan.fingerprint() != null) {
            fingerprints.put(planName, plan.fingerprint());
        }
        return plan;
    }

    /** The reading of the plan of the group this reader read last (null when it read none). */
    PlanReading planReading() {
        return planRead;
    }

    private WorkingGroupPlan readPlan(ParsedFile f, String folderId) {
        JsonObject o = rootObject(f);
        if (o == null) {
            return null;
        }
        Loc at = f.rootLoc();
        checkGroupId(o, at, folderId);
        boolean installed = extensions.group(folderId).isPresent();
        if (!installed) {
            problems.warning(o.get("groupId") != null ? at.key("groupId") : at, "no installed working group has the id '"
                    + folderId + "', so the types and attributes of its deliverables are not checked (they are kept as they are); "
                    + "install the group's plugin to check them", "ningún grupo de trabajo instalado tiene el identificador '" + folderId
                    + "', así que los tipos y atributos de sus entregables no se revisan (se conservan tal cual); instale el plugin del grupo"
                    + " para revisarlos");
        }
        Text name = fields.text(o, at, "name", true);
        List<String> members = fields.strings(o, at, "members");
        List<String> partners = fields.strings(o, at, "partners");
        boolean inJointActionPlan = fields.bool(o, at, "inJointActionPlan", true);
        List<OverarchingGoal> goals = fields.list(o, at, "goals", this::goal);
        // The folder names the group: a save writes the plan back to this folder whatever the file says.
        WorkingGroupPlan plan = new WorkingGroupPlan(folderId, name, members, partners, inJointActionPlan, goals);
        rules().plan(plan, at, null);
        declared(rules().declared(plan, at));
        return plan;
    }

    private void checkGroupId(JsonObject o, Loc at, String folderId) {
        String groupId = fields.string(o, at, "groupId", true);
        if (groupId != null && !groupId.equals(folderId)) {
            problems.error(at.key("groupId"), "the groupId '" + groupId + "' does not match the folder groups/" + folderId
                    + "/; make them the same (the folder name is the group's id)", "el groupId '" + groupId + "' no coincide con la carpeta groups/"
                    + folderId + "/; hágalos iguales (el nombre de la carpeta es el identificador del grupo)");
        }
    }

    private OverarchingGoal goal(Object n, Loc l) {
        JsonObject g = fields.object(n, l, "a goal");
        if (g == null) {
            return null;
        }
        String id = fields.id(g, l, "id", true);
        Integer number = fields.integer(g, l, "number", true, Bounds.GOAL_NUMBER);
        Text title = fields.text(g, l, "title", false);
        Text statement = fields.text(g, l, "statement", true);
        Text overview = fields.text(g, l, "overview", false);
        Text note = fields.text(g, l, "note", false);
        List<Activity> activities = fields.list(g, l, "activities", this::activity);
        return new OverarchingGoal(id, number == null ? 0 : number, title, statement, overview, note, activities);
    }

    private Activity activity(Object n, Loc l) {
        JsonObject a = fields.object(n, l, "an activity");
        if (a == null) {
            return null;
        }
        String id = fields.id(a, l, "id", true);
        if (id != null) {
            planActivities.add(id);
        }
        Text description = fields.text(a, l, "description", true);
        List<Deliverable> deliverables = fields.list(a, l, "deliverables", this::deliverable);
        return new Activity(id, description, deliverables, fields.text(a, l, "note", false));
    }

    @SuppressWarnings("unchecked")
    private Deliverable deliverable(Object n, Loc l) {
        JsonObject d = fields.object(n, l, "a deliverable");
        if (d == null) {
            return null;
        }
        String id = fields.id(d, l, "id", true);
        String type = fields.string(d, l, "type", true);
        Text title = fields.text(d, l, "title", true);
        Text note = fields.text(d, l, "note", false);
        Map<String, Object> attributes = Map.of();
        Object attributesValue = fields.value(d, l, "attributes", false);
        Loc attributesAt = l.key("attributes");
        if (attributesValue != null) {
            if (attributesValue instanceof JsonObject) {
                attributes = (Map<String, Object>) Fields.plain(attributesValue);
            } else {
                problems.error(attributesAt, "'attributes' must be an object {...}, not " + Fields.describe(attributesValue),
                        "'attributes' debe ser un objeto {...}, no " + Fields.describe(attributesValue, true));
            }
        }
        return new Deliverable(id, type == null ? "" : type, title, note, attributes);
    }

    private GroupYear readYear(ParsedFile f, String folderId, int fileYear, Set<String> activities) {
        JsonObject o = rootObject(f);
        if (o == null) {
            return null;
        }
        Loc at = f.rootLoc();
        checkGroupId(o, at, folderId);
        checkYear(o, at, fileYear, f.name());
        Narrative narrative = Narrative.EMPTY;
        Object narrativeValue = fields.value(o, at, "narrative", false);
        if (narrativeValue != null) {
            Loc nAt = at.key("narrative");
            JsonObject n = fields.object(narrativeValue, nAt, "'narrative'");
            if (n != null) {
                narrative = new Narrative(fields.texts(n, nAt, "summary"), fields.texts(n, nAt, "accomplishments"),
                        fields.texts(n, nAt, "challenges"), fields.texts(n, nAt, "nextSteps"));
            }
        }
        Map<String, Loc> assessed = new HashMap<>();
        List<Assessment> assessments = fields.list(o, at, "assessments", (n, l) -> {
            JsonObject a = fields.object(n, l, "an assessment");
            if (a == null) {
                return null;
            }
            String activityId = fields.string(a, l, "activityId", true);
            Loc activityAt = l.key("activityId");
            if (activityId != null) {
                Loc first = assessed.putIfAbsent(activityId, activityAt);
                if (first != null) {
                    problems.error(activityAt, "the activity '" + activityId + "' is already assessed at "
                            + first.describe() + "; give each activity one assessment a year", "la actividad '" + activityId
                            + "' ya está calificada en " + first.describe() + "; dé a cada actividad una calificación al año");
                }
            }
            ProgressLevel level = null;
            String levelId = fields.string(a, l, "level", true);
            if (levelId != null) {
                level = ProgressLevel.byId(levelId).orElse(null);
                if (level == null) {
                    problems.error(l.key("level"), "'" + levelId + "' is not a progress level; use one of "
                            + String.join(", ", ProgressLevel.ids()), "'" + levelId + "' no es un nivel de avance; use uno de estos: "
                            + String.join(", ", ProgressLevel.ids()));
                }
            }
            // the carried-over sentence kept in English alone (a year opened before it had its Spanish) is the model's, which every
            // reader is shown in their language (Assessment.shownRationale): no text a Spanish reader misses, so not placed
            Text rationale = a.get("rationale") instanceof String s && Assessment.isCarriedOverRationale(s)
                    ? fields.unplacedText(a, l, "rationale") : fields.text(a, l, "rationale", false);
            // a year written before carried-over levels were recorded as such says so only in its rationale
            boolean carriedOver = a.get("carriedOver") == null ? rationale != null && Assessment.isCarriedOverRationale(rationale.en())
                    : fields.bool(a, l, "carriedOver", false);
            return new Assessment(activityId, level, rationale, fields.list(a, l, "evidence", this::link),
                    fields.bool(a, l, "inferred", false), carriedOver);
        });
        List<Metric> metrics = fields.list(o, at, "metrics", this::metric);
        List<Event> events = fields.list(o, at, "events", this::event);
        List<QuarterlyUpdate> updates = updates(o, at);
        Review review = review(o, at);
        GroupYear year = new GroupYear(folderId, fileYear, narrative, assessments, metrics, events, updates, review);
        rules().year(year, at, activities);
        declared(rules().declared(year, at));
        return year;
    }

    /** The quarterly updates: one per quarter. */
    private List<QuarterlyUpdate> updates(JsonObject o, Loc at) {
        Map<Integer, Loc> quarters = new HashMap<>();
        return fields.list(o, at, "updates", (n, l) -> {
            JsonObject u = fields.object(n, l, "a quarterly update");
            if (u == null) {
                return null;
            }
            Integer quarter = fields.integer(u, l, "quarter", true);
            if (quarter != null && (quarter < 1 || quarter > 4)) {
                problems.error(l.key("quarter"), "the quarter " + quarter + " is not a quarter of the year; use 1, 2, 3 or 4",
                        "el trimestre " + quarter + " no es un trimestre del año; use 1, 2, 3 o 4");
                quarter = null;
            }
            if (quarter != null) {
                Loc first = quarters.putIfAbsent(quarter, l.key("quarter"));
                if (first != null) {
                    problems.error(l.key("quarter"), "the quarter " + quarter + " already has an update at " + first.describe()
                            + "; give each quarter one update", "el trimestre " + quarter + " ya tiene una actualización en " + first.describe()
                            + "; dé a cada trimestre una actualización");
                }
            }
            List<String> reportedMetrics = fields.strings(u, l, "metrics");
            List<String> reportedEvents = fields.strings(u, l, "events");
            return new QuarterlyUpdate(quarter == null ? 0 : quarter, fields.texts(u, l, "happened"), reportedMetrics, reportedEvents);
        });
    }

    /** The review steps, oldest first; the year's state is that of the last. */
    private Review review(JsonObject o, Loc at) {
        List<ReviewStep> steps = fields.list(o, at, "review", (n, l) -> {
            JsonObject r = fields.object(n, l, "a review step");
            if (r == null) {
                return null;
            }
            String stateId = fields.string(r, l, "state", true);
            ReviewState state = stateId == null ? null : ReviewState.byId(stateId).orElse(null);
            if (stateId != null && state == null) {
                problems.error(l.key("state"), "'" + stateId + "' is not a review state; use one of "
                        + String.join(", ", ReviewState.ids()), "'" + stateId + "' no es un estado de revisión; use uno de estos: "
                        + String.join(", ", ReviewState.ids()));
            }
            String by = fields.string(r, l, "by", true);
            String atText = fields.string(r, l, "at", true);
            java.time.Instant when = null;
            if (atText != null) {
                try {
                    when = java.time.Instant.parse(atText);
                } catch (java.time.format.DateTimeParseException e) {
                    problems.error(l.key("at"), "'" + atText + "' is not a moment in time; write it in UTC as 2017-03-01T14:05:00Z",
                            "'" + atText + "' no es un momento en el tiempo; escríbalo en UTC como 2017-03-01T14:05:00Z");
                }
            }
            String reason = fields.string(r, l, "reason", false);
            String incomplete = fields.string(r, l, "incomplete", false);
            String untranslated = fields.string(r, l, "untranslated", false);
            return state == null ? null : new ReviewStep(state, by, when, reason, incomplete, untranslated);
        });
        return new Review(steps);
    }

    private Event event(Object n, Loc l) {
        JsonObject e = fields.object(n, l, "an event");
        if (e == null) {
            return null;
        }
        String id = fields.id(e, l, "id", true);
        Event.Kind kind = null;
        String kindId = fields.string(e, l, "kind", true);
        if (kindId != null) {
            kind = Event.Kind.byId(kindId).orElse(null);
            if (kind == null) {
                List<String> kinds = new ArrayList<>();
                for (Event.Kind k : Event.Kind.values()) {
                    kinds.add(k.id());
                }
                problems.error(l.key("kind"), "'" + kindId + "' is not an event kind; use one of " + String.join(", ", kinds),
                        "'" + kindId + "' no es un tipo de evento; use uno de estos: " + String.join(", ", kinds));
            }
        }
        DateSpan date = fields.date(e, l, "date", true);
        Text title = fields.text(e, l, "title", true);
        Text place = fields.text(e, l, "place", false);
        List<String> organizations = fields.strings(e, l, "organizations");
        Integer participants = fields.integer(e, l, "participants", false, Bounds.COUNT);
        Text description = fields.text(e, l, "description", false);
        String activityId = fields.string(e, l, "activityId", false);
        return new Event(id, kind, date, title, place, organizations, participants, description, activityId);
    }

    /** A metric of a group's year or a related agreement's figure. */
    private Metric metric(Object n, Loc l) {
        JsonObject m = fields.object(n, l, "a metric");
        if (m == null) {
            return null;
        }
        String id = fields.id(m, l, "id", true);
        Text label = fields.text(m, l, "label", true);
        var value = fields.number(m, l, "value", true, Bounds.AMOUNT);
        // a string, or {"en", "es", "esOf"} with its Spanish; placed (for what a Spanish reader misses) only when it needs one
        Text unit = Metric.unitNeedsSpanish(m.get("unit") instanceof String s ? s : null) || m.get("unit") instanceof JsonObject
                ? fields.text(m, l, "unit", false) : fields.unplacedText(m, l, "unit");
        var target = fields.number(m, l, "target", false, Bounds.AMOUNT);
        var baseline = fields.number(m, l, "baseline", false, Bounds.AMOUNT);
        DateSpan asOf = fields.date(m, l, "asOf", false);
        String activityId = fields.string(m, l, "activityId", false);
        return new Metric(id, label, value, unit == null ? null : unit.en(), target, baseline, asOf, activityId, fields.text(m, l, "note", false),
                fields.text(m, l, "words", false), unit);
    }

    // ---------------------------------------------------------------- shared parts

    private Link link(Object n, Loc l) {
        JsonObject o = fields.object(n, l, "a link");
        if (o == null) {
            return null;
        }
        Text title = fields.text(o, l, "title", false);
        String url = fields.string(o, l, "url", true);
        if (url != null) {
            checkUrl(url, l.key("url"));
        }
        return new Link(title, url);
    }

    /** A link is evidence: the rule and what a missing file means are {@link Evidence}'s. */
    private void checkUrl(String url, Loc at) {
        Optional<Evidence.Finding> found = Evidence.check(root, url);
        if (!Evidence.isWebAddress(url)) {
            evidence.put(url, found); // what a web address finds does not depend on the disk: it is not checked again
        }
        found.ifPresent(f -> {
            if (f.errorWhenRead()) {
                problems.error(at, f.message(), f.messageEs());
            } else {
                problems.warning(at, f.message(), f.messageEs());
            }
        });
    }

    /** What the ids unique in one file name, in Spanish with the article, for the messages of ids used twice. */
    private static final Map<String, String> KINDS_ES = Map.of("action area", "el área de acción", "organization", "la organización",
            "related agreement", "el acuerdo relacionado");

    private void unique(Map<String, Loc> seen, String id, Loc at, String kind) {
        if (id == null) {
            return;
        }
        Loc first = seen.putIfAbsent(id, at);
        if (first != null) {
            problems.error(at, "the id '" + id + "' is already used by the " + kind + " at " + first.describe()
                    + "; give each " + kind + " an id of its own", "el identificador '" + id + "' ya lo usa " + KINDS_ES.getOrDefault(kind, kind)
                    + " en " + first.describe() + "; dé a cada " + KINDS_ES.getOrDefault(kind, kind).replaceFirst("^(el|la|otra|otro) ", "")
                    + " un identificador propio");
        }
    }
}
