// Upload progress: htmx reports the bytes sent; the <progress> next to the form shows them.
document.addEventListener('htmx:xhr:progress', function (event) {
  var bar = event.target.querySelector('progress');
  if (bar && event.detail.lengthComputable) {
    bar.hidden = false;
    bar.value = Math.round(event.detail.loaded / event.detail.total * 100);
  }
});

// The browser's time zone, once: the console shows dates in the zone of its cookie, this one until the user
// picks another on /time-zone (the setting entente.console.time-zone until there is a cookie).
(function () {
  var set = document.cookie.split(';').some(function (cookie) { return cookie.trim().indexOf('ENTENTE_CONSOLE_TZ=') === 0; });
  var zone = window.Intl && Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!set && zone) {
    document.cookie = 'ENTENTE_CONSOLE_TZ=' + zone + '; path=/; max-age=31536000; SameSite=Lax';
  }
})();

// following: a copy button copies the text of the field it names (a feed URL, a webhook secret).
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-copy]');
  if (button && navigator.clipboard) {
    navigator.clipboard.writeText(document.getElementById(button.dataset.copy).value);
  }
});
