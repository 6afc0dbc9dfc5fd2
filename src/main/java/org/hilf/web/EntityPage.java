package org.hilf.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.hilf.graph.Vocab;

/**
 * The HTML page of one resource: what it is called, what the graph says of it, and for each
 * statement the sources that make it (numbered: an article, with the sentences that are the
 * evidence, or the reference data). Actors get their events, a network and a timeline; events
 * their actors and sentence. Built inside a read transaction; all text goes through {@link Html}.
 */
final class EntityPage {
    record Page(String title, String body, String[] styles, String[] scripts) { }

    /** Facts shown elsewhere on the page (header, sources) or that are plumbing. */
    private static final Set<Node> NOT_FACTS = Set.of(Vocab.TYPE, Vocab.LABEL, Vocab.ALT_LABEL, Vocab.EVIDENCE, Vocab.SAME_AS);
    private static final Map<Node, String> TIE_TITLES = Map.of(Vocab.MEMBER_OF, "Members", Vocab.PARTNER_OF, "Partners",
            Vocab.AFFILIATION, "People and bodies acting for it", Vocab.COUNTRY, "Places and bodies of this state");
    static final int MAX_ROWS = 200;
    static final int SHOWN_SENTENCES = 3;
    static final int MAX_SENTENCES = 50;
    /** Articles that only mention s are listed up to this many sources in all (a big store mentions NATO everywhere). */
    static final int MAX_SOURCES = 100;

    private final DatasetGraph dsg;
    private final Node s;
    private final Timeline.Filter filter;
    private final boolean kindChosen;
    private final Map<Node, Integer> sources = new LinkedHashMap<>();

    /** {@code kindChosen}: the request named the timeline's kind; else meetings are preferred. */
    EntityPage(DatasetGraph dsg, Node s, Timeline.Filter filter, boolean kindChosen) {
        this.dsg = dsg;
        this.s = s;
        this.filter = filter;
        this.kindChosen = kindChosen;
    }

    Page render() {
        String kind = Look.kind(dsg, s);
        String name = Look.name(dsg, s);
        StringBuilder b = new StringBuilder();
        header(b, kind, name);
        facts(b);
        boolean actor = Look.isActor(kind);
        if (kind.equals("mention")) {
            Node g = Look.first(dsg, s, Vocab.ARTICLE_P);
            Evidence.Sentence sentence = g == null ? null : Evidence.sentence(dsg, g, s, List.of());
            if (sentence != null) {
                b.append("<section><h2>The sentence</h2>").append(Evidence.source(dsg, g).html()).append(sentence.html())
                        .append("</section>");
            }
        }
        boolean visual = actor || Look.isEvent(kind) || kind.equals("place");
        if (visual) {
            b.append(Visuals.graph(s));
        }
        if (actor) {
            b.append(Visuals.timeline(dsg, s, kindChosen ? filter : Timeline.preferMeetings(dsg, s, filter)));
            b.append(EventList.ofActor(dsg, s));
        }
        if (kind.equals("article")) {
            b.append(EventList.ofArticle(dsg, s));
        }
        ties(b);
        evidenceGraphs();
        sources(b);
        String title = Look.isEvent(kind) ? Look.kindLabel(kind) + " " + Look.date(dsg, s) : name;
        return new Page(title, b.toString(),
                visual ? new String[] {"/assets/lib/vis-timeline.css"} : new String[0],
                visual ? new String[] {"/assets/lib/cytoscape.js", "/assets/lib/vis-timeline.js", "/assets/hilf/entity.js"}
                        : new String[0]);
    }

    private void header(StringBuilder b, String kind, String name) {
        String en = Look.label(dsg, s, "en");
        String ar = Look.label(dsg, s, "ar");
        b.append("<section class=\"entity-head kind-").append(kind).append("\"><p><span class=\"badge kind-").append(kind)
                .append("\">").append(Look.kindLabel(kind)).append("</span>");
        if (Look.isEvent(kind) && Look.planned(dsg, s)) {
            b.append(" <span class=\"badge planned\">planned</span>");
        }
        b.append("</p><h1 id=\"entity-name\">");
        if (en != null || ar != null) {
            b.append(en != null ? "<span lang=\"en\">" + Html.esc(en) + "</span>" : "");
            b.append(ar != null ? " <span class=\"ar\" dir=\"rtl\" lang=\"ar\">" + Html.esc(ar) + "</span>" : "");
        } else {
            b.append(Html.text(Look.isEvent(kind) ? Look.kindLabel(kind) + " · " + Look.date(dsg, s) : name));
        }
        b.append("</h1><p class=\"iri\"><code>").append(Html.esc(s.getURI())).append("</code> · ")
                .append("<a href=\"?format=turtle\">Turtle</a> · <a href=\"?format=jsonld\">JSON-LD</a>");
        for (Node same : Look.objects(dsg, s, Vocab.SAME_AS)) {
            String link = same.isURI() ? Html.href(same.getURI()) : null;
            if (link != null) {
                b.append(" · same as <a class=\"external\" rel=\"noopener noreferrer\" href=\"").append(link).append("\">")
                        .append(Html.esc(same.getURI())).append("</a>");
            }
        }
        b.append("</p>");
        Set<String> also = new LinkedHashSet<>();
        for (Node l : Look.objects(dsg, s, Vocab.ALT_LABEL)) {
            String t = l.getLiteralLexicalForm();
            if (!t.equals(en) && !t.equals(ar) && also.size() < 60) {
                also.add(t);
            }
        }
        if (!also.isEmpty()) {
            b.append("<p class=\"also\">Also written: ");
            List<String> parts = new ArrayList<>();
            also.forEach(t -> parts.add("<span class=\"alt\" dir=\"" + Html.dir(t) + "\">" + Html.esc(t) + "</span>"));
            b.append(String.join(" · ", parts)).append("</p>");
        }
        b.append("</section>");
    }

