package org.mtad.ui;

import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Load shedding: at most {@link #cap()} open tabs (live UIs), so a rush of visitors meets a 503 page instead of an
 * OutOfMemoryError. With eager server load off a UI is made only by the request of Vaadin's running client (UI
 * init), so page hits of crawlers never count. {@link PageGate} turns a new page request away while the server is
 * full; a client that got its page just before and starts a UI over the cap is sent to reload, which then meets
 * that 503 page, and no view is built for it. Open tabs, the API and /health are never turned away.
 */
@Component
class VisitorCapacity implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(VisitorCapacity.class);

    private final int cap;
    private final long retryAfterSeconds;
    private final AtomicInteger open = new AtomicInteger();

    VisitorCapacity(VisitorProperties properties) {
        this.cap = properties.cap(Runtime.getRuntime().maxMemory());
        this.retryAfterSeconds = properties.retryAfter().toSeconds();
        log.info("At most {} open dashboard tabs ({})", cap, properties.maxOpenTabs() > 0 ? "MAX_OPEN_TABS"
                : "derived: (max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB - reserve "
                        + properties.reserve().toMegabytes() + " MB) / " + properties.tabBudget().toKilobytes()
                        + " KB per tab");
    }

    int cap() {
        return cap;
    }

    int open() {
        return open.get();
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    boolean full() {
        return open.get() >= cap;
    }

    /** Gives back the place of a tab that closed. */
    void close() {
        open.decrementAndGet();
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            if (tryOpen()) {
                ui.addDetachListener(detach -> close());
            } else {
                ui.addBeforeEnterListener(enter -> enter.rerouteToError(ServerFullView.ServerFull.class));
                ui.getPage().reload();
            }
        });
    }

    /** Takes a place if one is free: one atomic step, so visitors arriving together never pass the cap. */
    boolean tryOpen() {
        while (true) {
            int now = open.get();
            if (now >= cap) {
                return false;
            }
            if (open.compareAndSet(now, now + 1)) {
                return true;
            }
        }
    }
}
