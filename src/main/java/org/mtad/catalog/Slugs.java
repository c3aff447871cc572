package org.mtad.catalog;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** URL-safe keys for tools: {@code Gestión de Costos} becomes {@code gestion-de-costos}. */
final class Slugs {

    private final Set<String> taken = new HashSet<>();

    static String of(String keyword) {
        String ascii = Normalizer.normalize(keyword, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "tool" : slug;
    }

    /** A slug for {@code keyword} that no earlier call of this instance returned. */
    String unique(String keyword) {
        String base = of(keyword);
        String slug = base;
        for (int n = 2; !taken.add(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
