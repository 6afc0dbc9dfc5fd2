package org.hilf.annotate;

/**
 * A span of the text that names an actor.
 *
 * @param span       where it stands
 * @param surface    the words as written
 * @param entityId   the actor (an {@link Entity#id()} of the gazetteer or of {@link Keys#NEW_ENTITIES})
 * @param role       how the span refers to the actor
 * @param confidence 1 for an exact name; lower for a spelling matched by its sound or a title resolved by date
 * @param title      the office as written when the span is a titled person ("رئيس الوزراء الياباني"), else null
 * @param affiliationId the state or organization the person acts for here, when a title says so, else null
 */
public record ActorMention(Span span, String surface, String entityId, Role role, double confidence,
                           String title, String affiliationId) {

    /** How a span refers to its actor. */
    public enum Role {
        /** The actor itself, acting or acted upon: "اليابان"، "ردت بكين"، "ستولتنبرغ". */
        NAME,
        /** An adjective that relates a noun to the actor without naming it as a participant: "الحرب الروسية". */
        ATTRIBUTE,
        /** The actor's territory or capital as a location: "في طوكيو"، "في ليتوانيا". */
        PLACE
    }

    /** True when the span stands for the actor itself (a possible participant or speaker). */
    public boolean isActor() { return role == Role.NAME; }
}
