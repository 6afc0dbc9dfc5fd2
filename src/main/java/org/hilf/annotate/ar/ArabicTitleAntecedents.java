package org.hilf.annotate.ar;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Entity;

/**
 * Whom a title standing alone refers back to, for {@link ArabicTitleAnaphora}: the last person named
 * before it who held one of its roles on the article's date. Stateless after construction and thread-safe.
 */
final class ArabicTitleAntecedents {
    /** Characters before a name read for the honorific right before it. */
    private static final int HONORIFIC_CHARS = 24;

    private final ArabicResources res;

    ArabicTitleAntecedents(ArabicResources res) {
        this.res = res;
    }

    /**
     * The last person named before {@code offset} who held one of {@code roles} on {@code date}; the
     * last who held it for the state {@code home} when there is one (a title an agency uses for its own
     * state's holder, see title_anaphors.tsv), else the last of all. {@code royal}: only a person the
     * article named after a royal honorific ("الأمير فيصل بن فرحان"), as "سمو وزير الخارجية" means,
     * not the guest minister named last ("وزير الخارجية التركي هاكان فيدان").
     */
    ActorMention last(AnnotatedArticle doc, List<ActorMention> actors, int offset, Set<String> roles, LocalDate date,
                      String home, boolean royal) {
        ActorMention found = null;
        ActorMention atHome = null;
        for (ActorMention a : actors) {
            if (a.span().start() >= offset) {
                break;
            }
            if (a.role() != ActorMention.Role.NAME || !a.entityId().startsWith("person/") || royal && !royallyNamed(doc, a)) {
                continue;
            }
            for (Entity.Office o : res.gazetteer.officesOf(a.entityId())) {
                if (roles.contains(o.role()) && o.heldOn(date)) {
                    found = a;
                    atHome = home != null && home.equals(o.affiliationId()) ? a : atHome;
                }
            }
        }
        return atHome != null ? atHome : found;
    }

    /** The word right before the mention is a royal honorific of royal_honorifics.txt ("الأمير"، "الشيخ"). */
    private boolean royallyNamed(AnnotatedArticle doc, ActorMention a) {
        String[] before = doc.text().substring(Math.max(0, a.span().start() - HONORIFIC_CHARS), a.span().start()).strip().split("\\s+");
        return before.length > 0 && res.royalHonorifics.contains(res.normalizer.normalize(before[before.length - 1]));
    }
}
