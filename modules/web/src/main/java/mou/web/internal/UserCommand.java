package mou.web.internal;

import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import mou.core.command.Args;
import mou.core.command.CommandException;
import mou.core.command.Io;
import mou.core.command.Status;
import mou.core.model.WorkingGroupPlan;
import mou.core.spi.LoadResult;
import mou.core.spi.WorkspaceStore;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code user add|remove|password|role|rename|list}: the accounts of the web application, kept in the
 * workspace as {@value Accounts#FILE}. A password is never a word of the command line: it is read
 * from the terminal without echo, or from stdin when stdin is not a terminal (scripts and tests
 * pipe it in). A running server notices the change and ends the sessions it concerns.
 */
@Component(service = Object.class, property = {"osgi.command.scope=mou", "osgi.command.function=user"})
public final class UserCommand {

    static final String COMMAND = "user";
    static final String USAGE = """
            Usage: user add NAME --role program-office|member|reader [--group GROUP]... [--data DIR] [--by NAME]
                   user password NAME [--data DIR] [--by NAME]
                   user role NAME --role program-office|member|reader [--group GROUP]... [--data DIR] [--by NAME]
                   user remove NAME [--data DIR] [--by NAME]
                   user rename NAME NEW-NAME [--data DIR] [--by NAME]
                   user list [--data DIR]

            The accounts that sign in to the web application (./mou serve), kept in the workspace as
            access/users.json (never served by any page). Each has a name, a role and, for a member,
            the working groups whose years they edit and submit:

              program-office   reviews, returns, approves and publishes; edits plans; reads everything
              member           edits and submits the years of their groups (--group, at least one)
              reader           reads everything, changes nothing

            add and password ask for the password on the terminal without showing it (twice), or read
            its first line from stdin when stdin is not a terminal:
              printf '%s\\n' "$PASSWORD" | ./mou user add "Ana López" --role member --group air-quality
            It is never given on the command line, and has at least 12 characters. Only a hash
            (Argon2id) is kept. list shows names, roles and groups, never the hashes. A running server
            reads the file again when it changes: a removed account, or one whose password or role
            changed, is signed out at its next request. Names are told apart without regard to case.
            rename gives an account a new name (a misspelt one; a change of capitals only is allowed): its
            role, groups and password stay, its sessions end (the person signs in with the new name), and
            what the history and the records already say under the old name stays as it was.
            In the browser (./mou serve), the program office does the same on the Accounts page, with
            the same rules, and everyone changes their own password on Your account (their name at the
            top of every page); the first program-office account is made here.

              --role ROLE      program-office, member or reader
              --group GROUP    a working group of the workspace (ids as ./mou groups lists them); repeat
              --data DIR       the workspace folder (default: data/ in the application home)
              --by NAME        who is acting, recorded in the history (default: your account's user name)

            Each change is recorded in the workspace's history (./mou history): who added or removed an
            account, changed its role or groups, renamed it (both names), or set its password (never the
            password or its hash).

            Exit status: 0 done, 1 the workspace or the accounts file has errors, 2 usage error
                         (nothing changed), 3 refused (e.g. removing the last program-office account).
            """;

    /** Where a new password comes from. */
    @FunctionalInterface
    interface PasswordSource {
        /** The password typed for the account, or a CommandException saying what to do. */
        char[] read(String name) throws CommandException;
    }

    /** Makes sure the hashing library is installed before a password is read. */
    @FunctionalInterface
    interface Library {
        void ensure() throws CommandException;
    }

    private final WorkspaceStore store;
    private final BundleContext context;

    @Activate
    public UserCommand(@Reference WorkspaceStore store, BundleContext context) {
        this.store = store;
        this.context = context;
    }

    @Descriptor("the web application's accounts: user add|password|role|remove NAME ..., user rename NAME NEW-NAME, user list")
    public void user(CommandSession session, @Descriptor("see user --help") String... words) {
        Path cwd = session.currentDir() != null ? session.currentDir() : Paths.get(System.getProperty("user.dir"));
        Io io = new Io(System.out, System.err, cwd);
        String homeProperty = context.getProperty("mou.home");
        Path home = homeProperty == null || homeProperty.isBlank() ? cwd : Path.of(homeProperty);
        InputStream keyboard = session.getKeyboard() != null ? session.getKeyboard() : System.in;
        int status;
        try {
            status = run(Arrays.asList(words == null ? new String[0] : words), io, home, store,
                    name -> readPassword(name, System.console(), keyboard, io), () -> BouncyCastle.ensure(context), Passwords.STANDARD);
        } catch (CommandException e) {
            e.lines().forEach(io.err()::println);
            status = e.status();
        }
        io.out().flush();
        io.err().flush();
        session.put(ServeCommand.STATUS_VARIABLE, status);
    }

    /**
     * Runs the command; {@code crypto} makes sure the hashing library is there before a password is read, and a password
     * is hashed at {@code cost} (the command: {@link Passwords#STANDARD}).
     */
    static int run(List<String> words, Io io, Path home, WorkspaceStore store, PasswordSource passwords, Library crypto,
            Passwords.Cost cost) throws CommandException {
        for (String word : words) {
            if (word != null && (word.equals("--password") || word.startsWith("--password=") || word.equals("-p"))) {
                throw CommandException.usage("user: a password is never given on the command line (it would stay in the shell's history"
                        + " and be seen in the list of processes); user add and user password ask for it on the terminal, or read it"
                        + " from stdin: printf '%s\\n' \"$PASSWORD\" | ./mou user add NAME --role ROLE");
            }
        }
        Args options = Args.parse(COMMAND, words, Set.of("--role", "--group", "--data", "--by"), Set.of("--group"), Set.of());
        if (options.help()) {
            io.out().print(USAGE);
            return Status.OK;
        }
        List<String> arguments = options.arguments();
        List<String> actions = List.of("add", "password", "role", "remove", "rename", "list");
        if (arguments.isEmpty()) {
            throw CommandException.usage("user: say what to do: " + String.join(", ", actions) + " (user --help explains them)");
        }
        String action = arguments.get(0);
        if (!actions.contains(action)) {
            String guess = Args.didYouMean(action, actions);
            throw CommandException.usage("user: unknown action '" + action + "'; " + (guess.isEmpty() ? "" : guess + " ") + "The actions are "
                    + String.join(", ", actions) + " (user --help explains them)");
        }
        Path data = options.value("--data").map(d -> io.cwd().resolve(d)).orElse(home.resolve("data")).toAbsolutePath().normalize();
        if (!Files.isDirectory(data)) {
            throw CommandException.usage("user: there is no workspace folder at " + data + (options.value("--data").isPresent() ? ""
                    : " (give one with --data DIR)"));
        }
        Accounts accounts = new Accounts(data);
        if (action.equals("list")) {
            if (arguments.size() > 1) {
                throw CommandException.usage("user: list takes no name; usage: user list [--data DIR]");
            }
            if (options.has("--role") || options.has("--group")) {
                throw CommandException.usage("user: list takes no --role or --group; usage: user list [--data DIR]");
            }
            list(read(accounts), io);
            return Status.OK;
        }
        int names = action.equals("rename") ? 3 : 2;
        if (arguments.size() != names) {
            throw CommandException.usage("user: " + action + (names == 3 ? " needs the NAME and the NEW-NAME" : " needs one NAME")
                    + (arguments.size() > names ? " (put a name with spaces in quotes:"
                    + " \"Ana López\")" : "") + "; usage: " + USAGE.lines().filter(l -> l.contains("user " + action)).findFirst().orElse("")
                    .strip().replaceFirst("^Usage: ", ""));
        }
        String name = arguments.get(1);
        String by = options.value("--by").orElse(System.getProperty("user.name"));
        String byProblem = Accounts.nameProblem(by);
        if (byProblem != null) {
            throw CommandException.usage("user: --by: " + byProblem.replace("the name", "the name of who is acting"));
        }
        Accounts.Tree tree = read(accounts);
        try {
            switch (action) {
                case "add" -> {
                    String problem = Accounts.nameProblem(name);
                    if (problem != null) {
                        throw CommandException.usage("user: " + problem);
                    }
                    Optional<Accounts.Account> existing = Optional.ofNullable(tree.accounts().get(Accounts.key(name)));
                    if (existing.isPresent()) {
                        throw new Accounts.Refused(Accounts.Reason.EXISTS, existing.get().name(), List.of());
                    }
                    Role role = role(options);
                    Set<String> groups = groups(options, role, data, store);
                    String hash = hash(crypto, passwords, name, cost);
                    locked(store, data, accounts, by, now -> now.add(new Accounts.Account(name, role, groups, hash)));
                    io.out().println("user: added " + name + " (" + describe(role, groups) + ") to " + Accounts.FILE);
                }
                case "password" -> {
                    Accounts.Account account = tree.account(name);
                    if (options.has("--role") || options.has("--group")) {
                        throw CommandException.usage("user: password changes only the password; change the role with user role " + quoted(name)
                                + " --role ROLE");
                    }
                    String hash = hash(crypto, passwords, account.name(), cost);
                    locked(store, data, accounts, by, now -> now.password(name, hash));
                    io.out().println("user: the password of " + account.name() + " is changed; a session of theirs in a running server ends");
                }
                case "role" -> {
                    Accounts.Account account = tree.account(name);
                    Role role = role(options);
                    Set<String> groups = groups(options, role, data, store);
                    tree.lastOffice(account, role);
                    locked(store, data, accounts, by, now -> now.role(name, role, groups));
                    io.out().println("user: " + account.name() + " is now " + describe(role, groups)
                            + "; a session of theirs in a running server ends");
                }
                case "remove" -> {
                    Accounts.Account account = tree.account(name);
                    if (options.has("--role") || options.has("--group")) {
                        throw CommandException.usage("user: remove takes only the NAME; usage: user remove NAME [--data DIR]");
                    }
                    tree.lastOffice(account, null);
                    locked(store, data, accounts, by, now -> now.remove(name));
                    io.out().println("user: removed " + account.name() + "; a session of theirs in a running server ends");
                }
                case "rename" -> {
                    Accounts.Account account = tree.account(name);
                    if (options.has("--role") || options.has("--group")) {
                        throw CommandException.usage("user: rename takes only the NAME and the NEW-NAME; change the role with user role");
                    }
                    String newName = arguments.get(2);
                    try {
                        tree.rename(name, newName); // checked before, on the tree as read: said as a mistake, not as a change meanwhile
                    } catch (Accounts.Refused e) {
                        if (e.reason == Accounts.Reason.EXISTS) {
                            throw CommandException.usage("user: there is an account '" + e.name + "' already (names are told apart without"
                                    + " regard to case); choose another new name; nothing was changed");
                        }
                        throw e;
                    }
                    locked(store, data, accounts, by, now -> now.rename(name, newName));
                    io.out().println("user: renamed " + account.name() + " to " + newName + "; a session of theirs in a running server ends"
                            + " (they sign in with the new name); what the history and the records say under " + account.name()
                            + " stays as it was");
                }
                default -> throw new IllegalStateException(action);
            }
        } catch (Accounts.Refused e) {
            throw said(e, true);
        }
        return Status.OK;
    }

    /** The password typed for the account, checked and hashed; the typed characters are wiped. */
    private static String hash(Library crypto, PasswordSource passwords, String name, Passwords.Cost cost) throws CommandException {
        crypto.ensure();
        char[] password = passwords.read(name);
        checkPassword(password);
        try {
            return Passwords.hash(password, cost);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** A refusal of the accounts' rules in the command line's words; {@code before} when said before the change was tried. */
    private static CommandException said(Accounts.Refused e, boolean before) {
        String meanwhile = before ? "" : " (changed meanwhile)";
        return switch (e.reason) {
            case EXISTS -> CommandException.usage("user: there is an account '" + e.name + "' already" + (before ? "; change its password with"
                    + " user password, its role with user role, or remove it first" : " (added meanwhile); change its password with user password,"
                    + " or remove it first"));
            case NO_ACCOUNT -> {
                String guess = Args.didYouMean(e.name, e.choices);
                yield CommandException.usage("user: there is no account '" + e.name + "'" + meanwhile + "; " + (guess.isEmpty() ? "" : guess + " ")
                        + (e.choices.isEmpty() ? "there are no accounts yet (user add makes one)" : "user list shows them"));
            }
            case LAST_OFFICE -> CommandException.refused("user: " + e.name + " is the only program-office account; add another with"
                    + " user add NAME --role program-office first; nothing was changed");
            case GROUPS_NOT_MEMBER -> CommandException.usage("user: only a member has groups; a " + e.name + " reads (and the program office"
                    + " changes) every group's years, so leave out --group");
            case NO_GROUP -> CommandException.usage("user: a member edits the years of their groups: give at least one with --group GROUP");
            case CHANGED_MEANWHILE -> CommandException.refused("user: the password of " + e.name + " changed meanwhile; nothing was changed");
            case BAD_NAME -> CommandException.usage("user: the new name: " + e.problem.english + "; nothing was changed");
            case SAME_NAME -> CommandException.usage("user: the account is called '" + e.name + "' already; give the new name; nothing was"
                    + " changed");
            case UNKNOWN_GROUP -> {
                String guess = Args.didYouMean(e.name, e.choices);
                yield CommandException.usage("user: the workspace has no group '" + e.name + "'; " + (guess.isEmpty() ? "" : guess + " ")
                        + "Its groups: " + String.join(", ", e.choices));
            }
        };
    }

    private static String quoted(String name) {
        return name.contains(" ") ? "\"" + name + "\"" : name;
    }

    /** Changes the accounts as they are now, holding the workspace's lock ({@link Accounts#change}). */
    static void locked(WorkspaceStore store, Path data, Accounts accounts, String by, Accounts.Change change) throws CommandException {
        try {
            accounts.change(store, data, by, change);
        } catch (Accounts.Refused e) {
            throw said(e, false);
        } catch (Accounts.Unreadable e) {
            throw CommandException.invalid(List.of("user: " + e.getMessage(), "user: mend " + accounts.file()
                    + " (docs/workspace-format.md describes it); nothing was changed"));
        } catch (IOException e) {
            throw CommandException.refused("user: " + e.getMessage() + "; nothing was changed");
        }
    }

    private static Accounts.Tree read(Accounts accounts) throws CommandException {
        try {
            return accounts.read();
        } catch (Accounts.Unreadable e) {
            throw CommandException.invalid(List.of("user: " + e.getMessage(), "user: mend " + accounts.file()
                    + " (docs/workspace-format.md describes it); nothing was changed"));
        }
    }

    private static Role role(Args options) throws CommandException {
        String given = options.value("--role").orElseThrow(() -> CommandException.usage(
                "user: give the account's role with --role program-office, --role member or --role reader"));
        List<String> roles = Arrays.stream(Role.values()).map(r -> r.id).toList();
        return Role.of(given).orElseThrow(() -> {
            String guess = Args.didYouMean(given, roles);
            return CommandException.usage("user: --role must be program-office, member or reader, not '" + given + "'"
                    + (guess.isEmpty() ? "" : "; " + guess));
        });
    }

    private static Set<String> groups(Args options, Role role, Path data, WorkspaceStore store) throws CommandException, Accounts.Refused {
        List<String> given = options.values("--group");
        if (role != Role.MEMBER || given.isEmpty()) {
            return Accounts.groups(role, given, List.of());
        }
        return Accounts.groups(role, given, known(data, store));
    }

    /** The workspace's groups, or the workspace's errors as the command's. */
    private static List<String> known(Path data, WorkspaceStore store) throws CommandException {
        LoadResult loaded = store.load(data);
        if (loaded.hasErrors()) {
            List<String> lines = new ArrayList<>();
            loaded.errors().stream().limit(20).forEach(p -> lines.add(p.format()));
            int errors = loaded.errors().size();
            lines.add("user: the workspace has " + errors + (errors == 1 ? " error, so its groups cannot be read; fix it (./mou validate"
                    + " shows it)" : " errors, so its groups cannot be read; fix them (./mou validate lists them)")
                    + " and try again; nothing was changed");
            throw CommandException.invalid(lines);
        }
        return loaded.workspace().plans().stream().map(WorkingGroupPlan::groupId).toList();
    }

    private static String describe(Role role, Set<String> groups) {
        return role.id + (groups.isEmpty() ? "" : " of " + String.join(", ", new TreeSet<>(groups)));
    }

    private static void list(Accounts.Tree tree, Io io) {
        if (tree.accounts().isEmpty()) {
            io.out().println("No accounts yet; the first is made with: ./mou user add NAME --role program-office");
            return;
        }
        int width = tree.accounts().values().stream().mapToInt(a -> a.name().length()).max().orElse(4);
        for (Accounts.Account account : tree.accounts().values()) {
            String hash = Passwords.wellFormed(account.passwordHash()) ? "" : "  (no usable password: set one with user password)";
            io.out().println(String.format("%-" + width + "s  %-14s  %s%s", account.name(), account.role().id,
                    String.join(", ", new TreeSet<>(account.groups())), hash).stripTrailing());
        }
    }

    /**
     * The password for an account: on a terminal asked twice without echo; otherwise the first line
     * of stdin (without its line break).
     */
    static char[] readPassword(String name, Console console, InputStream in, Io io) throws CommandException {
        char[] password;
        if (console != null && terminal(console)) {
            password = console.readPassword("Password for %s (at least %d characters, not shown): ", name, Passwords.MIN_LENGTH);
            if (password == null) {
                throw CommandException.usage("user: no password was typed; nothing was changed");
            }
            checkPassword(password);
            char[] again = console.readPassword("The same password again: ");
            boolean same = again != null && Arrays.equals(password, again);
            if (again != null) {
                Arrays.fill(again, '\0');
            }
            if (!same) {
                Arrays.fill(password, '\0');
                throw CommandException.usage("user: the two passwords differ; nothing was changed; run the command again");
            }
            return password;
        }
        password = firstLine(in);
        checkPassword(password);
        return password;
    }

    /** Java 22's {@code Console.isTerminal()} where it exists (from then on there is a console also without a terminal). */
    private static boolean terminal(Console console) {
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return true;
        }
    }

    static void checkPassword(char[] password) throws CommandException {
        String problem = Passwords.problem(password);
        if (problem != null) {
            Arrays.fill(password, '\0');
            throw CommandException.usage("user: " + problem + "; nothing was changed");
        }
    }

    /** The first line of stdin, UTF-8, without its line break; at most 4 KB. */
    static char[] firstLine(InputStream in) throws CommandException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                if (bytes.size() >= 4096) {
                    throw CommandException.usage("user: the password's line on stdin is longer than 4 KB; nothing was changed");
                }
                bytes.write(b);
            }
        } catch (IOException e) {
            throw CommandException.usage("user: the password cannot be read from stdin: " + e.getMessage() + "; nothing was changed");
        }
        byte[] raw = bytes.toByteArray();
        int length = raw.length > 0 && raw[raw.length - 1] == '\r' ? raw.length - 1 : raw.length;
        if (length == 0) {
            throw CommandException.usage("user: no password was given: type it on a terminal, or give it as the first line of stdin,"
                    + " e.g. printf '%s\\n' \"$PASSWORD\" | ./mou user add ...; nothing was changed");
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw, 0, length));
            char[] password = new char[chars.remaining()];
            chars.get(password);
            if (chars.hasArray()) {
                Arrays.fill(chars.array(), '\0');
            }
            return password;
        } catch (CharacterCodingException e) {
            throw CommandException.usage("user: the password on stdin is not UTF-8 text; nothing was changed");
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }
}
