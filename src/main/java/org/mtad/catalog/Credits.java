package org.mtad.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who made the dataset, under which licence it may be used, and where its research outputs are. Every part is
 * optional: an unknown fact is left out rather than guessed.
 *
 * @param authors people credited, in the order they are cited
 * @param doi     the dataset's own DOI (bare, {@code 10.xxxx/...}), if it has one
 * @param links   the research outputs (repositories, reports)
 */
public record Credits(List<Author> authors, Optional<License> license, Optional<String> doi, List<Link> links) {

    public static final Credits NONE = new Credits(List.of(), Optional.empty(), Optional.empty(), List.of());

    public Credits {
        authors = List.copyOf(authors);
        Objects.requireNonNull(license, "license");
        Objects.requireNonNull(doi, "doi");
        links = List.copyOf(links);
    }

    /** The authors a citation names (an academic tutor, say, is credited but not an author of the work). */
    public List<Author> citedAuthors() {
        return authors.stream().filter(Author::cited).toList();
    }

    /**
     * @param family      the family name for citations; by default the last word of {@code name}
     * @param orcid       16-character ORCID iD ({@code 0000-0002-1825-0097}), if known
     * @param affiliation institution, if known
     * @param role        what the person did, if stated
     */
    public record Author(String name, String family, Optional<String> orcid, Optional<String> affiliation,
                         Optional<LocalizedText> role, boolean cited) {
        public Author {
            Objects.requireNonNull(name, "name");
            family = family == null || family.isBlank() ? lastWord(name) : family.strip();
            Objects.requireNonNull(orcid, "orcid");
            Objects.requireNonNull(affiliation, "affiliation");
            Objects.requireNonNull(role, "role");
        }

        /** The given names: {@code name} without the family name. */
        public String given() {
            String n = name.strip();
            return n.endsWith(family) ? n.substring(0, n.length() - family.length()).strip() : n;
        }

        private static String lastWord(String name) {
            String n = name.strip();
            int space = n.lastIndexOf(' ');
            return space < 0 ? n : n.substring(space + 1);
        }
    }

    /** @param url the licence text, if known */
    public record License(String name, Optional<String> url) {
        public License {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(url, "url");
        }
    }

    public record Link(LocalizedText label, String url) {
        public Link {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(url, "url");
        }
    }
}
