/**
 * What a researcher takes away from a view: key findings written from the computed results, and citations of the
 * view. Plain Java over {@code toolanalysis} and {@code catalog}; no Spring, no Vaadin.
 */
package org.mtad.research;
