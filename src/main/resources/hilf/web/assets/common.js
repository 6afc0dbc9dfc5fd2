// Loaded by every page of the Hilf interface (the pages have no inline script: the
// Content-Security-Policy forbids it). The search box's live hints: actors by label, in Arabic or
// English, from /api/search. Every value from the server is set as text, never as HTML.
(function () {
  'use strict';

  var input = document.getElementById('search-q');
  var list = document.getElementById('search-hints');
  if (!input || !list) {
    return;
  }
  var timer = null;
  var last = '';

  function clear() {
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    list.hidden = true;
  }

  function show(hits) {
    clear();
    hits.slice(0, 10).forEach(function (h) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = h.path;
      a.textContent = h.name;
      a.className = 'kind-' + h.kind;
      li.appendChild(a);
      if (h.nameAr && h.nameAr !== h.name) {
        var ar = document.createElement('span');
        ar.dir = 'rtl';
        ar.lang = 'ar';
        ar.textContent = ' ' + h.nameAr;
        li.appendChild(ar);
      }
      var kind = document.createElement('small');
      kind.textContent = ' ' + h.kind;
      li.appendChild(kind);
      list.appendChild(li);
    });
    list.hidden = hits.length === 0;
  }

  function ask() {
    var q = input.value.trim();
    if (q === last) {
      return;
    }
    last = q;
    if (q.length < 2) {
      clear();
      return;
    }
    fetch('/api/search?q=' + encodeURIComponent(q))
      .then(function (r) { return r.json(); })
      .then(function (data) {
        if (input.value.trim() === q) {
          show(data.hits || []);
        }
      })
      .catch(clear);
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(ask, 150);
  });
  input.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') {
      clear();
    }
  });
  document.addEventListener('click', function (e) {
    if (!list.contains(e.target) && e.target !== input) {
      list.hidden = true;
    }
  });
})();
