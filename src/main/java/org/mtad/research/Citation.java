package org.mtad.research;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.mtad.catalog.Credits;
import org.mtad.catalog.DatasetDescription;
import org.mtad.catalog.Tool;

import tools.jackson.databind.json.JsonMapper;

/**
 * A citation of one dashboard view: the view's title (tool and dataset), the dataset's cited authors and DOI, the
 * deep link that reproduces the view, the data version and the access date. Publication year is not known, so the
 * styles say "n.d." rather than invent one.
 *
 * @param url deep link of the view (every parameter that shapes it)
 */
public record Citation(String title, List<Credits.Author> authors, Optional<String> doi, String url,
                       String dataVersion, LocalDate accessed, Locale locale) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public Citation {
        Objects.requireNonNull(title, "title");
        authors = List.copyOf(authors);
        Objects.requireNonNull(doi, "doi");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(dataVersion, "dataVersion");
        Objects.requireNonNull(accessed, "accessed");
        Objects.requireNonNull(locale, "locale");
    }

    /** The citation of {@code tool}'s view in {@code dataset}, in the language of {@code locale}. */
    public static Citation of(DatasetDescription dataset, Tool tool, String dataVersion, String url, LocalDate accessed,
                              Locale locale) {
        Locale language = Wording.of(locale).locale();
        return new Citation(tool.name().in(language) + " \u2014 " + dataset.title().in(language),
                dataset.credits().citedAuthors(), dataset.credits().doi(), url, dataVersion, accessed, language);
    }

    public String format(CitationFormat format) {
        return switch (format) {
            case APA -> apa();
            case CHICAGO -> chicago();
            case MLA -> mla();
            case BIBTEX -> bibtex();
            case RIS -> ris();
            case CSLJSON -> cslJson();
        };
    }

    private Wording w() {
        return Wording.of(locale);
    }

    private boolean spanish() {
        return locale.getLanguage().equals("es");
    }

    private String versioned() {
        return title + " (" + w().text("citation.dataVersion", dataVersion) + ")";
    }

    private Optional<String> doiUrl() {
        return doi.map(d -> "https://doi.org/" + d);
    }

    /** APA 7: Family, G., &amp; Family, G. (n.d.). Title (Data version v) [Medium]. DOI. Retrieved date, from URL */
    String apa() {
        List<String> names = authors.stream().map(a -> a.given().isEmpty() ? a.family()
                : a.family() + ", " + initials(a.given())).toList();
        String joined = join(names, ", ", spanish() ? " y " : ", & ");
        String who = names.isEmpty() ? "" : joined + (joined.endsWith(".") ? " " : ". ");
        String date = spanish()
                ? accessed.format(DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", locale))
                : accessed.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", locale));
        var sb = new StringBuilder(who.isEmpty() ? versioned() + " [" + w().text("citation.medium") + "]. ("
                + w().text("citation.noDate") + "). "
                : who + "(" + w().text("citation.noDate") + "). " + versioned() + " [" + w().text("citation.medium") + "]. ");
        doiUrl().ifPresent(d -> sb.append(d).append(". "));
        sb.append(w().text("citation.retrieved", date, url));
        return sb.toString();
    }

    /** Chicago (notes and bibliography), bibliography entry. */
    String chicago() {
        var sb = new StringBuilder(invertedFirst());
        sb.append('\u201c').append(versioned()).append(".\u201d ").append(w().text("citation.medium")).append(". ");
        String noDate = w().text("citation.noDate");
        sb.append(noDate).append(noDate.endsWith(".") ? " " : ". ");
        sb.append(w().text("citation.accessed", longDate())).append(' ');
        doiUrl().ifPresent(d -> sb.append(d).append(". "));
        sb.append(url).append('.');
        return sb.toString();
    }

    /** MLA 9: the first author inverted, "et al." from three authors on. */
    String mla() {
        String who;
        if (authors.size() >= 3) {
            who = inverted(authors.getFirst()) + ", et al. ";
        } else {
            who = invertedFirst();
        }
        String date = spanish()
                ? accessed.format(DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", locale))
                : accessed.format(DateTimeFormatter.ofPattern("d MMM. yyyy", Locale.ENGLISH)).replace("May.", "May");
        var sb = new StringBuilder(who).append(versioned()).append(". ").append(w().text("citation.medium")).append(", ");
        doiUrl().ifPresent(d -> sb.append(d).append(", "));
        sb.append(url).append(". ").append(w().text("citation.accessed", date));
        return sb.toString();
    }

    private String longDate() {
        return spanish()
                ? accessed.format(DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", locale))
                : accessed.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", locale));
    }

    private String invertedFirst() {
        String lastSeparator = spanish() ? " y " : ", and ";
        if (authors.isEmpty()) {
            return "";
        }
        List<String> names = new ArrayList<>();
        names.add(inverted(authors.getFirst()));
        authors.subList(1, authors.size()).forEach(a -> names.add(a.name()));
        String joined = join(names, ", ", lastSeparator);
        return joined + (joined.endsWith(".") ? " " : ". ");
    }

    private static String inverted(Credits.Author a) {
        return a.given().isEmpty() ? a.family() : a.family() + ", " + a.given();
    }

    private static String initials(String given) {
        var sb = new StringBuilder();
        for (String part : given.split("\\s+")) {
            if (!part.isEmpty()) {
                sb.append(sb.isEmpty() ? "" : " ").append(part.codePoints().limit(1)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)).append('.');
            }
        }
        return sb.toString();
    }

    private static String join(List<String> items, String separator, String last) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(separator, items.subList(0, items.size() - 1)) + last + items.getLast();
    }

    /** A {@code @misc} entry; braces keep the title's capitals, TeX's special characters are escaped. */
    String bibtex() {
        var fields = new LinkedHashMap<String, String>();
        if (!authors.isEmpty()) {
            fields.put("author", String.join(" and ", authors.stream().map(a -> a.given().isEmpty()
                    ? "{" + tex(a.family()) + "}" : tex(a.family()) + ", " + tex(a.given())).toList()));
        }
        fields.put("title", "{" + tex(versioned()) + "}");
        fields.put("howpublished", w().text("citation.medium"));
        fields.put("url", url.replace("%", "\\%").replace("#", "\\#"));
        doi.ifPresent(d -> fields.put("doi", tex(d)));
        fields.put("urldate", accessed.toString());
        fields.put("note", tex(w().text("citation.dataVersion", dataVersion)));
        var sb = new StringBuilder("@misc{").append(key()).append(",\n");
        fields.forEach((k, v) -> sb.append("  ").append(k).append(" = {").append(v).append("},\n"));
        sb.setLength(sb.length() - 2);
        return sb.append("\n}\n").toString();
    }

    private String key() {
        String family = authors.isEmpty() ? "mtad" : authors.getFirst().family();
        String ascii = java.text.Normalizer.normalize(family, java.text.Normalizer.Form.NFD).replaceAll("[^A-Za-z0-9]", "");
        return (ascii.isEmpty() ? "mtad" : ascii.toLowerCase(Locale.ROOT)) + "-" + dataVersion;
    }

    private static String tex(String text) {
        var sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> sb.append("\\textbackslash{}");
                case '{', '}', '%', '$', '#', '_', '&' -> sb.append('\\').append(c);
                case '~' -> sb.append("\\textasciitilde{}");
                case '^' -> sb.append("\\textasciicircum{}");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** RIS (tagged lines, CRLF, ending with ER), type DATA. */
    String ris() {
        List<String[]> tags = new ArrayList<>();
        tags.add(new String[] {"TY", "DATA"});
        authors.forEach(a -> tags.add(new String[] {"AU", inverted(a)}));
        tags.add(new String[] {"TI", versioned()});
        tags.add(new String[] {"M3", w().text("citation.medium")});
        tags.add(new String[] {"UR", url});
        doi.ifPresent(d -> tags.add(new String[] {"DO", d}));
        tags.add(new String[] {"Y2", accessed.format(DateTimeFormatter.ofPattern("yyyy/MM/dd"))});
        tags.add(new String[] {"N1", w().text("citation.dataVersion", dataVersion)});
        tags.add(new String[] {"LA", locale.getLanguage()});
        var sb = new StringBuilder();
        for (String[] tag : tags) {
            sb.append(tag[0]).append("  - ").append(tag[1].replaceAll("[\\r\\n]+", " ")).append("\r\n");
        }
        return sb.append("ER  - \r\n").toString();
    }

    /** CSL-JSON: an array with one item of type dataset. */
    String cslJson() {
        var item = new LinkedHashMap<String, Object>();
        item.put("id", key());
        item.put("type", "dataset");
        item.put("title", title);
        if (!authors.isEmpty()) {
            item.put("author", authors.stream().map(a -> {
                Map<String, String> name = new LinkedHashMap<>();
                if (a.given().isEmpty()) {
                    name.put("literal", a.family());
                } else {
                    name.put("family", a.family());
                    name.put("given", a.given());
                }
                return name;
            }).toList());
        }
        item.put("version", dataVersion);
        item.put("medium", w().text("citation.medium"));
        item.put("URL", url);
        doi.ifPresent(d -> item.put("DOI", d));
        item.put("accessed", Map.of("date-parts", List.of(List.of(accessed.getYear(), accessed.getMonthValue(),
                accessed.getDayOfMonth()))));
        item.put("language", locale.getLanguage());
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(List.of(item));
    }
}
