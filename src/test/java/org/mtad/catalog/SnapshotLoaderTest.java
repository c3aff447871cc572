package org.mtad.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotLoaderTest {

    @TempDir
    Path dir;

    private Snapshot load(Path directory) {
        return SnapshotLoader.load(new DataDirectory(directory));
    }

    @Test
    void demo_data_has_the_research_layout_with_23_tools_and_5_sources() {
        Snapshot snapshot = load(TestDatasets.DEMO);

        assertThat(snapshot.usable()).isTrue();
        assertThat(snapshot.description().synthetic()).isTrue();
        assertThat(snapshot.sources()).extracting(Source::key)
                .containsExactly("google_trends", "google_books", "bain_usability", "bain_satisfaction", "crossref");
        assertThat(snapshot.tools()).hasSize(23);
        Tool costs = snapshot.tool("gestion-de-costos").orElseThrow();
        assertThat(costs.keyword()).isEqualTo("Gestión de Costos");
        assertThat(costs.name().en()).isEqualTo("Cost Management");
        assertThat(snapshot.series(costs, snapshot.source("google_trends").orElseThrow()).size()).isEqualTo(240);
        assertThat(snapshot.problems()).isEmpty();
    }

    @Test
    void real_layout_works_without_a_manifest() {
        var real = TestDatasets.realData();
        assumeTrue(real.isPresent(), TestDatasets.NO_REAL_DATA);
        assertThat(real.get().resolve("dataset.yml")).doesNotExist();

        Snapshot snapshot = load(real.get());

        // Row counts from ../shared/data/management-tools/README.md
        assertThat(snapshot.sources()).extracting(snapshot::rows).containsExactly(5520L, 20148L, 5567L, 5495L, 20423L);
        assertThat(snapshot.tools()).hasSize(23);
        assertThat(snapshot.tools()).extracting(t -> t.name().en()).contains("Balanced Scorecard", "Zero-Based Budgeting");
        assertThat(snapshot.source("crossref").orElseThrow().color()).isEqualTo("#2ca02c");
        assertThat(snapshot.source("google_books").orElseThrow().annual()).isEqualTo(AnnualAggregation.SUM);
        Tool zbb = snapshot.tool("presupuesto-base-cero").orElseThrow();
        Series usability = snapshot.series(zbb, snapshot.source("bain_usability").orElseThrow());
        assertThat(usability.dates().getFirst().getYear()).isEqualTo(2012);
        ToolNotes notes = snapshot.notes(zbb);
        assertThat(notes.bySource()).containsKeys("google_trends", "google_books", "bain_usability", "bain_satisfaction", "crossref");
        assertThat(notes.bySource().get("google_trends").notes()).isNotBlank();
        assertThat(notes.reportDoi()).isPresent();
    }

    @Test
    void slugs_are_url_safe_and_unique() {
        assertThat(Slugs.of("Gestión de la Cadena de Suministro")).isEqualTo("gestion-de-la-cadena-de-suministro");
        assertThat(Slugs.of("Propósito y Visión")).isEqualTo("proposito-y-vision");
        var slugs = new Slugs();
        assertThat(slugs.unique("Calidad Total")).isEqualTo("calidad-total");
        assertThat(slugs.unique("Calidad  total!")).isEqualTo("calidad-total-2");
    }

    @Test
    void a_manifest_describes_another_dataset_of_the_same_shape() throws Exception {
        TestDatasets.sqlite(dir.resolve("data.db"),
                "CREATE TABLE sales (date TEXT, keyword TEXT, value REAL)",
                "INSERT INTO sales VALUES ('2020-01-01','Café',1),('2020-02-01','Café',2),('2020-01-01','Té',3)");
        Files.writeString(dir.resolve("dataset.yml"), """
                title: {es: Bebidas, en: Drinks}
                entity: {es: Bebida, en: Drink}
                synthetic: false
                defaults: false
                sources:
                  - key: sales
                    label: {es: Ventas, en: Sales}
                    color: "#123456"
                    annual: sum
                entities:
                  - keyword: Café
                    name: {es: Café, en: Coffee}
                """);

        Snapshot snapshot = load(dir);

        assertThat(snapshot.usable()).isTrue();
        assertThat(snapshot.description().title().en()).isEqualTo("Drinks");
        assertThat(snapshot.description().entity().es()).isEqualTo("Bebida");
        assertThat(snapshot.sources()).extracting(Source::key).containsExactly("sales");
        assertThat(snapshot.tools()).extracting(Tool::slug).containsExactly("cafe", "te");
        assertThat(snapshot.tool("cafe").orElseThrow().name().en()).isEqualTo("Coffee");
        assertThat(snapshot.tool("te").orElseThrow().name().en()).isEqualTo("Té");
        Series cafe = snapshot.series(snapshot.tool("cafe").orElseThrow(), snapshot.sources().getFirst());
        assertThat(cafe.dates()).containsExactly(YearMonth.of(2020, 1), YearMonth.of(2020, 2));
        assertThat(cafe.values()).containsExactly(1.0, 2.0);
        assertThat(snapshot.files()).extracting(DataFileStatus::file).contains("notes_and_doi.db", "dataset.yml");
        assertThat(snapshot.notes(snapshot.tools().getFirst())).isEqualTo(ToolNotes.NONE);
    }

    @Test
    void a_manifest_can_rename_a_built_in_source_and_keep_the_rest() throws Exception {
        TestDatasets.copyOfDemo(dir);
        Files.writeString(dir.resolve("dataset.yml"), """
                sources:
                  - key: crossref
                    label: {es: Publicaciones, en: Publications}
                """);

        Snapshot snapshot = load(dir);

        Source crossref = snapshot.source("crossref").orElseThrow();
        assertThat(crossref.label().en()).isEqualTo("Publications");
        assertThat(crossref.color()).isEqualTo("#2ca02c");
        assertThat(snapshot.sources()).hasSize(5);
        assertThat(snapshot.description().synthetic()).isFalse();
    }

    @Test
    void an_unknown_manifest_key_is_reported_with_file_line_and_key() throws IOException {
        Files.writeString(dir.resolve("dataset.yml"), "title: {es: A, en: B}\nsynthetic: true\ncolour: red\n");

        assertThatThrownBy(() -> load(dir))
                .isInstanceOf(DatasetManifest.InvalidManifestException.class)
                .hasMessageContaining("dataset.yml")
                .hasMessageContaining("line 3")
                .hasMessageContaining("colour");
    }

    @Test
    void an_invalid_manifest_value_is_reported_with_file_line_and_key() throws IOException {
        Files.writeString(dir.resolve("dataset.yml"), """
                sources:
                  - key: crossref
                    annual: median
                """);

        assertThatThrownBy(() -> load(dir))
                .isInstanceOf(DatasetManifest.InvalidManifestException.class)
                .hasMessageContaining("dataset.yml")
                .hasMessageContaining("line 3")
                .hasMessageContaining("sources[0]")
                .hasMessageContaining("annual");
    }

    @Test
    void a_manifest_source_key_that_is_not_a_plain_table_name_is_rejected() throws IOException {
        Files.writeString(dir.resolve("dataset.yml"), """
                sources:
                  - key: "x\\"; DROP TABLE crossref; --"
                    label: {es: X, en: X}
                    color: "#000000"
                    annual: sum
                """);

        assertThatThrownBy(() -> load(dir)).hasMessageContaining("key").hasMessageContaining("line 2");
    }

    @Test
    void a_missing_table_is_reported_by_name_and_the_rest_is_served() throws Exception {
        TestDatasets.sqlite(dir.resolve("data.db"),
                "CREATE TABLE google_trends (date TEXT, keyword TEXT, value REAL)",
                "INSERT INTO google_trends VALUES ('2020-01-01','Benchmarking',50)",
                "CREATE TABLE crossref (date TEXT, keyword TEXT, amount REAL)");

        Snapshot snapshot = load(dir);

        assertThat(snapshot.usable()).isTrue();
        assertThat(snapshot.sources()).extracting(Source::key).containsExactly("google_trends");
        assertThat(snapshot.problems()).contains("table google_books is missing", "table crossref lacks column(s) value");
        assertThat(snapshot.tool("benchmarking")).isPresent();
    }

    @Test
    void a_missing_notes_file_only_means_no_notes() throws Exception {
        TestDatasets.copyOfDemo(dir);
        Files.delete(dir.resolve("notes_and_doi.db"));

        Snapshot snapshot = load(dir);

        assertThat(snapshot.usable()).isTrue();
        assertThat(snapshot.notes(snapshot.tools().getFirst())).isEqualTo(ToolNotes.NONE);
        assertThat(snapshot.files()).anySatisfy(f -> {
            assertThat(f.file()).isEqualTo("notes_and_doi.db");
            assertThat(f.state()).isEqualTo(DataFileStatus.State.MISSING);
            assertThat(f.required()).isFalse();
        });
    }

    @Test
    void a_missing_data_file_makes_the_dataset_unusable_and_says_which() {
        Snapshot snapshot = load(dir);

        assertThat(snapshot.usable()).isFalse();
        assertThat(snapshot.unusableFile().orElseThrow().file()).isEqualTo("data.db");
        assertThat(snapshot.unusableFile().orElseThrow().state()).isEqualTo(DataFileStatus.State.MISSING);
    }

    @Test
    void a_file_that_is_not_sqlite_is_reported_with_sqlites_reason() throws IOException {
        Files.writeString(dir.resolve("data.db"), "date,keyword,value\n2020-01-01,Benchmarking,1\n".repeat(200));

        Snapshot snapshot = load(dir);

        var status = snapshot.unusableFile().orElseThrow();
        assertThat(status.state()).isEqualTo(DataFileStatus.State.BROKEN);
        assertThat(status.detail()).contains("SQLITE_NOTADB");
    }

    @Test
    void a_truncated_database_is_reported_with_sqlites_reason() throws IOException {
        byte[] whole = Files.readAllBytes(TestDatasets.DEMO.resolve("data.db"));
        Files.write(dir.resolve("data.db"), java.util.Arrays.copyOf(whole, whole.length / 3));

        Snapshot snapshot = load(dir);

        var status = snapshot.unusableFile().orElseThrow();
        assertThat(status.state()).isEqualTo(DataFileStatus.State.BROKEN);
        assertThat(status.detail()).containsAnyOf("SQLITE_CORRUPT", "malformed", "SQLITE_NOTADB");
    }

    @Test
    void a_broken_notes_file_leaves_the_data_usable() throws Exception {
        TestDatasets.copyOfDemo(dir);
        Files.writeString(dir.resolve("notes_and_doi.db"), "not a database at all, just text".repeat(40));

        Snapshot snapshot = load(dir);

        assertThat(snapshot.usable()).isTrue();
        assertThat(snapshot.files()).anySatisfy(f -> {
            assertThat(f.file()).isEqualTo("notes_and_doi.db");
            assertThat(f.state()).isEqualTo(DataFileStatus.State.BROKEN);
            assertThat(f.detail()).contains("SQLITE_NOTADB");
        });
    }

    @Test
    void rows_with_bad_dates_or_missing_values_are_skipped_and_counted() throws Exception {
        TestDatasets.sqlite(dir.resolve("data.db"),
                "CREATE TABLE google_trends (date TEXT, keyword TEXT, value REAL)",
                "INSERT INTO google_trends VALUES ('2020-01-01','A',1),('garbage','A',2),('2020-02-01','A',NULL),"
                        + "('2020-03-01','A',3)");

        Snapshot snapshot = load(dir);

        Series a = snapshot.series(snapshot.tool("a").orElseThrow(), snapshot.sources().getFirst());
        assertThat(a.values()).containsExactly(1.0, 3.0);
        assertThat(snapshot.problems()).anyMatch(p -> p.startsWith("google_trends: 2 rows skipped"));
    }

    @Test
    void the_version_changes_with_the_content_and_only_then() throws Exception {
        TestDatasets.copyOfDemo(dir);
        String first = load(dir).version();
        assertThat(load(dir).version()).isEqualTo(first);

        Files.writeString(dir.resolve("dataset.yml"), "synthetic: false\n");

        assertThat(load(dir).version()).isNotEqualTo(first);
    }

    @Test
    void without_a_manifest_the_research_layout_credits_its_real_authors_and_licence() throws Exception {
        TestDatasets.copyOfDemo(dir);
        Files.delete(dir.resolve("dataset.yml"));
        var credits = load(dir).description().credits();

        assertThat(credits.authors()).extracting(Credits.Author::name)
                .containsExactly("Diomar Añez", "Dimar Añez", "Elizabeth Pereira");
        assertThat(credits.authors()).extracting(a -> a.affiliation().orElseThrow())
                .containsExactly("Solidum", "Wise Connex", "ULAC");
        assertThat(credits.citedAuthors()).hasSize(2);
        assertThat(credits.authors()).allMatch(a -> a.orcid().isEmpty());
        assertThat(credits.license().orElseThrow().name()).isEqualTo("CC BY-NC 4.0");
        assertThat(credits.doi()).isEmpty();
    }

    @Test
    void a_manifest_gives_authors_licence_doi_and_links() throws Exception {
        TestDatasets.copyOfDemo(dir);
        Files.writeString(dir.resolve("dataset.yml"), """
                authors:
                  - {name: Ana Pérez, orcid: 0000-0002-1825-0097, affiliation: Uni, role: {es: Autora, en: Author}}
                  - {name: Tutor Uno, cited: false}
                license: {name: CC BY 4.0, url: "https://creativecommons.org/licenses/by/4.0/"}
                doi: 10.5555/abc
                links:
                  - {label: {es: Informe, en: Report}, url: "https://example.org/r"}
                """);
        var credits = load(dir).description().credits();

        assertThat(credits.authors().getFirst().orcid()).contains("0000-0002-1825-0097");
        assertThat(credits.authors().getFirst().family()).isEqualTo("Pérez");
        assertThat(credits.citedAuthors()).hasSize(1);
        assertThat(credits.license().orElseThrow().url()).contains("https://creativecommons.org/licenses/by/4.0/");
        assertThat(credits.doi()).contains("10.5555/abc");
        assertThat(credits.links().getFirst().label().en()).isEqualTo("Report");
    }

    @Test
    void an_orcid_with_a_wrong_check_digit_is_reported_with_file_line_and_key() throws IOException {
        Files.writeString(dir.resolve("dataset.yml"), """
                title: {es: A, en: B}
                authors:
                  - name: Ana
                    orcid: 0000-0002-1825-0098
                """);

        assertThatThrownBy(() -> load(dir))
                .isInstanceOf(DatasetManifest.InvalidManifestException.class)
                .hasMessageContaining("dataset.yml").hasMessageContaining("line 4")
                .hasMessageContaining("authors[0].orcid");
    }

    @Test
    void a_bad_doi_or_link_address_is_reported_with_file_line_and_key() throws IOException {
        Files.writeString(dir.resolve("dataset.yml"), "title: {es: A, en: B}\ndoi: https://doi.org/10.1/x\n");
        assertThatThrownBy(() -> load(dir)).hasMessageContaining("dataset.yml").hasMessageContaining("line 2")
                .hasMessageContaining("'doi'");
        Files.writeString(dir.resolve("dataset.yml"), "links:\n  - label: {es: A, en: B}\n    url: javascript:alert(1)\n");
        assertThatThrownBy(() -> load(dir)).hasMessageContaining("line 3").hasMessageContaining("links[0].url");
    }
}
