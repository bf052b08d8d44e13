package mou.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import mou.core.command.CommandException;
import mou.core.command.Io;
import mou.core.spi.Extensions;
import mou.store.json.internal.JsonWorkspaceStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** user add|password|role|remove|list over a copy of the shipped workspace, the password piped in as on stdin. */
class UserCommandTest {

    @TempDir
    Path home;
    Path data;
    Path file;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final JsonWorkspaceStore store = new JsonWorkspaceStore(Extensions.forTest(List.of(), List.of(), List.of()));
    /** What the command hashes a password at: the fixture's least cost, but where a test checks the command's own. */
    Passwords.Cost cost = WebFixture.LEAST_COST;

    @BeforeEach
    void workspace() throws Exception {
        data = home.resolve("data");
        WebFixture.copy(WebFixture.SHIPPED, data);
        file = data.resolve(Accounts.FILE);
    }

    int user(String stdin, String... words) throws CommandException {
        out.reset();
        Io io = new Io(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), home);
        return UserCommand.run(List.of(words), io, home, store,
                name -> UserCommand.firstLine(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))), () -> { }, cost);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The command fails with this exit status and a message containing {@code says}, and the accounts file is as it was. */
    void refused(int status, String says, String stdin, String... words) throws Exception {
        byte[] before = Files.exists(file) ? Files.readAllBytes(file) : null;
        assertThatThrownBy(() -> user(stdin, words)).as(String.join(" ", words)).isInstanceOf(CommandException.class)
                .hasMessageContaining(says).satisfies(e -> assertThat(((CommandException) e).status()).isEqualTo(status));
        if (before == null) {
            assertThat(file).doesNotExist();
        } else {
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
        }
    }

    @Test
    void addsAccountsWithAHashAndListsThemWithoutIt() throws Exception {
        cost = Passwords.STANDARD; // as the command hashes: UserCommand.user passes it
        assertThat(user("office password 1\n", "add", "Olivia Office", "--role", "program-office")).isZero();
        assertThat(out()).contains("added Olivia Office (program-office)");
        assertThat(user("member password 1\r\n", "add", "Ana López", "--role", "member", "--group", "air-quality", "--group", "wildfires"))
                .isZero();
        assertThat(user("reader password\n", "add", "Rita", "--role", "reader")).isZero();
        String json = Files.readString(file);
        assertThat(json).contains("\"name\": \"Ana López\"").contains("\"role\": \"member\"").contains("\"air-quality\"")
                .contains("\"passwordHash\": \"$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("member password 1");
        Accounts.Tree tree = new Accounts(data).read();
        Accounts.Account ana = tree.accounts().get("ana lópez");
        assertThat(ana.groups()).containsExactlyInAnyOrder("air-quality", "wildfires");
        assertThat(Passwords.verify("member password 1".toCharArray(), ana.passwordHash())).as("the \\r of a Windows line is not part of it")
                .isTrue();
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(user("", "list")).isZero();
        assertThat(out()).contains("Olivia Office").contains("Ana López").contains("member").contains("air-quality, wildfires")
                .doesNotContain("argon2").doesNotContain("$");
    }

    @Test
    void theEmptyStdinIsNoPasswordAndTheReaderAccountNeedsOne() throws Exception {
        refused(2, "no password was given", "", "add", "Rita", "--role", "reader");
        refused(2, "at least 12 characters", "short one\n", "add", "Rita", "--role", "reader");
    }

    @Test
    void everyMistakeSaysWhatToDoAndChangesNothing() throws Exception {
        user("office password 1\n", "add", "Olivia Office", "--role", "program-office");
        refused(2, "did you mean air-quality?", "member password 1\n", "add", "Ana", "--role", "member", "--group", "air-qualty");
        refused(2, "give at least one with --group", "member password 1\n", "add", "Ana", "--role", "member");
        refused(2, "only a member has groups", "member password 1\n", "add", "Ana", "--role", "reader", "--group", "air-quality");
        refused(2, "did you mean member?", "member password 1\n", "add", "Ana", "--role", "membr");
        refused(2, "give the account's role with --role", "member password 1\n", "add", "Ana");
        refused(2, "there is an account 'Olivia Office' already", "office password 2\n", "add", "olivia office", "--role", "reader");
        refused(2, "never given on the command line", "", "add", "Ana", "--role", "reader", "--password", "secret secret");
        refused(2, "did you mean add?", "", "ad", "Ana");
        refused(2, "there is no account 'Olivia Ofice'; did you mean Olivia Office?", "", "remove", "Olivia Ofice");
        refused(2, "must not contain control characters", "a good password\n", "add", "Ana\nB", "--role", "reader");
        refused(2, "must not begin or end with spaces", "a good password\n", "add", " Ana", "--role", "reader");
        refused(3, "the only program-office account", "", "remove", "Olivia Office");
        refused(3, "the only program-office account", "", "role", "Olivia Office", "--role", "reader");
        refused(2, "there is no workspace folder", "", "list", "--data", "missing");
        Files.writeString(file, "{\"accounts\": [ {\"name\": \"X\", \"role\": \"boss\"} ]}");
        refused(1, "$.accounts[0].role: must be program-office, member or reader, not 'boss'", "", "list");
    }

    /** A member's groups are read from the workspace; one with errors is said in as many words, and nothing is changed. */
    @Test
    void aMemberIsNotAddedToAWorkspaceWithErrors() throws Exception {
        Path agreement = data.resolve("agreement.json");
        Files.writeString(agreement, "{ not json");
        refused(1, "user: the workspace has 1 error, so its groups cannot be read; fix it (./mou validate shows it) and try again",
                "member password 1\n", "add", "Ana", "--role", "member", "--group", "air-quality");
        Files.writeString(data.resolve("organizations.json"), "{ not json either");
        refused(1, "user: the workspace has 2 errors, so its groups cannot be read; fix them (./mou validate lists them) and try again",
                "member password 1\n", "add", "Ana", "--role", "member", "--group", "air-quality");
    }

    @Test
    void passwordRoleAndRemoveChangeOnlyTheirAccountAndKeepUnknownFields() throws Exception {
        user("office password 1\n", "add", "Olivia Office", "--role", "program-office");
        user("member password 1\n", "add", "Ana", "--role", "member", "--group", "air-quality");
        // a field some later version (or a person) added is kept, in the file and in each account
        String json = Files.readString(file).replaceFirst("\\{", "{\n  \"note\": \"kept\",").replace("\"name\": \"Ana\",",
                "\"name\": \"Ana\",\n      \"email\": \"ana@example.org\",");
        Files.writeString(file, json);
        String officeHash = new Accounts(data).read().accounts().get("olivia office").passwordHash();
        assertThat(user("a brand new password\n", "password", "ana")).isZero();
        Accounts.Account ana = new Accounts(data).read().accounts().get("ana");
        assertThat(Passwords.verify("a brand new password".toCharArray(), ana.passwordHash())).isTrue();
        assertThat(Passwords.verify("member password 1".toCharArray(), ana.passwordHash())).isFalse();
        assertThat(new Accounts(data).read().accounts().get("olivia office").passwordHash()).isEqualTo(officeHash);
        assertThat(user("", "role", "Ana", "--role", "member", "--group", "wildfires")).isZero();
        assertThat(new Accounts(data).read().accounts().get("ana").groups()).containsExactly("wildfires");
        assertThat(Files.readString(file)).contains("\"note\": \"kept\"").contains("\"email\": \"ana@example.org\"");
        assertThat(user("", "remove", "ANA")).isZero();
        assertThat(new Accounts(data).read().accounts()).containsOnlyKeys("olivia office");
        assertThat(Files.readString(file)).contains("\"note\": \"kept\"");
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).as("no temporary file is left").containsExactly("users.json");
        }
    }

    @Test
    void validateAndTheStoreDoNotSeeTheAccountsFile() throws Exception {
        var without = store.load(data);
        user("office password 1\n", "add", "Olivia Office", "--role", "program-office");
        var with = store.load(data);
        assertThat(with.hasErrors()).isFalse();
        assertThat(with.problems().stream().map(p -> p.format()).toList()).isEqualTo(without.problems().stream().map(p -> p.format()).toList());
        assertThat(with.workspace()).isEqualTo(without.workspace());
    }

    @Test
    void theFirstLineOfStdinIsThePassword() throws Exception {
        assertThat(new String(UserCommand.firstLine(new ByteArrayInputStream("pässwörd long\nsecond line\n".getBytes(StandardCharsets.UTF_8)))))
                .isEqualTo("pässwörd long");
        assertThatThrownBy(() -> UserCommand.firstLine(new ByteArrayInputStream(new byte[] {(byte) 0xff, (byte) 0xfe, 'a'})))
                .hasMessageContaining("not UTF-8");
        byte[] longLine = new byte[5000];
        Arrays.fill(longLine, (byte) 'a');
        assertThatThrownBy(() -> UserCommand.firstLine(new ByteArrayInputStream(longLine))).hasMessageContaining("longer than 4 KB");
    }

    @Test
    void helpExplainsTheCommand() throws Exception {
        assertThat(user("", "--help")).isZero();
        assertThat(out()).isEqualTo(UserCommand.USAGE).contains("never given on the command line");
        UserCommandHelp help = new UserCommandHelp();
        assertThat(help.topics().get(0).summaries()).containsOnlyKeys("user");
        assertThat(help.topics().get(0).guide()).isEqualTo("docs/web.md");
        assertThat(help.usage("user")).contains(UserCommand.USAGE);
        assertThat(help.usage("serve")).isEmpty();
    }

    /** A user command run by its own thread, with its own output. */
    private int userInThread(String stdin, String... words) throws CommandException {
        ByteArrayOutputStream mine = new ByteArrayOutputStream();
        Io io = new Io(new PrintStream(mine, true, StandardCharsets.UTF_8), new PrintStream(mine, true, StandardCharsets.UTF_8), home);
        return UserCommand.run(List.of(words), io, home, store,
                name -> UserCommand.firstLine(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))), () -> { }, cost);
    }

    @Test
    void userCommandsAtTheSameMomentTakeTurnsAndNoneLosesAnother() throws Exception {
        assertThat(user("office password 1\n", "add", "Olivia Office", "--role", "program-office")).isZero();
        int n = 6;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                String name = "Reader " + i;
                runs.add(pool.submit(() -> {
                    start.await();
                    return userInThread("reader password " + name + "\n", "add", name, "--role", "reader");
                }));
            }
            // and a change of an existing account at the same time
            runs.add(pool.submit(() -> {
                start.await();
                return userInThread("", "role", "Olivia Office", "--role", "reader");
            }));
            start.countDown();
            for (var run : runs.subList(0, n)) {
                assertThat(run.get(60, java.util.concurrent.TimeUnit.SECONDS)).isZero();
            }
            // the last office cannot be made a reader: refused whatever came first
            assertThatThrownBy(() -> runs.get(n).get(60, java.util.concurrent.TimeUnit.SECONDS)).hasCauseInstanceOf(CommandException.class);
        } finally {
            pool.shutdownNow();
        }
        Accounts.Tree tree = new Accounts(data).read();
        assertThat(tree.accounts()).hasSize(n + 1).containsKey("olivia office");
        for (int i = 0; i < n; i++) {
            assertThat(tree.accounts()).as("Reader %d was not lost", i).containsKey("reader " + i);
        }
    }

    @Test
    void aUserCommandWaitsForTheWorkspacesLockAndReadsTheAccountsAgainUnderIt() throws Exception {
        assertThat(user("office password 1\n", "add", "Olivia Office", "--role", "program-office")).isZero();
        java.util.concurrent.CountDownLatch holding = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Thread other = new Thread(() -> {
            try {
                // another writer of the accounts holds the workspace's lock and adds an account under it
                store.locked(data, () -> {
                    holding.countDown();
                    release.await();
                    Accounts accounts = new Accounts(data);
                    Accounts.Tree tree = accounts.read();
                    tree.list().add(Accounts.node(new Accounts.Account("Ana", Role.READER, java.util.Set.of(), "x")));
                    accounts.write(tree);
                    return null;
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        other.start();
        holding.await();
        java.util.concurrent.Future<Integer> mine = java.util.concurrent.Executors.newSingleThreadExecutor().submit(
                () -> userInThread("reader password\n", "add", "Rita", "--role", "reader"));
        Thread.sleep(1500);
        assertThat(mine.isDone()).as("the command waits while the lock is held").isFalse();
        release.countDown();
        assertThat(mine.get(60, java.util.concurrent.TimeUnit.SECONDS)).isZero();
        other.join();
        assertThat(new Accounts(data).read().accounts()).containsKeys("olivia office", "ana", "rita");
    }

    @Test
    void eachChangeIsInTheHistoryUnderByNeverThePasswordAndABadByIsRefused() throws Exception {
        assertThat(user("first password 1\n", "add", "Ana López", "--role", "member", "--group", "wildfires", "--data", data.toString(),
                "--by", "Olivia Office")).isEqualTo(0);
        assertThat(user("second password 2\n", "password", "Ana López", "--data", data.toString(), "--by", "Olivia Office")).isEqualTo(0);
        assertThat(user("", "remove", "Ana López", "--data", data.toString())).isEqualTo(0);
        var history = store.history(data).stream().filter(e -> e.action().startsWith("user-")).toList();
        assertThat(history).extracting(e -> e.action() + " " + e.subject() + " by " + e.by()).containsExactly(
                "user-add Ana López by Olivia Office", "user-password Ana López by Olivia Office",
                "user-remove Ana López by " + System.getProperty("user.name"));
        assertThat(Files.readString(data.resolve("history.jsonl"))).doesNotContain("argon2").doesNotContain("password 1")
                .doesNotContain("password 2");
        refused(2, "--by: the name of who is acting must not contain control characters", "first password 1\n", "add", "Rita Reader",
                "--role", "reader", "--data", data.toString(), "--by", "Olivia\nOffice");
    }

    @Test
    void renameGivesAnAccountANewNameUnderTheNameRuleAndTheHistorySaysBoth() throws Exception {
        assertThat(user("office password 1\n", "add", "Olivia Office", "--role", "program-office")).isZero();
        assertThat(user("member password 1\n", "add", "Ana Lopz", "--role", "member", "--group", "wildfires", "--by", "Olivia Office"))
                .isZero();
        refused(2, "there is an account 'Olivia Office' already (names are told apart without regard to case); choose another new name", "",
                "rename", "Ana Lopz", "olivia office");
        refused(2, "the new name: the name must not begin or end with spaces", "", "rename", "Ana Lopz", "Ana López ");
        refused(2, "the account is called 'Ana Lopz' already", "", "rename", "ana lopz", "Ana Lopz");
        refused(2, "there is no account 'Ana Lopes'", "", "rename", "Ana Lopes", "Ana López");
        refused(2, "rename needs the NAME and the NEW-NAME", "", "rename", "Ana Lopz");
        refused(2, "rename takes only the NAME and the NEW-NAME", "", "rename", "Ana Lopz", "Ana López", "--role", "reader");

        assertThat(user("", "rename", "ana lopz", "Ana López", "--by", "Olivia Office")).isZero();
        assertThat(out()).contains("user: renamed Ana Lopz to Ana López", "what the history and the records say under Ana Lopz stays as it was");
        Accounts.Account ana = new Accounts(data).read().accounts().get("ana lópez");
        assertThat(ana.name()).isEqualTo("Ana López");
        assertThat(ana.groups()).containsExactly("wildfires");
        assertThat(Passwords.verify("member password 1".toCharArray(), ana.passwordHash())).isTrue();
        assertThat(new Accounts(data).read().accounts()).doesNotContainKey("ana lopz");

        var history = store.history(data).stream().filter(e -> e.action().startsWith("user-")).toList();
        assertThat(history).extracting(e -> e.action() + " " + e.subject() + " by " + e.by()).containsExactly(
                "user-add Olivia Office by " + System.getProperty("user.name"), "user-add Ana Lopz by Olivia Office",
                "user-rename Ana López by Olivia Office");
        assertThat(history.get(2).before()).isEqualTo(java.util.Map.of("name", "Ana Lopz", "role", "member", "groups", List.of("wildfires")));
        assertThat(history.get(2).after()).isEqualTo(java.util.Map.of("name", "Ana López", "role", "member", "groups", List.of("wildfires")));
        assertThat(history).as("a moment to the millisecond, as the history keeps every moment (it had nanoseconds)")
                .allSatisfy(e -> assertThat(e.at().getNano() % 1_000_000).isZero());
    }
}
