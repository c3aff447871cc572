package org.mtad.toolanalysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import org.mtad.catalog.Snapshot;
import org.mtad.catalog.Source;
import org.mtad.catalog.Tool;

/**
 * What a visitor or API client asked to see: a tool, its sources in the order given, and the pair (x, y) for the
 * two-source analyses. Parsed once from text (URL or query parameters) for both the API and the views.
 */
public record Selection(Tool tool, List<Source> sources, Source x, Source y) {

    private static final int MAX_TEXT = 500;

    public Selection {
        Objects.requireNonNull(tool, "tool");
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("at least one source is needed");
        }
    }

    /** Whether the two-source analyses (correlation, regression, PCA, trajectory) apply. */
    public boolean comparesSources() {
        return sources.size() >= 2;
    }

    public List<String> sourceKeys() {
        return sources.stream().map(Source::key).toList();
    }

    /**
     * @param toolSlug  the tool's URL key
     * @param sourceCsv comma-separated source keys; null or blank means every source
     * @param x,y       source keys among the selected ones; null means the first two selected
     * @throws SelectionException naming the valid values when something is unknown or malformed
     */
    public static Selection parse(Snapshot snapshot, String toolSlug, String sourceCsv, String x, String y) {
        var tool = snapshot.tool(toolSlug == null ? "" : toolSlug).orElseThrow(() -> SelectionException.unknown(
                "tool", toolSlug, snapshot.tools().stream().map(Tool::slug).toList()));
        List<Source> sources = new ArrayList<>();
        if (sourceCsv == null || sourceCsv.isBlank()) {
            sources.addAll(snapshot.sources());
        } else {
            if (sourceCsv.length() > MAX_TEXT) {
                throw SelectionException.invalid("sources", "is too long (" + sourceCsv.length() + " characters)");
            }
            var seen = new LinkedHashSet<String>();
            for (String raw : sourceCsv.split(",", -1)) {
                String key = raw.strip();
                if (key.isEmpty()) {
                    throw SelectionException.invalid("sources", "has an empty entry; give keys separated by commas");
                }
                if (!seen.add(key)) {
                    throw SelectionException.invalid("sources", "names '" + SelectionException.shorten(key) + "' twice");
                }
                sources.add(source(snapshot, key));
            }
        }
        Source xs = pick(snapshot, sources, x, "x", 0);
        Source ys = pick(snapshot, sources, y, "y", sources.size() > 1 ? 1 : 0);
        return new Selection(tool, sources, xs, ys);
    }

    private static Source pick(Snapshot snapshot, List<Source> selected, String key, String name, int fallback) {
        if (key == null || key.isBlank()) {
            return selected.get(fallback);
        }
        Source source = source(snapshot, key.strip());
        if (!selected.contains(source)) {
            throw SelectionException.invalid(name, "must be one of the selected sources " + selected.stream().map(Source::key).toList()
                    + " (got " + SelectionException.shorten(key) + ")");
        }
        return source;
    }

    private static Source source(Snapshot snapshot, String key) {
        return snapshot.source(key).orElseThrow(() -> SelectionException.unknown("source", key,
                snapshot.sources().stream().map(Source::key).toList()));
    }
}
