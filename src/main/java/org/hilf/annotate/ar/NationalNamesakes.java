package org.hilf.annotate.ar;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.hilf.annotate.Tsv;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Entity;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Sentence;

/**
 * A national body that bears an international organization's short name: "مجلس الأمن الروسي"،
 * "مجلس الأمن القومي الأرميني" are the states' security councils, and "مجلس الأمن الجماعي" the CSTO's,
 * not the UN Security Council. An international organization's mention followed at once by an adjective
 * of nationality, or by a word of namesake_words.txt ("القومي"، "الوطني"، "الجماعي"), is dropped: which national body it is the gazetteer does not tell, and a wrong
 * organization is worse than none. Stateless.
 */
final class NationalNamesakes {
    /** Words that make a body another (data/lexicon/ar/namesake_words.txt: "القومي"، "الجماعي"), folded. */
    private static final Set<String> NATIONAL = Set.copyOf(Tsv.words("lexicon/ar/namesake_words.txt").stream()
            .map(new ArabicNormalizer()::normalize).toList());

    private NationalNamesakes() { }

    static List<ActorMention> without(AnnotatedArticle doc, ArabicResources res, List<ActorMention> mentions) {
        NormalizedText text = res.folded(doc);
        List<ActorMention> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            ActorMention m = mentions.get(i);
            Entity e = m.role() == ActorMention.Role.NAME ? res.entity(doc, m.entityId()) : null;
            boolean international = e != null && e.type().isOrganization() && e.countryId() == null;
            if (international && (nationalityNext(doc.text(), m, i + 1 < mentions.size() ? mentions.get(i + 1) : null)
                    || NATIONAL.contains(nextWord(doc, res, text, m)))) {
                continue;
            }
            out.add(m);
        }
        return out;
    }

    /** The next mention is an adjective of nationality right after this one ("مجلس الأمن الروسي"). */
    private static boolean nationalityNext(String text, ActorMention m, ActorMention next) {
        return next != null && next.role() == ActorMention.Role.ATTRIBUTE && next.entityId().startsWith("state/")
                && text.substring(m.span().end(), next.span().start()).isBlank();
    }

    /** The folded word after the mention in its sentence (the sentence's tokens, made once per article), or "". */
    private static String nextWord(AnnotatedArticle doc, ArabicResources res, NormalizedText text, ActorMention m) {
        for (Sentence s : doc.get(Keys.SENTENCES)) {
            if (s.span().contains(m.span())) {
                List<Token> tokens = res.tokenizer.tokens(text, s.start(), s.end());
                int next = Tokenizer.indexAt(tokens, m.span().end() - 1) + 1;
                return next < tokens.size() ? tokens.get(next).text() : "";
            }
        }
        return "";
    }
}
