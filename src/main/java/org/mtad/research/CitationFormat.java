package org.mtad.research;

import java.util.Locale;
import java.util.Optional;

/** The citation styles and exchange formats offered, with the media type each is served as. */
public enum CitationFormat {
    APA("text/plain", "txt"),
    CHICAGO("text/plain", "txt"),
    MLA("text/plain", "txt"),
    BIBTEX("application/x-bibtex", "bib"),
    RIS("application/x-research-info-systems", "ris"),
    CSLJSON("application/vnd.citationstyles.csl+json", "json");

    private final String mediaType;
    private final String extension;

    CitationFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The name used in URLs: apa, chicago, mla, bibtex, ris, csljson. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CitationFormat> parse(String code) {
        for (CitationFormat f : values()) {
            if (f.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
