package mou.commands.internal;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Runs the command line the launcher was started with, on the launcher's main thread: bnd's
 * launcher conventions. The launcher registers its words as a service with the property
 * {@value #ARGUMENTS} (a {@code String[]}, without the launcher's own {@code --plugins DIR}) and,
 * once the bundles are started, calls the {@code Callable} service with {@code main.thread=true}
 * and exits with the number it returns. This component exists only while such a service is
 * registered, so the interactive shell (which registers none) has no main-thread command.
 *
 * <p>Everything after the launcher's own option is read here: {@code -h}/{@code --help},
 * {@code -V}/{@code --version} (the {@code version} command), the command, its words. A mistyped
 * command or option gets the nearest known ones ({@link mou.core.command.Args#nearest}). The command runs through Gogo's CommandProcessor like a command typed in
 * the shell, with each word handed over as a session variable so that none is parsed as Gogo
 * syntax, and its exit status is read from the session variable {@value MouCommands#STATUS_VARIABLE}.
 * The launcher may add its standard streams as {@code mou.in}, {@code mou.out} and {@code mou.err}
 * (taken before Gogo replaced {@code System.out}); without them the {@code System} ones are used.
 */
@Component(service = Callable.class, property = "main.thread=true")
public final class CommandLine implements Callable<Integer> {

    /** The launcher's service property holding the command line (bnd's launcher convention). */
    public static final String ARGUMENTS = "launcher.arguments";
    static final String SCOPE = "mou";
    private static final String MOU_COMMANDS = "mou.commands.internal.MouCommands";
    /** The launcher's own command, next to the application's. */
    static final String SHELL = "shell";

    static final String USAGE = """
            Usage: mou [--plugins DIR] COMMAND [OPTIONS...]
                   mou shell       an interactive console with the same commands (plus Gogo's lb, scr:list, ...);
                                   jars dropped into the plugins folder are installed while it runs
                   mou --help      this text; mou help COMMAND (or mou COMMAND --help) explains a command
                   mou --version   the version of mou-progress and of each installed plugin (also -V)
              --plugins DIR        the plugins folder (default: plugins/ under the application home)
            """;

    /** What may come before the command: help, the version, and the launcher's own option (read before this runs). */
    private static final List<String> OPTIONS = List.of("--help", "-h", "--version", "-V", "--plugins");

    private final CommandProcessor processor;
    private final BundleContext context;
    private final List<String> words;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    /**
     * @param processor Gogo's command processor
     * @param commands this bundle's command service, so that the launcher waits for the commands
     * @param launcher the properties of the launcher's service: the words, and its streams
     */
    @Activate
    public CommandLine(@Reference CommandProcessor processor,
            @Reference(service = Object.class, target = "(component.name=" + MOU_COMMANDS + ")")
            ServiceReference<Object> commands,
            @Reference(service = Object.class, target = "(" + ARGUMENTS + "=*)") Map<String, Object> launcher,
            BundleContext context) {
        this.processor = processor;
        this.context = context;
        this.words = launcher.get(ARGUMENTS) instanceof String[] array ? List.of(array) : List.of();
        this.in = launcher.get("mou.in") instanceof InputStream stream ? stream : System.in;
        this.out = launcher.get("mou.out") instanceof PrintStream stream ? stream : System.out;
        this.err = launcher.get("mou.err") instanceof PrintStream stream ? stream : System.err;
    }

    @Override
    public Integer call() {
        boolean help = false;
        boolean version = false;
        int i = 0;
        for (; i < words.size() && words.get(i).startsWith("-"); i++) {
            String word = words.get(i);
            if (word.equals("--version") || word.equals("-V")) {
                version = true;
            } else if (word.equals("-h") || word.equals("--help")) {
                help = true;
            } else {
                String name = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
                String guess = mou.core.command.Args.didYouMean(name, OPTIONS);
                err.println("mou: unknown option '" + word + "' before the command" + (guess.isEmpty()
                        ? "; a command's options go after it, e.g. mou report --year 2016" : "; " + guess));
                err.print(USAGE);
                return 2;
            }
        }
        String command = i < words.size() ? words.get(i) : null;
        List<String> rest = i < words.size() ? words.subList(i + 1, words.size()) : List.of();
        if (version && !help) {
            if (command != null) {
                err.println("mou: --version takes no command; run mou --version alone, or mou " + command + " ...");
                return 2;
            }
            return run("version", List.of(), out);
        }
        if (help || command == null) {
            // the command list comes from the running commands' own help
            if (help && command != null && !command.equals(SHELL)) {
                return run("help", List.of(command), out);
            }
            (help ? out : err).print(USAGE + "\n");
            int status = run("help", List.of(), help ? out : err);
            return help || status != 0 ? status : 2;
        }
        if (command.equals(SHELL)) {
            // the launcher opens the shell for the word alone
            err.println("mou: shell takes no arguments");
            return 2;
        }
        Set<String> known = commandNames();
        if (!known.contains(command)) {
            List<String> all = new ArrayList<>(known);
            all.add(SHELL);
            String guess = mou.core.command.Args.didYouMean(command, all);
            err.println("mou: unknown command '" + command + "'" + (guess.isEmpty() ? "; commands: " : "; " + guess + " Commands: ")
                    + String.join(", ", all) + " (mou --help explains them)");
            return 2;
        }
        return run(command, rest, out);
    }

    /** Runs a command in a new Gogo session and returns the exit status it left. */
    private int run(String command, List<String> arguments, PrintStream to) {
        try {
            CommandSession session = processor.createSession(in, to, err);
            try {
                for (int i = 0; i < arguments.size(); i++) {
                    session.put("a" + i, arguments.get(i));
                }
                session.execute(program(SCOPE + ":" + command, arguments.size()));
                Object status = session.get(MouCommands.STATUS_VARIABLE);
                if (status instanceof Number number) {
                    return number.intValue();
                }
                err.println("mou: the command " + command + " gave no exit status");
                return 3;
            } finally {
                session.close();
                to.flush();
                err.flush();
            }
        } catch (Exception e) {
            // a fault of the program, not of what was typed: the person is told so in words; the details are for a bug report
            err.println("mou: the command " + command + " stopped on an internal error, a fault in mou or in a plugin rather than in "
                    + "what you typed");
            if (System.getenv("MOU_DEBUG") != null) {
                e.printStackTrace(err);
            } else {
                err.println("mou: run it again with MOU_DEBUG=1 set to see the details, and report them");
            }
            return 3;
        }
    }

    /**
     * The Gogo program that runs a command with the given number of arguments: each is a session
     * variable ({@code $a0}, {@code $a1}, ...), so no argument is parsed as Gogo syntax, whatever
     * quotes, {@code $}, {@code ;} or braces it holds.
     */
    static String program(String scopedCommand, int argumentCount) {
        StringBuilder b = new StringBuilder(scopedCommand);
        for (int i = 0; i < argumentCount; i++) {
            b.append(" $a").append(i);
        }
        return b.toString();
    }

    /** The commands of the {@code mou} scope that the running bundles provide, read from their service properties. */
    private Set<String> commandNames() {
        Set<String> names = new LinkedHashSet<>();
        try {
            ServiceReference<?>[] references = context.getServiceReferences((String) null, "(osgi.command.scope=" + SCOPE + ")");
            List<ServiceReference<?>> ordered = new ArrayList<>(List.of(references == null ? new ServiceReference<?>[0] : references));
            // a stable order: this bundle's commands first (as help lists them), then the others' in the order they were registered
            ordered.sort(Comparator.comparing((ServiceReference<?> r) -> !MOU_COMMANDS.equals(r.getProperty("component.name")))
                    .thenComparing(r -> (Long) r.getProperty(Constants.SERVICE_ID)));
            for (ServiceReference<?> reference : ordered) {
                names.addAll(functions(reference.getProperty("osgi.command.function")));
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    static List<String> functions(Object property) {
        List<String> names = new ArrayList<>();
        if (property instanceof String[] array) {
            names.addAll(List.of(array));
        } else if (property instanceof Collection<?> collection) {
            collection.forEach(f -> names.add(String.valueOf(f)));
        } else if (property != null) {
            names.add(String.valueOf(property));
        }
        return names;
    }
}
