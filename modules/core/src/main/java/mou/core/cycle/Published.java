package mou.core.cycle;

import java.nio.file.Path;
import java.util.List;
import mou.core.spi.PluginFailure;

/**
 * What a publication did.
 *
 * @param year the year
 * @param groups the groups whose year is now published and locked
 * @param notOpened the groups with a plan that did not open the year, and so are not in the report
 * @param files the report's files written
 * @param missing the parts the report misses, published so with {@link Publish#allowMissing()}; empty when none is
 */
public record Published(int year, List<String> groups, List<String> notOpened, List<Path> files, List<PluginFailure> missing) {
}
