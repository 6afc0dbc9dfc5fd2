package org.hilf.graph;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.DateMention;
import org.hilf.annotate.Entity;
import org.hilf.annotate.EntityType;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.Gazetteer;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.StatementMention;
import org.hilf.annotate.TieMention;
import org.hilf.read.Article;

/**
 * Maps an annotated article onto the core vocabulary, as quads of the article's own named graph
 * (the article's IRI). Emits into any {@link StreamRDF}: the store's write transaction, a file
 * writer, a test's collector. Deterministic: the same article gives the same quads.
 * Thread-safe: holds only the (immutable) gazetteer.
 */
public final class ArticleMapper {
    private final Gazetteer gazetteer;

    public ArticleMapper(Gazetteer gazetteer) { this.gazetteer = gazetteer; }

    /** The IRI of an article's graph (and of the article itself). */
    public static Node graphOf(Article a) { return Iris.article(a.key()); }

    public void map(AnnotatedArticle doc, StreamRDF out) {
        Article a = doc.article();
        Node article = graphOf(a);
        Emitter e = new Emitter(out, article);
        article(a, doc.get(Keys.ANCHOR), article, e);
        Set<String> described = new HashSet<>();
        for (Entity ent : doc.get(Keys.NEW_ENTITIES).values()) {
            describe(ent, e);
            described.add(ent.id());
        }
        List<Sentence> sentences = doc.get(Keys.SENTENCES);
        for (ActorMention m : doc.get(Keys.ACTORS)) {
            Node actor = Iris.entity(m.entityId());
            e.add(actor, Vocab.EVIDENCE, actorEvidence(doc, m, sentenceOf(sentences, m.span().start()), e));
            if (m.role() == ActorMention.Role.NAME) {
                e.text(actor, Vocab.ALT_LABEL, m.surface(), a.language());
            }
            if (m.title() != null && m.role() == ActorMention.Role.NAME) {
                e.text(actor, Vocab.TITLE, m.title(), a.language());
                if (m.affiliationId() != null) {
                    e.add(actor, Vocab.AFFILIATION, Iris.entity(m.affiliationId()));
                }
            }
        }
        for (EventMention ev : doc.get(Keys.EVENTS)) {
            event(doc, ev, e, described);
        }
        for (StatementMention st : doc.get(Keys.STATEMENTS)) {
            statement(doc, st, e);
        }
        // A tie the article speaks of, in the article's own graph: the graph is its provenance.
        for (TieMention t : doc.get(Keys.TIES)) {
            e.add(Iris.entity(t.memberId()), MembershipMapper.property(t.relation()), Iris.entity(t.organizationId()));
        }
    }

    /**
     * A statement: its speakers, the bodies they spoke for, whom it is about, the words quoted.
     * Undated in its sentence, it is dated by the article's year (hilf:dateBasis "publication"):
     * said no later than it was reported.
     */
    private static void statement(AnnotatedArticle doc, StatementMention st, Emitter e) {
        Node s = Iris.event("Statement|" + doc.article().key() + "|" + st.sentence().start() + "|" + st.trigger().start());
        e.eventTypes(s, "Statement");
        String lang = doc.article().language();
        st.speakers().forEach(p -> e.add(s, Vocab.SPEAKER, Iris.entity(p)));
        st.onBehalfOf().forEach(p -> e.add(s, Vocab.ON_BEHALF_OF, Iris.entity(p)));
        st.about().forEach(p -> e.add(s, Vocab.ABOUT, Iris.entity(p)));
        st.quotes().forEach(q -> e.text(s, Vocab.QUOTE, q, lang));
        DateMention d = st.date();
        if (d != null && d.resolved()) {
            dates(s, d, e, lang);
            e.text(s, Vocab.DATE_BASIS, "text", null);
        } else if (doc.get(Keys.ANCHOR).date() != null) {
            e.integer(s, Vocab.YEAR, doc.get(Keys.ANCHOR).date().getYear());
            e.text(s, Vocab.DATE_BASIS, "publication", null);
        }
        e.bool(s, Vocab.PLANNED, st.planned());
        e.text(s, Vocab.TRIGGER, doc.text().substring(st.trigger().start(), st.trigger().end()), lang);
        e.add(s, Vocab.EVIDENCE, sentence(doc, st.sentence(), e));
    }

