package org.hilf.annotate;

/** The kinds of resource the annotator recognises; the names are the ontology's class names. */
public enum EntityType {
    STATE("State"), PERSON("Person"), ORGANIZATION("Organization"), ALLIANCE("Alliance"), PLACE("Place");

    public final String className;

    EntityType(String className) { this.className = className; }

    public boolean isActor() { return this != PLACE; }

    public boolean isOrganization() { return this == ORGANIZATION || this == ALLIANCE; }
}
