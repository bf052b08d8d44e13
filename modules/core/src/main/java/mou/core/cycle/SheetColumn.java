package mou.core.cycle;

import java.util.List;

/**
 * A column of a group's year as a sheet.
 *
 * @param header its heading (the first row)
 * @param fill whether the group fills it in; else it comes from the plan and is read-only
 * @param choices the values a drop-down offers, or empty
 * @param numeric whether its values are numbers
 * @param width how wide it is shown, in characters
 * @param several whether a cell may hold several of its {@code choices}, separated by commas ({@code 1, 3}): the
 *        drop-down offers one, and a cell that lists several is no mistake (since 1.8)
 */
public record SheetColumn(String header, boolean fill, List<String> choices, boolean numeric, int width, boolean several) {

    public SheetColumn {
        choices = List.copyOf(choices);
    }

    /** A column whose cells hold one value each (every column before 1.8). */
    public SheetColumn(String header, boolean fill, List<String> choices, boolean numeric, int width) {
        this(header, fill, choices, numeric, width, false);
    }
}
