package mou.core.cycle;

import java.util.List;

/**
 * What {@link CycleService#openYear} did.
 *
 * @param year the year
 * @param opened the groups' years opened
 * @param alreadyOpen the groups whose year was open already, left as they were
 * @param reportCreated whether the program office's report file for the year was made
 * @param files the files written, relative to the workspace
 */
public record YearOpened(int year, List<Opened> opened, List<String> alreadyOpen, boolean reportCreated, List<String> files) {

    /**
     * One group's year opened.
     *
     * @param groupId the group
     * @param from the year whose levels it starts from, or null when there is none
     * @param carried how many activities start from that year's level
     * @param activities how many activities the plan has
     */
    public record Opened(String groupId, Integer from, int carried, int activities) {
    }
}
