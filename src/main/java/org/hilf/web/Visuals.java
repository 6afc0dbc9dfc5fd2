package org.hilf.web;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The containers of an entity page's network and timeline, and the timeline's filter form. The
 * drawing is done by {@code entity.js} from {@code /api/graph} and {@code /api/timeline}; the
 * containers carry what it needs as data attributes (escaped like any text). The filter is a
 * plain GET form, so a view ("NATO's meetings with IP4 members, 2022–2025") is a link.
 */
final class Visuals {
    private Visuals() { }

    static String graph(Node s) {
        return "<section id=\"graph-section\"><h2>Network</h2><p class=\"lead\">Actors and events around it. Click a node "
                + "to add its own neighbours; its page is linked below the graph.</p>"
                + "<div id=\"graph\" class=\"graph\" data-iri=\"" + Html.esc(s.getURI()) + "\"></div>"
                + "<p id=\"graph-info\" class=\"status\" role=\"status\"></p>"
                + "<ul class=\"legend\"><li class=\"lg-state\">state</li><li class=\"lg-person\">person</li>"
                + "<li class=\"lg-organization\">organization</li><li class=\"lg-alliance\">alliance</li>"
                + "<li class=\"lg-event\">event</li><li class=\"lg-planned\">planned event</li><li class=\"lg-place\">place</li></ul>"
                + "</section>";
    }

    static String timeline(DatasetGraph dsg, Node s, Timeline.Filter f) {
        StringBuilder b = new StringBuilder("<section id=\"timeline-section\"><h2>Timeline</h2>");
        b.append("<form class=\"filter\" method=\"get\" action=\"#timeline-section\"><label>Events <select name=\"kind\">");
        for (String k : Timeline.KINDS) {
            b.append("<option value=\"").append(k).append("\"").append(k.equals(f.kind()) ? " selected" : "").append(">")
                    .append(k.equals("all") ? "all" : k + "s").append("</option>");
        }
        b.append("</select></label> <label>with <select name=\"with\"><option value=\"\">anyone</option>");
        List<Timeline.Option> options = Timeline.options(dsg, s, 60);
        boolean groups = false;
        boolean actors = false;
        for (Timeline.Option o : options) {
            if (o.group() && !groups) {
                b.append("<optgroup label=\"members of a group\">");
                groups = true;
            } else if (!o.group() && !actors) {
                b.append(groups ? "</optgroup>" : "").append("<optgroup label=\"an actor\">");
                actors = true;
            }
            b.append("<option value=\"").append(Html.esc(o.iri().getURI())).append("\"")
                    .append(o.iri().equals(f.with()) ? " selected" : "").append(">")
                    .append(Html.esc(o.label())).append(o.group() ? " (members)" : "").append("</option>");
        }
        b.append(groups || actors ? "</optgroup>" : "").append("</select></label> <label>from <input type=\"number\" name=\"from\" min=\"1900\" max=\"2100\" value=\"")
                .append(f.from() == null ? "" : f.from()).append("\"></label> <label>to <input type=\"number\" name=\"to\" min=\"1900\" max=\"2100\" value=\"")
                .append(f.to() == null ? "" : f.to()).append("\"></label> <button type=\"submit\">Show</button></form>");
        suggestions(b, dsg, s, options);
        b.append("<div id=\"timeline\" class=\"timeline\" data-iri=\"").append(Html.esc(s.getURI())).append("\" data-kind=\"")
                .append(Html.esc(f.kind())).append("\" data-with=\"").append(f.with() == null ? "" : Html.esc(f.with().getURI()))
                .append("\" data-from=\"").append(f.from() == null ? "" : f.from()).append("\" data-to=\"")
                .append(f.to() == null ? "" : f.to()).append("\"></div>")
                .append("<p id=\"timeline-info\" class=\"status\" role=\"status\"></p>")
                .append("<ul class=\"legend\"><li class=\"lg-happened\">happened</li><li class=\"lg-tplanned\">planned</li>")
                .append("<li class=\"lg-year\">known only to the year</li></ul></section>");
        return b.toString();
    }

    /**
     * Ready-made views: for the groups most of its co-actors belong to, the meetings with their
     * members over the years they span (for NATO: "Meetings with members of Indo-Pacific Four,
     * 2022–2025", the Q1 question as a picture).
     */
    private static void suggestions(StringBuilder b, DatasetGraph dsg, Node s, List<Timeline.Option> options) {
        StringBuilder links = new StringBuilder();
        int n = 0;
        for (Timeline.Option o : options) {
            if (!o.group() || n == 3) {
                continue;
            }
            Timeline.Result r = Timeline.items(dsg, s, new Timeline.Filter("meeting", o.iri(), null, null));
            int[] span = Timeline.span(r.items());
            if (span == null) {
                continue;
            }
            n++;
            String years = span[0] == span[1] ? Integer.toString(span[0]) : span[0] + "–" + span[1];
            links.append(links.length() == 0 ? "" : " · ").append("<a href=\"?kind=meeting&amp;with=")
                    .append(Html.esc(java.net.URLEncoder.encode(o.iri().getURI(), java.nio.charset.StandardCharsets.UTF_8)))
                    .append("&amp;from=").append(span[0]).append("&amp;to=").append(span[1]).append("#timeline-section\">")
                    .append("Meetings with members of ").append(Html.esc(o.label())).append(", ").append(years)
                    .append(" (").append(r.items().size()).append(")</a>");
        }
        if (n > 0) {
            b.append("<p class=\"suggest\">Views: ").append(links).append("</p>");
        }
    }
}