    /** Day dates, the year when the expression lies within one, the granularity and the words. */
    private static void dates(Node s, DateMention d, Emitter e, String lang) {
        if (d.granularity() == DateMention.Granularity.DAY) {
            e.date(s, Vocab.START_DATE, d.start());
            e.date(s, Vocab.END_DATE, d.end());
        }
        if (d.start().getYear() == d.end().getYear()) {
            e.integer(s, Vocab.YEAR, d.start().getYear());
        }
        e.text(s, Vocab.GRANULARITY, d.granularity().name().toLowerCase(java.util.Locale.ROOT), null);
        e.text(s, Vocab.DATE_TEXT, d.text(), lang);
    }

    /** The article; without a publication date of its own, the one derived from its text, so marked. */
    private static void article(Article a, org.hilf.annotate.Anchor anchor, Node s, Emitter e) {
        e.add(s, Vocab.TYPE, Vocab.ARTICLE);
        e.text(s, Vocab.DCT_TITLE, a.title(), a.language().equals("und") ? null : a.language());
        if (a.published() != null) {
            e.date(s, Vocab.DCT_ISSUED, a.published());
            e.text(s, Vocab.ISSUED_BASIS, a.publishedBasis().label, null);
        } else if (anchor.derived() && anchor.date() != null) {
            e.date(s, Vocab.DCT_ISSUED, anchor.date());
            e.text(s, Vocab.ISSUED_BASIS, Article.DateBasis.DERIVED_FROM_TEXT.label, null);
        }
        e.text(s, Vocab.DCT_LANGUAGE, a.language(), null);
        e.text(s, Vocab.DCT_SOURCE, a.sourceName(), null);
        e.text(s, Vocab.DCT_PUBLISHER, a.outlet(), null); // the outlet, as the manifest or the page names it
        e.text(s, Vocab.SOURCE_PATH, a.sourcePath(), null);
        if (a.sourceUrl() != null) {
            e.add(s, Vocab.SCHEMA_URL, NodeFactory.createLiteralDT(a.sourceUrl(), XSDDatatype.XSDanyURI));
        }
    }

    /** An entity the annotator met first in this article: a titled new person, a ministry. */
    private static void describe(Entity ent, Emitter e) {
        Node s = Iris.entity(ent.id());
        e.types(s, ent.type());
        e.text(s, Vocab.LABEL, ent.labelAr(), "ar");
        e.text(s, Vocab.LABEL, ent.labelEn(), "en");
        if (ent.countryId() != null) {
            e.add(s, Vocab.COUNTRY, Iris.entity(ent.countryId()));
        }
        if (ent.affiliationId() != null) {
            e.add(s, Vocab.AFFILIATION, Iris.entity(ent.affiliationId()));
        }
        // a person first met in an English article has an English name and title only
        e.text(s, Vocab.TITLE, ent.title(), ent.labelAr() == null && ent.labelEn() != null ? "en" : "ar");
    }

    /**
     * The evidence of an actor's mention. A name read with full confidence is evidenced by its
     * sentence, the one resource the article's facts of that sentence share: its words are the
     * actor's skos:altLabel in the same graph, which is how a reader finds them in the sentence.
     * Any other mention (a name read by its sound or by a title, an adjective, a place) keeps a
     * resource of its own with its words, offsets and confidence, which the sentence cannot say.
     */
    private static Node actorEvidence(AnnotatedArticle doc, ActorMention m, Sentence sentence, Emitter e) {
        if (sentence != null && m.role() == ActorMention.Role.NAME && m.confidence() >= 1.0
                && m.surface() != null && !m.surface().isBlank()) {
            return sentence(doc, sentence, e);
        }
        Node mention = mention(doc, m.span().start(), m.span().end(), sentence, e);
        e.text(mention, Vocab.SURFACE, m.surface(), null);
        if (m.confidence() < 1.0) {
            e.decimal(mention, Vocab.CONFIDENCE, m.confidence());
        }
        return mention;
    }

    /** A sentence as a mention: once per article, however many facts it is the evidence of (the emitter drops repeats). */
    private static Node sentence(AnnotatedArticle doc, Sentence sentence, Emitter e) {
        return mention(doc, sentence.start(), sentence.end(), sentence, e);
    }

    private static Node mention(AnnotatedArticle doc, int start, int end, Sentence sentence, Emitter e) {
        Node m = Iris.mention(doc.article().key(), start, end);
        if (!e.firstTime(m)) {
            return m;
        }
        e.add(m, Vocab.TYPE, Vocab.MENTION);
        e.add(m, Vocab.ARTICLE_P, e.graph()); // the article's graph: its IRI made once per article, not per mention
        e.text(m, Vocab.TEXT, sentence == null ? doc.text().substring(start, end) : sentence.text(doc.text()), null);
        e.integer(m, Vocab.START, start);
        e.integer(m, Vocab.END, end);
        return m;
    }

