package org.mtad.ops;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code dashboard_vaadin_sessions} and {@code dashboard_vaadin_uis}: live Vaadin sessions and UIs (browser tabs
 * whose client has started). Sessions without a UI are page hits that never ran the client.
 */
@Component
class VaadinSessionMetrics implements VaadinServiceInitListener {

    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger uis = new AtomicInteger();

    VaadinSessionMetrics(MeterRegistry registry) {
        Gauge.builder("dashboard.vaadin.sessions", sessions, AtomicInteger::get)
                .description("Live Vaadin sessions").register(registry);
        Gauge.builder("dashboard.vaadin.uis", uis, AtomicInteger::get)
                .description("Live Vaadin UIs (one per open tab)").register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var service = event.getSource();
        service.addSessionInitListener(e -> sessions.incrementAndGet());
        service.addSessionDestroyListener(e -> sessions.decrementAndGet());
        service.addUIInitListener(e -> {
            uis.incrementAndGet();
            e.getUI().addDetachListener(d -> uis.decrementAndGet());
        });
    }
}
