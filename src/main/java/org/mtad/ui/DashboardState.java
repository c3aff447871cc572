package org.mtad.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.router.QueryParameters;

/**
 * Everything the dashboard shows, as it appears in the URL:
 * {@code /{tool}?sources=a,b&range=10y&x=a&y=b&seasonal=a&fourier=a&traj=annual&tx=a&ty=b&lang=en}.
 * Empty strings mean "the default" (the first selected source, monthly trajectory, ...).
 */
record DashboardState(String tool, List<String> sources, TimeRange range, String x, String y, String seasonal,
        String fourier, boolean annual, String trajectoryX, String trajectoryY, String lang) {

    DashboardState {
        Objects.requireNonNull(tool, "tool");
        sources = List.copyOf(sources);
        Objects.requireNonNull(range, "range");
        x = blankToEmpty(x);
        y = blankToEmpty(y);
        seasonal = blankToEmpty(seasonal);
        fourier = blankToEmpty(fourier);
        trajectoryX = blankToEmpty(trajectoryX);
        trajectoryY = blankToEmpty(trajectoryY);
        lang = blankToEmpty(lang);
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.trim();
    }

    /** Query parameters to the state; unknown values are kept so the view can report them. */
    static DashboardState from(String tool, QueryParameters query, List<String> defaultSources) {
        Map<String, List<String>> p = query.getParameters();
        List<String> sources = p.containsKey("sources") ? splitList(first(p, "sources")) : defaultSources;
        return new DashboardState(tool, sources, TimeRange.parse(first(p, "range")).orElse(TimeRange.ALL),
                first(p, "x"), first(p, "y"), first(p, "seasonal"), first(p, "fourier"),
                "annual".equals(first(p, "traj")), first(p, "tx"), first(p, "ty"), first(p, "lang"));
    }

    /** The range text in the URL when it cannot be parsed, for an error message; null when fine. */
    static String invalidRange(QueryParameters query) {
        String text = first(query.getParameters(), "range");
        return TimeRange.parse(text).isPresent() ? null : text;
    }

    private static String first(Map<String, List<String>> p, String name) {
        List<String> values = p.get(name);
        return values == null || values.isEmpty() ? "" : values.getFirst();
    }

    private static List<String> splitList(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.split(",")) {
            String key = part.trim();
            if (!key.isEmpty() && !out.contains(key)) {
                out.add(key);
            }
        }
        return out;
    }

    QueryParameters toQuery() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        p.put("sources", List.of(String.join(",", sources)));
        if (!range.equals(TimeRange.ALL)) {
            p.put("range", List.of(range.code()));
        }
        put(p, "x", x);
        put(p, "y", y);
        put(p, "seasonal", seasonal);
        put(p, "fourier", fourier);
        if (annual) {
            p.put("traj", List.of("annual"));
        }
        put(p, "tx", trajectoryX);
        put(p, "ty", trajectoryY);
        put(p, "lang", lang);
        return new QueryParameters(p);
    }

    private static void put(Map<String, List<String>> p, String name, String value) {
        if (!value.isEmpty()) {
            p.put(name, List.of(value));
        }
    }

    DashboardState withTool(String newTool) {
        return new DashboardState(newTool, sources, range, x, y, seasonal, fourier, annual, trajectoryX, trajectoryY, lang);
    }

    DashboardState withSources(List<String> newSources) {
        return new DashboardState(tool, newSources, range, x, y, seasonal, fourier, annual, trajectoryX, trajectoryY, lang);
    }

    DashboardState withRange(TimeRange newRange) {
        return new DashboardState(tool, sources, newRange, x, y, seasonal, fourier, annual, trajectoryX, trajectoryY, lang);
    }

    DashboardState withPair(String newX, String newY) {
        return new DashboardState(tool, sources, range, newX, newY, seasonal, fourier, annual, trajectoryX, trajectoryY, lang);
    }

    DashboardState withSeasonal(String source) {
        return new DashboardState(tool, sources, range, x, y, source, fourier, annual, trajectoryX, trajectoryY, lang);
    }

    DashboardState withFourier(String source) {
        return new DashboardState(tool, sources, range, x, y, seasonal, source, annual, trajectoryX, trajectoryY, lang);
    }

    DashboardState withTrajectory(boolean newAnnual, String newX, String newY) {
        return new DashboardState(tool, sources, range, x, y, seasonal, fourier, newAnnual, newX, newY, lang);
    }

    DashboardState withLang(String newLang) {
        return new DashboardState(tool, sources, range, x, y, seasonal, fourier, annual, trajectoryX, trajectoryY, newLang);
    }

    /** {@code choice} if it is one of the selected sources, else the {@code index}-th selected (or the last). */
    String pick(String choice, int index) {
        if (sources.contains(choice)) {
            return choice;
        }
        return sources.isEmpty() ? "" : sources.get(Math.min(index, sources.size() - 1));
    }
}
