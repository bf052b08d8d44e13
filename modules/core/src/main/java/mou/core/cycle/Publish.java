package mou.core.cycle;

import java.nio.file.Path;
import java.util.List;

/**
 * Publish a year whose groups are all approved: lock it and write its combined report.
 *
 * @param acting who publishes it (the program office)
 * @param year the year
 * @param language {@code en} or {@code es}
 * @param formats ids of the report formats to write; empty for every installed format
 * @param out the folder to write the report into, or null for the workspace's {@code published/YEAR/}
 */
public record Publish(Acting acting, int year, String language, List<String> formats, Path out) {
}
