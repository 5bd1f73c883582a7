package org.echotrace.model;

/**
 * What kind of source speaks: a person, an organisation (ministry, army, center), a medium (agency,
 * outlet), or evidence that shows rather than speaks (footage, images, data, a poll) with no author
 * named beside it.
 */
public enum SpeakerKind {
    PERSON, ORGANISATION, MEDIA, UNKNOWN, EVIDENCE
}
