package org.mtad.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mtad.catalog.Credits;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CitationTest {

    static final List<Credits.Author> AUTHORS = List.of(
            new Credits.Author("Diomar Añez", null, Optional.empty(), Optional.of("Solidum"), Optional.empty(), true),
            new Credits.Author("Dimar Añez", null, Optional.empty(), Optional.of("Wise Connex"), Optional.empty(), true));
    static final String URL = "https://example.org/calidad-total?sources=google_trends,crossref&range=10y&lang=en";

    static Citation citation(Optional<String> doi, Locale locale) {
        return new Citation("Total Quality \u2014 Management Tools Analysis", AUTHORS, doi, URL, "abc123def456",
                LocalDate.of(2026, 12, 2), locale);
    }

    @Test
    void apa_names_the_authors_by_initials_with_no_date_and_the_retrieval_date_and_link() {
        assertThat(citation(Optional.empty(), Locale.ENGLISH).format(CitationFormat.APA)).isEqualTo(
                "Añez, D., & Añez, D. (n.d.). Total Quality \u2014 Management Tools Analysis (Data version abc123def456) "
                        + "[Interactive dashboard view]. Retrieved December 2, 2026, from " + URL);
        assertThat(citation(Optional.of("10.5555/x"), Locale.of("es")).format(CitationFormat.APA))
                .startsWith("Añez, D. y Añez, D. (s. f.).").contains("https://doi.org/10.5555/x")
                .endsWith("Recuperado el 2 de diciembre de 2026 de " + URL);
    }

    @Test
    void chicago_and_mla_invert_only_the_first_author_and_give_the_access_date() {
        String chicago = citation(Optional.empty(), Locale.ENGLISH).format(CitationFormat.CHICAGO);
        assertThat(chicago).startsWith("Añez, Diomar, and Dimar Añez. \u201cTotal Quality").contains("Accessed December 2, 2026.")
                .endsWith(URL + ".");
        String mla = citation(Optional.empty(), Locale.ENGLISH).format(CitationFormat.MLA);
        assertThat(mla).startsWith("Añez, Diomar, and Dimar Añez. Total Quality").endsWith("Accessed 2 Dec. 2026.");
    }

    @Test
    void ris_has_one_record_of_tagged_lines_ending_with_er() {
        String ris = citation(Optional.of("10.5555/mtad-demo"), Locale.ENGLISH).format(CitationFormat.RIS);
        String[] lines = ris.split("\r\n");
        assertThat(lines[0]).isEqualTo("TY  - DATA");
        assertThat(lines[lines.length - 1]).isEqualTo("ER  - ");
        for (String line : lines) {
            assertThat(line).matches("[A-Z][A-Z0-9]  - .*");
        }
        assertThat(ris).contains("AU  - Añez, Diomar\r\n", "AU  - Añez, Dimar\r\n", "UR  - " + URL + "\r\n",
                "DO  - 10.5555/mtad-demo\r\n", "Y2  - 2026/12/02\r\n");
    }

    @Test
    void bibtex_is_one_balanced_misc_entry_with_escaped_special_characters() {
        String bib = new Citation("R&D 100% {x}", AUTHORS, Optional.of("10.5555/a_b"), URL, "v1", LocalDate.of(2026, 1, 5),
                Locale.ENGLISH).format(CitationFormat.BIBTEX);
        assertThat(bib).startsWith("@misc{anez-v1,\n").endsWith("}\n");
        assertThat(bib).contains("author = {Añez, Diomar and Añez, Dimar}", "R\\&D 100\\% \\{x\\}", "doi = {10.5555/a\\_b}",
                "urldate = {2026-01-05}");
        int depth = 0;
        for (int i = 0; i < bib.length(); i++) {
            char ch = bib.charAt(i);
            if (ch == '\\') {
                i++;
                continue;
            }
            depth += ch == '{' ? 1 : ch == '}' ? -1 : 0;
            assertThat(depth).isNotNegative();
        }
        assertThat(depth).isZero();
        // every field line is "  name = {value}," (the last without comma)
        assertThat(bib.lines().skip(1).filter(l -> !l.equals("}")))
                .allMatch(l -> l.matches("  [a-z]+ = \\{.*\\},?"));
    }

    @Test
    void csl_json_is_an_array_with_one_dataset_item_and_the_required_fields() {
        JsonNode json = JsonMapper.builder().build().readTree(citation(Optional.of("10.5555/mtad-demo"), Locale.ENGLISH)
                .format(CitationFormat.CSLJSON));
        assertThat(json.isArray()).isTrue();
        assertThat(json.size()).isEqualTo(1);
        JsonNode item = json.get(0);
        assertThat(item.get("id").asString()).isNotBlank();
        assertThat(item.get("type").asString()).isEqualTo("dataset");
        assertThat(item.get("title").asString()).startsWith("Total Quality");
        assertThat(item.get("author").get(0).get("family").asString()).isEqualTo("Añez");
        assertThat(item.get("author").get(0).get("given").asString()).isEqualTo("Diomar");
        assertThat(item.get("DOI").asString()).isEqualTo("10.5555/mtad-demo");
        assertThat(item.get("URL").asString()).isEqualTo(URL);
        assertThat(item.get("accessed").get("date-parts").get(0).toString()).isEqualTo("[2026,12,2]");
    }

    @Test
    void without_a_doi_no_format_claims_one() {
        var c = citation(Optional.empty(), Locale.ENGLISH);
        for (CitationFormat f : CitationFormat.values()) {
            assertThat(c.format(f)).as(f.code()).doesNotContain("doi.org").doesNotContain("DO  -").doesNotContain("\"DOI\"");
        }
    }
}
