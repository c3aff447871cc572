package org.mtad.ui;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The growth between two {@code jcmd GC.class_histogram} outputs, largest first: what the open tabs hold. */
final class ClassHistogram {

    private ClassHistogram() {
    }

    static Map<String, Long> bytesByClass(String histogram) {
        return column(histogram, 2);
    }

    private static Map<String, Long> column(String histogram, int index) {
        Map<String, Long> bytes = new HashMap<>();
        for (String line : histogram.split("\n")) {
            String[] parts = line.trim().split("\\s+");
            // "  1:   12345   678900  java.lang.String (java.base@25)"
            if (parts.length >= 4 && parts[0].endsWith(":")) {
                bytes.merge(parts[3], Long.parseLong(parts[index]), Long::sum);
            }
        }
        return bytes;
    }

    static void printGrowth(String before, String after, int tabs) {
        Map<String, Long> a = bytesByClass(before);
        Map<String, Long> countsBefore = column(before, 1);
        Map<String, Long> countsAfter = column(after, 1);
        bytesByClass(after).entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - a.getOrDefault(e.getKey(), 0L)))
                .sorted((x, y) -> Long.compare(y.getValue(), x.getValue())).limit(Integer.getInteger("histogram.lines", System.getenv("HISTOGRAM_LINES") == null ? 40 : Integer.parseInt(System.getenv("HISTOGRAM_LINES"))))
                .forEach(e -> System.out.printf(Locale.ROOT, "%8.1f KB/tab %7.1f objects/tab  %s%n",
                        e.getValue() / 1024.0 / tabs,
                        (countsAfter.get(e.getKey()) - countsBefore.getOrDefault(e.getKey(), 0L)) / (double) tabs, e.getKey()));
    }
}
