package org.echotrace.extract.entity;

import org.echotrace.model.EntityMention;

import java.util.List;

/**
 * Fills the canonical names of an article's mentions (the {@code link.entity} package's
 * {@code EntityLinker::link} in the pipeline), so this package needs no other stage's code.
 */
@FunctionalInterface
public interface MentionLinker {
    MentionLinker IDENTITY = (text, mentions) -> mentions;

    List<EntityMention> link(String text, List<EntityMention> mentions);
}
