package org.mtad.ui;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The growth between two {@code jcmd GC.class_histogram} outputs, largest first: what the open tabs hold. */
final class ClassHistogram {

    private ClassHistogram() {
    }

    static Map<String, Long> bytesByClass(String histogram) {
        Map<String, Long> bytes = new HashMap<>();
        for (String line : histogram.split("\n")) {
            String[] parts = line.trim().split("\\s+");
            // "  1:   12345   678900  java.lang.String (java.base@25)"
            if (parts.length >= 4 && parts[0].endsWith(":")) {
                bytes.merge(parts[3], Long.parseLong(parts[2]), Long::sum);
            }
        }
        return bytes;
    }

    static void printGrowth(String before, String after, int tabs) {
        Map<String, Long> a = bytesByClass(before);
        bytesByClass(after).entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - a.getOrDefault(e.getKey(), 0L)))
                .sorted((x, y) -> Long.compare(y.getValue(), x.getValue())).limit(30)
                .forEach(e -> System.out.printf(Locale.ROOT, "%8.1f KB/tab  %s%n", e.getValue() / 1024.0 / tabs, e.getKey()));
    }
}
