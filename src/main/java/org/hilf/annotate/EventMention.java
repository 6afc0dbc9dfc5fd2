package org.hilf.annotate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An event an article reports.
 *
 * @param type          Meeting, Summit, Visit or Agreement (the ontology's class names)
 * @param sentence      the sentence that first reports it
 * @param trigger       the word that reports it
 * @param participants  ids of the actors that took part, offices' bodies included
 * @param visitor       for a visit, the visiting actor's id, else null
 * @param host          for a visit, the host states' ids (space-separated), else null
 * @param placeId       the id of the place (a capital, or a state's territory), else null
 * @param organizerId   for a summit, the organization whose summit it is, else null
 * @param date          the date expression that dates it, else null
 * @param planned       true when announced, proposed or future
 * @param dateBasis     where the date came from: "text" (the sentence), "context" (a sentence just
 *                      before, continuing the same report) or "reference" (the gazetteer's list of summits);
 *                      null without a date
 * @param evidence      the actor mentions the event was built from
 * @param more          the other sentences of the article that report the same event
 * @param partners      for a summit its name joins to the organizer's ("the ASEAN-Japan summit", "قمة آسيان-مجلس
 *                      التعاون"), those other sides (among the participants): another summit than the organizer's
 *                      own or one with other partners; else empty
 */
public record EventMention(String type, Sentence sentence, Span trigger, Set<String> participants,
                           String visitor, String host, String placeId, String organizerId, DateMention date,
                           String dateBasis, boolean planned, List<ActorMention> evidence, List<Sentence> more,
                           Set<String> partners) {

    public EventMention(String type, Sentence sentence, Span trigger, Set<String> participants, String visitor, String host,
                        String placeId, String organizerId, DateMention date, String dateBasis, boolean planned,
                        List<ActorMention> evidence, List<Sentence> more) {
        this(type, sentence, trigger, participants, visitor, host, placeId, organizerId, date, dateBasis, planned, evidence, more, Set.of());
    }

    public EventMention(String type, Sentence sentence, Span trigger, Set<String> participants, String visitor, String host,
                        String placeId, String organizerId, DateMention date, String dateBasis, boolean planned,
                        List<ActorMention> evidence) {
        this(type, sentence, trigger, participants, visitor, host, placeId, organizerId, date, dateBasis, planned, evidence, List.of());
    }

    /** The same event with another date, place and organizer (a summit resolved against the reference). */
    public EventMention resolved(String organizer, String place, DateMention newDate, String basis, Set<String> newParticipants) {
        return new EventMention(type, sentence, trigger, newParticipants, visitor, host, place, organizer, newDate, basis,
                planned, evidence, more, partners);
    }

    /** The same event, announced rather than held ({@link #planned}). */
    public EventMention asPlanned() {
        return new EventMention(type, sentence, trigger, participants, visitor, host, placeId, organizerId, date, dateBasis,
                true, evidence, more, partners);
    }

    /** This meeting as the summit of {@code organizer} (its session at summit level, its leaders meeting): no visitor or host. */
    public EventMention asSummitOf(String organizer) {
        return new EventMention("Summit", sentence, trigger, participants, null, null, placeId, organizer, date, dateBasis,
                planned, evidence, more, partners);
    }

    /** The same summit, held with {@code others} beside its organizer ({@link #partners}). */
    public EventMention withPartners(Set<String> others) {
        return new EventMention(type, sentence, trigger, participants, visitor, host, placeId, organizerId, date, dateBasis,
                planned, evidence, more, Set.copyOf(others));
    }

    /** The organizer and the partners of a summit: which summit it is. */
    public Set<String> summitSides() {
        Set<String> sides = new java.util.TreeSet<>(partners);
        if (organizerId != null) {
            sides.add(organizerId);
        }
        return sides;
    }

    /** This event, also reported by {@code other}: its sentences, participants, and any date or place it lacked. */
    public EventMention absorb(EventMention other) {
        List<Sentence> m = new ArrayList<>(more);
        for (Sentence s : other.allSentences()) {
            if (!s.equals(sentence) && !m.contains(s)) {
                m.add(s);
            }
        }
        Set<String> ps = new LinkedHashSet<>(participants);
        ps.addAll(other.participants);
        // the other report's date when this one has none, or a finer one of the same year
        boolean useOther = other.date != null && other.date.resolved() && (date == null || !date.resolved()
                || date.start().getYear() == other.date.start().getYear() && other.date.granularity().compareTo(date.granularity()) < 0);
        return new EventMention(type, sentence, trigger, ps, visitor != null ? visitor : other.visitor,
                host != null ? host : other.host, placeId != null ? placeId : other.placeId,
                organizerId != null ? organizerId : other.organizerId, useOther ? other.date : date,
                useOther ? other.dateBasis : dateBasis, planned, evidence, List.copyOf(m), partners.isEmpty() ? other.partners : partners);
    }

    /** Whether sentence {@code s} is one of those that report it ({@link #allSentences}, without a copy). */
    public boolean reportedIn(Sentence s) {
        return sentence.equals(s) || more.contains(s);
    }

    /** Every sentence that reports it, the first one first. */
    public List<Sentence> allSentences() {
        List<Sentence> all = new ArrayList<>(1 + more.size());
        all.add(sentence);
        all.addAll(more);
        return all;
    }
}
