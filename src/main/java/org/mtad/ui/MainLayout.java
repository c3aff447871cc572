package org.mtad.ui;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLayout;

/** Page frame: the dataset title, the synthetic-data notice and the language switch above every view. */
public class MainLayout extends Composite<Div> implements RouterLayout, LocaleChangeObserver {

    /** Each language in its own name, whatever the page's language. */
    private static final Map<String, String> LANGUAGES = UiLanguage.ALL.stream().collect(Collectors.toMap(
            UiLanguage::code, l -> UiLanguage.code(l).equals("es") ? "Español" : "English", (a, b) -> a, LinkedHashMap::new));

    private final H1 title = new H1();
    private final Span synthetic = new Span();
    private final SelectField language = new SelectField("language", this::switchTo);
    private final Main content = new Main();
    private final DatasetHeading heading;
    private boolean firstPaintShown = true;

    MainLayout(DatasetHeading heading) {
        this.heading = heading;
        title.addClassName("mtad-title");
        synthetic.addClassName("mtad-synthetic");
        synthetic.getElement().getThemeList().add("badge warning");
        language.addClassName("mtad-language");
        var header = new Header(title, synthetic, language);
        header.addClassName("mtad-header");
        content.addClassName("mtad-content");
        getContent().addClassName("mtad-shell");
        getContent().add(header, content);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        if (view != null) {
            content.getElement().appendChild(view.getElement());
        }
        if (firstPaintShown) {
            // Sent with this content: the picture goes as soon as the view it covers is in place. The answer coming
            // back is a small request of its own, and that matters: Flow keeps the last response of each tab (to
            // send it again if the client retries), and without it that would stay this ~40 KB first view.
            UI.getCurrent().getPage().executeJs("document.getElementById($0)?.remove(); return true;", FirstPaint.ID)
                    .then(Boolean.class, removed -> { });
            firstPaintShown = false;
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Locale locale = event.getLocale();
        StaticMarkup.text(title, heading.title(locale));
        StaticMarkup.text(synthetic, getTranslation("header.synthetic"));
        synthetic.setVisible(heading.synthetic());
        language.setAccessibleName(getTranslation("header.language"));
        language.show(null, LANGUAGES, UiLanguage.code(UiLanguage.parse(locale.getLanguage()).orElse(UiLanguage.ENGLISH)));
        UI.getCurrent().getPage().setTitle(heading.title(locale));
    }

    /** Switches the language and rewrites the URL's {@code lang} so that a shared link keeps the choice. */
    private void switchTo(String code) {
        Locale locale = UiLanguage.parse(code).orElse(UiLanguage.ENGLISH);
        UI ui = UI.getCurrent();
        UiLanguage.apply(ui, locale);
        var location = ui.getActiveViewLocation();
        var params = new HashMap<>(location.getQueryParameters().getParameters());
        params.put("lang", List.of(UiLanguage.code(locale)));
        ui.navigate(location.getPath(), new QueryParameters(params));
    }
}
