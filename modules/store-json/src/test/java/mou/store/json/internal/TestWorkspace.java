package mou.store.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import mou.core.spi.LoadResult;
import mou.core.spi.Problem;

/** A copy of the test workspace (src/test/resources/workspace) to change and load. */
final class TestWorkspace {

    private TestWorkspace() {
    }

    static Path copy(Path into) {
        try {
            Path source = Path.of(TestWorkspace.class.getResource("/workspace/agreement.json").toURI()).getParent();
            return copyTree(source, into.resolve("ws"));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of a folder and everything in it at {@code target}. */
    static Path copyTree(Path source, Path target) {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path ws, String relative) {
        try {
            return Files.readString(ws.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path ws, String relative, String content) {
        try {
            Path file = ws.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the one occurrence of {@code from} in a file. */
    static String replace(Path ws, String relative, String from, String to) {
        String content = read(ws, relative);
        assertThat(content).as("test setup: %s holds %s once", relative, from).containsOnlyOnce(from);
        String changed = content.replace(from, to);
        write(ws, relative, changed);
        return changed;
    }

    /**
     * Gives the air-quality group's 2016 file keys of its own that the model does not know: one at the
     * top ({@code $schema}) and an object in the first assessment ({@code reviewer}), for the tests that
     * a save keeps them.
     */
    static void addOwnKeys(Path ws, String yearFile) {
        replace(ws, yearFile, "{\n  \"groupId\"", "{\n  \"$schema\": \"mou-year\",\n  \"groupId\"");
        replace(ws, yearFile, "      \"rationale\": \"Two meetings were held.\",\n",
                "      \"rationale\": \"Two meetings were held.\",\n      \"reviewer\": {\n        \"name\": \"jd\",\n        \"on\": [1, 2.50]\n      },\n");
    }

    /** The 1-based line and column where {@code needle} first occurs in {@code content}. */
    static int[] positionOf(String content, String needle) {
        int index = content.indexOf(needle);
        assertThat(index).as("test setup: text holds %s", needle).isNotNegative();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (content.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, index - lineStart + 1};
    }

    /**
     * Every regular file's bytes by path, to compare a workspace before and after; the lock file that
     * every save takes ({@value WorkspaceLock#FILE}, empty) is not workspace data and is left out.
     */
    static Map<String, byte[]> snapshot(Path ws) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(ws)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(p) && !p.equals(ws.resolve(WorkspaceLock.FILE))) {
                    files.put(ws.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Sets every file's modification time to long ago, so that a rewrite shows. */
    static void age(Path ws) {
        try (Stream<Path> walk = Files.walk(ws)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Files.setLastModifiedTime(p, FileTime.fromMillis(1_000_000_000_000L));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long lastModified(Path ws, String relative) {
        try {
            return Files.getLastModifiedTime(ws.resolve(relative)).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems of a file at a JSON path. */
    static List<Problem> at(LoadResult result, String file, String path) {
        return result.problems().stream().filter(p -> p.file().equals(file) && p.path().equals(path)).toList();
    }

    /** The one problem of a file at a JSON path. */
    static Problem only(LoadResult result, String file, String path) {
        List<Problem> found = at(result, file, path);
        assertThat(found).as("problems at %s %s among %s", file, path, result.problems()).hasSize(1);
        return found.get(0);
    }
}
