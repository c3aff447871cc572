package org.mtad.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mtad.catalog.Catalog;
import org.mtad.research.KeyFindings;
import org.mtad.toolanalysis.ToolAnalysisService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Key findings of a selection, written from the same results {@code /analysis} returns. */
@RestController
@RequestMapping("/api/v1/tools/{tool}")
class FindingsController {

    record FindingJson(String analysis, String text, Map<String, Object> values) {
    }

    record Findings(String tool, String dataVersion, String lang, List<String> sources, List<FindingJson> findings) {
    }

    private final Catalog catalog;
    private final ToolAnalysisService analyses;

    FindingsController(Catalog catalog, ToolAnalysisService analyses) {
        this.catalog = catalog;
        this.analyses = analyses;
    }

    @GetMapping("/findings")
    Findings findings(@PathVariable String tool, @RequestParam(required = false) String sources,
                      @RequestParam(required = false) String x, @RequestParam(required = false) String y,
                      @RequestParam(required = false) String lang) {
        var locale = Languages.parse(lang);
        var snapshot = Requests.usable(catalog);
        var selection = ToolSelections.parse(snapshot, tool, sources, x, y);
        var analysis = analyses.analyse(snapshot, selection);
        var findings = KeyFindings.of(analysis, locale).stream()
                .map(f -> new FindingJson(f.analysis(), f.text(), json(f.values()))).toList();
        return new Findings(selection.tool().slug(), analysis.version(), locale.getLanguage(), selection.sourceKeys(),
                findings);
    }

    /** JSON has no NaN: undefined figures become null, as in {@code /analysis}. */
    private static Map<String, Object> json(Map<String, Object> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, value(v)));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Object value(Object v) {
        return switch (v) {
            case Double d -> JsonNumbers.of(d);
            case Map<?, ?> m -> json((Map<String, Object>) m);
            case List<?> l -> new ArrayList<>(l.stream().map(FindingsController::value).toList());
            case null, default -> v;
        };
    }
}
