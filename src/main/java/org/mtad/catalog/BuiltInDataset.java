package org.mtad.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The layout of the management tools research data, used when no manifest says otherwise. */
final class BuiltInDataset {

    private BuiltInDataset() {
    }

    static final List<Source> SOURCES = List.of(
            new Source("google_trends", new LocalizedText("Google Trends", "Google Trends"), "#1f77b4",
                    AnnualAggregation.MEAN, "Google_Trends"),
            new Source("google_books", new LocalizedText("Google Books Ngrams", "Google Books Ngrams"), "#ff7f0e",
                    AnnualAggregation.SUM, "Google_Books"),
            new Source("bain_usability", new LocalizedText("Bain - Usabilidad", "Bain - Usability"), "#d62728",
                    AnnualAggregation.MEAN, "BAIN_Ind_Usabilidad"),
            new Source("bain_satisfaction", new LocalizedText("Bain - Satisfacción", "Bain - Satisfaction"), "#9467bd",
                    AnnualAggregation.MEAN, "BAIN_Ind_Satisfacción"),
            new Source("crossref", new LocalizedText("Crossref.org", "Crossref.org"), "#2ca02c",
                    AnnualAggregation.SUM, "Crossref"));

    /** Spanish keyword (as stored) to English name. */
    static final Map<String, String> TOOLS = tools();

    private static Map<String, String> tools() {
        var m = new LinkedHashMap<String, String>();
        m.put("Alianzas y Capital de Riesgo", "Alliances and Venture Capital");
        m.put("Benchmarking", "Benchmarking");
        m.put("Calidad Total", "Total Quality");
        m.put("Competencias Centrales", "Core Competencies");
        m.put("Cuadro de Mando Integral", "Balanced Scorecard");
        m.put("Estrategias de Crecimiento", "Growth Strategies");
        m.put("Experiencia del Cliente", "Customer Experience");
        m.put("Fusiones y Adquisiciones", "Mergers and Acquisitions");
        m.put("Gestión de Costos", "Cost Management");
        m.put("Gestión de la Cadena de Suministro", "Supply Chain Management");
        m.put("Gestión del Cambio", "Change Management");
        m.put("Gestión del Conocimiento", "Knowledge Management");
        m.put("Innovación Colaborativa", "Collaborative Innovation");
        m.put("Lealtad del Cliente", "Customer Loyalty");
        m.put("Optimización de Precios", "Price Optimization");
        m.put("Outsourcing", "Outsourcing");
        m.put("Planificación Estratégica", "Strategic Planning");
        m.put("Planificación de Escenarios", "Scenario Planning");
        m.put("Presupuesto Base Cero", "Zero-Based Budgeting");
        m.put("Propósito y Visión", "Purpose and Vision");
        m.put("Reingeniería de Procesos", "Business Process Reengineering");
        m.put("Segmentación de Clientes", "Customer Segmentation");
        m.put("Talento y Compromiso", "Talent and Commitment");
        return java.util.Collections.unmodifiableMap(m);
    }

    static DatasetDescription description() {
        return new DatasetDescription(
                new LocalizedText("Análisis de herramientas gerenciales", "Management Tools Analysis"),
                new LocalizedText("Herramienta", "Tool"),
                false,
                SOURCES,
                TOOLS.entrySet().stream()
                        .map(e -> new DatasetDescription.EntityName(e.getKey(), new LocalizedText(e.getKey(), e.getValue())))
                        .toList(),
                "IC",
                CREDITS);
    }

    /**
     * The research's authorship as its original dashboard states it. No ORCID iD, dataset DOI or repository address
     * is given there, so none is claimed here; a {@code dataset.yml} can add them.
     */
    static final Credits CREDITS = new Credits(List.of(
            new Credits.Author("Diomar Añez", null, Optional.empty(), Optional.of("Solidum"),
                    Optional.of(new LocalizedText("Investigador principal", "Principal investigator")), true),
            new Credits.Author("Dimar Añez", null, Optional.empty(), Optional.of("Wise Connex"),
                    Optional.of(new LocalizedText("Desarrollador", "Developer")), true),
            new Credits.Author("Elizabeth Pereira", null, Optional.empty(), Optional.of("ULAC"),
                    Optional.of(new LocalizedText("Tutora académica (Dra.)", "Academic tutor (Dr.)")), false)),
            Optional.of(new Credits.License("CC BY-NC 4.0",
                    Optional.of("https://creativecommons.org/licenses/by-nc/4.0/"))),
            Optional.empty(), List.of());
}
