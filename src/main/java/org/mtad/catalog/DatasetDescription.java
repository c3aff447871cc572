package org.mtad.catalog;

import java.util.List;
import java.util.Objects;

/**
 * What the dataset is: its title, what an entity is called, its sources and the names of its entities.
 * Built from the built-in defaults and an optional {@code dataset.yml}.
 *
 * @param reportNotesKey the {@code tool_notes.Source} value of a tool's overall report (DOI only)
 * @param credits        authors, licence, DOI and links of the dataset
 */
public record DatasetDescription(LocalizedText title, LocalizedText entity, boolean synthetic,
                                 List<Source> sources, List<EntityName> entities, String reportNotesKey,
                                 Credits credits) {

    /** A display name for the entity whose {@code keyword} column holds {@code keyword}. */
    public record EntityName(String keyword, LocalizedText name) {
        public EntityName {
            Objects.requireNonNull(keyword, "keyword");
            Objects.requireNonNull(name, "name");
        }
    }

    public DatasetDescription {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(entity, "entity");
        sources = List.copyOf(sources);
        entities = List.copyOf(entities);
        Objects.requireNonNull(reportNotesKey, "reportNotesKey");
        Objects.requireNonNull(credits, "credits");
    }

    /** A description that credits nobody. */
    public DatasetDescription(LocalizedText title, LocalizedText entity, boolean synthetic, List<Source> sources,
                              List<EntityName> entities, String reportNotesKey) {
        this(title, entity, synthetic, sources, entities, reportNotesKey, Credits.NONE);
    }

    public LocalizedText nameOf(String keyword) {
        return entities.stream().filter(e -> e.keyword().equals(keyword)).map(EntityName::name)
                .findFirst().orElse(LocalizedText.of(keyword));
    }
}
