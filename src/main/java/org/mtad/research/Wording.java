package org.mtad.research;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The research texts of one language ({@code research/texts_{es,en}.properties}) and its number and month formats. */
final class Wording {

    static final Locale SPANISH = Locale.of("es");
    static final List<String> LANGUAGES = List.of("es", "en");

    private final Locale locale;
    private final ResourceBundle bundle;

    private Wording(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("research.texts", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Spanish for {@code es}, English otherwise. */
    static Wording of(Locale locale) {
        return new Wording("es".equals(locale.getLanguage()) ? SPANISH : Locale.ENGLISH);
    }

    Locale locale() {
        return locale;
    }

    String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    String number(double value, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        // a true minus sign reads better than a hyphen in running text
        return f.format(value).replace('-', '\u2212');
    }

    String month(YearMonth month) {
        String pattern = locale.equals(SPANISH) ? "MMMM 'de' yyyy" : "MMMM yyyy";
        return month.format(DateTimeFormatter.ofPattern(pattern, locale));
    }

    /** The name of a calendar month, 1 = January. */
    String monthName(int month) {
        return YearMonth.of(2000, month).format(DateTimeFormatter.ofPattern("MMMM", locale));
    }

    /** "a, b and c" / "a, b y c". */
    String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + text("and") + " " + items.getLast();
    }
}
