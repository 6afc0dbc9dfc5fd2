package org.hilf.annotate.ar;

import java.util.List;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.StatementMention;

/**
 * Who a word of speech of an Arabic sentence introduces, by the kind of source it names: the source
 * an agency relays ("نقلت الوكالة عن …"), the source after "بحسب", a document and its issuer, the
 * group or the two sides of the encounter just reported, an unnamed official's side, else the
 * subject after the verb ({@link ArabicSpeakers}). Stateless and thread-safe.
 */
final class ArabicStatementSources {
    private final ArabicDocuments documents;
    private final ArabicSpeakers speakerFinder;
    private final ArabicUnnamedSources unnamedSources;

    ArabicStatementSources(ArabicDocuments documents, ArabicSpeakers speakerFinder, ArabicUnnamedSources unnamedSources) {
        this.documents = documents;
        this.speakerFinder = speakerFinder;
        this.unnamedSources = unnamedSources;
    }

    /**
     * The speakers the word of speech at token w introduces: the source an agency relays; the source
     * "بحسب" names; the issuer of a document that is the verb's subject or the word itself; an unnamed
     * official; else the subject after the word (empty when none). Null: the sentence reports no
     * statement (a document or source whose issuer cannot be told, a source that is only the media).
     */
    List<String> speakersOf(AnnotatedArticle doc, Sentence s, List<Token> tokens, int w, ArabicSpeechWords.Word word,
                                    List<ActorMention> actors, List<StatementMention> earlier) {
        int afterWord = w + word.tokens().size();
        switch (word.kind()) {
            case "relay":
                return unnamedSources.relayed(doc, speakerFinder.relayed(doc, tokens, afterWord, actors), tokens, afterWord, actors);
            case "according":
                return documents.according(doc, s, tokens, afterWord, actors, speakerFinder);
            default:
                break;
        }
        boolean verb = word.kind().equals("verb");
        List<String> declared = verb ? documents.relativeTo(doc, s, tokens, w, doc.get(Keys.ACTORS)) : null;
        if (declared != null) {
            return declared.isEmpty() ? null : declared; // "“إعلان قازان” الذي دعا إلى …": the declaration speaks
        }
        int at = verb ? afterWord : w;
        List<String> issued = documents.issuersAt(doc, s, tokens, at, actors, verb);
        if (issued != null && issued.isEmpty() && !earlier.isEmpty() && tokens.get(at).text().startsWith("ال")
                && documents.plainAt(tokens, at)) {
            // "وشدد البيان على …": the statement named just before; never "البيان الختامي" of a gathering
            StatementMention last = earlier.get(earlier.size() - 1);
            return s.index() - last.sentence().index() <= 3 ? last.speakers() : null;
        }
        if (issued != null) {
            return issued.isEmpty() ? null : issued;
        }
        List<String> group = verb ? documents.groupAt(doc, s, tokens, afterWord) : null;
        List<String> inDocument = verb ? documents.documentBefore(doc, s, tokens, w, afterWord) : null;
        if (inDocument != null) {
            return inDocument;
        }
        if (verb && speakerFinder.dualAt(tokens, afterWord)) {
            List<String> issuers = documents.documentAfterSubject(doc, s, tokens, afterWord);
            if (issuers != null) {
                return issuers;
            }
        }
        if (group != null) {
            return group.isEmpty() ? null : group;
        }
        String unnamed = unnamedSources.sideOf(doc, tokens, afterWord, actors);
        if (verb && unnamedSources.sideless(doc, tokens, afterWord, actors)) {
            return null; // "وقال مسؤول، طلب عدم نشر اسمه، إن …": an unnamed source of no known side says nothing we can place
        }
        if (unnamed != null) {
            return List.of(unnamed);
        }
        List<String> subject = speakerFinder.speakers(doc, tokens, afterWord, actors, tokens.get(afterWord - 1).end(), earlier);
        return verb && documents.officeHeadAt(tokens, afterWord) ? officeOf(tokens, afterWord, subject, actors) : subject;
    }

    /**
     * "وأعلن مكتب رئيس الوزراء العراقي أن …": the office of the person named right after its head
     * word (office_heads.txt) speaks as the state of the person's title; the person said nothing.
     * The subject stays when the title names no state.
     */
    private static List<String> officeOf(List<Token> tokens, int head, List<String> subject, List<ActorMention> actors) {
        int next = tokens.get(head).end();
        for (ActorMention a : actors) {
            if (subject.contains(a.entityId()) && a.span().start() > next && a.span().start() <= next + 1
                    && a.affiliationId() != null && a.affiliationId().startsWith("state/")) {
                return List.of(a.affiliationId());
            }
        }
        return subject;
    }
}
