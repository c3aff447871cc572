package org.mtad.ui;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How many open dashboard tabs (live Vaadin UIs) the server holds before it turns new visitors away.
 *
 * @param maxOpenTabs the cap ({@code MAX_OPEN_TABS}); 0 derives it from the heap: (max heap − reserve) / tab budget
 * @param reserve     heap kept for everything but open tabs: the catalog, caches, request spikes, page hits
 * @param tabBudget   heap allowed per open tab (a conservative multiple of the measured cost)
 * @param retryAfter  what the 503 page's Retry-After says
 */
@ConfigurationProperties("dashboard.visitors")
record VisitorProperties(@DefaultValue("0") int maxOpenTabs, @DefaultValue("160MB") DataSize reserve,
        @DefaultValue("2MB") DataSize tabBudget, @DefaultValue("60s") Duration retryAfter) {

    /** Never below this, so that a tiny heap still serves a few visitors (the per-tab cost is well below the budget). */
    static final int MINIMUM_DERIVED = 10;

    VisitorProperties {
        if (maxOpenTabs < 0) {
            throw new IllegalArgumentException("dashboard.visitors.max-open-tabs must be 0 (derived) or more, got "
                    + maxOpenTabs);
        }
        if (tabBudget.toBytes() < 1 || retryAfter.toSeconds() < 1) {
            throw new IllegalArgumentException("dashboard.visitors.tab-budget and retry-after must be positive");
        }
    }

    /** The cap for a JVM whose maximum heap is {@code maxHeapBytes}. */
    int cap(long maxHeapBytes) {
        if (maxOpenTabs > 0) {
            return maxOpenTabs;
        }
        long derived = (maxHeapBytes - reserve.toBytes()) / tabBudget.toBytes();
        return (int) Math.max(MINIMUM_DERIVED, Math.min(Integer.MAX_VALUE, derived));
    }
}
