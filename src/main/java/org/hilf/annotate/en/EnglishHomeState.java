package org.hilf.annotate.en;

import java.util.List;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Entity;
import org.hilf.annotate.EntityType;
import org.hilf.annotate.Gazetteer;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Span;

/**
 * The state a person first named by an office that names none acts for ("presidential spokesperson
 * Kang Yu-jung", "national security adviser Chang Ho-jin", "Deputy Foreign Minister Mikhail
 * Bogdanov"), as a reader infers it, in this order:
 * <ol>
 *   <li>the sentence's first person, when "his" or "her" stands before the office: "Ramaphosa's visit
 *       was a state visit; his spokesman X said";</li>
 *   <li>the person the office stands in apposition to: "Japan's top government spokesman, Chief
 *       Cabinet Secretary X";</li>
 *   <li>a nationality or state heading the same phrase, a few words before the office, with no
 *       comma and no other person between: "a Russian delegation led by Deputy Foreign Minister X";</li>
 *   <li>the place that opens the sentence: "In Seoul, national security adviser X said";</li>
 *   <li>the dateline's place: wire reporting leaves out the nationality of the dateline's own
 *       officials ("SEOUL — … presidential spokesperson X told reporters").</li>
 * </ol>
 * Else null. One per article; not thread-safe.
 */
final class EnglishHomeState {
    /** Words between a nationality and the office it heads, at most. */
    private static final int HEAD_WORDS = 6;

    private final Gazetteer gazetteer;
    private final AnnotatedArticle doc;
    private final EnglishResources res;
    private String dateline;
    private boolean datelineRead;
    /** The state of the first known official the article names by an office without a nationality, or null. */
    private String outlet;

    EnglishHomeState(EnglishResources res, AnnotatedArticle doc) {
        this.res = res;
        this.gazetteer = res.gazetteer;
        this.doc = doc;
    }

    /** The state for an office at word {@code from} of a sentence whose mentions so far are {@code mentions}, or null. */
    String of(List<EnToken> tokens, int from, List<ActorMention> mentions) {
        int lower = tokens.get(Math.max(0, from - HEAD_WORDS)).start();
        int at = tokens.get(from).start();
        String owner = from > 0 && tokens.get(from - 1).folded().matches("his|her") ? subjectsState(tokens, at, mentions) : null;
        if (owner != null) {
            return owner; // "Tinubu … spoke with Talon, his spokesman Bayo Onanuga said": the subject's spokesman
        }
        String head = null;
        for (ActorMention m : mentions) {
            if (m.span().start() < tokens.get(0).start() || m.span().end() > at) {
                continue;
            }
            if (personal(m) && m.affiliationId() != null && from > 0 && tokens.get(from).commaBefore()
                    && EnPhrases.indexAt(tokens, m.span().end() - 1) == from - 1) {
                head = m.affiliationId(); // "Japan's top government spokesman, Chief Cabinet Secretary X": in apposition
                continue;
            }
            if (m.span().start() < lower || m.role() == ActorMention.Role.PLACE || personal(m)) {
                head = null; // a person between: the nationality is theirs
                continue;
            }
            head = commaBetween(tokens, m.span().end(), at) ? null : stateOf(gazetteer, m.entityId());
        }
        if (head != null) {
            return head;
        }
        if (tokens.size() > 2 && tokens.get(0).folded().equals("in")) {
            for (ActorMention m : mentions) {
                int k = m.span().start() == tokens.get(1).start() ? EnPhrases.indexAt(tokens, m.span().end() - 1) + 1 : -1;
                if (k > 1 && k <= from && tokens.get(k).commaBefore()) {
                    return stateOf(gazetteer, m.entityId());
                }
            }
        }
        return outlet != null ? outlet : datelineState();
    }

    /**
     * A known person named by an office that names no state ("Prime Minister Narendra Modi"): a
     * newspaper leaves out the nationality of its own country's officials, so their state is the
     * home of the article's other offices without one ("Foreign Secretary Vikram Misri"), even
     * when the dateline is abroad. The first such person counts; a null person changes nothing.
     */
    void namedBare(String person, java.time.LocalDate date) {
        if (outlet == null && person != null) {
            outlet = gazetteer.affiliationOn(person, date).map(a -> stateOf(gazetteer, a)).orElse(null);
        }
    }

    /** The state of the sentence's first person, the one "his"/"her" before an office stands for; null when it has none. */
    private String subjectsState(List<EnToken> tokens, int at, List<ActorMention> mentions) {
        for (ActorMention m : mentions) {
            if (m.span().start() >= tokens.get(0).start() && m.span().end() <= at && personal(m)) {
                return m.affiliationId() != null && m.affiliationId().startsWith("state/") ? m.affiliationId() : null;
            }
        }
        return null;
    }

    private boolean personal(ActorMention m) {
        Entity e = res.entity(doc, m.entityId());
        return e == null || e.type() == EntityType.PERSON;
    }

    private static boolean commaBetween(List<EnToken> tokens, int from, int to) {
        for (EnToken t : tokens) {
            if (t.start() >= from && t.start() <= to && t.commaBefore()) {
                return true;
            }
        }
        return false;
    }

    /** A state, or the state a place or national body belongs to, or null. */
    private static String stateOf(Gazetteer gazetteer, String id) {
        Entity e = gazetteer.entity(id).orElse(null);
        if (e == null) {
            return null;
        }
        return e.type() == EntityType.STATE ? e.id() : e.type() == EntityType.PERSON ? null : e.countryId();
    }

    /** The state of the dateline's place in the article's first lines, or null (read once). */
    private String datelineState() {
        if (!datelineRead) {
            datelineRead = true;
            dateline = datelineOf(res, doc);
        }
        return dateline;
    }

    /** The state of the dateline's place in the first lines of {@code doc} ("ISLAMABAD, Aug 21 (Reuters) -"), or null. */
    static String datelineOf(EnglishResources res, AnnotatedArticle doc) {
        List<Span> content = doc.get(Keys.CONTENT);
        String text = doc.text();
        for (int i = 0; i < Math.min(3, content.size()); i++) {
            Span line = content.get(i);
            int n = EnglishSentenceSplitter.datelineLength(text.substring(line.start(), line.end()));
            int slash = text.indexOf('/', line.start());
            if (slash >= 0 && slash < line.start() + n) {
                return null; // "KABUL / ISLAMABAD:", "PARIS/ROME, May 3 (Reuters) -": filed from two places, no one home
            }
            List<EnToken> words = n == 0 ? List.of() : res.tokenizer.tokens(text, line.start(), line.start() + n);
            EnPhrases.Hit<EnglishResources.Name> hit = words.isEmpty() ? null : res.names.longestAt(words, 0);
            String state = hit == null ? null : stateOf(res.gazetteer, hit.value().entityId());
            if (state != null) {
                return state;
            }
        }
        return null;
    }
}
