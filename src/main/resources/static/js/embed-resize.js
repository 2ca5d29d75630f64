// For pages that frame a Backchannel embed (the embed code loads it): each embed's frame takes
// the height its content reports (embed.js), within bounds; without this script the frame keeps
// the height the code gives it.
(function () {
  'use strict';
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'backchannel-embed-height' || typeof data.height !== 'number') {
      return;
    }
    var frames = document.querySelectorAll('iframe[data-backchannel-embed]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.min(Math.max(Math.round(data.height), 120), 6000) + 'px';
      }
    }
  });
})();
