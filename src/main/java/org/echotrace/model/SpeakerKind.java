package org.echotrace.model;

/** What kind of source speaks: a person, an organisation (ministry, army, center), or a medium (agency, outlet). */
public enum SpeakerKind {
    PERSON, ORGANISATION, MEDIA, UNKNOWN
}
