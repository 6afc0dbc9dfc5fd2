// The SPARQL editor page: YASGUI with the endpoint preset to this server, completion from this
// store's vocabulary (offline: no prefix.cc, no LOV), the bundled queries as examples, entity
// links that open the local pages, and downloads of the answer as CSV or JSON.
(function () {
  'use strict';

  var el = document.getElementById('yasgui');
  var status = document.getElementById('editor-status');
  if (!el || !window.Yasgui) {
    if (status) {
      status.textContent = 'The editor could not be loaded.';
    }
    return;
  }
  var endpoint = new URL(el.getAttribute('data-endpoint'), window.location.href).href;
  var ID = 'https://w3id.org/hilf/id/';
  var Yasqe = window.Yasgui.Yasqe;

  // Completion: prefixes, classes and properties of the ontology, from /api/vocabulary. The
  // built-in completers ask prefix.cc and LOV on the internet; they are replaced, not used.
  var vocabulary = fetch('/api/vocabulary').then(function (r) { return r.json(); });
  Yasqe.forkAutocompleter('prefixes', {
    name: 'hilf-prefixes',
    persistenceId: null,
    get: function () {
      return vocabulary.then(function (v) {
        return Object.keys(v.prefixes).map(function (p) { return p + ': <' + v.prefixes[p] + '>'; });
      });
    }
  });
  Yasqe.forkAutocompleter('property', {
    name: 'hilf-property', bulk: true, persistenceId: null,
    get: function () { return vocabulary.then(function (v) { return v.properties; }); }
  });
  Yasqe.forkAutocompleter('class', {
    name: 'hilf-class', bulk: true, persistenceId: null,
    get: function () { return vocabulary.then(function (v) { return v.classes; }); }
  });
  Yasqe.defaults.autocompleters = Yasqe.defaults.autocompleters.filter(function (n) {
    return n === 'variables' || n.indexOf('hilf-') === 0;
  });

  var select = document.getElementById('examples');
  var first = select && select.options.length ? select.options[0].getAttribute('data-query') : null;
  if (first) {
    Yasqe.defaults.value = first;
  }

  var yasgui = new window.Yasgui(el, {
    requestConfig: { endpoint: endpoint, method: 'POST' },
    copyEndpointOnNewTab: true,
    persistenceId: 'hilf-editor',
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } }
  });

  // A tab kept from an earlier visit may point at another port: always ask this server.
  function ownEndpoint(tab) {
    if (tab && tab.getEndpoint() !== endpoint) {
      tab.setEndpoint(endpoint);
    }
  }
  ownEndpoint(yasgui.getTab());
  yasgui.on('tabSelect', function (_y, id) { ownEndpoint(yasgui.getTab(id)); });

  // Entities in the answer open their pages on this server, in this tab.
  function localLinks(root) {
    root.querySelectorAll('a[href^="' + ID + '"]').forEach(function (a) {
      a.setAttribute('href', '/id/' + a.getAttribute('href').substring(ID.length));
      a.removeAttribute('target');
      a.classList.add('entity-link');
    });
  }
  new MutationObserver(function () { localLinks(el); }).observe(el, { childList: true, subtree: true });

  function load(option, run) {
    var tab = yasgui.getTab();
    tab.setQuery(option.getAttribute('data-query'));
    status.textContent = option.textContent;
    if (run) {
      tab.query();
    }
  }
  if (select) {
    select.addEventListener('change', function () { load(select.options[select.selectedIndex], true); });
    document.getElementById('load-example').addEventListener('click', function () {
      load(select.options[select.selectedIndex], true);
    });
  }

  // Downloads: the current query asked again with the format's Accept header, saved as a file.
  function download(accept, ext) {
    var body = new URLSearchParams();
    body.set('query', yasgui.getTab().getQuery());
    fetch(endpoint, { method: 'POST', headers: { Accept: accept }, body: body })
      .then(function (r) {
        if (!r.ok) {
          throw new Error('the endpoint answered ' + r.status);
        }
        return r.blob();
      })
      .then(function (blob) {
        var a = document.createElement('a');
        a.href = URL.createObjectURL(blob);
        a.download = 'hilf-answer.' + ext;
        document.body.appendChild(a);
        a.click();
        a.remove();
        setTimeout(function () { URL.revokeObjectURL(a.href); }, 10000);
        status.textContent = 'Saved hilf-answer.' + ext;
      })
      .catch(function (e) { status.textContent = 'Download failed: ' + e.message; });
  }
  document.getElementById('download-csv').addEventListener('click', function () { download('text/csv', 'csv'); });
  document.getElementById('download-json').addEventListener('click', function () {
    download('application/sparql-results+json', 'json');
  });
  window.hilfEditor = yasgui; // for the browser tests and the curious
})();
