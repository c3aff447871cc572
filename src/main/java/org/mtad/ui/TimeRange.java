package org.mtad.ui;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The months shown by the temporal chart and the data table: a preset counted back from the last date
 * ({@code all}, {@code 20y}, {@code 15y}, {@code 10y}, {@code 5y}) or explicit bounds ({@code 2004-01..2015-12}).
 */
record TimeRange(int years, YearMonth from, YearMonth to) {

    static final TimeRange ALL = new TimeRange(0, null, null);
    static final int[] PRESETS = {0, 20, 15, 10, 5};

    /** The UI's texts, as the view ({@code getTranslation}) and the first paint ({@link PageTexts}) look them up. */
    @FunctionalInterface
    interface Texts {
        String get(String key, Object... arguments);
    }

    /** The preset buttons' ranges, in their order: all, then the last 20, 15, 10 and 5 years. */
    static List<TimeRange> presets() {
        return IntStream.of(PRESETS).mapToObj(years -> years == 0 ? ALL : lastYears(years)).toList();
    }

    /** A preset's button label ("All", "Last 20 years"). */
    String presetLabel(Texts texts) {
        return years == 0 ? texts.get("range.all") : texts.get("range.years", years);
    }

    static TimeRange lastYears(int years) {
        return new TimeRange(years, null, null);
    }

    static TimeRange between(YearMonth from, YearMonth to) {
        return from.isAfter(to) ? new TimeRange(0, to, from) : new TimeRange(0, from, to);
    }

    boolean custom() {
        return from != null;
    }

    /** Parses the URL form; empty for anything it does not understand. */
    static Optional<TimeRange> parse(String text) {
        if (text == null || text.isBlank() || text.equals("all")) {
            return Optional.of(ALL);
        }
        for (int preset : PRESETS) {
            if (preset > 0 && text.equals(preset + "y")) {
                return Optional.of(lastYears(preset));
            }
        }
        int dots = text.indexOf("..");
        if (dots > 0) {
            try {
                return Optional.of(between(YearMonth.parse(text.substring(0, dots)), YearMonth.parse(text.substring(dots + 2))));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    String code() {
        if (custom()) {
            return from + ".." + to;
        }
        return years == 0 ? "all" : years + "y";
    }

    /** First month inside the range, given the data's first and last months. */
    YearMonth start(YearMonth first, YearMonth last) {
        if (custom()) {
            return from;
        }
        return years == 0 ? first : last.minusYears(years);
    }

    YearMonth end(YearMonth last) {
        return custom() ? to : last;
    }
}
