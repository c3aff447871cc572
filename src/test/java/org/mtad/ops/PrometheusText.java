package org.mtad.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict parser of the Prometheus text exposition format 0.0.4 (no parser ships with the Prometheus Java client):
 * every line must be a comment, a HELP/TYPE line, or a well-formed sample, or parsing fails naming the line.
 */
record PrometheusText(Map<String, String> types, List<Sample> samples) {

    record Sample(String name, Map<String, String> labels, double value) {
    }

    private static final String NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
    private static final Pattern TYPE = Pattern.compile("# TYPE (" + NAME + ") (counter|gauge|histogram|summary|untyped)");
    private static final Pattern HELP = Pattern.compile("# HELP (" + NAME + ") .*");
    private static final Pattern SAMPLE = Pattern.compile("(" + NAME + ")(\\{(.*)})? (\\S+)( -?[0-9]+)?");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\\\n]|\\\\[\\\\\"n])*)\"(,|$)");

    static PrometheusText parse(String text) {
        Map<String, String> types = new LinkedHashMap<>();
        List<Sample> samples = new ArrayList<>();
        int number = 0;
        for (String line : text.split("\n", -1)) {
            number++;
            if (line.isEmpty()) {
                continue;
            }
            Matcher m;
            if ((m = TYPE.matcher(line)).matches()) {
                if (types.put(m.group(1), m.group(2)) != null) {
                    throw new IllegalArgumentException("line " + number + ": second TYPE for " + m.group(1));
                }
            } else if (HELP.matcher(line).matches() || (line.startsWith("#") && !line.startsWith("# TYPE") && !line.startsWith("# HELP"))) {
                continue;
            } else if ((m = SAMPLE.matcher(line)).matches()) {
                samples.add(new Sample(m.group(1), labels(m.group(3), number), value(m.group(4), number)));
            } else {
                throw new IllegalArgumentException("line " + number + " is not valid exposition format: " + line);
            }
        }
        return new PrometheusText(types, samples);
    }

    private static Map<String, String> labels(String text, int number) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return labels;
        }
        Matcher m = LABEL.matcher(text);
        int end = 0;
        while (m.find() && m.start() == end) {
            if (labels.put(m.group(1), m.group(2)) != null) {
                throw new IllegalArgumentException("line " + number + ": label " + m.group(1) + " twice");
            }
            end = m.end();
        }
        if (end != text.length()) {
            throw new IllegalArgumentException("line " + number + ": malformed labels {" + text + "}");
        }
        return labels;
    }

    private static double value(String text, int number) {
        return switch (text) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> {
                try {
                    yield Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("line " + number + ": value '" + text + "' is not a number");
                }
            }
        };
    }

    List<Sample> named(String name) {
        return samples.stream().filter(s -> s.name().equals(name)).toList();
    }

    Optional<Double> value(String name) {
        return named(name).stream().map(Sample::value).findFirst();
    }

    /** The first sample of that name having these labels (among others, such as application), 0 when absent. */
    double count(String name, Map<String, String> labels) {
        return named(name).stream().filter(s -> s.labels().entrySet().containsAll(labels.entrySet()))
                .mapToDouble(Sample::value).findFirst().orElse(0);
    }
}
