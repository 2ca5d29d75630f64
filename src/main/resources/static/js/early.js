// Loaded in the <head> before the page is drawn, so the first paint already has the layout a
// script-enabled browser keeps: the menus collapsed behind their buttons and, on a phone, the
// timeline's filters behind theirs (backchannel.css). Without JavaScript the class is never
// set and everything stays open. Nothing moves once drawn (no layout shift).
document.documentElement.classList.add('js');
