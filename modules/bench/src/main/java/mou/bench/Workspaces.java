package mou.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The benchmark's generated workspaces, kept between runs: {@code <base>/g<groups>/} with a
 * {@code g<groups>.shape} file beside it naming the shape it was made with; a workspace whose
 * shape file differs (another seed, another generator) is made again.
 */
public final class Workspaces {

    /** Changes when the generator writes other content for the same shape, so old workspaces are not reused. */
    static final String GENERATOR_VERSION = "1";

    private Workspaces() {
    }

    public static Path folder(Path base, int groups) {
        return base.resolve("g" + groups);
    }

    /**
     * The workspace of the benchmark's shape with this many groups, generated when missing or stale.
     *
     * @return the generation's summary, or null when the existing workspace was kept
     */
    public static WorkspaceGenerator.Summary ensure(Path base, int groups, Path examples) throws IOException {
        Shape shape = Shape.bench(groups);
        Path folder = folder(base, groups);
        Path marker = base.resolve("g" + groups + ".shape");
        String expected = "generator " + GENERATOR_VERSION + ": " + shape.describe() + "\n";
        if (Files.isDirectory(folder) && Files.isRegularFile(marker)
                && Files.readString(marker, StandardCharsets.UTF_8).equals(expected)) {
            return null;
        }
        Files.deleteIfExists(marker);
        delete(folder);
        Files.createDirectories(base);
        WorkspaceGenerator.Summary summary = WorkspaceGenerator.generate(shape, folder, examples);
        Files.writeString(marker, expected, StandardCharsets.UTF_8);
        return summary;
    }

    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
