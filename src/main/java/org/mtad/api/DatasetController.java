package org.mtad.api;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

import org.mtad.catalog.Catalog;
import org.mtad.catalog.LocalizedText;
import org.mtad.catalog.Series;
import org.mtad.catalog.Snapshot;
import org.mtad.catalog.Source;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The dataset and its tools. */
@RestController
@RequestMapping("/api/v1")
class DatasetController {

    record SourceInfo(String key, LocalizedText label, String color, String annual, YearMonth first, YearMonth last,
                      long rows) {
    }

    record AuthorInfo(String name, String orcid, String affiliation, LocalizedText role, boolean cited) {
    }

    record LicenseInfo(String name, String url) {
    }

    record LinkInfo(LocalizedText label, String url) {
    }

    record DatasetInfo(LocalizedText title, LocalizedText entity, boolean synthetic, String version,
                       List<SourceInfo> sources, List<String> problems, List<AuthorInfo> authors, LicenseInfo license,
                       String doi, List<LinkInfo> links) {
    }

    record ToolInfo(String key, String keyword, LocalizedText name) {
    }

    private final Catalog catalog;

    DatasetController(Catalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/dataset")
    DatasetInfo dataset() {
        Snapshot snapshot = Requests.usable(catalog);
        var sources = snapshot.sources().stream().map(s -> info(snapshot, s)).toList();
        var d = snapshot.description();
        var credits = d.credits();
        return new DatasetInfo(d.title(), d.entity(), d.synthetic(), snapshot.version(), sources, snapshot.problems(),
                credits.authors().stream().map(a -> new AuthorInfo(a.name(), a.orcid().orElse(null),
                        a.affiliation().orElse(null), a.role().orElse(null), a.cited())).toList(),
                credits.license().map(l -> new LicenseInfo(l.name(), l.url().orElse(null))).orElse(null),
                credits.doi().orElse(null),
                credits.links().stream().map(l -> new LinkInfo(l.label(), l.url())).toList());
    }

    @GetMapping("/tools")
    List<ToolInfo> tools() {
        return Requests.usable(catalog).tools().stream().map(t -> new ToolInfo(t.slug(), t.keyword(), t.name())).toList();
    }

    private static SourceInfo info(Snapshot snapshot, Source source) {
        var all = snapshot.tools().stream().map(t -> snapshot.series(t, source)).filter(s -> !s.isEmpty()).toList();
        YearMonth first = all.stream().map(s -> s.dates().getFirst()).filter(Objects::nonNull).min(YearMonth::compareTo).orElse(null);
        YearMonth last = all.stream().map(s -> s.dates().getLast()).max(YearMonth::compareTo).orElse(null);
        return new SourceInfo(source.key(), source.label(), source.color(), source.annual().name().toLowerCase(java.util.Locale.ROOT),
                first, last, all.stream().mapToLong(Series::size).sum());
    }
}
