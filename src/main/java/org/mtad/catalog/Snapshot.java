package org.mtad.catalog;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything read from the data directory at one moment. Immutable: a request that takes one snapshot never sees
 * half of an old and half of a new file.
 *
 * @param version  changes whenever the content of a data file changes
 * @param sources  the sources whose tables exist and are well formed, in the description's order
 * @param series   by tool slug, then by source key
 * @param problems tables left out and rows skipped, in plain words
 */
public record Snapshot(String version, DatasetDescription description, List<Source> sources, List<Tool> tools,
                       Map<String, Map<String, Series>> series, Map<String, ToolNotes> notes,
                       List<DataFileStatus> files, List<String> problems, Instant loadedAt, Duration loadTime) {

    public Snapshot {
        sources = List.copyOf(sources);
        tools = List.copyOf(tools);
        series = Map.copyOf(series);
        notes = Map.copyOf(notes);
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    /** Whether the data can be served: every required file is readable. */
    public boolean usable() {
        return files.stream().filter(DataFileStatus::required).allMatch(DataFileStatus::ok);
    }

    /** The first required file that is not usable. */
    public Optional<DataFileStatus> unusableFile() {
        return files.stream().filter(f -> f.required() && !f.ok()).findFirst();
    }

    public Optional<Tool> tool(String slug) {
        return tools.stream().filter(t -> t.slug().equals(slug)).findFirst();
    }

    public Optional<Source> source(String key) {
        return sources.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** The tool's series in {@code source}; empty when the source has no rows for the tool. */
    public Series series(Tool tool, Source source) {
        var bySource = series.getOrDefault(tool.slug(), Map.of());
        var found = bySource.get(source.key());
        return found != null ? found : new Series(source.key(), List.of(), new double[0]);
    }

    public ToolNotes notes(Tool tool) {
        return notes.getOrDefault(tool.slug(), ToolNotes.NONE);
    }

    /** Rows stored per source key. */
    public long rows(Source source) {
        return series.values().stream().map(m -> m.get(source.key())).filter(java.util.Objects::nonNull)
                .mapToLong(Series::size).sum();
    }
}
