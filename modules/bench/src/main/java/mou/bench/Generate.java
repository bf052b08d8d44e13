package mou.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code java -cp ... mou.bench.Generate --out DIR [--groups N] [--goals G] [--activities A]
 * [--deliverables D] [--years Y] [--seed S] [--examples DIR]}: writes a synthetic workspace.
 * Defaults are the benchmark's shape ({@link Shape#bench}) with 10 groups.
 */
public final class Generate {

    private Generate() {
    }

    public static void main(String[] args) throws IOException {
        Shape base = Shape.bench(10);
        int groups = base.groups();
        int goals = base.goals();
        int activities = base.activitiesPerGoal();
        int deliverables = base.deliverablesPerActivity();
        int years = base.years();
        long seed = base.seed();
        Path out = null;
        Path examples = Path.of("data");
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--out" -> out = Path.of(value);
                case "--groups" -> groups = Integer.parseInt(value);
                case "--goals" -> goals = Integer.parseInt(value);
                case "--activities" -> activities = Integer.parseInt(value);
                case "--deliverables" -> deliverables = Integer.parseInt(value);
                case "--years" -> years = Integer.parseInt(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--examples" -> examples = "none".equals(value) ? null : Path.of(value);
                default -> {
                    System.err.println("generate: unknown option " + args[i]
                            + "; use --out DIR [--groups N] [--goals G] [--activities A per goal] [--deliverables D per activity] "
                            + "[--years Y] [--seed S] [--examples DIR|none]");
                    System.exit(2);
                }
            }
            i++;
        }
        if (out == null) {
            System.err.println("generate: give the folder to write with --out DIR");
            System.exit(2);
        }
        Shape shape = new Shape(groups, goals, activities, deliverables, years, base.lastYear(), base.eventsPerYear(),
                base.metricsPerYear(), seed);
        long start = System.nanoTime();
        WorkspaceGenerator.Summary summary = WorkspaceGenerator.generate(shape, out, examples);
        System.out.printf(Locale.ROOT, "%s: %s%n  %d files, %.1f MB, %d assessments, %d deliverables of %d types, in %.1f s%n",
                out, shape.describe(), summary.files(), summary.bytes() / 1e6, summary.assessments(), summary.deliverables(),
                summary.types().size(), (System.nanoTime() - start) / 1e9);
        if (!summary.unusableTypes().isEmpty()) {
            System.out.println("  types left out (no attributes pass their checks): " + summary.unusableTypes());
        }
    }
}
