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
  // comes with them open (for readers without JavaScript); on a narrow screen the style sheet
  // hides them from the first paint (html.js, set by early.js) until this closes the panel for
  // real and hands it back to the browser ("panel-ready"), so nothing moves. A filter value that
  // needs correcting keeps it open (the server marks the panel ready itself).
  var panel = document.getElementById('filter-panel');
  var wide = window.matchMedia ? window.matchMedia('(min-width: 992px)') : null;
  if (panel) {
    if (wide && !wide.matches && !panel.classList.contains('panel-ready')) {
      panel.open = false;
    }
    panel.classList.add('panel-ready');
    if (wide) {
      wide.addEventListener('change', function () {
        if (wide.matches) {
          panel.open = true;
        }
      });
    }
  }

  // On a phone, a search or a filter change brings the count and the first result into view
  // (the filters and the header stand above them). Typing in the filter's search box does not
  // pull the page away from the box.
  function showResults() {
    var count = document.getElementById('result-count');
    if (count && wide && !wide.matches) {
      count.scrollIntoView({ block: 'start' });
    }
  }
  if (panel && /[?&](q|type|channel|actor|contact_status|initiator|from|to|proposal|direct)=/.test(window.location.search)
      && !document.getElementById('filter-errors')) {
    showResults();
  }
  document.addEventListener('htmx:afterSwap', function (event) {
    var trigger = event.detail.requestConfig && event.detail.requestConfig.triggeringEvent;
    if (event.detail.target && event.detail.target.id === 'results' && !(trigger && trigger.type === 'input')) {
      showResults();
    }
  });

  // "Copy" beside each citation (shown only with JavaScript: backchannel.css).
  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('.copy-citation') : null;
    var text = button ? document.getElementById(button.getAttribute('data-copy')) : null;
    if (!text || !navigator.clipboard) {
      return;
    }
    navigator.clipboard.writeText(text.textContent.replace(/\s+/g, ' ').trim()).then(function () {
      var status = document.getElementById('copy-status');
      if (status) {
        status.textContent = button.getAttribute('data-copied');
      }
      button.textContent = button.getAttribute('data-copied');
    });
  });

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
