package org.mtad.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The optional {@code dataset.yml}: overrides and extends the built-in description so that another dataset of
 * the same shape (entities x sources x monthly values) works without Java.
 *
 * <pre>
 * title: {es: ..., en: ...}
 * entity: {es: Herramienta, en: Tool}     # what one entity is called
 * synthetic: true
 * defaults: true                          # start from the built-in sources and tools (default true)
 * reportNotesKey: IC
 * sources:                                # merged by key (the table name)
 *   - {key: google_trends, label: {es: ..., en: ...}, color: "#1f77b4", annual: mean, notesKey: Google_Trends}
 * entities:                               # merged by keyword
 *   - {keyword: Benchmarking, name: {es: ..., en: ...}}
 * authors:                                # replaces the built-in list; orcid, affiliation, role optional
 *   - {name: Ana Pérez, orcid: 0000-0002-1825-0097, affiliation: ..., role: {es: ..., en: ...}, cited: true}
 * license: {name: CC BY 4.0, url: "https://creativecommons.org/licenses/by/4.0/"}
 * doi: 10.5281/zenodo.123                 # the dataset's own DOI
 * links:
 *   - {label: {es: ..., en: ...}, url: "https://..."}
 * </pre>
 */
record DatasetManifest(Text title, Text entity, Boolean synthetic, Boolean defaults, String reportNotesKey,
                       List<SourceEntry> sources, List<EntityEntry> entities, List<AuthorEntry> authors,
                       LicenseEntry license, String doi, List<LinkEntry> links) {

    static final String FILE_NAME = "dataset.yml";
    private static final Pattern TABLE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern ORCID = Pattern.compile("\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]");
    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");

    record Text(String es, String en) {
        Text {
            require(es != null && !es.isBlank(), "es", "is required");
            require(en != null && !en.isBlank(), "en", "is required");
        }

        LocalizedText toLocalized() {
            return new LocalizedText(es, en);
        }
    }

    record SourceEntry(String key, Text label, String color, String annual, String notesKey) {
        SourceEntry {
            require(key != null && TABLE_NAME.matcher(key).matches(), "key",
                    "must be a table name of lower-case letters, digits and '_' (got " + key + ")");
            require(color == null || COLOR.matcher(color).matches(), "color", "must look like #1f77b4 (got " + color + ")");
            require(annual == null || annual.equalsIgnoreCase("mean") || annual.equalsIgnoreCase("sum"), "annual",
                    "must be mean or sum (got " + annual + ")");
        }
    }

    record EntityEntry(String keyword, Text name) {
        EntityEntry {
            require(keyword != null && !keyword.isBlank(), "keyword", "is required");
            require(name != null, "name", "is required");
        }
    }

    record AuthorEntry(String name, String family, String orcid, String affiliation, Text role, Boolean cited) {
        AuthorEntry {
            require(name != null && !name.isBlank(), "name", "is required");
            require(orcid == null || validOrcid(orcid), "orcid",
                    "must be an ORCID iD like 0000-0002-1825-0097 with a valid check digit (got " + orcid + ")");
        }

        Credits.Author toAuthor() {
            return new Credits.Author(name.strip(), family, Optional.ofNullable(orcid), Optional.ofNullable(affiliation),
                    Optional.ofNullable(role).map(Text::toLocalized), cited == null || cited);
        }
    }

    record LicenseEntry(String name, String url) {
        LicenseEntry {
            require(name != null && !name.isBlank(), "name", "is required");
            require(url == null || URL.matcher(url).matches(), "url", "must be an http(s) address (got " + url + ")");
        }
    }

    record LinkEntry(Text label, String url) {
        LinkEntry {
            require(label != null, "label", "is required");
            require(url != null && URL.matcher(url).matches(), "url", "must be an http(s) address (got " + url + ")");
        }
    }

    DatasetManifest {
        sources = sources == null ? List.of() : List.copyOf(sources);
        entities = entities == null ? List.of() : List.copyOf(entities);
        authors = authors == null ? null : List.copyOf(authors);
        links = links == null ? null : List.copyOf(links);
        require(doi == null || DOI.matcher(doi).matches(), "doi", "must be a bare DOI like 10.5281/zenodo.123 (got " + doi + ")");
    }

    /** ISO 7064 MOD 11-2, the check digit of an ORCID iD. */
    static boolean validOrcid(String id) {
        if (!ORCID.matcher(id).matches()) {
            return false;
        }
        String digits = id.replace("-", "");
        int total = 0;
        for (int i = 0; i < 15; i++) {
            total = (total + (digits.charAt(i) - '0')) * 2;
        }
        int result = (12 - total % 11) % 11;
        char check = result == 10 ? 'X' : (char) ('0' + result);
        return digits.charAt(15) == check;
    }

    private static void require(boolean ok, String key, String message) {
        if (!ok) {
            throw new InvalidValueException(key, message);
        }
    }

    /** A value the manifest may not hold; {@code key} is the property within the object being read. */
    static final class InvalidValueException extends IllegalArgumentException {
        final String key;

        InvalidValueException(String key, String message) {
            super("'" + key + "' " + message);
            this.key = key;
        }
    }

    /** Reads {@code file} and applies it on top of the built-in description; without the file, the built-in one. */
    static DatasetDescription describe(Path file) {
        if (!Files.isRegularFile(file)) {
            return BuiltInDataset.description();
        }
        DatasetManifest manifest;
        try {
            manifest = YAMLMapper.builder()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .build()
                    .readValue(file.toFile(), DatasetManifest.class);
        } catch (JacksonException e) {
            throw new InvalidManifestException(file, e);
        }
        if (manifest == null) {
            return BuiltInDataset.description();
        }
        try {
            return manifest.applyTo(Boolean.FALSE.equals(manifest.defaults)
                    ? new DatasetDescription(LocalizedText.of("Dataset"), new LocalizedText("Entidad", "Entity"), false,
                            List.of(), List.of(), "IC", Credits.NONE)
                    : BuiltInDataset.description());
        } catch (IllegalArgumentException e) {
            throw new InvalidManifestException(file, e.getMessage());
        }
    }

    private DatasetDescription applyTo(DatasetDescription base) {
        Map<String, Source> merged = new LinkedHashMap<>();
        base.sources().forEach(s -> merged.put(s.key(), s));
        for (int i = 0; i < sources.size(); i++) {
            var entry = sources.get(i);
            var old = merged.get(entry.key());
            if (old == null && (entry.label == null || entry.color == null || entry.annual == null)) {
                throw new IllegalArgumentException("new source 'sources[" + i + "]' (" + entry.key()
                        + ") needs label, color and annual");
            }
            merged.put(entry.key(), new Source(entry.key(),
                    entry.label != null ? entry.label.toLocalized() : old.label(),
                    entry.color != null ? entry.color : old.color(),
                    entry.annual != null ? AnnualAggregation.valueOf(entry.annual.toUpperCase(Locale.ROOT)) : old.annual(),
                    entry.notesKey != null ? entry.notesKey : old != null ? old.notesKey() : entry.key()));
        }
        Map<String, DatasetDescription.EntityName> names = new LinkedHashMap<>();
        base.entities().forEach(e -> names.put(e.keyword(), e));
        entities.forEach(e -> names.put(e.keyword(), new DatasetDescription.EntityName(e.keyword(), e.name().toLocalized())));
        return new DatasetDescription(
                title != null ? title.toLocalized() : base.title(),
                entity != null ? entity.toLocalized() : base.entity(),
                synthetic != null ? synthetic : base.synthetic(),
                new ArrayList<>(merged.values()),
                new ArrayList<>(names.values()),
                reportNotesKey != null ? reportNotesKey : base.reportNotesKey(),
                credits(base.credits()));
    }

    /** Each part given replaces the built-in one; parts left out keep it. */
    private Credits credits(Credits base) {
        return new Credits(
                authors != null ? authors.stream().map(AuthorEntry::toAuthor).toList() : base.authors(),
                license != null ? Optional.of(new Credits.License(license.name().strip(), Optional.ofNullable(license.url())))
                        : base.license(),
                doi != null ? Optional.of(doi) : base.doi(),
                links != null ? links.stream().map(l -> new Credits.Link(l.label().toLocalized(), l.url())).toList()
                        : base.links());
    }

    /** A manifest that cannot be used; the message names the file, line and key. */
    static final class InvalidManifestException extends RuntimeException {
        InvalidManifestException(Path file, JacksonException e) {
            super("Invalid dataset manifest " + file + describe(file, e));
        }

        InvalidManifestException(Path file, String message) {
            super("Invalid dataset manifest " + file + ": " + message);
        }

        private static String describe(Path file, JacksonException e) {
            List<Object> path = new ArrayList<>();
            var key = new StringBuilder();
            for (var reference : e.getPath()) {
                if (reference.getPropertyName() != null) {
                    path.add(reference.getPropertyName());
                    key.append(key.isEmpty() ? "" : ".").append(reference.getPropertyName());
                } else if (reference.getIndex() >= 0) {
                    path.add(reference.getIndex());
                    key.append('[').append(reference.getIndex()).append(']');
                }
            }
            Throwable cause = e instanceof ValueInstantiationException && e.getCause() != null ? e.getCause() : e;
            if (cause instanceof InvalidValueException invalid) {
                path.add(invalid.key);
                key.append(key.isEmpty() ? "" : ".").append(invalid.key);
            }
            String reason = cause == e ? e.getOriginalMessage() : cause.getMessage();
            Integer line = null;
            try {
                line = ManifestLines.lineOf(Files.readString(file), path).orElse(null);
            } catch (java.io.IOException | RuntimeException ignored) {
                // fall back to where the parser stopped
            }
            if (line == null && e.getLocation() != null && e.getLocation().getLineNr() > 0) {
                line = e.getLocation().getLineNr();
            }
            return (line != null ? " at line " + line : "") + (key.isEmpty() ? "" : ", key '" + key + "'") + ": "
                    + reason.replace("(class org.mtad.catalog.DatasetManifest)", "").replaceAll("\\s+", " ").trim();
        }
    }
}
