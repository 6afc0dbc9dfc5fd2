// An entity page's pictures: the network of actors and events around it (Cytoscape.js, from
// /api/graph, a click on a node adds that node's neighbours) and its events on a time axis
// (vis.js Timeline, from /api/timeline). Labels come from the store and are untrusted: they are
// drawn on a canvas (Cytoscape) or set as text content (timeline items), never parsed as HTML.
(function () {
  'use strict';

  function api(route, params) {
    var q = Object.keys(params).filter(function (k) { return params[k]; })
      .map(function (k) { return k + '=' + encodeURIComponent(params[k]); }).join('&');
    return fetch('/api/' + route + '?' + q).then(function (r) {
      if (!r.ok) {
        throw new Error('/api/' + route + ' answered ' + r.status);
      }
      return r.json();
    });
  }

  function short(label) {
    return label.length > 28 ? label.substring(0, 27) + '…' : label;
  }

  // ---- the network -------------------------------------------------------------------------
  var graphEl = document.getElementById('graph');
  if (graphEl && window.cytoscape) {
    var info = document.getElementById('graph-info');
    var expanded = {};
    var cy = window.cytoscape({
      container: graphEl,
      minZoom: 0.2,
      maxZoom: 3,
      wheelSensitivity: 0.3,
      style: [
        { selector: 'node', style: { label: 'data(label)', 'font-size': 9, 'text-valign': 'bottom', 'text-margin-y': 3,
          'text-wrap': 'wrap', 'text-max-width': 90, width: 20, height: 20, 'background-color': '#718096',
          'border-width': 1, 'border-color': '#2d3748' } },
        { selector: 'node.state', style: { shape: 'round-rectangle', 'background-color': '#2b6cb0' } },
        { selector: 'node.person', style: { shape: 'ellipse', 'background-color': '#2f855a' } },
        { selector: 'node.organization', style: { shape: 'hexagon', 'background-color': '#dd6b20' } },
        { selector: 'node.alliance', style: { shape: 'star', 'background-color': '#6b46c1', width: 26, height: 26 } },
        { selector: 'node.event', style: { shape: 'diamond', 'background-color': '#c53030', width: 16, height: 16 } },
        { selector: 'node.planned', style: { 'background-color': '#fed7d7', 'border-style': 'dashed', 'border-width': 2,
          'border-color': '#c53030' } },
        { selector: 'node.place', style: { shape: 'triangle', 'background-color': '#a0aec0' } },
        { selector: 'node.root', style: { 'border-width': 3, 'border-color': '#1a202c', 'font-weight': 'bold' } },
        { selector: 'edge', style: { width: 1, 'line-color': '#a0aec0', 'target-arrow-color': '#a0aec0',
          'target-arrow-shape': 'triangle', 'arrow-scale': 0.7, 'curve-style': 'bezier', label: 'data(label)',
          'font-size': 7, color: '#4a5568', 'text-rotation': 'autorotate', 'text-background-color': '#ffffff',
          'text-background-opacity': 0.8 } }
      ]
    });
    var eventKinds = ['summit', 'visit', 'meeting', 'statement', 'agreement', 'event'];

    var expand = function (iri, root) {
      if (expanded[iri]) {
        return Promise.resolve();
      }
      expanded[iri] = true;
      return api('graph', { iri: iri }).then(function (g) {
        g.nodes.forEach(function (n) {
          if (cy.getElementById(n.id).empty()) {
            var classes = [n.kind];
            if (eventKinds.indexOf(n.kind) >= 0) {
              classes.push('event');
            }
            if (n.planned) {
              classes.push('planned');
            }
            if (root && n.id === iri) {
              classes.push('root');
            }
            cy.add({ group: 'nodes', data: { id: n.id, label: short(n.label), full: n.label, kind: n.kind, path: n.path },
              classes: classes.join(' ') });
          }
        });
        g.edges.forEach(function (e) {
          var id = e.source + ' ' + e.label + ' ' + e.target;
          if (cy.getElementById(id).empty()) {
            cy.add({ group: 'edges', data: { id: id, source: e.source, target: e.target, label: e.label } });
          }
        });
        cy.layout({ name: 'cose', animate: false, randomize: root === true, nodeRepulsion: function () { return 60000; },
          idealEdgeLength: function () { return 110; }, nodeOverlap: 20, gravity: 0.6, numIter: 1500, padding: 20 }).run();
        graphEl.setAttribute('data-nodes', String(cy.nodes().length));
        graphEl.setAttribute('data-edges', String(cy.edges().length));
        if (root && g.leftOut > 0) {
          info.textContent = g.leftOut + ' more neighbours are not drawn (see the lists below).';
        }
      });
    };

    cy.on('tap', 'node', function (evt) {
      var n = evt.target;
      while (info.firstChild) {
        info.removeChild(info.firstChild);
      }
      info.appendChild(document.createTextNode(n.data('kind') + ': '));
      if (n.data('path')) {
        var a = document.createElement('a');
        a.href = n.data('path');
        a.textContent = n.data('full');
        info.appendChild(a);
      } else {
        info.appendChild(document.createTextNode(n.data('full')));
      }
      expand(n.id(), false).catch(function (e) { info.textContent = e.message; });
    });
    expand(graphEl.getAttribute('data-iri'), true).catch(function (e) { info.textContent = e.message; });
    window.hilfGraph = cy; // for the browser tests and the curious
  }

  // ---- the timeline ------------------------------------------------------------------------
  var tlEl = document.getElementById('timeline');
  if (tlEl && window.vis) {
    var tlInfo = document.getElementById('timeline-info');
    api('timeline', {
      iri: tlEl.getAttribute('data-iri'), kind: tlEl.getAttribute('data-kind'), 'with': tlEl.getAttribute('data-with'),
      from: tlEl.getAttribute('data-from'), to: tlEl.getAttribute('data-to')
    }).then(function (data) {
      var paths = {};
      var items = data.items.map(function (it) {
        var content = document.createElement('span');
        content.textContent = (it.planned ? 'planned: ' : '') + it.label;
        content.dir = 'auto';
        paths[it.id] = it.path;
        var range = it.precision === 'year' || it.end !== it.start;
        return {
          id: it.id, content: content, start: it.start, end: range ? it.end : undefined, type: range ? 'range' : 'box',
          className: (it.planned ? 'planned' : 'happened') + ' k-' + it.kind + (it.precision === 'year' ? ' year' : '')
        };
      });
      tlEl.setAttribute('data-items', String(items.length));
      tlInfo.textContent = items.length + ' event(s)' + (data.undated ? '; ' + data.undated + ' without a year are not drawn' : '')
        + (items.length ? '. Click one to open its page.' : '.');
      if (!items.length) {
        return;
      }
      var timeline = new window.vis.Timeline(tlEl, new window.vis.DataSet(items), {
        stack: true, orientation: 'top', zoomKey: 'ctrlKey', margin: { item: 4 }, maxHeight: 460, selectable: true
      });
      timeline.on('select', function (p) {
        if (p.items.length && paths[p.items[0]]) {
          window.location.href = paths[p.items[0]];
        }
      });
      window.hilfTimeline = timeline;
    }).catch(function (e) { tlInfo.textContent = e.message; });
  }
})();
