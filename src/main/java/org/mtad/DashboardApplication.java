package org.mtad;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.theme.lumo.Lumo;

@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
// Linked from the bootstrap page rather than bundled into the client's script: the first paint needs it before the
// client starts (see org.mtad.ui.FirstPaint). One file: each style sheet is a request the page's scripts wait for.
@StyleSheet("styles/dashboard.css")
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
public class DashboardApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(DashboardApplication.class, args);
    }
}
