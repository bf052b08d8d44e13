package mou.web.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Password hashes: Argon2id as Bouncy Castle computes it ({@link Argon2BytesGenerator}), kept as
 * a PHC string {@code $argon2id$v=19$m=19456,t=2,p=1$SALT$HASH} (salt and hash in Base64 without
 * padding), so that the parameters travel with each hash and can be raised later. The parameters
 * are OWASP's first choice for Argon2id (19 MiB of memory, 2 passes, 1 lane). A password is
 * checked by computing its hash with the stored salt and parameters and comparing the two in
 * constant time. Nothing here is our own hashing.
 *
 * <p>Bouncy Castle is a bundle of its own that only {@code serve} and {@code user} install (it
 * would slow every other command's start): this class is loaded only when a password is hashed or
 * checked, and the web bundle imports Bouncy Castle's packages dynamically.
 */
final class Passwords {

    static final int MEMORY_KIB = 19 * 1024;
    static final int PARALLELISM = 1;
    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 1024;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    /** What a stored hash may ask for: a file edited by hand must not make one sign-in take minutes or gigabytes. */
    private static final int MAX_MEMORY_KIB = 256 * 1024;
    private static final int MAX_ITERATIONS = 16;
    private static final int MAX_PARALLELISM = 8;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{11,64})\\$([A-Za-z0-9+/]{22,128})");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();
    /**
     * A hash of no one's password at each cost that new hashes are made at, checked when the name is unknown so that a wrong
     * name takes as long as a wrong password.
     */
    private static final java.util.Map<Cost, String> DECOYS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * What a new hash costs: memory in KiB ({@code m}) and passes ({@code t}). The application hashes at {@link #STANDARD};
     * a check always runs at the cost its stored hash carries.
     */
    record Cost(int memoryKib, int iterations) {
    }

    /** OWASP's Argon2id minimum: 19 MiB, two passes, one lane. */
    static final Cost STANDARD = new Cost(MEMORY_KIB, 2);
    /**
     * The memory (KiB) that the hashes computed at one moment may take together: two of {@link #MEMORY_KIB}. Each hash
     * takes its memory ({@code m}) from it before it starts, and waits its turn when it is spent; so that sign-ins
     * arriving together (thirty sessions after a restart) cannot take {@code serve}'s whole heap (160 MB) at 19 MiB
     * each: the heap ran out, and a first sign-in that met that while Bouncy Castle's classes were initialised left
     * every later sign-in failing until the server was restarted.
     */
    static final int MEMORY_AT_ONCE_KIB = 2 * MEMORY_KIB;
    private static final java.util.concurrent.Semaphore MEMORY = new java.util.concurrent.Semaphore(MEMORY_AT_ONCE_KIB, true);
    /** The memory (KiB) that the hashes being computed now take, and the most at one moment (for tests). */
    private static final java.util.concurrent.atomic.AtomicInteger IN_USE_KIB = new java.util.concurrent.atomic.AtomicInteger();
    private static final java.util.concurrent.atomic.AtomicInteger MOST_IN_USE_KIB = new java.util.concurrent.atomic.AtomicInteger();

    private Passwords() {
    }

    /**
     * Why a new password is refused: its words' key (for a page: {@code password.short}, {@code password.long},
     * {@code password.spaces}), its length, and the command line's words.
     */
    record Weak(String key, int length) {

        /** As the command line says it. */
        String english() {
            return switch (key) {
                case "password.short" -> "the password must be at least " + MIN_LENGTH + " characters long (it is " + length + ")";
                case "password.long" -> "the password must be at most " + MAX_LENGTH + " characters long (it is " + length + ")";
                default -> "the password must not be only spaces";
            };
        }
    }

    /** Why a new password is refused, if it is: at least {@value #MIN_LENGTH} characters, at most {@value #MAX_LENGTH}, not only spaces. */
    static java.util.Optional<Weak> weak(char[] password) {
        int length = Character.codePointCount(password, 0, password.length);
        if (length < MIN_LENGTH) {
            return java.util.Optional.of(new Weak("password.short", length));
        }
        if (length > MAX_LENGTH) {
            return java.util.Optional.of(new Weak("password.long", length));
        }
        if (CharBuffer.wrap(password).chars().allMatch(Character::isWhitespace)) {
            return java.util.Optional.of(new Weak("password.spaces", length));
        }
        return java.util.Optional.empty();
    }

    /** Why a new password is refused, in the command line's words, or null ({@link #weak}). */
    static String problem(char[] password) {
        return weak(password).map(Weak::english).orElse(null);
    }

    /**
     * The PHC string of a new hash of the password at a cost, with a new random salt. The application hashes at
     * {@link #STANDARD} ({@code WebApp.passwordCost}, {@code UserCommand}); the tests' accounts are hashed at the least
     * cost, since a check runs at the cost its hash carries and those tests are about the rules of accounts and signing in.
     */
    static String hash(char[] password, Cost cost) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = argon2(password, salt, cost.memoryKib(), cost.iterations(), PARALLELISM, HASH_BYTES);
        return "$argon2id$v=19$m=" + cost.memoryKib() + ",t=" + cost.iterations() + ",p=" + PARALLELISM + "$" + B64.encodeToString(salt)
                + "$" + B64.encodeToString(hash);
    }

    /** Whether a PHC string is one this class can check (and within the bounds it accepts). */
    static boolean wellFormed(String phc) {
        return phc != null && parse(phc) != null;
    }

    /** Whether the password is the one the PHC string was made from; a malformed string matches nothing. */
    static boolean verify(char[] password, String phc) {
        Parsed parsed = phc == null ? null : parse(phc);
        if (parsed == null) {
            verifyDecoy(password, STANDARD);
            return false;
        }
        byte[] computed = argon2(password, parsed.salt, parsed.memory, parsed.iterations, parsed.parallelism, parsed.hash.length);
        return MessageDigest.isEqual(computed, parsed.hash);
    }

    /** Spends the time of a check of a hash made at this cost, without a hash to check against (an unknown name). */
    static void verifyDecoy(char[] password, Cost cost) {
        Parsed parsed = parse(DECOYS.computeIfAbsent(cost, c -> hash("no one's password at all".toCharArray(), c)));
        argon2(password, parsed.salt, parsed.memory, parsed.iterations, parsed.parallelism, parsed.hash.length);
    }

    private record Parsed(int memory, int iterations, int parallelism, byte[] salt, byte[] hash) {
    }

    private static Parsed parse(String phc) {
        Matcher m = PHC.matcher(phc);
        if (!m.matches()) {
            return null;
        }
        int memory = Integer.parseInt(m.group(1));
        int iterations = Integer.parseInt(m.group(2));
        int parallelism = Integer.parseInt(m.group(3));
        if (parallelism < 1 || parallelism > MAX_PARALLELISM || iterations < 1 || iterations > MAX_ITERATIONS || memory < 8 * parallelism
                || memory > MAX_MEMORY_KIB) {
            return null;
        }
        try {
            byte[] salt = B64D.decode(m.group(4));
            byte[] hash = B64D.decode(m.group(5));
            if (salt.length < 8 || hash.length < 16) {
                return null;
            }
            return new Parsed(memory, iterations, parallelism, salt, hash);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] argon2(char[] password, byte[] salt, int memory, int iterations, int parallelism, int length) {
        // a stored hash may ask for more than the whole budget (MAX_MEMORY_KIB): it then waits for all of it
        int taken = Math.min(memory, MEMORY_AT_ONCE_KIB);
        MEMORY.acquireUninterruptibly(taken);
        try {
            MOST_IN_USE_KIB.accumulateAndGet(IN_USE_KIB.addAndGet(taken), Math::max);
            try {
                return Argon2.hash(password, salt, memory, iterations, parallelism, length);
            } finally {
                IN_USE_KIB.addAndGet(-taken);
            }
        } finally {
            MEMORY.release(taken);
        }
    }

    /** The most memory (KiB) that the hashes computed at one moment took since the start (for tests). */
    static int mostMemoryAtOnceKib() {
        return MOST_IN_USE_KIB.get();
    }

    /** The one class that names Bouncy Castle, loaded only when a hash is computed (the rest is used without the library). */
    private static final class Argon2 {

        private Argon2() {
        }

        static byte[] hash(char[] password, byte[] salt, int memory, int iterations, int parallelism, int length) {
            Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                    .withMemoryAsKB(memory).withIterations(iterations).withParallelism(parallelism).withSalt(salt).build();
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(parameters);
            ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            byte[] out = new byte[length];
            try {
                generator.generateBytes(bytes, out);
            } finally {
                Arrays.fill(bytes, (byte) 0);
                if (encoded.hasArray()) {
                    Arrays.fill(encoded.array(), (byte) 0);
                }
            }
            return out;
        }
    }
}
