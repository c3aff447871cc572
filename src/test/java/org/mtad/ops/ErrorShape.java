package org.mtad.ops;

import static org.assertj.core.api.Assertions.assertThat;

/** What a client error must look like, checked on a raw answer: the JSON error shape, or the friendly page. */
final class ErrorShape {

    private ErrorShape() {
    }

    static void json(RawHttp.Response response, int status, String error) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.text()).startsWith("{\"error\":\"" + error + "\",\"message\":\"").endsWith("\"}");
        noTrace(response);
    }

    static void page(RawHttp.Response response, int status, String language, String title) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("text/html");
        assertThat(response.text()).contains("<html lang=\"" + language + "\"", "<h1>" + title + "</h1>", "href=\"/\"");
        noTrace(response);
    }

    static void noTrace(RawHttp.Response response) {
        assertThat(HostileTraffic.TRACE.matcher(response.text()).find()).as(response.text()).isFalse();
        assertThat(response.text()).doesNotContain("Exception", "Tomcat");
    }
}
