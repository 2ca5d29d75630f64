// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';

  // With JavaScript, the menus may collapse behind their buttons (backchannel.css).
  document.documentElement.classList.add('js');

  // Keep shared timeline URLs short: leave blank filter fields out of htmx requests
  // (and so out of the URL htmx pushes), as if they had never been filled in.
  document.addEventListener('htmx:configRequest', function (event) {
    var params = event.detail.parameters;
    Object.keys(params).forEach(function (name) {
      if (params[name] === '') {
        delete params[name];
      }
    });
  });

  // The timeline's filters are a button on a phone and an open column on a desktop. The page
  // comes with them open (for readers without JavaScript); on a narrow screen they close at once,
  // unless a filter value needs correcting.
  var panel = document.getElementById('filter-panel');
  if (panel && window.matchMedia) {
    var wide = window.matchMedia('(min-width: 992px)');
    if (!wide.matches && !document.getElementById('filter-errors')) {
      panel.open = false;
    }
    wide.addEventListener('change', function () {
      if (wide.matches) {
        panel.open = true;
      }
    });
  }

  // Mark the results as busy while a filter request runs, for assistive technology and styling.
  document.addEventListener('htmx:beforeRequest', function (event) {
    var results = document.getElementById('results');
    if (results && event.detail.target === results) {
      results.setAttribute('aria-busy', 'true');
    }
  });
  document.addEventListener('htmx:afterRequest', function () {
    var results = document.getElementById('results');
    if (results) {
      results.removeAttribute('aria-busy');
    }
  });
})();
