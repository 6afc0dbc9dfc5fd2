package org.hilf.annotate.ar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Entity;

/**
 * A minister by portfolio named without a nationality ("برئاسة وزير التجارة أثير داود الغريري" under
 * "بغداد - واع") is of the dateline's state: a report names its own country's ministers so, as it names
 * its own ministry (home_ministries.tsv). Only people first met in the article, introduced by such a title
 * and with no state of their own, get it; an article without a dateline changes nothing. For
 * {@link ArabicActorRecognizer}; stateless and thread-safe.
 */
final class ArabicHomeMinisters {
    private final ArabicDateline dateline;
    /** The word for a side ("الجانب") as the clitics reader gives it, folded. */
    private static final String SIDE = "الجانب";

    ArabicHomeMinisters(ArabicResources res) {
        this.dateline = new ArabicDateline(res);
    }

    /** The new people and the actors of the article, those ministers given the dateline's state; both replaced in place. */
    void assign(AnnotatedArticle doc, NormalizedText text, Map<String, Entity> people, List<ActorMention> actors) {
        Map<String, String> homes = new HashMap<>();
        for (Entity e : people.values()) {
            if (e.affiliationId() == null && e.title() != null && TitleMatcher.minister(e.title())) {
                homes.put(e.id(), null);
            }
        }
        String state = homes.isEmpty() ? null : dateline.state(doc, text, actors);
        if (state == null) {
            return;
        }
        for (String id : homes.keySet()) {
            Entity e = people.get(id);
            people.put(id, new Entity(e.id(), e.type(), e.labelAr(), e.labelEn(), e.wikidata(), e.isoCode(), e.countryId(), state, e.title()));
        }
        List<ActorMention> out = new ArrayList<>(actors.size());
        for (ActorMention a : actors) {
            out.add(homes.containsKey(a.entityId()) && a.affiliationId() == null
                    ? new ActorMention(a.span(), a.surface(), a.entityId(), a.role(), a.confidence(), a.title(), state) : a);
        }
        actors.clear();
        actors.addAll(out);
    }

    /**
     * The state of the side a minister's title opens after ("وعن الجانب الصومالي وزير النفط X"، "ومن الجانب الكيني وزير
     * التجارة Y"): the adjective right before the title, after a word for the side; else null. Such a minister is that
     * side's, not the dateline's.
     */
    static String sideBefore(ArabicResources res, List<Token> tokens, int title) {
        if (title < 2 || tokens.get(title).breakBefore() || tokens.get(title - 1).breakBefore()
                || res.clitics.readings(tokens.get(title - 2)).stream().noneMatch(r -> r.word().equals(SIDE))) {
            return null;
        }
        AliasIndex.Match adjective = res.stateAdjectiveAt(tokens, title - 1);
        return adjective != null && adjective.to() == title ? adjective.entry().entityId() : null;
    }
}
