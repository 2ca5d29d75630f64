// The embed tells the page that frames it how tall it is, so the frame can fit its content
// instead of scrolling inside the article (embed-resize.js, on the framing page, listens).
(function () {
  'use strict';
  if (window.parent === window) {
    return;
  }
  function send() {
    window.parent.postMessage({ type: 'backchannel-embed-height', height: document.documentElement.scrollHeight }, '*');
  }
  window.addEventListener('load', send);
  window.addEventListener('resize', send);
})();
