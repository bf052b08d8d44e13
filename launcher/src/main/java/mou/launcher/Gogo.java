package mou.launcher;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import org.osgi.framework.ServiceReference;

/**
 * Gogo's CommandProcessor and CommandSession, reached by reflection: their classes live inside
 * the framework (in the Gogo runtime bundle) and are not on the launcher's class path.
 */
final class Gogo {

    static final String PROCESSOR = "org.apache.felix.service.command.CommandProcessor";
    static final String SESSION = "org.apache.felix.service.command.CommandSession";

    private final Object processor;
    private final Method createSession;
    private final Method put;
    private final Method get;
    private final Method execute;
    private final Method close;

    Gogo(ServiceReference<?> reference, Object processor) throws ReflectiveOperationException {
        this.processor = processor;
        Class<?> processorType = reference.getBundle().loadClass(PROCESSOR);
        Class<?> sessionType = reference.getBundle().loadClass(SESSION);
        this.createSession = processorType.getMethod("createSession", InputStream.class, OutputStream.class, OutputStream.class);
        this.put = sessionType.getMethod("put", String.class, Object.class);
        this.get = sessionType.getMethod("get", String.class);
        this.execute = sessionType.getMethod("execute", CharSequence.class);
        this.close = sessionType.getMethod("close");
    }

    /**
     * The Gogo program that runs a command with the given arguments: each argument is handed over
     * as a session variable ({@code $a0}, {@code $a1}, ...), so no argument is ever parsed as Gogo
     * syntax, whatever quotes, {@code $}, {@code ;} or braces it holds.
     */
    static String program(String scopedCommand, int argumentCount) {
        StringBuilder b = new StringBuilder(scopedCommand);
        for (int i = 0; i < argumentCount; i++) {
            b.append(" $").append(variable(i));
        }
        return b.toString();
    }

    static String variable(int index) {
        return "a" + index;
    }

    /**
     * Runs a command in a new session and returns the value of a session variable afterwards.
     *
     * @throws Exception whatever the command threw
     */
    Object run(String scopedCommand, List<String> arguments, String resultVariable,
            InputStream in, OutputStream out, OutputStream err) throws Exception {
        Object session = invoke(createSession, processor, in, out, err);
        try {
            for (int i = 0; i < arguments.size(); i++) {
                invoke(put, session, variable(i), arguments.get(i));
            }
            invoke(execute, session, program(scopedCommand, arguments.size()));
            return invoke(get, session, resultVariable);
        } finally {
            invoke(close, session);
        }
    }

    private static Object invoke(Method method, Object target, Object... args) throws Exception {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception exception) {
                throw exception;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
