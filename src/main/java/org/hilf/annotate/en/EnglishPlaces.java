package org.hilf.annotate.en;

import java.util.List;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Entity;
import org.hilf.annotate.EntityType;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Quotations;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.Span;
import org.hilf.annotate.Tsv;
import org.hilf.annotate.frame.EventPlaces;

/**
 * Where an English sentence's event took place (the first place it names outside quotations; for
 * a summit, the place right after the summit word: "the NATO summit in Vilnius") and whose summit
 * a word before "summit" names ("the Arab summit", {@code data/lexicon/en/summit_names.tsv}).
 * Immutable and thread-safe.
 */
final class EnglishPlaces {
    /** Words after a summit word its place may stand. */
    private static final int SUMMIT_PLACE_WINDOW = 6;
    /** Words before a summit word its name may stand ("the Arab League summit"). */
    private static final int SUMMIT_NAME_WINDOW = 3;

    private final EnglishResources res;
    private final EnPhrases<String> summitNames = new EnPhrases<>(true);

    EnglishPlaces(EnglishResources res) {
        this.res = res;
        for (Tsv.Row r : Tsv.read("lexicon/en/summit_names.tsv")) {
            summitNames.add(res.tokenizer.fold(r.required("form_en")), "org/" + r.required("organization"));
        }
    }

    /** The organization a word just before the summit word at {@code from} names, or null. */
    String summitName(List<EnToken> tokens, int from) {
        for (int k = Math.max(0, from - SUMMIT_NAME_WINDOW); k < from; k++) {
            EnPhrases.Hit<String> h = summitNames.longestAt(tokens, k);
            if (h != null && h.to() <= from && tokens.get(k).capitalized() && res.gazetteer.entity(h.value()).isPresent()) {
                return h.value();
            }
        }
        return null;
    }

    /**
     * "the summit in Vilnius on Tuesday": the organization whose summit that place held on that day (a
     * day of the summit's dates, give or take one). A year alone does not tell: a capital hosts
     * several bodies' summits in one year (Riyadh, 2023: the GCC's, the Arab-Islamic one, others).
     */
    String summitHeldAt(String placeId, org.hilf.annotate.DateMention date, java.time.LocalDate horizon) {
        if (date == null || !date.resolved() || date.granularity() != org.hilf.annotate.DateMention.Granularity.DAY) {
            return null;
        }
        return res.gazetteer.summitAt(null, placeId, date.end().plusDays(1))
                .filter(x -> !date.start().isBefore(x.start().minusDays(1)) && !date.start().isAfter(x.end().plusDays(1)))
                .map(org.hilf.annotate.Gazetteer.Summit::organizationId).orElse(null);
    }

    /**
     * "the Vilnius summit", "at the New Delhi summit in 2023": the one summit the reference list knows at
     * the city named between "the" and the summit word at {@code from} (a capital read as its state too),
     * in the year the report gives or, undated, within a year of {@code horizon}; else null (two
     * gatherings there then: neither).
     */
    org.hilf.annotate.Gazetteer.Summit summitOfPlace(AnnotatedArticle doc, List<EnToken> tokens, int from,
                                                    org.hilf.annotate.DateMention date, java.time.LocalDate horizon) {
        if (from < 2 || date != null && !date.resolved() || date == null && horizon == null) {
            return null;
        }
        for (ActorMention a : doc.get(Keys.ACTORS)) {
            int k = from - 1;
            while (k > 0 && tokens.get(k).start() > a.span().start()) {
                k--;
            }
            if (a.span().end() != tokens.get(from - 1).end() || k < 1 || tokens.get(k).start() != a.span().start()
                    || !tokens.get(k - 1).folded().equals("the")) {
                continue;
            }
            Entity e = res.entity(doc, a.entityId());
            String surface = doc.text().substring(a.span().start(), a.span().end());
            String place = e == null ? null : e.type() == EntityType.PLACE ? e.id()
                    : e.type() == EntityType.STATE && res.entity(doc, Entity.capitalOf(e.id())) != null
                    && surface.equalsIgnoreCase(res.entity(doc, Entity.capitalOf(e.id())).labelEn()) ? Entity.capitalOf(e.id()) : null;
            List<org.hilf.annotate.Gazetteer.Summit> held = place == null ? List.of() : res.gazetteer.summitsAt(place).stream()
                    .filter(x -> date != null ? x.start().getYear() == date.start().getYear()
                            : Math.abs(x.start().toEpochDay() - horizon.toEpochDay()) <= 366).toList();
            return held.size() == 1 ? held.get(0) : null;
        }
        return null;
    }

    /** The first place within a few words after the summit word, else the sentence's place. */
    String summitPlace(AnnotatedArticle doc, List<EnToken> tokens, int after, Sentence s) {
        int from = after < tokens.size() ? tokens.get(after).start() : s.end();
        int to = after + SUMMIT_PLACE_WINDOW < tokens.size() ? tokens.get(after + SUMMIT_PLACE_WINDOW).end() : s.end();
        for (ActorMention a : doc.get(Keys.ACTORS)) {
            if (a.span().start() >= from && a.span().start() < to && a.role() == ActorMention.Role.PLACE) {
                String p = EventPlaces.placeId(res.entity(doc, a.entityId()));
                if (p != null) {
                    return p;
                }
            }
        }
        return placeOf(doc, s);
    }


    /**
     * Where the event whose trigger begins at word {@code from} took place: the place just before the
     * nearest ", where" before the trigger ("arrived in Doha from Cairo, where he had met Sisi": Cairo),
     * else the sentence's first place. The relative clause says where its own event happened.
     */
    String eventPlace(AnnotatedArticle doc, List<EnToken> tokens, int from, Sentence s) {
        for (int k = Math.min(from, tokens.size()) - 1; k > 0; k--) {
            if (tokens.get(k).folded().equals("where") && tokens.get(k).commaBefore()) {
                int end = tokens.get(k - 1).end();
                for (ActorMention a : doc.get(Keys.ACTORS)) {
                    // "from Cairo, where": a capital read as its government is still the place "where" stands for
                    String p = a.span().end() == end && a.role() != ActorMention.Role.ATTRIBUTE ? EventPlaces.placeId(res.entity(doc, a.entityId())) : null;
                    if (p != null) {
                        return p;
                    }
                }
                break;
            }
        }
        return placeOf(doc, s);
    }

    /** The first place the sentence names outside quotations ({@link EventPlaces#placeOf}). */
    String placeOf(AnnotatedArticle doc, Sentence s) { return EventPlaces.placeOf(doc, s, id -> res.entity(doc, id)); }
}
