package org.mtad.catalog;

/** How a source's monthly values combine into one value per year. */
public enum AnnualAggregation {
    /** Survey indices and search interest: the year's average. */
    MEAN,
    /** Counts such as publications: the year's total. */
    SUM
}
