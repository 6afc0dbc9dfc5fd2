package org.hilf.annotate;

import java.util.List;
import java.util.Set;

/**
 * An event a sentence reports.
 *
 * @param type          Meeting, Summit, Visit or Agreement (the ontology's class names)
 * @param sentence      the sentence that reports it
 * @param trigger       the word that reports it
 * @param participants  ids of the actors that took part, offices' bodies included
 * @param visitor       for a visit, the visiting actor's id, else null
 * @param host          for a visit, the host state's id, else null
 * @param placeId       the id of the place (a capital, or a state's territory), else null
 * @param organizerId   for a summit, the organization whose summit it is, else null
 * @param date          the date expression that dates it, else null
 * @param planned       true when announced, proposed or future
 * @param dateBasis     where the date came from: "text" (the sentence), "context" (a sentence just
 *                      before, continuing the same report) or "reference" (the gazetteer's list of summits);
 *                      null without a date
 * @param evidence      the actor mentions the event was built from
 */
public record EventMention(String type, Sentence sentence, Span trigger, Set<String> participants,
                           String visitor, String host, String placeId, String organizerId, DateMention date,
                           String dateBasis, boolean planned, List<ActorMention> evidence) {

    /** The same event with another date, place and organizer (a summit resolved against the reference). */
    public EventMention resolved(String organizer, String place, DateMention newDate, String basis, Set<String> newParticipants) {
        return new EventMention(type, sentence, trigger, newParticipants, visitor, host, place, organizer, newDate, basis,
                planned, evidence);
    }
}