    private static Sentence sentenceOf(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (offset >= s.start() && offset < s.end()) { // as s.span().contains(offset), without a Span per sentence and mention
                return s;
            }
        }
        return null;
    }

    private void event(AnnotatedArticle doc, EventMention ev, Emitter e, Set<String> described) {
        Node s = Iris.event(identity(doc, ev));
        e.eventTypes(s, ev.type());
        for (String p : ev.participants()) {
            e.add(s, Vocab.PARTICIPANT, Iris.entity(p));
        }
        if (ev.visitor() != null) {
            e.add(s, Vocab.VISITOR, Iris.entity(ev.visitor()));
        }
        if (ev.host() != null) {
            for (String h : ev.host().split(" ")) {
                e.add(s, Vocab.HOST, Iris.entity(h));
            }
        }
        if (ev.placeId() != null) {
            Node place = Iris.entity(ev.placeId());
            e.add(s, Vocab.PLACE_P, place);
            statePlace(ev.placeId(), e, described);
        }
        DateMention d = ev.date();
        if (d != null && d.resolved()) {
            dates(s, d, e, doc.article().language());
            e.text(s, Vocab.DATE_BASIS, ev.dateBasis(), null);
        } else if (d != null) {
            e.text(s, Vocab.DATE_TEXT, d.text(), doc.article().language());
            e.bool(s, Vocab.DATE_RESOLVED, false);
        } else if (doc.get(Keys.ANCHOR).date() != null) {
            // news reports what is recent: an undated event is of the article's year, so marked
            e.integer(s, Vocab.YEAR, doc.get(Keys.ANCHOR).date().getYear());
            e.text(s, Vocab.DATE_BASIS, "publication", null);
        }
        e.bool(s, Vocab.PLANNED, ev.planned());
        e.text(s, Vocab.TRIGGER, doc.text().substring(ev.trigger().start(), ev.trigger().end()), doc.article().language());
        for (Sentence sent : ev.allSentences()) {
            e.add(s, Vocab.EVIDENCE, sentence(doc, sent, e));
        }
    }

    /** A state named as a location gets a place of its own: its territory, in the state. */
    private void statePlace(String placeId, Emitter e, Set<String> described) {
        if (!placeId.startsWith("place/state-") || !described.add(placeId)) {
            return;
        }
        String iso = placeId.substring("place/state-".length());
        Entity state = gazetteer.entity(Gazetteer.stateId(iso)).orElse(null);
        Node s = Iris.entity(placeId);
        e.types(s, EntityType.PLACE);
        if (state != null) {
            e.text(s, Vocab.LABEL, state.labelAr(), "ar");
            e.text(s, Vocab.LABEL, state.labelEn(), "en");
            e.add(s, Vocab.COUNTRY, Iris.entity(state.id()));
        }
    }

    /**
     * What makes two reports the same event: a summit is its organizer's summit of that year and place; any
     * other event with a known day is its type, participants and day, in whichever article; the
     * rest stay the event of their own sentence.
     */
    static String identity(AnnotatedArticle doc, EventMention ev) {
        DateMention d = ev.date();
        boolean day = d != null && d.resolved() && d.granularity() == DateMention.Granularity.DAY;
        // a summit is one event across articles only when the reference table places it
        // (its organizer's summit of that year, in that city); a summit the table does not know stays
        // its article's own, so that two reports of "a NATO summit" never fold into one; one held with
        // partners ("the ASEAN-Japan summit") is not its organizer's own summit
        if (ev.type().equals("Summit") && ev.organizerId() != null && ev.placeId() != null && d != null && d.resolved()
                && d.start().getYear() == d.end().getYear()) {
            return "Summit|" + String.join("+", ev.summitSides()) + "|" + d.start().getYear() + "|" + ev.placeId() + "|" + ev.planned();
        }
        if (day) {
            return ev.type() + "|" + new TreeSet<>(ev.participants()) + "|" + d.start() + "|" + d.end() + "|" + ev.planned();
        }
        // a visit to several states is one visit per host, all reported by one sentence; "separate talks
        // with X and with Y" are two meetings of one sentence, each with its own trigger, as are "التقى X
        // كلا من Y وZ، كلا على حدة" with one trigger and their own sides
        return ev.type() + "|" + doc.article().key() + "|" + ev.sentence().start() + "|" + (d == null ? "" : d.start())
                + (ev.host() == null ? "" : "|" + ev.host())
                + (ev.type().equals("Meeting") ? "|" + ev.trigger().start() + "|" + new TreeSet<>(ev.participants()) : "");
    }
}
