package org.mtad.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class FirstChartPreloadsTest {

    // The shape of a Vite build as Vaadin makes it (names and import statements as in our bundle, contents cut).
    private static final String INDEX = "<head>"
            + "<script type=\"module\" async crossorigin src=\"./VAADIN/build/first-chart-K.js\"></script>"
            + "<script type=\"module\" crossorigin src=\"./VAADIN/build/indexhtml-A.js\"></script>"
            + "<link rel=\"modulepreload\" crossorigin href=\"./VAADIN/build/first-paint-L.js\"></head>";
    private static final Map<String, String> FILES = Map.ofEntries(
            Map.entry("indexhtml-A.js", "import{t as e}from\"./chunk-B.js\";import{a}from\"./first-paint-L.js\";"
                    + "let a=await ya(()=>import(`./FlowClient-C.js`));"
                    + "Da({imports:()=>ya(()=>import(`./generated-flow-imports-D.js`))});"
                    + "(await ya(()=>import(`./FlowBootstrap-E.js`)))"),
            Map.entry("chunk-B.js", "var t=1;export{t};"),
            Map.entry("FlowClient-C.js", "import{t as __esmMin}from\"./chunk-B.js\";"),
            Map.entry("FlowBootstrap-E.js", "import{t as e}from\"./chunk-B.js\";"),
            Map.entry("generated-flow-imports-D.js",
                    "import{a as b}from\"./research-F.js\";import{r}from\"./indexhtml-A.js\";"
                            + "t.push(i(()=>import(`./chunk-route-G.js`)))"),
            Map.entry("research-F.js",
                    "x||=Promise.all([ne(()=>import(`./apexcharts.esm-H.js`)),ne(()=>import(`./en-I.js`))]);"
                            + "m||=ne(()=>import(`./markdown-helpers-J.js`))"),
            Map.entry("apexcharts.esm-H.js", ""),
            Map.entry("chunk-route-G.js", ""),
            Map.entry("en-I.js", ""),
            Map.entry("apexcharts.esm-OLD.js", ""),
            Map.entry("first-chart-K.js",
                    "import ApexCharts from\"./apexcharts.esm-H.js\";import{a}from\"./first-paint-L.js\";"),
            Map.entry("first-paint-L.js", ""),
            Map.entry("first-chart-OLD.js", ""));

    @Test
    void the_client_start_scripts_and_their_static_imports_are_preloaded() {
        assertThat(FirstChartPreloads.scriptsToPreload(INDEX, FILES)).containsExactlyInAnyOrder("chunk-B.js",
                "FlowClient-C.js", "generated-flow-imports-D.js", "FlowBootstrap-E.js", "research-F.js");
    }

    @Test
    void dynamic_imports_after_start_stale_files_and_the_entry_itself_are_not() {
        assertThat(FirstChartPreloads.scriptsToPreload(INDEX, FILES)).doesNotContain("chunk-route-G.js", "en-I.js",
                "markdown-helpers-J.js", "apexcharts.esm-H.js", "apexcharts.esm-OLD.js", "indexhtml-A.js");
    }

    @Test
    void the_chart_library_is_the_one_the_start_scripts_import_not_a_stale_file() {
        assertThat(FirstChartPreloads.chartLibrary(INDEX, FILES)).contains("apexcharts.esm-H.js");
        assertThat(FirstChartPreloads.chartLibrary("<head></head>", FILES)).isEmpty();
    }

    @Test
    void the_chart_library_is_found_when_the_entry_script_imports_it_itself() {
        var files = new java.util.HashMap<>(FILES);
        files.put("indexhtml-A.js", "let a=await ya(()=>import(`./FlowClient-C.js`));"
                + "q||=ya(()=>import(`./apexcharts.esm-H.js`))");
        files.put("research-F.js", "");
        assertThat(FirstChartPreloads.chartLibrary(INDEX, files)).contains("apexcharts.esm-H.js");
        assertThat(FirstChartPreloads.scriptsToPreload(INDEX, files)).doesNotContain("apexcharts.esm-H.js");
    }

    @Test
    void what_the_page_already_loads_or_preloads_is_not_preloaded_again() {
        assertThat(FirstChartPreloads.scriptsToPreload(INDEX, FILES)).doesNotContain("first-paint-L.js",
                "first-chart-K.js");
    }

    @Test
    void the_first_chart_script_is_the_one_index_html_names_and_the_entry_is_not_mistaken_for_it() {
        assertThat(FirstChartPreloads.firstChartScript(INDEX, FILES)).contains("first-chart-K.js");
        var withoutIt = new java.util.HashMap<>(FILES);
        withoutIt.remove("first-chart-K.js");
        assertThat(FirstChartPreloads.firstChartScript(INDEX, withoutIt)).as("named but not in the bundle").isEmpty();
        assertThat(FirstChartPreloads.firstChartScript("<head></head>", FILES)).isEmpty();
        // Named first in the page, the first chart's script is still not taken for the client's entry.
        assertThat(FirstChartPreloads.entryScript(INDEX, FILES)).contains("indexhtml-A.js");
        assertThat(FirstChartPreloads.scriptsToPreload(INDEX, FILES)).contains("FlowClient-C.js");
    }

    @Test
    void without_an_entry_script_nothing_is_preloaded() {
        assertThat(FirstChartPreloads.scriptsToPreload("<head></head>", FILES)).isEmpty();
        assertThat(FirstChartPreloads.entryScript("<head></head>", FILES)).isEmpty();
    }

    @Test
    void a_phone_gets_the_narrow_chart_and_a_desktop_the_wide_one() {
        var phone = new MockHttpServletRequest();
        phone.addHeader("Sec-CH-UA-Mobile", "?1");
        var desktop = new MockHttpServletRequest();
        desktop.addHeader("Sec-CH-UA-Mobile", "?0");
        desktop.addHeader("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0 Safari/537.36");
        var oldPhone = new MockHttpServletRequest();
        oldPhone.addHeader("User-Agent", "Mozilla/5.0 (Linux; Android 11) Chrome/120.0 Mobile Safari/537.36");

        assertThat(FirstChartPreloads.width(phone)).isEqualTo(FirstChartPreloads.PHONE_WIDTH);
        assertThat(FirstChartPreloads.width(desktop)).isEqualTo(FirstChartPreloads.DESKTOP_WIDTH);
        assertThat(FirstChartPreloads.width(oldPhone)).isEqualTo(FirstChartPreloads.PHONE_WIDTH);
    }
}
