package org.hilf.annotate.ar;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Entity;
import org.hilf.annotate.EntityType;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.Tsv;
import org.hilf.annotate.Words;

/**
 * For whom an Arabic speaker speaks: a person for the body or state of the title the text gives
 * (in the sentence, else earlier in the article), else of the office held on the date, else of the
 * body that qualifies the title right before the name; a national body for its state; a state or
 * organization for itself. Immutable and thread-safe.
 */
final class ArabicBehalf {
    /** Most words between a title's body or state and the holder's name ("رئاسة الجمهورية المستشار أحمد فهمي"). */
    static final int TITLE_GAP = 2;

    private final ArabicResources res;
    /** {@code data/lexicon/ar/election_words.txt}, folded. */
    private final Set<String> electionWords;
    private final ArabicHomeSpokespeople homeSpokespeople;

    ArabicBehalf(ArabicResources res) {
        this.res = res;
        this.electionWords = Set.copyOf(res.fold(Tsv.words("lexicon/ar/election_words.txt")));
        this.homeSpokespeople = new ArabicHomeSpokespeople(res);
    }

    String behalfOf(AnnotatedArticle doc, String speaker, List<ActorMention> actors, LocalDate when) {
        Entity e = res.entity(doc, speaker);
        if (e == null) {
            return null;
        }
        if (e.type() == EntityType.PERSON) {
            // the title the text gives the person: in this sentence, else the office the article reports
            // him elected to, else the title given in the article (the Qatari minister of state introduced
            // once speaks for Qatar in every later "وقال الخليفي")
            String titled = titleIn(actors, speaker);
            String elected = titled == null ? electedTo(doc, speaker, when) : null;
            titled = titled != null ? titled : elected != null ? elected : titleIn(doc.get(Keys.ACTORS), speaker);
            if (titled != null) {
                return titled;
            }
            String held = e.affiliationId() != null ? e.affiliationId() : res.gazetteer.affiliationOn(e.id(), when).orElse(null);
            if (held != null) {
                return held;
            }
            // no office known: the body or state that qualifies the title right before the name
            // ("المتحدث باسم الكرملين دميتري بيسكوف" speaks for Russia)
            ActorMention qualifier = qualifierOf(doc, speaker, actors);
            // "السفير X، المتحدث الرسمي باسم وزارة الخارجية،": the ministry of the report's own country
            return qualifier == null ? homeSpokespeople.stateOf(doc, speaker, when) : behalfOf(doc, qualifier.entityId(), actors, when);
        }
        // a national body (a ministry, a state agency) speaks for its state; anything else for itself
        return e.type() == EntityType.ORGANIZATION && e.countryId() != null && !res.gazetteer.isMovement(e.id()) ? e.countryId() : e.id();
    }

    private static String titleIn(List<ActorMention> scope, String speaker) {
        for (ActorMention a : scope) {
            if (a.entityId().equals(speaker) && a.affiliationId() != null) {
                return a.affiliationId();
            }
        }
        return null;
    }

    /**
     * "انتخب القادة وزير الخارجية الجيبوتي محمود علي يوسف رئيسا لمفوضية الاتحاد … وقال يوسف عقب انتخابه":
     * the body of the person's office that begins within {@link #ELECT_DAYS} after the date, when a
     * sentence of the article names him with a word of election; else null. The office-elect speaks
     * for the body he was elected to, not for the state he served until then.
     */
    private String electedTo(AnnotatedArticle doc, String personId, LocalDate when) {
        if (when == null) {
            return null;
        }
        for (Entity.Office o : res.gazetteer.officesOf(personId)) {
            if (o.start() != null && o.start().isAfter(when) && !o.start().isAfter(when.plusDays(ELECT_DAYS))
                    && electionReported(doc, personId)) {
                return o.affiliationId();
            }
        }
        return null;
    }

    /** Days before a term begins within which the one elected to it already speaks for its body. */
    private static final int ELECT_DAYS = 60;

    private boolean electionReported(AnnotatedArticle doc, String personId) {
        NormalizedText text = res.folded(doc);
        for (ActorMention a : doc.get(Keys.ACTORS)) {
            if (!a.entityId().equals(personId)) {
                continue;
            }
            for (Sentence s : doc.get(Keys.SENTENCES)) {
                if (s.span().contains(a.span()) && res.tokenizer.tokens(text, s.start(), s.end()).stream()
                        .anyMatch(t -> res.clitics.readings(t).stream().anyMatch(r -> electionWords.contains(r.word())))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The non-person actor that ends at most {@link #TITLE_GAP} title words before the person's first mention. */
    private ActorMention qualifierOf(AnnotatedArticle doc, String personId, List<ActorMention> actors) {
        ActorMention person = actors.stream().filter(a -> a.entityId().equals(personId)).findFirst().orElse(null);
        if (person == null) {
            return null;
        }
        ActorMention best = null;
        for (ActorMention a : actors) {
            if (a.span().end() <= person.span().start() && (best == null || a.span().end() > best.span().end())) {
                best = a;
            }
        }
        if (best == null || res.isPerson(doc, best.entityId()) || res.gazetteer.isMedia(best.entityId())) {
            return null;
        }
        String gap = doc.text().substring(best.span().end(), person.span().start()).strip();
        if (gap.matches(".*[،,؛;:.«“\"(].*")) {
            return null;
        }
        String[] words = gap.isEmpty() ? new String[0] : Words.split(gap);
        if (words.length > TITLE_GAP) {
            return null;
        }
        for (String w : words) {
            if (!res.titleWord(res.normalizer.normalize(w))) {
                return null;
            }
        }
        return best;
    }
}
