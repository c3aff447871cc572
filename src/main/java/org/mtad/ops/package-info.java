/**
 * Operations: {@code /health}, Actuator probes, metrics, security headers, configuration by environment, sessions.
 *
 * <h2>Metrics at {@code /actuator/prometheus}</h2>
 * Besides Micrometer's JVM, process, Tomcat ({@code tomcat_sessions_*}) and HTTP ({@code http_server_requests_seconds})
 * metrics, every one tagged {@code application}:
 * <ul>
 * <li>{@code dashboard_analysis_duration_seconds{analysis}} - one analysis of a tool (recorded by ToolAnalysisService)</li>
 * <li>{@code dashboard_query_duration_seconds} - reading a tool's series (ToolAnalysisService)</li>
 * <li>{@code cache_gets_total{cache="analysis",result="hit|miss"}}, {@code cache_size}... - the analysis cache; the
 * same for {@code cache="charts"} (chart answers kept by ETag) and {@code cache="style_sheets"} (the page's style
 * sheets kept as gzip, {@link org.mtad.ops.StyleSheetCompression})</li>
 * <li>{@code dashboard_data_info{version}} 1, {@code dashboard_data_usable}, {@code dashboard_data_load_duration_seconds}
 * - the data being served ({@link org.mtad.ops.DataMetrics})</li>
 * <li>{@code dashboard_data_probe_seconds} - the health query on every data file</li>
 * <li>{@code dashboard_vaadin_sessions}, {@code dashboard_vaadin_uis} - live Vaadin sessions and UIs</li>
 * </ul>
 *
 * <h2>Error answers</h2>
 * Every client error is a 4xx in the shape of its URL (the JSON error shape on /api, /health and Actuator, a small
 * bilingual page elsewhere; {@link org.mtad.ops.ClientErrorResponse}): from the first filter
 * ({@link org.mtad.ops.MalformedParameterFilter}), from Tomcat's engine for what its connector refuses
 * ({@link org.mtad.ops.ConnectorErrorValve}) and from the error page ({@link org.mtad.ops.ErrorPageController}).
 *
 * <h2>Environment</h2>
 * See {@code .env.example}; values are checked by {@link org.mtad.ops.OpsEnvironment} before start-up.
 */
package org.mtad.ops;
