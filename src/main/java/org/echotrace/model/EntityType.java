package org.echotrace.model;

/** Entity classes, CoNLL-2003's four: people, organisations (armed groups, ministries, media), places, the rest. */
public enum EntityType {
    PERSON, ORGANISATION, PLACE, MISC
}
