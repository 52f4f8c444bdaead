package org.khabar.archive.search;

/** How many of the stories found were published in a month ({@code yyyy-MM}). */
public record MonthCount(String month, int stories) {}
