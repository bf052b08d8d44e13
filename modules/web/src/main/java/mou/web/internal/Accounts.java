package mou.web.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import mou.core.command.AtomicFiles;
import mou.core.cycle.Acting;
import mou.core.model.HistoryEntry;
import mou.core.spi.LoadResult;
import mou.core.spi.WorkspaceStore;

/**
 * The accounts of the web application, kept in the workspace as {@value #FILE}: each with its
 * name, role, groups (a member's) and password hash (Argon2id, {@link Passwords}). The file is
 * read as a JSON tree and written back as that tree, so fields the running software does not
 * know are kept; it is replaced atomically ({@link AtomicFiles}). No page serves it, and the
 * workspace store, {@code validate}, the report and {@code publish} do not read it.
 *
 * <p>The server reads it again when it changes ({@link #current()} is cached by the file's
 * modification time, size and identity; a save by rename gives a new identity).
 */
final class Accounts {

    static final String FILE = "access/users.json";
    /** The folder of {@link #FILE} in the workspace. */
    static final String FOLDER = "access";
    static final int MAX_NAME = Acting.MOST_BY;
    private static final long MAX_BYTES = 1 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** As the workspace's files are written: two-space indents, {@code "key": value}, one list item a line. */
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("").withObjectEmptySeparator("")))
            .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
            .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(20).maxStringLength(10_000).build());
    }

    /** One account. */
    record Account(String name, Role role, Set<String> groups, String passwordHash) {

        Account {
            groups = Set.copyOf(groups);
        }

        User user() {
            return new User(name, role, groups);
        }
    }

    /** The accounts as read at one moment, or why the file cannot be read ({@code problem}, else null). */
    record Snapshot(Object stamp, Map<String, Account> byKey, String problem, boolean exists) {

        Optional<Account> find(String name) {
            return name == null ? Optional.empty() : Optional.ofNullable(byKey.get(key(name)));
        }

        List<Account> all() {
            return List.copyOf(byKey.values());
        }
    }

    /** The accounts file cannot be read or is not as it must be. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    private final Path file;
    private final AtomicFiles files = new AtomicFiles();
    private volatile Snapshot snapshot;

    Accounts(Path data) {
        this.file = data.resolve(FILE);
    }

    Path file() {
        return file;
    }

    /** Names are told apart without regard to case: "Ana" and "ana" are the same account. */
    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** Why a name cannot be an account's: the key of its words on a page, and the command line's and the file's words. */
    enum NameProblem {
        EMPTY("account.name.empty", "the name is empty; give the person's name, e.g. \"Ana López\""),
        SPACES("account.name.spaces", "the name must not begin or end with spaces"),
        LONG("account.name.long", "the name must be at most " + MAX_NAME + " characters long"),
        CONTROL("account.name.control", "the name must not contain control characters (tabs, line breaks)");

        final String key;
        final String english;

        NameProblem(String key, String english) {
            this.key = key;
            this.english = english;
        }
    }

    /** Why a name cannot be an account's, if it cannot. */
    static Optional<NameProblem> nameProblemOf(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(NameProblem.EMPTY);
        }
        if (!name.equals(name.strip())) {
            return Optional.of(NameProblem.SPACES);
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME) {
            return Optional.of(NameProblem.LONG);
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            return Optional.of(NameProblem.CONTROL);
        }
        return Optional.empty();
    }

    /** Why a name cannot be an account's, in the command line's words, or null. */
    static String nameProblem(String name) {
        return nameProblemOf(name).map(p -> p.english).orElse(null);
    }

    /** Why a change of the accounts is refused; each front door ({@code ./mou user}, the accounts page) says it in its words. */
    enum Reason {
        /** An account of that name (told apart without regard to case) is there already. */
        EXISTS,
        /** There is no account of that name. */
        NO_ACCOUNT,
        /** It is the only program-office account: no one could publish or manage the others from the web. */
        LAST_OFFICE,
        /** A member without a group. */
        NO_GROUP,
        /** Groups for someone who is not a member. */
        GROUPS_NOT_MEMBER,
        /** A group the workspace does not have. */
        UNKNOWN_GROUP,
        /** The password is no longer the one the person gave as theirs (someone changed it meanwhile). */
        CHANGED_MEANWHILE,
        /** A new name that breaks the name's rule ({@link #nameProblemOf}): {@link Refused#problem} says which. */
        BAD_NAME,
        /** A new name that is the account's name already, exactly. */
        SAME_NAME
    }

    /**
     * A change of the accounts refused by their rules: why, the name it is about (the account's as kept, the
     * name or the group given), and what there is to choose from (the accounts' names, the workspace's groups).
     */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final Reason reason;
        final String name;
        final transient List<String> choices;
        /** What is wrong with a new name ({@link Reason#BAD_NAME}), else null. */
        final NameProblem problem;

        Refused(Reason reason, String name, List<String> choices) {
            this(reason, name, choices, null);
        }

        Refused(Reason reason, String name, List<String> choices, NameProblem problem) {
            super(reason + ": " + name);
            this.reason = reason;
            this.name = name;
            this.choices = List.copyOf(choices);
            this.problem = problem;
        }
    }

    /**
     * A member's groups as given, checked: a member has at least one, each a group of the workspace
     * ({@code known}); the program office and a reader have none (they read, and the office changes, every group's years).
     */
    static Set<String> groups(Role role, List<String> given, List<String> known) throws Refused {
        if (role != Role.MEMBER) {
            if (!given.isEmpty()) {
                throw new Refused(Reason.GROUPS_NOT_MEMBER, role.id, List.of());
            }
            return Set.of();
        }
        if (given.isEmpty()) {
            throw new Refused(Reason.NO_GROUP, "", known);
        }
        Set<String> groups = new LinkedHashSet<>();
        for (String group : given) {
            if (!known.contains(group)) {
                throw new Refused(Reason.UNKNOWN_GROUP, group, known);
            }
            groups.add(group);
        }
        return groups;
    }

    /** The accounts now: read again only when the file changed since the last read; never throws. */
    Snapshot current() {
        Object stamp = stamp();
        Snapshot last = snapshot;
        if (last != null && Objects.equals(last.stamp(), stamp)) {
            return last;
        }
        Snapshot fresh;
        try {
            Tree tree = read();
            fresh = new Snapshot(stamp, tree.accounts(), null, tree.exists());
        } catch (Unreadable e) {
            fresh = new Snapshot(stamp, Map.of(), e.getMessage(), true);
        }
        snapshot = fresh;
        return fresh;
    }

    private Object stamp() {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return List.of(attributes.lastModifiedTime().toMillis(), attributes.size(), String.valueOf(attributes.fileKey()));
        } catch (IOException e) {
            return "none";
        }
    }

    /**
     * The file as a tree (kept whole for writing back) and its accounts as read; {@code renamed} holds the renames
     * made on the tree (the new name's key to the old name's key), so that the history says "renamed", not "removed" and "added".
     */
    record Tree(ObjectNode root, Map<String, Account> accounts, boolean exists, Map<String, String> renamed) {

        Tree(ObjectNode root, Map<String, Account> accounts, boolean exists) {
            this(root, accounts, exists, new LinkedHashMap<>());
        }

        ArrayNode list() {
            JsonNode list = root.get("accounts");
            if (list instanceof ArrayNode array) {
                return array;
            }
            return root.putArray("accounts");
        }

        /** The account of that name (without regard to case), or refused. */
        Account account(String name) throws Refused {
            Account account = accounts.get(key(name));
            if (account == null) {
                throw new Refused(Reason.NO_ACCOUNT, name, accounts.values().stream().map(Account::name).toList());
            }
            return account;
        }

        /** Adds the account; refused when one of that name is there. */
        void add(Account account) throws Refused {
            Account there = accounts.get(key(account.name()));
            if (there != null) {
                throw new Refused(Reason.EXISTS, there.name(), List.of());
            }
            list().add(Accounts.node(account));
        }

        /**
         * Gives the account a new name, under the name's rule ({@link #nameProblemOf}) and one name once without regard
         * to case: a change of capitals only ("ana lópez" to "Ana López") is a rename of the same account. Its role, groups,
         * password and the fields this version does not know stay; what the history and the records say under the old
         * name stays as it was.
         */
        void rename(String name, String newName) throws Refused {
            Account account = account(name);
            Optional<NameProblem> problem = nameProblemOf(newName);
            if (problem.isPresent()) {
                throw new Refused(Reason.BAD_NAME, newName == null ? "" : newName, List.of(), problem.get());
            }
            if (account.name().equals(newName)) {
                throw new Refused(Reason.SAME_NAME, account.name(), List.of());
            }
            Account there = accounts.get(key(newName));
            if (there != null && there != account) {
                throw new Refused(Reason.EXISTS, there.name(), List.of());
            }
            node(account.name()).orElseThrow().put("name", newName);
            renamed.put(key(newName), key(account.name()));
        }

        /** Gives the account a new password hash. */
        void password(String name, String hash) throws Refused {
            node(account(name).name()).orElseThrow().put("passwordHash", hash);
        }

        /**
         * A person's change of their own password: only over the one they gave as theirs ({@code verifiedHash}, checked
         * before), so that a password the program office set meanwhile is not overwritten by a form that knew the old one.
         */
        void ownPassword(String name, String verifiedHash, String hash) throws Refused {
            Account account = account(name);
            if (!account.passwordHash().equals(verifiedHash)) {
                throw new Refused(Reason.CHANGED_MEANWHILE, account.name(), List.of());
            }
            password(name, hash);
        }

        /** Gives the account a role and groups (checked with {@link Accounts#groups}); the last program-office account keeps its role. */
        void role(String name, Role role, Set<String> groups) throws Refused {
            Account account = account(name);
            lastOffice(account, role);
            ObjectNode node = node(account.name()).orElseThrow();
            node.put("role", role.id);
            ArrayNode list = node.putArray("groups");
            new java.util.TreeSet<>(groups).forEach(list::add);
        }

        /** Removes the account; not the last program-office account. */
        void remove(String name) throws Refused {
            Account account = account(name);
            lastOffice(account, null);
            ArrayNode list = list();
            for (int i = 0; i < list.size(); i++) {
                if (key(list.get(i).path("name").asText("")).equals(key(account.name()))) {
                    list.remove(i);
                    return;
                }
            }
        }

        /** The last program-office account is not removed or demoted: no one could publish or manage the others from the web. */
        void lastOffice(Account account, Role newRole) throws Refused {
            if (account.role() != Role.PROGRAM_OFFICE || newRole == Role.PROGRAM_OFFICE) {
                return;
            }
            if (accounts.values().stream().filter(a -> a.role() == Role.PROGRAM_OFFICE).count() <= 1) {
                throw new Refused(Reason.LAST_OFFICE, account.name(), List.of());
            }
        }

        /** The JSON object of an account in the file. */
        Optional<ObjectNode> node(String name) {
            for (JsonNode node : list()) {
                if (node instanceof ObjectNode object && key(object.path("name").asText("")).equals(key(name))) {
                    return Optional.of(object);
                }
            }
            return Optional.empty();
        }
    }

    /** Reads the file; a missing file is no accounts. */
    Tree read() throws Unreadable {
        byte[] bytes;
        try {
            if (Files.isSymbolicLink(file)) {
                throw new Unreadable(FILE + " is a symbolic link; it must be a file of its own");
            }
            if (Files.exists(file) && Files.size(file) > MAX_BYTES) {
                throw new Unreadable(FILE + " is larger than 1 MB; it cannot be an accounts file");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Tree(JSON.createObjectNode(), Map.of(), false);
        } catch (IOException e) {
            throw new Unreadable(FILE + " cannot be read: " + e.getMessage());
        }
        return parse(bytes);
    }

    /** The accounts of a file's bytes, checked as {@link #read} checks them. */
    static Tree parse(byte[] bytes) throws Unreadable {
        JsonNode root;
        try {
            root = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new Unreadable(FILE + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr() + ": not JSON: "
                    + e.getOriginalMessage());
        }
        if (!(root instanceof ObjectNode object)) {
            throw new Unreadable(FILE + ": must be a JSON object {\"accounts\": [...]}");
        }
        JsonNode list = object.get("accounts");
        if (list != null && !list.isNull() && !list.isArray()) {
            throw new Unreadable(FILE + ": $.accounts must be a list of accounts");
        }
        Map<String, Account> accounts = new LinkedHashMap<>();
        int i = 0;
        for (JsonNode node : list == null ? JSON.createArrayNode() : list) {
            String where = FILE + ": $.accounts[" + i++ + "]";
            if (!(node instanceof ObjectNode account)) {
                throw new Unreadable(where + " must be an object with name, role, groups and passwordHash");
            }
            String name = account.path("name").isTextual() ? account.get("name").asText() : null;
            String problem = nameProblem(name);
            if (problem != null) {
                throw new Unreadable(where + ".name: " + problem);
            }
            if (accounts.containsKey(key(name))) {
                throw new Unreadable(where + ".name: '" + name + "' is there twice; each name once");
            }
            String roleText = account.path("role").asText("");
            Role role = Role.of(roleText).orElseThrow(() -> new Unreadable(where + ".role: must be program-office, member or reader, not '"
                    + roleText + "'"));
            Set<String> groups = new LinkedHashSet<>();
            JsonNode groupList = account.get("groups");
            if (groupList != null && !groupList.isNull()) {
                if (!groupList.isArray()) {
                    throw new Unreadable(where + ".groups: must be a list of group ids");
                }
                groupList.forEach(g -> groups.add(g.asText()));
            }
            String hash = account.path("passwordHash").asText("");
            accounts.put(key(name), new Account(name, role, groups, hash));
        }
        return new Tree(object, accounts, true);
    }

    /** A change of the accounts as they are now ({@link #change}). */
    @FunctionalInterface
    interface Change {
        void apply(Tree now) throws Refused;
    }

    /** The history's actions of the accounts ({@link #entries}): the command's name and its action. */
    static final String ADDED = "user-add";
    static final String REMOVED = "user-remove";
    static final String ROLE = "user-role";
    static final String PASSWORD = "user-password";
    static final String RENAMED = "user-rename";
    static final String SESSIONS = "user-sessions";

    /** One change of the accounts at a time in this process (the workspace's lock keeps other processes out). */
    private static final java.util.concurrent.ConcurrentHashMap<Path, java.util.concurrent.locks.ReentrantLock> CHANGING =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Reads the accounts again, changes and writes them in their turn, so that two changes (two {@code user}
     * commands, a command and the accounts page, two pages) never interleave and the last cannot lose the first;
     * and records what changed in the workspace's history under {@code by}, in the same transaction as the file
     * (the store moves the new file into place with the history's lines: {@link WorkspaceStore#save(Path,
     * mou.core.model.Workspace, LoadResult, List, Path, String)}). An account's history says who added or removed it,
     * changed its role or groups, or set its password; never a hash. When the workspace cannot be read (it has
     * errors) the file is written alone, without the history's line, so that accounts can still be mended. What
     * takes long (a password's hash, the workspace's groups) is done before. Nothing is written when the change
     * is refused.
     *
     * @return whether the change is in the history
     * @throws IOException when the lock cannot be had or the file cannot be written
     */
    boolean change(WorkspaceStore store, Path data, String by, Change change) throws Refused, Unreadable, IOException {
        return change(store, data, by, change, List.of());
    }

    /**
     * As {@link #change(WorkspaceStore, Path, String, Change)}, with more lines for the history that the file's change does not
     * say ({@code more}: the sessions a person or the program office ended, {@link #sessionsEnded}); with {@code more} the
     * file is moved into place with the lines even when it is unchanged, so that the lines are written.
     */
    boolean change(WorkspaceStore store, Path data, String by, Change change, List<HistoryEntry> more) throws Refused, Unreadable,
            IOException {
        java.util.concurrent.locks.ReentrantLock turn = CHANGING.computeIfAbsent(file.toAbsolutePath().normalize(),
                f -> new java.util.concurrent.locks.ReentrantLock());
        turn.lock();
        try {
            return store.inTurn(data, () -> {
                Tree now = read();
                Map<String, Account> before = now.accounts();
                change.apply(now);
                byte[] bytes = bytes(now);
                List<HistoryEntry> history = new ArrayList<>(entries(by, before, parse(bytes).accounts(), now.renamed(), now()));
                history.addAll(more);
                LoadResult basis = history.isEmpty() ? null : store.loadForChange(data);
                if (basis == null || basis.hasErrors() || basis.workspace() == null || basis.workspace().agreement() == null) {
                    write(bytes);
                    return false;
                }
                Path staged = store.stage(data, FOLDER);
                Path next = staged.resolve(file.getFileName().toString());
                Files.write(next, bytes);
                keepPermissions(next);
                store.save(data, basis.workspace(), basis, history, staged, FOLDER);
                return true;
            });
        } catch (Refused | Unreadable | IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            turn.unlock();
        }
    }

    /** The history of a change: each account added, removed, given another role or groups, or another password. */
    static List<HistoryEntry> entries(String by, Map<String, Account> before, Map<String, Account> after, java.time.Instant at) {
        return entries(by, before, after, Map.of(), at);
    }

    /**
     * As {@link #entries(String, Map, Map, java.time.Instant)}, with the renames made ({@link Tree#renamed}): a renamed
     * account is one line, its name before and after (and its role and groups, unchanged).
     */
    static List<HistoryEntry> entries(String by, Map<String, Account> before, Map<String, Account> after, Map<String, String> renamed,
            java.time.Instant at) {
        List<HistoryEntry> entries = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        Map<String, String> oldKeyOf = new LinkedHashMap<>();
        renamed.forEach((newKey, oldKey) -> {
            if (before.containsKey(oldKey) && after.containsKey(newKey)) {
                oldKeyOf.put(newKey, oldKey);
            }
        });
        for (String key : keys) {
            Account was = before.get(oldKeyOf.getOrDefault(key, key));
            Account is = after.get(key);
            if (oldKeyOf.containsValue(key) && !oldKeyOf.containsKey(key)) {
                continue; // the old name of a renamed account: said with its new name
            }
            if (oldKeyOf.containsKey(key) && was != null && is != null) {
                entries.add(new HistoryEntry(at, by, RENAMED, null, null, is.name(), null, named(was), named(is)));
                was = new Account(is.name(), was.role(), was.groups(), was.passwordHash());
            }
            if (was == null) {
                entries.add(new HistoryEntry(at, by, ADDED, null, null, is.name(), null, null, described(is)));
            } else if (is == null) {
                entries.add(new HistoryEntry(at, by, REMOVED, null, null, was.name(), null, described(was), null));
            } else {
                if (was.role() != is.role() || !was.groups().equals(is.groups())) {
                    entries.add(new HistoryEntry(at, by, ROLE, null, null, is.name(), null, described(was), described(is)));
                }
                if (!was.passwordHash().equals(is.passwordHash())) {
                    // the account as it is, before and after: the history says its password was set, never what it is
                    entries.add(new HistoryEntry(at, by, PASSWORD, null, null, is.name(), null, described(is), described(is)));
                }
            }
        }
        return entries;
    }

    /** The moment of a change of the accounts, to the millisecond, as the history keeps every moment (docs/workspace-format.md). */
    static java.time.Instant now() {
        return java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    /** An account with its name, as a rename's line shows it ({@code name} before {@code role} and {@code groups}). */
    private static Map<String, Object> named(Account account) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", account.name());
        values.putAll(described(account));
        return values;
    }

    /**
     * The history's line of sessions ended ({@value #SESSIONS}): the person's account, how many of its sessions were open before and
     * after (never a session's id or browser).
     */
    static HistoryEntry sessionsEnded(String by, Account account, int before, int after, java.time.Instant at) {
        Map<String, Object> was = new LinkedHashMap<>(described(account));
        was.put("sessions", before);
        Map<String, Object> is = new LinkedHashMap<>(described(account));
        is.put("sessions", after);
        return new HistoryEntry(at, by, SESSIONS, null, null, account.name(), null, was, is);
    }

    /** An account as the history shows it: its role and groups, never its hash. */
    private static Map<String, Object> described(Account account) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("role", account.role().id);
        values.put("groups", List.copyOf(new java.util.TreeSet<>(account.groups())));
        return values;
    }

    /** A new file of the accounts gets the permissions of the one it replaces, or is readable by its owner only. */
    private void keepPermissions(Path next) throws IOException {
        try {
            Files.setPosixFilePermissions(next, Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? Files.getPosixFilePermissions(file,
                    LinkOption.NOFOLLOW_LINKS) : java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder's own permissions apply
        }
    }

    /** Writes the tree back, atomically; the folder is made when missing, a new file is readable by its owner only. */
    void write(Tree tree) throws IOException {
        write(bytes(tree));
    }

    private static byte[] bytes(Tree tree) throws IOException {
        return (JSON.writer(PRETTY).writeValueAsString(tree.root()) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private void write(byte[] bytes) throws IOException {
        boolean created = !Files.exists(file, LinkOption.NOFOLLOW_LINKS);
        files.write(file, bytes);
        if (created) {
            // password hashes: for the server's account only; later saves keep these permissions (AtomicFiles)
            try {
                Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the folder's own permissions apply
            }
        }
    }

    /** A new account's JSON object: the known fields in their order. */
    static ObjectNode node(Account account) {
        ObjectNode node = JSON.createObjectNode();
        node.put("name", account.name());
        node.put("role", account.role().id);
        ArrayNode groups = node.putArray("groups");
        new ArrayList<>(new java.util.TreeSet<>(account.groups())).forEach(groups::add);
        node.put("passwordHash", account.passwordHash());
        return node;
    }
}
