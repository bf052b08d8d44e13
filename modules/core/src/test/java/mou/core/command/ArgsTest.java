package mou.core.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgsTest {

    private static Args parse(String... words) throws CommandException {
        return Args.parse("report", List.of(words), Set.of("--data", "--year"), Set.of("--dry-run"));
    }

    private static Args rate(String... words) throws CommandException {
        return Args.parse("rate", List.of(words), Set.of("--rationale", "--evidence"), Set.of("--evidence"), Set.of("--no-evidence"));
    }

    @Test
    void readsValuesSeparatedBySpaceOrEquals() throws CommandException {
        Args args = parse("--data", "/w/data", "--year=2016");

        assertThat(args.value("--data")).contains("/w/data");
        assertThat(args.value("--year")).contains("2016");
        assertThat(args.has("--year")).isTrue();
        assertThat(args.has("--dry-run")).isFalse();
        assertThat(args.arguments()).isEmpty();
    }

    @Test
    void aValueMayContainEqualsSignsAndSpacesAndStartWithASingleDash() throws CommandException {
        assertThat(parse("--data=a=b c").value("--data")).contains("a=b c");
        assertThat(parse("--data", "-odd-folder").value("--data")).contains("-odd-folder");
    }

    @Test
    void keepsArgumentsInOrderAndEverythingAfterDoubleDash() throws CommandException {
        Args args = parse("one", "--dry-run", "two", "--", "--year", "-x");

        assertThat(args.arguments()).containsExactly("one", "two", "--year", "-x");
        assertThat(args.flag("--dry-run")).isTrue();
        assertThat(args.value("--year")).isEmpty();
    }

    @Test
    void aLoneDashAndNegativeNumbersAreArguments() throws CommandException {
        assertThat(parse("-", "-3", "-0.5", ".5").arguments()).containsExactly("-", "-3", "-0.5", ".5");
    }

    @Test
    void aWordWithOneDashIsAnOption() {
        assertThatThrownBy(() -> parse("-x")).isInstanceOf(CommandException.class).hasMessageContaining("unknown option '-x'");
    }

    @Test
    void helpIsAlwaysAcceptedAlsoAsDashH() throws CommandException {
        assertThat(parse("--help").help()).isTrue();
        assertThat(parse("x", "-h").help()).isTrue();
        assertThat(parse().help()).isFalse();
    }

    @Test
    void repeatableOptionsKeepEveryValueInOrderAndOthersTheirOne() throws CommandException {
        Args args = rate("aq-1-1", "moderate", "--evidence", "a.pdf", "--rationale=Because.", "--evidence", "https://x.org", "--", "--odd");

        assertThat(args.arguments()).containsExactly("aq-1-1", "moderate", "--odd");
        assertThat(args.values("--evidence")).containsExactly("a.pdf", "https://x.org");
        assertThat(args.values("--rationale")).containsExactly("Because.");
        assertThat(args.values("--no-evidence")).isEmpty();
        assertThat(args.value("--rationale")).contains("Because.");
        assertThat(args.flag("--no-evidence")).isFalse();
    }

    @Test
    void mistakesAreUsageErrorsThatNameTheCommandAndSayWhatToType() {
        assertThatThrownBy(() -> rate("--rationale", "a", "--rationale", "b")).isInstanceOfSatisfying(CommandException.class, e -> {
            assertThat(e.status()).isEqualTo(Status.USAGE);
            assertThat(e.getMessage()).isEqualTo("rate: --rationale is given twice; give it once");
            assertThat(e.lines()).containsExactly("rate: --rationale is given twice; give it once");
        });
        assertThatThrownBy(() -> rate("--rationale")).hasMessage("rate: --rationale needs a value, e.g. --rationale VALUE or --rationale=VALUE");
        assertThatThrownBy(() -> parse("--year", "--data", "x")).hasMessageContaining("report: --year needs a value");
        assertThatThrownBy(() -> parse("--year=")).hasMessage("report: --year needs a value, not an empty one");
        assertThatThrownBy(() -> rate("--no-evidence=yes")).hasMessage("rate: --no-evidence takes no value");
        assertThatThrownBy(() -> rate("--help=yes")).hasMessage("rate: --help takes no value");
    }

    @Test
    void anUnknownOptionIsNamedWithoutItsValueAndWithTheKnownOnes() {
        assertThatThrownBy(() -> parse("--data", "d", "--colour=red"))
                .hasMessage("report: unknown option '--colour'; options: --data, --dry-run, --help, --year");
        assertThatThrownBy(() -> rate("--level", "x")).hasMessage("rate: unknown option '--level'; options: --evidence, --help, --no-evidence, --rationale");
    }

    @Test
    void anUnknownOptionCloseToAKnownOneSuggestsIt() {
        assertThatThrownBy(() -> rate("--rational", "x"))
                .hasMessage("rate: unknown option '--rational'; options: --evidence, --help, --no-evidence, --rationale; did you mean --rationale?");
        assertThatThrownBy(() -> parse("--yaer", "2016")).hasMessageEndingWith("; did you mean --year?");
        assertThatThrownBy(() -> parse("--dryrun")).hasMessageEndingWith("; did you mean --dry-run?");
        assertThatThrownBy(() -> parse("--strict")).hasMessageNotContaining("did you mean");
    }

    @Test
    void theNearestNamesAreFoundAlikeForOptionsAndCommands() {
        List<String> commands = List.of("help", "report", "validate", "groups", "plan", "rate", "year", "export", "import");
        assertThat(Args.nearest("reprot", commands)).containsExactly("report");
        assertThat(Args.nearest("valdiate", commands)).containsExactly("validate");
        assertThat(Args.nearest("grops", commands)).containsExactly("groups");
        // equally near: both are offered, in the order known
        assertThat(Args.nearest("xport", commands)).containsExactly("export");
        assertThat(Args.nearest("mport", commands)).containsExactly("import");
        assertThat(Args.nearest("rat", commands)).containsExactly("rate");
        assertThat(Args.nearest("yar", commands)).containsExactly("year");
        assertThat(Args.nearest("plam", List.of("plan", "play"))).containsExactly("plan", "play");
        // another word is not a typo of a known one
        assertThat(Args.nearest("frobnicate", commands)).isEmpty();
        assertThat(Args.nearest("x", commands)).isEmpty();
        assertThat(Args.nearest("--yeer", List.of("--year", "--data", "--help"))).containsExactly("--year");
        assertThat(Args.nearest("anything", List.of())).isEmpty();
    }

    @Test
    void didYouMeanNamesOneOrSeveral() {
        assertThat(Args.didYouMean("reprot", List.of("report", "validate"))).isEqualTo("did you mean report?");
        assertThat(Args.didYouMean("plam", List.of("plan", "play", "plat"))).isEqualTo("did you mean plan, play or plat?");
        assertThat(Args.didYouMean("zzzzzz", List.of("report"))).isEmpty();
    }

    @Test
    void closenessIsTheEditDistanceWithSwaps() {
        assertThat(Args.distance("--year", "--year")).isZero();
        assertThat(Args.distance("--yaer", "--year")).isEqualTo(1);
        assertThat(Args.distance("--data", "--date")).isEqualTo(1);
        assertThat(Args.distance("", "--x")).isEqualTo(3);
        assertThat(Args.closest("--level", Set.of("--help", "--evidence"))).isEmpty();
        assertThat(Args.closest("--output", Set.of("--out", "--format"))).contains("--out");
    }

    @Test
    void expectAndExpectNoneSayHowToCallTheCommand() throws CommandException {
        assertThatThrownBy(() -> rate("a").expect(2, "rate ACTIVITY-ID LEVEL"))
                .hasMessage("rate: missing arguments; usage: rate ACTIVITY-ID LEVEL");
        assertThatThrownBy(() -> rate("a", "b", "c").expect(2, "rate ACTIVITY-ID LEVEL"))
                .hasMessage("rate: unexpected argument 'c'; usage: rate ACTIVITY-ID LEVEL");
        assertThat(rate("a", "b").expect(2, "rate ACTIVITY-ID LEVEL")).containsExactly("a", "b");
        assertThatThrownBy(() -> parse("stray").expectNone()).hasMessage("report: unexpected argument 'stray'; see report --help");
        parse("--year", "2016").expectNone();
    }

    @Test
    void aTextMustNotBeBlankAndLosesItsSurroundingSpaces() throws CommandException {
        assertThat(rate("--rationale", "  Because. ").text("--rationale")).contains("Because.");
        assertThat(rate().text("--rationale")).isEmpty();
        assertThatThrownBy(() -> rate("--rationale", "   ").text("--rationale")).hasMessage("rate: --rationale is empty; give it a text");
    }

    @Test
    void aStoppedCommandCarriesItsStatusAndLines() {
        assertThat(CommandException.invalid(List.of("a", "b")).status()).isEqualTo(Status.INVALID_DATA);
        assertThat(CommandException.invalid(List.of("a", "b")).getMessage()).isEqualTo("a\nb");
        assertThat(CommandException.refused("no").status()).isEqualTo(Status.FAILED);
        assertThat(CommandException.pluginFailed(List.of("x")).status()).isEqualTo(Status.PLUGIN_FAILED);
        assertThatThrownBy(() -> new CommandException(Status.OK, List.of("fine"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CommandException(Status.USAGE, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyValueIsAcceptedOnlyWhereItSaysNone() throws CommandException {
        Args cleared = Args.parse("figure", List.of("--target", "", "--unit="), Set.of("--target", "--unit", "--label"), Set.of(), Set.of(),
                Set.of("--target", "--unit"));
        assertThat(cleared.value("--target")).contains("");
        assertThat(cleared.value("--unit")).contains("");
        assertThatThrownBy(() -> Args.parse("figure", List.of("--label", ""), Set.of("--target", "--label"), Set.of(), Set.of(),
                Set.of("--target"))).hasMessage("figure: --label needs a value, not an empty one");
    }
}
