package org.hilf.annotate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the memberships and partnerships an article speaks of: a sentence that names an actor
 * and an organization the gazetteer says it belongs to (or partners) is evidence of that tie in
 * this article. It never invents a tie the gazetteer does not hold: a sentence naming Japan, the
 * G7 and NATO gives Japan memberOf G7 and partnerOf NATO, never memberOf NATO. Only a tie that holds now
 * confirms ({@link Gazetteer#hasTie}): a sentence naming the United Kingdom and the EU gives no membership, the
 * United Kingdom having left. Observers, candidates and suspensions are not confirmed here: the graph states them
 * from the gazetteer. Language-neutral; thread-safe.
 */
public final class TieRecognizer implements Annotator {
    private static final List<String> RELATIONS = List.of("memberOf", "partnerOf");
    private final Gazetteer gazetteer;

    public TieRecognizer(Gazetteer gazetteer) { this.gazetteer = gazetteer; }

    @Override
    public Set<Key<?>> requires() { return Set.of(Keys.SENTENCES, Keys.ACTORS); }

    @Override
    public Set<Key<?>> provides() { return Set.of(Keys.TIES); }

    @Override
    public void annotate(AnnotatedArticle doc) {
        List<TieMention> out = new ArrayList<>();
        List<ActorMention> actors = doc.get(Keys.ACTORS);
        int k = 0;
        for (Sentence s : doc.get(Keys.SENTENCES)) {
            Set<String> named = new LinkedHashSet<>();
            while (k < actors.size() && actors.get(k).span().start() < s.end()) {
                ActorMention a = actors.get(k++);
                if (a.isActor() && s.span().contains(a.span())) {
                    named.add(a.entityId());
                }
            }
            for (String member : named) {
                for (String org : named) {
                    for (String rel : RELATIONS) {
                        if (!member.equals(org) && gazetteer.hasTie(member, rel, org)) {
                            out.add(new TieMention(member, rel, org, s));
                        }
                    }
                }
            }
        }
        doc.set(Keys.TIES, List.copyOf(out));
    }
}
