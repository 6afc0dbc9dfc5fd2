package org.hilf.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.hilf.graph.Vocab;

/**
 * Events as the entity pages list them: kind, date, planned or not, the actors and the place,
 * and why the graph says so: the article and the sentence, its trigger word marked. Callers hold
 * a read transaction.
 */
final class EventList {
    /** At most this many events are listed on a page; the timeline and SPARQL show the rest. */
    static final int MAX = 100;
    /** At most this many articles are quoted per event. */
    static final int MAX_SOURCES = 2;

    private EventList() { }

    /** The events of an actor (every role), latest first. */
    static String ofActor(DatasetGraph dsg, Node actor) {
        List<Node> events = new ArrayList<>(Timeline.events(dsg, actor));
        return render(dsg, events, actor, "Events", "The events the articles report with "
                + Html.esc(Look.name(dsg, actor)) + " taking part, speaking or spoken of, latest first.");
    }

    /** The events an article reports, latest first. */
    static String ofArticle(DatasetGraph dsg, Node article) {
        List<Node> events = new ArrayList<>();
        dsg.find(article, Node.ANY, Vocab.TYPE, Vocab.EVENT).forEachRemaining(q -> events.add(q.getSubject()));
        return render(dsg, events, null, "Events in this article", "What the annotator found in this article.");
    }

    private static String render(DatasetGraph dsg, List<Node> events, Node actor, String title, String lead) {
        if (events.isEmpty()) {
            return "";
        }
        events.sort(Comparator.comparing((Node e) -> Look.date(dsg, e)).reversed().thenComparing((Node e) -> e.toString()));
        StringBuilder b = new StringBuilder("<section id=\"events\"><h2>").append(Html.esc(title)).append(" <small>(")
                .append(events.size()).append(")</small></h2><p class=\"lead\">").append(lead).append("</p>");
        for (Node e : events.subList(0, Math.min(MAX, events.size()))) {
            b.append(event(dsg, e, actor));
        }
        if (events.size() > MAX) {
            b.append("<p>… and ").append(events.size() - MAX).append(" more: see the timeline, or ask the SPARQL editor.</p>");
        }
        return b.append("</section>").toString();
    }

    /** One event, with the sentences of up to {@link #MAX_SOURCES} articles that report it. */
    static String event(DatasetGraph dsg, Node e, Node actor) {
        String kind = Look.kind(dsg, e);
        boolean planned = Look.planned(dsg, e);
        StringBuilder b = new StringBuilder("<article class=\"event kind-").append(kind).append(planned ? " planned" : "")
                .append("\"><h3><a href=\"").append(Html.esc(Look.path(e))).append("\">").append(Look.kindLabel(kind))
                .append("</a> · <time>").append(Html.text(Look.date(dsg, e))).append("</time>");
        if (planned) {
            b.append(" <span class=\"badge planned\">planned</span>");
        }
        if (actor != null) {
            List<String> roles = new ArrayList<>();
            for (Node role : Look.ROLES) {
                if (Look.has(dsg, e, role, actor)) {
                    roles.add(Look.local(role));
                }
            }
            if (roles.size() > 1) {
                roles.remove("participant"); // a host or visitor is a participant too: say the specific role
            }
            b.append(" <span class=\"role\">as ").append(Html.esc(String.join(", ", roles))).append("</span>");
        }
        b.append("</h3><p class=\"actors\">");
        List<String> names = new ArrayList<>();
        for (Node x : Timeline.actors(dsg, e, actor)) {
            names.add(link(dsg, x));
        }
        b.append(names.isEmpty() ? "" : (actor == null ? "" : "With ") + String.join(", ", names));
        for (Node place : Look.objects(dsg, e, Vocab.PLACE_P)) {
            b.append(" · in ").append(link(dsg, place));
        }
        b.append("</p>");
        int quoted = 0;
        for (Node g : graphsWithEvidence(dsg, e, MAX_SOURCES + 1)) {
            if (quoted++ == MAX_SOURCES) {
                break;
            }
            List<Evidence.Sentence> sentences = Evidence.of(dsg, g, e);
            if (!sentences.isEmpty()) {
                b.append("<div class=\"why\">").append(Evidence.source(dsg, g).html()).append(sentences.get(0).html()).append("</div>");
            }
        }
        return b.append("</article>").toString();
    }

    /**
     * The first {@code max} graphs that hold evidence for r, in index order: the read stops there
     * (a person or an alliance has evidence in tens of thousands of articles of a big store).
     */
    static List<Node> graphsWithEvidence(DatasetGraph dsg, Node r, int max) {
        java.util.Set<Node> out = new java.util.LinkedHashSet<>();
        java.util.Iterator<org.apache.jena.sparql.core.Quad> it = dsg.find(Node.ANY, r, Vocab.EVIDENCE, Node.ANY);
        while (it.hasNext() && out.size() < max) {
            out.add(it.next().getGraph());
        }
        return new ArrayList<>(out);
    }

    /** A link to a resource's page, named and styled by its kind. */
    static String link(DatasetGraph dsg, Node n) {
        String path = Look.path(n);
        String name = Html.text(Look.name(dsg, n));
        return path == null ? name : "<a class=\"kind-" + Look.kind(dsg, n) + "\" href=\"" + Html.esc(path) + "\">" + name + "</a>";
    }
}