    /** What the graph says of s: each (property, value), with the numbers of the sources that say it. */
    private void facts(StringBuilder b) {
        Map<String, Node[]> rows = new TreeMap<>();
        Map<String, Set<Node>> graphs = new LinkedHashMap<>();
        dsg.find(Node.ANY, s, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (NOT_FACTS.contains(q.getPredicate()) || rows.size() >= MAX_ROWS || q.getGraph().equals(Vocab.PEOPLE_GRAPH)) {
                return;
            }
            String key = Look.termLabel(dsg, q.getPredicate()) + "\u0000" + Look.name(dsg, q.getObject()) + "\u0000" + q.getObject();
            rows.putIfAbsent(key, new Node[] {q.getPredicate(), q.getObject()});
            graphs.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(q.getGraph());
        });
        if (rows.isEmpty()) {
            return;
        }
        b.append("<section id=\"facts\"><h2>What the graph says</h2><table class=\"facts\"><tbody>");
        for (Map.Entry<String, Node[]> r : rows.entrySet()) {
            b.append("<tr><th>").append(Html.esc(Look.termLabel(dsg, r.getValue()[0]))).append("</th><td>")
                    .append(value(r.getValue()[1])).append("</td><td class=\"refs\">").append(refs(graphs.get(r.getKey())))
                    .append("</td></tr>");
        }
        b.append("</tbody></table></section>");
    }

    /** The ties that point at s: its members, partners, the people acting for it. */
    private void ties(StringBuilder b) {
        for (Node p : Look.TIES) {
            Map<Node, Set<Node>> from = new LinkedHashMap<>();
            dsg.find(Node.ANY, Node.ANY, p, s).forEachRemaining(q -> {
                if (q.getGraph().equals(Vocab.PEOPLE_GRAPH)) {
                    return; // a summary of the articles, not a source
                }
                if (from.size() < MAX_ROWS || from.containsKey(q.getSubject())) {
                    from.computeIfAbsent(q.getSubject(), k -> new LinkedHashSet<>()).add(q.getGraph());
                }
            });
            if (from.isEmpty()) {
                continue;
            }
            b.append("<section class=\"ties\"><h2>").append(Html.esc(TIE_TITLES.get(p))).append(" <small>(").append(from.size())
                    .append(")</small></h2><ul class=\"ties\">");
            from.forEach((x, gs) -> b.append("<li>").append(EventList.link(dsg, x)).append(" ").append(refs(gs)).append("</li>"));
            b.append("</ul></section>");
        }
    }

    /** Articles that mention s are its sources even when they state no fact of it (up to {@link #MAX_SOURCES}). */
    private void evidenceGraphs() {
        for (Node g : EventList.graphsWithEvidence(dsg, s, MAX_SOURCES)) {
            if (sources.size() >= MAX_SOURCES) {
                break;
            }
            sources.computeIfAbsent(g, x -> sources.size() + 1);
        }
    }

    private void sources(StringBuilder b) {
        if (sources.isEmpty()) {
            return;
        }
        b.append("<section id=\"sources\"><h2>Sources</h2><ol class=\"sources\">");
        for (Map.Entry<Node, Integer> e : sources.entrySet()) {
            Node g = e.getKey();
            b.append("<li id=\"src-").append(e.getValue()).append("\" value=\"").append(e.getValue()).append("\">");
            if (!Look.isArticle(dsg, g)) {
                b.append("the reference data (").append(Html.esc(Look.local(g))).append(")</li>");
                continue;
            }
            b.append(Evidence.source(dsg, g).html());
            List<Evidence.Sentence> sentences = Evidence.of(dsg, g, s);
            int n = 0;
            for (Evidence.Sentence x : sentences) {
                if (n == SHOWN_SENTENCES) {
                    b.append("<details><summary>").append(sentences.size() - SHOWN_SENTENCES).append(" more</summary>");
                }
                if (n++ == MAX_SENTENCES) {
                    break;
                }
                b.append(x.html());
            }
            b.append(n > SHOWN_SENTENCES ? "</details>" : "").append("</li>");
        }
        b.append("</ol></section>");
    }

    private String refs(Set<Node> graphs) {
        StringBuilder b = new StringBuilder();
        for (Node g : graphs) {
            int n = sources.computeIfAbsent(g, x -> sources.size() + 1);
            b.append("<a class=\"ref\" href=\"#src-").append(n).append("\">[").append(n).append("]</a>");
        }
        return b.toString();
    }

    /** A value: a link for a resource of the store, an outward link for a web address, else the text. */
    private String value(Node o) {
        if (o.isURI()) {
            if (Look.path(o) != null) {
                return EventList.link(dsg, o);
            }
            String link = Html.href(o.getURI());
            return link != null ? "<a class=\"external\" rel=\"noopener noreferrer\" href=\"" + link + "\">"
                    + Html.esc(o.getURI()) + "</a>" : Html.esc(o.getURI());
        }
        if (o.isLiteral()) {
            String lang = o.getLiteralLanguage();
            return Html.text(o.getLiteralLexicalForm()) + (lang.isEmpty() ? "" : " <small>@" + Html.esc(lang) + "</small>");
        }
        return Html.esc(o.toString());
    }
}
